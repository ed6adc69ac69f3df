"""The app's backup screens: Settings → Backups (add a folder, run, check, cancel, remove), the main
window's line about the last good backup and its warning, the offer when a backup folder appears,
and "Restore from a backup" on the first screen."""

from __future__ import annotations

import hashlib
import re
import threading
from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from evidence_kit import backup
from evidence_kit.backup import targets
from evidence_kit.timeutil import from_iso, local_text
from evidence_kit.vault import Vault
from tests.backup.helpers import add_items, backup_dirs, make_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock_through_dialog

LEFT = Qt.MouseButton.LeftButton


def _open_main(qtbot, controller_factory, path):
    c = controller_factory(path)
    c.start()
    unlock_through_dialog(qtbot, c, PASSPHRASE)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    qtbot.waitUntil(lambda: c.main.backups.line.known, timeout=10000)
    return c


def _vault_with_backup(tmp_path, items=2):
    """A vault with items and a folder backup "stick" added (not run yet)."""
    v, rk = make_vault(tmp_path / "vault", items)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.add(v, "stick", str(usb))
    v.close()
    return tmp_path / "vault", usb, rk


def _contents(path, **secret):
    v = Vault.open(path, **(secret or {"passphrase": PASSPHRASE}), writable=False)
    try:
        return {it.id: (it.title, {a.name: hashlib.sha256(v.read_artifact(it.id, a.name)).hexdigest()
                                   for a in it.artifacts}) for it in v.items()}
    finally:
        v.close()


def _wait_idle(qtbot, main):
    qtbot.waitUntil(lambda: not main.backups.runner.busy, timeout=30000)


def test_add_a_folder_backup_run_it_and_check_it(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import file_choice

    v, _ = make_vault(tmp_path / "vault", 2)
    v.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    c = _open_main(qtbot, controller_factory, tmp_path / "vault")
    main = c.main
    assert main.backups.line.warning and "no backup of this vault yet" in main.backups.line.text()
    settings = main.open_settings()
    qtbot.mouseClick(settings.backups_btn, LEFT)
    dlg = main.backups.dialog
    assert dlg is not None and dlg.isVisible()
    # the folder is chosen with the app's own chooser (the one that leaves no history behind)
    asked = []
    monkeypatch.setattr(file_choice, "folder", lambda parent, title, start="": asked.append(title) or str(usb))
    qtbot.mouseClick(dlg.folder_btn, LEFT)
    assert asked and dlg.where.text() == str(usb)
    type_text(qtbot, dlg.name, "stick")
    qtbot.mouseClick(dlg.add_btn, LEFT)
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=10000)
    assert dlg.list.item(0).text() == f"stick — {usb}\nLast complete run: never"
    assert backup_dirs(usb) == []                     # nothing is copied until it runs
    qtbot.mouseClick(dlg.run_btn, LEFT)
    assert dlg.progress.isVisible() and dlg.cancel_btn.isVisible() and main.backups.progress.isVisible()
    _wait_idle(qtbot, main)
    assert dlg.outcome.objectName() == "ok", dlg.outcome.text()
    assert dlg.outcome.text() == "The backup “stick” is complete: 2 items, read back and checked."
    [folder] = backup_dirs(usb)
    assert (folder / "complete").is_file() and (folder / "vault.json").is_file()
    assert len(list((folder / "objects").rglob("*"))) > 4
    # the list and the main window: the last complete run in local time, with its zone
    qtbot.waitUntil(lambda: "never" not in dlg.list.item(0).text(), timeout=10000)
    assert re.fullmatch(rf"stick — {re.escape(str(usb))}\nLast complete run: "
                        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC([+-]\d\d:\d\d)?\)", dlg.list.item(0).text())
    qtbot.waitUntil(lambda: main.backups.line.text().startswith("Last good backup: "), timeout=10000)
    assert not main.backups.line.warning and "(UTC" in main.backups.line.text()
    # Check reads every file back
    qtbot.mouseClick(dlg.check_btn, LEFT)
    _wait_idle(qtbot, main)
    assert dlg.outcome.objectName() == "ok", dlg.outcome.text()
    assert dlg.outcome.text().startswith("The backup “stick” is whole: ")    # not "behind" its own run
    # a backup name and its folder are never readable in the vault folder either
    for f in (tmp_path / "vault").rglob("*"):
        if f.is_file():
            assert str(usb).encode() not in f.read_bytes()


