"""Made-up chat exports (never real people's chats), written the way Telegram Desktop and WhatsApp
write theirs. Every function returns the path to give to the importer and what the tests expect.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

CANARY = "ekcanaryChat5Tq"
LEFT_OUT = "(File not included. Change data exporting settings to download.)"
TOO_BIG = "(File exceeds maximum size. Change data exporting settings to download.)"
THREAT_TG = "Агар пул надиҳӣ, аксҳоят дар канал мешаванд"
THREAT_RU = "Заплати до пятницы, иначе фото уйдут в канал"
RTL_EMOJI = "😡 سلام"
DUSHANBE = timezone(timedelta(hours=5))


def picture(color=(200, 40, 40), size=(64, 48), fmt="JPEG") -> bytes:
    from PIL import Image

    img = Image.new("RGB", size, color)
    for x in range(size[0]):
        img.putpixel((x, x % size[1]), (255, 255, 255))
    out = io.BytesIO()
    img.save(out, fmt)
    return out.getvalue()


VOICE = b"OggS\x00\x02" + bytes(range(200)) * 3


def _times(utc: datetime, local_tz=DUSHANBE) -> dict:
    """Telegram's pair: `date` in the exporting computer's zone (no offset), `date_unixtime` UTC."""
    return {"date": utc.astimezone(local_tz).replace(tzinfo=None).isoformat(timespec="seconds"),
            "date_unixtime": str(int(utc.timestamp()))}


T0 = datetime(2026, 11, 20, 10, 4, 5, tzinfo=timezone.utc)


def telegram_chat_messages(prefix: str = "", *, canary: bool = True) -> list[dict]:
    t = lambda minutes: _times(T0 + timedelta(minutes=minutes))  # noqa: E731
    return [
        {"id": 101, "type": "service", **t(-5), "actor": "Anvar", "actor_id": "user5550001",
         "action": "phone_call", "duration_seconds": 12, "discard_reason": "hangup", "text": "",
         "text_entities": []},
        {"id": 102, "type": "message", **t(0), "from": "Anvar", "from_id": "user5550001",
         "text": THREAT_TG, "text_entities": [{"type": "plain", "text": THREAT_TG}]},
        {"id": 103, "type": "message", **t(1), "from": "Me", "from_id": "user5550002",
         "reply_to_message_id": 102, "text": "Не пиши мне больше.", "text_entities": []},
        {"id": 104, "type": "message", **t(2), "edited": _times(T0 + timedelta(minutes=9))["date"],
         "edited_unixtime": _times(T0 + timedelta(minutes=9))["date_unixtime"],
         "from": "Anvar", "from_id": "user5550001", "forwarded_from": "Leaks Channel",
         "text": [THREAT_RU + " ", {"type": "link", "text": "https://t.me/leaks_example/7"},
                  " и ", {"type": "text_link", "text": "здесь", "href": "https://example.org/" + (CANARY if canary else "x")},
                  {"type": "bold", "text": " !"}],
         "text_entities": []},
        {"id": 105, "type": "message", **t(6), "from": "Anvar", "from_id": "user5550001",
         "photo": f"{prefix}photos/photo_1@20-11-2026_15-10-05.jpg", "width": 64, "height": 48, "text": ""},
        {"id": 106, "type": "message", **t(7), "from": "Anvar", "from_id": "user5550001",
         "file": f"{prefix}voice_messages/audio_1@20-11-2026_15-11-05.ogg", "media_type": "voice_message",
         "mime_type": "audio/ogg", "duration_seconds": 4, "text": ""},
        {"id": 107, "type": "message", **t(8), "from": "Anvar", "from_id": "user5550001",
         "file": LEFT_OUT, "thumbnail": LEFT_OUT, "media_type": "video_file", "mime_type": "video/mp4",
         "duration_seconds": 30, "width": 720, "height": 1280, "text": "смотри"},
        {"id": 108, "type": "message", **t(10), "from": "Anvar", "from_id": "user5550001",
         "text": RTL_EMOJI + (" " + CANARY if canary else ""), "text_entities": []},
        {"id": 109, "type": "service", **t(11), "actor": "Me", "actor_id": "user5550002",
         "action": "pin_message", "message_id": 102, "text": ""},
    ]


def telegram_single(root: Path, *, canary: bool = True) -> Path:
    """A single-chat export folder, as Telegram Desktop writes it (ChatExport_…/result.json)."""
    folder = root / "ChatExport_2026-11-20"
    (folder / "photos").mkdir(parents=True)
    (folder / "voice_messages").mkdir()
    (folder / "photos" / "photo_1@20-11-2026_15-10-05.jpg").write_bytes(picture())
    (folder / "voice_messages" / "audio_1@20-11-2026_15-11-05.ogg").write_bytes(VOICE)
    chat = {"name": "Anvar", "type": "personal_chat", "id": 5550001,
            "messages": telegram_chat_messages(canary=canary)}
    (folder / "result.json").write_text(json.dumps(chat, ensure_ascii=False, indent=1), "utf-8")
    return folder


def telegram_account(root: Path) -> Path:
    """A full-account export: personal data, contacts, two chats and a chat she left."""
    folder = root / "DataExport_2026-11-21"
    (folder / "profile_pictures").mkdir(parents=True)
    (folder / "profile_pictures" / "photo_1.jpg").write_bytes(picture((10, 10, 200)))
    c1 = folder / "chats" / "chat_001"
    (c1 / "photos").mkdir(parents=True)
    (c1 / "voice_messages").mkdir()
    (c1 / "photos" / "photo_1@20-11-2026_15-10-05.jpg").write_bytes(picture())
    (c1 / "voice_messages" / "audio_1@20-11-2026_15-11-05.ogg").write_bytes(VOICE)
    group_msgs = [
        {"id": 1, "type": "service", **_times(T0), "actor": "Anvar", "actor_id": "user5550001",
         "action": "create_group", "title": "Dushanbe gossip", "members": ["Anvar", "Me"], "text": ""},
        {"id": 2, "type": "message", **_times(T0 + timedelta(hours=1)), "from": "Karim", "from_id": "user5550003",
         "text": "Её адрес: улица Рудаки 1", "text_entities": []},
        {"id": 3, "type": "message", **_times(T0 + timedelta(hours=2)), "from": "Karim", "from_id": "user5550003",
         "photo": "chats/chat_002/photos/photo_2@20-11-2026_17-04-05.jpg", "text": "вот она"},
    ]
    left_msgs = [{"id": 77, "type": "message", **_times(T0 - timedelta(days=3)), "from": "Stranger",
                  "from_id": "user5550009", "text": "Ты меня не знаешь", "text_entities": []}]
    data = {
        "about": "Here is the data you requested. Remember: Telegram is ad free.",
        "personal_information": {"user_id": 5550002, "first_name": "Me", "last_name": "",
                                 "phone_number": "+992 900 000 000", "username": "", "bio": ""},
        "profile_pictures": [{"date": "2026-01-01T10:00:00", "date_unixtime": "1767261600",
                              "photo": "profile_pictures/photo_1.jpg"}],
        "contacts": {"about": "contacts", "list": [{"first_name": "Mom", "phone_number": "+992 900 111 111"}]},
        "chats": {"about": "This page lists all chats from this export.", "list": [
            {"name": "Anvar", "type": "personal_chat", "id": 5550001,
             "messages": telegram_chat_messages("chats/chat_001/")},
            {"name": "Dushanbe gossip", "type": "private_group", "id": 4440001, "messages": group_msgs},
        ]},
        "left_chats": {"about": "Chats you left.", "list": [
            {"name": "Old group", "type": "private_supergroup", "id": 3330001, "messages": left_msgs}]},
    }
    (folder / "result.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
    return folder


# ----------------------------------------------------------------------------- WhatsApp
WA_ANDROID = """\
20.11.2026, 15:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
20.11.2026, 15:01 - Bob: Ты получишь своё.
Я знаю, где ты живёшь.
Улица Рудаки 1
20.11.2026, 15:02 - Me: Оставь меня в покое
20.11.2026, 15:03 - Bob: IMG-20261120-WA0001.jpg (file attached)
вот твоё фото
20.11.2026, 15:04 - Bob: <Media omitted>
20.11.2026, 15:05 - Bob: This message was deleted
20.11.2026, 15:06 - Bob: Заплати {canary} <This message was edited>
20.11.2026, 23:59 - Bob: PTT-20261120-WA0002.opus (file attached)
"""

WA_ANDROID_US = """\
12/31/26, 11:58\u202fPM - Bob: first line
second line
1/1/27, 12:01\u202fAM - Me: happy new year
1/2/27, 9:15\u202fAM - Bob: <Media omitted>
"""

WA_IOS = """\
[20.11.26, 15:00:00] Bob: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[20.11.26, 15:01:07] Bob: Я опубликую всё
и твой номер тоже
[20.11.26, 15:02:00] Bob: \u200e<attached: 00000003-PHOTO-2026-11-20-15-02-00.jpg>
[20.11.26, 15:03:00] Bob: \u200eimage omitted
[20.11.26, 15:04:30] Me: Я иду в полицию {canary}
"""


def whatsapp_android_folder(root: Path, *, canary: bool = True) -> Path:
    folder = root / "WhatsApp Chat with Bob"
    folder.mkdir(parents=True)
    (folder / "IMG-20261120-WA0001.jpg").write_bytes(picture((20, 160, 20)))
    # PTT-…opus is named by the text but missing: a gap
    (folder / "WhatsApp Chat with Bob.txt").write_text(WA_ANDROID.format(canary=CANARY if canary else "x"), "utf-8")
    return folder


def whatsapp_android_txt(root: Path) -> Path:
    """The .txt given on its own, its attachment beside it in a folder of other things."""
    folder = whatsapp_android_folder(root)
    return folder / "WhatsApp Chat with Bob.txt"


def whatsapp_us(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    p = root / "WhatsApp Chat with Bob US.txt"
    p.write_text(WA_ANDROID_US, "utf-8")
    return p


def whatsapp_ios_zip(root: Path, *, canary: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    p = root / "WhatsApp Chat - Bob.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", WA_IOS.format(canary=CANARY if canary else "x"))
        zf.writestr("00000003-PHOTO-2026-11-20-15-02-00.jpg", picture((30, 30, 160)))
    return p
