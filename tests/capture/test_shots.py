"""Screenshots through the DevTools protocol (capture/shots.py): the same pixels as Playwright's
own `page.screenshot`, the caret hidden, nothing left behind in the page, and Playwright's way when
a browser refuses the protocol's parameters."""

from __future__ import annotations

import asyncio
import io

import pytest
from PIL import Image, ImageChops

from capture.launch import BrowserSession
from capture.model import CaptureOptions
from capture.shots import Shooter


def _pixels(data: bytes) -> Image.Image:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(io.BytesIO(data)) as im:
        return im.convert("RGBA")


def _same(a: bytes, b: bytes) -> bool:
    x, y = _pixels(a), _pixels(b)
    return x.size == y.size and ImageChops.difference(x, y).getbbox() is None


@pytest.fixture
def on_page(browser_info):
    """on_page(async fn(page, ctx)): runs fn with a fresh page of a started capture browser."""
    def run(fn):
        async def main():
            session = BrowserSession(browser_info, CaptureOptions())
            await session.start()
            try:
                ctx = await session.browser.new_context(**session.context_options())
                page = await ctx.new_page()
                return await fn(page, ctx)
            finally:
                await session.close()
        return asyncio.run(main())
    return run


def test_full_page_viewport_and_clip_have_playwrights_pixels(on_page, site):
    async def fn(page, ctx):
        await page.goto(site.url("/post"))
        await page.evaluate("async () => { for (let y = 0; y < document.body.scrollHeight; y += 700) {"
                            " window.scrollTo(0, y); await new Promise(r => setTimeout(r, 30)); }"
                            " window.scrollTo(0, 0); }")
        await page.wait_for_load_state("networkidle")
        shooter = Shooter(page, ctx)
        clip = {"x": 0, "y": 1000, "width": 1366, "height": 2000}
        try:
            ours = (await shooter.full(30), await shooter.viewport(30), await shooter.full(30, clip))
        finally:
            await shooter.close()
        theirs = (await page.screenshot(type="png", full_page=True), await page.screenshot(type="png"),
                  await page.screenshot(type="png", full_page=True, clip=clip))
        return ours, theirs, shooter.fallback

    ours, theirs, fell_back = on_page(fn)
    assert not fell_back
    assert _pixels(ours[0]).height > 6000 and _pixels(ours[2]).size == (1366, 2000)
    assert _pixels(ours[1]).size == (1366, 900)
    for mine, pw in zip(ours, theirs):
        assert _same(mine, pw)


def test_the_caret_is_hidden_and_the_page_is_left_as_it_was(on_page):
    html = ("<body style='margin:0;background:#fff'><input autofocus style='font-size:80px;width:600px;"
            "height:120px;border:0;outline:0;background:#fff;caret-color:#f00'>"
            "<script>window.changes = 0; new MutationObserver(m => window.changes += m.length)"
            ".observe(document, {subtree: true, childList: true, attributes: true});</script></body>")

    def red(data: bytes) -> int:
        raw = _pixels(data).convert("RGB").tobytes()
        return sum(1 for i in range(0, len(raw), 3) if raw[i] > 200 and raw[i + 1] < 80 and raw[i + 2] < 80)

    async def fn(page, ctx):
        await page.set_content(html)
        await page.focus("input")
        shooter = Shooter(page, ctx)
        ours = []
        shown = 0
        try:
            for _ in range(6):           # the caret blinks: look several times, 0.3 s apart
                ours += [await shooter.full(30), await shooter.viewport(30)]
                shown = max(shown, red(await page.screenshot(type="png", caret="initial")))
                await asyncio.sleep(0.3)
        finally:
            await shooter.close()
        state = await page.evaluate("() => [window.changes, document.adoptedStyleSheets.length,"
                                    " getComputedStyle(document.querySelector('input')).caretColor]")
        return ours, shown, state

    ours, shown, (changes, sheets, caret) = on_page(fn)
    assert shown > 0                     # the page does draw a red caret when it is not hidden
    assert all(red(shot) == 0 for shot in ours)
    assert changes == 0 and sheets == 0 and caret == "rgb(255, 0, 0)"


def test_a_browser_that_refuses_the_parameters_gets_playwrights_picture(on_page, site, monkeypatch):
    async def refuse(self, params, timeout):
        raise RuntimeError("Protocol error (Page.captureScreenshot): Invalid parameters: optimizeForSpeed")

    async def fn(page, ctx):
        await page.goto(site.url("/post-short"))
        monkeypatch.setattr(Shooter, "_capture", refuse)
        shooter = Shooter(page, ctx)
        try:
            full, view = await shooter.full(30), await shooter.viewport(30)
        finally:
            await shooter.close()
        return full, view, shooter.fallback, (await page.screenshot(type="png", full_page=True),
                                              await page.screenshot(type="png"))

    full, view, fell_back, (pw_full, pw_view) = on_page(fn)
    assert fell_back
    assert _same(full, pw_full) and _same(view, pw_view)


def test_a_closed_page_is_an_error_not_a_fallback(on_page, site):
    async def fn(page, ctx):
        await page.goto(site.url("/post-short"))
        shooter = Shooter(page, ctx)
        await shooter.session()
        await page.close()
        with pytest.raises(Exception) as err:
            await shooter.full(10)
        await shooter.close()
        return shooter.fallback, str(err.value)

    fell_back, text = on_page(fn)
    assert not fell_back and "closed" in text.lower()
