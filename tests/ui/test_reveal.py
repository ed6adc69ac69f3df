"""A blurred picture is shown only by a deliberate click on "Show the picture", and that is recorded.

Stray typing while the keyboard focus sits on the picture or on the button (Space, Enter, letters
meant for the search field) must never show it, neither in the main window's detail pane nor in a
dialog (where Enter presses the default button)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.site import pages_watch as pw
from tests.ui.conftest import create_through_dialogs, tiny_png

STRAY_KEYS = [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select, Qt.Key.Key_S,
              Qt.Key.Key_A, Qt.Key.Key_P, Qt.Key.Key_Tab]


def _reveals(c, item_id):
    return [r for r in c.session.vault.custody_log(item_id) if r["entry"]["event"] == "artifact_revealed"]


@pytest.fixture
def close_popups():
    """Stray keys may press some other button that opens a modal window (a file chooser, a
    question): close it, so the test goes on typing instead of waiting for an answer."""
    seen = []

    def close():
        modal = QApplication.activeModalWidget()
        if modal is not None:
            seen.append(type(modal).__name__)
            modal.reject()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(50)
    yield seen
    timer.stop()


def _type_everywhere(qtbot, app, viewer):
    """Focus each part of the viewer in turn and type at it, and at whatever then has the focus."""
    targets = [viewer, viewer.scroll, viewer.canvas, viewer.reveal_btn]
    for target in targets:
        viewer.window().activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        for key in STRAY_KEYS:
            QTest.keyClick(target, key)
            focused = app.focusWidget()
            if focused is not None:
                QTest.keyClick(focused, key)
        QTest.keyClicks(target, "show the picture please")
    app.processEvents()


def _settle(qtbot, c):
    """Let any reveal that was (wrongly) recorded reach the vault before looking."""
    done = []
    c.session.write(lambda v: None, items_changed=False, on_done=lambda _: done.append(1))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)


def test_keys_never_show_the_picture_in_the_detail_pane(qtbot, app, controller_factory, tmp_path, close_popups):
    pic = tmp_path / "photo.png"
    pic.write_bytes(tiny_png(rgb=(250, 0, 0)))
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.main.import_files([str(pic)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=20000)
    c.main.table.selectRow(0)
    detail = c.main.detail
    detail.tabs.setCurrentIndex(1)                       # the Picture tab
    viewer = detail.viewer
    qtbot.waitUntil(lambda: viewer.current() is not None, timeout=20000)
    item_id = viewer.current().item_id

    _type_everywhere(qtbot, app, viewer)
    _settle(qtbot, c)
    assert not viewer.revealed
    assert _reveals(c, item_id) == []

    qtbot.mouseClick(viewer.reveal_btn, Qt.MouseButton.LeftButton)
    assert viewer.revealed
    qtbot.waitUntil(lambda: len(_reveals(c, item_id)) == 1, timeout=10000)
    assert _reveals(c, item_id)[0]["entry"]["details"]["artifact"] == "photo.png"


def test_enter_in_a_dialog_never_shows_her_photo(qtbot, app, controller_factory, tmp_path, close_popups):
    """In "Photos to look for" (a dialog), Enter presses the dialog's default button: it must not be
    "Show the picture"."""
    ref_file = tmp_path / "me.jpg"
    ref_file.write_bytes(pw.reference_bytes())
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    refs = c.main.open_references()
    refs.add_files([str(ref_file)])
    qtbot.waitUntil(lambda: refs.table.rowCount() == 1, timeout=20000)
    refs.table.selectRow(0)
    viewer = refs.viewer
    qtbot.waitUntil(lambda: viewer.current() is not None, timeout=20000)
    item_id = viewer.current().item_id

    _type_everywhere(qtbot, app, viewer)
    refs.table.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
        QTest.keyClick(refs.table, key)
    _settle(qtbot, c)
    assert not viewer.revealed
    assert _reveals(c, item_id) == []

    qtbot.mouseClick(viewer.reveal_btn, Qt.MouseButton.LeftButton)
    assert viewer.revealed
    qtbot.waitUntil(lambda: len(_reveals(c, item_id)) == 1, timeout=10000)
