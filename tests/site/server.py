"""A local test site on 127.0.0.1 with the pages a capture must survive.

    from tests.site.server import serve
    with serve() as site:
        site.url("/post")          # http://127.0.0.1:PORT/post

Other test folders use it to capture real pages (export, UI). Pages:

    /post                ~7,000 px post: text in Tajik and Russian, 3 photos, a video, an audio clip,
                         and a lazy-loaded image far down in one exact colour (LAZY_RGB)
    /post?v=N            the same post as if posted anew: N in its headline, and photos whose bytes
                         differ (a comment in each file), so nothing of it is already in a vault
    /post-short          a short post with one photo (the end of the redirect chain)
    /redirect/1          301 -> /redirect/2 -> 302 -> /redirect/3 -> 307 -> /post-short
    /redirect/loop       redirects to itself forever
    /gone404, /gone410, /error500   error pages with a body ("this post was deleted")
    /never               sends half a page, then never finishes
    /no-answer           accepts the connection, never sends a byte of response
    /tall?h=45000        a page taller than the screenshot limit (default 45,000 px)
    /endless             appends posts whenever the reader nears the bottom, forever
    /dialogs             alert, confirm and prompt on load, a beforeunload handler, a pop-up
    /consent             a cookie-consent overlay covering the post (body scrolling locked)
    /login-wall          a fixed overlay asking to log in: not a consent banner, must stay
    /delayed             Tajik text written by a script 1.5 s after load (DELAYED_TEXT)
    /s/channel           imitation of Telegram's public channel preview (TG_MESSAGES messages,
                         photos as CSS background images, data-post ids, <time datetime>)
    /files/report.pdf    a file download (Content-Disposition: attachment); bytes = FILE_BYTES
    /batch/N             small distinct posts for batches (N = 0..999)
    /canary/TOKEN        TOKEN in the title, the text, the path and an image's path and bytes
    /img/..., /media/... the resources above

The site gzips HTML and CSS when the browser accepts it (as real servers do). `site.refused_url()`
gives an address where nothing listens.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import io
import socket
import struct
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAZY_RGB = (17, 170, 51)             # the lazy image's exact colour
LAZY_SIZE = (600, 300)
LAZY_TOP = 6300                       # its distance from the top of /post, in CSS px
POST_HEIGHT = 7000                    # /post is at least this tall
PHOTOS = 3                            # /img/photo1..3.png (noisy, ~48 KB each)
TG_MESSAGES = 24
DELAYED_TEXT = "Ин матн баъд аз бор шудан пайдо шуд: ғ ӣ қ ӯ ҳ ҷ — Тоҷикистон"
POST_TEXT = "Суратҳои шахсии ӯро бе иҷозат нашр карданд. Личные фотографии опубликованы без согласия."
FILE_BYTES = b"%PDF-1.4\n% Evidence Kit test download\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
VIDEO_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes((i * 7) % 251 for i in range(150_000))


# ------------------------------------------------------------------------------------ images
def chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rgb: tuple[int, int, int], text: bytes | None = None) -> bytes:
    """A solid-colour PNG (optionally with a tEXt chunk), written without any image library."""
    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    if text:
        out += chunk(b"tEXt", b"Comment\x00" + text)
    return out + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def noisy_png(width: int, height: int, seed: int) -> bytes:
    """A PNG that does not compress to nothing (so it is above the media size threshold)."""
    rows = []
    x = seed * 2654435761 & 0xFFFFFFFF
    for _ in range(height):
        r = bytearray([0])
        for _ in range(width * 3):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            r.append((x >> 16) & 0xFF)
        rows.append(bytes(r))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 1)) + chunk(b"IEND", b""))


def with_comment(png_bytes: bytes, text: str) -> bytes:
    """The same picture, other bytes: a tEXt chunk put after the header."""
    return png_bytes[:33] + chunk(b"tEXt", b"Comment\x00" + text.encode("latin-1", "replace")) + png_bytes[33:]


def wav(seconds: float = 1.0, rate: int = 8000) -> bytes:
    import wave

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(rate)
        w.writeframes(bytes(128 + int(60 * ((i // 8) % 2 * 2 - 1)) for i in range(int(rate * seconds))))
    return buf.getvalue()


_STATIC: dict[str, tuple[bytes, str]] = {}
_STATIC_LOCK = threading.Lock()     # the first requests come on several threads at once


def _static() -> dict[str, tuple[bytes, str]]:
    with _STATIC_LOCK:
        return _static_filled()


def _static_filled() -> dict[str, tuple[bytes, str]]:
    if not _STATIC:
        for i in range(1, PHOTOS + 1):
            _STATIC[f"/img/photo{i}.png"] = (noisy_png(160, 100, i + 100), "image/png")
        _STATIC["/img/lazy.png"] = (png(*LAZY_SIZE, LAZY_RGB), "image/png")
        _STATIC["/img/avatar.png"] = (png(48, 48, (90, 90, 90)), "image/png")   # small: below threshold
        for n in range(1, TG_MESSAGES + 1):
            _STATIC[f"/img/tg/{n}.png"] = (noisy_png(64, 48, n), "image/png")
        _STATIC["/media/clip.mp4"] = (VIDEO_BYTES, "video/mp4")
        _STATIC["/media/voice.wav"] = (wav(), "audio/wav")
        _STATIC["/static/site.css"] = (b"body{font-family:'DejaVu Sans',sans-serif;margin:0;color:#222}"
                                       b".post{max-width:760px;margin:0 auto;padding:24px}"
                                       b"p{line-height:1.6}" * 3, "text/css")
    return _STATIC


# ------------------------------------------------------------------------------------ pages
def _page(title: str, body: str, head: str = "") -> str:
    return (f"<!doctype html><html lang='tg'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<link rel='stylesheet' href='/static/site.css'>{head}</head><body>{body}</body></html>")


def page_post(variant: str = "") -> str:
    v = f"?v={urllib.parse.quote(variant)}" if variant else ""
    paras = "".join(f"<p>{POST_TEXT} ({i})</p>" for i in range(6))
    filler = "".join(f"<p>Шарҳ {i}: {POST_TEXT}</p>" for i in range(8))
    return _page("Пости таҳқиромез — test post", f"""
