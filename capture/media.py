"""Pictures, video and sound as files of their own; media the page named but did not load; an
address that is a file rather than a page."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import unquote, urlsplit

from evidence_kit.timeutil import utc_now

from . import scripts
from .model import PageCapture
from .navigate import Deadline
from .network import Exchange, NetworkRecorder
from .page_events import PageEvents

_MEDIA_EXT = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp",
              "image/avif": "avif", "image/svg+xml": "svg", "image/bmp": "bmp", "image/heic": "heic",
              "video/mp4": "mp4", "video/webm": "webm", "video/quicktime": "mov", "video/ogg": "ogv",
              "audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/ogg": "ogg", "audio/wav": "wav",
              "audio/x-wav": "wav", "audio/webm": "weba", "audio/aac": "aac", "application/pdf": "pdf"}


def media_name(n: int, url: str, ctype: str) -> str:
    base = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "file"
    base = re.sub(r"[^\w.\-]+", "_", base)[:80].strip("._") or "file"
    ext = _MEDIA_EXT.get(ctype)
    if ext and not base.lower().endswith("." + ext) and not (ext == "jpg" and base.lower().endswith(".jpeg")):
        base = f"{base}.{ext}"
    return f"media-{n:03d}-{base}"


def sniff(data: bytes, fallback: str = "application/octet-stream") -> str:
    try:
        import filetype

        kind = filetype.guess(data[:8192])
        if kind:
            return kind.mime
    except Exception:
        pass
    return fallback


def is_media(ex: Exchange) -> bool:
    ct = ex.content_type
    return ct.startswith(("image/", "video/", "audio/")) or ex.resource_type in ("image", "media")


async def fetch_unloaded(session, page, ctx, rec: NetworkRecorder, pc: PageCapture, deadline: Deadline) -> None:
    """Fetch, once the page has settled, each video and sound the page names but did not load
    whole (e.g. not yet played). Runs while the copies are made (the fetches go through the
    context's request client, not the page)."""
    try:
        elements = await asyncio.wait_for(page.evaluate(scripts.MEDIA_ELEMENTS), deadline.left(cap=5))
    except Exception:
        elements = []
    have = {e.url for e in rec.exchanges if e.body is not None and e.status == 200}
    wanted: list[str] = []
    streamed = False
    for el in elements:
        for src in el.get("srcs", []):
            if src.startswith("blob:") or src.startswith("mediastream:"):
                streamed = True
            elif src.startswith(("http://", "https://")) and src not in have and src not in wanted:
                wanted.append(src)

    async def one(src: str) -> None:
        if deadline.left() < 3:
            pc.gap("capture.gap.media_failed", url=src[:300])
            return
        ex = await fetch_direct(session, ctx, src, rec, deadline)
        if ex is None or ex.body is None:
            pc.gap("capture.gap.media_failed", url=src[:300])
    await asyncio.gather(*(one(src) for src in wanted))
    if streamed:
        pc.gap("capture.gap.streamed_media")


async def save_media(session, rec: NetworkRecorder, pc: PageCapture, deadline: Deadline) -> None:
    """Each picture, video and sound (icons and avatars aside) as its own file, with its address."""
    opts = session.options
    await rec.drain(deadline.left(cap=10))
    seen: set[str] = set()
    n = small = 0
    import hashlib
    for ex in rec.exchanges:
        if ex.body is None or ex.status != 200 or not is_media(ex):
            continue
        if too_small(ex, opts.media_min_pixels, opts.media_min_bytes):
            small += 1
            continue
        digest = hashlib.sha256(ex.body).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        n += 1
        ctype = ex.content_type or sniff(ex.body)
        if not ctype.startswith(("image/", "video/", "audio/")):
            ctype = sniff(ex.body, ctype)
        pc.add(media_name(n, ex.url, ctype), ex.body, "media", ctype, source_url=ex.url)
    if rec.too_large:
        pc.gap("capture.gap.too_large", count=len(rec.too_large), limit=opts.max_file_bytes // (1024 * 1024))
    pc.metadata["small_pictures"] = {
        "count": small, "rule": f"pictures under {opts.media_min_pixels}x{opts.media_min_pixels} px (icons, "
                                f"avatars) are not files of their own; they are in the WARC",
        "rule_key": "capture.media.small_rule", "rule_params": {"px": opts.media_min_pixels}}


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a picture from its header, or None if it cannot be read."""
    import io

    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            return im.size
    except Exception:
        return None


def too_small(ex: Exchange, min_px: int, min_bytes: int) -> bool:
    """An icon or avatar: a picture under min_px in both directions. Judged by its pixels, not its
    bytes (a 480x320 picture of a phone number can weigh 2 KB); only a picture whose size cannot be
    read falls back to the byte rule. Videos and sounds are always kept."""
    if ex.content_type.startswith(("video/", "audio/")) or ex.resource_type == "media":
        return False
    size = pixel_size(ex.body or b"")
    if size is not None:
        return size[0] < min_px and size[1] < min_px
    return len(ex.body or b"") < min_bytes


async def fetch_direct(session, ctx, url: str, rec: NetworkRecorder, deadline: Deadline) -> Exchange | None:
    """Fetch a media file the page names but did not load in full (e.g. a video not yet played)."""
    opts = session.options
    started = utc_now()
    _, accept_language = session.language()
    # the headers the tool sets; Playwright's request client adds its own (Accept, Accept-Encoding)
    # and the context's cookies for the site: the WARC's metadata record beside the file says so
    ex = Exchange(seq=len(rec.exchanges), url=url, method="GET", resource_type="media-direct",
                  is_navigation=False, main_frame=False, started_at=started, refetched=True,
                  request_headers=[("User-Agent", session.user_agent), ("Accept-Language", accept_language)])
    try:
        resp = await ctx.request.get(url, timeout=deadline.left(cap=60) * 1000, max_redirects=10,
                                     fail_on_status_code=False)
        try:
            body = await resp.body()
        finally:
            await resp.dispose()
    except Exception:
        return None
    ex.response_at = utc_now()
    ex.status = resp.status
    ex.status_text = resp.status_text
    ex.response_headers = [(h["name"], h["value"]) for h in resp.headers_array]
    ex.url = resp.url
    if resp.status == 200 and len(body) <= opts.max_file_bytes:
        ex.body = body
    elif len(body) > opts.max_file_bytes:
        ex.body_note, ex.truncated = "too_large", "length"
        rec.too_large.append(url)
    rec.exchanges.append(ex)
    return ex


async def file_download(page, rec: NetworkRecorder, events: PageEvents, pc: PageCapture, deadline: Deadline) -> None:
    """The address is a file: keep the file exactly as it came."""
    try:
        await asyncio.wait_for(asyncio.shield(events.first_download), deadline.left(cap=30))
    except Exception:
        pc.fail("capture.err.other", "download did not start")
        return
    await asyncio.wait([t for t in events.download_tasks] or [asyncio.sleep(0)], timeout=deadline.left())
    await rec.drain(deadline.left(cap=5))
    main = next((e for e in reversed(rec.exchanges) if e.main_frame and e.is_navigation and e.status), None)
    entry = events.downloads[0] if events.downloads else {}
    data = entry.get("data")
    if data is None:
        pc.fail("capture.err.other", entry.get("error", "download not saved"))
        return
    pc.http_status = main.status if main else 200
    pc.final_url = main.url if main else entry.get("url")
    pc.title = entry.get("suggested_filename") or ""
    if main is not None and main.body is None:
        main.body = data
        main.body_note = None
    pc.gap("capture.gap.file_not_page")
