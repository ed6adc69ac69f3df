"""Evidence for export tests and the export benchmark: screenshots that look like posts (text
in Tajik and Russian, a photo), a picture that must never leak unblurred, and items sealed
through the vault's own API as a capture would seal them."""

from __future__ import annotations

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFont

from evidence_kit.resources import FONT_BOLD, FONT_REGULAR, asset

CASE_TG = "Парвандаи Зарина: таҳқир ва нашри суроға ғ ӣ қ ӯ ҳ ҷ"
POST_LINES = [
    "Суратҳои шахсии ӯро бе иҷозат нашр карданд — суроғаи хонааш ҳам ин ҷост.",
    "Личные фотографии опубликованы без согласия, вместе с номером телефона.",
    "This account keeps posting her address and threatening her family.",
    "Ҳамаи инро бубинед ва паҳн кунед!!! 👀 +992 90 000 00 00",
]

# The platform records (capture/platforms/) of the synthetic Telegram and Instagram captures.
TG_PHOTO = "telegram-leaks_dushanbe-123-photo-1.jpg"
TG_RECORD = {
    "name": "telegram", "page": "channel", "account": {"handle": "leaks_dushanbe", "id": "1987654321",
                                                        "title": "Leaks Dushanbe"},
    "posts": [
        {"id": "leaks_dushanbe/121", "url": "https://t.me/leaks_dushanbe/121", "published_at": "2026-11-02T10:05:00Z",
         "text": "Суроғаи хонааш: кӯчаи Рӯдакӣ 15, ҳуҷраи 7. Ҳама бидонанд!", "edited": False, "views": 1200,
         "author": None, "forwarded_from": None, "reply_to": None, "media": []},
        {"id": "leaks_dushanbe/122", "url": "https://t.me/leaks_dushanbe/122", "published_at": "2026-11-03T21:40:12Z",
         "text": "Её телефон +992 90 000 00 00 — звоните ей. " + "Повторяем снова и снова. " * 12 + "КОНЕЦ-122",
         "edited": True, "views": 45321, "author": "admin ғ", "forwarded_from": "Other Channel",
         "reply_to": None, "media": [{"artifact": TG_PHOTO, "kind": "photo",
                                      "source_url": "https://cdn4.telesco.pe/file/leak-photo.jpg"}]},
        {"id": "leaks_dushanbe/123", "url": "https://t.me/leaks_dushanbe/123", "published_at": "2026-11-04T06:00:59Z",
         "text": "Акси дигар фардо.", "edited": False, "views": 987, "author": None, "forwarded_from": None,
         "reply_to": None, "media": []},
    ],
    "gaps": [],
}
IG_RECORD = {
    "name": "instagram", "page": "post", "account": {"handle": "someone_ig", "id": None, "title": None},
    "posts": [{"id": "CxYz123AbC", "url": "https://www.instagram.com/p/CxYz123AbC/",
               "published_at": "2026-11-05T12:00:00Z", "text": "IG-POST-TEXT фото", "views": None,
               "media": [{"artifact": "media-001-photo.png", "kind": "photo",
                          "source_url": "https://scontent.cdninstagram.com/v/photo.png"}]}],
    "gaps": [],
}


def _font(size: int, bold: bool = False):
    return ImageFont.truetype(str(asset(*(FONT_BOLD if bold else FONT_REGULAR))), size)


