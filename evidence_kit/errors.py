"""Every error a person can meet, with words for them and the command line's exit code.

    EvidenceKitError                  exit 1   the root; .message() is in the user's language
    ├── BadInput                      exit 2   a missing file, a malformed URL, wrong arguments
    │   └── VaultExists               exit 2   `init` on a folder that is not empty
    ├── WrongPassphrase               exit 3   neither the passphrase nor the recovery key fits
    ├── UnlockPaused                  exit 3   too many wrong secrets: the next try must wait
    ├── VaultUnavailable              exit 4
    │   ├── VaultNotFound             exit 4   no vault in that folder
    │   ├── VaultInUse                exit 4   another program is writing to the vault
    │   └── VaultCorrupt              exit 4   the vault cannot be opened or read back
    │       └── ObjectDamaged         exit 4   one stored file was changed, cut short or removed
    │   └── BackupRefused             exit 4   a vault that needs attention is not backed up
    ├── StorageError                  exit 1   the disk refused a write (full, read-only, …)
    ├── BrowserNotFound               exit 5   no Chrome, Chromium or Edge to capture with
    ├── CaptureEngineFailed           exit 6   Playwright's driver cannot run (a missing library)
    ├── CaptureFailed                 exit 1   a page could not be captured
    ├── BackupFailed                  exit 1   a backup's target could not be read or written
    ├── BackupCancelled               exit 130 a backup run was stopped (evidence_kit/backup/)
    └── ExportFailed                  exit 1   a dossier or bundle could not be written

Foreign errors (OSError, cryptography's InvalidTag, Playwright's errors) are converted into these
at the boundary where they happen, so that no caller ever shows a traceback to a person.
"""

from __future__ import annotations

import errno


class EvidenceKitError(Exception):
    exit_code = 1
    key = "error.generic"

    def __init__(self, key: str | None = None, /, **params):
        if key is not None:
            self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        from .i18n import tr

        return tr(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class BadInput(EvidenceKitError):
    exit_code = 2
    key = "error.bad_input"


class VaultExists(BadInput):
    key = "error.vault_exists"


class WrongPassphrase(EvidenceKitError):
    exit_code = 3
    key = "error.wrong_passphrase"


class UnlockPaused(EvidenceKitError):
    """Too many wrong passphrases or recovery keys in a row: nothing is tried until `until`
    (evidence_kit/vault/attempts.py). The words say how long, in the person's language."""
    exit_code = 3
    key = "unlock.wait"

    def __init__(self, *, seconds: int, until: str, failed: int):
        self.seconds, self.until, self.failed = seconds, until, failed
        super().__init__(seconds=seconds, until=until, count=failed)

    def message(self, lang: str | None = None) -> str:
        from .i18n import tr
        from .timeutil import duration_words, local_text, to_iso, from_iso

        return tr(self.key, lang, count=self.failed, left=duration_words(self.seconds, lang),
                  until=local_text(self.until), until_utc=to_iso(from_iso(self.until)))


class VaultUnavailable(EvidenceKitError):
    exit_code = 4


class VaultNotFound(VaultUnavailable):
    key = "error.vault_not_found"


class VaultInUse(VaultUnavailable):
    key = "error.vault_in_use"


class VaultCorrupt(VaultUnavailable):
    key = "error.vault_corrupt"


class ObjectDamaged(VaultCorrupt):
    key = "error.object_damaged"


class StorageError(EvidenceKitError):
    key = "error.storage"


class BrowserNotFound(EvidenceKitError):
    exit_code = 5
    key = "error.no_browser"


class CaptureEngineFailed(EvidenceKitError):
    """Playwright's driver (the program that drives the browser) could not start: a missing
    system library, usually. Not the browser's fault, so not exit 5."""
    exit_code = 6
    key = "capture.err.driver_start"


class CaptureFailed(EvidenceKitError):
    key = "error.capture_failed"


class ExportFailed(EvidenceKitError):
    key = "error.export_failed"


def storage_error(exc: OSError, **params) -> StorageError:
    """Words for an OSError raised while writing to the vault or an export."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return StorageError("error.disk_full", **params)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("error.not_writable", **params)
    return StorageError("error.storage", detail=exc.strerror or str(exc), **params)
