"""Pages that change between runs (for watches), and photos to find again (for references).

    /watch/feed/NAME      a feed whose content the test sets with set_version(NAME, n):
                          1  two posts, three unrelated photos
                          2  a third post added, with a resized (80 %) and recompressed (JPEG
                             quality 70) copy of the reference photo and one more unrelated photo
                          3  the first post's text edited
                          4  removed: 404 with a "deleted" page
                          5  back again (as 3)
    /watch/img/N.jpg      an unrelated photo (seed N)
    /watch/img/copy.jpg   the reference's resized, recompressed copy
    /watch/bench/N        a small post with two unrelated photos (for bench/bench_watch.py)
    /watch/photos20       a post with 20 unrelated photos (bench: fingerprinting at seal time)

`photo(seed)` draws a deterministic photo-like picture (soft colour fields, shapes, blur) with
Pillow; `reference_bytes()` is the photo she looks for, `copy_bytes()` its re-posted copy.
"""

from __future__ import annotations

import html
import io
import random
import threading

from . import server

REFERENCE_SEED = 1
UNRELATED_SEEDS = tuple(range(101, 113))        # a dozen unrelated photos
FEED_PHOTOS = {1: (101, 102, 103), 2: (101, 102, 103, 104), 3: (101, 102, 103, 104),
               5: (101, 102, 103, 104)}
POST_1 = "Пости аввал: суроғаи хонаи ӯро нашр карданд. Первый пост: опубликовали домашний адрес."
POST_1_EDITED = "Пости аввал (таҳриршуда): акнун рақами телефонашро ҳам илова карданд."
POST_2 = "Пости дуюм: суратҳои шахсӣ бе иҷозат. Второй пост: личные фото без согласия."
POST_3 = "Пости сеюм: боз ҳамон суратро дубора гузоштанд. Третий пост: то же фото снова."

_versions: dict[str, int] = {}
_lock = threading.Lock()
_cache: dict[tuple, bytes] = {}


def set_version(name: str, n: int) -> None:
    with _lock:
        _versions[name] = n


def version(name: str) -> int:
    with _lock:
        return _versions.get(name, 1)


def photo(seed: int, size=(640, 480)):
    """A photo-like picture: soft colour fields, a dozen shapes, a little blur (PIL.Image)."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    w, h = size
    im = Image.fromarray((rng.random((6, 8, 3)) * 255).astype("uint8")).resize(size, Image.Resampling.BICUBIC)
    mid = Image.fromarray((rng.random((24, 32, 3)) * 255).astype("uint8")).resize(size, Image.Resampling.BICUBIC)
    im = Image.blend(im, mid, 0.35)
    d = ImageDraw.Draw(im)
    for _ in range(rnd.randint(6, 14)):
        x0, y0 = rnd.randint(-50, w), rnd.randint(-50, h)
        x1, y1 = x0 + rnd.randint(30, w // 2), y0 + rnd.randint(30, h // 2)
        colour = tuple(rnd.randint(0, 255) for _ in range(3))
        (d.ellipse if rnd.random() < 0.5 else d.rectangle)([x0, y0, x1, y1], fill=colour)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def jpeg(im, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _cached(key: tuple, make) -> bytes:
    with _lock:
        if key not in _cache:
            _cache[key] = make()
        return _cache[key]


def reference_bytes() -> bytes:
    """The photo she wants found (JPEG, quality 92)."""
    return _cached(("ref",), lambda: jpeg(photo(REFERENCE_SEED), 92))


def copy_bytes() -> bytes:
    """Her photo as it is posted again: resized to 80 % and recompressed at JPEG quality 70."""
    from PIL import Image

    def make():
        im = photo(REFERENCE_SEED)
        small = im.resize((round(im.width * 0.8), round(im.height * 0.8)), Image.Resampling.LANCZOS)
        return jpeg(small, 70)
    return _cached(("copy",), make)


def unrelated_bytes(seed: int) -> bytes:
    return _cached(("photo", seed), lambda: jpeg(photo(seed), 88))


def _post(n: int, text: str, imgs: list[str]) -> str:
    pics = "".join(f"<img src='{src}' width='320' height='240' alt='photo'>" for src in imgs)
    return (f"<article class='post' id='post-{n}'><h2>Пост {n}</h2><p>{html.escape(text)}</p>"
            f"{pics}</article>")


def page_feed(v: int) -> str:
    photos = [f"/watch/img/{s}.jpg" for s in FEED_PHOTOS.get(v, FEED_PHOTOS[1])]
    posts = [_post(1, POST_1_EDITED if v in (3, 5) else POST_1, photos[:2]),
             _post(2, POST_2, photos[2:3])]
    if v >= 2:
        posts.append(_post(3, POST_3, ["/watch/img/copy.jpg"] + photos[3:4]))
    return server._page("Leak feed — watched page",
                        "<div class='post'><h1>Leak feed TJ</h1>" + "".join(posts) + "</div>")


def _handle(h, path: str, _q) -> None:
    if path.startswith("/watch/img/") and path.endswith(".jpg"):
        stem = path[len("/watch/img/"):-4]
        if stem == "copy":
            return h._send(200, copy_bytes(), "image/jpeg")
        if stem == "ref":
            return h._send(200, reference_bytes(), "image/jpeg")
        if stem.isdigit():
            return h._send(200, unrelated_bytes(int(stem)), "image/jpeg")
    if path.startswith("/watch/feed/"):
        v = version(path[len("/watch/feed/"):].strip("/") or "default")
        if v == 4:
            return h._html(server._page("404 — post deleted",
                                        "<div class='post'><h1>Пост нест карда шуд</h1>"
                                        "<p>This page was deleted.</p></div>"), 404)
        return h._html(page_feed(v))
    if path.startswith("/watch/bench/"):
        n = path.rsplit("/", 1)[-1]
        k = int(n) if n.isdigit() else 0
        imgs = [f"/watch/img/{200 + k % 40}.jpg", f"/watch/img/{240 + k % 40}.jpg"]
        return h._html(server._page(f"Watched post {k}", "<div class='post'>"
                                    + _post(k, f"{POST_2} ({k})", imgs) + "</div>"))
    if path == "/watch/photos20":
        imgs = [f"/watch/img/{400 + k}.jpg" for k in range(20)]
        return h._html(server._page("Twenty photos", "<div class='post'>" + _post(1, POST_2, imgs) + "</div>"))
    return h._html(server.page_error(404), 404)


server.register("/watch/", _handle)
