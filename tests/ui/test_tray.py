"""Keeping watch with the window closed, with no passphrase on disk: the app stays in the tray
with the vault open in memory, saves the pages that are due, says so once, asks her passphrase
before it shows the window again, and stops with Quit or Quick exit. Where the desktop has no
tray, the option is offered disabled with the reason, and closing says that watching stops."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from evidence_kit import watches as W
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_dialogs
from tests.ui.test_watch_ui import PAGES, URL, _pages_engine

TRAY = lambda: True      # noqa: E731 (a desktop with a tray)
NO_TRAY = lambda: False  # noqa: E731


def _controller(qtbot, controller_factory, tmp_path, tray):
    from ui.capture_backend import EngineBackend

    engine_for = _pages_engine(PAGES)
    c = controller_factory(tmp_path / "vault", capture_backend=lambda s: EngineBackend(engine_for(s.vault)),
                           tray_available=tray)
    create_through_dialogs(qtbot, c)
    return c


def _watch_with_the_option(qtbot, c, on=True):
    from ui.tray import KEEP_WATCHING

    dlg = c.main.open_watches()
    dlg.url.setText(URL)
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(W.watches(c.session.vault)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: _runs(c) >= 1, timeout=20000)          # the first run, at once
    assert dlg.keep.isEnabled() and not dlg.keep.isChecked()
    if on:
        dlg.keep.setChecked(True)
        qtbot.waitUntil(lambda: c.session.setting(KEEP_WATCHING) is True, timeout=10000)
    dlg.close()
    return dlg


def _runs(c) -> int:
    w = W.find_watch(c.session.vault, URL)
    return len(w["runs"]) if w else 0


def _files_holding(root: Path, secret: bytes) -> list[str]:
    hits = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            try:
                if secret in p.read_bytes():
                    hits.append(str(p))
            except OSError:
                pass
    return hits


def test_closing_the_window_keeps_watching_from_the_tray(qtbot, controller_factory, tmp_path):
    from ui.tray import ReopenDialog

    c = _controller(qtbot, controller_factory, tmp_path, TRAY)
    dlg = _watch_with_the_option(qtbot, c)
    assert "passphrase is never written" in dlg.schedule.text() and "chmod" not in dlg.schedule.text()
    main, session = c.main, c.session
    main.close()
    qtbot.waitUntil(lambda: c.in_tray, timeout=5000)
    assert not main.isVisible() and not c.finished and c.session is session and not session.closed
    assert c.tray is not None and c.tray.is_visible()
    [said] = c.tray.messages
    assert "keeps watching 1 page" in said and "Quit or Quick exit" in said and "passphrase" in said
    assert [a.text() for a in c.tray.menu.actions()] == ["Open…", "Quick exit", "Quit"]
    # the idle timer and the screen lock do not end the watching she asked for
    c.guard.lockRequested.emit("idle")
    c.guard.lockRequested.emit("screen")
    assert c.session is session and not session.closed
    # a page that is due is saved while the window is closed
    before = _runs(c)
    main.watch_runner.run(W.watches(session.vault))
    qtbot.waitUntil(lambda: _runs(c) == before + 1, timeout=20000)
    assert not main.isVisible()
    # Open… asks for the passphrase: a wrong one shows nothing
    c.tray.open_action.trigger()
    reopen = c.reopen_dialog
    assert isinstance(reopen, ReopenDialog) and reopen.isVisible() and not main.isVisible()
    reopen.field.setText("not her passphrase")
    qtbot.mouseClick(reopen.open_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reopen.error.isVisible(), timeout=20000)
    assert not main.isVisible() and c.in_tray
    reopen.field.setText(PASSPHRASE)
    qtbot.mouseClick(reopen.open_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.isVisible(), timeout=20000)
    assert not c.in_tray and not c.tray.is_visible()
    # closed again: hidden again, and the tray does not say it twice
    main.close()
    qtbot.waitUntil(lambda: c.in_tray, timeout=5000)
    assert len(c.tray.messages) == 1
    # Quick exit in the tray's menu: locked and gone at once
    c.tray.quick_exit_action.trigger()
    assert c.finished and c.session is None and session.closed and c.tray is None
    # the passphrase was written nowhere: not in the vault, not in the app's settings and data
    xdg = Path(os.environ["XDG_CONFIG_HOME"]).parent
    for root in (tmp_path, xdg):
        assert _files_holding(root, PASSPHRASE.encode()) == [], root


def test_quit_from_the_tray_locks_and_ends_in_her_language(qtbot, controller_factory, tmp_path):
    c = _controller(qtbot, controller_factory, tmp_path, TRAY)
    _watch_with_the_option(qtbot, c)
    c.set_language("tg")
    session = c.session
    c.main.close()
    qtbot.waitUntil(lambda: c.in_tray, timeout=5000)
    assert [a.text() for a in c.tray.menu.actions()] == ["Кушодан…", "Баромади фаврӣ", "Баромадан"]
    assert "назорати 1 саҳифаро идома медиҳад" in c.tray.messages[0]
    c.tray.quit_action.trigger()
    assert c.finished and c.session is None and session.closed


@pytest.mark.parametrize("watched,on", [(False, True), (True, False)], ids=["nothing-watched", "option-off"])
def test_without_the_option_or_a_watch_closing_quits(qtbot, controller_factory, tmp_path, watched, on):
    from ui.tray import KEEP_WATCHING

    c = _controller(qtbot, controller_factory, tmp_path, TRAY)
    if watched:
        _watch_with_the_option(qtbot, c, on=on)
    else:
        c.session.set_settings({KEEP_WATCHING: True})
        qtbot.waitUntil(lambda: c.session.setting(KEEP_WATCHING) is True, timeout=10000)
    session = c.session
    c.main.close()
    qtbot.waitUntil(lambda: c.finished, timeout=5000)
    assert c.session is None and session.closed and c.tray is None and not c.in_tray


def test_no_tray_offers_the_option_disabled_and_closing_says_watching_stops(qtbot, controller_factory,
                                                                            tmp_path):
    from ui import tray
    from ui.tray import KEEP_WATCHING

    c = _controller(qtbot, controller_factory, tmp_path, NO_TRAY)
    dlg = c.main.open_watches()
    assert not dlg.keep.isEnabled() and not dlg.keep.isChecked()
    assert dlg.schedule.text() == tray.no_tray_words() and "no system tray" in dlg.schedule.text()
    dlg.url.setText(URL)
    qtbot.mouseClick(dlg.add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(W.watches(c.session.vault)) == 1, timeout=10000)
    dlg.close()
    # chosen on a computer that had a tray, the vault opened on one that has none
    c.session.set_settings({KEEP_WATCHING: True})
    qtbot.waitUntil(lambda: c.session.setting(KEEP_WATCHING) is True, timeout=10000)
    session = c.session
    c.main.close()
    qtbot.waitUntil(lambda: c.no_tray_box is not None and c.no_tray_box.isVisible(), timeout=5000)
    box = c.no_tray_box
    assert box.text() == tray.no_tray_words() and not c.finished and c.tray is None
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: c.finished, timeout=5000)
    assert c.session is None and session.closed
    QApplication.processEvents()


def test_with_the_neutral_title_the_tray_names_only_notes(qtbot, controller_factory, tmp_path):
    """On a shared screen with the neutral title chosen, the icon, its tooltip and its one message
    say "Notes", never the app's name."""
    from evidence_kit.settings import save_settings

    save_settings(neutral_title=True)
    c = _controller(qtbot, controller_factory, tmp_path, TRAY)
    assert c.neutral
    _watch_with_the_option(qtbot, c)
    c.main.close()
    qtbot.waitUntil(lambda: c.in_tray, timeout=5000)
    [said] = c.tray.messages
    assert said.startswith("The window is closed, but Notes keeps watching 1 page") and "Evidence Kit" not in said
    assert c.tray.icon.toolTip() == "Notes"
    c.tray.open_action.trigger()
    assert "Evidence Kit" not in c.reopen_dialog.intro.text() and c.reopen_dialog.windowTitle() == "Notes"
    c.tray.quit_action.trigger()
    assert c.finished
