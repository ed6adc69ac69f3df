"""Pages for the capture engine's core: logins, overlays that must stay, tall pages in tiles,
pop-ups, small media, cut-off and failed responses. All under /cc/.

    /cc/login            a login form; POST sets the cookie `sid` (HttpOnly) and, by script, the
                         local-storage item `ek_token`; then shows "Signed in"
    /cc/autologin        sets the cookie and the storage item by itself, then asks /cc/ping
    /cc/whoami           "Signed in as Test User" when the request carries the cookie `sid`, else
                         "Not signed in"; a script adds "token present" when `ek_token` is stored
    /cc/sensitive        a sensitive-content warning (fixed, covering, "privacy" and an OK button)
    /cc/wall-privacy     a login wall that speaks of privacy and has an OK button
    /cc/cookie-ok        a plain cookie notice with only an OK button (is removed)
    /cc/bands?h=&w=&step= a page h px tall, w px wide, in bands of one colour each (BAND_RGB(i))
    /cc/popup            opens a pop-up (/cc/popup-page) that loads an image of its own
    /cc/io-lazy          a picture a script (IntersectionObserver) loads only once it is scrolled into view
    /cc/small-media      a 480x320 PNG of a "phone number" (~2 KB), a 32x32 icon, a 1x1 pixel
    /cc/cut              a page whose picture is cut off mid-way (the server closes the connection)
"""

from __future__ import annotations

import html
import struct
import threading
import urllib.parse
import zlib

from . import server as S

USER = "Test User"
PINGED = threading.Event()            # /cc/autologin's script has run (its storage is set)
TOKEN_KEY = "ek_token"


def BAND_RGB(i: int) -> tuple[int, int, int]:      # noqa: N802 - a constant-like table
    return ((i * 53 + 40) % 256, (i * 97 + 80) % 256, (i * 151 + 120) % 256)


