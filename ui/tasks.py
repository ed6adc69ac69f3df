"""Run work off the GUI thread and get the result back on it.

The idea (after Anki's `taskman` and Picard's `util/thread.py`, no code taken): a worker runs a
plain function that never touches a widget; when it returns, its result or its exception is handed
to a callback that runs on the GUI thread. A callback whose owner widget has been deleted in the
meantime (the window closed, the vault locked) is dropped instead of crashing.

    worker = Worker("reader")
    worker.submit(vault.get, item_id, on_done=self._show, on_error=self._failed, owner=self)
    ...
    worker.shutdown()           # before quitting: no thread is left running

Each `Worker` is one (or a few) threads with a queue: jobs run in the order they were submitted.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from any thread runs the closure there."""

    deliver = Signal(object)

    def __init__(self):
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception:  # a bug in a callback must not take the whole app down
            log.exception("callback on the GUI thread failed")


_relay: _Relay | None = None
_relay_lock = threading.Lock()


def _get_relay() -> _Relay:
    global _relay
    with _relay_lock:
        if _relay is None or not shiboken6.isValid(_relay):
            app = QCoreApplication.instance()
            if app is None:
                raise RuntimeError("no QApplication")
            _relay = _Relay()
            _relay.moveToThread(app.thread())
        return _relay


def init_relay() -> None:
    """Create the relay on the GUI thread (call once after the QApplication exists)."""
    _get_relay()


def on_gui(fn: Callable[[], Any], owner: QObject | None = None) -> None:
    """Run `fn` on the GUI thread soon (callable from any thread). Dropped if `owner` is gone."""
    if owner is not None:
        inner = fn

        def fn():  # noqa: F811
            if shiboken6.isValid(owner):
                inner()
    _get_relay().deliver.emit(fn)


class Cancelled(Exception):
    """Raised inside a job when the person asked to stop it."""


class Worker:
    """A named queue of jobs served by its own thread(s); results come back on the GUI thread."""

    def __init__(self, name: str, threads: int = 1):
        self.name = name
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=f"ek-{name}")
        self._closed = False
        self._pending: dict[Future, bool] = {}     # not yet finished -> must it run before shutdown?
        self._pending_lock = threading.Lock()
        _get_relay()   # created here, on the GUI thread

    def submit(self, fn: Callable, *args, on_done: Callable[[Any], Any] | None = None,
               on_error: Callable[[BaseException], Any] | None = None,
               owner: QObject | None = None, keep: bool = False, **kwargs) -> Future:
        """Queue `fn(*args, **kwargs)`. A job submitted with `keep=True` (a note the person typed)
        still runs when the worker is shut down before it started; other waiting jobs are dropped."""
        if self._closed:
            fut: Future = Future()
            fut.cancel()
            return fut
        fut = self._pool.submit(fn, *args, **kwargs)
        with self._pending_lock:
            self._pending[fut] = keep

        def finished(f: Future) -> None:
            with self._pending_lock:
                self._pending.pop(f, None)
            if f.cancelled():
                return
            exc = f.exception()
            if exc is None:
                if on_done is not None:
                    on_gui(partial(on_done, f.result()), owner)
            elif on_error is not None:
                on_gui(partial(on_error, exc), owner)
            elif not isinstance(exc, Cancelled):
                log.error("job in %s failed", self.name, exc_info=exc)

        fut.add_done_callback(finished)
        return fut

    def shutdown(self, wait: bool = True) -> None:
        """Drop jobs not yet started (except those submitted with `keep`); with `wait`, return
        once the running one and the kept ones have finished."""
        self._closed = True
        with self._pending_lock:
            drop = [f for f, keep in self._pending.items() if not keep]
        for f in drop:
            f.cancel()               # only succeeds for a job that has not started
        self._pool.shutdown(wait=wait, cancel_futures=False)
