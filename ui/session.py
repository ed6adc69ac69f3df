"""An unlocked vault and the threads that work on it, for as long as the app is unlocked.

- `writer`: every change to the vault (notes, cases, the custody entries of reveals, imports,
  settings) runs here, one at a time, in order, so the window never waits for the disk.
- `reader`: reading items' sealed files and the custody log (decrypting takes time on big files).
- `long`: checking the whole vault and making dossiers (minutes on a big vault).
The capture service has its own thread (Playwright must stay on one thread).

`close()` stops them all and closes the vault (its writer lock is released); nothing is left
running afterwards.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from evidence_kit.vault import Vault

from .tasks import Worker

DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 10,
    "capture_timeout_seconds": 60,
    "browser": "",
    "proxy": "",
    "backup_warn_days": 7,          # the main window warns when the last good backup is older
}


class CustodyCache:
    """The custody log read once and then only its new entries (used on the reader thread)."""

    def __init__(self, vault: Vault):
        self._vault = vault
        self._entries: list[dict] = []
        self._lock = threading.Lock()

    def for_item(self, item_id: str) -> list[dict]:
        with self._lock:
            have = len(self._entries)
            last = self._vault._state.seq
            for seq in range(have + 1, last + 1):
                self._entries.append(self._vault._read_log_entry(seq))
            return [r for r in self._entries if item_id in r["entry"].get("items", [])]


class VaultSession(QObject):
    """The unlocked vault, its workers, and signals the windows listen to."""

    itemsChanged = Signal()            # items were added or changed: reload the table
    casesChanged = Signal()
    settingsChanged = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None):
        super().__init__(parent)
        self.vault = vault
        self.writer = Worker("writer")
        self.reader = Worker("reader")
        self.long = Worker("long")
        self.stamp = Worker("stamp")      # asking time-stamping services (ui/stamping.py)
        self.custody = CustodyCache(vault)
        self.closed = False
        self.stop_event = threading.Event()   # long jobs look at it and stop early

    # ----------------------------------------------------------------- settings inside the vault
    def setting(self, key: str) -> Any:
        value = self.vault.settings().get(key)
        return DEFAULTS.get(key) if value is None else value

    def set_settings(self, changes: dict[str, Any], on_done: Callable | None = None,
                     on_error: Callable | None = None, owner: QObject | None = None) -> None:
        def job():
            for k, v in changes.items():
                if self.vault.settings().get(k) != v:
                    self.vault.set_setting(k, v)

        def done(_):
            self.settingsChanged.emit()
            if on_done:
                on_done(None)

        self.writer.submit(job, on_done=done, on_error=on_error, owner=owner)

    # ----------------------------------------------------------------- writes
    def write(self, fn: Callable[[Vault], Any], *, on_done: Callable | None = None,
              on_error: Callable | None = None, owner: QObject | None = None,
              items_changed: bool = True, keep: bool = False):
        """Run `fn(vault)` on the writer thread; then tell the windows the items changed.
        With `keep`, the write still happens if the vault is locked before it started."""
        def done(result):
            if items_changed:
                self.itemsChanged.emit()
            if on_done:
                on_done(result)

        return self.writer.submit(fn, self.vault, on_done=done, on_error=on_error, owner=owner,
                                  keep=keep)

    def read(self, fn: Callable[[Vault], Any], *, on_done: Callable | None = None,
             on_error: Callable | None = None, owner: QObject | None = None):
        return self.reader.submit(fn, self.vault, on_done=on_done, on_error=on_error, owner=owner)

    # ----------------------------------------------------------------- closing
    def close(self) -> None:
        """Stop every worker (waiting for the job in hand, and for writes submitted with `keep`)
        and close the vault."""
        if self.closed:
            return
        self.closed = True
        self.stop_event.set()
        for w in (self.stamp, self.long, self.reader, self.writer):
            w.shutdown(wait=True)
        self.vault.close()
