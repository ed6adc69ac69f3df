"""One URL, one pass: open it in a fresh in-memory browser context, handle what the page does,
scroll it, and make every copy (screenshots, MHTML, HTML, text, PDF, media, WARC data) in memory.

Runs on the capture thread's asyncio loop (see service.py). Playwright's errors stop here: they
become a failed capture with words a person understands (`PageCapture.fail`).

The parts: launch.py (the browser), navigate.py (limits, errors, settling), page_events.py (what
the page does and what is done to it), copies.py (screenshots, MHTML, HTML, text, PDF), media.py
(media files), record.py (the metadata).
"""

from __future__ import annotations

import asyncio
import time

from evidence_kit.timeutil import utc_now

from . import scripts
from .copies import save_copies, save_served
from .launch import ACCEPT_LANGUAGE, BrowserSession  # noqa: F401  (the engine's public names)
from . import platforms
from .media import fetch_direct, fetch_unloaded, file_download, save_media
from .model import Login, PageCapture
from .navigate import Deadline, classify, settle
from .network import NetworkRecorder
from .page_events import PageEvents, handle_overlays
from .record import apply_wire, finish_metadata, finish_tls, start_tls_check
from .wire import Wire

__all__ = ["ACCEPT_LANGUAGE", "BrowserSession", "capture_page", "classify"]


async def capture_page(session: BrowserSession, url: str, stage=lambda s: None,
                       on_context=lambda ctx: None, login: Login | None = None) -> PageCapture:
    """Capture one URL. Never raises for anything the page or the network does: the result says.
    `on_context(ctx)` is told the page's browser context (closing it stops this capture). With a
    `login`, the fresh context starts with that session's cookies and site storage."""
    opts = session.options
    pc = PageCapture(url=url, started_at=utc_now(), session=login.name if login else None)
    deadline = Deadline(opts.total_timeout)
    ctx = page = rec = events = work = None
    wire = Wire()
    cancelled = False
    t0 = time.monotonic()
    marks = pc.metadata.setdefault("timings_s", {})

    def mark(name):
        marks["page." + name] = round(time.monotonic() - t0, 3)
    try:
        spare = session.take_spare() if login is None else None
        if spare is not None:                 # made ahead, with the same options; nothing opened yet
            ctx, page = spare
            on_context(ctx)
        else:
            ctx_options = session.context_options()
            if login is not None:
                ctx_options["storage_state"] = login.storage_state
            ctx = await session.browser.new_context(**ctx_options)
            on_context(ctx)
            await ctx.add_init_script(scripts.WEBRTC_OFF)
            await ctx.add_init_script(scripts.QUIET_INIT)
            page = await ctx.new_page()
        page.set_default_timeout(min(30_000, opts.total_timeout * 1000))
        await wire.attach(ctx, page)
        rec = NetworkRecorder(page, context=ctx, max_file_bytes=opts.max_file_bytes,
                              max_total_bytes=opts.max_page_bytes)
        events = PageEvents(page, pc, opts, rec=rec, wire=wire)
        mark("ready")
        work = asyncio.ensure_future(_steps(session, page, ctx, rec, events, pc, deadline, stage, wire))
        done, _ = await asyncio.wait({work}, timeout=opts.total_timeout + 5)
        if not done:
            work.cancel()
            try:
                await asyncio.wait_for(work, 5)
            except BaseException:
                pass
            if pc.http_status is None and pc.status != "failed":
                pc.fail("capture.err.timeout", "total time limit", seconds=int(opts.total_timeout))
            pc.gap("capture.gap.time_limit", seconds=int(opts.total_timeout))
        else:
            work.result()
        # posts, not only pages (capture/platforms/): structured records and their media, and
        # videos a browser cannot save whole, while the browser context is still open
        await platforms.enrich(pc, rec, opts, lambda u: fetch_direct(session, ctx, u, rec, Deadline(30)))
    except asyncio.CancelledError:
        cancelled = True
        if work is not None and not work.done():
            work.cancel()
            await asyncio.wait({work}, timeout=5)
        raise
    except Exception as exc:     # the browser went away, or something unexpected in the page
        key, params, detail = classify(exc, opts, navigating=pc.http_status is None)
        if pc.http_status is None:
            pc.fail(key, detail, **params)
        else:
            pc.gap("capture.gap.missing_artifact", name=detail[:200])
    finally:
        mark("steps")
        if events is not None:
            events.stop()
        if rec is not None:
            rec.stop()
            pc.exchanges = rec.exchanges
            if not cancelled:     # what the browser's network stack said, read before it closes
                try:
                    await asyncio.wait_for(apply_wire(wire, rec, pc), 6)
                except Exception:
                    pass
        await wire.detach()
        mark("wire")
        if ctx is not None:      # everything of the page has been read: it closes while this goes on
            session.close_soon(ctx)
    pc.finished_at = utc_now()
    await session.program_facts()
    mark("program")
    finish_metadata(session, pc, rec, events, time.monotonic() - t0)
    await finish_tls(pc, opts)
    return pc


