"""Telegram Desktop's machine-readable export ("Export chat history" → JSON) to a transcript.

One chat is `{"name", "type", "id", "messages": [...]}` (a single-chat export is exactly that; a
full-account export holds them in `chats.list` and `left_chats.list`). Each message becomes one
transcript entry (see `evidence_kit/chats/__init__.py` for its fields). Times come from
`date_unixtime` (seconds since the epoch: UTC); `date` is the exporting computer's wall clock
without a zone and is kept beside it, as written. Exports made before `date_unixtime` existed only
have `date`: those are read in the zone the collector states, and the record says so.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable

from ..timeutil import to_iso
from .zones import StatedZone, localise, offset_text

# message fields that name a file of the export, and what the file is
MEDIA_FIELDS = ("photo", "file", "thumbnail", "contact_vcard")
# service-message fields worth keeping beside the action (the rest are Telegram's internals)
ACTION_FIELDS = ("title", "members", "message_id", "duration_seconds", "discard_reason", "inviter",
                 "period_seconds", "game_message_id", "score", "amount", "currency", "emoticon",
                 "boosts", "reason_domain", "new_title", "new_icon_emoji_id")
# a value Telegram writes instead of a path when it left the file out, e.g.
# "(File not included. Change data exporting settings to download.)"
#  "(File exceeds maximum size. Change data exporting settings to download.)"
#  "(File unavailable, please try again later)"


def is_left_out(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("(") and value.endswith(")") and "ile" in value


def looks_like_chat(obj: Any) -> bool:
    """A chat object of a Telegram export: a list of messages with ids and types."""
    if not isinstance(obj, dict) or not isinstance(obj.get("messages"), list):
        return False
    # (files cut down by other tools keep the messages' type and time but may drop their ids)
    for m in obj["messages"][:5]:
        if not (isinstance(m, dict) and "type" in m and ("date" in m or "date_unixtime" in m)):
            return False
    return True


def flatten_text(text: Any) -> tuple[str, list[dict], list[dict]]:
    """Telegram's `text` (a string, or a list of strings and entities) as plain text, with the
    links (`[{"text", "url"}]`) and mentions of people by id (`[{"text", "user_id"}]`) kept."""
    if text is None:
        return "", [], []
    if isinstance(text, str):
        return text, [], []
    parts: list[str] = []
    links: list[dict] = []
    mentions: list[dict] = []
    items = text if isinstance(text, list) else [text]
    for piece in items:
        if isinstance(piece, str):
            parts.append(piece)
            continue
        if not isinstance(piece, dict):
            parts.append(str(piece))
            continue
        shown = piece.get("text")
        shown = shown if isinstance(shown, str) else flatten_text(shown)[0]
        parts.append(shown)
        kind = piece.get("type")
        if kind == "text_link" and piece.get("href"):
            links.append({"text": shown, "url": str(piece["href"])})
        elif kind == "link":
            links.append({"text": shown, "url": shown})
        elif kind == "mention_name" and piece.get("user_id") is not None:
            mentions.append({"text": shown, "user_id": str(piece["user_id"])})
        elif kind == "email":
            links.append({"text": shown, "url": "mailto:" + shown})
    return "".join(parts), links, mentions


def _unix(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(str(value)), timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _local(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt.replace(tzinfo=None)


class TimeReader:
    """UTC from `*_unixtime`; from the local `date` in the stated zone when there is no unixtime.
    Remembers which it had to do and the exporting computer's offsets it saw."""

    def __init__(self, zone: StatedZone):
        self.zone = zone
        self.from_unix = 0
        self.from_local = 0
        self.unknown = 0
        self.offsets: dict[str, int] = {}
        self.clock_changes = 0

    def read(self, local_value: Any, unix_value: Any) -> tuple[str | None, bool]:
        """(UTC time as ISO 8601, whether the time is from the stated zone rather than the export)."""
        utc = _unix(unix_value) if unix_value is not None else None
        local = _local(local_value)
        if utc is not None:
            self.from_unix += 1
            if local is not None:
                off = offset_text(local - utc.replace(tzinfo=None))
                self.offsets[off] = self.offsets.get(off, 0) + 1
            return to_iso(utc), False
        if local is not None:
            aware, odd = localise(local, self.zone.tz)
            self.from_local += 1
            self.clock_changes += int(odd)
            return to_iso(aware), True
        self.unknown += 1
        return None, False

    def summary(self) -> dict:
        if self.from_local:
            source = "date_local" if not self.from_unix else "mixed"
        else:
            source = "date_unixtime"
        out: dict[str, Any] = {"source": source}
        if self.from_local:
            out["zone"] = self.zone.to_dict()
            if self.clock_changes:
                out["clock_change_times"] = self.clock_changes
        if self.offsets:
            out["export_computer_offsets"] = dict(sorted(self.offsets.items()))
        if self.unknown:
            out["without_time"] = self.unknown
        return out