def test_refusals_in_words_and_remove(qtbot, controller_factory, tmp_path):
    path, usb, _ = _vault_with_backup(tmp_path)
    c = _open_main(qtbot, controller_factory, path)
    dlg = c.main.open_backups()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=10000)
    for name, where, said in (("other", str(tmp_path / "no-such-stick"), "is not there"),
                              ("stick", str(usb), "There is already a backup called “stick”"),
                              ("x", "rclone:nothing", "is not an rclone target")):
        dlg.name.setText(name)
        dlg.where.setText(where)
        qtbot.mouseClick(dlg.add_btn, LEFT)
        qtbot.waitUntil(lambda: dlg.add_error.isVisible(), timeout=10000)
        assert said in dlg.add_error.text(), dlg.add_error.text()
        dlg.add_error.hide()
    assert dlg.list.count() == 1
    qtbot.mouseClick(dlg.remove_btn, LEFT)
    box = dlg.remove_box
    assert isinstance(box, QMessageBox) and "What it copied stays where it is" in box.text()
    qtbot.mouseClick(dlg.forget_btn, LEFT)
    qtbot.waitUntil(lambda: dlg.list.count() == 0, timeout=10000)
    assert backup.rows(c.session.vault) == []


def test_the_main_window_warns_when_the_last_backup_is_old(qtbot, controller_factory, tmp_path):
    path, usb, _ = _vault_with_backup(tmp_path)
    v = Vault.open(path, PASSPHRASE)
    backup.run(v, "stick")
    v.close()
    c = _open_main(qtbot, controller_factory, path)
    line = c.main.backups.line
    assert line.text().startswith("Last good backup: ") and not line.warning
    made = line.last
    line.clock = lambda: made + timedelta(days=8, hours=1)           # eight days later
    line.refresh()
    assert line.warning and line.objectName() == "error"
    assert line.text().startswith("The last good backup was made 8 days ago, on ")
    # her limit, in Settings → Backups: sealed in the vault's settings
    dlg = c.main.open_backups()
    dlg.days.setValue(10)
    dlg.close()
    qtbot.waitUntil(lambda: c.session.vault.settings().get("backup_warn_days") == 10, timeout=10000)
    qtbot.waitUntil(lambda: not line.warning, timeout=10000)
    assert line.text().startswith("Last good backup: ")
    line.clock = lambda: made + timedelta(days=11)
    line.refresh()
    assert line.warning and "11 days ago" in line.text()
    for f in path.rglob("*"):                 # sealed: the setting's name is nowhere in clear
        if f.is_file():
            assert b"backup_warn_days" not in f.read_bytes()


def test_cancel_leaves_the_earlier_backup_whole_and_the_next_run_finishes(qtbot, controller_factory,
                                                                           tmp_path, monkeypatch):
    path, usb, _ = _vault_with_backup(tmp_path, items=2)
    v = Vault.open(path, PASSPHRASE)
    backup.run(v, "stick")
    before = _contents(path)
    add_items(v, 3, size=50_000)
    v.close()
    c = _open_main(qtbot, controller_factory, path)
    main = c.main
    # the run is held after its first file, until the test has clicked Cancel
    copied_one = threading.Event()
    original = targets.FolderTarget._copy_one

    def copy_one(self, src, cancel, counted):
        temp = original(self, src, cancel, counted)
        if not copied_one.is_set():         # the first file of the first run only
            copied_one.set()
            cancel.wait(30)
        return temp

    monkeypatch.setattr(targets.FolderTarget, "_copy_one", copy_one)
    dlg = main.open_backups()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=10000)
    qtbot.mouseClick(dlg.run_btn, LEFT)
    qtbot.waitUntil(copied_one.is_set, timeout=30000)
    qtbot.mouseClick(dlg.cancel_btn, LEFT)
    _wait_idle(qtbot, main)
    assert dlg.outcome.objectName() == "error"
    assert dlg.outcome.text().startswith("Stopped. The backup “stick” is as its last complete run left it")
    # the target is the earlier backup, whole: its check is clean and it restores what it held
    rep = backup.check(c.session.vault, "stick")
    assert rep.ok, rep.messages()
    [(kind, key, params)] = rep.problems              # the three new items are not in it yet
    assert (kind, key) == ("note", "backup.check.behind") and params["count"] >= 3
    r = backup.restore(str(usb), tmp_path / "earlier", passphrase=PASSPHRASE)
    assert r.ok and _contents(tmp_path / "earlier") == before
    qtbot.waitUntil(dlg.run_btn.isEnabled, timeout=10000)      # the list read again after the stop
    qtbot.mouseClick(dlg.run_btn, LEFT)
    assert main.backups.runner.busy
    _wait_idle(qtbot, main)
    assert dlg.outcome.text() == "The backup “stick” is complete: 5 items, read back and checked."
    r = backup.restore(str(usb), tmp_path / "later", passphrase=PASSPHRASE)
    assert r.ok and r.items == 5


