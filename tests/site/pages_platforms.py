"""Made-up copies of the platforms' page structure (invented channels, people and texts; no real
post), served for the hosts they imitate (t.me, www.instagram.com, vk.com, www.tiktok.com,
www.facebook.com, www.youtube.com, a Telegram-like file host) when the test site is used as an HTTP
proxy (`CaptureOptions(proxy=site.base)`: Python's http.server answers absolute-URL request lines).
Also short HLS and DASH streams made with ffmpeg (`make_streams(folder)`, once per session) under
/streams/ on 127.0.0.1, and a player page that streams from a blob: address.

    TG_CHANNEL = "tj_leaks_demo"   http://t.me/s/tj_leaks_demo (TG_POSTS posts, ?before=ID pages),
                                    http://t.me/tj_leaks_demo/ID (+ ?embed=1), http://t.me/s/flagged_demo
"""

from __future__ import annotations

import base64
import html
import json
import subprocess
from pathlib import Path

from . import server
from .server import VIDEO_BYTES, noisy_png

TG_CHANNEL = "tj_leaks_demo"
TG_TITLE = "Леак Демо ТҶ"
TG_CHANNEL_ID = 1987654321
TG_FIRST = 1001
TG_POSTS = 20
TG_FLAGGED = "flagged_demo"
TG_FILES = "cdn.tg-demo.test"
IG_CODE = "CzDemo12345"
IG_OWNER_ID = "5550001112"
VK_POST = "-123456_789"
TT_VIDEO = "7300000000000000001"
TT_AUTHOR_ID = "6800000000000000042"
FB_STORY = "1234567890123"
FB_OWNER = "100000000000777"
YT_VIDEO = "DemoVid0001"
YT_CHANNEL = "UCdemo0000000000000000aa"
STREAMS: dict[str, Path] = {}        # "dir" -> folder with hls/ and dash/ (set by make_streams)
PROXY_SEEN: list[str] = []           # every absolute address asked of the site as a proxy
# a channel that changes between captures (watch tests): posts left out of the preview, and posts
# whose text was edited (post number -> new text)
TG_VARIANT: dict = {"hidden": set(), "edited": {}}


def tg_text(n: int) -> str:
    if n in TG_VARIANT["edited"]:
        return TG_VARIANT["edited"][n]
    return f"Паёми {n}: суроға ва рақами телефони ӯро нашр карданд. Опубликовали её адрес и телефон #{n}"


def tg_views(n: int) -> tuple[str, int]:
    """The views as Telegram writes them, and the number they stand for."""
    table = {1: ("987", 987), 2: ("1.2K", 1200), 3: ("3.4M", 3_400_000), 4: ("15K", 15_000)}
    return table.get(n % 5, (str(n * 37), n * 37))


