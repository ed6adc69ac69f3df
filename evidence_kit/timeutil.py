"""Times: aware UTC datetimes in code, ISO 8601 with `Z` when stored, local zone beside UTC for people."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def to_iso(dt: datetime, *, ms: bool = False) -> str:
    """2026-11-25T13:44:26Z (or with milliseconds)."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    dt = dt.astimezone(timezone.utc)
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso(*, ms: bool = False) -> str:
    return to_iso(utc_now(), ms=ms)


def from_iso(text: str) -> datetime:
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def _offset_text(off: timedelta | None) -> str:
    if off is None:
        return "UTC"
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def local_text(value: str | datetime | None, tz: timezone | None = None) -> str:
    """'2026-11-25 18:44:26 (UTC+05:00)': the local wall time with its offset, for people."""
    if value is None or value == "":
        return ""
    dt = from_iso(value) if isinstance(value, str) else value
    local = dt.astimezone(tz) if tz is not None else dt.astimezone()
    return f"{local.strftime('%Y-%m-%d %H:%M:%S')} ({_offset_text(local.utcoffset())})"


def utc_and_local(value: str | datetime | None) -> str:
    """'2026-11-25T13:44:26Z — 2026-11-25 18:44:26 (UTC+05:00)'."""
    if value is None or value == "":
        return ""
    dt = from_iso(value) if isinstance(value, str) else value
    return f"{to_iso(dt)} — {local_text(dt)}"


def duration_words(seconds: int, lang: str | None = None) -> str:
    """'4 minutes 10 seconds', '1 hour', '45 seconds': a wait, in words of the language."""
    from .i18n import tr

    seconds = max(int(seconds), 0)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        hours = tr("duration.hours", lang, count=h)
        return tr("duration.hours_minutes", lang, hours=hours, minutes=tr("duration.minutes", lang, count=m)) \
            if m else hours
    if m:
        minutes = tr("duration.minutes", lang, count=m)
        return tr("duration.minutes_seconds", lang, minutes=minutes, seconds=tr("duration.seconds", lang, count=s)) \
            if s else minutes
    return tr("duration.seconds", lang, count=s)


def zone_name() -> str:
    return time.tzname[time.localtime().tm_isdst > 0] if time.tzname else "UTC"


# Fixed zones our users live in (no tz database needed): Dushanbe and Moscow keep no DST.
DUSHANBE = timezone(timedelta(hours=5), "Asia/Dushanbe")
MOSCOW = timezone(timedelta(hours=3), "Europe/Moscow")