<div class="post">
<h1 id="headline">Пости таҳқиромез дар бораи Зарина{html.escape(" #" + variant) if variant else ""}</h1>
<p class="author">@leak_channel_tj · 2026-11-20 21:14</p>
{paras}
<img id="photo1" src="/img/photo1.png{v}" width="480" height="320" alt="photo 1">
<img id="photo2" src="/img/photo2.png{v}" width="480" height="320" alt="photo 2">
<video id="video" src="/media/clip.mp4" width="480" height="270" controls preload="none"></video>
<audio id="voice" controls preload="none"><source src="/media/voice.wav" type="audio/wav"></audio>
<img src="/img/avatar.png" width="48" height="48" alt="avatar">
{filler}
<img id="photo3" src="/img/photo3.png{v}" width="480" height="320" alt="photo 3">
<div style="height:{LAZY_TOP - 2700}px;border-left:4px solid #ccc">…</div>
<img id="lazy" loading="lazy" src="/img/lazy.png" width="{LAZY_SIZE[0]}" height="{LAZY_SIZE[1]}"
     style="display:block;position:absolute;left:0;top:{LAZY_TOP}px" alt="lazy">
<div style="height:{POST_HEIGHT - LAZY_TOP}px"></div>
<p id="end">Охири саҳифа — конец страницы</p>
</div>""")


def page_short(label: str = "short post", img: str = "/img/photo1.png") -> str:
    return _page(f"Short post — {label}",
                 f"<div class='post'><h1>{html.escape(label)}</h1><p>{POST_TEXT}</p>"
                 f"<img src='{img}' width='480' height='320'></div>")


def page_error(code: int) -> str:
    return _page(f"{code} — post not found", f"<div class='post'><h1>Пост нест карда шуд ({code})</h1>"
                                             f"<p>This post was deleted or never existed.</p></div>")


def page_tall(h: int) -> str:
    marks = "".join(f"<div style='position:absolute;top:{y}px;left:10px'>{y} px</div>" for y in range(0, h, 5000))
    return _page("Tall page", f"<div style='position:relative;height:{h}px;"
                              f"background:linear-gradient(#fdd,#ddf)'>{marks}</div>")


def page_endless() -> str:
    return _page("Endless feed", """