async def _steps(session, page, ctx, rec: NetworkRecorder, events: PageEvents, pc: PageCapture,
                 deadline: Deadline, stage, wire: Wire) -> None:
    opts = session.options
    url = pc.url
    t0 = time.monotonic()
    marks = pc.metadata.setdefault("timings_s", {})

    def mark(name):
        marks[name] = round(time.monotonic() - t0, 3)
    # 1. navigate: bounded wait for the first answer
    stage("loading")
    try:
        await page.goto(url, wait_until="commit", timeout=opts.first_response_timeout * 1000)
    except Exception as exc:
        if "Download is starting" in str(exc) or events.first_download.done():
            await file_download(page, rec, events, pc, deadline)
            return
        key, params, detail = classify(exc, opts, navigating=True)
        pc.fail(key, detail, **params)
        return
    mark("answered")
    answered_at = time.monotonic()
    main = rec.main_document(page.url)
    pc.http_status = main.status if main else None
    pc.final_url = page.url
    start_tls_check(pc, opts, page.url, wire)        # runs while the page loads and is copied
    # 2. let it load (bounded); a page that never finishes is captured as it is
    load_wait = deadline.left(cap=opts.load_timeout)
    try:
        await page.wait_for_load_state("load", timeout=load_wait * 1000)
    except Exception:
        if events.first_download.done() and not pc.artifacts:
            await file_download(page, rec, events, pc, deadline)
            return
        pc.gap("capture.gap.not_loaded", seconds=round(load_wait))
    mark("loaded")
    reserve = min(25.0, opts.total_timeout * 0.3)      # time kept for making the copies
    # 3. banners that clearly ask for cookie consent, removed (and recorded) before scrolling
    overlays: list[dict] = []
    if opts.remove_consent:
        await handle_overlays(page, pc, overlays, deadline)
    # 4. scroll through the page for lazy pictures and comments, let the network settle
    mark("overlays")
    stage("scrolling")
    scroll_budget = max(0.5, min(opts.scroll_timeout, deadline.left() - reserve))
    scroll = {}
    try:
        scroll = await asyncio.wait_for(
            page.evaluate(scripts.SCROLL, {"maxHeight": opts.max_height, "budgetMs": int(scroll_budget * 1000)}),
            scroll_budget + 5)
    except Exception as exc:
        scroll = {"error": str(exc).splitlines()[0][:200] if str(exc) else "timeout"}
    if scroll.get("y", 0) > 0:
        pc.change("capture.change.scrolled", height=int(scroll["y"] + opts.viewport[1]))
    grew = scroll.get("grew", 0)
    if scroll.get("reason") in ("max_height", "time") and grew >= 2:
        pc.gap("capture.gap.endless", height=int(scroll.get("y", 0) + opts.viewport[1]))
    elif scroll.get("reason") == "time":
        pc.gap("capture.gap.scroll_time", seconds=round(scroll_budget), height=int(scroll.get("y", 0)))
    mark("scrolled")
    try:
        await asyncio.wait_for(page.evaluate(scripts.WAIT_IMAGES, int(min(3.0, deadline.left()) * 1000)),
                               deadline.left(cap=5))
    except Exception:
        pass
    settled = await settle(page, rec, opts, answered_at,
                            min(opts.settle_timeout, max(0.2, deadline.left() - reserve)))
    mark("settled")
    if opts.remove_consent:
        await handle_overlays(page, pc, overlays, deadline)          # banners that came late
    try:
        await asyncio.wait_for(page.evaluate(scripts.TO_TOP), deadline.left(cap=5))
    except Exception:
        pass
    # 5. the copies (and, meanwhile, the media the page named but did not load)
    stage("saving")
    fetching = asyncio.ensure_future(fetch_unloaded(session, page, ctx, rec, pc, deadline))
    try:
        await save_copies(session, page, ctx, rec, pc, deadline)
        mark("copies")
        await asyncio.wait({fetching}, timeout=deadline.left())
    finally:
        fetching.cancel()
    await save_media(session, rec, pc, deadline)
    mark("media")
    await events.finish(deadline.left(cap=10))
    await rec.drain(deadline.left(cap=10))
    save_served(rec, pc)
    mark("drained")
    pc.title = pc.title or ""
    pc.metadata["scroll"] = dict(scroll, settled=settled)
    pc.metadata["overlays"] = overlays
