"""PNG screenshots through the DevTools protocol, encoded for speed.

Playwright's `page.screenshot` asks Chromium for a PNG with its default (small, slow) compression.
PNG is lossless, so the compression changes the file, never the pixels: `Page.captureScreenshot`
with `optimizeForSpeed` gives the same pixels about twice as fast (a 1366 x 6,800 px page: 0.15 s
against 0.27 s, the file 15 % larger; tests/capture/test_shots.py compares the pixels with
Playwright's own picture). The steps around the picture are Playwright's: the text caret is hidden
(so a blinking cursor in a focused field is never in one picture and not the next), web fonts are
waited for, and a full page is measured the way Playwright measures it.

A browser that does not take these parameters gets Playwright's own screenshot instead.
"""

from __future__ import annotations

import asyncio
import base64

# Hide the caret without adding a node to the page (an adopted style sheet is invisible to the
# page's MutationObservers), wait for the fonts (3 s at most) and give Playwright's full-page size.
PREPARE = r"""
async () => {
  try {
    if (!window.__ekShotSheet) {
      const s = new CSSStyleSheet();
      s.replaceSync('*, *::before, *::after { caret-color: transparent !important; }');
      window.__ekShotSheet = s;
    }
    const mine = window.__ekShotSheet;
    if (!document.adoptedStyleSheets.includes(mine))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, mine];
  } catch (e) {}
  try {
    await Promise.race([document.fonts.ready, new Promise(r => setTimeout(r, 3000))]);
  } catch (e) {}
  const b = document.body, d = document.documentElement;
  if (!b || !d) return {width: window.innerWidth, height: window.innerHeight,
                        vw: window.innerWidth, vh: window.innerHeight};
  return {width: Math.max(b.scrollWidth, d.scrollWidth, b.offsetWidth, d.offsetWidth, b.clientWidth, d.clientWidth),
          height: Math.max(b.scrollHeight, d.scrollHeight, b.offsetHeight, d.offsetHeight, b.clientHeight, d.clientHeight),
          vw: window.innerWidth, vh: window.innerHeight};
}
"""

RESTORE = r"""
() => {
  try {
    const mine = window.__ekShotSheet;
    if (mine) document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== mine);
  } catch (e) {}
}
"""

METHOD = ("DevTools Page.captureScreenshot, PNG (lossless), caret hidden, "
          "after waiting for web fonts (3 s at most)")


class Shooter:
    """Screenshots of one page through one DevTools session (made on first use; `close()`, or the
    end of `async with`, ends it). Two pictures may be taken at once with other work on the same
    session (e.g. the MHTML)."""

    def __init__(self, page, ctx):
        self.page = page
        self.ctx = ctx
        self._cdp = None
        self.fallback = False          # the browser refused the protocol's parameters once

    async def session(self):
        if self._cdp is None:
            self._cdp = await self.ctx.new_cdp_session(self.page)
        return self._cdp

    async def __aenter__(self) -> "Shooter":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    @property
    def method(self) -> dict:
        """How the pictures were taken, in English and as a message key (metadata fields)."""
        if self.fallback:
            return {"method": "Playwright page.screenshot, PNG (lossless)",
                    "method_key": "capture.screenshot.method_playwright"}
        return {"method": METHOD, "method_key": "capture.screenshot.method_devtools"}

    async def close(self) -> None:
        cdp, self._cdp = self._cdp, None
        if cdp is not None:
            try:
                await cdp.detach()
            except Exception:
                pass

    async def _prepare(self, timeout: float) -> dict:
        return await asyncio.wait_for(self.page.evaluate(PREPARE), timeout)

    async def _restore(self) -> None:
        try:
            await asyncio.wait_for(self.page.evaluate(RESTORE), 5)
        except Exception:
            pass

    async def _capture(self, params: dict, timeout: float) -> bytes:
        cdp = await self.session()
        res = await asyncio.wait_for(cdp.send("Page.captureScreenshot", params), timeout)
        return base64.b64decode(res["data"])

    async def viewport(self, timeout: float) -> bytes:
        """What the window shows."""
        return await self._shoot(lambda size: {}, timeout,
                                 lambda: self.page.screenshot(type="png", timeout=timeout * 1000))

    async def full(self, timeout: float, clip: dict | None = None) -> bytes:
        """The whole page, or the part of it in `clip` (x, y, width, height in CSS px), cut to the
        page's size as Playwright cuts it."""
        def params(size: dict) -> dict:
            doc = {"x": 0, "y": 0, "width": int(size["width"]), "height": int(size["height"])}
            rect = _trim(clip, doc) if clip else doc
            fits = doc["width"] <= size["vw"] and doc["height"] <= size["vh"]
            return {"clip": {**rect, "scale": 1}, "captureBeyondViewport": not fits}
        return await self._shoot(params, timeout, lambda: self.page.screenshot(
            type="png", full_page=True, clip=clip, timeout=timeout * 1000))

    async def _shoot(self, params, timeout: float, playwrights) -> bytes:
        """Prepare the page, take the picture with `params(size)`, put the page back; Playwright's
        own screenshot (`playwrights()`) once the browser has refused the protocol's parameters."""
        if not self.fallback:
            try:
                size = await self._prepare(min(timeout, 5))
                try:
                    return await self._capture({"format": "png", "optimizeForSpeed": True, **params(size)},
                                               timeout)
                finally:
                    await self._restore()
            except Exception as exc:
                if not _is_refusal(exc):
                    raise             # a closed page, a crashed browser, a timeout: as they are
                self.fallback = True
        return await playwrights()


def _is_refusal(exc: BaseException) -> bool:
    """The browser does not know the method or its parameters (an old Chromium): not a page
    problem, so Playwright's way is used."""
    text = str(exc)
    return "Invalid parameters" in text or "wasn't found" in text


def _trim(clip: dict, doc: dict) -> dict:
    """Playwright's trimClipToSize: the clip cut to the document."""
    x1 = max(clip["x"], doc["x"])
    y1 = max(clip["y"], doc["y"])
    x2 = min(clip["x"] + clip["width"], doc["x"] + doc["width"])
    y2 = min(clip["y"] + clip["height"], doc["y"] + doc["height"])
    return {"x": x1, "y": y1, "width": max(0, x2 - x1), "height": max(0, y2 - y1)}
