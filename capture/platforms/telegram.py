"""Telegram's public web pages: a channel preview (t.me/s/NAME, also ?before=ID pages) and a single
post (t.me/NAME/ID, whose post is drawn by an embedded t.me/NAME/ID?embed=1 page).

For every message block (`.tgme_widget_message[data-post]`): the permalink https://t.me/NAME/ID, the
channel's numeric id (the block's `data-view` attribute is base64 JSON whose `c` is the channel's
id, negative; it survives a rename, the username does not), the time from `time[datetime]` in UTC,
the text, the views ("1.2K"), the author's signature, where it was forwarded from, which post it
answers, whether it was edited, and every photo (the full-size picture is the
`background-image` of `.tgme_widget_message_photo_wrap`) and video.

Telegram hides the preview of channels it has flagged (t.me/s/NAME answers 302 to t.me/NAME): that
is recorded as a gap, with the advice to use a Telegram export or a login session.
"""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import parse_qs, urlsplit

from .base import (PageView, absolute, add_gap, add_media, background_url, count, first, iso_utc, meta,
                   new_post, new_record, parse_html, set_account, text_of)

HOSTS = ("t.me", "telegram.me", "telegram.dog")
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{2,63}$")
# words Telegram writes beside the time of an edited message (English, Russian pages)
_EDITED = re.compile(r"\b(edited|изменено|ред\.)", re.I)
_NOT_PAGES = {"s", "c", "joinchat", "addstickers", "share", "proxy", "socks", "setlanguage", "iv", "login"}


def page_kind(view: PageView) -> tuple[str, str | None, str | None]:
    """("channel" | "post" | "unknown", channel name, post number) from the address asked for."""
    parts = view.path_parts
    preview = parts[:1] == ["s"]
    if preview:
        parts = parts[1:]
    if not parts or parts[0] in _NOT_PAGES or not _NAME.match(parts[0]):
        return "unknown", None, None
    if len(parts) >= 2 and parts[1].isdigit() and not preview:
        return "post", parts[0], parts[1]
    return "channel", parts[0], None


def channel_id(data_view: str | None) -> str | None:
    """The channel's numeric id from a message's `data-view` (base64 JSON: {"c": -1234567890, ...}).
    Given as Telegram's own channel id (positive, as in t.me/c/ID/POST links)."""
    if not data_view:
        return None
    try:
        raw = base64.urlsafe_b64decode(data_view + "=" * (-len(data_view) % 4))
        c = json.loads(raw).get("c")
    except (ValueError, AttributeError, TypeError):
        return None
    if isinstance(c, int) or (isinstance(c, str) and re.fullmatch(r"-?\d+", c)):
        return str(abs(int(c)))
    return None


def _post_ref(href: str | None) -> str | None:
    """'channel/123' from a link to a Telegram post (https://t.me/channel/123, /s/channel/123?single)."""
    if not href:
        return None
    u = urlsplit(href)
    if u.hostname and u.hostname.lower().removeprefix("www.") not in HOSTS:
        return None
    parts = [p for p in u.path.split("/") if p]
    if parts[:1] == ["s"]:
        parts = parts[1:]
    if len(parts) >= 2 and parts[1].isdigit() and _NAME.match(parts[0]):
        return f"{parts[0]}/{parts[1]}"
    if parts[:1] == ["c"] and len(parts) >= 3 and parts[2].isdigit():
        return f"c/{parts[1]}/{parts[2]}"
    return None


