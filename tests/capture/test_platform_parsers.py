"""The platform adapters' parsers on made-up copies of real page structure (tests/site/pages_platforms.py),
without a browser: every field of the agreed `metadata["platform"]` shape."""

from __future__ import annotations

import base64
import json

import pytest

from capture.platforms import adapter_for, from_url, record_for
from capture.platforms.base import MEDIA_KINDS, PageView, count, iso_utc, text_of, parse_html
from tests.site import pages_platforms as P

KEYS = {"id", "url", "published_at", "text", "edited", "views", "author", "forwarded_from", "reply_to", "media"}


def view(url, html="", final=None, **kw):
    return PageView(url=url, final_url=final or url, html=html, **kw)


def check_shape(record):
    assert set(record) >= {"name", "page", "account", "posts", "gaps"}
    assert set(record["account"]) >= {"handle", "id", "title"}
    for p in record["posts"]:
        assert set(p) >= KEYS, p
        assert p["published_at"] is None or p["published_at"].endswith("Z")
        for m in p["media"]:
            assert set(m) >= {"artifact", "kind", "source_url"} and m["kind"] in MEDIA_KINDS
    for g in record["gaps"]:
        assert set(g) == {"key", "params"}
    json.dumps(record)          # storable as it is


# ------------------------------------------------------------------------------ Telegram
def test_telegram_channel_preview_every_post_and_field():
    r = record_for(view(f"https://t.me/s/{P.TG_CHANNEL}", P.page_tg_preview()))
    check_shape(r)
    assert (r["name"], r["page"]) == ("telegram", "channel")
    assert r["account"] == {"handle": P.TG_CHANNEL, "id": str(P.TG_CHANNEL_ID), "title": P.TG_TITLE}
    assert [p["id"] for p in r["posts"]] == [f"{P.TG_CHANNEL}/{n}" for n in range(P.TG_FIRST, P.TG_FIRST + P.TG_POSTS)]
    assert r["gaps"] == []
    for p in r["posts"]:
        n = int(p["id"].rsplit("/", 1)[1])
        i = n - P.TG_FIRST + 1
        assert p["url"] == f"https://t.me/{P.TG_CHANNEL}/{n}"
        assert p["published_at"] == P.tg_published(n)
        assert p["text"] == P.tg_text(n) + "\nХатти дуюм · вторая строка"
        assert p["views"] == P.tg_views(i)[1]
        assert p["edited"] is (i == 6)
        assert p["author"] == ("Admin Demo" if i == 7 else None)
        assert p["reply_to"] == (f"{P.TG_CHANNEL}/{P.TG_FIRST}" if i == 5 else None)
        photos = [m["source_url"] for m in p["media"] if m["kind"] == "photo"]
        assert photos == [P.tg_photo(n, k) for k in range(1, (3 if i == 9 else 2))]
        videos = [m["source_url"] for m in p["media"] if m["kind"] == "video"]
        assert videos == ([f"http://{P.TG_FILES}/file/v{n}.mp4"] if i == 8 else [])
    by = {p["id"]: p for p in r["posts"]}
    assert by[f"{P.TG_CHANNEL}/1003"]["forwarded_from"] == "Source Demo"
    assert by[f"{P.TG_CHANNEL}/1003"]["forwarded_from_url"] == "https://t.me/source_demo/77"
    assert by[f"{P.TG_CHANNEL}/1004"]["forwarded_from"] == "Hidden Sender"     # a hidden source: name only


def test_telegram_before_page_and_the_quoted_text_is_not_the_post():
    r = record_for(view(f"https://t.me/s/{P.TG_CHANNEL}?before=1011", P.page_tg_preview(before=1011)))
    assert [p["id"] for p in r["posts"]] == [f"{P.TG_CHANNEL}/{n}" for n in range(1001, 1011)]
    reply = next(p for p in r["posts"] if p["reply_to"])
    assert "quoted earlier text" not in reply["text"]


def test_telegram_flagged_channel_is_a_gap_in_words():
    r = record_for(view(f"https://t.me/s/{P.TG_FLAGGED}", P.page_tg_landing(P.TG_FLAGGED, "Flagged Demo"),
                        final=f"https://t.me/{P.TG_FLAGGED}"))
    check_shape(r)
    assert r["posts"] == [] and r["account"]["title"] == "Flagged Demo"
    assert r["gaps"] == [{"key": "platform.telegram.no_preview", "params": {"channel": P.TG_FLAGGED}}]
    from evidence_kit.i18n import tr
    for lang in ("en", "ru", "tg"):
        words = tr("platform.telegram.no_preview", lang, channel=P.TG_FLAGGED)
        assert f"t.me/s/{P.TG_FLAGGED}" in words and "Telegram" in words
    assert "Export chat history" in tr("platform.telegram.no_preview", "en", channel="x")
    assert "login session" in tr("platform.telegram.no_preview", "en", channel="x")


