"""Backends for the capture queue.

`EngineBackend` runs any `engine(url, case, options, progress, should_stop) -> Item` on one
dedicated thread, one link at a time (the tests' fake engine uses it). `ServiceBackend` (below,
when the `capture` package is present) drives the real `capture.CaptureService`, whose
Playwright browser lives on its own thread.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Callable

from evidence_kit.errors import EvidenceKitError

from . import i18n
from .capture_queue import CaptureBackend
from .tasks import Cancelled, Worker, on_gui

Engine = Callable[..., object]


class EngineBackend(CaptureBackend):
    supports_login = False

    def __init__(self, engine: Engine, parent=None):
        super().__init__(parent)
        self.engine = engine
        self.worker = Worker("capture")
        self._cancelled: set[int] = set()
        self._stop_all = False
        self._lock = threading.Lock()

    def submit(self, job: int, url: str, case: str, options: dict) -> None:
        with self._lock:
            self._cancelled.discard(job)
        self.worker.submit(self._run, job, url, case, options)

    def cancel(self, job: int) -> None:
        with self._lock:
            self._cancelled.add(job)

    def _stopped(self, job: int) -> bool:
        with self._lock:
            return self._stop_all or job in self._cancelled

    def _run(self, job: int, url: str, case: str, options: dict) -> None:
        if self._stopped(job):
            on_gui(lambda: self.cancelled.emit(job), self)
            return
        on_gui(lambda: self.started.emit(job), self)

        def progress(words: str) -> None:
            on_gui(lambda: self.progress.emit(job, words), self)

        def should_stop() -> bool:
            return self._stopped(job)

        try:
            item = self.engine(url, case, options, progress, should_stop)
        except Cancelled:
            on_gui(lambda: self.cancelled.emit(job), self)
        except EvidenceKitError as exc:
            words = exc.message(i18n.current())
            retry = getattr(exc, "retryable", exc.exit_code != 5)
            on_gui(lambda: self.failed.emit(job, words, retry), self)
        except Exception as exc:  # a bug or a foreign error: words, not a traceback
            words = i18n.error_text(exc)
            on_gui(lambda: self.failed.emit(job, words, True), self)
        else:
            if self._stopped(job) and item is None:
                on_gui(lambda: self.cancelled.emit(job), self)
            else:
                on_gui(lambda: self.sealed.emit(job, item), self)

    def shutdown(self) -> None:
        with self._lock:
            self._stop_all = True
        self.worker.shutdown(wait=True)


# ------------------------------------------------------------------------ the real capture service
def _stage_words(stage: str) -> str:
    from PySide6.QtCore import QCoreApplication

    # literal calls so that lupdate finds every text
    words = {
        "queued": QCoreApplication.translate("CaptureStage", "Waiting"),
        "starting": QCoreApplication.translate("CaptureStage", "Starting the browser…"),
        "loading": QCoreApplication.translate("CaptureStage", "Opening the page…"),
        "scrolling": QCoreApplication.translate("CaptureStage", "Scrolling through the page…"),
        "saving": QCoreApplication.translate("CaptureStage", "Making copies of the page…"),
        "sealing": QCoreApplication.translate("CaptureStage", "Sealing…"),
    }
    return words.get(stage, stage)


def _failure_words(result) -> str:
    """The reason a page was recorded as failed (e.g. the post is gone), in the person's language."""
    from evidence_kit.i18n import tr

    item = getattr(result, "item", None)
    md = (getattr(item, "metadata", None) or {}) if item is not None else {}
    key = md.get("error_key") or getattr(result, "error_key", None)
    if key:
        text = tr(key, i18n.current(), **(md.get("error_params") or {}))
        if text != key and "{" not in text:
            return text
    return getattr(result, "error", None) or (item.error if item is not None else "") or ""