def _message(block, base: str, record: dict) -> dict | None:
    ref = (block.get("data-post") or "").strip().strip("/")
    name, _, num = ref.rpartition("/")
    if not name or not num.isdigit():
        return None
    post = new_post(ref, f"https://t.me/{name}/{num}")
    set_account(record, handle=name, id=channel_id(block.get("data-view")))
    owner = first(block, ".tgme_widget_message_owner_name")
    if owner is not None:
        set_account(record, title=text_of(owner))
    # the message's own text (not the quoted text of the post it answers, nor a link preview's)
    for t in block.cssselect(".tgme_widget_message_text"):
        if not t.xpath("ancestor::*[contains(concat(' ', normalize-space(@class), ' '), "
                       "' tgme_widget_message_reply ') or contains(concat(' ', normalize-space(@class), ' '), "
                       "' tgme_widget_message_link_preview ')]"):
            post["text"] = text_of(t)
            break
    when = block.cssselect(".tgme_widget_message_date time[datetime]") or block.cssselect(
        ".tgme_widget_message_meta time[datetime]") or block.cssselect("time[datetime]")
    if when:
        post["published_at"] = iso_utc(when[0].get("datetime"))
    views = first(block, ".tgme_widget_message_views")
    # the number as shown ("37.2K") and as a number read from it (37200: "K" is thousands, rounded by Telegram)
    post["views_text"] = text_of(views) if views is not None else None
    post["views"] = count(post["views_text"])
    post["service"] = "service_message" in (block.get("class") or "").split()
    sig = first(block, ".tgme_widget_message_from_author")
    if sig is not None:
        post["author"] = text_of(sig) or None
    fwd = first(block, ".tgme_widget_message_forwarded_from_name")
    if fwd is not None:
        post["forwarded_from"] = text_of(fwd) or None
        post["forwarded_from_url"] = absolute(fwd.get("href"), base)
    reply = first(block, "a.tgme_widget_message_reply")
    if reply is not None:
        post["reply_to"] = _post_ref(absolute(reply.get("href"), base)) or absolute(reply.get("href"), base)
    meta_el = first(block, ".tgme_widget_message_meta")
    meta_text = text_of(meta_el)
    if sig is not None:                  # a signature that happens to say "edited" is not an edit
        meta_text = meta_text.replace(text_of(sig), "", 1)
    post["edited"] = bool(_EDITED.search(meta_text))
    _media(block, base, post, record, ref)
    poll = _poll(block)
    if poll is not None:
        post["poll"] = poll
    location = _location(block, base)
    if location is not None:
        post["location"] = location
    return post


def _media(block, base: str, post: dict, record: dict, ref: str) -> None:
    """Every photo, video, sticker and voice message the preview offers, in the page's order; what it
    shows but does not offer (a video too large for the preview, a file, a message without its
    player) is a gap. `.message_media_not_supported` is in every video, round-video and sticker
    player: it is what a browser that cannot play the file would show, not a missing file."""
    missing = False
    for el in block.cssselect(
            ".tgme_widget_message_photo_wrap, .tgme_widget_message_service_photo img, "
            ".tgme_widget_message_video_player, .tgme_widget_message_roundvideo_player, "
            ".tgme_widget_message_sticker_wrap, .tgme_widget_message_tgsticker, "
            ".tgme_widget_message_videosticker, .tgme_widget_message_voice_player, "
            ".tgme_widget_message_document_wrap"):
        if el.xpath("ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_reply ')"
                    " or contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_link_preview ')]"):
            continue
        cls = (el.get("class") or "").split()
        if "tgme_widget_message_photo_wrap" in cls:
            add_media(post, "photo", background_url(el.get("style"), base))
        elif el.tag == "img":
            add_media(post, "photo", absolute(el.get("src"), base))
        elif "tgme_widget_message_video_player" in cls or "tgme_widget_message_roundvideo_player" in cls:
            srcs = [absolute(v.get("src"), base) for v in el.cssselect("video[src]")]
            srcs = [u for u in srcs if u]
            if "not_supported" in cls or not srcs:
                missing = True           # "Media is too big": only its still picture is in the preview
            for u in srcs:
                add_media(post, "video", u)
        elif {"tgme_widget_message_sticker_wrap", "tgme_widget_message_tgsticker",
              "tgme_widget_message_videosticker"} & set(cls):
            if "tgme_widget_message_sticker_wrap" not in cls and el.xpath(
                    "ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' tgme_widget_message_sticker_wrap ')]"):
                continue                 # read with its wrap
            # every file of the sticker: its picture (webp), the animation (tgs) or the video (webm)
            srcs = [absolute(x.get("data-webp"), base) for x in [el] + el.cssselect("[data-webp]")]
            srcs += [absolute(x.get("srcset", "").split(" ")[0], base) for x in el.cssselect("source[srcset]")]
            srcs += [absolute(x.get("src"), base) for x in el.cssselect("video[src], img[src]")]
            srcs = [u for u in srcs if u]
            if not srcs:
                missing = True
            for u in srcs:
                add_media(post, "sticker", u)
        elif "tgme_widget_message_voice_player" in cls:
            srcs = [absolute(a.get("src"), base) for a in el.cssselect("audio[src]")]
            srcs = [u for u in srcs if u]
            if not srcs:
                missing = True
            for u in srcs:
                add_media(post, "voice", u)
        elif "tgme_widget_message_document_wrap" in cls:
            missing = True
            post.setdefault("documents", []).append(
                {"title": text_of(first(el, ".tgme_widget_message_document_title")) or None,
                 "extra": text_of(first(el, ".tgme_widget_message_document_extra")) or None})
    if missing:
        add_gap(record, "platform.telegram.media_not_in_preview", post=ref)