def test_telegram_single_post_is_read_from_its_embed_frame():
    n = 1005
    embed = f"https://t.me/{P.TG_CHANNEL}/{n}?embed=1"
    r = record_for(view(f"https://t.me/{P.TG_CHANNEL}/{n}", P.page_tg_post(n), documents={embed: P.page_tg_embed(n)}))
    check_shape(r)
    assert r["page"] == "post" and [p["id"] for p in r["posts"]] == [f"{P.TG_CHANNEL}/{n}"]
    assert r["account"]["id"] == str(P.TG_CHANNEL_ID) and r["gaps"] == []
    # the same post opened as ?embed=1 itself
    r2 = record_for(view(embed, P.page_tg_embed(n)))
    assert r2["posts"] == r["posts"]
    # a post Telegram does not show
    gone = f"https://t.me/{P.TG_CHANNEL}/9999"
    r3 = record_for(view(gone, P.page_tg_post(9999), documents={gone + "?embed=1": P.page_tg_embed(9999)}))
    assert r3["posts"] == [] and r3["gaps"][0]["key"] == "platform.telegram.post_missing"
    assert r3["gaps"][0]["params"]["reason"] == "Post not found"


def test_telegram_channel_id_from_data_view():
    from capture.platforms.telegram import channel_id

    raw = base64.urlsafe_b64encode(json.dumps({"c": -1179933704, "p": "4656g"}).encode()).decode().rstrip("=")
    assert channel_id(raw) == "1179933704"
    assert channel_id("not base64 json") is None and channel_id(None) is None


@pytest.mark.parametrize("text,n", [("987", 987), ("1.2K", 1200), ("3.4M", 3_400_000), ("15K", 15_000),
                                    ("1,5K", 1500), ("12 345", 12345), ("2.1 тыс.", 2100), ("", None), ("many", None)])
def test_counts_as_platforms_write_them(text, n):
    assert count(text) == n


def test_times_are_utc_or_nothing():
    assert iso_utc("2026-10-01T05:00:00-07:00") == "2026-10-01T12:00:00Z"
    assert iso_utc(1700000000) == "2023-11-14T22:13:20Z" and iso_utc("1700000000") == "2023-11-14T22:13:20Z"
    assert iso_utc("2026-10-01T05:00:00") is None          # no zone: not guessed
    assert iso_utc("yesterday") is None


def test_text_keeps_line_breaks_and_emoji():
    doc = parse_html("<div id=t>Салом<br>дунё <i class='emoji'><b>😀</b></i><p>new  para</p></div>")
    assert text_of(doc.get_element_by_id("t")) == "Салом\nдунё 😀\nnew para"


# ------------------------------------------------------------------------------ other platforms
def test_instagram_post_behind_a_login_wall():
    r = record_for(view(f"https://www.instagram.com/p/{P.IG_CODE}/", P.page_instagram()))
    check_shape(r)
    assert (r["name"], r["page"]) == ("instagram", "post")
    assert r["account"] == {"handle": "demo.person", "id": P.IG_OWNER_ID, "title": "Demo Person"}
    post = r["posts"][0]
    assert post["id"] == P.IG_CODE and post["url"] == f"https://www.instagram.com/p/{P.IG_CODE}/"
    assert post["media_id"] == str(P.instagram_media_id(P.IG_CODE))
    assert post["text"] == "Demo caption: бе иҷозат"
    assert r["gaps"] == [{"key": "platform.gap.login_wall", "params": {"platform": "Instagram"}}]


def test_instagram_media_id_is_the_shortcode_decoded():
    from capture.platforms.instagram import media_id

    assert media_id("B") == "1" and media_id("BA") == "64" and media_id("x" * 12) is None


def test_vk_wall_post():
    r = record_for(view(f"https://vk.com/wall{P.VK_POST}", P.page_vk()))
    check_shape(r)
    assert r["account"] == {"handle": "demo_group", "id": "-123456", "title": "Demo Group TJ"}
    post = r["posts"][0]
    assert post["id"] == f"wall{P.VK_POST}" and post["views"] == 2500
    assert post["published_at"] == "2026-10-27T11:20:00Z" and "адрес её дома" in post["text"]
    assert r["gaps"] == []
    # the same post named in a profile address (?w=wall…)
    r2 = record_for(view(f"https://vk.com/demo_group?w=wall{P.VK_POST}", P.page_vk()))
    assert r2["posts"][0]["id"] == post["id"]


def test_tiktok_video_and_login_popup():
    r = record_for(view(f"https://www.tiktok.com/@demo.user/video/{P.TT_VIDEO}", P.page_tiktok()))
    check_shape(r)
    assert (r["page"], r["account"]) == ("video", {"handle": "demo.user", "id": P.TT_AUTHOR_ID, "title": "Demo User"})
    post = r["posts"][0]
    assert (post["id"], post["views"], post["published_at"]) == (P.TT_VIDEO, 45100, "2026-10-28T15:06:40Z")
    assert r["gaps"][0]["key"] == "platform.gap.login_wall"


