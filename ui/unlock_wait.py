"""The unlock limit on the unlock screen: while a wait is in force, a countdown, refreshed every
second from the counter beside the vault (evidence_kit/vault/attempts.py), so that a wait begun in
another run of the app, or by the command line, shows too. Nothing is tried during the wait."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from evidence_kit.vault import attempts


class UnlockWait(QObject):
    """Seconds left before the next try may be made; `changed(left)` on each tick (0: no wait)."""

    changed = Signal(int)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> int:
        """Read the counter again; start or stop the countdown."""
        try:
            left, _ = attempts.seconds_left(self.path)
        except OSError:
            left = 0
        self.left = left
        if left and not self.timer.isActive():
            self.timer.start()
        elif not left:
            self.timer.stop()
        self.changed.emit(left)
        return left

    def stop(self) -> None:
        self.timer.stop()
