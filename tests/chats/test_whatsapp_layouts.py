"""WhatsApp layouts and readings beyond the usual: the day/month order told by the dates in the
names of attached files, attachment names with spaces, the French and Arabic Android layouts, and a
text that looks like an export but cannot be read as one (made-up chats)."""

from __future__ import annotations

from evidence_kit.chats import plan
from evidence_kit.i18n import tr
from evidence_kit.importer import import_paths
from tests.chats.fixtures import picture
from tests.chats.test_cli import _env
from tests.core.helpers import run_cli


def _write(folder, name, text, files=()):
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        (folder / f).write_bytes(picture())
    p = folder / name
    p.write_text(text, "utf-8")
    return p


def _chat(vault, path, tz="UTC"):
    res = import_paths(vault, [path], tz=tz)
    assert res.failed == [] and len(res.items) == 1
    return res.items[0]


# 02/11 and 03/11 read either way and keep the messages in order either way: only the names tell
DAY_FIRST = ("02/11/2020, 21:49 - Bob: IMG-20201102-WA0001.jpg (file attached)\n"
             "03/11/2020, 09:00 - Ann: ok\n")
MONTH_FIRST = ("[11/02/20, 9:49:51 PM] Bob: \u200e<attached: 00000010-PHOTO-2020-11-02-21-49-51.jpg>\n"
               "[11/03/20, 9:00:00 AM] Ann: ok\n")


def test_day_month_order_from_the_dates_in_attachment_names(vault, tmp_path):
    item = _chat(vault, _write(tmp_path / "a", "WhatsApp Chat with Bob.txt", DAY_FIRST))
    c = item.metadata["chat"]
    assert c["times"]["date_order"] == {"order": "DMY", "basis": "attachment_names"}
    assert c["first_at"] == "2020-11-02T21:49:00Z"
    gap = {"key": "chat.gap.date_order_attachment_names", "params": {"order": "DMY"}}
    assert gap in item.metadata["gaps"]
    item = _chat(vault, _write(tmp_path / "b", "_chat.txt", MONTH_FIRST))
    c = item.metadata["chat"]
    assert c["times"]["date_order"] == {"order": "MDY", "basis": "attachment_names"}
    assert c["first_at"] == "2020-11-02T21:49:51Z"
    # in words, in every language, where the order is shown
    for lang in ("en", "ru", "tg"):
        words = tr("chat.gap.date_order_attachment_names", lang, order="MDY")
        assert "MDY" in words and "{" not in words
        assert tr("chatpdf.basis.attachment_names", lang) != "chatpdf.basis.attachment_names"
    assert "attached files" in tr("chatpdf.basis.attachment_names", "en")
    assert "вложенных" in tr("chatpdf.basis.attachment_names", "ru")
    assert "замимашуда" in tr("chatpdf.basis.attachment_names", "tg")


def test_order_by_message_order_is_said_too(vault, tmp_path):
    # 06/03 then 08/05 then 09/04: only month-first keeps them in order
    text = "06/03/2017, 00:45 - A: x\n08/05/2017, 01:48 - B: y\n09/04/2017, 01:50 - A: z\n"
    item = _chat(vault, _write(tmp_path, "t.txt", text))
    assert item.metadata["chat"]["times"]["date_order"] == {"order": "MDY", "basis": "message_order"}
    assert {"key": "chat.gap.date_order_message_order", "params": {"order": "MDY"}} in item.metadata["gaps"]


def test_attachment_names_with_spaces(vault, tmp_path):
    text = ("16.02.21, 23:18 - John: Max Caulfield.vcf (Datei angehängt)\n"
            "16.02.21, 23:19 - John: Urlaub 2020.jpg (Datei angehängt)\n"
            "16.02.21, 23:20 - John: Mein Foto.jpg (file attached)\nmit Text\n")
    p = _write(tmp_path / "wa", "WhatsApp Chat mit Jane.txt", text, files=["Urlaub 2020.jpg"])
    c = _chat(vault, p, "Europe/Berlin").metadata["chat"]
    m = c["messages"]
    assert m[0]["media"][0]["kind"] == "contact_card" and m[0]["media"][0]["path"] == "Max Caulfield.vcf"
    assert m[0]["gaps"][0]["key"] == "chat.gap.wa_missing" and m[0]["text"] == ""
    assert m[1]["media"][0]["artifact"] == "Urlaub 2020.jpg" and "gaps" not in m[1]
    assert m[2]["media"][0]["path"] == "Mein Foto.jpg" and m[2]["text"] == "mit Text"
    assert c["counts"]["media"] == 1 and c["counts"]["gaps"] == 2


