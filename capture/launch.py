"""Playwright and one launched browser, with its private (RAM-backed) folder: started once per
capture service, on the capture thread, and closed with everything it wrote."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from evidence_kit.i18n import get_language

from evidence_kit.secrets_env import child_env

from .browser import (BrowserInfo, browser_env, launch_args, make_private_dir, remove_private_dir,
                      short_dir_for)
from . import provenance, scripts
from .model import CaptureOptions

# Through a proxy, WebRTC must not open UDP paths of its own past it (they would show the site
# this computer's address, which is what a proxy such as Tor is there to hide). This switch does
# nothing in the headless browser: what keeps WebRTC off is scripts.WEBRTC_OFF, in every page.
PROXY_ARGS = ["--force-webrtc-ip-handling-policy=disable_non_proxied_udp"]

ACCEPT_LANGUAGE = {"en": ("en-US", "en-US,en;q=0.9"),
                   "ru": ("ru-RU", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
                   "tg": ("tg-TJ", "tg-TJ,tg;q=0.9,ru-RU;q=0.8,ru;q=0.7,en-US;q=0.6,en;q=0.5")}


_driver_tmp: str | None = None


def _install_driver_env_hook() -> None:
    """Playwright's driver makes the browser profile and its artifacts folder under *its* TMPDIR:
    give it our private (RAM-backed) folder. The hook adds one variable to the driver's environment."""
    try:
        from playwright._impl import transport
    except ImportError:      # pragma: no cover - a Playwright without this module: canary test tells
        return
    if not callable(getattr(transport, "get_driver_env", None)):
        return               # pragma: no cover - likewise; the browser's own flags still apply
    if getattr(transport.get_driver_env, "_evidence_kit", False):
        return
    original = transport.get_driver_env

    def get_driver_env():
        env = child_env(original())    # no EVIDENCE_KIT_* secret in the driver nor the browser
        if _driver_tmp:
            env["TMPDIR"] = env["TEMP"] = env["TMP"] = _driver_tmp
        return env

    get_driver_env._evidence_kit = True          # type: ignore[attr-defined]
    transport.get_driver_env = get_driver_env


