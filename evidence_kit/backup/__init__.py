"""Backups of a vault to a folder or an rclone remote, their check, and restore.

The API the command line and the app call (the vault given is open; writers for run, add, remove):

    add(vault, name, target) / remove(vault, name) / rows(vault)     the backups a vault knows
    run(vault, name, progress=cb(done_bytes, total_bytes), cancel=threading.Event) -> RunResult
    check(vault, name, cancel=...) -> CheckReport                     re-reads the whole backup
    restore(target, dest, passphrase=… | recovery_key=…, progress=…, cancel=…) -> RestoreReport
    last_complete(vault) -> (UTC datetime, backup name) | None

`run` and `restore` may be called from a worker thread; `cancel.set()` stops them safely (the
target keeps its last complete backup; a restore removes what it copied).
"""

from __future__ import annotations

from .config import add, last_complete, remove, rows
from .restore import RestoreReport, check_destination, restore
from .run import BackupRefused, CheckReport, RunResult, check, run
from .targets import BackupCancelled, BackupFailed, parse_target, public_target, rclone_program

__all__ = ["add", "remove", "rows", "last_complete", "run", "check", "restore", "RunResult",
           "CheckReport", "RestoreReport", "BackupFailed", "BackupCancelled", "BackupRefused",
           "check_destination", "parse_target", "public_target", "rclone_program"]
