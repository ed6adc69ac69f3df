"""Time zones for chat exports whose times carry none (WhatsApp; Telegram before `date_unixtime`).

The zone is what the collector states (`--tz Asia/Dushanbe`, or the app's question); without one,
this computer's zone is used and the record says so. Either way the record says the zone was
stated or assumed, never that the export recorded it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ..errors import BadInput

# zones our users name most, first in the app's list
COMMON = ("Asia/Dushanbe", "Europe/Moscow", "Asia/Tashkent", "Asia/Almaty", "Asia/Bishkek",
          "Europe/Istanbul", "Europe/Berlin", "Europe/London", "America/New_York", "UTC")


@dataclass(frozen=True)
class StatedZone:
    name: str            # an IANA name, e.g. "Asia/Dushanbe"
    how: str             # "stated" (the collector chose it) or "computer" (this computer's zone)
    tz: ZoneInfo | timezone

    def to_dict(self) -> dict:
        return {"zone": self.name, "how": self.how}


def computer_zone_name() -> str:
    """This computer's IANA zone name ("UTC" when it cannot be told)."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:   # tzlocal raises on odd configurations; the answer is then only a guess
        name = None
    if name:
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return "UTC"


def zone(name: str | None) -> StatedZone:
    """The collector's zone, or this computer's when she named none."""
    if name is None or not str(name).strip():
        n = computer_zone_name()
        return StatedZone(n, "computer", ZoneInfo(n))
    n = str(name).strip()
    try:
        return StatedZone(n, "stated", ZoneInfo(n))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise BadInput("chat.error.bad_zone", zone=n) from None


def all_zone_names() -> list[str]:
    """Every zone the system knows, the common ones first."""
    try:
        names = sorted(available_timezones())
    except Exception:
        names = []
    return list(COMMON) + [n for n in names if n not in COMMON]


def localise(naive: datetime, tz) -> tuple[datetime, bool]:
    """(the aware time, whether the wall time was ambiguous or skipped in that zone: a clock change)."""
    a = naive.replace(tzinfo=tz, fold=0)
    b = naive.replace(tzinfo=tz, fold=1)
    odd = a.utcoffset() != b.utcoffset()
    return a, odd


def offset_text(off: timedelta | None) -> str:
    if off is None:
        return "+00:00"
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


UTC = timezone.utc