def _data_view(n: int) -> str:
    raw = json.dumps({"c": -TG_CHANNEL_ID, "p": n, "t": 1793000000 + n, "h": "0a1b2c3d4e5f60718"}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def tg_photo(n: int, k: int = 1) -> str:
    return f"http://{TG_FILES}/file/p{n}-{k}.png"


def tg_message(n: int) -> str:
    """One message block as the preview draws it; some posts carry the variants a parser must read."""
    i = n - TG_FIRST + 1
    views, _ = tg_views(i)
    parts = []
    if i == 3:
        parts.append('<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
                     '<a class="tgme_widget_message_forwarded_from_name" href="https://t.me/source_demo/77">'
                     '<span dir="auto">Source Demo</span></a></div>')
    if i == 4:
        parts.append('<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from '
                     '<span class="tgme_widget_message_forwarded_from_name">Hidden Sender</span></div>')
    if i == 5:
        parts.append(f'<a class="tgme_widget_message_reply" href="https://t.me/{TG_CHANNEL}/{TG_FIRST}">'
                     f'<div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name">'
                     f'{TG_TITLE}</span></div><div class="tgme_widget_message_metatext">quoted earlier text</div></a>')
    photos = 2 if i == 9 else 1
    group = [f'<a class="tgme_widget_message_photo_wrap {n} 1" href="https://t.me/{TG_CHANNEL}/{n}?single" '
             f'style="width:320px;display:block;background-image:url(\'{tg_photo(n, k)}\')">'
             f'<div class="tgme_widget_message_photo" style="padding-top:75%"></div></a>' for k in range(1, photos + 1)]
    parts.append(f'<div class="tgme_widget_message_grouped_wrap">{"".join(group)}</div>' if photos > 1 else group[0])
    if i == 8:
        parts.append(f'<a class="tgme_widget_message_video_player" href="https://t.me/{TG_CHANNEL}/{n}">'
                     f'<i class="tgme_widget_message_video_thumb" style="background-image:url(\'{tg_photo(n, 9)}\')"></i>'
                     f'<div class="tgme_widget_message_video_wrap"><video src="http://{TG_FILES}/file/v{n}.mp4" '
                     f'class="tgme_widget_message_video js-message_video" width="100%" height="100%"></video></div></a>')
    parts.append(f'<div class="tgme_widget_message_text js-message_text" dir="auto">{html.escape(tg_text(n))}'
                 f'<br/>Хатти дуюм · вторая строка</div>')
    author = '<span class="tgme_widget_message_from_author" dir="auto">Admin Demo</span>, ' if i == 7 else ""
    edited = "edited " if i == 6 else ""
    when = f"2026-11-{(i % 28) + 1:02d}T0{i % 10}:{i:02d}:00+00:00"
    parts.append(f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
                 f'<span class="tgme_widget_message_views">{views}</span>'
                 f'<span class="tgme_widget_message_meta">{author}{edited}<a class="tgme_widget_message_date" '
                 f'href="https://t.me/{TG_CHANNEL}/{n}"><time datetime="{when}" class="time">0{i % 10}:{i:02d}</time></a></span>'
                 f'</div></div>')
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap">'
            f'<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{TG_CHANNEL}/{n}" '
            f'data-view="{_data_view(n)}">'
            f'<div class="tgme_widget_message_user"><a href="https://t.me/{TG_CHANNEL}"></a></div>'
            f'<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color">'
            f'<a class="tgme_widget_message_owner_name" href="https://t.me/{TG_CHANNEL}"><span dir="auto">{TG_TITLE}</span></a></div>'
            f'{"".join(parts)}</div></div></div>')


def tg_published(n: int) -> str:
    i = n - TG_FIRST + 1
    return f"2026-11-{(i % 28) + 1:02d}T0{i % 10}:{i:02d}:00Z"


def _doc(title: str, body: str, head: str = "") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>{head}</head>"
            f"<body>{body}</body></html>")


def page_tg_preview(before: int | None = None) -> str:
    last = TG_FIRST + TG_POSTS - 1
    hi = min(last, before - 1) if before else last
    lo = max(TG_FIRST, hi - TG_POSTS + 1) if not before else max(TG_FIRST, hi - 9)
    msgs = "".join(tg_message(n) for n in range(lo, hi + 1) if n not in TG_VARIANT["hidden"])
    more = (f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{TG_CHANNEL}?before={lo}" '
            f'class="tme_messages_more js-messages_more" data-before="{lo}"></a></div>') if lo > TG_FIRST else ""
    return _doc(f"{TG_TITLE} – Telegram", f"""
<header class="tgme_header"><div class="tgme_channel_info"><div class="tgme_channel_info_header">
<div class="tgme_channel_info_header_title"><span dir="auto">{TG_TITLE}</span></div>
<div class="tgme_channel_info_header_username"><a href="https://t.me/{TG_CHANNEL}">@{TG_CHANNEL}</a></div></div>
<div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">4.1K</span> subscribers</div></div>
</div></header>
<main class="tgme_main"><section class="tgme_channel_history js-message_history">{more}{msgs}</section></main>""",
                head=f'<meta property="og:title" content="{TG_TITLE}">')


def page_tg_landing(name: str, title: str) -> str:
    return _doc(f"Telegram: Contact @{name}", f"""
<div class="tgme_page"><div class="tgme_page_photo"></div>
<div class="tgme_page_title"><span dir="auto">{html.escape(title)}</span></div>
<div class="tgme_page_extra">1 234 subscribers</div>
<div class="tgme_page_description">Канали намоишӣ</div>
<div class="tgme_page_action"><a class="tgme_action_button_new" href="tg://resolve?domain={name}">View in Telegram</a></div></div>""",
                head=f'<meta property="og:title" content="{html.escape(title)}">')


