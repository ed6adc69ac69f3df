"""What the page does and what is done to it: dialogs accepted, pop-ups closed, downloads kept,
consent banners removed (only when clearly one) — each recorded."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from evidence_kit.timeutil import to_iso, utc_now

from . import scripts
from .model import CaptureOptions, PageCapture
from .navigate import Deadline
from .shots import Shooter
from .tasks import TaskSet

POPUP_LOAD = 5.0        # s a pop-up may load (its traffic recorded) before it is closed
POPUP_BODIES = 3.0      # s to read its responses' bodies before closing it


class PageEvents:
    """Dialogs accepted, pop-ups closed (after their traffic was recorded), downloads kept: each
    recorded. `rec` and `wire` are the capture's network recorder and wire listener."""

    def __init__(self, page, pc: PageCapture, options: CaptureOptions, rec=None, wire=None):
        self.page = page
        self.pc = pc
        self.options = options
        self.rec = rec
        self.wire = wire
        self.dialogs: list[dict] = []
        self.popups: list[dict] = []
        self.downloads: list[dict] = []
        self.download_tasks: list[asyncio.Task] = []
        self.first_download: asyncio.Future = asyncio.get_running_loop().create_future()
        self.crashed = False
        self._tasks = TaskSet()
        page.on("dialog", self._on_dialog)
        page.on("popup", self._on_popup)
        page.on("download", self._on_download)
        page.on("crash", self._on_crash)

    def _spawn(self, coro) -> asyncio.Task:
        return self._tasks.spawn(coro)

    def _on_dialog(self, dialog) -> None:
        entry = {"kind": dialog.type, "message": dialog.message[:2000], "default_value": dialog.default_value,
                 "at": to_iso(utc_now(), ms=True), "action": "accepted"}
        self.dialogs.append(entry)
        self.pc.change("capture.change.dialog", kind=dialog.type, message=dialog.message[:300])

        async def accept():
            try:
                if dialog.type == "prompt":
                    await dialog.accept(dialog.default_value)
                else:
                    await dialog.accept()
            except Exception:
                pass
        self._spawn(accept())

    def _on_popup(self, popup) -> None:
        entry = {"url": popup.url, "at": to_iso(utc_now(), ms=True), "action": "closed"}
        self.popups.append(entry)

        async def close():
            if self.wire is not None:
                await self.wire.attach(popup.context, popup)
            try:     # let it load, so that what it fetched is in the archive, then close it
                await popup.wait_for_load_state("load", timeout=POPUP_LOAD * 1000)
            except Exception:
                pass
            if self.rec is not None:
                await self.rec.drain(POPUP_BODIES)
            entry["url"] = popup.url
            entry["closed_at"] = to_iso(utc_now(), ms=True)
            self.pc.change("capture.change.popup", url=popup.url[:500])
            try:
                await popup.close()
            except Exception:
                pass
        self._spawn(close())

    def _on_download(self, download) -> None:
        if not self.first_download.done():
            self.first_download.set_result(download)
        self.download_tasks.append(self._spawn(self._keep(download)))

    async def _keep(self, download) -> None:
        entry = {"url": download.url, "suggested_filename": download.suggested_filename,
                 "at": to_iso(utc_now(), ms=True)}
        self.downloads.append(entry)
        try:
            path = await download.path()
            size = os.path.getsize(path)
            if size > self.options.max_file_bytes:
                entry["saved"] = False
                self.pc.gap("capture.gap.too_large", count=1, limit=self.options.max_file_bytes // (1024 * 1024))
                return
            data = Path(path).read_bytes()
            entry.update(saved=True, size=len(data))
            entry["data"] = data
        except Exception as exc:
            entry.update(saved=False, error=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)
        finally:
            try:
                await download.delete()
            except Exception:
                pass

    def _on_crash(self, _page) -> None:
        self.crashed = True

    async def finish(self, limit: float) -> None:
        await self._tasks.wait(limit)

    def stop(self) -> None:
        self._tasks.cancel()


async def handle_overlays(page, pc: PageCapture, found: list, deadline: Deadline) -> None:
    try:
        seen = await asyncio.wait_for(page.evaluate(scripts.OVERLAYS, {"remove": False}), deadline.left(cap=5))
    except Exception:
        return
    over = seen.get("overlays", [])
    if any(o["consent"] for o in over):
        try:   # what the page looked like before the banner was removed
            async with Shooter(page, page.context) as shooter:
                shot = await shooter.viewport(deadline.left(cap=10))
            pc.add("screenshot-before-banner-removed.png", shot, "screenshot_viewport", "image/png")
        except Exception:
            pass
        try:
            done = await asyncio.wait_for(page.evaluate(scripts.OVERLAYS, {"remove": True}), deadline.left(cap=5))
        except Exception:
            return
        over = done.get("overlays", [])
        for o in over:
            if o.get("removed"):
                pc.change("capture.change.overlay_removed", text=o["text"][:200])
        if done.get("unlocked"):
            pc.change("capture.change.scroll_unlocked")
    known = {(o["ident"], o["text"]) for o in found}
    for o in over:
        if not o.get("removed") and (o["ident"], o["text"]) not in known and o["coverage"] >= 30:
            pc.gap("capture.gap.overlay_left", text=(o["text"] or o["ident"] or o["tag"])[:160])
    for o in over:      # scripts.OVERLAYS says why in English; the key beside it is for documents
        o["why_key"] = _OVERLAY_WHY.get(o.get("why"), "capture.overlay.other")
    found.extend(o for o in over if (o["ident"], o["text"]) not in known)


_OVERLAY_WHY = {"known consent container": "capture.overlay.known",
                "cookie/consent words and an accept button": "capture.overlay.words",
                "a login or content warning, never removed": "capture.overlay.never",
                "not a consent banner": "capture.overlay.not_consent"}
