"""CaptureService: the capture engine on its own thread, for the command line and the desktop app.

    with CaptureService(vault, CaptureOptions(jobs=2)) as service:
        futures = [service.submit(url, case="Case 1") for url in urls]
        for f in futures:
            result = f.result()          # CaptureResult: .item (sealed or failed), .status, .error

Threads:
- the capture thread runs an asyncio loop that owns Playwright and the one browser (Playwright is
  not thread-safe: every call to it is made on this thread). `jobs` pages run concurrently there,
  each in its own fresh in-memory browser context.
- the vault is written from one writer thread (a single-thread executor), so sealing never blocks the
  browser and there is one writer at a time.
- `submit()` may be called from any thread; it returns a concurrent.futures.Future. `on_stage` and
  the futures' done-callbacks run on the capture thread: the app forwards them with a Qt signal and
  touches widgets only on its own thread.

Stopping: `close()` lets queued jobs finish; `close(cancel=True)` (Ctrl-C, the app quitting) stops at
once: sealed items stay sealed, the item in flight is discarded, queued jobs are cancelled.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import itertools
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from evidence_kit.errors import (BrowserNotFound, CaptureEngineFailed, CaptureFailed, EvidenceKitError,
                                 storage_error)

from . import provenance
from .browser import BrowserInfo, find_browser
from .engine import BrowserSession, capture_page
from .model import CaptureOptions, CaptureResult, Login, Stopped

_ids = itertools.count(1)
log = logging.getLogger(__name__)


@dataclass
class CaptureJob:
    url: str
    case: str = ""
    session: str | None = None             # the login session to open the page with (its name)
    id: int = field(default_factory=lambda: next(_ids))
    future: concurrent.futures.Future = field(default_factory=concurrent.futures.Future)
    stage: str = "queued"
    abort: threading.Event = field(default_factory=threading.Event)   # this job alone was stopped
    context: object | None = None          # the page's browser context while it is being captured
    task: asyncio.Future | None = None     # the page's capture, while it runs


class _EitherSet:
    """Looks like one threading.Event: set when the whole batch or this one job was stopped."""

    def __init__(self, *events: threading.Event):
        self._events = events

    def is_set(self) -> bool:
        return any(e.is_set() for e in self._events)


class CaptureService:
    def __init__(self, vault, options: CaptureOptions | None = None, *, browser: BrowserInfo | None = None,
                 on_stage: Callable[[CaptureJob, str], None] | None = None,
                 idle_timeout: float | None = None):
        self.vault = vault               # may be given later (set before the first submit)
        self.options = options or CaptureOptions()
        self.browser_info = browser or find_browser(setting=(vault.settings().get("browser")
                                                             if hasattr(vault, "settings") else None))
        self.on_stage = on_stage
        self.idle_timeout = idle_timeout
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue | None = None
        self._ready = threading.Event()
        self._spawned = threading.Event()       # Playwright's driver process exists
        self._abort = threading.Event()
        self._closing = False
        self._session: BrowserSession | None = None
        self._session_lock: asyncio.Lock | None = None
        self._stop: asyncio.Event | None = None
        self._cancel = False
        self._workers: list[asyncio.Future] = []
        self._writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="vault-writer")
        self._jobs: dict[int, CaptureJob] = {}
        self._active = 0
        self._last_activity = time.monotonic()
        self.browser_description: dict = {}
        self.temp_left_behind: list[str] = []   # browser folders that could not be removed
        self._queued = 0                        # jobs waiting in the queue
        self._early_close: asyncio.Future | None = None
        self._hashes_loaded = False
        self._hashes_known: set[tuple] = set()
        self._preloading = False

    # ------------------------------------------------------------------ public API (any thread)
    def start(self, *, launch: bool = True) -> "CaptureService":
        """Start the capture thread; with `launch`, also start the browser now and raise
        BrowserNotFound (exit 5) here if it cannot run."""
        if self._thread is not None:
            return self
        self._thread = threading.Thread(target=self._thread_main, name="capture", daemon=True)
        self._thread.start()
        self._ready.wait()
        if launch:
            fut = asyncio.run_coroutine_threadsafe(self._ensure_browser(), self._loop)
            try:
                fut.result()
            except BaseException:
                self.close(cancel=True)
                raise
        return self

    def launch_soon(self) -> concurrent.futures.Future:
        """Start the browser in the background (e.g. while the vault is being unlocked); the
        future is done when it runs, or raises BrowserNotFound (exit 5)."""
        if self._thread is None:
            self.start(launch=False)

        async def launch_and_prepare():
            session = await self._ensure_browser()
            if not self.options.session:      # the first page's fresh context, made meanwhile too
                await session.prepare()
            return session
        return asyncio.run_coroutine_threadsafe(launch_and_prepare(), self._loop)

    def wait_spawned(self, timeout: float) -> bool:
        """Wait until Playwright's driver process has been started (after `launch_soon`)."""
        return self._spawned.wait(timeout)

    def submit(self, url: str, *, case: str = "", session: str | None = ...) -> concurrent.futures.Future:
        """Queue one URL; the future gives a CaptureResult (or raises an EvidenceKitError).
        `session`: a login session stored in the vault (default: the options' session)."""
        if self._thread is None:
            self.start(launch=False)
        if self._closing:
            raise RuntimeError("the capture service is closing")
        job = CaptureJob(url=url, case=case,
                         session=self.options.session if session is ... else (session or None))
        job.future.job = job                        # type: ignore[attr-defined]
        self._jobs[job.id] = job
        self._loop.call_soon_threadsafe(self._enqueue, job)
        return job.future

    def cancel(self, future: concurrent.futures.Future) -> bool:
        """Stop one job (any thread). A waiting job is dropped; a running one is stopped and its
        item discarded, its future failing with "stopped". A job already writing its sealed item
        finishes only if the seal was complete; otherwise it is discarded too. False if the job
        had already ended."""
        job = getattr(future, "job", None)
        if job is None or future.done():
            return False
        if future.cancel():
            return True
        job.abort.set()
        self._on_loop(self._stop_job, job)
        return True

    def _on_loop(self, fn, *args) -> None:
        """Run `fn(*args)` on the capture thread's loop (from any thread), if it still runs."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(fn, *args)
            except RuntimeError:
                pass

    def _stop_job(self, job: CaptureJob) -> None:
        # Closing the page's browser context makes the browser stop working on it at once;
        # cancelling the page's task ends the steps that do not wait on the page too (yt-dlp).
        # A job not yet that far sees `job.abort` once the browser is up, and opens nothing.
        # While the item is being written, the writer sees `job.abort` and discards it.
        ctx, session, task = job.context, self._session, job.task
        if job.stage == "sealing":
            return
        if ctx is not None and session is not None:
            session.close_soon(ctx)
        if task is not None and not task.done():
            task.cancel()

    def finish_then_close(self) -> None:
        """No more jobs will come: the queued ones run, and the browser is closed while the last
        one is being sealed (not after). `close()` then waits for all of it."""
        self._closing = True
        self._on_loop(self._request_stop, False)

    def close(self, *, cancel: bool = False, timeout: float = 120.0) -> None:
        """Stop the service. Without `cancel`, queued jobs run first."""
        if self._thread is None:
            self._writer.shutdown(wait=True)
            return
        self._closing = True
        if cancel:
            self._abort.set()
        self._on_loop(self._request_stop, cancel)
        self._thread.join(timeout)
        self._writer.shutdown(wait=True)
        for job in list(self._jobs.values()):
            if not job.future.done():
                job.future.cancel()
        self._thread = None

    def __enter__(self) -> "CaptureService":
        return self.start()

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(cancel=exc_type is not None)

    # ------------------------------------------------------------------ the capture thread
    def _emit(self, job: CaptureJob, stage: str) -> None:
        job.stage = stage
        if self.on_stage is not None:
            try:
                self.on_stage(job, stage)
            except Exception:
                pass

    def _stage(self, job: CaptureJob, stage: str) -> None:
        self._emit(job, stage)
        if stage == "saving" and not self._preloading:
            # the browser now draws, encodes and prints the copies while this process mostly
            # waits: import meanwhile what sealing and stamping will need, instead of after the
            # page, when she waits for it (measured against preloading while the page scrolls,
            # and against none: this is the quickest of the three)
            self._preloading = True
            threading.Thread(target=_preload_for_seal, name="preload", daemon=True).start()

    def _enqueue(self, job: CaptureJob) -> None:
        self._emit(job, "queued")
        self._queued += 1
        self._queue.put_nowait(job)

    def _thread_main(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        finally:
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            except Exception:
                pass
            loop.close()

    def _request_stop(self, cancel: bool) -> None:
        self._cancel = self._cancel or cancel
        self._stop.set()
        if cancel:
            # also when the batch was already ending (`finish_then_close`): the page in flight
            # stops now, not when its own time-out ends
            for w in self._workers:
                w.cancel()

    async def _main(self) -> None:
        self._queue = asyncio.Queue()
        self._stop = asyncio.Event()
        self._session_lock = asyncio.Lock()
        self._ready.set()
        workers = self._workers = [asyncio.ensure_future(self._worker())
                                   for _ in range(max(1, self.options.jobs))]
        idle = asyncio.ensure_future(self._idle_watch()) if self.idle_timeout else None
        try:
            await self._stop.wait()
            if not self._cancel:          # (a cancel has stopped the workers: _request_stop)
                for _ in workers:
                    self._queue.put_nowait(None)
            await asyncio.gather(*workers, return_exceptions=True)
        finally:
            if self._early_close is not None:
                await asyncio.wait({self._early_close}, timeout=30)
            if idle is not None:
                idle.cancel()
            while not self._queue.empty():
                job = self._queue.get_nowait()
                if job is not None and not job.future.done():
                    job.future.cancel()
            await self._close_browser()

    async def _ensure_browser(self) -> BrowserSession:
        async with self._session_lock:
            if self._session is not None and self._session.connected:
                return self._session
            if self._session is not None:          # the browser went away: start a new one
                await self._close_browser()
            session = BrowserSession(self.browser_info, self.options, on_driver=self._spawned.set)
            try:
                await session.start()
            except CaptureEngineFailed:
                self._collect_left_behind(session)
                raise                      # the driver failed, not the browser (driver.py)
            except Exception as exc:
                self._collect_left_behind(session)
                raise BrowserNotFound("capture.err.browser_start", browser=self.browser_info.path) from exc
            self._session = session
            self.browser_description = session.describe()
            return session

    def _program_hashes(self, session: BrowserSession) -> None:
        """The browser program's SHA-256 is made while the page loads; a hash the vault remembers
        (for the same file: path, size, times, inode) is not made again."""
        if not self._hashes_loaded and hasattr(self.vault, "read_private"):
            self._hashes_loaded = True
            try:
                provenance.remember((self.vault.read_private(provenance.CACHE_LABEL) or {}).get("files"))
            except EvidenceKitError:
                pass
            self._hashes_known = {tuple(e) for e in provenance.known()}
        session.hash_program()

    def _save_program_hashes(self) -> None:       # on the vault's writer thread
        known = provenance.known()
        if {tuple(e) for e in known} != self._hashes_known and getattr(self.vault, "writable", False):
            try:
                self.vault.write_private(provenance.CACHE_LABEL, {"format": 1, "files": known})
                self._hashes_known = {tuple(e) for e in known}
            except EvidenceKitError:
                pass

    def _login(self, name: str | None) -> Login | None:
        """The stored session `name`, read from the vault for this job (BadInput if it is gone)."""
        if not name:
            return None
        from evidence_kit.sessions import load_session

        found, state = load_session(self.vault, name)
        return Login(found, state)

    async def _close_browser(self) -> None:
        s, self._session = self._session, None
        if s is not None:
            await s.close()
            self._collect_left_behind(s)

    def _collect_left_behind(self, session: BrowserSession) -> None:
        for path in session.left_behind:
            if path not in self.temp_left_behind:
                self.temp_left_behind.append(path)
                log.warning("a temporary folder of the browser could not be removed: %s", path)
        session.left_behind.clear()

    async def _idle_watch(self) -> None:
        while True:
            await asyncio.sleep(1.0)
            if (self._session is not None and self._active == 0 and self._queue.empty()
                    and time.monotonic() - self._last_activity > self.idle_timeout):
                async with self._session_lock:
                    if self._active == 0:
                        await self._close_browser()

    async def _worker(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            job = await self._queue.get()
            if job is None:
                return
            self._queued -= 1
            if not job.future.set_running_or_notify_cancel():
                continue
            self._active += 1
            self._last_activity = time.monotonic()
            try:
                await self._run_job(job, loop)
            finally:
                self._active -= 1
                self._last_activity = time.monotonic()
                self._jobs.pop(job.id, None)

    async def _run_job(self, job: CaptureJob, loop) -> None:
        try:
            self._emit(job, "starting")
            login = self._login(job.session)
            session = await self._ensure_browser()
            abort = _EitherSet(self._abort, job.abort)
            if abort.is_set():             # stopped while the browser was starting
                raise Stopped()
            self._program_hashes(session)
            job.task = asyncio.ensure_future(capture_page(
                session, job.url, stage=lambda s: self._stage(job, s),
                on_context=lambda ctx: setattr(job, "context", ctx), login=login))
            try:
                pc = await job.task
            finally:
                job.context = job.task = None
            if self._stop.is_set() and not self._cancel and self._queued == 0 and self._active == 1 \
                    and self._early_close is None:
                # the last page of a batch that is ending: close the browser while it is sealed
                self._early_close = asyncio.ensure_future(self._close_browser())
            self._emit(job, "sealing")
            if abort.is_set():
                raise Stopped()
            from .seal import seal_capture       # (WARC writing: imported with the preload)

            item = await loop.run_in_executor(
                self._writer, lambda: seal_capture(self.vault, pc, case=job.case, abort=abort))
            self._writer.submit(self._save_program_hashes)
            result = CaptureResult(url=job.url, item=item, status=pc.status, http_status=pc.http_status,
                                   error=pc.error, error_key=pc.error_key, gaps=list(pc.gaps))
            self._emit(job, "done" if pc.status == "sealed" else "failed")
            job.future.set_result(result)
        except (asyncio.CancelledError, Stopped):
            if not job.future.done():
                job.future.set_exception(CaptureFailed("capture.err.stopped"))
            self._emit(job, "failed")
            if self._cancel:
                raise asyncio.CancelledError()
        except EvidenceKitError as exc:
            self._emit(job, "failed")
            job.future.set_exception(exc)
        except OSError as exc:
            self._emit(job, "failed")
            job.future.set_exception(storage_error(exc))
        except Exception as exc:        # a bug: this job fails, the batch goes on
            self._emit(job, "failed")
            err = CaptureFailed("capture.err.internal")
            err.__cause__ = exc
            job.future.set_exception(err)


def _preload_for_seal() -> None:
    """Import the modules the vault's fingerprints and the trusted-time request use (their first
    use imports them otherwise: about 0.15-0.25 s and 0.03 s, measured, at the end of the first
    capture)."""
    from evidence_kit import perceptual, timestamps

    from . import seal  # noqa: F401  (and warcio with it)

    perceptual.preload()
    timestamps.preload()
