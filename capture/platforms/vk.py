"""VK (ВКонтакте): a wall post (/wall-123_456, /NAME?w=wall-123_456), a photo, video or clip
(/photo-123_456, /video-123_456, /clip-123_456), or a profile or community page (/id123, /club123,
/public123, /NAME).

An owner id is negative for a community and positive for a person (VK's own convention); the post id
is written as VK writes it, OWNER_POST ("-123_456"). Logged out, VK often shows a login form instead.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from .base import (PageView, add_gap, count, first, iso_utc, login_wall, meta, new_post, new_record, parse_html,
                   set_account, text_of)

HOSTS = ("vk.com", "vk.ru", "vkontakte.ru", "m.vk.com")
_OBJ = re.compile(r"(wall|photo|video|clip)(-?\d+)_(\d+)")
_OWNER = re.compile(r"^(id|club|public|event)(\d+)$")
_RESERVED = {"feed", "im", "login", "search", "friends", "groups", "video", "music", "settings", "apps"}


def _object(view: PageView) -> tuple[str, str, str] | None:
    """(type, owner id, item id) named by the address (path or ?w= / ?z=)."""
    for url in (view.url, view.final_url):
        u = urlsplit(url or "")
        q = parse_qs(u.query)
        for text in [u.path] + q.get("w", []) + q.get("z", []):
            m = _OBJ.search(text)
            if m:
                return m.group(1), m.group(2), m.group(3)
    return None


def parse(view: PageView) -> dict:
    obj = _object(view)
    parts = view.path_parts
    doc = parse_html(view.html)
    record = new_record("vk", "post" if obj else ("profile" if parts and parts[0] not in _RESERVED else "unknown"))
    if obj:
        typ, owner, num = obj
        set_account(record, id=owner)
        post = new_post(f"{typ}{owner}_{num}", f"https://vk.com/{typ}{owner}_{num}")
        block = first(doc, f'[data-post-id="{owner}_{num}"]') if typ == "wall" else None
        scope = block if block is not None else doc
        post["text"] = text_of(first(scope, ".wall_post_text, .vkitPostText__root, .pi_text")) or (
            meta(doc, "og:description") or "")
        stamp = scope.cssselect(".rel_date[time], [data-testid='post_date_block_preview'] time[datetime], time[datetime]")
        if stamp:
            post["published_at"] = iso_utc(stamp[0].get("time") or stamp[0].get("datetime"))
        author = first(scope, "a.author, .PostHeaderTitle__authorLink, .post_author a")
        if author is not None:
            post["author"] = text_of(author) or None
            set_account(record, title=post["author"])
            href = urlsplit(author.get("href") or "").path.strip("/")
            if href and not _OWNER.match(href):
                set_account(record, handle=href)
        views = first(scope, "._views, .like_views, [data-testid='post-views-count']")
        if views is not None:
            post["views"] = count(text_of(views))
        record["posts"].append(post)
    elif parts and parts[0] not in _RESERVED:
        m = _OWNER.match(parts[0])
        if m:
            set_account(record, id=("-" if m.group(1) != "id" else "") + m.group(2))
        else:
            set_account(record, handle=parts[0])
        for el in doc.cssselect("[data-owner-id], [data-group-id]"):
            oid = el.get("data-owner-id") or ("-" + el.get("data-group-id"))
            if re.fullmatch(r"-?\d+", oid or ""):
                set_account(record, id=oid)
                break
    canon = urlsplit(meta(doc, "og:url") or "").path.strip("/")
    if canon and not _OBJ.search(canon) and not _OWNER.match(canon) and canon not in _RESERVED:
        set_account(record, handle=canon)
    set_account(record, title=meta(doc, "og:title") if record["page"] == "profile" else None)
    if login_wall(view, doc, markers=("#index_login", ".VkIdForm", ".UnauthActionBox", "#quick_login_form")):
        add_gap(record, "platform.gap.login_wall", platform="VK")
    return record
