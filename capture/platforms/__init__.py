"""Platform adapters: posts, not only pages.

An adapter (one module per platform: telegram, youtube, instagram, vk, tiktok, facebook) recognises
its platform by the address's host and reads the saved page into structured posts, stored beside the
generic artifacts (never replacing them) as `item.metadata["platform"]`:

    {"name": "telegram", "page": "channel" | "post" | "video" | "profile" | "unknown",
     "account": {"handle": "leak_channel", "id": "1234567890", "title": "Leak Channel"},
     "posts": [{"id": "leak_channel/1001", "url": "https://t.me/leak_channel/1001",
                "published_at": "2026-11-02T10:05:00Z", "text": "…", "edited": false, "views": 1200,
                "author": null, "forwarded_from": null, "reply_to": null,
                "media": [{"artifact": "telegram-leak_channel-1001-photo-1.jpg", "kind": "photo",
                           "source_url": "https://cdn…/file/….jpg"}]}],
     "gaps": [{"key": "platform.telegram.no_preview", "params": {"channel": "leak_channel"}}]}

Handles are written without "@". Every photo, video, sticker and voice message of a post
(`media[].kind`: base.MEDIA_KINDS) is its own artifact, named in `media[].artifact`; what could not
be saved is a gap. Telegram posts also carry `views_text` (the views as shown, "37.2K"; `views` is
the number read from it), `service` (channel created, renamed, pinned…), and when the post has them
`poll` ({question, type, options: [{text, percent}], voters_text, voters}), `location` ({latitude,
longitude (text, as the map link gives them), map_url, address, name}), `documents` ([{title,
extra}]: files the preview names but does not offer) and `forwarded_from_url`. Videos a browser cannot save whole (YouTube,
HLS and DASH streams) are saved by capture/video.py (yt-dlp and ffmpeg).

`enrich()` is the one call the engine makes, after the page has settled and its copies are made,
before the item is sealed. `identify()` reads only an address (older records, and failed captures).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit


def identify(url: str | None) -> dict:
    """{"platform": ..., "account": ..., "post_id": ..., "kind": ...} with what the address shows."""
    if not url:
        return {}
    u = urlsplit(url)
    host = (u.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    parts = [p for p in u.path.split("/") if p]
    out: dict = {}
    if host in ("t.me", "telegram.me", "telegram.dog"):
        out["platform"] = "telegram"
        if parts[:1] == ["s"]:
            parts = parts[1:]
            out["kind"] = "channel_preview"
        if parts[:1] == ["c"] and len(parts) >= 3:
            out.update(account_id=parts[1], post_id=parts[2], kind="private_channel_post")
        elif parts:
            out["account"] = "@" + parts[0]
            if len(parts) >= 2 and parts[1].isdigit():
                out["post_id"] = parts[1]
                out.setdefault("kind", "post")
            else:
                out.setdefault("kind", "channel")
    elif host.endswith("instagram.com"):
        out["platform"] = "instagram"
        if len(parts) >= 2 and parts[0] in ("p", "reel", "reels", "tv"):
            out.update(kind="reel" if parts[0].startswith("reel") else "post", post_id=parts[1])
        elif len(parts) >= 3 and parts[1] in ("p", "reel"):
            out.update(account="@" + parts[0], kind="post", post_id=parts[2])
        elif parts[:1] == ["stories"] and len(parts) >= 2:
            out.update(kind="story", account="@" + parts[1], post_id=parts[2] if len(parts) > 2 else None)
        elif parts:
            out.update(kind="profile", account="@" + parts[0])
    elif host in ("youtube.com", "youtu.be", "music.youtube.com") or host.endswith(".youtube.com"):
        out["platform"] = "youtube"
        q = parse_qs(u.query)
        if host == "youtu.be" and parts:
            out.update(kind="video", post_id=parts[0])
        elif q.get("v"):
            out.update(kind="video", post_id=q["v"][0])
        elif parts[:1] in (["shorts"], ["live"], ["embed"]) and len(parts) >= 2:
            out.update(kind="short" if parts[0] == "shorts" else "video", post_id=parts[1])
        elif parts and parts[0].startswith("@"):
            out.update(kind="channel", account=parts[0])
        elif parts[:1] in (["channel"], ["c"], ["user"]) and len(parts) >= 2:
            out.update(kind="channel", account=parts[1])
    elif host in ("tiktok.com", "vm.tiktok.com"):
        out["platform"] = "tiktok"
        if parts and parts[0].startswith("@"):
            out["account"] = parts[0]
            if len(parts) >= 3 and parts[1] == "video":
                out.update(kind="video", post_id=parts[2])
    elif host in ("facebook.com", "fb.com", "vk.com", "ok.ru", "x.com", "twitter.com", "threads.net"):
        out["platform"] = host.split(".")[0].replace("fb", "facebook")
        m = re.search(r"/status/(\d+)", u.path)
        if m:
            out.update(kind="post", post_id=m.group(1), account="@" + parts[0])
    return {k: v for k, v in out.items() if v is not None}


# ------------------------------------------------------------------------------ adapters
def _adapters():
    from . import facebook, instagram, telegram, tiktok, vk, youtube
    return {"telegram": telegram, "youtube": youtube, "instagram": instagram, "vk": vk, "tiktok": tiktok,
            "facebook": facebook}


def adapter_for(url: str | None):
    """The adapter module for the platform of `url` (by its host), or None."""
    host = (urlsplit(url or "").hostname or "").lower().rstrip(".")
    for name, mod in _adapters().items():
        for h in mod.HOSTS:
            if host == h or host.endswith("." + h):
                return mod
    return None


def record_for(view) -> dict | None:
    """The platform record of a page (no artifacts linked yet), or None if no adapter knows it."""
    mod = adapter_for(view.url) or adapter_for(view.final_url)
    return mod.parse(view) if mod is not None else None


def from_url(url: str | None) -> dict:
    """The record an address alone gives (a capture that failed before the page could be read)."""
    from .base import PageView

    if not url:
        return {}
    try:
        return record_for(PageView(url=url, final_url=url)) or {}
    except Exception:
        return {}


async def enrich(pc, rec, options, fetch) -> None:
    """Add the structured record of the page's platform, its posts' photos and videos as artifacts,
    and videos a browser cannot save whole (capture/video.py). Never fails a capture: whatever goes
    wrong becomes a gap. `rec` is the page's NetworkRecorder; `fetch(url)` fetches one address the
    page named but did not load, the way the engine fetches media (an Exchange, or None)."""
    import asyncio

    from .linking import enrich_capture

    try:
        await enrich_capture(pc, rec, options, fetch)
    except asyncio.CancelledError:
        raise
    except Exception as exc:           # a bug or a page nobody foresaw: the page is still sealed
        pc.gap("platform.gap.internal", detail=(str(exc).splitlines() or [type(exc).__name__])[0][:200])