def page_tg_post(n: int) -> str:
    return _doc(f"Telegram: Contact @{TG_CHANNEL}", f"""
<div class="tgme_page tgme_page_post"><div class="tgme_page_widget">
<iframe src="/{TG_CHANNEL}/{n}?embed=1" width="100%" height="600" frameborder="0"></iframe></div>
<div class="tgme_page_widget_actions"><a href="tg://resolve?domain={TG_CHANNEL}&post={n}">View in Telegram</a></div></div>""",
                head=f'<meta property="og:title" content="{TG_TITLE}"><meta property="og:description" content="{html.escape(tg_text(n))}">')


def page_tg_embed(n: int) -> str:
    if not TG_FIRST <= n < TG_FIRST + TG_POSTS:
        return _doc("Telegram Widget", '<div class="tgme_widget_message_error">Post not found</div>')
    return _doc("Telegram Widget", tg_message(n))


def page_instagram() -> str:
    ios = f"instagram://media?id={instagram_media_id(IG_CODE)}"
    return _doc("Instagram", f"""
<main><article><img src="/x.png" alt=""><p>Demo caption: бе иҷозат</p></article></main>
<div role="dialog" style="position:fixed;inset:0;background:#fff">
<h2>Log in to see photos and videos from friends.</h2>
<form id="loginForm"><input name="username" type="text"><input name="password" type="password"><button>Log in</button></form></div>""",
                head=f"""<meta property="og:title" content="Demo Person on Instagram: &quot;Demo caption: бе иҷозат&quot;">
<meta name="twitter:title" content="Demo Person (@demo.person) • Instagram photos and videos">
<meta property="al:ios:url" content="{ios}"><meta property="instapp:owner_user_id" content="{IG_OWNER_ID}">
<meta property="og:url" content="https://www.instagram.com/demo.person/p/{IG_CODE}/">""")


def instagram_media_id(code: str) -> int:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    n = 0
    for c in code:
        n = n * 64 + alphabet.index(c)
    return n


def page_vk() -> str:
    owner, num = VK_POST.split("_")
    return _doc("Demo Group | VK", f"""
<div id="page_wall_posts"><div class="_post post" data-post-id="{VK_POST}">
<div class="post_header"><a class="author" href="/demo_group" data-from-id="{owner}">Demo Group TJ</a>
<a class="post_link" href="/wall{VK_POST}"><span class="rel_date" time="1793100000">today at 10:00</span></a></div>
<div class="wall_post_text">Суроғаи хонаи ӯ · адрес её дома</div>
<div class="like_views _views">2.5K</div></div></div>""", head='<meta property="og:url" content="https://vk.com/demo_group">')


def page_tiktok() -> str:
    data = {"__DEFAULT_SCOPE__": {"webapp.video-detail": {"itemInfo": {"itemStruct": {
        "id": TT_VIDEO, "desc": "Demo video · видеои намоишӣ", "createTime": "1793200000",
        "author": {"id": TT_AUTHOR_ID, "uniqueId": "demo.user", "nickname": "Demo User"},
        "stats": {"playCount": 45100}}}}}}
    return _doc("Demo User on TikTok", f"""
<div id="app"><video src="blob:http://www.tiktok.com/0000"></video></div>
<div data-e2e="modal-login" role="dialog">Log in to TikTok</div>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{json.dumps(data)}</script>""")


def page_facebook_login() -> str:
    return _doc("Log in to Facebook", """
<div><h2>You must log in to continue.</h2><form id="login_form" action="/login/device-based/regular/login/" method="post">
<input type="text" name="email"><input type="password" name="pass"><button name="login">Log in</button></form></div>""")


