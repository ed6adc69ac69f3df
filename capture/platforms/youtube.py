"""YouTube: a video (watch?v=ID, youtu.be/ID, /shorts/ID, /live/ID, /embed/ID) or a channel
(/@HANDLE, /channel/UC…, /c/NAME, /user/NAME).

The page is read for what it shows (`ytInitialPlayerResponse`: videoDetails and the microformat);
the video itself, its full metadata and its comments come from yt-dlp (capture/video.py), whose
facts win over the page's (`apply_info`). A channel's stable id is its "UC…" id, not a number.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .base import (PageView, add_gap, count, iso_utc, json_objects, meta, new_post, new_record, parse_html,
                   set_account)

HOSTS = ("youtube.com", "youtu.be", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com")


def video_id(url: str) -> str | None:
    u = urlsplit(url or "")
    host = (u.hostname or "").lower().removeprefix("www.")
    p = [x for x in u.path.split("/") if x]
    if host == "youtu.be" and p:
        return p[0]
    v = parse_qs(u.query).get("v")
    if v:
        return v[0]
    if p[:1] in (["shorts"], ["live"], ["embed"], ["v"]) and len(p) >= 2:
        return p[1]
    return None


def _channel(url: str) -> tuple[str | None, str | None]:
    """(handle, channel id) named by a channel address."""
    p = [x for x in urlsplit(url or "").path.split("/") if x]
    if p and p[0].startswith("@"):
        return p[0][1:], None
    if p[:1] == ["channel"] and len(p) >= 2:
        return None, p[1]
    if p[:1] in (["c"], ["user"]) and len(p) >= 2:
        return p[1], None
    return None, None


def watch_url(vid: str) -> str:
    return f"https://www.youtube.com/watch?v={vid}"


def parse(view: PageView) -> dict:
    vid = video_id(view.url) or video_id(view.final_url)
    record = new_record("youtube", "video" if vid else "unknown")
    doc = parse_html(view.html)
    if not vid:
        handle, cid = _channel(view.url)
        if handle or cid:
            record["page"] = "channel"
        set_account(record, handle=handle, id=cid or meta(doc, "channelId", "identifier"),
                    title=meta(doc, "og:title"))
        return record
    player = next(iter(json_objects(doc, r"ytInitialPlayerResponse\s*=\s*")), {})
    details = player.get("videoDetails") or {}
    micro = (player.get("microformat") or {}).get("playerMicroformatRenderer") or {}
    handle, _ = _channel(micro.get("ownerProfileUrl") or "")
    set_account(record, handle=handle, id=details.get("channelId") or micro.get("externalChannelId"),
                title=details.get("author") or micro.get("ownerChannelName"))
    post = new_post(vid, watch_url(vid))
    post["title"] = details.get("title") or meta(doc, "og:title", "title")
    post["text"] = details.get("shortDescription") or meta(doc, "og:description", "description") or ""
    post["published_at"] = iso_utc(micro.get("publishDate") or micro.get("uploadDate"))
    post["views"] = count(str(details["viewCount"])) if details.get("viewCount") else None
    post["author"] = details.get("author")
    record["posts"].append(post)
    status = (player.get("playabilityStatus") or {})
    if status.get("status") == "LOGIN_REQUIRED":
        add_gap(record, "platform.gap.login_wall", platform="YouTube")
    return record


def apply_info(record: dict, info: dict, artifact: str | None, comments_artifact: str | None) -> None:
    """What yt-dlp said about the video, over what the page showed."""
    vid = info.get("id")
    if not vid:
        return
    post = next((p for p in record["posts"] if p["id"] == vid), None)
    if post is None:
        post = new_post(vid, watch_url(vid))
        record["posts"].insert(0, post)
    record["page"] = "video"
    acc = record["account"]
    uploader_id = (info.get("uploader_id") or "").lstrip("@") or None
    acc["handle"] = uploader_id or acc["handle"]
    acc["id"] = info.get("channel_id") or acc["id"]
    acc["title"] = info.get("channel") or info.get("uploader") or acc["title"]
    post["url"] = info.get("webpage_url") or post["url"]
    post["title"] = info.get("title") or post.get("title")
    post["text"] = info.get("description") if info.get("description") is not None else post["text"]
    post["published_at"] = iso_utc(info.get("timestamp") or info.get("release_timestamp")) or post["published_at"]
    if info.get("upload_date"):
        d = str(info["upload_date"])
        post["published_on"] = f"{d[:4]}-{d[4:6]}-{d[6:8]}"
    post["views"] = info.get("view_count") if info.get("view_count") is not None else post["views"]
    post["author"] = info.get("uploader") or post["author"]
    if artifact:
        post["media"] = [m for m in post["media"] if m.get("artifact") != artifact]
        post["media"].append({"artifact": artifact, "kind": "video", "source_url": post["url"]})
    if comments_artifact is not None:
        post["comments"] = {"artifact": comments_artifact, "count": info.get("comment_count")}
