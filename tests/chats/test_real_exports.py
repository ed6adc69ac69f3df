"""Real chat exports saved by other open-source projects (../shared/real-world/chats/, see its
README.md): each imports with the figures the README gives. Every expected figure below was typed in
by hand from that README (or, where it names the file as the source, read by hand from the file),
never computed by the code under test. Local times without a zone are imported in a stated zone
(UTC, or the zone the README says the peer reads them in), so that their UTC times are determined."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from evidence_kit.importer import import_paths
from tests.chats.test_cli import _env
from tests.core.helpers import run_cli

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-world" / "chats"


def _real(rel: str) -> Path:
    path = REAL / rel
    if not path.exists():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{path} is missing: in CI the real-world exports must be beside the clone")
        pytest.skip(f"{path} is not on this machine")
    return path


def unix(n: int) -> str:
    """A Telegram date_unixtime as the README gives it, in the record's form."""
    return datetime.fromtimestamp(n, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def chat(messages, total, senders, first=None, last=None, *, span="senders", readings=None, order=None):
    """One chat's expected figures. `senders`: {name: messages} (a list: names in order of their
    first message). first/last: UTC of the first and last entry with a sender (span="all": of any
    entry). `readings`: {"DMY": (first, last), "MDY": (first, last)} where the README says the
    day/month order is ambiguous; `order`: (order, basis) the import must record."""
    return dict(messages=messages, total=total, senders=senders, first=first, last=last, span=span,
                readings=readings, order=order)


CHATMINER = {"John Doe": 2, "Jahn Doe": 1, "John-John Doe": 1, "John Doe 🤓": 1, "🤓": 1}
RWA = {"Johannes Gruber": 6, "Test": 1}
INLINE = {"Johannes Gruber": 1, "R": 1}

CASES = [
    # --- WhatsApp
    ("wa_chatminer_ddmmyy_24h/test_ddmmyy_24hrs.txt", "UTC",
     [chat(6, 9, CHATMINER, "2019-01-01T11:25:00Z", "2021-12-30T22:01:00Z", order=("DMY", "unambiguous"))]),
    ("wa_chatminer_mmddyyyy_12h/test_mmddyyyy_12hrs.txt", "UTC",
     [chat(6, 9, CHATMINER, "2019-01-01T11:25:00Z", "2021-12-30T22:01:00Z", order=("MDY", "unambiguous"))]),
    ("wa_chatminer_brackets_24h/test_[mmddyy]_24hrs.txt", "UTC",
     [chat(6, 9, CHATMINER, "2019-01-01T11:25:00Z", "2021-12-30T22:01:00Z", order=("MDY", "unambiguous"))]),
    ("wa_chatanalytics_2A_5M/2A_5M.txt", "UTC",      # 1/1/21 reads the same either way
     [chat(5, 5, {"A": 3, "B": 2}, "2021-01-01T12:00:00Z", "2021-01-01T12:03:00Z")]),
    ("wa_chatanalytics_4A_11M/4A_11M.zip", "UTC",     # 12/9/20: the peer reads 12 September
     [chat(11, 14, {"Alice": 3, "Bob": 2, "Eve": 2, "Mallory": 2, "Trent": 2},
           readings={"DMY": ("2020-09-12T23:55:00Z", "2020-09-12T23:56:00Z"),
                     "MDY": ("2020-12-09T23:55:00Z", "2020-12-09T23:56:00Z")})]),
    ("wa_pustur_example_zip/whatsapp-chat-parser-example.zip", "UTC",
     [chat(48, 52, {"Loris": 29, "John": 12, "Emily": 7}, "2019-06-20T15:58:53Z", "2019-06-20T16:45:28Z",
           order=("DMY", "unambiguous"))]),
    ("wa_language_whatsapp_ios/_chat.txt", "UTC",     # 2 November 2020, from the attachment names
     [chat(13, 13, {"Alice": 7, "Bob": 6}, "2020-11-02T21:47:19Z", "2020-11-02T21:50:40Z",
           order=("DMY", "attachment_names"))]),
    ("wa_whatsapp_to_sqlite_de/WhatsApp Chat mit Jane Doe.txt", "Europe/Berlin",   # CET, UTC+1
     [chat(7, 8, {"Jane Doe": 4, "John Doe": 3}, "2021-02-16T21:10:00Z", "2021-02-18T04:41:00Z",
           order=("DMY", "unambiguous"))]),
    ("wa_rwhatsapp_sample/sample.txt", "UTC",         # 9 rows, 2 without author (GMT)
     [chat(7, 9, RWA, "2017-07-12T22:35:00Z", "2018-09-28T13:30:00Z", span="all")]),
    ("wa_rwhatsapp_sample_zip/sample.zip", "UTC",
     [chat(7, 9, RWA, "2017-07-12T22:35:00Z", "2018-09-28T13:30:00Z", span="all")]),
    ("wa_rwhatsapp_inline/12h_ddmmyyyy.txt", "UTC",
     [chat(2, 2, INLINE, "2017-07-12T22:35:00Z", "2017-07-13T09:12:00Z", order=("DMY", "unambiguous"))]),
    ("wa_rwhatsapp_inline/12h_mmddyy.txt", "UTC",
     [chat(2, 2, INLINE, "2017-07-12T22:35:00Z", "2017-07-13T09:12:00Z", order=("MDY", "unambiguous"))]),
    ("wa_rwhatsapp_inline/french_a.txt", "UTC",       # a system line, then XXX
     [chat(1, 2, {"XXX": 1}, "2017-07-12T22:35:00Z", "2017-07-13T09:12:00Z", span="all")]),
    ("wa_mtln_arabic/arabic_android.txt", "UTC",      # 24/4/2022 2:07 and 2:08 PM
     [chat(2, 2, ["عمار لبنان", "الحمد الله"], "2022-04-24T14:07:00Z", "2022-04-24T14:08:00Z",
           order=("DMY", "unambiguous"))]),
    ("wa_pustur_short_chat/short-chat.txt", "UTC",    # all dates <= 12: either reading
     [chat(3, 5, {"Sample User": 1, "TestBot": 1, "+410123456789": 1},
           readings={"DMY": ("2017-03-06T00:45:00Z", "2017-05-08T01:48:00Z"),
                     "MDY": ("2017-06-03T00:45:00Z", "2017-09-04T01:50:00Z")})]),
    ("wa_not_a_chat/not-a-whatsapp-chat.txt", "UTC", []),          # a plain file, not a chat
    # --- Telegram Desktop
    ("tg_chatanalytics_DM_2A_7M/result.json", "UTC",
     [chat(6, 8, {"Alice": 4, "Bob": 2}, "2019-07-12T16:55:32Z", unix(1654898799))]),
    ("tg_chatanalytics_multichat/result.json", "UTC",
     [chat(2, 2, {"Alice": 1, "Bob": 1}, unix(1672574400), unix(1672574460)),
      chat(3, 4, {"Charlie": 1, "David": 1, "Eve": 1}, unix(1672660800), unix(1672747200))]),
    ("tg_tg2md_channel/ChatExport_tg2md", "UTC", [chat(18, 19, None)]),
    ("tg_innerdvations_saved/result.json", "UTC", [chat(20, 21, None)]),
    ("tg_chatminer_single/result.json", "UTC",
     [chat(2, 2, ["Author 1", "Author 2"], "2018-12-05T10:39:10Z", "2018-12-05T10:49:24Z")]),
    ("tg_chatminer_batch/result.json", "UTC",
     [chat(2, 2, ["Author 1", "Author 2"], "2018-12-05T10:39:10Z", "2018-12-05T10:49:24Z")]),
]


@pytest.mark.parametrize("rel, tz, chats", CASES, ids=[c[0].split("/")[0] for c in CASES])
def test_real_export_imports_with_the_readme_figures(vault, rel, tz, chats):
    path = _real(rel)
    res = import_paths(vault, [path], tz=tz)
    assert res.failed == []
    got = [it for it in res.items if it.source == "chat"]
    assert len(got) == len(chats), [it.source for it in res.items]
    if not chats:                       # not a chat: one plain file, and nothing said of chats
        assert len(res.items) == 1 and res.items[0].source == "import" and res.notes == []
        return
    for item, want in zip(got, chats):
        c = item.metadata["chat"]
        assert (c["counts"]["messages"], c["counts"]["total"]) == (want["messages"], want["total"])
        said = [m for m in c["messages"] if m.get("type") == "message" and m.get("from")]
        if isinstance(want["senders"], dict):
            assert {p["from"]: p["messages"] for p in c["participants"]} == want["senders"]
        elif want["senders"] is not None:
            assert list(dict.fromkeys(m["from"] for m in said)) == want["senders"]
        pool = [m["at"] for m in (said if want["span"] == "senders" else c["messages"]) if m.get("at")]
        span = (min(pool), max(pool))
        if want["readings"]:
            order = c["times"]["date_order"]
            assert order["basis"] in ("assumed", "message_order")         # ambiguous: and said so
            keys = [g["key"] for g in item.metadata["gaps"]]
            assert "chat.gap.date_order_" + order["basis"] in keys
            assert span in want["readings"].values()
            assert span == want["readings"][order["order"]]
        elif want["first"]:
            assert span == (want["first"], want["last"])
        if want["order"]:
            assert (c["times"]["date_order"]["order"], c["times"]["date_order"]["basis"]) == want["order"]


def test_real_attachments_missing_from_the_export_are_gaps(vault):
    """`Max Caulfield.vcf (Datei angehängt)` (a name with a space) and the iOS `<attached: …>` the
    export left out are attachments, each a gap at its message."""
    for rel, tz, names in (
            ("wa_whatsapp_to_sqlite_de/WhatsApp Chat mit Jane Doe.txt", "Europe/Berlin",
             ["VID-20181031-WA0007.mp4", "Max Caulfield.vcf"]),
            ("wa_language_whatsapp_ios/_chat.txt", "UTC",
             ["00000010-PHOTO-2020-11-02-21-49-51.jpg", "00000013-AUDIO-2020-11-02-21-50-21.opus"])):
        res = import_paths(vault, [_real(rel)], tz=tz)
        c = res.items[0].metadata["chat"]
        media = [x for m in c["messages"] for x in m.get("media", ())]
        assert [x["path"] for x in media] == names
        gaps = [g for m in c["messages"] for g in m.get("gaps", ())]
        assert [g["params"]["path"] for g in gaps] == names
        assert {g["key"] for g in gaps} == {"chat.gap.wa_missing"}


def test_real_short_chat_keeps_the_empty_line_of_a_message(vault):
    res = import_paths(vault, [_real("wa_pustur_short_chat/short-chat.txt")], tz="UTC")
    last = res.items[0].metadata["chat"]["messages"][-1]
    assert (last["from"], last["text"].rstrip("\n")) == ("+410123456789", "How are you?\n\nIs everything alright?")


def test_real_invalid_telegram_json_is_refused_as_bad_input(tmp_path):
    env, _, _ = _env(tmp_path)
    r = run_cli(["import", str(_real("tg_innerdvations_error/result.json"))], env)
    assert r.returncode == 2 and "cannot be read as JSON" in r.stderr and "Traceback" not in r.stderr
