"""Instagram: a post or reel (/p/CODE/, /reel/CODE/, /USER/p/CODE/), a story, or a profile.

Logged out, Instagram shows little: often a login wall. What the page shows is read: the shortcode
from the address, the numeric media id (`al:ios:url` "instagram://media?id=…", or decoded from the
shortcode, which is that id written in Instagram's base-64 alphabet), the owner's handle and numeric
id (`instapp:owner_user_id`, or the `owner` of the page's embedded data), the caption and time.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .base import (PageView, add_gap, find_key, iso_utc, json_objects, login_wall, meta, new_post,
                   new_record, parse_html, script_json, set_account)

HOSTS = ("instagram.com", "instagr.am")
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_RESERVED = {"p", "reel", "reels", "tv", "stories", "explore", "accounts", "direct", "about", "legal", "web"}


def media_id(shortcode: str) -> str | None:
    """The numeric media id a shortcode stands for (Instagram's base-64 alphabet, 11 characters at most
    count; longer private-link codes carry more and are not decoded)."""
    if not shortcode or len(shortcode) > 11 or any(c not in _ALPHABET for c in shortcode):
        return None
    n = 0
    for c in shortcode:
        n = n * 64 + _ALPHABET.index(c)
    return str(n)


def _kind(parts: list[str]) -> tuple[str, str | None, str | None]:
    """(page kind, handle, shortcode or story id)."""
    if len(parts) >= 2 and parts[0] in ("p", "reel", "reels", "tv"):
        return "post", None, parts[1]
    if len(parts) >= 3 and parts[1] in ("p", "reel", "tv") and parts[0] not in _RESERVED:
        return "post", parts[0], parts[2]
    if parts[:1] == ["stories"] and len(parts) >= 2:
        return ("post" if len(parts) >= 3 else "profile"), parts[1], parts[2] if len(parts) >= 3 else None
    if parts and parts[0] not in _RESERVED:
        return "profile", parts[0], None
    return "unknown", None, None


def parse(view: PageView) -> dict:
    kind, handle, code = _kind(view.path_parts)
    if kind == "unknown":
        kind, handle, code = _kind(view.final_parts)
    record = new_record("instagram", kind)
    doc = parse_html(view.html)
    data = script_json(doc, 'script[type="application/json"], script[type="application/ld+json"]')
    data += json_objects(doc, r"window\._sharedData\s*=\s*")
    owners = [o for o in find_key(data, "owner") if isinstance(o, dict) and (o.get("id") or o.get("pk"))]
    owner = owners[0] if owners else {}
    set_account(record, handle=handle or owner.get("username"))
    set_account(record, id=meta(doc, "instapp:owner_user_id") or owner.get("id") or owner.get("pk"))
    title = meta(doc, "og:title", "twitter:title") or ""
    for t in (meta(doc, "twitter:title") or "", title):
        m = re.search(r"\(@([\w.]+)\)", t)
        set_account(record, handle=m.group(1) if m else None)
    og_url = [x for x in urlsplit(meta(doc, "og:url") or "").path.split("/") if x]
    if len(og_url) >= 3 and og_url[1] in ("p", "reel", "tv") and og_url[0] not in _RESERVED:
        set_account(record, handle=og_url[0])
    m = re.match(r"^(.*?) (?:on Instagram|в Instagram|дар Instagram)\b", title) or re.match(r"^(.*?) \(@", title)
    set_account(record, title=m.group(1).strip() if m else None)
    ios = meta(doc, "al:ios:url") or ""
    if kind == "profile":
        ids = [str(v) for v in find_key(data, "profile_id") + find_key(data, "profilePage_id") if v]
        m = re.search(r"profilePage_(\d+)", view.html or "")
        set_account(record, id=ids[0] if ids else (m.group(1) if m else None))
        m = re.search(r"user\?username=([\w.]+)", ios)
        set_account(record, handle=m.group(1) if m else None)
    if kind == "post" and code:
        post = new_post(code, f"https://www.instagram.com/p/{code}/")
        m = re.search(r"media\?id=(\d+)", ios)
        post["media_id"] = m.group(1) if m else media_id(code)
        post["author"] = record["account"]["handle"]
        captions = [c.get("text") for c in find_key(data, "caption") if isinstance(c, dict) and c.get("text")]
        m = re.search(r':\s*["“](.*)["”]\s*$', title, re.S)
        post["text"] = captions[0] if captions else (m.group(1) if m else "")
        times = find_key(data, "taken_at_timestamp") + find_key(data, "taken_at")
        stamp = next((iso_utc(t) for t in times if iso_utc(t)), None)
        if stamp is None:
            t = doc.cssselect("time[datetime]")
            stamp = iso_utc(t[0].get("datetime")) if t else None
        post["published_at"] = stamp
        record["posts"].append(post)
    if login_wall(view, doc, markers=('[data-testid="login-wall"]',)):
        add_gap(record, "platform.gap.login_wall", platform="Instagram")
    return record