def _descendants(root: int) -> list[int]:
    """Process ids below `root` (Linux /proc): the Playwright driver, the browser, its helpers."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def _browser_to_background() -> None:
    """Linux: put the Playwright driver and the browser it starts (every thread of every process
    below ours) in the SCHED_IDLE class, so they only use CPU time the window does not want.

    Measured (bench/bench_gui.py, stall probe in the report): during a capture the window's thread
    was not waiting for Python's GIL but for a CPU, for up to 300 ms, while Chromium used both
    cores. A nice value is not enough: Chromium sets its own threads' nice values (as root even
    to -8, above the window), but it does not leave SCHED_IDLE, and new renderers inherit it.
    The capture thread itself keeps its normal priority: it holds the GIL that the window needs."""
    if not sys.platform.startswith("linux") or not hasattr(os, "SCHED_IDLE"):
        return
    idle = os.sched_param(0)
    for pid in _descendants(os.getpid()):
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in map(int, tids):
            try:
                if os.sched_getscheduler(tid) != os.SCHED_IDLE:
                    os.sched_setscheduler(tid, os.SCHED_IDLE, idle)
            except OSError:
                pass


class ServiceBackend(CaptureBackend):
    """Drives `capture.CaptureService`: Playwright and its browser on the service's own thread,
    sealing on the service's own vault writer. Its callbacks arrive on the capture thread and are
    forwarded to the GUI thread; no widget is touched from there. A job's `options["session"]`
    names the saved account (login session) to open its page with; the proxy is the Settings'."""

    supports_login = True

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._service = None
        self._lock = threading.RLock()
        self._jobs: dict[int, int] = {}              # service job id -> our job id
        self._futures: dict[int, object] = {}        # our job id -> future
        self._stale = False
        self._stopper: Worker | None = None
        session.settingsChanged.connect(self._settings_changed)

    def _settings_changed(self):
        self._stale = True

    def _options(self):
        from capture import CaptureOptions

        try:
            total = float(self.session.setting("capture_timeout_seconds"))
        except (TypeError, ValueError):
            total = 90.0
        total = max(10.0, total)
        from capture.route import choose

        proxy = choose(None, setting=self.session.setting("proxy"))     # EVIDENCE_KIT_PROXY wins
        return CaptureOptions(total_timeout=total, first_response_timeout=min(30.0, total),
                              load_timeout=min(20.0, total), jobs=2, proxy=proxy.url if proxy else None)

    def _browser(self):
        """The browser chosen in Settings, if any. Passed to the service as an explicit choice, so
        it wins over EVIDENCE_KIT_BROWSER and the browsers found on the system; a chosen path that
        is not (or no longer) there is reported as such, never silently replaced by another."""
        from capture import find_browser

        chosen = str(self.session.setting("browser") or "").strip()
        return find_browser(explicit=chosen) if chosen else None

    def _ensure(self):
        from capture import CaptureService

        if self._service is not None and self._stale and not self._futures:
            self._service.close(cancel=True)
            self._service = None
        if self._service is None:
            self._stale = False
            self._service = CaptureService(self.session.vault, self._options(), browser=self._browser(),
                                           on_stage=self._stage, idle_timeout=120.0)
            self._service.start(launch=False)
        return self._service

    def submit(self, job: int, url: str, case: str, options: dict) -> None:
        try:
            with self._lock:
                service = self._ensure()
                fut = service.submit(url, case=case, session=(options or {}).get("session"))
                self._jobs[fut.job.id] = job
                self._futures[job] = fut
        except EvidenceKitError as exc:
            words = exc.message(i18n.current())
            retry = exc.exit_code != 5     # (`exc` is gone once this block ends: not in the lambda)
            on_gui(lambda: self.failed.emit(job, words, retry), self)
            return
        except Exception as exc:       # e.g. the service is closing: words, and the link can be retried
            words = i18n.error_text(exc)
            on_gui(lambda: self.failed.emit(job, words, True), self)
            return
        fut.add_done_callback(lambda f: self._finished(job, f))

    def _stage(self, cjob, stage: str) -> None:        # on the capture thread
        _browser_to_background()
        with self._lock:
            job = self._jobs.get(cjob.id)
        if job is None or stage in ("done", "failed"):
            return
        words = _stage_words
        if stage == "starting":
            on_gui(lambda: self.started.emit(job), self)
        elif stage != "queued":
            on_gui(lambda: self.progress.emit(job, words(stage)), self)

    def _finished(self, job: int, fut) -> None:        # on the capture thread (or the GUI's)
        with self._lock:
            self._futures.pop(job, None)
        if fut.cancelled():
            on_gui(lambda: self.cancelled.emit(job), self)
            return
        exc = fut.exception()
        if exc is not None:
            if isinstance(exc, EvidenceKitError) and getattr(exc, "key", "") == "capture.err.stopped":
                on_gui(lambda: self.cancelled.emit(job), self)
                return
            words = i18n.error_text(exc)
            retry = not (isinstance(exc, EvidenceKitError) and exc.exit_code == 5)
            on_gui(lambda: self.failed.emit(job, words, retry), self)
            return
        result = fut.result()
        if result.item is not None and result.status == "sealed":
            on_gui(lambda: self.sealed.emit(job, result.item), self)
        else:
            words = _failure_words(result)
            item = result.item
            # the failure itself is on record (e.g. "404: the post was deleted"); it may be retried
            on_gui(lambda: (self.sealed.emit(job, item) if item is not None else None,
                            self.failed.emit(job, words, True)), self)

    def cancel(self, job: int) -> None:
        with self._lock:
            fut = self._futures.get(job)
            service = self._service
        if fut is None or fut.cancel():
            return                      # was still waiting: the done-callback says "cancelled"
        if service is not None:
            # being saved right now: the service stops this page alone and discards its copy;
            # the done-callback then says "cancelled" (or "sealed", if the seal was complete)
            service.cancel(fut)

    def cancel_running(self) -> None:
        """Stop everything now, including the page being saved (its partial copy is discarded).
        Closing the browser takes a moment: it happens on a worker, not on the GUI thread."""
        with self._lock:
            service, self._service = self._service, None
        if service is not None:
            if self._stopper is None:
                self._stopper = Worker("capture-stop")
            self._stopper.submit(service.close, cancel=True)

    def shutdown(self) -> None:
        with self._lock:
            service, self._service = self._service, None
        if service is not None:
            service.close(cancel=True)
        if self._stopper is not None:
            self._stopper.shutdown(wait=True)


def service_backend(session) -> CaptureBackend | None:
    try:
        import capture  # noqa: F401
    except ImportError:
        return None
    return ServiceBackend(session)
