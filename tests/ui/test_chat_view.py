"""A chat export in the app: dropped, the zone asked once, shown as a conversation, searched, marked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.chats import fixtures as fx
from tests.ui.conftest import create_through_dialogs, select_title


def _import(qtbot, c, paths):
    c.main.import_files([str(p) for p in paths])
    qtbot.waitUntil(lambda: not c.main._importing, timeout=20000)


def test_whatsapp_zip_asks_the_zone_once_and_shows_the_conversation(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import chat_import

    asked = []
    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: asked.append(1) or "Asia/Dushanbe")
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    _import(qtbot, c, [fx.whatsapp_ios_zip(tmp_path / "in"), fx.whatsapp_us(tmp_path / "in2")])
    assert asked == [1]                                   # once per import, not once per export
    assert c.main.model.rowCount() == 2
    select_title(c.main, "Bob")
    d = c.main.detail
    view = d.chat_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=10000)
    assert d.tabs.isTabVisible(d.chat_tab) and d.tabs.currentIndex() == d.chat_tab
    assert "Asia/Dushanbe" in view.summary.text() and "as you stated" in view.summary.text()
    row1 = view.model.index(1, 0)
    assert view.model.data(view.model.index(1, 3)) == "Bob"
    assert view.model.data(view.model.index(1, 2)).startswith("2026-11-20T10:01:07Z")
    assert "Я опубликую всё\nи твой номер тоже" in view.model.message_text(row1.row())
    assert "image omitted" in view.model.message_text(3)
    # search inside the chat
    view.search.setText("полицию")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1, timeout=5000)
    view.search.clear()
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 5, timeout=5000)
    # the picture sent in the chat: blurred until she asks, and asking is recorded
    view.table.selectRow(2)
    qtbot.waitUntil(lambda: view.viewer.current() is not None, timeout=10000)
    assert not view.viewer.revealed
    iid = d.item.id
    qtbot.mouseClick(view.viewer.reveal_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r["entry"]["event"] == "artifact_revealed" for r in c.session.vault.custody_log(iid)),
                    timeout=10000)
    # exhibit these: messages 2 and 3
    sel = view.table.selectionModel()
    view.table.selectRow(1)
    sel.select(view.proxy.index(2, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert view.selected_numbers() == [2, 3]
    qtbot.mouseClick(view.mark_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.marks == {2, 3}, timeout=10000)
    entries = [r["entry"] for r in c.session.vault.custody_log(iid) if r["entry"]["event"] == "messages_marked"]
    assert entries[-1]["details"] == {"messages": [2, 3], "marked": True}
    view.only_marked.setChecked(True)
    assert view.proxy.rowCount() == 2
    assert view.model.data(view.model.index(1, 0)) == "★"


def test_telegram_folder_needs_no_zone_and_is_one_item(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import chat_import

    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: (_ for _ in ()).throw(AssertionError("asked")))
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    _import(qtbot, c, [fx.telegram_single(tmp_path / "in")])
    assert c.main.model.rowCount() == 1
    select_title(c.main, "Anvar")
    view = c.main.detail.chat_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 9, timeout=10000)
    assert "(id 102)" in view.model.data(view.model.index(1, 1))
    assert "user5550001" in view.model.data(view.model.index(1, 3))
    text = view.model.message_text(3)
    assert "forwarded from Leaks Channel" in text and "edited" in text
    assert "Telegram left this video out of the export" in view.model.message_text(6)


def test_cancelling_the_zone_imports_nothing(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import chat_import

    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: None)
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    _import(qtbot, c, [fx.whatsapp_us(tmp_path / "in")])
    assert c.session.vault.item_count() == 0


def test_a_whatsapp_chat_shows_the_time_her_phone_showed_beside_utc(qtbot, controller_factory, tmp_path,
                                                                     monkeypatch):
    """Her phone showed 15:01 in Dushanbe: the conversation says so beside 10:01 UTC, whatever this
    computer's zone, with the very words the court dossier prints for that message."""
    from evidence_kit.chats.words import phone_time
    from ui import chat_import

    monkeypatch.setenv("TZ", "America/New_York")          # this computer is elsewhere
    import time
    time.tzset()
    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: "Asia/Dushanbe")
    try:
        c = controller_factory(tmp_path / "vault")
        create_through_dialogs(qtbot, c)
        _import(qtbot, c, [fx.whatsapp_ios_zip(tmp_path / "in"), fx.telegram_single(tmp_path / "tg")])
        select_title(c.main, "Bob")
        view = c.main.detail.chat_view
        qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=10000)
        header = view.model.headerData(2, Qt.Orientation.Horizontal)
        assert header == "When (UTC / as the phone showed it)"
        cell = view.model.data(view.model.index(1, 2))
        assert cell == "2026-11-20T10:01:07Z\nas written: 2026-11-20 15:01:07"
        assert "UTC-05:00" not in cell                     # not this computer's time
        chat = view.model.chat
        assert cell.split("\n")[1] == phone_time(chat["messages"][1], chat, "en")
        view.table.selectRow(1)
        qtbot.waitUntil(lambda: "as written: 2026-11-20 15:01:07" in view.full.text(), timeout=5000)
        c.set_language("tg")
        assert view.model.data(view.model.index(1, 2)) == "2026-11-20T10:01:07Z\nчунон ки навишта шуд: 2026-11-20 15:01:07"
        qtbot.waitUntil(lambda: view.model.headerData(2, Qt.Orientation.Horizontal)
                        == "Кай (UTC / чунон ки телефон нишон дод)", timeout=5000)
        c.set_language("en")
        qtbot.waitUntil(lambda: view.model.headerData(2, Qt.Orientation.Horizontal).startswith("When"), timeout=5000)
        # a Telegram chat's times are UTC from Telegram itself: shown in this computer's zone too
        select_title(c.main, "Anvar")
        qtbot.waitUntil(lambda: view.model.platform == "telegram", timeout=10000)
        assert view.model.headerData(2, Qt.Orientation.Horizontal) == "When (UTC / this computer)"
        assert "as written" not in view.model.data(view.model.index(0, 2))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
