"""Quick exit is always in sight: at the smallest window size the app supports (1024×700), in every
language, never folded into the toolbar's "»" overflow menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QToolBar

from tests.ui.conftest import create_through_dialogs


def _in_overflow(main, btn) -> bool:
    """True if the button (or an action standing for it) sits in a toolbar's extension menu, or
    the toolbar has pushed it out of sight."""
    for tb in main.findChildren(QToolBar):
        for action in tb.actions():
            w = tb.widgetForAction(action)
            if w is btn or (w is not None and btn.isAncestorOf(w)) or (w is not None and w.isAncestorOf(btn)):
                # in a toolbar: it is shown only while the toolbar has room for it
                if not w.isVisible():
                    return True
    return False


@pytest.mark.parametrize("lang", ["en", "ru", "tg"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 780), (1600, 900)])
def test_quick_exit_is_visible_and_inside_the_window(qtbot, controller_factory, tmp_path, lang, size):
    from ui import i18n

    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    i18n.set_language(lang)
    main = c.main
    main.resize(*size)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.width() == size[0], timeout=3000)
    btn = main.quick_exit
    qtbot.waitUntil(lambda: btn.isVisible(), timeout=3000)
    assert main.width() == size[0] and main.height() == size[1]
    assert not _in_overflow(main, btn)
    top_left = btn.mapTo(main, QPoint(0, 0))
    rect = QRect(top_left, btn.size())
    assert main.rect().contains(rect), (rect, main.rect())
    # its whole text fits: nothing of "Quick exit (Ctrl+Q)" is cut
    assert btn.width() >= btn.sizeHint().width()
    assert "Ctrl+Q" in btn.text()
