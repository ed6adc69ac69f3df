"""Switching language re-translates everything on screen, including texts built from data: the
"(no case)" choice, the chat's lines ("[photo: …]"), the watch intervals; Qt's own words come
from Qt's Russian translation for Russian and for Tajik (Qt has no Tajik)."""

from __future__ import annotations

from evidence_kit import watches as W
from tests.chats import fixtures as fx
from tests.ui.conftest import create_through_dialogs, select_title

TAJIK_LETTERS = "ғӣқӯҳҷ"


def _texts(c, dlg):
    d = c.main.detail
    view = d.chat_view
    chat_lines = "\n".join(view.model.message_text(r) for r in range(view.model.rowCount()))
    cases = [d.case_box.itemText(i) for i in range(d.case_box.count())]
    every = [dlg.every.itemText(i) for i in range(dlg.every.count())]
    cells = [dlg.table.item(r, 1).text() for r in range(dlg.table.rowCount())]
    return cases, chat_lines + "\n" + view.full.text(), every + cells


def test_switching_en_tg_ru_leaves_no_word_of_another_language(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import chat_import

    monkeypatch.setattr(chat_import, "ask_zone", lambda parent: "Asia/Dushanbe")
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.main.import_files([str(fx.whatsapp_ios_zip(tmp_path / "in"))])
    qtbot.waitUntil(lambda: not c.main._importing, timeout=20000)
    c.session.write(lambda v: W.add_watch(v, "https://example.org/feed", every_s=6 * 3600), items_changed=False)
    qtbot.waitUntil(lambda: W.find_watch(c.session.vault, "https://example.org/feed") is not None, timeout=10000)
    dlg = c.main.open_watches()
    select_title(c.main, c.main.proxy.item(c.main.proxy.index(0, 0)).title)
    view = c.main.detail.chat_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10000)
    photo_row = next(r for r in range(view.model.rowCount())
                     if any(x.get("artifact") for x in view.model.messages[r].get("media") or ()))
    view.table.selectRow(photo_row)
    qtbot.waitUntil(lambda: view.full.text() != "", timeout=5000)

    cases, chat, every = _texts(c, dlg)
    assert "(no case)" in cases and "[photo:" in chat and "every 6 hours" in every, (cases, chat, every)

    c.set_language("tg")
    qtbot.waitUntil(lambda: c.main.cases_title.text() != "Cases", timeout=5000)
    qtbot.wait(50)
    cases, chat, every = _texts(c, dlg)
    assert "(бе парванда)" in cases, cases
    assert "[акс:" in chat and "фото" not in chat and "photo" not in chat, chat
    assert "ҳар 6 соат" in every and not any("6h" in e or "every" in e for e in every), every

    c.set_language("ru")
    qtbot.waitUntil(lambda: c.main.cases_title.text() == "Дела", timeout=5000)
    qtbot.wait(50)
    cases, chat, every = _texts(c, dlg)
    assert "(без дела)" in cases or any("дел" in x for x in cases[:1]), cases
    everything = " ".join(cases) + chat + " ".join(every)
    assert not any(ch in everything for ch in TAJIK_LETTERS), everything
    assert "(no case)" not in cases and "[фото:" in chat and "каждые 6 часов" in every, (cases, chat, every)
    assert not any("6h" in e for e in every), every


def test_qt_own_words_are_russian_for_tajik_too(qtbot, app):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui import i18n

    for lang in ("tg", "ru"):
        i18n.set_language(lang)
        dlg = QFileDialog()
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dlg)
        look_in = dlg.findChild(QLabel, "lookInLabel")
        assert look_in is not None
        assert look_in.text() != "Look in:" and any("а" <= ch <= "я" for ch in look_in.text().lower()), look_in.text()
    i18n.set_language("en")


def test_the_zone_question_offers_cities_with_offsets_in_her_language(qtbot, app):
    from ui import chat_import, i18n

    for lang, city in (("en", "Dushanbe (UTC+5)"), ("ru", "Душанбе (UTC+5)"), ("tg", "Душанбе (UTC+5)")):
        i18n.set_language(lang)
        dlg = chat_import.ZoneDialog(None, default="Europe/Moscow")
        qtbot.addWidget(dlg)
        texts = [dlg.zones.itemText(i) for i in range(dlg.zones.count())]
        assert city in texts, texts
        assert dlg.zone() == "Europe/Moscow"                 # this computer's zone first
        dlg.zones.setCurrentIndex(texts.index(city))
        assert dlg.zone() == "Asia/Dushanbe"
        if lang == "ru":
            assert "Москва (UTC+3)" in texts and "Другой…" in texts
    i18n.set_language("en")