<div class="post" id="feed"></div>
<script>
let n = 0;
function more() { const f = document.getElementById('feed');
  for (let i = 0; i < 10; i++) { const d = document.createElement('div');
    d.style.height = '300px'; d.textContent = 'Пост ' + (n++); f.appendChild(d); } }
more();
window.addEventListener('scroll', () => {
  if (window.innerHeight + window.scrollY > document.body.scrollHeight - 1200) more(); });
</script>""")


def page_dialogs() -> str:
    return _page("Dialogs", """
<div class="post"><h1>Саҳифа бо равзанаҳо</h1><p id="result">…</p></div>
<script>
window.addEventListener('load', () => {
  alert('Салом! This is an alert');
  const ok = confirm('Do you confirm?');
  const name = prompt('Your name?', 'guest');
  document.getElementById('result').textContent = 'confirm=' + ok + ' prompt=' + name;
  window.open('/post-short', '_blank');
});
window.addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = 'Leave?'; });
</script>""")


def page_consent() -> str:
    return _page("Post behind a cookie banner", f"""
<div class="post"><h1 id="headline">Пост зери баннер</h1><p>{POST_TEXT}</p>
<img src="/img/photo2.png" width="480" height="320"></div>
<div id="cookie-consent" role="dialog" aria-label="Cookie consent"
     style="position:fixed;inset:0;background:rgba(0,0,0,.85);color:#fff;z-index:9999;padding:80px">
  <h2>We value your privacy</h2>
  <p>We use cookies to personalise content and ads. Click "Accept all" to consent to our use of cookies.</p>
  <button>Accept all</button> <button>Manage options</button>
</div>
<script>document.documentElement.style.overflow='hidden';document.body.style.overflow='hidden';</script>""")


def page_login_wall() -> str:
    return _page("Log in to see more", f"""
<div class="post"><h1>Пост</h1><p>{POST_TEXT}</p></div>
<div id="login" style="position:fixed;inset:0;background:rgba(255,255,255,.95);z-index:9999;padding:80px">
  <h2>Log in to continue</h2><p>Sign up or log in to see more posts from this account.</p>
  <button>Log in</button></div>""")


def page_delayed() -> str:
    return _page("Delayed text", f"""
<div class="post"><h1>Матни дертар</h1><p id="slot">…</p></div>
<script>setTimeout(() => {{ document.getElementById('slot').textContent = {DELAYED_TEXT!r}; }}, 1500);</script>""")


def page_channel() -> str:
    msgs = []
    for n in range(1, TG_MESSAGES + 1):
        msgs.append(f"""
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="channel/{1000 + n}">
 <div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="/channel">Leak Channel TJ</a></div>
 <a class="tgme_widget_message_photo_wrap" href="/channel/{1000 + n}"
    style="display:block;width:320px;height:240px;background-size:cover;background-image:url('/img/tg/{n}.png')"></a>
 <div class="tgme_widget_message_text">Паёми {n}: {POST_TEXT}</div>
 <div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">{n * 37}</span>
 <a class="tgme_widget_message_date" href="/channel/{1000 + n}"><time datetime="2026-11-{(n % 28) + 1:02d}T10:{n % 60:02d}:00+00:00">Nov {(n % 28) + 1}</time></a></div>
</div></div>""")
    return _page("Leak Channel TJ – Telegram", f"""