def test_facebook_login_redirect_keeps_what_the_address_says():
    url = f"https://www.facebook.com/permalink.php?story_fbid={P.FB_STORY}&id={P.FB_OWNER}"
    r = record_for(view(url, P.page_facebook_login(), final="https://www.facebook.com/login/?next=x"))
    check_shape(r)
    assert r["account"]["id"] == P.FB_OWNER and r["posts"][0]["id"] == P.FB_STORY
    assert r["posts"][0]["url"] == url
    assert r["gaps"] == [{"key": "platform.gap.login_wall", "params": {"platform": "Facebook"}}]


def test_youtube_page_and_ytdlp_info():
    from capture.platforms.youtube import apply_info

    r = record_for(view(f"https://www.youtube.com/watch?v={P.YT_VIDEO}", P.page_youtube()))
    check_shape(r)
    assert r["account"] == {"handle": "demochannel", "id": P.YT_CHANNEL, "title": "Demo Channel"}
    post = r["posts"][0]
    assert (post["id"], post["views"], post["published_at"]) == (P.YT_VIDEO, 12345, "2026-10-01T12:00:00Z")
    # what yt-dlp said (the fields it gives; values invented) wins over the page
    info = {"id": P.YT_VIDEO, "uploader": "Demo Channel", "uploader_id": "@demochannel", "channel_id": P.YT_CHANNEL,
            "channel": "Demo Channel", "timestamp": 1790000000, "upload_date": "20260921", "view_count": 12400,
            "title": "Demo video title", "description": "Full description\nline 2", "comment_count": 2,
            "webpage_url": f"https://www.youtube.com/watch?v={P.YT_VIDEO}"}
    apply_info(r, info, "video-DemoVid0001.mp4", "video-DemoVid0001.comments.json")
    check_shape(r)
    post = r["posts"][0]
    assert post["views"] == 12400 and post["published_at"] == "2026-09-21T14:13:20Z"
    assert post["published_on"] == "2026-09-21" and post["text"] == "Full description\nline 2"
    assert post["media"] == [{"artifact": "video-DemoVid0001.mp4", "kind": "video", "source_url": info["webpage_url"]}]
    assert post["comments"] == {"artifact": "video-DemoVid0001.comments.json", "count": 2}


def test_hosts_and_addresses_alone():
    assert adapter_for("https://m.facebook.com/x").__name__.endswith("facebook")
    assert adapter_for("https://youtu.be/abc").__name__.endswith("youtube")
    assert adapter_for("https://telegram.me/s/x").__name__.endswith("telegram")
    assert adapter_for("https://notinstagram.com/p/x") is None and adapter_for("https://example.org/") is None
    r = from_url(f"https://t.me/{P.TG_CHANNEL}/1005")
    assert (r["name"], r["page"], r["account"]["handle"]) == ("telegram", "post", P.TG_CHANNEL)
    assert from_url("https://example.org/") == {}


# ------------------------------------------------------------------------------ streams
def test_stream_manifests_and_ytdlp_settings(tmp_path):
    import threading

    from capture.model import CaptureOptions
    from capture.network import Exchange
    from capture.video import _Log, stream_kind, top_manifests, ytdlp_params

    assert stream_kind("https://x/a/master.m3u8?t=1") == "hls" and stream_kind("https://x/v", "application/dash+xml") == "dash"
    assert stream_kind("https://x/a.mp4", "video/mp4") is None

    def ex(url, body, ctype="application/vnd.apple.mpegurl"):
        e = Exchange(seq=0, url=url, method="GET", resource_type="xhr", is_navigation=False, main_frame=False,
                     started_at=None, status=200, response_headers=[("Content-Type", ctype)], body=body)
        return e
    master = ex("https://cdn.test/v/master.m3u8", b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nlow/index.m3u8\n")
    low = ex("https://cdn.test/v/low/index.m3u8", b"#EXTM3U\n#EXTINF:1,\nseg0.ts\n")
    assert top_manifests([master, low]) == ["https://cdn.test/v/master.m3u8"]
    params = ytdlp_params(str(tmp_path), CaptureOptions(proxy="socks5://127.0.0.1:9050"), comments=True,
                          stop=threading.Event(), log=_Log())
    assert params["proxy"] == "socks5://127.0.0.1:9050"
    assert params["cachedir"] is False and params["paths"] == {"home": str(tmp_path), "temp": str(tmp_path)}
    assert "-bitexact" in params["postprocessor_args"]["default"]
    assert params["external_downloader"] == {"default": "native"}
    node = params["js_runtimes"]["node"]["path"]
    assert "playwright" in node or node.endswith("node")
    assert params["getcomments"] is True and params["remote_components"] == []
