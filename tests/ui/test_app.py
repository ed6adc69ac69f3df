"""The app as a person uses it: first run, unlock, the table, safety features, languages."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from evidence_kit.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import create_through_dialogs, tiny_png, unlock_through_dialog


def _vault_bytes(path: Path) -> dict[str, bytes]:
    """Every file's bytes, but the unlock limit's counter (a wrong passphrase counts, by design)."""
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*"))
            if p.is_file() and p.name != "unlock-attempts.json"}


def _drop(widget, paths):
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.rect().center())
    ev = QDropEvent(pos, Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(ev)
    return ev.isAccepted()


def _row_texts(main):
    m = main.proxy
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_create_lock_and_unlock_through_the_dialogs(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    key = create_through_dialogs(qtbot, c, collector="Zarina")
    assert len(key.split("-")) == 8
    assert Vault.exists(tmp_path / "vault")
    assert c.session.vault.collector == "Zarina"
    assert c.main.isVisible()
    assert gc.get_freeze_count() > 0      # what the open app holds is left out of full collections
    c.lock("button")
    assert c.main is None and c.session is None
    assert gc.get_freeze_count() == 0     # ...and given back to the collector once it is closed
    dlg = unlock_through_dialog(qtbot, c)
    assert dlg.busy.isVisible()           # key derivation runs on a worker; the window is alive
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    assert c.session.vault.writable


def test_wrong_passphrase_is_calm_and_changes_nothing(qtbot, controller_factory, tmp_path):
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    v.close()
    before = _vault_bytes(tmp_path / "vault")
    c = controller_factory(tmp_path / "vault")
    c.start()
    dlg = unlock_through_dialog(qtbot, c, "not my passphrase")
    qtbot.waitUntil(lambda: dlg.message.isVisible(), timeout=20000)
    assert "does not open this vault" in dlg.message.text()
    assert "Nothing was changed" in dlg.message.text()
    assert c.main is None and dlg.field.isEnabled()
    assert _vault_bytes(tmp_path / "vault") == before
    # and then the right one works
    dlg.field.clear()
    unlock_through_dialog(qtbot, c, PASSPHRASE)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)


def test_unlock_with_recovery_key_then_new_passphrase(qtbot, controller_factory, tmp_path):
    v, key = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    v.close()
    c = controller_factory(tmp_path / "vault")
    c.start()
    unlock_through_dialog(qtbot, c, key, recovery=True)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    dlg = next(w for w in QApplication.topLevelWidgets()
               if type(w).__name__ == "NewPassphraseDialog" and w.isVisible())
    dlg.p1.setText("a brand new passphrase here")
    dlg.p2.setText("a brand new passphrase here")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    events = lambda: [r["entry"]["event"] for r in c.session.vault.custody_log()]  # noqa: E731
    qtbot.waitUntil(lambda: "passphrase_changed" in events(), timeout=20000)
    c.lock()
    unlock_through_dialog(qtbot, c, "a brand new passphrase here")
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)


def test_import_by_drop_appears_sealed_in_the_table(qtbot, controller_factory, tmp_path):
    files = tmp_path / "phone"
    (files / "chat").mkdir(parents=True)
    (files / "shot1.png").write_bytes(tiny_png())
    (files / "chat" / "export.txt").write_text("Чат: салом", "utf-8")
    single = tmp_path / "video.mp4"
    single.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x01" * 1000)
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    assert _drop(c.main, [files, single])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 3, timeout=20000)
    qtbot.waitUntil(lambda: not c.main._importing, timeout=20000)
    rows = _row_texts(c.main)
    assert sorted(r[1] for r in rows) == ["export.txt", "shot1.png", "video.mp4"]
    assert all(r[4] == "Sealed" for r in rows)
    assert sorted(it.artifacts[0].sha256 for it in c.session.vault.items()) == sorted(
        __import__("hashlib").sha256(p.read_bytes()).hexdigest()
        for p in (files / "shot1.png", files / "chat" / "export.txt", single))


def test_a_whole_folder_can_be_added_from_the_menu(qtbot, controller_factory, tmp_path):
    folder = tmp_path / "from phone"
    (folder / "chat").mkdir(parents=True)
    (folder / "shot1.png").write_bytes(tiny_png())
    (folder / "chat" / "export.txt").write_text("Чат: салом", "utf-8")
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    # the "Add files" button offers a folder too
    assert c.main.act_import_folder in c.main.import_menu.actions()
    assert c.main.act_import_folder.text() == "Add a folder…"
    c.main.add_folder(str(folder))
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 2 and not c.main._importing, timeout=20000)
    assert sorted(r[1] for r in _row_texts(c.main)) == ["export.txt", "shot1.png"]


def test_reveal_is_deliberate_logged_and_reblurred(qtbot, controller_factory, tmp_path):
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(tiny_png(rgb=(250, 0, 0)))
    b.write_bytes(tiny_png(rgb=(0, 0, 250)))
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.main.import_files([str(a), str(b)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 2 and not c.main._importing, timeout=20000)
    c.main.table.selectRow(0)
    viewer = c.main.detail.viewer
    qtbot.waitUntil(lambda: viewer.current() is not None, timeout=20000)
    assert not viewer.revealed and not viewer.reveal_btn.isHidden()
    item_id = viewer.current().item_id
    qtbot.mouseClick(viewer.reveal_btn, Qt.MouseButton.LeftButton)
    assert viewer.revealed
    log = lambda: [r["entry"] for r in c.session.vault.custody_log(item_id)]  # noqa: E731
    qtbot.waitUntil(lambda: any(e["event"] == "artifact_revealed" for e in log()), timeout=20000)
    entry = next(e for e in log() if e["event"] == "artifact_revealed")
    assert entry["details"]["artifact"] in ("a.png", "b.png")
    c.main.table.selectRow(1)
    assert not viewer.revealed                 # another item: blurred again at once
    qtbot.waitUntil(lambda: viewer.current() is not None and viewer.current().item_id != item_id, timeout=20000)
    assert not viewer.revealed


def test_blurred_view_shows_no_sharp_pixels(qtbot, controller_factory, tmp_path):
    """A sharp two-colour checkerboard must come out as a smooth blur until revealed."""
    from PIL import Image

    img = Image.new("L", (400, 400))
    img.putdata([0 if (x // 4 + y // 4) % 2 else 255 for y in range(400) for x in range(400)])
    p = tmp_path / "checker.png"
    img.save(p)
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.main.import_files([str(p)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=20000)
    c.main.table.selectRow(0)
    viewer = c.main.detail.viewer
    qtbot.waitUntil(lambda: viewer.current() is not None, timeout=20000)
    viewer.canvas.set_zoom(1.0)
    shot = viewer.canvas.grab().toImage()
    values = {shot.pixelColor(x, y).lightness() for x in range(100, 300, 13) for y in range(100, 300, 13)}
    assert max(values) - min(values) < 120      # no black-and-white checker survives the blur


def test_quick_exit_hides_locks_clears_clipboard(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    main = c.main
    vault = c.session.vault
    c.guard.copy("EK-0001 secret hash")
    qtbot.keyClick(main.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert c.finished
    assert c.main is None and c.session is None
    assert not main.isVisible()
    assert not vault.writable
    assert QGuiApplication.clipboard().text() != "EK-0001 secret hash"
    # the vault's writer lock is free again: another window or command could open it
    Vault.open(tmp_path / "vault", PASSPHRASE, writable=True).close()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def test_quick_exit_button_on_the_first_screen(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    c.start()
    from ui.safety import QuickExitButton

    btn = c.screen.findChild(QuickExitButton)
    assert "Ctrl+Q" in btn.text()
    assert "Ctrl+Q" in c.screen.exit_help.text()       # documented on the first screen
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    assert c.finished and c.screen is None


def test_auto_lock_fires_after_idle(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.set_idle_timeout_ms(300)
    qtbot.waitUntil(lambda: c.session is None, timeout=10000)
    assert c.last_lock_reason == "idle"
    assert type(c.screen).__name__ == "UnlockDialog"
    Vault.open(tmp_path / "vault", PASSPHRASE, writable=True).close()


def test_switching_to_tajik_shows_tajik_in_the_main_window(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.set_language("tg")
    qtbot.waitUntil(lambda: c.main.act_capture.text() != "Save links", timeout=5000)
    texts = [c.main.act_capture.text(), c.main.act_import.text(), c.main.cases_title.text(),
             c.main.model.headerData(1, Qt.Orientation.Horizontal)]
    joined = " ".join(texts)
    assert any(ch in joined for ch in "ғӣқӯҳҷ"), joined
    assert "Save links" not in joined
    c.set_language("ru")
    qtbot.waitUntil(lambda: c.main.cases_title.text() == "Дела", timeout=5000)
    c.set_language("en")
    qtbot.waitUntil(lambda: c.main.cases_title.text() == "Cases", timeout=5000)


def test_cases_create_rename_and_filter(qtbot, controller_factory, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    p = tmp_path / "x.png"
    p.write_bytes(tiny_png())
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Channel A", True)))
    c.main.new_case()
    qtbot.waitUntil(lambda: c.main.current_case() == "Channel A", timeout=10000)
    c.main.import_files([str(p)])        # goes into the chosen case
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=10000)
    assert c.session.vault.items()[0].case == "Channel A"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Channel B", True)))
    c.main.rename_case()
    qtbot.waitUntil(lambda: c.session.vault.cases() == ["Channel B"], timeout=10000)
    assert c.session.vault.items()[0].case == "Channel B"
    c.main.cases.setCurrentRow(0)           # all evidence
    c.main.search.setText("zzz-nothing")
    qtbot.waitUntil(lambda: c.main.proxy.rowCount() == 0, timeout=5000)
    c.main.search.setText("x.png")
    qtbot.waitUntil(lambda: c.main.proxy.rowCount() == 1, timeout=5000)



def _vault_with_one_picture(qtbot, controller_factory, tmp_path):
    """A vault created through the dialogs, holding one imported picture (shown in the table)."""
    p = tmp_path / "x.png"
    p.write_bytes(tiny_png())
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.main.import_files([str(p)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=10000)
    return c

def test_notes_and_sensitive_are_saved(qtbot, controller_factory, tmp_path):
    c = _vault_with_one_picture(qtbot, controller_factory, tmp_path)
    c.main.table.selectRow(0)
    d = c.main.detail
    d.notes.setPlainText("Posted by the same account as before")
    qtbot.mouseClick(d.save_notes_btn, Qt.MouseButton.LeftButton)
    d.sensitive.click()                 # the same signal a mouse click sends
    qtbot.waitUntil(lambda: c.session.vault.items()[0].sensitive, timeout=10000)
    assert c.session.vault.items()[0].notes == "Posted by the same account as before"
    qtbot.waitUntil(lambda: _row_texts(c.main)[0][5] == "Sensitive", timeout=5000)


def test_settings_are_stored_in_the_vault(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    dlg = c.main.open_settings()
    dlg.collector.setText("Нигина")
    dlg.autolock.setValue(3)
    dlg.timeout.setValue(90)
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.session.vault.settings().get("auto_lock_minutes") == 3, timeout=10000)
    v = c.session.vault
    assert v.collector == "Нигина"
    assert v.settings()["capture_timeout_seconds"] == 90
    # nothing about the vault's content is in the settings file readable before unlock
    from evidence_kit.settings import config_dir

    cfg = config_dir() / "settings.json"
    if cfg.exists():
        assert "Нигина" not in cfg.read_text("utf-8")


def test_verify_in_the_background_gives_a_verdict(qtbot, controller_factory, tmp_path):
    c = _vault_with_one_picture(qtbot, controller_factory, tmp_path)
    dlg = c.main.open_verify()
    qtbot.waitUntil(lambda: dlg.verdict.isVisible(), timeout=20000)
    assert "All is well" in dlg.verdict.text()
    events = lambda: [r["entry"]["event"] for r in c.session.vault.custody_log()]  # noqa: E731
    qtbot.waitUntil(lambda: "verified" in events(), timeout=10000)


def test_verify_reports_a_changed_file(qtbot, controller_factory, tmp_path):
    c = _vault_with_one_picture(qtbot, controller_factory, tmp_path)
    item = c.session.vault.items()[0]
    obj = next((tmp_path / "vault" / "objects").rglob(item.artifacts[0].object + "*"))
    data = bytearray(obj.read_bytes())
    data[-40] ^= 0xFF
    obj.write_bytes(bytes(data))
    dlg = c.main.open_verify()
    qtbot.waitUntil(lambda: dlg.verdict.isVisible(), timeout=20000)
    assert re.match(r"\d+ problems? found\.", dlg.verdict.text()), dlg.verdict.text()
    assert dlg.problems.count() >= 1


def test_no_qt_settings_file_is_written(qtbot, controller_factory, tmp_path):
    """Qt's file dialog would remember folders and file names on disk; it must not."""
    import os

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    QTimer.singleShot(300, lambda: [w.reject() for w in QApplication.topLevelWidgets()
                                    if isinstance(w, QFileDialog) and w.isVisible()])
    c.main.choose_files()
    cfg_root = Path(os.environ["XDG_CONFIG_HOME"])
    written = [p for p in cfg_root.rglob("*") if p.is_file() and p.name != "settings.json"]
    assert written == []
    home_cfg = Path.home() / ".config" / "QtProject.conf"
    assert not home_cfg.exists() or "evidence" not in home_cfg.read_text(errors="replace")