<div class="tgme_channel_info"><div class="tgme_channel_info_header_title">Leak Channel TJ</div>
<div class="tgme_channel_info_header_username">@channel</div></div>
<section class="tgme_channel_history">{''.join(msgs)}</section>""")


def page_canary(token: str) -> str:
    return _page(f"Canary {token}", f"<div class='post'><h1>{token}</h1><p>Secret words {token} here.</p>"
                                    f"<img src='/canary/{token}.png' width='300' height='200'></div>")


def page_index() -> str:
    links = ["/post", "/post-short", "/redirect/1", "/gone404", "/gone410", "/error500", "/never",
             "/tall", "/endless", "/dialogs", "/consent", "/login-wall", "/delayed", "/s/channel",
             "/files/report.pdf", "/batch/1"]
    return _page("Test site", "<ul>" + "".join(f"<li><a href='{u}'>{u}</a></li>" for u in links) + "</ul>")


# ------------------------------------------------------------------------------------ server
# Pages added by other modules of this folder (tests/site/pages_*.py), each owning a path prefix:
# register(prefix, handler) with handler(request_handler, path, query_dict). They are imported at the
# end of this module, so every site started with serve() has them.
_EXTRA_ROUTES: list[tuple[str, object]] = []
_EXTRA_POST_ROUTES: list[tuple[str, object]] = []


def register(prefix: str, handler, *, method: str = "GET") -> None:
    routes = _EXTRA_POST_ROUTES if method == "POST" else _EXTRA_ROUTES
    if all(p != prefix for p, _ in routes):
        routes.append((prefix, handler))
        routes.sort(key=lambda r: -len(r[0]))   # the longest prefix wins


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "EvidenceKitTestSite/1.0"

    def log_message(self, *args):   # quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None) -> None:
        accept = self.headers.get("Accept-Encoding", "")
        extra = dict(headers or {})
        if "gzip" in accept and ctype.startswith(("text/html", "text/css")) and len(body) > 200:
            body = gzip.compress(body, 6)
            extra["Content-Encoding"] = "gzip"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, text: str, status: int = 200, headers=None) -> None:
        self._send(status, text.encode("utf-8"), "text/html; charset=utf-8", headers)

    def _redirect(self, status: int, to: str) -> None:
        self.send_response(status)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _wait(self, seconds: float) -> None:
        self.server.stopping.wait(seconds)     # type: ignore[attr-defined]

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):  # noqa: C901 - a router
        self.server.seen.append(self.path)     # type: ignore[attr-defined]
        u = urllib.parse.urlsplit(self.path)
        path, q = u.path, urllib.parse.parse_qs(u.query)
        static = _static()
        if path in static:
            body, ctype = static[path]
            if path.startswith("/img/photo") and q.get("v"):
                body = with_comment(body, "v=" + q["v"][0])
            if path.startswith("/media/") and self.headers.get("Range"):
                return self._range(body, ctype)
            return self._send(200, body, ctype, {"Accept-Ranges": "bytes"} if path.startswith("/media/") else None)
        if path == "/":
            return self._html(page_index())
        if path == "/post":
            return self._html(page_post(q.get("v", [""])[0]))
        if path == "/post-short":
            return self._html(page_short())
        if path == "/redirect/1":
            return self._redirect(301, "/redirect/2")
        if path == "/redirect/2":
            return self._redirect(302, "/redirect/3")
        if path == "/redirect/3":
            return self._redirect(307, "/post-short")
        if path == "/redirect/loop":
            return self._redirect(302, "/redirect/loop")
        if path in ("/gone404", "/gone410", "/error500"):
            code = int(path[-3:])
            return self._html(page_error(code), code)
        if path == "/never":
            return self._never()
        if path == "/no-answer":
            self._wait(300)
            self.close_connection = True
            return None
        if path == "/tall":
            return self._html(page_tall(int(q.get("h", ["45000"])[0])))
        if path == "/endless":
            return self._html(page_endless())
        if path == "/dialogs":
            return self._html(page_dialogs())
        if path == "/consent":
            return self._html(page_consent())
        if path == "/login-wall":
            return self._html(page_login_wall())
        if path == "/delayed":
            return self._html(page_delayed())
        if path in ("/s/channel", "/s/channel/"):
            return self._html(page_channel())
        if path == "/files/report.pdf":
            return self._send(200, FILE_BYTES, "application/pdf",
                              {"Content-Disposition": 'attachment; filename="report.pdf"'})
        if path.startswith("/batch/"):
            n = path.rsplit("/", 1)[-1]
            return self._html(page_short(f"batch post {n}", f"/img/photo{int(n) % 3 + 1}.png" if n.isdigit() else "/img/photo1.png"))
        if path.startswith("/canary/"):
            rest = path[len("/canary/"):]
            if rest.endswith(".png"):
                token = rest[:-4]
                return self._send(200, png(300, 200, (250, 120, 0), text=token.encode()), "image/png")
            return self._html(page_canary(rest.split("/")[0]))
        if path == "/favicon.ico":
            return self._send(404, b"", "image/x-icon")
        for prefix, handler in _EXTRA_ROUTES:
            if path.startswith(prefix):
                return handler(self, path, q)
        return self._html(page_error(404), 404)

    def do_POST(self):
        u = urllib.parse.urlsplit(self.path)
        path, q = u.path, urllib.parse.parse_qs(u.query)
        for prefix, handler in _EXTRA_POST_ROUTES:
            if path.startswith(prefix):
                return handler(self, path, q)
        return self._html(page_error(404), 404)

    def _range(self, body: bytes, ctype: str) -> None:
        rng = self.headers.get("Range", "")
        try:
            start_s, end_s = rng.split("=", 1)[1].split("-", 1)
            start = int(start_s or 0)
            end = min(int(end_s) if end_s else len(body) - 1, len(body) - 1)
        except (ValueError, IndexError):
            start, end = 0, len(body) - 1
        part = body[start:end + 1]
        self.send_response(206)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(body)}")
        self.send_header("Content-Length", str(len(part)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        self.wfile.write(part)

    def _never(self) -> None:
        """Half a page, then the connection stays open with nothing more (until the site stops)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        first = _page("Never finishes", "<div class='post'><h1 id='headline'>Саҳифае, ки ҳеҷ гоҳ тамом намешавад</h1>"
                                        "<p>The rest of this page never arrives.</p>").replace("</body></html>", "")
        data = first.encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()
        self._wait(300)
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.stopping = threading.Event()
        self.seen: list[str] = []           # every path asked for (with its query), in order