def test_french_layout(vault, tmp_path):
    text = "12/07/2017 à 22:35 - Anne: Salut\n13/07/2017 à 09:12 - Marc: Ça va ?\n"
    p = _write(tmp_path, "Discussion WhatsApp avec Anne.txt", text)
    assert [e.kind for e in plan([p]).exports] == ["whatsapp"]
    c = _chat(vault, p).metadata["chat"]
    assert [(m["from"], m["at"], m["text"]) for m in c["messages"]] == [
        ("Anne", "2017-07-12T22:35:00Z", "Salut"), ("Marc", "2017-07-13T09:12:00Z", "Ça va ?")]


def test_arabic_android_layout(vault, tmp_path):
    # Arabic-Indic digits, U+200F in the date, the Arabic comma, ص (AM) / م (PM); digits in the text stay
    text = ("\u0661\u0663\u200f/\u0665\u200f/\u0662\u0660\u0662\u0663\u060c \u0669:\u0660\u0665 \u0635 - سارا: ٣ رسائل\n"
            "\u0661\u0663\u200f/\u0665\u200f/\u0662\u0660\u0662\u0663\u060c \u0661\u0662:\u0663\u0660 \u0645 - علي: نعم\n")
    p = _write(tmp_path, "chat.txt", text)
    assert [e.kind for e in plan([p]).exports] == ["whatsapp"]
    c = _chat(vault, p, "Asia/Dushanbe").metadata["chat"]
    assert [(m["from"], m["at"], m["text"]) for m in c["messages"]] == [
        ("سارا", "2023-05-13T04:05:00Z", "٣ رسائل"), ("علي", "2023-05-13T07:30:00Z", "نعم")]
    assert c["times"]["date_order"] == {"order": "DMY", "basis": "unambiguous"}
    assert c["times"]["twelve_hour"] is True


UNREAD = "12/07/2017 um 22:35 - Anna: Hallo\n12/07/2017 um 22:36 - Ben: Hi\n"


def test_a_text_that_looks_like_an_export_but_is_unread_says_so(vault, tmp_path):
    p = _write(tmp_path / "x", "WhatsApp Chat mit Anna.txt", UNREAD)
    res = import_paths(vault, [p], tz="UTC")
    assert [i.source for i in res.items] == ["import"]            # kept, as a plain file …
    assert res.notes == [("chat.note.unread_chat", {"path": str(p)})]   # … and said so
    for lang, word in (("en", "cannot read"), ("ru", "не может"), ("tg", "наметавонад")):
        assert word in tr("chat.note.unread_chat", lang, path=str(p)) and str(p) in tr("chat.note.unread_chat", lang, path=str(p))
    # in a folder too
    assert plan([tmp_path / "x"]).notes == [("chat.note.unread_chat", {"path": str(p)})]
    # `Name: text` lines with no date stamps, or ordinary text, look like nothing
    for text in ("Sample User: no dates here\nTestBot: none\n", "Notes of 12.07.2017\nnothing else\n"):
        q = _write(tmp_path / "y", "notes.txt", text)
        assert plan([q]).notes == [] and plan([q]).exports == []


def test_the_command_line_says_so(tmp_path):
    env, _, _ = _env(tmp_path)
    p = _write(tmp_path / "x", "chat.txt", UNREAD)
    r = run_cli(["import", str(p)], env)
    assert r.returncode == 0 and "looks like a WhatsApp chat export" in r.stderr, r.stderr
