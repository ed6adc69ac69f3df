"""A browser window in which a person logs in to a site, so that captures can use that login.

The window runs with a fresh, temporary profile in the private RAM-backed folder (as captures
do). While it is open, its cookies and site storage are read every half second; when the person
closes the window (or says she is done), the last reading is what is kept, the browser is closed
and its whole profile folder removed. The caller seals the result in the vault
(evidence_kit.sessions.add_session): nothing of it is written anywhere else.
"""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Awaitable, Callable

from . import scripts
from .browser import BrowserInfo
from .launch import BrowserSession
from .model import CaptureOptions

POLL = 0.5


async def record_login(info: BrowserInfo, *, start_url: str | None = None, proxy: str | None = None,
                       done: threading.Event | None = None, headless: bool = False,
                       drive: Callable[[object], Awaitable[None]] | None = None,
                       limit: float = 3600.0) -> dict:
    """Open a login window; return its storage state ({"cookies": [...], "origins": [...]}) once
    the window is closed, `done` is set, or `limit` seconds have passed.

    `drive(page)` lets a program do what a person would (the tests); it runs while the window is
    open, and the window is closed after it returns."""
    session = BrowserSession(info, CaptureOptions(headless=headless, proxy=proxy))
    ctx = None
    state: dict = {"cookies": [], "origins": []}
    try:
        await session.start_driver()
        opts = session.launch_options()
        if not headless:     # a window for a person: scroll bars and sound as in any browser
            opts["args"] = [a for a in opts["args"] if a not in ("--hide-scrollbars", "--mute-audio")]
        ctx = await session.playwright.chromium.launch_persistent_context(
            os.path.join(session.private_dir, "profile"), no_viewport=not headless, **opts)
        if session.proxy is not None:      # no WebRTC past the proxy (see scripts.WEBRTC_OFF)
            await ctx.add_init_script(scripts.WEBRTC_OFF)
        closed = asyncio.Event()
        ctx.on("close", lambda _c: closed.set())
        page = ctx.pages[0] if ctx.pages else await ctx.new_page()
        if start_url:
            try:
                await page.goto(start_url, wait_until="commit", timeout=30_000)
            except Exception:
                pass         # she can type an address herself
        driver = asyncio.ensure_future(drive(page)) if drive is not None else None
        wake = asyncio.Event()        # a response set a cookie, or a page loaded: read again now
        ctx.on("response", lambda r: wake.set() if "set-cookie" in r.headers else None)
        ctx.on("page", lambda p: p.on("load", lambda _p: wake.set()))
        page.on("load", lambda _p: wake.set())
        loop = asyncio.get_running_loop()
        end = loop.time() + limit
        while True:
            # a browser whose last window was closed has already dropped its session cookies:
            # what counts is the last reading taken while a window was open
            if closed.is_set() or not ctx.pages:
                break
            ending = (done is not None and done.is_set()) or (driver is not None and driver.done()) \
                or loop.time() > end
            try:
                state = await asyncio.wait_for(ctx.storage_state(), 5)
            except Exception:
                break        # the browser went away: keep the last reading
            if ending:
                break
            wake.clear()
            waiters = [asyncio.ensure_future(closed.wait()), asyncio.ensure_future(wake.wait())]
            if driver is not None:
                waiters.append(driver)
            _, pending = await asyncio.wait(waiters, timeout=POLL, return_when=asyncio.FIRST_COMPLETED)
            for w in waiters[:2]:
                w.cancel()
        if driver is not None:
            if driver.done():
                driver.result()          # a failed drive is the caller's to see
            else:
                driver.cancel()
    finally:
        if ctx is not None:
            try:
                await asyncio.wait_for(ctx.close(), 15)
            except BaseException:
                pass
        await session.close()            # and the profile folder with it
    return {"cookies": list(state.get("cookies") or []), "origins": list(state.get("origins") or [])}


def record_login_blocking(info: BrowserInfo, **kw) -> dict:
    """record_login on a fresh event loop in this thread (the command line, the app's worker)."""
    return asyncio.run(record_login(info, **kw))
