"""Quick exit and the clipboard: whatever the person copied from the app is gone afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import create_through_dialogs


def test_quick_exit_clears_text_copied_from_a_field_with_ctrl_c(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    main = c.main
    main.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=5000)
    secret = "https://t.me/s/leaks_tj/1234"
    main.search.setText(secret)
    main.search.selectAll()
    main.search.copy()                       # what Ctrl+C or the field's menu does
    assert QGuiApplication.clipboard().text() == secret
    qtbot.keyClick(main.search, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert c.finished and c.session is None
    assert QGuiApplication.clipboard().text() != secret


def test_quick_exit_leaves_what_another_program_copied(qtbot, controller_factory, tmp_path, monkeypatch):
    import ui.safety

    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)

    class NoFocus:                       # another program has the focus (offscreen cannot show it)
        @staticmethod
        def focusWindow():
            return None

        clipboard = staticmethod(QGuiApplication.clipboard)

    monkeypatch.setattr(ui.safety, "QGuiApplication", NoFocus)
    QGuiApplication.clipboard().setText("a shopping list")
    c.quick_exit()
    assert QGuiApplication.clipboard().text() == "a shopping list"
    QGuiApplication.clipboard().clear()
