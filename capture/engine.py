"""One URL, one pass: open it in a fresh in-memory browser context, handle what the page does,
scroll it, and make every copy (screenshots, MHTML, HTML, text, PDF, media, WARC data) in memory.

Runs on the capture thread's asyncio loop (see service.py). Playwright's errors stop here: they
become a failed capture with words a person understands (`PageCapture.fail`).
"""

from __future__ import annotations

import asyncio
import os
import platform
import re
import ssl
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from evidence_kit import __version__
from evidence_kit.i18n import get_language
from evidence_kit.secrets_env import child_env
from evidence_kit.timeutil import to_iso, utc_now

from . import scripts
from .browser import (BrowserInfo, browser_env, launch_args, make_private_dir, remove_private_dir,
                      short_dir_for)
from .model import CaptureOptions, PageCapture, note, playwright_proxy
from .network import Exchange, NetworkRecorder
from . import platforms
from .tasks import TaskSet

ACCEPT_LANGUAGE = {"en": ("en-US", "en-US,en;q=0.9"),
                   "ru": ("ru-RU", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
                   "tg": ("tg-TJ", "tg-TJ,tg;q=0.9,ru-RU;q=0.8,ru;q=0.7,en-US;q=0.6,en;q=0.5")}

_MEDIA_EXT = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp",
              "image/avif": "avif", "image/svg+xml": "svg", "image/bmp": "bmp", "image/heic": "heic",
              "video/mp4": "mp4", "video/webm": "webm", "video/quicktime": "mov", "video/ogg": "ogv",
              "audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/ogg": "ogg", "audio/wav": "wav",
              "audio/x-wav": "wav", "audio/webm": "weba", "audio/aac": "aac", "application/pdf": "pdf"}


# ------------------------------------------------------------------------------ the browser
_driver_tmp: str | None = None


def _install_driver_env_hook() -> None:
    """Playwright's driver makes the browser profile and its artifacts folder under *its* TMPDIR:
    give it our private (RAM-backed) folder. The hook sets TMPDIR in the driver's environment and
    leaves out every EVIDENCE_KIT_* secret (the driver, and any browser it starts, must not hold
    the passphrase)."""
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
        env = child_env(original())
        if _driver_tmp:
            env["TMPDIR"] = env["TEMP"] = env["TMP"] = _driver_tmp
        return env

    get_driver_env._evidence_kit = True          # type: ignore[attr-defined]
    transport.get_driver_env = get_driver_env


class BrowserSession:
    """Playwright and one launched browser, with its private folder. Lives on the capture thread."""

    def __init__(self, info: BrowserInfo, options: CaptureOptions):
        self.info = info
        self.options = options
        self.pw_manager = None
        self.playwright = None
        self.browser = None
        self.version = ""
        self.user_agent = ""
        self.private_dir: str | None = None
        self.short_dir: str | None = None
        self.private_is_ram = False
        self.playwright_version = ""
        self.left_behind: list[str] = []      # private folders that could not be removed

    async def start(self) -> None:
        global _driver_tmp
        from playwright.async_api import async_playwright

        self.playwright_version = _version_of("playwright") or ""
        from .tempdirs import default_roots, sweep

        self.left_behind += sweep(default_roots())    # stale folders of sessions that crashed
        self.private_dir, self.private_is_ram = make_private_dir()
        self.short_dir = short_dir_for(self.private_dir)
        # with a RAM-backed /dev/shm of good size, Chromium may keep its shared memory there
        # (Playwright's default sends it to TMPDIR, made for containers with a tiny /dev/shm)
        ignore = (["--disable-dev-shm-usage"]
                  if self.private_is_ram and self.private_dir.startswith("/dev/shm/") else [])
        _install_driver_env_hook()
        _driver_tmp = os.path.join(self.private_dir, "driver")
        os.makedirs(_driver_tmp, mode=0o700, exist_ok=True)
        try:
            self.pw_manager = async_playwright()
            try:
                self.playwright = await self.pw_manager.start()
            except Exception as exc:       # the driver, not the browser: its own words (driver.py)
                from .driver import diagnose

                raise diagnose(exc) from exc
            self.browser = await self.playwright.chromium.launch(
                executable_path=self.info.path, headless=self.options.headless, args=launch_args(),
                env=browser_env(self.private_dir, self.short_dir), ignore_default_args=ignore,
                downloads_path=os.path.join(self.private_dir, "downloads"),
                handle_sigint=False, handle_sigterm=False, handle_sighup=False, timeout=60_000)
            self.version = self.browser.version
            cdp = await self.browser.new_browser_cdp_session()
            try:
                v = await cdp.send("Browser.getVersion")
                self.user_agent = v.get("userAgent", "")
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
        out = dict(viewport={"width": w, "height": h}, screen={"width": w, "height": h},
                   device_scale_factor=1, user_agent=self.user_agent, locale=locale,
                   extra_http_headers={"Accept-Language": accept}, accept_downloads=True,
                   ignore_https_errors=True, service_workers="block", java_script_enabled=True)
        if self.options.proxy:
            out["proxy"] = playwright_proxy(self.options.proxy)
        return out

    def describe(self) -> dict:
        locale, accept = self.language()
        return {"name": self.info.name, "version": self.version, "executable": self.info.path,
                "found_by": self.info.found_by, "headless": self.options.headless,
                "user_agent": self.user_agent, "locale": locale, "accept_language": accept,
                "viewport": {"width": self.options.viewport[0], "height": self.options.viewport[1]},
                "device_scale_factor": 1, "sandbox": "--no-sandbox" not in launch_args(),
                "profile": "fresh in-memory context per page (no cookies, cache or logins)",
                "profile_key": "capture.browser.fresh_context",
                "temporary_files": "RAM-backed folder, removed afterwards" if self.private_is_ram
                                   else "system temporary folder, removed afterwards",
                "temporary_files_key": "capture.browser.temp_ram" if self.private_is_ram
                                       else "capture.browser.temp_system"}

    async def close(self) -> None:
        global _driver_tmp
        try:
            if self.browser is not None:
                try:
                    await asyncio.wait_for(self.browser.close(), 15)
                except Exception:
                    pass
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


