"""Trusted time in the app: while the vault is open, ask the time-stamping services for every item
that has none yet, on the session's own "stamp" thread (never the GUI's, never the vault writer's,
so a slow or unreachable service delays nothing). Soon after something is sealed, and every
RETRY_MS while the app stays open. Nothing is shown when a service cannot be reached: the item
says "pending" in its details until a later round succeeds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from evidence_kit import timestamps

SOON_MS = 1500                   # after a capture or import: a short pause gathers a batch
RETRY_MS = 5 * 60 * 1000         # pending items are asked for again this often
ROUND_BUDGET_S = 60.0
REQUEST_TIMEOUT_S = 5.0          # a quick exit waits for at most one request in flight


class BackgroundStamper(QObject):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._running = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SOON_MS)
        self._soon.timeout.connect(self.run_now)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.run_now)
        self._retry.start()
        self.rounds = 0
        self.last_report = None
        self.kick()                  # items left pending by an earlier session

    def kick(self) -> None:
        """Something was sealed: stamp it soon."""
        if not self.session.closed:
            self._soon.start()

    def run_now(self) -> None:
        if self._running or self.session.closed:
            return
        self._running = True
        self.session.stamp.submit(self._job, on_done=self._done, on_error=self._failed, owner=self)

    def _job(self):
        return timestamps.stamp_pending(self.session.vault, budget_s=ROUND_BUDGET_S,
                                        timeout_s=REQUEST_TIMEOUT_S,
                                        should_stop=self.session.stop_event.is_set)

    def _done(self, report) -> None:
        self._running = False
        self.rounds += 1
        self.last_report = report
        if report.stamped:
            self.session.itemsChanged.emit()

    def _failed(self, _exc) -> None:     # the vault refused a write: the next round tries again
        self._running = False
        self.rounds += 1

    def stop(self) -> None:
        self._soon.stop()
        self._retry.stop()