def post_png(width: int = 1280, height: int = 2200, *, seed: int = 1, title: str = "Канал @leaks_dushanbe") -> bytes:
    """A screenshot of a feed-like page: header, posts with text and a photo-like picture."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), (246, 247, 249))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 64), fill=(42, 130, 198))
    d.text((24, 16), title, font=_font(26, True), fill="white")
    body, small = _font(17), _font(14)
    y = 90
    n = 0
    while y < height - 40:
        box_h = min(560, height - y - 20)
        d.rounded_rectangle((width // 2 - 330, y, width // 2 + 330, y + box_h), 14, fill="white",
                            outline=(220, 220, 220))
        yy = y + 16
        d.text((width // 2 - 310, yy), f"@leaks_dushanbe · пост {1000 + seed * 10 + n}", font=small, fill=(90, 90, 90))
        yy += 26
        for line in POST_LINES[: 2 + (n % 3)]:
            if yy > y + box_h - 30:
                break
            d.text((width // 2 - 310, yy), line, font=body, fill=(20, 20, 20))
            yy += 26
        ph = min(300, y + box_h - yy - 16)
        if ph > 40:
            c1 = (rnd.randrange(60, 200), rnd.randrange(60, 200), rnd.randrange(60, 200))
            for i in range(ph):     # a smooth "photo"
                t = i / ph
                d.line((width // 2 - 310, yy + i, width // 2 + 310, yy + i),
                       fill=(int(c1[0] * (1 - t) + 30 * t), int(c1[1] * (1 - t) + 90 * t), int(c1[2] * (1 - t) + 160 * t)))
            for _ in range(6):
                x0 = rnd.randrange(width // 2 - 300, width // 2 + 250)
                y0 = rnd.randrange(yy, yy + max(1, ph - 40))
                d.ellipse((x0, y0, x0 + 40, y0 + 40), fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
        y += box_h + 24
        n += 1
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=1)
    return out.getvalue()


def secret_png(size: int = 480) -> bytes:
    """A stand-in for an intimate image: a high-contrast checkerboard with a magenta cross.

    Any copy of it shown unblurred, even small, is easy to recognise by its pixels."""
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    sq = size // 12
    for i in range(12):
        for j in range(12):
            if (i + j) % 2:
                d.rectangle((i * sq, j * sq, i * sq + sq - 1, j * sq + sq - 1), fill="black")
    d.line((0, 0, size, size), fill=(255, 0, 255), width=size // 20)
    d.line((0, size, size, 0), fill=(255, 0, 255), width=size // 20)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def add_capture(vault, *, case: str, url: str, title: str, png: bytes, final_url: str | None = None,
                http_status: int = 200, sensitive: bool = False, abuse=(), metadata: dict | None = None,
                extra_text: str | None = None, media=()):
    """Seal an item the way a capture does: screenshot, HTML, text, and the pictures saved from
    the page (`media`: (name, bytes, media type, source URL) each)."""
    html = f"<!doctype html><html><head><title>{title}</title></head><body><p>{POST_LINES[0]}</p></body></html>"
    md = {"redirects": [{"url": url, "status": 301}, {"url": final_url or url, "status": http_status}]
          if final_url and final_url != url else [],
          "server_ip": "149.154.167.99", "tls": {"protocol": "TLS 1.3", "issuer": "Test CA"},
          "browser": {"name": "Chromium", "version": "156.0"}, "clock": {"source": "system", "checked": False},
          "changes": ["cookie banner closed"], "gaps": [], "viewport": {"width": 1280, "height": 900}}
    md.update(metadata or {})
    with vault.new_item("capture", case=case, url=url, final_url=final_url or url, title=title,
                        http_status=http_status, sensitive=sensitive, abuse=list(abuse), metadata=md) as d:
        d.add_bytes("screenshot-full.png", png, role="screenshot_full", media_type="image/png")
        d.add_bytes("page.html", html.encode(), role="dom_html", media_type="text/html")
        d.add_bytes("page.txt", ("\n".join([title, *POST_LINES, extra_text or ""])).encode(), role="text",
                    media_type="text/plain")
        for name, data, mtype, src in media:
            d.add_bytes(name, data, role="media", media_type=mtype, source_url=src)
        return d.seal()


def photo_jpeg(width: int = 960, height: int = 720, *, seed: int = 1) -> bytes:
    """A photo-like JPEG (smooth colours, shapes, some grain), as a phone or a site would send it."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height))
    d = ImageDraw.Draw(img)
    c1 = (rnd.randrange(40, 220), rnd.randrange(40, 220), rnd.randrange(40, 220))
    for y in range(height):
        t = y / height
        d.line((0, y, width, y), fill=(int(c1[0] * (1 - t) + 200 * t), int(c1[1] * (1 - t) + 120 * t),
                                       int(c1[2] * (1 - t) + 60 * t)))
    for _ in range(40):
        x0, y0 = rnd.randrange(width), rnd.randrange(height)
        r = rnd.randrange(10, max(11, width // 6))
        d.ellipse((x0, y0, x0 + r, y0 + r), fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    img = img.effect_spread(2)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