class BrowserSession:
    """Playwright and one launched browser, with its private folder. Lives on the capture thread."""

    def __init__(self, info: BrowserInfo, options: CaptureOptions, on_driver=lambda: None):
        self.info = info
        self.options = options
        self.on_driver = on_driver          # told once Playwright's driver process has been started
        self.pw_manager = None
        self.playwright = None
        self.browser = None
        self.version = ""
        self.user_agent = ""
        self.private_dir: str | None = None
        self.short_dir: str | None = None
        self.private_is_ram = False
        self.playwright_version = ""
        self.ignore_default_args: list[str] = []
        self.program: dict | None = None     # provenance.program_facts, once known
        self._program_task: asyncio.Future | None = None
        self._hash_task: asyncio.Future | None = None
        self.spare = None                    # (context, page) made ahead by prepare()
        self.browser_pid: int | None = None  # the browser's main process (its process group's leader)
        self._closing: set[asyncio.Future] = set()   # contexts being closed (close_soon)
        self.left_behind: list[str] = []     # private folders that could not be removed

    async def start_driver(self) -> None:
        """The private (RAM-backed) folder and Playwright's driver, ready to launch a browser."""
        global _driver_tmp
        from playwright.async_api import async_playwright

        from .tempdirs import default_roots, sweep

        self.left_behind += sweep(default_roots())    # stale folders of sessions that crashed
        self.private_dir, self.private_is_ram = make_private_dir()
        self.short_dir = short_dir_for(self.private_dir)
        # with a RAM-backed /dev/shm of good size, Chromium may keep its shared memory there
        # (Playwright's default sends it to TMPDIR, made for containers with a tiny /dev/shm)
        self.ignore_default_args = (["--disable-dev-shm-usage"]
                                    if self.private_is_ram and self.private_dir.startswith("/dev/shm/") else [])
        _install_driver_env_hook()
        _driver_tmp = os.path.join(self.private_dir, "driver")
        os.makedirs(_driver_tmp, mode=0o700, exist_ok=True)
        self.pw_manager = async_playwright()
        try:
            try:
                self.playwright = await self.pw_manager.start()
            except Exception as exc:       # the driver, not the browser: its own words (driver.py)
                from .driver import diagnose

                raise diagnose(exc) from exc
        finally:
            self.on_driver()

    def launch_options(self) -> dict:
        """What every launch of this session's browser shares (a capture's or a login window's)."""
        return dict(executable_path=self.info.path, headless=self.options.headless, args=self.args(),
                    env=browser_env(self.private_dir, self.short_dir),
                    ignore_default_args=self.ignore_default_args,
                    proxy=self.proxy.for_playwright() if self.proxy else None,
                    downloads_path=os.path.join(self.private_dir, "downloads"),
                    handle_sigint=False, handle_sigterm=False, handle_sighup=False, timeout=60_000)

    async def start(self) -> None:
        try:
            await self.start_driver()
            self.browser = await self.playwright.chromium.launch(**self.launch_options())
            # (read from the package's metadata: 10 ms, not worth holding the browser's start for)
            self.playwright_version = version_of("playwright") or ""
            # which program runs (its hash is made while the first page loads: hash_program)
            self._program_task = asyncio.ensure_future(
                asyncio.to_thread(provenance.program_facts, self.private_dir, self.info.path))
            self.version = self.browser.version
            cdp = await self.browser.new_browser_cdp_session()
            try:
                v = await cdp.send("Browser.getVersion")
                self.user_agent = v.get("userAgent", "")
                self.browser_pid = await _browser_pid(cdp)
            finally:
                await cdp.detach()
        except BaseException:
            await self.close()
            raise
        # a headless browser says so in its user agent; sites see it. Present the browser it is.
        self.user_agent = self.user_agent.replace("HeadlessChrome/", "Chrome/")
        if not self.user_agent:
            major = self.version.split(".")[0] or "0"
            self.user_agent = (f"Mozilla/5.0 ({_platform_token()}) AppleWebKit/537.36 (KHTML, like Gecko) "
                               f"Chrome/{major}.0.0.0 Safari/537.36")

    async def prepare(self) -> None:
        """Make a fresh context (and its page) for the next capture without a login, before it is
        asked for (e.g. while the vault is being unlocked). It has opened nothing: no request has
        been made in it."""
        if self.spare is not None or self.browser is None:
            return
        try:
            ctx = await self.browser.new_context(**self.context_options())
            await ctx.add_init_script(scripts.WEBRTC_OFF)
            await ctx.add_init_script(scripts.QUIET_INIT)
            self.spare = (ctx, await ctx.new_page())
        except Exception:
            self.spare = None

    def take_spare(self):
        """(context, page) made by `prepare`, or None."""
        spare, self.spare = self.spare, None
        return spare

    @property
    def proxy(self):
        return self.options.route

    def args(self) -> list[str]:
        """The browser's command-line switches (beside Playwright's own)."""
        return launch_args() + (PROXY_ARGS if self.proxy else [])

    @property
    def connected(self) -> bool:
        return self.browser is not None and self.browser.is_connected()

    def language(self) -> tuple[str, str]:
        o = self.options
        default_locale, default_accept = ACCEPT_LANGUAGE.get(get_language(), ACCEPT_LANGUAGE["en"])
        return o.locale or default_locale, o.accept_language or default_accept

    def context_options(self) -> dict:
        locale, accept = self.language()
        w, h = self.options.viewport
        return dict(viewport={"width": w, "height": h}, screen={"width": w, "height": h},
                    device_scale_factor=1, user_agent=self.user_agent, locale=locale,
                    extra_http_headers={"Accept-Language": accept}, accept_downloads=True,
                    ignore_https_errors=True, service_workers="block", java_script_enabled=True)

    def hash_program(self) -> None:
        """Start hashing the browser program in a worker thread (once)."""
        if self._program_task is None or self._hash_task is not None:
            return

        async def run():
            facts = await asyncio.shield(self._program_task)
            return await asyncio.to_thread(provenance.hash_program, facts)
        self._hash_task = asyncio.ensure_future(run())

    async def program_facts(self, limit: float = 15.0) -> dict | None:
        """The browser program, its SHA-256 and command line (provenance.py), once known."""
        if self.program is None and self._program_task is not None:
            self.hash_program()
            try:
                self.program = await asyncio.wait_for(asyncio.shield(self._hash_task), limit)
            except Exception:
                self.program = None
        return self.program

    def describe(self) -> dict:
        locale, accept = self.language()
        return {"name": self.info.name, "version": self.version, "executable": self.info.path,
                "found_by": self.info.found_by, "headless": self.options.headless,
                "user_agent": self.user_agent, "locale": locale, "accept_language": accept,
                "viewport": {"width": self.options.viewport[0], "height": self.options.viewport[1]},
                "device_scale_factor": 1, "sandbox": "--no-sandbox" not in launch_args(),
                "proxy": self.proxy.record() if self.proxy else None,
                "program": self.program, "settings": provenance.behaviour_settings(self),
                "profile": "fresh in-memory context per page (no cookies, cache or logins)",
                "profile_key": "capture.browser.fresh_context",
                "temporary_files": "RAM-backed folder, removed afterwards" if self.private_is_ram
                                   else "system temporary folder, removed afterwards",
                "temporary_files_key": "capture.browser.temp_ram" if self.private_is_ram
                                       else "capture.browser.temp_system"}

    def close_soon(self, ctx) -> None:
        """Close a page's context without waiting for it (the page has given all it will give);
        `close()` waits for what is still closing."""
        async def close():
            try:
                await asyncio.wait_for(ctx.close(), 10)
            except BaseException:
                pass
        task = asyncio.ensure_future(close())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def _end_browser(self) -> None:
        """End the browser. Its profile is a fresh temporary one, removed right after, and every
        copy of the page is already in memory: nothing is lost by ending it at once (SIGKILL to its
        process group, where Playwright started it). That takes 0.03-0.07 s against 0.13-0.2 s for
        its graceful shutdown (measured), and leaves the processor to the sealing. Where that is not
        possible (Windows, or the process is not known), it is closed."""
        browser = self.browser
        pid = self.browser_pid
        if pid and hasattr(os, "killpg") and browser.is_connected():
            gone = asyncio.get_running_loop().create_future()
            browser.once("disconnected", lambda _b: gone.done() or gone.set_result(True))
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
            else:
                try:
                    await asyncio.wait_for(gone, 10)
                    return
                except Exception:
                    pass
        try:
            await asyncio.wait_for(browser.close(), 15)
        except Exception:
            pass

    async def close(self) -> None:
        global _driver_tmp
        try:
            if self.browser is not None:
                await self._end_browser()
            if self._closing:             # contexts still closing end with their browser
                await asyncio.wait(set(self._closing), timeout=10)
            if self.pw_manager is not None:
                try:
                    await asyncio.wait_for(self.pw_manager.__aexit__(None, None, None), 15)
                except Exception:
                    pass
        finally:
            self.browser = None
            self.playwright = None
            self.pw_manager = None
            for d in (self.private_dir, self.short_dir):
                if not remove_private_dir(d):
                    self.left_behind.append(d)
            self.private_dir = self.short_dir = None
            _driver_tmp = None


async def _browser_pid(cdp) -> int | None:
    """The browser's own process id, as the browser tells it (None if it does not)."""
    try:
        info = await asyncio.wait_for(cdp.send("SystemInfo.getProcessInfo"), 5)
        pids = [p.get("id") for p in info.get("processInfo", []) if p.get("type") == "browser"]
        return int(pids[0]) if pids and pids[0] else None
    except Exception:
        return None


def _platform_token() -> str:
    if sys.platform.startswith("win"):
        return "Windows NT 10.0; Win64; x64"
    if sys.platform == "darwin":
        return "Macintosh; Intel Mac OS X 10_15_7"
    return "X11; Linux x86_64"


def version_of(dist: str) -> str | None:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return None