def page_youtube() -> str:
    player = {"playabilityStatus": {"status": "OK"},
              "videoDetails": {"videoId": YT_VIDEO, "title": "Demo video title", "lengthSeconds": "3",
                               "channelId": YT_CHANNEL, "shortDescription": "Demo description · тавсиф",
                               "viewCount": "12345", "author": "Demo Channel"},
              "microformat": {"playerMicroformatRenderer": {
                  "publishDate": "2026-10-01T05:00:00-07:00", "ownerProfileUrl": "http://www.youtube.com/@demochannel",
                  "externalChannelId": YT_CHANNEL, "ownerChannelName": "Demo Channel"}}}
    return _doc("Demo video title - YouTube", "<div id='player'><video src='blob:http://www.youtube.com/1'></video></div>"
                f"<script>var ytInitialPlayerResponse = {json.dumps(player)};var meta = 1;</script>",
                head='<meta property="og:title" content="Demo video title">')


def page_player() -> str:
    """A player that loads an HLS playlist and plays from a blob: address (as hls.js does)."""
    return _doc("Stream player", """
<h1>Видео · stream</h1><video id="v" width="320" height="240" controls></video>
<script>
fetch('/streams/hls/stream.m3u8').then(r => r.text()).then(t => {
  const seg = t.split('\\n').find(l => l && !l.startsWith('#'));
  return fetch('/streams/hls/' + seg).then(r => r.blob());
}).then(b => { document.getElementById('v').src = URL.createObjectURL(b); });
</script>""")


# ------------------------------------------------------------------------------------ streams
def make_streams(folder: Path) -> Path:
    """Three-second HLS (MPEG-TS pieces) and DASH (fMP4 pieces) streams of a test picture and tone."""
    folder = Path(folder)
    src = ["-f", "lavfi", "-i", "testsrc=size=160x120:rate=10", "-f", "lavfi", "-i",
           "sine=frequency=440:sample_rate=22050", "-t", "3", "-c:v", "libx264", "-preset", "ultrafast",
           "-g", "10", "-c:a", "aac", "-b:a", "32k"]
    (folder / "hls").mkdir(parents=True, exist_ok=True)
    (folder / "dash").mkdir(parents=True, exist_ok=True)
    subprocess.run(["ffmpeg", "-v", "error", "-y", *src, "-f", "hls", "-hls_time", "1", "-hls_playlist_type", "vod",
                    "-hls_segment_filename", str(folder / "hls" / "seg%d.ts"), str(folder / "hls" / "stream.m3u8")],
                   check=True, timeout=120)
    subprocess.run(["ffmpeg", "-v", "error", "-y", *src, "-f", "dash", "-seg_duration", "1",
                    str(folder / "dash" / "stream.mpd")], check=True, timeout=120)
    STREAMS["dir"] = folder
    return folder


STALLED_M3U8 = ("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-PLAYLIST-TYPE:VOD\n"
                "#EXTINF:1.0,\n/no-answer?stalled-piece\n#EXT-X-ENDLIST\n")
_TYPES = {".m3u8": "application/vnd.apple.mpegurl", ".ts": "video/mp2t", ".mpd": "application/dash+xml",
          ".m4s": "video/iso.segment"}


def _streams(h, path, q):
    if path == "/streams/player":
        return h._html(page_player())
    if path == "/streams/stalled.m3u8":         # a stream whose one piece never comes
        return h._send(200, STALLED_M3U8.encode(), _TYPES[".m3u8"])
    folder = STREAMS.get("dir")
    rel = path[len("/streams/"):]
    f = (folder / rel).resolve() if folder else None
    if f is None or folder.resolve() not in f.parents or not f.is_file():
        return h._html(server.page_error(404), 404)
    return h._send(200, f.read_bytes(), _TYPES.get(f.suffix, "application/octet-stream"))


# ------------------------------------------------------------------------------------ HTTPS hosts
_TLS: dict[str, object] = {}


def _tls_context():
    """One throwaway certificate for every made-up HTTPS host (the capture's browser ignores
    certificate errors, as it does for real sites; the trust check then says "not trusted")."""
    if "ctx" not in _TLS:
        import tempfile

        from .tls import server_context

        folder = Path(tempfile.mkdtemp(prefix="ek-tls-"))
        try:
            _TLS["ctx"] = server_context(folder)
        finally:
            for f in folder.iterdir():
                f.unlink()
            folder.rmdir()
    return _TLS["ctx"]


