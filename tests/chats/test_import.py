"""Chat exports become one sealed item per chat: byte-identical files, a transcript, UTC times, gaps."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from evidence_kit.chats import import_export, mark, marked_in, plan
from evidence_kit.errors import BadInput
from evidence_kit.importer import import_paths
from tests.chats import fixtures as fx


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def by_id(chat: dict) -> dict:
    return {m.get("id"): m for m in chat["messages"]}


def only(vault, paths, **kw):
    res = import_paths(vault, paths, **kw)
    assert res.failed == []
    return res


def test_telegram_single_chat(vault, tmp_path):
    folder = fx.telegram_single(tmp_path)
    res = only(vault, [folder], case="Дело 1", tz="Asia/Dushanbe")
    assert len(res.items) == 1 and vault.item_count() == 1        # the folder is one export, not 3 files
    item = vault.get(res.items[0].id)
    assert item.source == "chat" and item.case == "Дело 1" and item.title == "Anvar"
    # every file byte-identical, the export file first
    on_disk = {"result.json": folder / "result.json",
               "photos_photo_1@20-11-2026_15-10-05.jpg": folder / "photos/photo_1@20-11-2026_15-10-05.jpg",
               "voice_messages_audio_1@20-11-2026_15-11-05.ogg": folder / "voice_messages/audio_1@20-11-2026_15-11-05.ogg"}
    assert [a.name for a in item.artifacts] == list(on_disk)
    for name, path in on_disk.items():
        data = path.read_bytes()
        assert vault.read_artifact(item.id, name) == data
        assert item.artifact(name).sha256 == sha(data)
    assert item.artifacts[0].role == "chat_export"
    chat = item.metadata["chat"]
    assert (chat["platform"], chat["name"], chat["type"], chat["telegram_id"]) == ("telegram", "Anvar", "personal_chat", 5550001)
    assert chat["export"]["sha256"] == sha((folder / "result.json").read_bytes())
    m = by_id(chat)
    assert [x["id"] for x in chat["messages"]] == list(range(101, 110))
    # UTC from date_unixtime; `date` is the exporting computer's clock (here five hours ahead)
    assert m[102]["at"] == "2026-11-20T10:04:05Z" and m[102]["local"] == "2026-11-20T15:04:05"
    assert chat["times"]["source"] == "date_unixtime"
    assert chat["times"]["export_computer_offsets"] == {"+05:00": 9 + 1}
    assert (m[102]["from"], m[102]["from_id"], m[102]["text"]) == ("Anvar", "user5550001", fx.THREAT_TG)
    assert m[103]["reply_to"] == 102
    assert m[104]["edited_at"] == "2026-11-20T10:13:05Z" and m[104]["forwarded_from"] == "Leaks Channel"
    # the mixed text array flattened, links kept
    assert m[104]["text"] == fx.THREAT_RU + " https://t.me/leaks_example/7 и здесь !"
    assert {"text": "здесь", "url": "https://example.org/" + fx.CANARY} in m[104]["links"]
    assert {"text": "https://t.me/leaks_example/7", "url": "https://t.me/leaks_example/7"} in m[104]["links"]
    assert m[101]["type"] == "service" and m[101]["action"] == "phone_call"
    assert m[101]["action_params"] == {"duration_seconds": 12, "discard_reason": "hangup"}
    assert m[109]["action"] == "pin_message" and m[109]["action_params"] == {"message_id": 102}
    assert m[105]["media"] == [{"kind": "photo", "path": "photos/photo_1@20-11-2026_15-10-05.jpg",
                                "artifact": "photos_photo_1@20-11-2026_15-10-05.jpg"}]
    assert m[106]["media"][0]["kind"] == "voice_message" and m[106]["media"][0]["artifact"].endswith(".ogg")
    # the file Telegram left out is a gap in words, at its message, never dropped
    assert [g["key"] for g in m[107]["gaps"]] == ["chat.gap.not_included"] * 2
    assert m[107]["gaps"][0]["params"] == {"kind": "video_file", "said": fx.LEFT_OUT}
    assert item.metadata["gaps"] == [{"key": "chat.gap.not_included_count", "params": {"count": 2}}]
    assert chat["counts"] == {"messages": 7, "service": 2, "total": 9, "media": 2, "gaps": 2}
    assert vault.verify().ok


def test_telegram_without_unixtime_reads_local_times_in_the_stated_zone(vault, tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    msgs = [{"id": 1, "type": "message", "date": "2020-03-01T12:00:00", "from": "A", "from_id": "user1", "text": "x"}]
    (folder / "result.json").write_text(json.dumps({"name": "A", "type": "personal_chat", "id": 1, "messages": msgs}))
    assert plan([folder]).needs_zone
    item = vault.get(only(vault, [folder], tz="Europe/Moscow").items[0].id)
    m = item.metadata["chat"]["messages"][0]
    assert m["at"] == "2020-03-01T09:00:00Z" and m["at_from_stated_zone"] is True
    assert item.metadata["chat"]["times"]["zone"] == {"zone": "Europe/Moscow", "how": "stated"}


def test_telegram_full_account_one_item_per_chat_without_personal_data(vault, tmp_path):
    folder = fx.telegram_account(tmp_path)
    whole = (folder / "result.json").read_bytes()
    res = only(vault, [folder], tz="Asia/Dushanbe")
    assert [i.title for i in res.items] == ["Anvar", "Dushanbe gossip", "Old group"]
    assert ("chat.note.account_files_left_out", {"count": 1}) in res.notes      # the profile picture
    for it in res.items:
        full = vault.get(it.id)
        export = full.metadata["chat"]["export"]
        span = export["span"]
        data = vault.read_artifact(it.id, export["artifact"])
        assert data == whole[span["start"]:span["end"]]                  # the chat's own bytes, exactly
        assert json.loads(data)["name"] == it.title
        assert export["whole_file"] == {"sha256": sha(whole), "size": len(whole)}
        for a in full.artifacts:                                       # nothing of her account's data
            blob = vault.read_artifact(it.id, a.name)
            assert b"+992 900 000 000" not in blob and b"+992 900 111 111" not in blob
    anvar = vault.get(res.items[0].id)
    photo = (folder / "chats/chat_001/photos/photo_1@20-11-2026_15-10-05.jpg").read_bytes()
    assert vault.read_artifact(anvar.id, by_id(anvar.metadata["chat"])[105]["media"][0]["artifact"]) == photo
    group = vault.get(res.items[1].id).metadata["chat"]
    assert by_id(group)[3]["gaps"][0]["key"] == "chat.gap.missing_file"
    assert by_id(group)[1]["action_params"]["members"] == ["Anvar", "Me"]
    assert vault.get(res.items[2].id).metadata["chat"]["left"] is True
    # the same export again: nothing new, and it says which exhibits hold it
    again = import_paths(vault, [folder])
    assert again.items == [] and [d[1] for d in again.duplicates] == ["EK-0001", "EK-0002", "EK-0003"]


def test_full_account_whole_file_only_when_asked(vault, tmp_path):
    folder = fx.telegram_account(tmp_path)
    res = only(vault, [folder], include_account_data=True)
    whole = (folder / "result.json").read_bytes()
    for it in res.items:
        a = it.artifact("chat_export_whole")
        assert a is not None and a.sha256 == sha(whole)


def test_whatsapp_android_folder(vault, tmp_path):
    folder = fx.whatsapp_android_folder(tmp_path)
    res = only(vault, [folder], tz="Asia/Dushanbe")
    assert len(res.items) == 1 and vault.item_count() == 1
    item = vault.get(res.items[0].id)
    assert item.title == "Bob"
    txt = (folder / "WhatsApp Chat with Bob.txt").read_bytes()
    assert vault.read_artifact(item.id, "WhatsApp Chat with Bob.txt") == txt
    assert vault.read_artifact(item.id, "IMG-20261120-WA0001.jpg") == (folder / "IMG-20261120-WA0001.jpg").read_bytes()
    chat = item.metadata["chat"]
    ms = chat["messages"]
    assert [m["n"] for m in ms] == list(range(1, 9))
    assert ms[0]["type"] == "service" and "from" not in ms[0]
    assert ms[1]["text"] == "Ты получишь своё.\nЯ знаю, где ты живёшь.\nУлица Рудаки 1"     # multi-line
    # the phone's 15:01 in the zone she stated is 10:01 UTC; the local time is kept as written
    assert ms[1]["at"] == "2026-11-20T10:01:00Z" and ms[1]["local"] == "2026-11-20T15:01:00"
    assert ms[3]["media"] == [{"kind": "photo", "path": "IMG-20261120-WA0001.jpg", "artifact": "IMG-20261120-WA0001.jpg"}]
    assert ms[3]["text"] == "вот твоё фото"
    assert ms[4]["gaps"] == [{"key": "chat.gap.wa_omitted", "params": {"kind": "media", "said": "<Media omitted>"}}]
    assert ms[5]["deleted"] is True
    assert ms[6]["edited"] is True and ms[6]["text"] == f"Заплати {fx.CANARY}"
    assert ms[7]["gaps"][0]["key"] == "chat.gap.wa_missing" and ms[7]["media"][0]["kind"] == "voice_message"
    assert chat["times"]["zone"] == {"zone": "Asia/Dushanbe", "how": "stated"}
    assert chat["times"]["date_order"] == {"order": "DMY", "basis": "unambiguous"}
    assert {"key": "chat.gap.zone_stated", "params": {"zone": "Asia/Dushanbe"}} in item.metadata["gaps"]


def test_whatsapp_txt_alone_takes_only_its_attachments(vault, tmp_path):
    txt = fx.whatsapp_android_txt(tmp_path)
    (txt.parent / "unrelated.pdf").write_bytes(b"%PDF-1.4 not part of it")
    res = only(vault, [txt], tz="Asia/Dushanbe")
    assert [a.name for a in res.items[0].artifacts] == ["WhatsApp Chat with Bob.txt", "IMG-20261120-WA0001.jpg"]


def test_whatsapp_ios_zip_read_inside_the_zip(vault, tmp_path):
    z = fx.whatsapp_ios_zip(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    item = vault.get(only(vault, [z], tz="Asia/Dushanbe").items[0].id)
    assert sorted(p.name for p in tmp_path.iterdir()) == before          # nothing unpacked beside it
    with zipfile.ZipFile(z) as zf:
        for name in ("_chat.txt", "00000003-PHOTO-2026-11-20-15-02-00.jpg"):
            assert vault.read_artifact(item.id, name) == zf.read(name)
    chat = item.metadata["chat"]
    assert chat["export_kind"] == "whatsapp_zip" and chat["export"]["layout"] == "ios"
    assert chat["export"]["zip_sha256"] == sha(z.read_bytes())
    ms = chat["messages"]
    assert ms[0]["type"] == "service" and not ms[0]["text"].startswith("\u200e")
    assert ms[1]["text"] == "Я опубликую всё\nи твой номер тоже" and ms[1]["at"] == "2026-11-20T10:01:07Z"
    assert ms[2]["media"][0]["artifact"] == "00000003-PHOTO-2026-11-20-15-02-00.jpg"
    assert ms[3]["gaps"][0]["params"] == {"kind": "photo", "said": "image omitted"}


def test_whatsapp_twelve_hour_month_first(vault, tmp_path):
    item = vault.get(only(vault, [fx.whatsapp_us(tmp_path)], tz="America/New_York").items[0].id)
    ms = item.metadata["chat"]["messages"]
    assert [m["local"] for m in ms] == ["2026-12-31T23:58:00", "2027-01-01T00:01:00", "2027-01-02T09:15:00"]
    assert ms[0]["at"] == "2027-01-01T04:58:00Z"
    assert ms[0]["text"] == "first line\nsecond line"
    assert item.metadata["chat"]["times"]["date_order"]["order"] == "MDY"


def test_zone_defaults_to_this_computer_and_says_so(vault, tmp_path, monkeypatch):
    from evidence_kit.chats import zones

    monkeypatch.setattr(zones, "computer_zone_name", lambda: "Asia/Tashkent")
    item = vault.get(only(vault, [fx.whatsapp_us(tmp_path)]).items[0].id)
    assert item.metadata["chat"]["times"]["zone"] == {"zone": "Asia/Tashkent", "how": "computer"}
    assert item.metadata["gaps"][0] == {"key": "chat.gap.zone_computer", "params": {"zone": "Asia/Tashkent"}}


def test_bad_zone_is_refused_before_anything_is_stored(vault, tmp_path):
    with pytest.raises(BadInput) as e:
        import_paths(vault, [fx.whatsapp_us(tmp_path)], tz="Asia/Nowhere")
    assert "Asia/Nowhere" in e.value.message("en")
    assert vault.item_count() == 0


def test_a_path_outside_the_export_is_never_read(vault, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(fx.picture())
    folder = tmp_path / "exp"
    folder.mkdir()
    msgs = [{"id": 1, "type": "message", "date": "2026-01-01T00:00:00", "date_unixtime": "1767225600",
             "from": "A", "from_id": "user1", "photo": "../secret.jpg", "text": ""}]
    (folder / "result.json").write_text(json.dumps({"name": "A", "type": "personal_chat", "id": 1, "messages": msgs}))
    item = vault.get(only(vault, [folder]).items[0].id)
    assert [a.name for a in item.artifacts] == ["result.json"]
    assert item.metadata["chat"]["messages"][0]["gaps"][0]["key"] == "chat.gap.outside"


def test_a_damaged_export_fails_in_words_and_stores_nothing(vault, tmp_path):
    folder = fx.telegram_single(tmp_path)
    data = (folder / "result.json").read_bytes()
    (folder / "result.json").write_bytes(data[: len(data) // 2])       # cut short
    res = import_paths(vault, [folder])
    assert res.items == [] and "cannot be read as JSON" in res.failed[0][1].message("en")
    bad = tmp_path / "chat.json"
    bad.write_text('{"name": "x", "type": "personal_chat", "id": 1, "messages": [{"id": 1, "type": "message", "date": "2026-01-01T00:00:00"}, oops]}')
    res = import_paths(vault, [bad])
    assert res.items == [] and len(res.failed) == 1
    assert "cannot be read as JSON" in res.failed[0][1].message("en")
    assert vault.verify().ok and not vault.verify().unreferenced


def test_a_zip_that_is_not_whatsapp_is_a_plain_file(vault, tmp_path):
    z = tmp_path / "photos.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("notes.txt", "just some notes\n")
    res = only(vault, [z])
    assert res.items[0].source == "import"


def test_marks_are_custody_entries(vault, tmp_path):
    item = only(vault, [fx.telegram_single(tmp_path)]).items[0]
    assert mark(vault, item.id, [2, 4, 5]) == [2, 4, 5]
    assert mark(vault, item.exhibit, [4], marked=False) == [2, 5]
    entries = [r["entry"] for r in vault.custody_log(item.id) if r["entry"]["event"] == "messages_marked"]
    assert [e["details"] for e in entries] == [{"messages": [2, 4, 5], "marked": True},
                                             {"messages": [4], "marked": False}]
    assert marked_in(vault.custody_log(item.id), item.id) == [2, 5]
    with pytest.raises(BadInput):
        mark(vault, item.id, [99])
    assert vault.verify().ok
    # the sealed item never changed
    assert vault.get(item.id).metadata == vault.get(item.id).metadata


def test_several_exports_in_one_folder_each_sealed_once(vault, tmp_path):
    root = tmp_path / "Downloads"
    fx.whatsapp_android_folder(root)
    fx.whatsapp_us(root)
    fx.whatsapp_ios_zip(root)
    (root / "cat.jpg").write_bytes(fx.picture((1, 2, 3)))
    res = only(vault, [root], tz="Asia/Dushanbe")
    kinds = sorted((i.source, i.title) for i in res.items)
    assert kinds == [("chat", "Bob"), ("chat", "Bob"), ("chat", "Bob US"), ("import", "cat.jpg")]


def test_chat_spans_survive_brackets_and_escapes_inside_strings(tmp_path):
    from evidence_kit.chats import jsonscan

    tricky = 'он написал: "}]{[\\\\" и ушёл \\u0041 ]]'
    data = {"about": "x", "personal_information": {"phone_number": "+1"},
            "chats": {"about": "[{", "list": [{"name": "a}", "type": "personal_chat", "id": 1, "messages": [
                {"id": 1, "type": "message", "date": "2026-01-01T00:00:00", "text": tricky}]},
                {"name": "b", "type": "private_group", "id": 2, "messages": []}]},
            "left_chats": {"list": []}}
    raw = json.dumps(data, ensure_ascii=False, indent=2).encode()
    spans = list(jsonscan.chat_spans(raw))
    assert [(s.list_name, s.index) for s in spans] == [("chats", 0), ("chats", 1)]
    assert [json.loads(raw[s.start:s.end]) for s in spans] == data["chats"]["list"]
    assert jsonscan.top_keys(raw) == ["about", "personal_information", "chats", "left_chats"]


def test_telegram_html_export_is_kept_file_by_file_with_advice(vault, tmp_path):
    folder = tmp_path / "ChatExport_html"
    (folder / "css").mkdir(parents=True)
    (folder / "css" / "style.css").write_text("body{}")
    (folder / "messages.html").write_text("<!DOCTYPE html><html><body>threat</body></html>")
    res = import_paths(vault, [folder])
    assert sorted(i.title for i in res.items) == ["messages.html", "style.css"]
    assert [k for k, _ in res.notes] == ["chat.note.telegram_html"]