def test_a_backup_folder_that_appears_is_offered_once(qtbot, controller_factory, tmp_path):
    path, usb, _ = _vault_with_backup(tmp_path)
    usb.rmdir()                                   # the stick is not plugged in
    c = _open_main(qtbot, controller_factory, path)
    main = c.main
    watcher = main.backups.watcher
    qtbot.waitUntil(lambda: "stick" in watcher.folders, timeout=10000)
    assert watcher.timer.isActive() and watcher.timer.interval() <= 5000
    watcher.poll()
    assert main.backups.offer is None
    usb.mkdir()                                   # plugged in: the timer notices within seconds
    qtbot.waitUntil(lambda: main.backups.offer is not None, timeout=15000)
    box = main.backups.offer
    assert box.isVisible() and "“stick”" in box.text() and str(usb) in box.text()
    qtbot.mouseClick(main.backups.offer_run, LEFT)
    qtbot.waitUntil(lambda: main.backups.runner.busy or bool(backup_dirs(usb)), timeout=10000)
    _wait_idle(qtbot, main)
    [folder] = backup_dirs(usb)
    assert (folder / "complete").is_file()
    qtbot.waitUntil(lambda: main.backups.line.text().startswith("Last good backup: "), timeout=10000)
    # still plugged in: not offered again
    offered = main.backups.offer
    watcher.poll()
    watcher.poll()
    assert main.backups.offer is offered and not (shiboken6.isValid(offered) and offered.isVisible())


def _unclipped(widget):
    """The texts that do not fit: a visible label that neither wraps its words nor has room for
    its whole text, a button narrower than its words."""
    bad = []
    for lab in widget.findChildren(QLabel):
        if lab.isVisible() and lab.text() and not lab.wordWrap() \
                and lab.fontMetrics().horizontalAdvance(lab.text()) > lab.width():
            bad.append(lab.text())
    for btn in widget.findChildren(QPushButton):
        if btn.isVisible() and btn.text() and btn.fontMetrics().horizontalAdvance(btn.text()) > btn.width():
            bad.append(btn.text())
    return bad


def test_the_clipping_check_sees_a_clipped_text(qtbot):
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    lab, btn = QLabel("Нусхаи эҳтиётии охирини бомуваффақият", w), QPushButton("Ҳозир оғоз кардан", w)
    lab.setGeometry(0, 0, 40, 20)
    btn.setGeometry(0, 30, 40, 20)
    w.show()
    assert _unclipped(w) == [lab.text(), btn.text()]


def test_the_backup_screens_in_tajik_do_not_clip(qtbot, controller_factory, tmp_path):
    from ui import i18n

    path, usb, _ = _vault_with_backup(tmp_path)
    c = _open_main(qtbot, controller_factory, path)
    i18n.set_language("tg")
    dlg = c.main.open_backups()
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=10000)
    qtbot.mouseClick(dlg.run_btn, LEFT)
    _wait_idle(qtbot, c.main)
    dlg.resize(560, 700)
    qtbot.wait(50)
    assert dlg.windowTitle() != "Backups" and dlg.run_btn.text() != "Run now"
    assert _unclipped(dlg) == []
    assert "нусха" in dlg.outcome.text().lower() or "Нусха" in dlg.outcome.text()
    line = c.main.backups.line
    assert line.wordWrap() and line.text() and "Last good backup" not in line.text()
    assert c.main.backups.stop_btn.text() == "Қатъ кардани нусхабардорӣ"
    # the first screen's restore, in Tajik too
    c.lock()
    c.show_restore()
    screen = c.screen
    screen.resize(560, 600)
    qtbot.wait(50)
    assert screen.restore_btn.text() == "Барқарор кардан" and _unclipped(screen) == []


def _backed_up(tmp_path, items=3):
    path, usb, rk = _vault_with_backup(tmp_path, items)
    v = Vault.open(path, PASSPHRASE)
    backup.run(v, "stick")
    v.close()
    return path, usb, rk


