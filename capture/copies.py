"""The copies made from the loaded page: screenshots, MHTML, rendered HTML, text, facts, PDF."""

from __future__ import annotations

import asyncio
import time

from . import scripts, tiles
from .model import PageCapture
from .navigate import Deadline
from .shots import Shooter

SERVED_EXT = {"text/html": "html", "application/xhtml+xml": "xhtml", "text/plain": "txt",
              "application/json": "json", "application/xml": "xml", "text/xml": "xml"}


def save_served(rec, pc: PageCapture) -> None:
    """The main document as the server sent it (its bytes as received, after the transfer's gzip or
    brotli was undone), sealed beside the rendered DOM: page.html is what the browser built,
    page-as-served.* is what came over the wire."""
    main = rec.main_document(pc.final_url)
    if main is None or main.body is None or main.status is None:
        return
    ext = SERVED_EXT.get(main.content_type, "bin")
    pc.add(f"page-as-served.{ext}", main.body, "served_html",
           main.header("content-type") or "application/octet-stream", source_url=main.url)


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
    width = int(size.get("width") or opts.viewport[0])
    pc.metadata["page_size"] = {"width": width, "height": height}
    mhtml = html = text = None
    errors: dict[str, BaseException] = {}        # role -> why its copy could not be made
    async with Shooter(page, ctx) as shooter:    # its DevTools session serves the MHTML too
        # full page first: it is what a court looks at
        try:
            await tiles.full_page(page, pc, opts, deadline, width, height, shooter)
        except Exception as exc:
            missing("screenshot_full", exc)
        mark("full")
        # the viewport picture is drawn while the DOM is read (neither changes the page; together
        # they take the time of the longer); the files are added in the same order as before
        shooting = asyncio.ensure_future(shooter.viewport(deadline.left(cap=20)))
        try:
            pc.title = (await asyncio.wait_for(page.title(), deadline.left(cap=5)))[:1000]
        except Exception:
            pass
        pc.final_url = page.url
        try:
            cdp = await shooter.session()
            mhtml = (await asyncio.wait_for(cdp.send("Page.captureSnapshot", {"format": "mhtml"}),
                                            deadline.left(cap=30)))["data"]
        except Exception as exc:
            errors["mhtml"] = exc
        try:
            html = await asyncio.wait_for(page.content(), deadline.left(cap=20))
        except Exception as exc:
            errors["dom_html"] = exc
        try:
            text = await asyncio.wait_for(page.evaluate(scripts.TEXT), deadline.left(cap=10))
        except Exception as exc:
            errors["text"] = exc
        mark("mhtml")
        try:
            pc.add("screenshot-viewport.png", await shooting, "screenshot_viewport", "image/png")
        except Exception as exc:
            missing("screenshot_viewport", exc)
        mark("viewport")
    for role, name, data, ctype in (
            ("mhtml", "page.mhtml", mhtml, "multipart/related"),
            ("dom_html", "page.html", html, "text/html; charset=utf-8"),
            ("text", "page.txt", text or "", "text/plain; charset=utf-8")):
        if role in errors:
            missing(role, errors[role])
        else:
            pc.add(name, data.encode("utf-8"), role, ctype)
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
