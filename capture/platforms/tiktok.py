"""TikTok: a video or photo post (/@HANDLE/video/ID, /@HANDLE/photo/ID; vm.tiktok.com short links
land there) or a profile (/@HANDLE).

The page's embedded data (`__UNIVERSAL_DATA_FOR_REHYDRATION__`, older `SIGI_STATE`) names the post
(`itemStruct`: id, desc, createTime, author {id, uniqueId, nickname}, stats.playCount) and the
profile (`userInfo.user`). A login pop-up instead of the post is recorded as a gap.
"""

from __future__ import annotations

from .base import (PageView, add_gap, count, find_key, iso_utc, login_wall, meta, new_post, new_record,
                   parse_html, script_json, set_account)

HOSTS = ("tiktok.com", "vm.tiktok.com", "vt.tiktok.com")


def _kind(parts: list[str]) -> tuple[str, str | None, str | None]:
    if parts and parts[0].startswith("@"):
        if len(parts) >= 3 and parts[1] in ("video", "photo") and parts[2].isdigit():
            return "video" if parts[1] == "video" else "post", parts[0][1:], parts[2]
        return "profile", parts[0][1:], None
    return "unknown", None, None


def parse(view: PageView) -> dict:
    kind, handle, num = _kind(view.path_parts)
    if kind == "unknown":
        kind, handle, num = _kind(view.final_parts)
    record = new_record("tiktok", kind)
    doc = parse_html(view.html)
    data = script_json(doc, "script#__UNIVERSAL_DATA_FOR_REHYDRATION__, script#SIGI_STATE, "
                            "script#__NEXT_DATA__, script[type='application/ld+json']")
    items = [i for i in find_key(data, "itemStruct") if isinstance(i, dict)]
    item = next((i for i in items if str(i.get("id")) == num), items[0] if items else {})
    author = item.get("author") if isinstance(item.get("author"), dict) else {}
    users = [u.get("user") for u in find_key(data, "userInfo") if isinstance(u, dict) and isinstance(u.get("user"), dict)]
    user = author or (users[0] if users else {})
    set_account(record, handle=handle or user.get("uniqueId"), id=user.get("id"), title=user.get("nickname"))
    if kind in ("video", "post") and num:
        post = new_post(num, f"https://www.tiktok.com/@{record['account']['handle'] or handle}/{'video' if kind == 'video' else 'photo'}/{num}")
        post["text"] = item.get("desc") or meta(doc, "og:description") or ""
        post["published_at"] = iso_utc(item.get("createTime"))
        stats = item.get("stats") if isinstance(item.get("stats"), dict) else {}
        post["views"] = count(str(stats["playCount"])) if stats.get("playCount") is not None else None
        post["author"] = record["account"]["handle"]
        record["posts"].append(post)
    if login_wall(view, doc, markers=('[data-e2e="login-modal"]', '[data-e2e="modal-login"]',
                                      '#loginContainer')):
        add_gap(record, "platform.gap.login_wall", platform="TikTok")
    return record
