"""Facebook: a post (/NAME/posts/ID, /permalink.php?story_fbid=ID&id=OWNER, /story.php, a group
post /groups/GROUP/posts/ID), a photo (/photo?fbid=ID), a video or reel (/watch?v=ID, /NAME/videos/ID,
/reel/ID), or a profile or page (/NAME, /profile.php?id=ID).

The numeric owner id comes from the address (`id=`), the app links in the page's meta tags
(`al:android:url` "fb://profile/ID" or "fb://page/?id=ID") or its embedded data (`userID`,
`owner.id`). Logged out, Facebook mostly shows a login form: recorded as a gap.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from .base import (PageView, add_gap, find_key, iso_utc, login_wall, meta, new_post, new_record, parse_html,
                   script_json, set_account)

HOSTS = ("facebook.com", "fb.com", "fb.watch", "m.facebook.com", "web.facebook.com")
_RESERVED = {"login", "login.php", "watch", "groups", "photo", "photo.php", "permalink.php", "story.php",
             "profile.php", "reel", "share", "events", "marketplace", "help", "pages", "people"}


def _parse_url(url: str) -> tuple[str, str | None, str | None, str | None]:
    """(kind, handle, owner id, post id)."""
    u = urlsplit(url or "")
    q = {k: v[0] for k, v in parse_qs(u.query).items() if v}
    p = [x for x in u.path.split("/") if x]
    if p[:1] in (["permalink.php"], ["story.php"]):
        return "post", None, q.get("id"), q.get("story_fbid")
    if p[:1] in (["photo"], ["photo.php"]):
        return "post", None, q.get("id"), q.get("fbid")
    if p[:1] == ["watch"]:
        return "video", None, None, q.get("v")
    if p[:1] == ["reel"] and len(p) >= 2:
        return "video", None, None, p[1]
    if p[:1] == ["groups"] and len(p) >= 4 and p[2] in ("posts", "permalink"):
        return "post", None, p[1] if p[1].isdigit() else None, p[3]
    if p[:1] == ["profile.php"]:
        return "profile", None, q.get("id"), None
    if len(p) >= 3 and p[1] in ("posts", "videos", "photos") and p[0] not in _RESERVED:
        return ("video" if p[1] == "videos" else "post"), p[0], None, p[-1]
    if len(p) == 1 and p[0] not in _RESERVED:
        return "profile", p[0], None, None
    return "unknown", None, None, None


def parse(view: PageView) -> dict:
    kind, handle, owner, num = _parse_url(view.url)
    if kind == "unknown":
        kind, handle, owner, num = _parse_url(view.final_url)
    record = new_record("facebook", kind)
    doc = parse_html(view.html)
    set_account(record, handle=handle, id=owner)
    app = meta(doc, "al:android:url", "al:ios:url") or ""
    m = re.search(r"fb://(?:profile|page)/(?:\?id=)?(\d+)", app)
    set_account(record, id=m.group(1) if m else None)
    data = script_json(doc, 'script[type="application/json"], script[type="application/ld+json"]')
    owners = [o.get("id") for o in find_key(data, "owner") if isinstance(o, dict) and str(o.get("id", "")).isdigit()]
    set_account(record, id=owners[0] if owners else None)
    if kind == "profile":
        set_account(record, title=meta(doc, "og:title"))
    if kind in ("post", "video") and num:
        canon = meta(doc, "og:url") or view.url
        post = new_post(num, canon)
        post["text"] = meta(doc, "og:description") or ""
        times = find_key(data, "publish_time") + find_key(data, "creation_time") + find_key(data, "uploadDate")
        post["published_at"] = next((iso_utc(t) for t in times if iso_utc(t)), None)
        post["author"] = record["account"]["handle"]
        record["posts"].append(post)
    if login_wall(view, doc, markers=("#login_form", 'form[data-testid="royal_login_form"]')):
        add_gap(record, "platform.gap.login_wall", platform="Facebook")
    return record
