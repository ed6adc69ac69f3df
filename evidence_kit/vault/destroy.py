"""Quick delete: make the vault unopenable first, then remove its folder.

1. A marker file `destroying` is written in the vault folder (plain JSON, no content), so that
   a deletion cut short is recognised and finished by the next one, even when nothing in the
   folder looks like a vault any more.
2. Every file that holds, or could hold, a key slot is overwritten in place with random bytes and
   synced: `vault.json` (the passphrase and recovery slots), a key change's plan `rekey` (a slot
   for the new master key), every file in a `tmp/` folder (a header being written when the
   computer stopped) and every other plain file at the top of the vault and of its data folders.
   Everything else is sealed under keys derived from the master key, which no longer opens: from
   here on neither the passphrase nor the recovery key opens anything.
3. The folder is removed, the marker last.

What deletion cannot promise (SSDs, copy-on-write file systems, backups, snapshots) is said in
docs/threat-model.md: overwriting asks the disk to replace those bytes; a disk that writes them
elsewhere may keep the old ones, but what is left of the vault is ciphertext whose key is gone.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import VaultCorrupt, VaultNotFound, storage_error
from . import keys
from .fsutil import WriterLock, atomic_write, fsync_dir

MARKER = "destroying"
MARKER_FORMAT = "evidence-kit-destroying"
HEADER_NAME = "vault.json"


@dataclass
class Found:
    """A folder destroy may remove: a vault, or what an interrupted deletion left."""

    path: Path
    resumed: bool                   # a deletion was cut short here: the keys may already be gone
    header: dict | None             # the header, if it is still readable


def _marker_ok(path: Path) -> bool:
    try:
        d = json.loads((path / MARKER).read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return isinstance(d, dict) and d.get("format") == MARKER_FORMAT


def find(path: str | os.PathLike) -> Found:
    """What is at `path`; VaultNotFound unless it is a vault (or a deletion's remainder), so that
    no other folder is ever removed; VaultCorrupt if its header is not one of ours."""
    path = Path(path)
    if path.is_dir() and not path.is_symlink() and _marker_ok(path):
        header = None
        try:
            header = json.loads((path / HEADER_NAME).read_text("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            pass
        return Found(path, True, header if isinstance(header, dict) else None)
    if path.is_symlink() or not (path / HEADER_NAME).is_file():
        raise VaultNotFound(path=str(path))
    try:
        header = json.loads((path / HEADER_NAME).read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise VaultCorrupt("error.vault_header") from exc
    if not isinstance(header, dict) or header.get("format") != keys.HEADER_FORMAT:
        raise VaultCorrupt("error.vault_header")
    return Found(path, False, header)


def _after_keys_gone() -> None:
    """Nothing: the moment the keys are gone and the folder is not yet removed (tests stop here)."""


def _overwrite(path: Path) -> None:
    """Replace the file's bytes where they are with random ones, and sync them to the disk."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as f:
            left = size
            while left > 0:
                n = min(left, 1 << 20)
                f.write(os.urandom(n))
                left -= n
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    except OSError as exc:
        raise storage_error(exc) from exc


def key_files(path: Path) -> list[Path]:
    """Every file that holds or could hold something unwrapping the master key (step 2)."""
    out: list[Path] = []
    folders = [path] + [p for p in path.iterdir() if p.is_dir() and not p.is_symlink()
                        and p.name.startswith("g-")]
    for folder in folders:
        for p in folder.iterdir():
            if p.is_file() and not p.is_symlink() and p.name not in (MARKER, "lock"):
                out.append(p)                     # vault.json, rekey, the counter, records
        tmp = folder / "tmp"
        if tmp.is_dir() and not tmp.is_symlink():
            out.extend(p for p in tmp.iterdir() if p.is_file() and not p.is_symlink())
    return out


def destroy(path: str | os.PathLike) -> Found:
    """Delete the vault at `path` from this computer: the keys first, then the folder.

    VaultInUse if another program has it open (the app closes its own vault first). Run again
    after an interruption, it finishes what is left."""
    found = find(path)
    path = found.path
    lock = WriterLock(path / "lock")
    lock.acquire()
    try:
        try:
            marker = {"format": MARKER_FORMAT, "version": 1}
            atomic_write(path / MARKER, json.dumps(marker).encode(), path)
            for f in key_files(path):
                _overwrite(f)
            for folder in [path] + [p for p in path.iterdir() if p.name.startswith("g-") and p.is_dir()]:
                fsync_dir(folder)
        except OSError as exc:
            raise storage_error(exc) from exc
        _after_keys_gone()
        _remove_all_but(path, {MARKER, "lock"})
    finally:
        lock.release()
    try:
        for name in ("lock", MARKER):
            try:
                (path / name).unlink()
            except FileNotFoundError:
                pass
        path.rmdir()
        fsync_dir(path.parent)
    except OSError as exc:
        raise storage_error(exc) from exc
    return found


def _remove_all_but(path: Path, keep: set[str]) -> None:
    problems: list[str] = []
    for p in path.iterdir():
        if p.name in keep:
            continue
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, onerror=lambda fn, q, exc: problems.append(q))
        else:
            try:
                p.unlink()
            except OSError:
                problems.append(str(p))
    if problems:
        raise storage_error(OSError(13, "could not remove", problems[0]))


__all__ = ["destroy", "find", "Found", "MARKER"]


def last_backup(vault) -> tuple[datetime, int] | None:
    """(UTC time, items) of the vault's last complete backup, or None: read from its backups
    (evidence_kit.backup.last_complete, as the app's main window shows it)."""
    from ..backup import last_complete, rows

    last = last_complete(vault)
    if last is None:
        return None
    at, name = last
    return at, next((r["items"] for r in rows(vault) if r["name"] == name), None) or 0


def backup_sentence(last: tuple[datetime, int] | None, lang: str | None = None) -> str:
    """The warning's sentence about backups, from `last_backup`."""
    from ..i18n import tr
    from ..timeutil import local_text, to_iso

    if last is None:
        return tr("destroy.no_backup", lang)
    at, items = last
    return tr("destroy.last_backup", lang, when=local_text(at), when_utc=to_iso(at), count=items)