def do_connect(h) -> None:
    """CONNECT host:443 (a browser or yt-dlp asking the proxy for an HTTPS site, e.g. one that is on
    Chromium's HSTS list such as www.instagram.com): answer it ourselves over TLS, with the same pages."""
    PROXY_SEEN.append("CONNECT " + h.path)
    h.send_response(200, "Connection established")
    h.end_headers()
    h.wfile.flush()
    try:
        tls_sock = _tls_context().wrap_socket(h.connection, server_side=True)
    except OSError:
        h.close_connection = True
        return
    try:
        type(h)(tls_sock, h.client_address, h.server)
    except OSError:
        pass
    h.close_connection = True


if not hasattr(server._Handler, "do_CONNECT"):
    server._Handler.do_CONNECT = do_connect


# ------------------------------------------------------------------------------------ routing
def _host(h) -> str:
    if h.path.startswith("http"):
        PROXY_SEEN.append(h.path)
    return (h.headers.get("Host") or "").split(":")[0].lower()


def _not_here(h):
    return h._html(server.page_error(404), 404)


def _telegram(h, path, q):
    host = _host(h)
    if host == TG_FILES:
        name = path.rsplit("/", 1)[-1]
        if name.startswith("v") and name.endswith(".mp4"):
            return h._send(200, VIDEO_BYTES, "video/mp4")
        if name.startswith("p") and name.endswith(".png"):
            n, k = name[1:-4].split("-")
            return h._send(200, noisy_png(64, 48, int(n) * 10 + int(k)), "image/png")
        return _not_here(h)
    if host not in ("t.me", "telegram.me"):
        return _not_here(h)
    parts = [p for p in path.split("/") if p]
    if parts == ["s", TG_CHANNEL]:
        before = q.get("before", [None])[0]
        return h._html(page_tg_preview(int(before) if before and before.isdigit() else None))
    if parts == ["s", TG_FLAGGED]:
        return h._redirect(302, f"http://t.me/{TG_FLAGGED}")
    if parts == [TG_FLAGGED]:
        return h._html(page_tg_landing(TG_FLAGGED, "Flagged Demo"))
    if len(parts) == 2 and parts[0] == TG_CHANNEL and parts[1].isdigit():
        if q.get("embed"):
            return h._html(page_tg_embed(int(parts[1])))
        return h._html(page_tg_post(int(parts[1])))
    return _not_here(h)


def _instagram(h, path, q):
    return h._html(page_instagram()) if _host(h) == "www.instagram.com" else _not_here(h)


def _vk(h, path, q):
    return h._html(page_vk()) if _host(h) == "vk.com" else _not_here(h)


def _tiktok(h, path, q):
    return h._html(page_tiktok()) if _host(h) == "www.tiktok.com" else _not_here(h)


def _facebook(h, path, q):
    if _host(h) != "www.facebook.com":
        return _not_here(h)
    if path.startswith("/login"):
        return h._html(page_facebook_login())
    # as Facebook does: to its login page over HTTPS (not left to the browser's HSTS list, which
    # not every Chromium build applies to a made-up proxy route the same way)
    return h._redirect(302, f"https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com{path}")


def _youtube(h, path, q):
    if _host(h) == "www.youtube.com" and path == "/watch":
        return h._html(page_youtube())
    return _not_here(h)


def _youtube_other(h, path, q):
    _host(h)
    return _not_here(h)


for _prefix, _handler in (("/s/", _telegram), (f"/{TG_CHANNEL}/", _telegram), (f"/{TG_FLAGGED}", _telegram),
                          ("/file/", _telegram), ("/p/", _instagram), (f"/wall{VK_POST}", _vk),
                          ("/@demo.user/", _tiktok), ("/permalink.php", _facebook), ("/login/", _facebook),
                          ("/watch", _youtube), ("/youtubei/", _youtube_other), ("/streams/", _streams)):
    server.register(_prefix, _handler)
for _prefix, _handler in (("/youtubei/", _youtube_other),):
    server.register(_prefix, _handler, method="POST")