@pytest.mark.parametrize("lang", ["en", "ru", "tg"])
def test_every_translation_is_complete(lang):
    """Every text in the app has a Russian and a Tajik translation (none left unfinished); a
    count's text has every plural form filled in (English's file holds only those)."""
    import xml.etree.ElementTree as ET

    from evidence_kit.resources import asset

    def done(m):
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished", "obsolete", "vanished"):
            return False
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in t.iter("numerusform")]
            return bool(forms) and all(f.strip() for f in forms)
        return bool((t.text or "").strip())

    root = ET.parse(asset("i18n", f"evidence_kit_{lang}.ts")).getroot()
    missing = [m.findtext("source") for m in root.iter("message") if not done(m)]
    assert missing == []


def test_every_text_the_code_asks_for_is_translated_under_its_own_context(tmp_path):
    """Qt looks a text up by its class (the context) and its English words: a text moved to another
    class, or added without a translation, would show in English to a Russian or Tajik reader."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from evidence_kit.resources import asset

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    lupdate = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate (PySide6's) is needed to read the texts from the code"
    out = tmp_path / "code.ts"
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *map(str, sorted((root / "ui").glob("*.py"))),
                    "-ts", str(out)], check=True, capture_output=True, timeout=120)

    def pairs(path, plural_only=False):
        return {(c.findtext("name"), m.findtext("source"))
                for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")
                if not plural_only or m.get("numerus") == "yes"}
    asked = pairs(out)
    assert len(asked) > 300                       # the code's texts were read
    for lang in ("ru", "tg"):
        have = pairs(asset("i18n", f"evidence_kit_{lang}.ts"))
        assert sorted(asked - have) == [], lang
        assert sorted(have - asked) == [], lang    # none kept for a text the code no longer has
    # English: exactly the counts ("%n file(s)"), so none reads "1 file(s)"
    plural = pairs(out, plural_only=True)
    assert len(plural) > 20
    assert pairs(asset("i18n", "evidence_kit_en.ts")) == plural


def test_the_gui_command_starts_and_quick_exit_ends_it(app, tmp_path, monkeypatch):
    """`evidence-kit gui` / `evidence-kit-gui` call ui.app.main(argv) -> int."""
    from PySide6.QtCore import QTimer

    from ui.app import main
    from ui.safety import SafetyGuard

    monkeypatch.setenv("EVIDENCE_KIT_VAULT", str(tmp_path / "vault"))
    seen = {}

    def look_then_leave():
        seen["windows"] = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        SafetyGuard.instance().request_quick_exit()

    QTimer.singleShot(300, look_then_leave)
    assert main(["--lang", "ru"]) == 0
    assert "Evidence Kit" in seen["windows"]
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def test_neutral_title_and_icon(qtbot, controller_factory, tmp_path):
    from evidence_kit.settings import save_settings

    save_settings(neutral_title=True)
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    assert c.main.windowTitle() == "Notes"
    assert "vidence" not in c.main.windowTitle()
    c.lock()
    assert c.screen.windowTitle() == "Notes"
