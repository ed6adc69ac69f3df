"""The export dialog's choices: her photos to look for are never among them; it opens on the
current case (or every item) with the kind, language and folder she chose last (kept in the
vault, nowhere else); a platform report is in English or Russian, a court dossier in the app's
language; a chat's messages: all, or only the marked ones; and before a file is saved it says
that the file is not locked, until she asks not to be told again."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer

from evidence_kit.importer import import_paths
from evidence_kit.references import add_reference
from tests.chats import fixtures as fx
from tests.export.helpers import add_capture, post_png
from tests.site import pages_watch as pw
from tests.ui.conftest import create_through_dialogs

CASE = "Дело"


def _vault(qtbot, controller_factory, tmp_path, *, reference=True, chat=False):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    vault = c.session.vault
    if reference:
        (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
        add_reference(vault, tmp_path / "me.jpg")
    vault.create_case(CASE)
    posts = [add_capture(vault, case=CASE, url=f"https://t.me/s/leaks/{n}", title=f"post {n}",
                         png=post_png(500, 400, seed=n)) for n in (1, 2)]
    posts.append(add_capture(vault, case="", url="https://vk.com/wall-1_3", title="no case", png=post_png(500, 400)))
    if chat:
        posts += import_paths(vault, [fx.telegram_single(tmp_path / "chat")], case=CASE, tz="Asia/Dushanbe").items
    c.session.itemsChanged.emit()
    qtbot.waitUntil(lambda: c.main.proxy.rowCount() == len(posts), timeout=20000)
    return c, posts


def _choose_case(c, case):
    if case is None:                                   # "All evidence"
        c.main.cases.setCurrentRow(0)
        return
    for i in range(c.main.cases.count()):
        if c.main.cases.item(i).data(Qt.ItemDataRole.UserRole) == case:
            c.main.cases.setCurrentRow(i)
            return
    raise AssertionError(case)


def _fake_runner(calls):
    def runner(vault, kind, out, ids, lang, paper, include_sensitive, progress, **options):
        calls.append(dict(kind=kind, ids=ids, lang=lang, options=options))
        Path(out).write_bytes(b"%PDF-1.7 test")
        return SimpleNamespace(path=out, files=[])
    return runner


def _outside_the_vault(tmp_path) -> str:
    """Every file the app could have written outside the vault (settings, caches), as text."""
    text = []
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "HOME"):
        root = os.environ.get(var)
        if not root or not Path(root).is_dir() or Path(root) == Path.home() and var == "HOME":
            continue
        for p in Path(root).rglob("*"):
            if p.is_file():
                text.append(p.read_bytes().decode("utf-8", "replace"))
    return "\n".join(text)


def test_all_items_never_holds_her_photos(qtbot, controller_factory, tmp_path):
    c, posts = _vault(qtbot, controller_factory, tmp_path)
    dlg = c.main.open_export()
    dlg.which.setCurrentIndex(dlg.which.findData("all"))
    assert dlg.which.currentText() == "All items (3)"
    assert sorted(dlg.item_ids()) == sorted(p.id for p in posts)
    dlg.close()


def test_it_opens_on_the_case_or_every_item_never_the_stray_selection(qtbot, controller_factory, tmp_path):
    c, posts = _vault(qtbot, controller_factory, tmp_path, reference=False)
    c.main.table.selectRow(0)                         # one row happens to be selected
    dlg = c.main.open_export()
    assert dlg.which.currentData() == "all" and dlg.which.findData("selected") >= 0
    dlg.close()
    _choose_case(c, CASE)
    c.main.table.selectRow(0)
    dlg = c.main.open_export()
    assert dlg.which.currentData() == "case"
    assert sorted(dlg.item_ids()) == sorted(p.id for p in posts[:2])
    dlg.close()


def test_languages_follow_the_kind_and_her_choices_are_kept_in_the_vault(qtbot, controller_factory, tmp_path):
    from ui import i18n

    c, posts = _vault(qtbot, controller_factory, tmp_path, reference=False)
    c.session.vault.set_setting("export_plain_warning_off", True)
    calls = []
    c.main.export_runner = _fake_runner(calls)
    i18n.set_language("tg")                           # she reads the app in Tajik
    dlg = c.main.open_export()
    assert dlg.kind() == "court" and dlg.lang.currentData() == "tg"      # the court: the app's language
    assert [dlg.lang.itemData(i) for i in range(dlg.lang.count())] == ["en", "ru", "tg"]
    dlg.kind_buttons["platform"].setChecked(True)
    assert dlg.lang.currentData() == "en"                                # moderators: English …
    assert [dlg.lang.itemData(i) for i in range(dlg.lang.count())] == ["en", "ru"]   # … or Russian
    dlg.lang.setCurrentIndex(dlg.lang.findData("ru"))
    dlg.kind_buttons["court"].setChecked(True)
    assert dlg.lang.currentData() == "tg"
    dlg.kind_buttons["platform"].setChecked(True)
    assert dlg.lang.currentData() == "ru"                                # her choice for this kind stays
    usb = tmp_path / "usb-stick-7a"
    usb.mkdir()
    dlg.out.setText(str(usb / "report.pdf"))
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.show_btn.isVisible(), timeout=20000)
    assert calls[-1]["kind"] == "platform" and calls[-1]["lang"] == "ru"
    qtbot.waitUntil(lambda: c.session.vault.settings().get("export_choices", {}).get("kind") == "platform",
                    timeout=10000)
    kept = c.session.vault.settings()["export_choices"]
    assert kept["folder"] == str(usb) and kept["lang"]["platform"] == "ru"
    dlg.accept()
    # the next time: the same kind, language and folder
    dlg = c.main.open_export()
    assert dlg.kind() == "platform" and dlg.lang.currentData() == "ru"
    assert Path(dlg.out.text()).parent == usb
    dlg.close()
    # none of it was written outside the vault
    assert "usb-stick-7a" not in _outside_the_vault(tmp_path)
    assert "export_choices" not in _outside_the_vault(tmp_path)


def test_a_chat_all_messages_or_only_the_marked(qtbot, controller_factory, tmp_path):
    c, posts = _vault(qtbot, controller_factory, tmp_path, reference=False, chat=True)
    chat = posts[-1]
    _choose_case(c, CASE)
    dlg = c.main.open_export()
    assert dlg.chat_w.isVisibleTo(dlg)
    assert [dlg.chat_msgs.itemData(i) for i in range(dlg.chat_msgs.count())] == ["marked", "all"]
    assert dlg.chat_msgs.currentData() == "marked" and "chat_messages" not in dlg.options()
    assert "how many messages" in dlg.chat_msgs_hint.text()
    dlg.chat_msgs.setCurrentIndex(dlg.chat_msgs.findData("all"))
    assert dlg.options()["chat_messages"] == "all"
    dlg.which.setCurrentIndex(dlg.which.findData("all"))
    assert chat.id in dlg.item_ids()
    dlg.close()
    _choose_case(c, None)                              # no chat among the items: no such choice
    c.main.table.selectRow(c.main.proxy.mapFromSource(c.main.model.index(c.main.model.row_of(posts[0].id), 0)).row())
    dlg = c.main.open_export()
    dlg.which.setCurrentIndex(dlg.which.findData("selected"))
    assert not dlg.chat_w.isVisibleTo(dlg) and "chat_messages" not in dlg.options()
    dlg.close()


def _answer_plain_box(dlg, seen, *, dont_again: bool, save: bool):
    """When the 'not locked' question is open: note its words, tick or not, answer."""
    def look():
        box = getattr(dlg, "plain_box", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        box.checkBox().setChecked(dont_again)
        if save:
            next(b for b in box.buttons() if b.text() == "Save the file").click()
        else:
            box.reject()
    QTimer.singleShot(0, look)


def test_saving_says_the_file_is_not_locked_until_told_not_to(qtbot, controller_factory, tmp_path):
    c, posts = _vault(qtbot, controller_factory, tmp_path, reference=False)
    calls = []
    c.main.export_runner = _fake_runner(calls)
    dlg = c.main.open_export()
    seen = []
    # first: she reads it and decides not to save here
    dlg.out.setText(str(tmp_path / "a.pdf"))
    _answer_plain_box(dlg, seen, dont_again=False, save=False)
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    assert seen == ["This file is not locked: anyone who uses this computer can open it. Keep it on a USB "
                    "stick or send it, then delete it here."]
    assert calls == [] and not (tmp_path / "a.pdf").exists() and not dlg._running
    # again: told again; she saves, and asks not to be told again
    _answer_plain_box(dlg, seen, dont_again=True, save=True)
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.show_btn.isVisible(), timeout=20000)
    assert len(seen) == 2 and len(calls) == 1 and (tmp_path / "a.pdf").exists()
    qtbot.waitUntil(lambda: c.session.vault.settings().get("export_plain_warning_off") is True, timeout=10000)
    # the next file: saved without the question
    dlg.out.setText(str(tmp_path / "b.pdf"))
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 2 and dlg.show_btn.isVisible(), timeout=20000)
    assert len(seen) == 2
    dlg.accept()
    assert "export_plain_warning_off" not in _outside_the_vault(tmp_path)     # kept in the vault only