def _platform_token() -> str:
    if sys.platform.startswith("win"):
        return "Windows NT 10.0; Win64; x64"
    if sys.platform == "darwin":
        return "Macintosh; Intel Mac OS X 10_15_7"
    return "X11; Linux x86_64"


# ------------------------------------------------------------------------------ errors -> words
_NET = [("ERR_NAME_NOT_RESOLVED", "capture.err.dns"), ("ERR_NAME_RESOLUTION_FAILED", "capture.err.dns"),
        ("ERR_CONNECTION_REFUSED", "capture.err.refused"),
        ("ERR_CONNECTION_TIMED_OUT", "capture.err.timeout"), ("ERR_TIMED_OUT", "capture.err.timeout"),
        ("ERR_CONNECTION_RESET", "capture.err.connection_lost"),
        ("ERR_CONNECTION_CLOSED", "capture.err.connection_lost"),
        ("ERR_CONNECTION_ABORTED", "capture.err.connection_lost"),
        ("ERR_EMPTY_RESPONSE", "capture.err.connection_lost"),
        ("ERR_INCOMPLETE_CHUNKED_ENCODING", "capture.err.connection_lost"),
        ("ERR_INTERNET_DISCONNECTED", "capture.err.offline"), ("ERR_ADDRESS_UNREACHABLE", "capture.err.offline"),
        ("ERR_NETWORK_CHANGED", "capture.err.offline"), ("ERR_NETWORK_ACCESS_DENIED", "capture.err.offline"),
        ("ERR_PROXY_CONNECTION_FAILED", "capture.err.offline"), ("ERR_TUNNEL_CONNECTION_FAILED", "capture.err.offline"),
        ("ERR_TOO_MANY_REDIRECTS", "capture.err.redirect_loop"),
        ("ERR_CERT_", "capture.err.certificate"), ("ERR_SSL_", "capture.err.certificate"),
        ("ERR_BLOCKED_BY", "capture.err.blocked"),
        ("ERR_UNKNOWN_URL_SCHEME", "capture.err.unsupported"), ("ERR_INVALID_URL", "capture.err.unsupported")]


def classify(exc: BaseException, options: CaptureOptions, *, navigating: bool) -> tuple[str, dict, str]:
    """(message key, fields, technical detail) for an error met while capturing."""
    text = str(exc)
    detail = text.splitlines()[0][:300] if text else type(exc).__name__
    m = re.search(r"net::(ERR_[A-Z_]+)", text)
    if m:
        code = m.group(1)
        for prefix, key in _NET:
            if code.startswith(prefix):
                params = {"seconds": int(options.first_response_timeout)} if key == "capture.err.timeout" else {}
                return key, params, code
        return "capture.err.other", {}, code
    name = type(exc).__name__
    if name == "TimeoutError" or isinstance(exc, asyncio.TimeoutError):
        secs = options.first_response_timeout if navigating else options.total_timeout
        return "capture.err.timeout", {"seconds": int(secs)}, detail
    low = text.lower()
    if "crash" in low:
        return "capture.err.page_crashed", {}, detail
    if "has been closed" in low or "browser has disconnected" in low or "target closed" in low:
        return "capture.err.browser_crashed", {}, detail
    return "capture.err.other", {}, detail


