"""The copies made from the loaded page: screenshots, MHTML, rendered HTML, text, facts, PDF."""

from __future__ import annotations

import asyncio
import time

from . import scripts
from .model import PageCapture
from .navigate import Deadline

async def save_copies(session, page, ctx, rec, pc: PageCapture, deadline: Deadline) -> None:
    opts = session.options
    marks = pc.metadata.setdefault("timings_s", {})
    t0 = time.monotonic()

    def mark(name):
        marks["copies." + name] = round(time.monotonic() - t0, 3)

    def missing(role: str, exc: BaseException | None = None) -> None:
        from evidence_kit.i18n import tr
        pc.gap("capture.gap.missing_artifact", name=tr(f"capture.artifact.{role}", "en"))
        pc.gaps[-1]["params"]["role"] = role
        if exc is not None:
            pc.gaps[-1]["detail"] = (str(exc).splitlines() or [type(exc).__name__])[0][:200]

    try:
        size = await asyncio.wait_for(page.evaluate(scripts.SIZE), deadline.left(cap=5))
    except Exception:
        size = {"width": opts.viewport[0], "height": opts.viewport[1]}
    height = int(size.get("height") or opts.viewport[1])
    pc.metadata["page_size"] = {"width": int(size.get("width") or opts.viewport[0]), "height": height}
    # full page first: it is what a court looks at
    try:
        if height > opts.max_height:
            shot = await page.screenshot(type="png", full_page=True, timeout=deadline.left(cap=60) * 1000,
                                         clip={"x": 0, "y": 0, "width": opts.viewport[0], "height": opts.max_height})
            pc.gap("capture.gap.truncated", height=height, limit=opts.max_height)
            pc.metadata["screenshot"] = {"height": opts.max_height, "truncated": True, "page_height": height}
        else:
            shot = await page.screenshot(type="png", full_page=True, timeout=deadline.left(cap=60) * 1000)
            pc.metadata["screenshot"] = {"height": height, "truncated": False, "page_height": height}
        pc.add("screenshot-full.png", shot, "screenshot_full", "image/png")
    except Exception as exc:
        missing("screenshot_full", exc)
    mark("full")
    try:
        shot = await page.screenshot(type="png", timeout=deadline.left(cap=20) * 1000)
        pc.add("screenshot-viewport.png", shot, "screenshot_viewport", "image/png")
    except Exception as exc:
        missing("screenshot_viewport", exc)
    mark("viewport")
    try:
        pc.title = (await asyncio.wait_for(page.title(), deadline.left(cap=5)))[:1000]
    except Exception:
        pass
    pc.final_url = page.url
    try:
        cdp = await ctx.new_cdp_session(page)
        try:
            snap = await asyncio.wait_for(cdp.send("Page.captureSnapshot", {"format": "mhtml"}), deadline.left(cap=30))
        finally:
            try:
                await cdp.detach()
            except Exception:
                pass
        pc.add("page.mhtml", snap["data"].encode("utf-8"), "mhtml", "multipart/related")
    except Exception as exc:
        missing("mhtml", exc)
    mark("mhtml")
    try:
        html = await asyncio.wait_for(page.content(), deadline.left(cap=20))
        pc.add("page.html", html.encode("utf-8"), "dom_html", "text/html; charset=utf-8")
    except Exception as exc:
        missing("dom_html", exc)
    try:
        text = await asyncio.wait_for(page.evaluate(scripts.TEXT), deadline.left(cap=10))
        pc.add("page.txt", (text or "").encode("utf-8"), "text", "text/plain; charset=utf-8")
    except Exception as exc:
        missing("text", exc)
    mark("dom_text")
    try:
        pc.metadata["page"] = await asyncio.wait_for(page.evaluate(scripts.PAGE_FACTS), deadline.left(cap=5))
    except Exception:
        pc.metadata["page"] = {}
    mark("facts")
    if opts.pdf:
        try:
            pdf = await asyncio.wait_for(page.pdf(print_background=True), deadline.left(cap=opts.pdf_timeout))
            pc.add("page.pdf", pdf, "pdf", "application/pdf")
        except Exception as exc:
            missing("pdf", exc)
        mark("pdf")