def _restore_screen(qtbot, controller_factory, path):
    from ui.restore_view import RestoreDialog

    c = controller_factory(path)
    c.start()
    first = c.screen
    assert first.restore_btn.text() == "Restore from a backup…" and first.next_btn.text() == "Create a vault…"
    qtbot.mouseClick(first.restore_btn, LEFT)
    assert isinstance(c.screen, RestoreDialog)
    return c, c.screen


def test_restore_from_the_first_screen_opens_the_restored_vault(qtbot, controller_factory, tmp_path,
                                                               monkeypatch):
    from ui import file_choice

    path, usb, _ = _backed_up(tmp_path)
    new = tmp_path / "new-laptop" / "vault"
    c, dlg = _restore_screen(qtbot, controller_factory, new)
    assert dlg.dest.text() == str(new)
    monkeypatch.setattr(file_choice, "folder", lambda *a, **k: str(usb))
    qtbot.mouseClick(dlg.source_btn, LEFT)
    assert dlg.source.text() == str(usb)
    # a folder that holds files: refused in words, nothing touched
    full = tmp_path / "full"
    full.mkdir()
    (full / "letter.txt").write_bytes(b"hers")
    dlg.dest.setText(str(full))
    type_text(qtbot, dlg.field, PASSPHRASE)
    qtbot.mouseClick(dlg.restore_btn, LEFT)
    qtbot.waitUntil(lambda: dlg.message.isVisible(), timeout=20000)
    assert "is not empty. A restore only writes into a missing or empty folder" in dlg.message.text()
    assert sorted(p.name for p in full.iterdir()) == ["letter.txt"]
    # a wrong passphrase: refused in words, nothing written
    dlg.dest.setText(str(new))
    dlg.field.clear()
    type_text(qtbot, dlg.field, "not the passphrase at all")
    dlg.message.hide()
    qtbot.mouseClick(dlg.restore_btn, LEFT)
    qtbot.waitUntil(lambda: dlg.message.isVisible(), timeout=20000)
    assert dlg.message.text().startswith("No backup there opens with this passphrase.")
    assert not new.exists() and c.main is None
    # the right one: restored, opened, with its items
    dlg.field.clear()
    type_text(qtbot, dlg.field, PASSPHRASE)
    qtbot.mouseClick(dlg.restore_btn, LEFT)
    qtbot.waitUntil(lambda: c.main is not None, timeout=30000)
    assert c.session.vault.path == new and c.vault_path == new
    assert c.main.model.rowCount() == 3
    assert not hasattr(c, "restore_box")                    # nothing damaged: nothing to say
    assert "Restored the vault in" in c.main.statusBar().currentMessage()
    events = [e["entry"]["event"] for e in c.session.vault.custody_log()]
    assert events[-1] == "vault_restored"
    # the backup it came from is its last good backup (not "no backup yet")
    qtbot.waitUntil(lambda: c.main.backups.line.known, timeout=10000)
    made = Vault.open(path, PASSPHRASE, writable=False)
    made_at = backup.rows(made)[0]["last_complete"]
    made.close()
    assert backup.last_complete(c.session.vault)[0] == from_iso(made_at)
    assert c.main.backups.line.text() == f"Last good backup: {local_text(made_at)}."
    from evidence_kit.settings import load_settings

    assert load_settings().get("vault_path") == str(new)
    c.lock()
    assert _contents(new) == _contents(path)