# ------------------------------------------------------------------------------ page events
class PageEvents:
    """Dialogs accepted, pop-ups closed, downloads kept: each recorded."""

    def __init__(self, page, pc: PageCapture, options: CaptureOptions):
        self.page = page
        self.pc = pc
        self.options = options
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
            try:
                await popup.wait_for_load_state("commit", timeout=1500)
            except Exception:
                pass
            entry["url"] = popup.url
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


# ------------------------------------------------------------------------------ helpers
class Deadline:
    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self, cap: float | None = None, floor: float = 0.1) -> float:
        r = max(floor, self.end - time.monotonic())
        return min(r, cap) if cap is not None else r


def _media_name(n: int, url: str, ctype: str) -> str:
    base = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or "file"
    base = re.sub(r"[^\w.\-]+", "_", base)[:80].strip("._") or "file"
    ext = _MEDIA_EXT.get(ctype)
    if ext and not base.lower().endswith("." + ext) and not (ext == "jpg" and base.lower().endswith(".jpeg")):
        base = f"{base}.{ext}"
    return f"media-{n:03d}-{base}"


def _sniff(data: bytes, fallback: str = "application/octet-stream") -> str:
    try:
        import filetype

        kind = filetype.guess(data[:8192])
        if kind:
            return kind.mime
    except Exception:
        pass
    return fallback


def _is_media(ex: Exchange) -> bool:
    ct = ex.content_type
    return ct.startswith(("image/", "video/", "audio/")) or ex.resource_type in ("image", "media")


# ------------------------------------------------------------------------------ the capture
async def capture_page(session: BrowserSession, url: str, stage=lambda s: None,
                       on_context=lambda ctx: None) -> PageCapture:
    """Capture one URL. Never raises for anything the page or the network does: the result says.
    `on_context(ctx)` is told the page's browser context (closing it stops this capture)."""
    opts = session.options
    pc = PageCapture(url=url, started_at=utc_now())
    deadline = Deadline(opts.total_timeout)
    ctx = page = rec = events = work = None
    t0 = time.monotonic()
    try:
        ctx = await session.browser.new_context(**session.context_options())
        on_context(ctx)
        await ctx.add_init_script(scripts.QUIET_INIT)
        page = await ctx.new_page()
        page.set_default_timeout(min(30_000, opts.total_timeout * 1000))
        rec = NetworkRecorder(page, max_file_bytes=opts.max_file_bytes, max_total_bytes=opts.max_page_bytes)
        events = PageEvents(page, pc, opts)
        work = asyncio.ensure_future(_steps(session, page, ctx, rec, events, pc, deadline, stage))
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
        await platforms.enrich(pc, rec, opts, lambda u: _fetch_direct(session, ctx, u, rec, Deadline(30)))
    except asyncio.CancelledError:
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
        if events is not None:
            events.stop()
        if rec is not None:
            rec.stop()
            pc.exchanges = rec.exchanges
        if ctx is not None:
            try:
                await asyncio.wait_for(ctx.close(), 10)
            except BaseException:
                pass
    pc.finished_at = utc_now()
    _finish_metadata(session, pc, rec, events, time.monotonic() - t0)
    tls, server = pc.metadata.get("tls"), pc.metadata.get("server")
    if tls and server and pc.final_url:
        host = urlsplit(pc.final_url).hostname or server["ip"]
        tls.update(await _tls_trust(server["ip"], int(server["port"]), host))
    return pc


