"""What a court needs to name a post: the platform, the account and the post id, read from the
address (and, for Telegram channel previews, from the page's message blocks)."""

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
