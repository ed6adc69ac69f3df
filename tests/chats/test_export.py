"""A chat in the court dossier (transcript), the platform report (ids) and the bundle (originals)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile

import pytest

from evidence_kit.chats import mark
from evidence_kit.importer import import_paths
from export import export_items
from tests.chats import fixtures as fx

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("qpdf") is None,
                                reason="needs poppler-utils and qpdf (installed by scripts/setup.sh)")


def pdf_text(path, *, layout: bool = True) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def cells(path) -> str:
    """The PDF's text in reading order of each table cell, white space collapsed."""
    return " ".join(pdf_text(path, layout=False).split())


@pytest.fixture
def chats(vault, tmp_path):
    tg = fx.telegram_single(tmp_path / "tg")
    wa = fx.whatsapp_ios_zip(tmp_path / "wa")
    res = import_paths(vault, [tg, wa], case="Дело", tz="Asia/Dushanbe")
    assert res.failed == []
    return vault, res.items[0], res.items[1], tg, wa


def test_court_transcript(chats, tmp_path):
    vault, tg_item, wa_item, tg, _ = chats
    out = export_items(vault, "court", tmp_path / "court.pdf", case="Дело", lang="en").path
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    text = pdf_text(out)
    flat = " ".join(text.split())
    item = vault.get(tg_item.id)
    for expected in ("Chat transcript", "Chat name Anvar", "Type of chat personal_chat",
                     "Telegram chat id 5550001", item.metadata["chat"]["export"]["sha256"],
                     "All 9 entries of the chat follow",
                     fx.THREAT_TG, "Не пиши мне больше.", "reply to message 102",
                     "forwarded from: Leaks Channel", "edited 2026-11-20 10:13:05 UTC",
                     "https://example.org/" + fx.CANARY, "service message: call",
                     "service message: message pinned (message_id: 102)",
                     "Telegram left this video out of the export",
                     "[U+1F621] [U+0633][U+0644][U+0627][U+0645]", "written as their Unicode code points"):
        assert expected in flat, expected
    # id, sender and from_id, UTC with Dushanbe and Moscow beside it
    assert "id 102" in text and "user5550001" in text
    assert "2026-11-20 10:04:05 UTC Dushanbe 15:04:05 Moscow 13:04:05" in cells(out)
    photo = item.artifact("photos_photo_1@20-11-2026_15-10-05.jpg")
    assert "photo: photos_photo_1@20-11-2026_15-10-05.jpg" in flat and photo.sha256 in text
    # the WhatsApp chat: times as written and in the zone she stated
    assert "as written: 2026-11-20 15:01:07" in flat
    assert "read in the zone Asia/Dushanbe (stated by the collector)" in flat
    assert "The phone left this photo out of the export and wrote: “image omitted”" in flat
    assert "Chat exports Exhibits whose source is a chat export were not captured by Evidence Kit" in flat
    # a notary inspects a chat on the phone that holds it
    assert "Files from the applicant's own device (exhibits EK-0001, EK-0002)" in flat


def test_only_the_marked_messages_with_the_total(chats, tmp_path):
    vault, tg_item, _, _, _ = chats
    mark(vault, tg_item.id, [2, 8])
    out = export_items(vault, "court", tmp_path / "c.pdf", [tg_item.id]).path
    text = " ".join(pdf_text(out).split())
    assert "Shown: the 2 messages the collector marked as exhibits (entries in the chat: 9;" in text
    assert fx.THREAT_TG in text and "Не пиши мне больше." not in text
    assert "MARKED as an exhibit" in text
    assert "messages marked marked: 2, 8" in cells(out)   # the custody entry (no collector named)


def test_transcript_in_tajik_and_sensitive_pictures_blurred(chats, tmp_path):
    vault, tg_item, _, _, _ = chats
    vault.update_item(tg_item.id, sensitive=True)
    out = export_items(vault, "court", tmp_path / "tg.pdf", [tg_item.id], lang="tg").path
    text = " ".join(pdf_text(out).split())
    assert "Матни мукотиба" in text and "Номи чат Anvar" in text and "Душанбе 15:04:05" in text
    assert "хира шуд: мавод ҳассос қайд шудааст" in text
    # the blurred stand-in is tiny and smooth: nothing of the picture's white diagonal survives
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    sizes = [(int(r.split()[3]), int(r.split()[4])) for r in listing.splitlines()[2:]]
    assert (64, 48) not in sizes and sizes


def test_platform_report_lists_message_and_sender_ids(chats, tmp_path):
    vault, tg_item, wa_item, _, _ = chats
    mark(vault, wa_item.id, [2])
    res = export_items(vault, "platform", tmp_path / "p.pdf", case="Дело")
    texts = {f.platform: " ".join(pdf_text(f.path).split()) for f in res.files}
    assert set(texts) == {"telegram", "whatsapp"}          # one report per messenger, never mixed
    text = texts["telegram"]
    assert "Chat «Anvar» (Telegram)" in text and "Chat id: 5550001" in text
    assert "Sender: Anvar — user id 5550001 (6 messages listed) Message ids: 102, 104, 105, 106, 107, 108" in text
    assert "Bob" not in text
    text = texts["whatsapp"]
    assert "Chat «Bob» (WhatsApp)" in text and "2 (2026-11-20 10:01:07 UTC)" in text
    assert "In the WhatsApp app: open the chat" in text and "Anvar" not in text


def test_bundle_keeps_the_export_files_byte_identical(chats, tmp_path):
    vault, tg_item, wa_item, tg, wa = chats
    out = export_items(vault, "bundle", tmp_path / "b.zip", case="Дело").path
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert zf.read(f"exhibits/{tg_item.exhibit}/result.json") == (tg / "result.json").read_bytes()
        assert zf.read(f"exhibits/{tg_item.exhibit}/photos_photo_1@20-11-2026_15-10-05.jpg") == \
            (tg / "photos/photo_1@20-11-2026_15-10-05.jpg").read_bytes()
        with zipfile.ZipFile(wa) as orig:
            assert zf.read(f"exhibits/{wa_item.exhibit}/_chat.txt") == orig.read("_chat.txt")
        sums = zf.read("SHA256SUMS").decode()
        for line in sums.splitlines():
            h, name = line.split("  ", 1)
            assert hashlib.sha256(zf.read(name)).hexdigest() == h
    assert f"exhibits/{tg_item.exhibit}/voice_messages_audio_1@20-11-2026_15-11-05.ogg" in names
