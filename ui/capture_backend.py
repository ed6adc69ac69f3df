"""Backends for the capture queue.

`EngineBackend` runs any `engine(url, case, options, progress, should_stop) -> Item` on one
dedicated thread, one link at a time (the tests' fake engine uses it). `ServiceBackend` (below,
when the `capture` package is present) drives the real `capture.CaptureService`, whose
Playwright browser lives on its own thread.
"""

from __future__ import annotations

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
