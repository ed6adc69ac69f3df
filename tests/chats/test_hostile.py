"""Chat exports made to hurt: nesting that exhausts the stack, ZIPs that expand a thousandfold,
chats too long to hold. Each is refused in words, the other exports of the same import are still
imported, and nothing already stored is touched."""

from __future__ import annotations

import json
import zipfile

import pytest

from evidence_kit.chats import limits
from evidence_kit.importer import import_paths
from tests.chats import fixtures as fx
from tests.chats.test_cli import _env
from tests.core.helpers import cli_argv, run_cli, run_measured, snapshot

DEEP = 200_000


def deep_export(root):
    """A Telegram single-chat export whose message list is nested 200,000 deep."""
    folder = root / "ChatExport_2026-11-19"
    folder.mkdir(parents=True)
    head = '{"name": "Deep", "type": "personal_chat", "id": 7, "messages": '
    (folder / "result.json").write_text(head + "[" * DEEP + "]" * DEEP + "}", "utf-8")
    return folder


def bomb_zip(root, mib: int = 300):
    """A WhatsApp ZIP whose _chat.txt is `mib` MiB of one message line, repeated (deflate, level 9:
    a few hundred KB)."""
    root.mkdir(parents=True, exist_ok=True)
    line = "20.11.2026, 15:01 - Bob: I know where you live\n".encode()
    block = (line * ((1 << 20) // len(line) + 1))[: 1 << 20]
    p = root / "WhatsApp Chat - Bomb.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("_chat.txt", "w", force_zip64=True) as f:
            for _ in range(mib):
                f.write(block)
    return p


def test_deep_nesting_is_reported_and_the_export_beside_it_imported(tmp_path):
    env, home, _ = _env(tmp_path)
    src = tmp_path / "src"
    deep_export(src)
    fx.telegram_single(src)                  # ChatExport_2026-11-20, beside the deep one (read after it)
    r = run_cli(["import", src, "--tz", "Asia/Dushanbe", "--json"], env)
    assert "Traceback" not in r.stderr and "unexpected problem" not in r.stderr, r.stderr
    assert r.returncode == 1, r.stderr       # partly failed: the good one is sealed
    items = json.loads(r.stdout)
    assert [i["title"] for i in items] == ["Anvar"]
    assert "ChatExport_2026-11-19" in r.stderr and "nested" in r.stderr
    assert run_cli(["verify"], env).returncode == 0
    r = run_cli(["--lang", "ru", "import", src / "ChatExport_2026-11-19"], env)
    assert r.returncode == 2 and "вложен" in r.stderr and "Traceback" not in r.stderr, r.stderr


def test_deep_nesting_in_process_fails_one_export_only(vault, tmp_path):
    deep_export(tmp_path / "src")
    fx.telegram_single(tmp_path / "src")
    res = import_paths(vault, [tmp_path / "src"], tz="Asia/Dushanbe")
    assert [i.title for i in res.items] == ["Anvar"]
    assert [(p.endswith("ChatExport_2026-11-19"), e.key) for p, e in res.failed] == [(True, "chat.error.too_deep")]


def test_zip_bomb_is_refused_in_words_quickly_and_in_little_memory(tmp_path):
    env, home, _ = _env(tmp_path)
    fx.whatsapp_us(tmp_path / "first")
    assert run_cli(["import", tmp_path / "first"], env).returncode == 0
    before = snapshot(home / "vault")
    bomb = bomb_zip(tmp_path / "in")
    assert bomb.stat().st_size < 2 << 20
    r, peak_mib, seconds = run_measured(cli_argv("import", bomb, "--tz", "Asia/Dushanbe"), env, tmp_path,
                                        address_space_cap=3 << 30)
    assert "Traceback" not in r.stderr and "unexpected problem" not in r.stderr, r.stderr
    assert r.returncode == 2, r.stderr
    assert "_chat.txt" in r.stderr and "MiB" in r.stderr, r.stderr
    assert peak_mib <= 400, peak_mib
    assert seconds < 30, seconds
    after = snapshot(home / "vault")
    assert {k: v for k, v in after.items() if k in before} == before     # nothing stored was touched


def test_bomb_under_the_size_bound_is_refused_by_its_ratio(vault, tmp_path):
    bomb = bomb_zip(tmp_path, mib=limits.MAX_CHAT_TEXT_BYTES >> 21)      # half the size bound
    res = import_paths(vault, [bomb], tz="Asia/Dushanbe")
    assert res.items == [] and [e.key for _, e in res.failed] == ["chat.error.zip_ratio"]
    assert vault.item_count() == 0


def _wa_lines(n: int) -> str:
    return "".join(f"20.11.2026, 15:{k % 60:02d} - Bob: message {k}\n" for k in range(n))


def test_too_many_messages_are_refused(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_MESSAGES", 100)
    p = tmp_path / "WhatsApp Chat with Bob.txt"
    p.write_text(_wa_lines(101), "utf-8")
    res = import_paths(vault, [p], tz="Asia/Dushanbe")
    assert [e.key for _, e in res.failed] == ["chat.error.too_many_messages"]
    assert "100" in res.failed[0][1].message() and vault.item_count() == 0
    p.write_text(_wa_lines(100), "utf-8")
    assert len(import_paths(vault, [p], tz="Asia/Dushanbe").items) == 1


@pytest.mark.parametrize("newline", [True, False])
def test_a_message_too_long_is_refused_without_reading_it_whole(vault, tmp_path, monkeypatch, newline):
    monkeypatch.setattr(limits, "MAX_MESSAGE_CHARS", 10_000)
    p = tmp_path / "WhatsApp Chat with Bob.txt"
    body = ("x" * 100 + "\n") * 101 if newline else "x" * 10_100        # continued lines, or one line
    p.write_text(_wa_lines(40) + "20.11.2026, 16:00 - Bob: " + body + _wa_lines(2), "utf-8")
    res = import_paths(vault, [p], tz="Asia/Dushanbe")
    assert [e.key for _, e in res.failed] == ["chat.error.message_too_long"]
    assert "line 41" in res.failed[0][1].message() and vault.item_count() == 0


def test_a_chat_text_over_the_size_bound_is_refused(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CHAT_TEXT_BYTES", 1000)
    p = tmp_path / "WhatsApp Chat with Bob.txt"
    p.write_text(_wa_lines(40), "utf-8")
    res = import_paths(vault, [p], tz="Asia/Dushanbe")
    assert [e.key for _, e in res.failed] == ["chat.error.text_too_large"]
    z = fx.whatsapp_ios_zip(tmp_path / "z")
    monkeypatch.setattr(limits, "MAX_CHAT_TEXT_BYTES", 100)
    res = import_paths(vault, [z], tz="Asia/Dushanbe")
    assert [e.key for _, e in res.failed] == ["chat.error.text_too_large"]
    assert vault.item_count() == 0


def test_a_zip_member_that_expands_like_a_bomb_refuses_the_zip(vault, tmp_path):
    z = fx.whatsapp_ios_zip(tmp_path)
    with zipfile.ZipFile(z, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("00000009-DOCUMENT-2026-11-20-15-02-00.pdf", "w", force_zip64=True) as f:
            for _ in range((limits.RATIO_CHECK_FROM >> 20) + 1):
                f.write(bytes(1 << 20))
    res = import_paths(vault, [z], tz="Asia/Dushanbe")
    assert [e.key for _, e in res.failed] == ["chat.error.zip_ratio"]
    assert "00000009-DOCUMENT" in res.failed[0][1].message() and vault.item_count() == 0


def test_streamed_parse_reads_what_the_whole_text_gave(vault, tmp_path):
    """The same transcript as before streaming: CR LF, a line separator inside a message, UTF-16."""
    from evidence_kit.chats import whatsapp, zones

    text = fx.WA_ANDROID.format(canary="x").replace("\n", "\r\n") + "20.11.2026, 23:59 - Bob: a\u2028b\n"
    z = zones.zone("Asia/Dushanbe")
    whole = whatsapp.parse(text, z, has_file=lambda n: False)
    for enc in ("utf-8", "utf-16"):
        p = tmp_path / f"WhatsApp Chat with Bob {enc}.txt"
        p.write_bytes(text.encode(enc))
        res = import_paths(vault, [p], tz="Asia/Dushanbe")
        assert res.failed == [], res.failed
        got = vault.get(res.items[0].id).metadata["chat"]
        for m in got["messages"]:
            m.pop("gaps", None)          # the attachment is not beside it: said at its message
        assert got["messages"] == json.loads(json.dumps(whole.messages))
        assert got["export"]["encoding"] == enc


def test_undecodable_bytes_are_replaced_and_said(vault, tmp_path):
    p = tmp_path / "WhatsApp Chat with Bob.txt"
    p.write_bytes(_wa_lines(3).encode() + b"20.11.2026, 16:00 - Bob: bad \xff byte\n")
    res = import_paths(vault, [p], tz="Asia/Dushanbe")
    chat = vault.get(res.items[0].id).metadata["chat"]
    assert chat["export"]["encoding"] == "utf-8 (with undecodable bytes replaced)"
    assert chat["messages"][-1]["text"] == "bad \ufffd byte"


def test_bounds_are_far_above_real_exports():
    # WhatsApp exports at most 40,000 messages (10,000 with media), of at most 65,536 characters;
    # Telegram messages hold at most 4,096 characters
    assert limits.MAX_MESSAGES >= 5 * 40_000
    assert limits.MAX_MESSAGE_CHARS >= 10 * 65_536
    assert limits.MAX_CHAT_TEXT_BYTES >= 50 << 20          # "a few tens of MiB" after years
    # deflate's best ratio is about 1,000:1; real chat text packs about 3-10:1
    assert 20 <= limits.MAX_RATIO <= 200


def test_a_chat_is_stamped_without_reading_its_transcript_back(vault, tmp_path):
    """The digest kept at sealing is the one the sealed manifest gives (what a verifier computes)."""
    import hashlib

    from evidence_kit import timestamps

    res = import_paths(vault, [fx.whatsapp_android_folder(tmp_path / "src")], tz="Asia/Dushanbe")
    iid = res.items[0].id
    kept = timestamps._remembered(vault, iid)
    assert kept == hashlib.sha256(timestamps.record_bytes(vault.get(iid))).digest()
    assert kept == timestamps.record_digest(vault.get(iid))


def big_telegram_export(root, n: int):
    """A single-chat export of `n` messages, written a message at a time (as Telegram does)."""
    folder = root / "ChatExport_2026-11-22"
    folder.mkdir(parents=True)
    words = ("агар", "пул", "надиҳӣ", "канал", "заплати", "фото", "I", "know", "where", "😡")
    with open(folder / "result.json", "w", encoding="utf-8") as f:
        f.write('{\n "name": "Big",\n "type": "personal_chat",\n "id": 9,\n "messages": [\n')
        for k in range(n):
            text = " ".join(words[(k * 7 + j) % len(words)] for j in range(12))
            m = {"id": k + 1, "type": "message", "date": "2026-01-01T10:00:00", "date_unixtime": str(1767261600 + 60 * k),
                 "from": "Anvar", "from_id": "user5550001", "text": text,
                 "text_entities": [{"type": "plain", "text": text}]}
            f.write(("  " if k == 0 else ",\n  ") + json.dumps(m, ensure_ascii=False, indent=1).replace("\n", "\n  "))
        f.write("\n ]\n}\n")
    return folder


def test_a_large_telegram_export_is_read_a_message_at_a_time(tmp_path):
    """Memory follows the transcript, not the JSON: json.load held every message's dict at once."""
    env, home, _ = _env(tmp_path)
    folder = big_telegram_export(tmp_path / "src", 60_000)
    assert (folder / "result.json").stat().st_size > 25 << 20
    r, peak_mib, seconds = run_measured(cli_argv("import", folder), env, tmp_path,
                                        address_space_cap=3 << 30)
    assert r.returncode == 0, r.stderr
    [item] = json.loads(run_cli(["list", "--json"], env).stdout)
    assert item["title"] == "Big"
    assert peak_mib <= 180, peak_mib            # 256 MiB when json.load read it whole
    r = run_cli(["show", item["id"], "--json"], env)
    msgs = json.loads(r.stdout)["metadata"]["chat"]["messages"]
    assert len(msgs) == 60_000 and msgs[-1]["id"] == 60_000 and msgs[-1]["at"] == "2026-02-12T01:59:00Z"


def test_nesting_inside_a_message_is_refused_before_any_parser_recurses(vault, tmp_path):
    folder = tmp_path / "ChatExport_2026-11-23"
    folder.mkdir()
    msg = '{"id": 1, "type": "message", "date": "2026-01-01T10:00:00", "text": ' + "[" * DEEP + "]" * DEEP + "}"
    (folder / "result.json").write_text('{"name": "D", "type": "personal_chat", "id": 1, "messages": [' + msg + "]}")
    res = import_paths(vault, [folder], tz="Asia/Dushanbe")
    assert [e.key for _, e in res.failed] == ["chat.error.too_deep"] and vault.item_count() == 0
