"""No empty frames: the conversation shows its picture viewer only for a message with a picture,
and the detail pane with nothing chosen says what to do instead of showing labels without values."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.chats import fixtures as fx
from tests.ui.conftest import create_through_dialogs, select_title, tiny_png


def test_the_conversation_shows_the_viewer_only_for_a_picture(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import chat_import

    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: "Asia/Dushanbe")
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.main.import_files([str(fx.whatsapp_ios_zip(tmp_path / "in"))])
    qtbot.waitUntil(lambda: not c.main._importing and c.main.model.rowCount() == 1, timeout=20000)
    select_title(c.main, "Bob")
    view = c.main.detail.chat_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=10000)
    assert view.isVisible()
    # no message chosen: the messages have the pane, no empty viewer below them
    assert not view.viewer.isVisible()
    assert view.table.height() > 0.6 * view.height()
    # a message without a picture: its whole text, still no viewer
    view.table.selectRow(1)
    assert view.full.isVisible() and "Я опубликую всё" in view.full.text()
    assert not view.viewer.isVisible()
    # the message with the picture: the viewer appears, blurred
    view.table.selectRow(2)
    assert view.viewer.isVisible()
    qtbot.waitUntil(lambda: view.viewer.current() is not None, timeout=10000)
    assert not view.viewer.revealed
    # back to a message without one: gone again
    view.table.selectRow(0)
    assert not view.viewer.isVisible()
    assert view.table.height() > 0.6 * view.height()


def test_the_empty_detail_pane_says_choose_an_item(qtbot, controller_factory, tmp_path):
    pic = tmp_path / "photo.png"
    pic.write_bytes(tiny_png())
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    d = c.main.detail
    # nothing chosen: a short hint, and no label without a value
    assert d.empty_hint.isVisible()
    assert d.empty_hint.text() == "Choose an item in the list to see it here."
    assert not d.tabs.isVisible()
    shown = [lab.text() for lab in d.findChildren(QLabel) if lab.isVisible() and lab is not d.empty_hint
             and lab.text().strip()]
    assert shown == []
    # an item chosen: its details, and the hint is gone
    c.main.import_files([str(pic)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=20000)
    c.main.table.selectRow(0)
    assert d.tabs.isVisible() and not d.empty_hint.isVisible()
    assert d.f["title"].text() == "photo.png" and d.f_labels["title"].isVisible()
    # chosen no more (the search hides it): the hint again
    c.main.table.clearSelection()
    c.main.table.setCurrentIndex(c.main.proxy.index(-1, -1))
    assert d.empty_hint.isVisible() and not d.tabs.isVisible()
