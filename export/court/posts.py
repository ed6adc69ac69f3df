"""The platform record of a capture (`metadata["platform"]`, capture/platforms/) in the court
dossier: one line that names the platform, the account and how many posts were recorded. The posts
themselves (ids, texts, times, media files) stay in the item's metadata and files; a table of them
is for a later section."""

from __future__ import annotations

from evidence_kit.i18n import tr
from ..pdfkit import esc

NAMES = {"telegram": "Telegram", "youtube": "YouTube", "instagram": "Instagram", "vk": "VK",
         "tiktok": "TikTok", "facebook": "Facebook"}


def is_record(v) -> bool:
    return isinstance(v, dict) and isinstance(v.get("posts"), list) and "name" in v


def platform_summary(record: dict, lang: str) -> str:
    acc = record.get("account") or {}
    who = " · ".join(str(x) for x in ("@" + acc["handle"] if acc.get("handle") else None,
                                      acc.get("title"), acc.get("id") and f"id {acc['id']}") if x)
    return esc(tr("court.platform.summary", lang, platform=NAMES.get(record.get("name"), record.get("name") or ""),
                  account=who or "—", count=len(record.get("posts") or [])))


def platform_record(label, value, lang):
    """The details table's value for `metadata["platform"]`: the record as one line (None for any
    other value, which is then shown as usual)."""
    if label == "platform" and is_record(value):
        return platform_summary(value, lang)
    return None