def _poll(block) -> dict | None:
    """A poll as the page shows it: question, type ("Anonymous Quiz"), options with the share each
    got ("0%"), and the number of voters (as shown, and read as a number)."""
    el = first(block, ".tgme_widget_message_poll")
    if el is None:
        return None
    voters = text_of(first(block, ".tgme_widget_message_voters")) or None
    return {"question": text_of(first(el, ".tgme_widget_message_poll_question")),
            "type": text_of(first(el, ".tgme_widget_message_poll_type")) or None,
            "options": [{"text": text_of(first(o, ".tgme_widget_message_poll_option_text")),
                         "percent": text_of(first(o, ".tgme_widget_message_poll_option_percent")) or None}
                        for o in el.cssselect(".tgme_widget_message_poll_option")],
            "voters_text": voters, "voters": count(voters)}


_LAT_LON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def _location(block, base: str) -> dict | None:
    """A shared location: its coordinates as the map link gives them (text, not rounded), the link,
    and the place's name and address when the page shows them (a venue)."""
    el = first(block, ".tgme_widget_message_location_wrap")
    if el is None:
        return None
    href = absolute(el.get("href"), base)
    lat = lon = None
    if href:
        q = parse_qs(urlsplit(href).query)
        for key in ("q", "ll"):
            m = _LAT_LON.match((q.get(key) or [""])[0])
            if m:
                lat, lon = m.group(1), m.group(2)
                break
    address = first(block, ".tgme_widget_message_location_address, .tgme_widget_message_venue_address")
    out = {"latitude": lat, "longitude": lon, "map_url": href, "address": text_of(address) or None}
    venue = first(block, ".tgme_widget_message_location_title, .tgme_widget_message_venue_title")
    if venue is not None:
        out["name"] = text_of(venue) or None
    return out


def parse(view: PageView) -> dict:
    kind, name, number = page_kind(view)
    record = new_record("telegram", kind)
    base = view.final_url or view.url
    doc = parse_html(view.html)
    blocks = doc.cssselect(".tgme_widget_message[data-post]")
    if not blocks and kind == "post":
        # the single-post page draws its post in a frame: the t.me/NAME/ID?embed=1 document
        for url, text in view.documents.items():
            if "embed=" in urlsplit(url).query and _post_ref(url) == f"{name}/{number}":
                base = url
                frame = parse_html(text)
                blocks = frame.cssselect(".tgme_widget_message[data-post]")
                if not blocks and frame.cssselect(".tgme_widget_message_error"):
                    add_gap(record, "platform.telegram.post_missing", post=f"{name}/{number}",
                            reason=text_of(first(frame, ".tgme_widget_message_error"))[:200])
                break
    # the channel as its header names it (preview) or as its landing page does (t.me/NAME)
    set_account(record, title=text_of(first(doc, ".tgme_channel_info_header_title")))
    header_user = text_of(first(doc, ".tgme_channel_info_header_username"))
    set_account(record, handle=header_user if header_user.startswith("@") else None)
    set_account(record, title=text_of(first(doc, ".tgme_page_title")))
    for block in blocks:
        post = _message(block, base, record)
        if post is not None and not any(p["id"] == post["id"] for p in record["posts"]):
            record["posts"].append(post)
    set_account(record, handle=name)
    if not record["account"]["title"]:
        set_account(record, title=meta(doc, "og:title", "twitter:title"))
    final = urlsplit(view.final_url or view.url)
    asked_preview = view.path_parts[:1] == ["s"]
    if asked_preview and name and view.final_parts[:1] != ["s"] and not blocks:
        # t.me/s/NAME sent the browser to t.me/NAME: no web preview for this channel
        add_gap(record, "platform.telegram.no_preview", channel=name)
        extra = text_of(first(doc, ".tgme_page_extra"))
        if extra:
            record["account"]["about"] = extra
    elif kind == "post" and not blocks and not any(g["key"] == "platform.telegram.post_missing"
                                                   for g in record["gaps"]):
        add_gap(record, "platform.telegram.post_missing", post=f"{name}/{number}",
                reason=text_of(first(doc, ".tgme_widget_message_error, .tgme_page_description"))[:200])
    elif kind == "channel" and not blocks and final.hostname and name:
        add_gap(record, "platform.telegram.no_posts", channel=name)
    return record