async def _tls_trust(ip: str, port: int, host: str, timeout: float = 5.0) -> dict:
    """Does this computer's certificate store trust the server's certificate for `host`?

    The browser accepts any certificate so that a page behind a bad one is still captured; a court
    should know whether the certificate was valid, so one more handshake checks it, to the same
    server address, with the system's trust store."""
    ctx = ssl.create_default_context()
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(ip, port, ssl=ctx, server_hostname=host), timeout)
        writer.close()
        return {"trusted_by_this_computer": True, "trust_check": None,
                "trust_check_key": "capture.tls.trusted", "trust_check_params": {}}
    except ssl.SSLCertVerificationError as exc:
        reason = exc.verify_message or str(exc)
        return {"trusted_by_this_computer": False, "trust_check": reason,
                "trust_check_key": _TLS_REASONS.get(exc.verify_code, "capture.tls.untrusted"),
                "trust_check_params": {"reason": reason[:300]}}
    except (OSError, ssl.SSLError, asyncio.TimeoutError) as exc:
        return {"trusted_by_this_computer": None,
                "trust_check": f"could not connect again to check: {type(exc).__name__}",
                "trust_check_key": "capture.tls.not_checked",
                "trust_check_params": {"reason": type(exc).__name__}}


# OpenSSL's verification codes (X509_V_ERR_*), as reasons a court can read
_TLS_REASONS = {9: "capture.tls.not_yet_valid", 10: "capture.tls.expired",
                18: "capture.tls.self_signed", 19: "capture.tls.self_signed_chain",
                20: "capture.tls.unknown_issuer", 21: "capture.tls.unknown_issuer",
                23: "capture.tls.revoked", 62: "capture.tls.wrong_host", 64: "capture.tls.wrong_host"}


async def _steps(session, page, ctx, rec: NetworkRecorder, events: PageEvents, pc: PageCapture,
                 deadline: Deadline, stage) -> None:
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
            await _file_download(page, rec, events, pc, deadline)
            return
        key, params, detail = classify(exc, opts, navigating=True)
        pc.fail(key, detail, **params)
        return
    mark("answered")
    answered_at = time.monotonic()
    main = rec.main_document(page.url)
    pc.http_status = main.status if main else None
    pc.final_url = page.url
    # 2. let it load (bounded); a page that never finishes is captured as it is
    load_wait = deadline.left(cap=opts.load_timeout)
    try:
        await page.wait_for_load_state("load", timeout=load_wait * 1000)
    except Exception:
        if events.first_download.done() and not pc.artifacts:
            await _file_download(page, rec, events, pc, deadline)
            return
        pc.gap("capture.gap.not_loaded", seconds=round(load_wait))
    mark("loaded")
    reserve = min(25.0, opts.total_timeout * 0.3)      # time kept for making the copies
    # 3. banners that clearly ask for cookie consent, removed (and recorded) before scrolling
    overlays: list[dict] = []
    if opts.remove_consent:
        await _overlays(page, pc, overlays, deadline)
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
    settled = await _settle(page, rec, opts, answered_at,
                            min(opts.settle_timeout, max(0.2, deadline.left() - reserve)))
    mark("settled")
    if opts.remove_consent:
        await _overlays(page, pc, overlays, deadline)          # banners that came late
    try:
        await asyncio.wait_for(page.evaluate(scripts.TO_TOP), deadline.left(cap=5))
    except Exception:
        pass
    # 5. the copies
    stage("saving")
    await _save_copies(session, page, ctx, rec, pc, deadline)
    mark("copies")
    await _save_media(session, page, ctx, rec, pc, deadline)
    mark("media")
    await events.finish(deadline.left(cap=10))
    await rec.drain(deadline.left(cap=10))
    mark("drained")
    pc.title = pc.title or ""
    pc.metadata["scroll"] = dict(scroll, settled=settled)
    pc.metadata["overlays"] = overlays


async def _settle(page, rec: NetworkRecorder, opts: CaptureOptions, answered_at: float, limit: float) -> bool:
    """Wait (at most `limit` s) until the network is quiet, the DOM has stopped changing, and the
    short timers the page set within `timer_horizon` s of answering have run."""
    end = time.monotonic() + limit
    quiet_ms = opts.settle_quiet * 1000
    while True:
        try:
            horizon_ms = (opts.timer_horizon - (time.monotonic() - answered_at)) * 1000
            st = await asyncio.wait_for(page.evaluate(scripts.QUIET_STATE, None), 2)
            horizon = st.get("now", 0) + max(0.0, horizon_ms)
            if horizon_ms > 0:
                st = await asyncio.wait_for(page.evaluate(scripts.QUIET_STATE, horizon), 2)
            else:
                st["timers"] = 0
        except Exception:
            st = {"timers": 0, "sinceMutation": 1e9}
        net_quiet = rec.inflight == 0 and time.monotonic() - rec._last_change >= opts.settle_quiet
        if net_quiet and st["timers"] == 0 and st["sinceMutation"] >= quiet_ms:
            return True
        if time.monotonic() >= end:
            return False
        await asyncio.sleep(0.08)


