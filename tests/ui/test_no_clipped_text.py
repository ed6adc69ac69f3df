"""No word cut off, in any language: each window and page of the app, rendered offscreen in
English, Russian and Tajik (Tajik is often a third to a half longer), shows every label, button,
field hint, tab and table header whole (tests/ui/layout_check.py says how that is measured), and
every dialog fits a 1024×700 screen (what does not fit scrolls, its words still whole)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.chats import fixtures as fx
from tests.site import pages_watch as pw
from tests.ui.conftest import PASSPHRASE, create_through_dialogs, tiny_png, type_text
from tests.ui.layout_check import clipped

LANGS = ("en", "ru", "tg")
SCREEN_W, SCREEN_H = 1024, 700


def _check(qtbot, window, where: str, problems: list, *, dialog: bool = True) -> None:
    window.show()
    qtbot.waitExposed(window)
    for _ in range(5):                 # layout requests are posted events: let them all run
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    problems += [f"{where}: {p}" for p in clipped(window)]
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > SCREEN_W or need.height() > SCREEN_H:
        problems.append(f"{where}: needs at least {need.width()}x{need.height()}, more than a "
                        f"{SCREEN_W}x{SCREEN_H} screen")
    if dialog and (window.height() > SCREEN_H or window.width() > SCREEN_W):
        problems.append(f"{where}: {window.width()}x{window.height()}, larger than a {SCREEN_W}x{SCREEN_H} screen")


def _report(problems: list) -> str:
    return "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_first_run_and_unlock_show_every_word(qtbot, controller_factory, tmp_path, lang):
    from ui import i18n
    from ui.unlock import NewPassphraseDialog

    i18n.set_language(lang)
    c = controller_factory(tmp_path / "vault")
    c.start()
    dlg = c.screen
    problems: list[str] = []
    _check(qtbot, dlg, "first run, welcome", problems)
    qtbot.mouseClick(dlg.next_btn, Qt.MouseButton.LeftButton)
    _check(qtbot, dlg, "first run, passphrase", problems)
    type_text(qtbot, dlg.pass1, PASSPHRASE)
    type_text(qtbot, dlg.pass2, PASSPHRASE)
    qtbot.mouseClick(dlg.create_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 2, timeout=20000)
    _check(qtbot, dlg, "first run, recovery key", problems)
    dlg.saved_box.setChecked(True)
    qtbot.mouseClick(dlg.continue_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.main is not None, timeout=10000)
    c.lock()
    qtbot.waitUntil(lambda: c.screen is not None and c.screen.isVisible(), timeout=10000)
    unlock = c.screen
    _check(qtbot, unlock, "unlock, passphrase", problems)
    qtbot.mouseClick(unlock.mode_btn, Qt.MouseButton.LeftButton)
    _check(qtbot, unlock, "unlock, recovery key", problems)
    new = NewPassphraseDialog(unlock)
    _check(qtbot, new, "new passphrase", problems)
    new.reject()
    assert not problems, _report(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_main_window_and_its_dialogs_show_every_word(qtbot, controller_factory, tmp_path, lang, monkeypatch,
                                                     fake_engine):
    from ui import chat_import, i18n
    from ui.accounts import AccountsDialog
    from ui.capture_backend import EngineBackend
    from ui.rekey_dialog import RekeyDialog
    from ui.references_view import MatchDialog

    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: "Asia/Dushanbe")
    c = controller_factory(tmp_path / "vault",
                           capture_backend=lambda session: EngineBackend(fake_engine(session.vault)))
    create_through_dialogs(qtbot, c)
    main = c.main
    (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
    (tmp_path / "posted.jpg").write_bytes(pw.copy_bytes())
    (tmp_path / "photo.png").write_bytes(tiny_png())
    refs = main.open_references()
    refs.add_files([str(tmp_path / "me.jpg")])
    qtbot.waitUntil(lambda: refs.table.rowCount() == 1, timeout=20000)
    main.import_files([str(tmp_path / "photo.png"), str(tmp_path / "posted.jpg"),
                       str(fx.whatsapp_ios_zip(tmp_path / "in"))])
    qtbot.waitUntil(lambda: not main._importing, timeout=20000)

    def found():
        refs.reload()
        return refs.found.rowCount() == 1
    qtbot.waitUntil(found, timeout=20000)
    refs.close()
    c.set_language(lang)
    i18n.set_language(lang)
    problems: list[str] = []
    main.resize(SCREEN_W, SCREEN_H)
    main.table.clearSelection()
    _check(qtbot, main, "main window, nothing chosen", problems, dialog=False)
    tabs = main.detail.tabs
    for r in range(main.proxy.rowCount()):
        main.table.selectRow(r)
        for t in range(tabs.count()):
            if tabs.isTabVisible(t):
                tabs.setCurrentIndex(t)
                _check(qtbot, main, f"main window, item {r}, tab {tabs.tabText(t)!r}", problems, dialog=False)
        view = main.detail.chat_view
        if view.isVisible():
            view.table.selectRow(1)
            _check(qtbot, main, "conversation", problems, dialog=False)
    dlg = main.open_settings()
    _check(qtbot, dlg, "Settings", problems)
    dlg.reject()
    for opener, name in ((main.open_help, "Help"), (main.open_verify, "Verify")):
        dlg = opener()
        _check(qtbot, dlg, name, problems)
        qtbot.waitUntil(lambda: not getattr(dlg, "_running", False), timeout=20000)
        _check(qtbot, dlg, name + ", done", problems)
        dlg.reject()
    dlg = main.open_export()
    for kind, b in dlg.kind_buttons.items():
        b.setChecked(True)
        _check(qtbot, dlg, f"Export, {kind}", problems)
    dlg.reject()
    dlg = main.open_watches()
    dlg.url.setText("https://t.me/s/leak_tj")
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=10000)
    dlg.table.selectRow(0)
    _check(qtbot, dlg, "Watches", problems)
    dlg.close()
    refs = main.open_references()
    refs.reload()
    _check(qtbot, refs, "Photos to look for", problems)
    from evidence_kit.perceptual import find_matches

    matches = find_matches(c.session.vault).matches
    assert matches
    m = MatchDialog(c.session, matches[0], main)
    m.show()
    qtbot.waitUntil(lambda: m.found.current() is not None and m.reference.current() is not None, timeout=20000)
    _check(qtbot, m, "side by side", problems)
    m.reject()
    refs.close()
    z = chat_import.ZoneDialog(main)
    _check(qtbot, z, "chat time zone", problems)
    z.reject()
    for cls, name in ((RekeyDialog, "change every key"), (AccountsDialog, "accounts")):
        d = cls(c.session, main)
        _check(qtbot, d, name, problems)
        d.reject()
    main.open_capture()
    _check(qtbot, main.capture_dialog, "capture", problems)
    main.capture_dialog.hide()
    from ui.tray import ReopenDialog
    from ui.watch_view import WatchDialog

    d = ReopenDialog(c.session, False, main)
    _check(qtbot, d, "open again from the tray", problems)
    d.reject()
    for tray in (True, False):
        d = WatchDialog(c.session, main.watch_runner, main.current_case, main, tray_available=lambda: tray)
        d.reload()
        _check(qtbot, d, f"Watches ({'a' if tray else 'no'} tray)", problems)
        d.close()
        d.deleteLater()
    # backups, the hand-over to a lawyer and quick delete
    d = main.open_backups()
    _check(qtbot, d, "Backups", problems)
    d.close()
    d = main.open_share()
    _check(qtbot, d, "Send to my lawyer", problems)
    d.reject()
    d = main.open_receive()
    _check(qtbot, d, "Receive a case", problems)
    d.reject()
    from ui.destroy_dialog import DestroyDialog

    d = DestroyDialog(c.session, main)
    d.show()
    qtbot.waitUntil(lambda: d.backup_read, timeout=20000)
    _check(qtbot, d, "Delete this vault", problems)
    qtbot.mouseClick(d.delete_btn, Qt.MouseButton.LeftButton)
    assert d.step == 2
    _check(qtbot, d, "Delete this vault, are you sure", problems)
    d.reject()
    assert not problems, _report(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_restore_from_a_backup_shows_every_word(qtbot, controller_factory, tmp_path, lang):
    from ui import i18n

    i18n.set_language(lang)
    c = controller_factory(tmp_path / "vault")
    c.start()
    c.show_restore()
    problems: list[str] = []
    _check(qtbot, c.screen, "Restore from a backup", problems)
    qtbot.mouseClick(c.screen.mode_btn, Qt.MouseButton.LeftButton)       # the recovery key instead
    _check(qtbot, c.screen, "Restore from a backup, recovery key", problems)
    assert not problems, _report(problems)