def test_restore_with_the_recovery_key_names_a_damaged_item(qtbot, controller_factory, tmp_path):
    path, usb, rk = _backed_up(tmp_path)
    v = Vault.open(path, PASSPHRASE, writable=False)
    victim = v.items()[0]
    obj = v.objects._disk_path(v.objects.disk_name(victim.artifacts[0].object))
    v.close()
    [folder] = backup_dirs(usb)
    damaged = folder / obj.relative_to(path)
    blob = bytearray(damaged.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    damaged.write_bytes(bytes(blob))
    new = tmp_path / "restored"
    c, dlg = _restore_screen(qtbot, controller_factory, new)
    dlg.source.setText(str(usb))
    qtbot.mouseClick(dlg.mode_btn, LEFT)
    assert dlg.field_label.text() == "Recovery key"
    type_text(qtbot, dlg.field, rk)
    qtbot.mouseClick(dlg.restore_btn, LEFT)
    qtbot.waitUntil(lambda: c.main is not None, timeout=30000)
    qtbot.waitUntil(lambda: getattr(c, "restore_box", None) is not None, timeout=10000)
    text = c.restore_box.text()
    assert victim.exhibit in text and "✗ " in text
    assert "did not come back whole. Everything else was restored intact." in text
    assert c.main.model.rowCount() == 3


def test_an_rclone_remote_typed_in_settings_then_restored_from(qtbot, controller_factory, tmp_path,
                                                               monkeypatch):
    """A remote made with `rclone config` (here a local one, in the config file rclone reads from
    RCLONE_CONFIG) is typed as rclone:REMOTE:PATH, run, and restored from on the first screen."""
    remote = tmp_path / "remote-disk"
    remote.mkdir()
    conf = tmp_path / "rclone.conf"
    conf.write_text("[nas]\ntype = local\n")
    monkeypatch.setenv("RCLONE_CONFIG", str(conf))
    v, _ = make_vault(tmp_path / "vault", 2)
    v.close()
    c = _open_main(qtbot, controller_factory, tmp_path / "vault")
    dlg = c.main.open_backups()
    assert "rclone config" in dlg.rclone_hint.text() and "rclone:" in dlg.rclone_hint.text()
    dlg.name.setText("nas")
    dlg.where.setText(f"rclone:nas:{remote}/evidence")
    qtbot.mouseClick(dlg.add_btn, LEFT)
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=20000)
    assert dlg.list.item(0).text().startswith(f"nas — rclone:nas:{remote}/evidence\n")
    qtbot.mouseClick(dlg.run_btn, LEFT)
    _wait_idle(qtbot, c.main)
    assert dlg.outcome.objectName() == "ok", dlg.outcome.text()
    [folder] = backup_dirs(remote / "evidence")
    assert (folder / "complete").is_file()
    c.lock()
    new = tmp_path / "from-remote"
    c2, rdlg = _restore_screen(qtbot, controller_factory, new)
    rdlg.source.setText(f"rclone:nas:{remote}/evidence")
    type_text(qtbot, rdlg.field, PASSPHRASE)
    qtbot.mouseClick(rdlg.restore_btn, LEFT)
    qtbot.waitUntil(lambda: c2.main is not None, timeout=60000)
    assert c2.main.model.rowCount() == 2
    c2.lock()
    assert _contents(new) == _contents(tmp_path / "vault")


def test_quick_exit_during_a_run_stops_it_safely(qtbot, controller_factory, tmp_path, monkeypatch):
    path, usb, _ = _vault_with_backup(tmp_path, items=2)
    v = Vault.open(path, PASSPHRASE)
    backup.run(v, "stick")
    add_items(v, 2, size=50_000)
    v.close()
    c = _open_main(qtbot, controller_factory, path)
    copied_one = threading.Event()
    original = targets.FolderTarget._copy_one

    def copy_one(self, src, cancel, counted):
        temp = original(self, src, cancel, counted)
        copied_one.set()
        cancel.wait(30)                     # held until the app stops the run
        return temp

    monkeypatch.setattr(targets.FolderTarget, "_copy_one", copy_one)
    assert c.main.backups.runner.start("run", "stick")
    qtbot.waitUntil(copied_one.is_set, timeout=30000)
    c.quick_exit()                          # hides, stops the run, locks the vault
    assert c.session is None and c.main is None
    v = Vault.open(path, PASSPHRASE, writable=False)
    try:
        runs = [e["entry"]["details"]["result"] for e in v.custody_log() if e["entry"]["event"] == "backup_run"]
        assert runs == ["complete", "cancelled"]
        rep = backup.check(v, "stick")
        assert rep.ok, rep.messages()
    finally:
        v.close()


def test_the_list_never_shows_a_password(qtbot, controller_factory, tmp_path):
    """A remote given as an rclone connection string with its password: the list hides it."""
    v, _ = make_vault(tmp_path / "vault", 1)
    v.close()
    c = _open_main(qtbot, controller_factory, tmp_path / "vault")
    dlg = c.main.open_backups()
    dlg.name.setText("server")
    dlg.where.setText("rclone::webdav,url='http://127.0.0.1:9/dav',pass=Obscured-Zarina-7Qx:evidence")
    qtbot.mouseClick(dlg.add_btn, LEFT)
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=20000)
    shown = dlg.list.item(0).text()
    assert "Obscured-Zarina-7Qx" not in shown and "pass=***" in shown
    assert "Obscured-Zarina-7Qx" not in dlg.outcome.text()