async def _overlays(page, pc: PageCapture, found: list, deadline: Deadline) -> None:
    try:
        seen = await asyncio.wait_for(page.evaluate(scripts.OVERLAYS, {"remove": False}), deadline.left(cap=5))
    except Exception:
        return
    over = seen.get("overlays", [])
    if any(o["consent"] for o in over):
        try:   # what the page looked like before the banner was removed
            shot = await page.screenshot(type="png", timeout=deadline.left(cap=10) * 1000)
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
                "not a consent banner": "capture.overlay.not_consent"}


async def _save_copies(session, page, ctx, rec, pc: PageCapture, deadline: Deadline) -> None:
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


async def _save_media(session, page, ctx, rec: NetworkRecorder, pc: PageCapture, deadline: Deadline) -> None:
    """Each picture, video and sound above the threshold as its own file, with its address."""
    opts = session.options
    await rec.drain(deadline.left(cap=10))
    try:
        elements = await asyncio.wait_for(page.evaluate(scripts.MEDIA_ELEMENTS), deadline.left(cap=5))
    except Exception:
        elements = []
    have = {e.url for e in rec.exchanges if e.body is not None and e.status == 200}
    streamed = False
    for el in elements:
        for src in el.get("srcs", []):
            if src.startswith("blob:") or src.startswith("mediastream:"):
                streamed = True
                continue
            if not src.startswith(("http://", "https://")) or src in have:
                continue
            if deadline.left() < 3:
                pc.gap("capture.gap.media_failed", url=src[:300])
                continue
            ex = await _fetch_direct(session, ctx, src, rec, deadline)
            if ex is None or ex.body is None:
                pc.gap("capture.gap.media_failed", url=src[:300])
            else:
                have.add(src)
    if streamed:
        pc.gap("capture.gap.streamed_media")
    seen: set[str] = set()
    n = 0
    import hashlib
    for ex in rec.exchanges:
        if ex.body is None or ex.status != 200 or not _is_media(ex) or len(ex.body) < opts.media_min_bytes:
            continue
        digest = hashlib.sha256(ex.body).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        n += 1
        ctype = ex.content_type or _sniff(ex.body)
        if not ctype.startswith(("image/", "video/", "audio/")):
            ctype = _sniff(ex.body, ctype)
        pc.add(_media_name(n, ex.url, ctype), ex.body, "media", ctype, source_url=ex.url)
    if rec.too_large:
        pc.gap("capture.gap.too_large", count=len(rec.too_large), limit=opts.max_file_bytes // (1024 * 1024))


async def _fetch_direct(session, ctx, url: str, rec: NetworkRecorder, deadline: Deadline) -> Exchange | None:
    """Fetch a media file the page names but did not load in full (e.g. a video not yet played)."""
    opts = session.options
    started = utc_now()
    ex = Exchange(seq=len(rec.exchanges), url=url, method="GET", resource_type="media-direct",
                  is_navigation=False, main_frame=False, started_at=started,
                  request_headers=[("User-Agent", session.user_agent), ("Accept", "*/*")])
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
        ex.body_note = "too_large"
        rec.too_large.append(url)
    rec.exchanges.append(ex)
    return ex


async def _file_download(page, rec: NetworkRecorder, events: PageEvents, pc: PageCapture, deadline: Deadline) -> None:
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


def _finish_metadata(session: BrowserSession, pc: PageCapture, rec: NetworkRecorder | None,
                     events: PageEvents | None, elapsed: float) -> None:
    md = pc.metadata
    opts = session.options
    main = rec.main_document(pc.final_url) if rec is not None else None
    chain = rec.chain(main) if (rec is not None and main is not None) else []
    if main is None and rec is not None:      # never answered: the hops that did happen
        hops = [e for e in rec.exchanges if e.main_frame and e.is_navigation]
        chain = rec.chain(hops[-1]) if hops else []
    is_file = any(g["key"] == "capture.gap.file_not_page" for g in pc.gaps)
    if events is not None:
        for d in events.downloads:
            if d.get("data") is not None:
                data = d.pop("data")
                name = d.get("suggested_filename") or "download"
                ex = next((e for e in rec.exchanges if e.url == d["url"]), None) if rec else None
                ctype = (ex.content_type if ex and ex.content_type else _sniff(data))
                pc.add(name, data, "download", ctype, source_url=d["url"])
                if pc.status == "sealed" and not is_file:
                    pc.change("capture.change.download", name=name)
    redirects = [{"url": e.url, "status": e.status, "location": e.header("location"),
                  "at": to_iso(e.response_at, ms=True) if e.response_at else None} for e in chain]
    server = {"ip": main.ip, "port": main.port} if main and main.ip else None
    tls = None
    if main is not None and main.tls:
        t = main.tls
        tls = {"protocol": t.get("protocol"), "issuer": t.get("issuer"), "subject": t.get("subjectName"),
               "valid_from": _epoch_iso(t.get("validFrom")), "valid_to": _epoch_iso(t.get("validTo"))}
    clock = None
    if main is not None and main.header("date") and main.response_at is not None:
        from email.utils import parsedate_to_datetime
        try:
            server_at = parsedate_to_datetime(main.header("date"))
            diff = (main.response_at - server_at).total_seconds()
            clock = {"server_date": main.header("date"), "local_at_response": to_iso(main.response_at, ms=True),
                     "difference_s": round(diff, 1),
                     "note": "This computer's clock minus the server's Date header; the server states "
                             "whole seconds, so differences under 2 s are normal.",
                     "note_key": "capture.clock.note"}
        except (TypeError, ValueError):
            clock = None
    failed = rec.failed() if rec is not None else []
    downloaded = {d.get("url") for d in (events.downloads if events else [])}
    failed = [e for e in failed if e.url not in downloaded and e is not main]
    if failed and pc.status == "sealed":
        pc.gap("capture.gap.resources_failed", count=len(failed))
    if pc.status == "failed" and not pc.artifacts:
        pc.gap("capture.gap.no_page")
    exchanges = rec.exchanges if rec is not None else []
    md.update({
        "captured_at": {"start": to_iso(pc.started_at, ms=True), "end": to_iso(pc.finished_at or utc_now(), ms=True)},
        "duration_s": round(elapsed, 2),
        "url": pc.url, "final_url": pc.final_url, "title": pc.title,
        "http_status": pc.http_status, "status_text": main.status_text if main else None,
        "redirects": redirects, "server": server, "tls": tls,
        "response_headers": [[k, v] for k, v in main.response_headers] if main else [],
        "clock_check": clock,
        "browser": session.describe(),
        "tools": {"evidence_kit": __version__, "playwright": session.playwright_version,
                  "python": platform.python_version(), "warcio": _version_of("warcio")},
        "os": {"system": platform.system(), "release": platform.release(), "version": platform.version()[:200],
               "machine": platform.machine()},
        "network": _network(),
        "platform": md.get("platform") or platforms.from_url(pc.final_url or pc.url),
        "dialogs": events.dialogs if events else [], "popups": events.popups if events else [],
        "downloads": events.downloads if events else [],
        "resources": {"requests": len(exchanges), "kept_bytes": rec.kept if rec else 0,
                      "failed": [{"url": e.url[:500], "reason": e.failure} for e in failed[:100]],
                      "not_kept": [{"url": e.url[:500], "reason": e.body_note} for e in exchanges
                                   if e.body_note in ("too_large", "over_budget", "unavailable")][:100]},
        "changes": pc.changes, "gaps": pc.gaps,
        "options": opts.to_dict(),
        "method": "Opened in a fresh browser context (no cookies, no login), scrolled to load late content, "
                  "then saved in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media "
                  "files and a WARC of the requests and responses the browser recorded. See docs/methodology.md.",
        "method_key": "capture.method.fresh_context",
    })
    if pc.status == "failed":
        md.update(error_key=pc.error_key, error_params=pc.error_params, error_detail=pc.error_detail)


def _epoch_iso(v) -> str | None:
    if v is None:
        return None
    from datetime import datetime, timezone
    try:
        return to_iso(datetime.fromtimestamp(float(v), timezone.utc))
    except (TypeError, ValueError, OSError, OverflowError):
        return None


def _version_of(dist: str) -> str | None:
    try:
        from importlib.metadata import version
        return version(dist)
    except Exception:
        return None


def _network() -> dict:
    """What the tool knows of the network. Each English sentence is kept for the record, with the
    key of its text beside it (`<field>_key`) so a document can say it in the reader's language."""
    net = {"logged_in": False, "proxy": _proxy_in_use(),
           "vpn": "not detected by the tool; the collector should state whether a VPN was used",
           "vpn_key": "capture.network.vpn_unknown"}
    if net["proxy"]:
        net["proxy_key"] = "capture.network.proxy_set"
    return net


def _proxy_in_use() -> str | None:
    for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        if os.environ.get(var):
            return "a proxy is set in the environment (the browser may use it)"
    return None