def _lines_png(width: int, height: int) -> bytes:
    """A mostly white picture with dark strokes, like a photo of a written phone number: a few KB."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            ink = (40 < y < height - 40) and (x // 24) % 3 == 0 and (y // 16 + x // 24) % 4 != 0
            row += b"\x20\x20\x20" if ink else b"\xff\xff\xff"
        rows.append(bytes(row))
    return (b"\x89PNG\r\n\x1a\n" + S.chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + S.chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + S.chunk(b"IEND", b""))


PHONE_PNG = _lines_png(480, 320)
ICON_PNG = S.noisy_png(32, 32, 7)
PIXEL_PNG = S.png(1, 1, (0, 0, 0))
POPUP_PNG = S.noisy_png(200, 120, 55)
CUT_PNG = S.noisy_png(300, 300, 77)
IO_PNG = S.noisy_png(200, 120, 91)


def _overlay_page(title: str, overlay: str) -> str:
    return S._page(title, f"<div class='post'><h1>Пост</h1><p>{S.POST_TEXT}</p></div>"
                          f"<div id='ov' style='position:fixed;inset:0;background:rgba(250,250,250,.97);"
                          f"z-index:9999;padding:80px'>{overlay}</div>")


def _get(h, path: str, q: dict):
    if path == "/cc/login":
        return h._html(S._page("Log in", "<form method='post' action='/cc/login'>"
                                         "<input name='sid' id='sid'><input type='password' name='pw' id='pw'>"
                                         "<button id='go'>Log in</button></form>"))
    if path == "/cc/whoami":
        cookies = h.headers.get("Cookie", "")
        signed = any(c.strip().startswith("sid=") for c in cookies.split(";"))
        words = f"Signed in as {USER}" if signed else "Not signed in"
        return h._html(S._page("Who am I", f"<div class='post'><h1 id='who'>{words}</h1><p id='tok'></p></div>"
                                           f"<script>if (localStorage.getItem('{TOKEN_KEY}')) "
                                           "document.getElementById('tok').textContent = 'token present';</script>"))
    if path == "/cc/autologin":        # a login that happens by itself (for a window no one clicks in)
        body = S._page("Signed in", f"<h1>Signed in</h1><script>localStorage.setItem('{TOKEN_KEY}', 'auto-ls');"
                                    "fetch('/cc/ping').then(() => document.title = 'ready');</script>")
        return h._send(200, body.encode(), "text/html; charset=utf-8",
                       {"Set-Cookie": "sid=auto; Path=/; Max-Age=3600; HttpOnly"})
    if path == "/cc/ping":
        PINGED.set()
        return h._send(200, b"ok", "text/plain")
    if path == "/cc/io-lazy":           # a picture that a script loads when it comes into view
        return h._html(S._page("IO lazy", "<div style='height:5000px'>…</div>"
                                          "<img id='late' data-src='/cc/io.png' width='200' height='120'>"
                                          "<script>new IntersectionObserver((es, o) => es.forEach(e => {"
                                          " if (e.isIntersecting) { e.target.src = e.target.dataset.src; "
                                          "o.disconnect(); } })).observe(document.getElementById('late'));"
                                          "</script>"))
    if path == "/cc/io.png":
        return h._send(200, IO_PNG, "image/png")
    if path == "/cc/sensitive":
        return h._html(_overlay_page("Sensitive", "<h2>Sensitive content</h2><p>This post may show violence "
                                                  "or intimate images. We respect your privacy.</p>"
                                                  "<button>OK</button> <button>View anyway</button>"))
    if path == "/cc/wall-privacy":
        return h._html(_overlay_page("Log in", "<h2>Log in to see this post</h2><p>Read our privacy "
                                               "policy. Sign in with your account.</p><input type='password'>"
                                               "<button>OK</button> <button>Log in</button>"))
    if path == "/cc/cookie-ok":
        return h._html(S._page("Cookie notice", f"<div class='post'><h1>Пост</h1><p>{S.POST_TEXT}</p></div>"
                                                "<div id='notice' style='position:fixed;left:0;right:0;bottom:0;"
                                                "height:160px;background:#222;color:#fff;z-index:9999'>"
                                                "This site uses cookies. <button>OK</button></div>"))
    if path == "/cc/bands":
        hgt = int(q.get("h", ["40000"])[0])
        wid = int(q.get("w", ["1366"])[0])
        step = int(q.get("step", ["1000"])[0])
        bands = "".join(f"<div style='height:{step}px;background:rgb{BAND_RGB(i)}'>{i}</div>"
                        for i in range((hgt + step - 1) // step))
        return h._html(S._page("Bands", f"<div style='width:{wid}px'>{bands}</div>",
                               head="<style>body{margin:0}</style>"))
    if path == "/cc/popup":
        return h._html(S._page("Pop-up", "<div class='post'><h1>Opens a window</h1></div>"
                                         "<script>window.addEventListener('load', () => "
                                         "window.open('/cc/popup-page', '_blank'));</script>"))
    if path == "/cc/popup-page":
        return h._html(S._page("The pop-up", "<h1>Pop-up window</h1><img src='/cc/popup.png'>"))
    if path == "/cc/popup.png":
        return h._send(200, POPUP_PNG, "image/png")
    if path == "/cc/small-media":
        return h._html(S._page("Small media", "<div class='post'><h1>Рақами телефон</h1>"
                                              "<img id='phone' src='/cc/phone.png' width='480' height='320'>"
                                              "<img src='/cc/icon.png' width='32' height='32'>"
                                              "<img src='/cc/pixel.png' width='1' height='1'></div>"))
    if path == "/cc/phone.png":
        return h._send(200, PHONE_PNG, "image/png")
    if path == "/cc/icon.png":
        return h._send(200, ICON_PNG, "image/png")
    if path == "/cc/pixel.png":
        return h._send(200, PIXEL_PNG, "image/png")
    if path == "/cc/cut":
        return h._html(S._page("Cut", "<div class='post'><h1>A picture cut off</h1>"
                                      "<img src='/cc/cut.png'><img src='/cc/refused.png'></div>"))
    if path == "/cc/cut.png":
        # promise the whole picture, send half, then close: the browser gets a truncated body
        h.send_response(200)
        h.send_header("Content-Type", "image/png")
        h.send_header("Content-Length", str(len(CUT_PNG)))
        h.end_headers()
        h.wfile.write(CUT_PNG[: len(CUT_PNG) // 2])
        h.wfile.flush()
        h.close_connection = True
        return None
    if path == "/cc/refused.png":
        h.close_connection = True          # no answer at all: the request fails
        return None
    return h._html(S.page_error(404), 404)


def _post(h, path: str, q: dict):
    if path == "/cc/login":
        length = int(h.headers.get("Content-Length") or 0)
        form = urllib.parse.parse_qs(h.rfile.read(length).decode())
        sid = form.get("sid", [""])[0]
        body = S._page("Signed in", f"<h1 id='done'>Signed in</h1><script>localStorage.setItem("
                                    f"'{TOKEN_KEY}', {html.escape(sid)!r} + '-ls');</script>")
        return h._send(200, body.encode(), "text/html; charset=utf-8",
                       {"Set-Cookie": f"sid={sid}; Path=/; HttpOnly; SameSite=Lax"})
    return h._html(S.page_error(404), 404)


S.register("/cc/", _get)
S.register("/cc/", _post, method="POST")
