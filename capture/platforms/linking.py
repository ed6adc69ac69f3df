"""From a saved page to its platform record: read the page (adapters), make every photo and video of
every post its own artifact (from what the page loaded, or fetched once more), save the videos a
browser cannot save whole (capture/video.py), and store the record in `metadata["platform"]`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import mimetypes
import re
import time
import weakref

from ..browser import remove_private_dir
from ..model import ArtifactData
from .base import PageView, add_gap

FETCH_BUDGET = 30.0        # s for fetching the posts' media the page did not load
MAX_DOCUMENTS = 20         # other HTML documents (frames) an adapter may read
MAX_STREAMS = 3            # stream manifests saved as playable files, per page


def page_view(pc, rec) -> PageView:
    html = ""
    art = next((a for a in pc.artifacts if a.role == "dom_html"), None)
    if art is not None and art.data:
        html = art.data.decode("utf-8", "replace")
    main = rec.main_document(pc.final_url) if rec is not None else None
    chain = [e.url for e in rec.chain(main)] if main is not None else []
    docs: dict[str, str] = {}
    for ex in (rec.exchanges if rec is not None else []):
        if (ex is not main and ex.body and ex.status == 200 and ex.content_type == "text/html"
                and len(docs) < MAX_DOCUMENTS and len(ex.body) < 5 * 1024 * 1024):
            m = re.search(r"charset=([\w-]+)", ex.header("content-type") or "", re.I)
            try:
                docs[ex.url] = ex.body.decode(m.group(1) if m else "utf-8", "replace")
            except LookupError:
                docs[ex.url] = ex.body.decode("utf-8", "replace")
    return PageView(url=pc.url, final_url=pc.final_url or pc.url, html=html, status=pc.http_status,
                    documents=docs, redirects=chain)


def _unique(pc, name: str) -> str:
    names = {a.name for a in pc.artifacts}
    if name not in names:
        return name
    stem, dot, ext = name.rpartition(".")
    stem, ext = (stem, "." + ext) if dot else (name, "")
    n = 2
    while f"{stem}-{n}{ext}" in names:
        n += 1
    return f"{stem}-{n}{ext}"


def _safe(text: str) -> str:
    return re.sub(r"[^\w.\-]+", "-", text, flags=re.ASCII).strip("-.")[:80] or "post"


def _media_type(ex) -> str:
    ctype = ex.content_type
    if ctype.startswith(("image/", "video/", "audio/")):
        return ctype
    try:
        import filetype

        kind = filetype.guess(ex.body[:8192])
        if kind:
            return kind.mime
    except Exception:
        pass
    return ctype or "application/octet-stream"


def _ext(media_type: str) -> str:
    ext = {"image/jpeg": ".jpg", "video/mp4": ".mp4", "image/webp": ".webp"}.get(media_type) or \
        mimetypes.guess_extension(media_type) or ".bin"
    return ext


async def link_media(record: dict, pc, rec, fetch) -> None:
    """Give every photo and video of every post its artifact (a new one only when no artifact
    already holds the same bytes)."""
    media = [a for a in pc.artifacts if a.source_url and a.role in ("media", "download") and a.data]
    by_url = {a.source_url: a for a in media}
    by_sha: dict[str, ArtifactData] = {}
    for a in media:
        by_sha.setdefault(hashlib.sha256(a.data).hexdigest(), a)
    bodies = {}
    for ex in rec.exchanges if rec is not None else []:
        if ex.body and ex.status == 200 and ex.url not in bodies:
            bodies[ex.url] = ex
    too_large = set(getattr(rec, "too_large", []) or [])
    end = time.monotonic() + FETCH_BUDGET
    for post in record["posts"]:
        for n, m in enumerate(post["media"], 1):
            url = m["source_url"]
            art = by_url.get(url)
            if art is None:
                ex = bodies.get(url)
                if ex is None and url not in too_large and fetch is not None and time.monotonic() < end:
                    try:
                        ex = await asyncio.wait_for(fetch(url), max(1.0, end - time.monotonic()))
                    except asyncio.TimeoutError:
                        ex = None
                    if ex is not None and not (ex.body and ex.status == 200):
                        ex = None
                if ex is not None:
                    digest = hashlib.sha256(ex.body).hexdigest()
                    art = by_sha.get(digest)
                    if art is None:
                        ctype = _media_type(ex)
                        name = _unique(pc, f"{record['name']}-{_safe(post['id'])}-{m['kind']}-{n}{_ext(ctype)}")
                        pc.add(name, ex.body, "media", ctype, source_url=url)
                        art = pc.artifacts[-1]
                        by_sha[digest] = art
                    by_url[url] = art
            if art is None:
                reason = "too_large" if url in too_large else "not_loaded"
                add_gap(record, "platform.gap.post_media_failed", post=post["id"], url=url[:300], reason=reason)
            else:
                m["artifact"] = art.name


# ------------------------------------------------------------------------------ videos
def video_targets(view: PageView, record: dict | None, pc, rec) -> list[tuple[str, bool]]:
    """(address for yt-dlp, with comments?) for the videos of this page a browser cannot save whole."""
    from .. import video

    if record is not None and record["name"] == "youtube" and record["page"] == "video":
        return [(view.final_url or view.url, True)]
    exchanges = rec.exchanges if rec is not None else []
    targets = [(u, False) for u in video.top_manifests(exchanges)[:MAX_STREAMS]]
    main = rec.main_document(pc.final_url) if rec is not None else None
    if main is not None and video.stream_kind(main.url, main.content_type) and \
            all(u != main.url for u, _ in targets):
        targets.insert(0, (main.url, False))
    if not targets and any(g["key"] == "capture.gap.streamed_media" for g in pc.gaps):
        targets.append((view.final_url or view.url, False))
    return targets


def _json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str).encode("utf-8")


async def save_videos(pc, rec, options, view: PageView, record: dict | None) -> None:
    from .. import video

    if not getattr(options, "save_videos", True):
        return
    targets = video_targets(view, record, pc, rec)
    if not targets:
        return
    facts = pc.metadata.setdefault("videos", [])
    saved_any = False
    for url, comments in targets:
        kept = getattr(rec, "kept", 0) if rec is not None else 0
        res = await video.save_video(url, options, comments=comments,
                                     budget=max(0, options.max_page_bytes - kept))
        if rec is not None:
            for ex in res.exchanges:
                ex.seq = len(rec.exchanges)
                rec.exchanges.append(ex)
                rec.kept += len(ex.body or b"")
        entry = {"source_url": url, "artifact": None, "requests": len(res.exchanges), "tools": res.tools,
                 "method": "Saved with yt-dlp; every request it made is in the WARC; separate streams joined "
                           "by ffmpeg without re-encoding (-c copy) and with -bitexact.",
                 "method_key": "video.method"}
        if res.path is not None:
            vid = _safe(str(res.info.get("id") or len(facts) + 1))
            name = _unique(pc, f"video-{vid}.{res.ext}")
            mtype = mimetypes.guess_type(name)[0] or "video/mp4"
            pc.artifacts.append(ArtifactData(name, b"", "media", mtype, source_url=url, path=res.path))
            pc.temp_dirs.append(res.workdir)            # removed once sealed (capture/seal.py)
            weakref.finalize(pc, remove_private_dir, res.workdir)      # or when a stopped capture is let go
            info_name = _unique(pc, f"video-{vid}.info.json")
            pc.add(info_name, _json_bytes(res.info), "metadata", "application/json", source_url=url)
            comments_name = None
            if res.comments is not None:
                comments_name = _unique(pc, f"video-{vid}.comments.json")
                pc.add(comments_name, _json_bytes(res.comments), "metadata", "application/json", source_url=url)
            entry.update(artifact=name, info_artifact=info_name, comments_artifact=comments_name,
                         comment_count=len(res.comments) if res.comments is not None else None,
                         id=res.info.get("id"), title=res.info.get("title"),
                         extractor=res.info.get("extractor_key"), format=res.info.get("format"), **res.probe)
            saved_any = True
            if record is not None and record["name"] == "youtube":
                from .youtube import apply_info
                apply_info(record, res.info, name, comments_name)
        if res.gap is not None:
            key, params = res.gap
            entry["gap"] = {"key": key, "params": params}
            if res.detail:
                entry["detail"] = res.detail
            if record is not None:
                add_gap(record, key, **params)
            else:
                pc.gap(key, **params)
        facts.append(entry)
    if saved_any:       # the stream the browser could not keep whole is now one file
        pc.gaps[:] = [g for g in pc.gaps if g["key"] != "capture.gap.streamed_media"]


async def enrich_capture(pc, rec, options, fetch) -> None:
    from . import record_for

    t0 = time.monotonic()
    view = page_view(pc, rec)
    record = record_for(view)
    if record is not None:
        await link_media(record, pc, rec, fetch)
    await save_videos(pc, rec, options, view, record)
    if record is not None:
        pc.metadata["platform"] = record
        for g in record["gaps"]:
            pc.gap(g["key"], **g["params"])
    pc.metadata.setdefault("timings_s", {})["platform"] = round(time.monotonic() - t0, 3)