def _media_kind(field: str, msg: dict) -> str:
    if field == "photo":
        return "photo"
    if field == "thumbnail":
        return "thumbnail"
    if field == "contact_vcard":
        return "contact_card"
    return str(msg.get("media_type") or "file")


def _scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool)) or v is None


def message(msg: dict, n: int, times: TimeReader) -> dict:
    """One exported message as a transcript entry (media paths not yet resolved to artifacts)."""
    out: dict[str, Any] = {"n": n, "id": msg.get("id"), "type": str(msg.get("type") or "message")}
    at, stated = times.read(msg.get("date"), msg.get("date_unixtime"))
    out["at"] = at
    if stated:
        out["at_from_stated_zone"] = True
    if isinstance(msg.get("date"), str):
        out["local"] = msg["date"]
    if out["type"] == "service":
        if msg.get("actor") is not None or msg.get("actor_id") is not None:
            out["from"] = msg.get("actor")
            out["from_id"] = msg.get("actor_id")
        out["action"] = msg.get("action")
        params = {k: msg[k] for k in ACTION_FIELDS if k in msg and (
            _scalar(msg[k]) or (isinstance(msg[k], list) and all(_scalar(x) for x in msg[k])))}
        if params:
            out["action_params"] = params
    else:
        if "from" in msg or "from_id" in msg:
            out["from"] = msg.get("from")
            out["from_id"] = msg.get("from_id")
    text, links, mentions = flatten_text(msg.get("text"))
    out["text"] = text
    if links:
        out["links"] = links
    if mentions:
        out["mentions"] = mentions
    if msg.get("edited") is not None or msg.get("edited_unixtime") is not None:
        out["edited_at"], _ = times.read(msg.get("edited"), msg.get("edited_unixtime"))
    for ours, theirs in (("forwarded_from", "forwarded_from"), ("forwarded_from_id", "forwarded_from_id"),
                         ("saved_from", "saved_from"), ("reply_to", "reply_to_message_id"),
                         ("reply_to_peer", "reply_to_peer_id"), ("via_bot", "via_bot"),
                         ("author", "author"), ("sticker_emoji", "sticker_emoji"),
                         ("duration_s", "duration_seconds"), ("file_name", "file_name"),
                         ("mime_type", "mime_type")):
        v = msg.get(theirs)
        if v is not None and v != "" and _scalar(v):
            out[ours] = v
    for ours, theirs in (("location", "location_information"), ("contact", "contact_information"),
                         ("poll", "poll")):
        v = msg.get(theirs)
        if isinstance(v, dict):
            out[ours] = v
    media = []
    for field in MEDIA_FIELDS:
        v = msg.get(field)
        if not isinstance(v, str) or not v:
            continue
        kind = _media_kind(field, msg)
        if is_left_out(v):
            media.append({"kind": kind, "left_out": v})
        else:
            media.append({"kind": kind, "path": v})
    if media:
        out["media"] = media
    return out


def chat_header(chat: dict) -> dict:
    return {"name": chat.get("name") if isinstance(chat.get("name"), str) else None,
            "type": chat.get("type") if isinstance(chat.get("type"), str) else None,
            "telegram_id": chat.get("id") if isinstance(chat.get("id"), (int, str)) else None}


def transcript(chat: dict, zone: StatedZone, messages: Iterable[dict] | None = None
               ) -> tuple[dict, list[dict], TimeReader]:
    """(header, messages, the time reader's record) of one chat object; `messages`: its messages
    if they are read apart from it (a message at a time: see jsonscan.chat_parts)."""
    times = TimeReader(zone)
    given = chat.get("messages", []) if messages is None else messages
    out = [message(m, n, times) for n, m in enumerate((m for m in given if isinstance(m, dict)), 1)]
    return chat_header(chat), out, times