class TestSite:
    """A running site: `url(path)`, `base`, `port`, `seen`, `refused_url()`, `close()`."""

    __test__ = False   # not a pytest test class

    def __init__(self, host: str = "127.0.0.1", port: int = 0, tls=None):
        self._server = _Server((host, port), _Handler)
        if tls is not None:      # an ssl.SSLContext: serve the same pages over HTTPS
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.host = host
        self.port = self._server.server_address[1]
        self.base = f"{'https' if tls is not None else 'http'}://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="test-site",
                                        kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()

    @property
    def seen(self) -> list[str]:
        """The paths (with their queries) asked for so far, in order."""
        return list(self._server.seen)

    def url(self, path: str = "/") -> str:
        return self.base + (path if path.startswith("/") else "/" + path)

    @staticmethod
    def refused_url() -> str:
        """An address on 127.0.0.1 where nothing listens (the connection is refused)."""
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        return f"http://127.0.0.1:{port}/gone"

    def close(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@contextlib.contextmanager
def serve(host: str = "127.0.0.1", port: int = 0, tls=None):
    site = TestSite(host, port, tls)
    try:
        yield site
    finally:
        site.close()


def _load_page_modules() -> None:
    import importlib
    import pkgutil
    from pathlib import Path

    for m in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if m.name.startswith("pages_"):
            importlib.import_module(f"{__package__ or 'tests.site'}.{m.name}")


_load_page_modules()


if __name__ == "__main__":   # python -m tests.site.server  (look at the pages in a browser)
    with serve(port=8765) as s:
        print(f"Test site at {s.base}/  (Ctrl-C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
