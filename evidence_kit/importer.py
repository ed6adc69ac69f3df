"""Importing files the user already has (phone screenshots, saved videos, chat exports).

The source file is opened read-only and never modified, moved or deleted.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from .errors import BadInput, EvidenceKitError
from .model import Item
from .timeutil import to_iso

_TEXT_TYPES = (
    (b"<!doctype html", "text/html"), (b"<html", "text/html"), (b"<?xml", "application/xml"),
    (b"{", "application/json"), (b"[", "application/json"),
)


def detect_media_type(head: bytes, name: str = "") -> str:
    """The media type from the content's first bytes (not the name's extension)."""
    import filetype

    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if not head:
        return "application/octet-stream"
    sample = head[:8192]
    if b"\x00" in sample:
        return "application/octet-stream"
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:   # not just a character cut at the sample's end
            return "application/octet-stream"
        text = sample[:exc.start].decode("utf-8")
    stripped = text.lstrip("\ufeff \t\r\n").encode("utf-8").lower()
    for prefix, mime in _TEXT_TYPES:
        if stripped.startswith(prefix):
            if mime == "application/json" and not name.lower().endswith((".json", ".jsonl")):
                return "text/plain"
            return mime
    if stripped.startswith(b"warc/1."):
        return "application/warc"
    return "text/plain"


@dataclass
class ImportResult:
    items: list[Item] = field(default_factory=list)
    failed: list[tuple[str, EvidenceKitError]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # chat exports already sealed
    notes: list[tuple[str, dict]] = field(default_factory=list)       # (message key, params)


def named_path(p: str | os.PathLike) -> tuple[Path, os.stat_result]:
    """A path she named, with what it is: a link she named stands for the file it names. Words
    (BadInput) for one that is not there or cannot be read."""
    path = Path(p)
    try:
        st = path.lstat()
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=str(path)) from None
    except OSError:
        raise BadInput("error.cannot_read_file", path=str(path)) from None
    if stat.S_ISLNK(st.st_mode) and path.is_file():
        path = Path(os.path.realpath(path))
        st = path.lstat()
    return path, st


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[str]]:
    """Regular files under the given paths, in a stable order; symlinks and specials are skipped."""
    files: list[Path] = []
    skipped: list[str] = []
    for p in paths:
        path, st = named_path(p)
        if stat.S_ISREG(st.st_mode):
            files.append(path)
        elif stat.S_ISDIR(st.st_mode):
            for root, dirs, names in os.walk(path, followlinks=False):
                dirs.sort()
                for n in sorted(names):
                    f = Path(root) / n
                    if f.is_symlink() or not f.is_file():
                        skipped.append(str(f))
                    else:
                        files.append(f)
        else:
            # a pipe, a device, a socket, a dangling link: named directly, it is a mistake to say
            # so at once (a pipe would otherwise wait for ever for something to read)
            raise BadInput("error.not_regular_file", path=str(path))
    return files, skipped


def open_regular(path: Path):
    """Open `path` for reading, only if it is a regular file, as (binary file, stat).

    No check-then-open: the file is opened first, without following a link put in its place
    (O_NOFOLLOW) and without waiting on a pipe (O_NONBLOCK), and what was opened is checked."""
    flags = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
             | getattr(os, "O_BINARY", 0))
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=str(path)) from None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENXIO, errno.EMLINK):
            raise BadInput("error.not_regular_file", path=str(path)) from None
        raise BadInput("error.cannot_read_file", path=str(path)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise BadInput("error.not_regular_file", path=str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st
    except BaseException:
        os.close(fd)
        raise


def import_file(vault, path: Path, *, case: str = "", source: str = "import", sensitive: bool = False,
                accept: Callable[[str], bool] | None = None, reject_key: str = "") -> Item:
    """One file -> one sealed item with the file as its `original` artifact. With `accept`, a file
    whose media type it refuses is not stored (BadInput `reject_key`)."""
    started = to_iso(datetime.now(timezone.utc))
    f, st = open_regular(path)
    with f:
        head = f.read(8192)
        f.seek(0)
        media_type = detect_media_type(head, path.name)
        if accept is not None and not accept(media_type):
            raise BadInput(reject_key, path=str(path))
        modified_at = to_iso(datetime.fromtimestamp(st.st_mtime, timezone.utc))
        metadata = {
            "original_name": path.name,
            "original_path": str(path.resolve()),
            "original_size": st.st_size,
            "original_modified_at": modified_at,
            "imported_at": started,
            "media_type_detected_from": "content",
        }
        with vault.new_item(source, case=case, title=path.name, captured_at=started,
                            sensitive=sensitive, metadata=metadata) as draft:
            draft.add_stream(path.name, f, role="original", media_type=media_type,
                             expected_size=st.st_size)
            after = os.fstat(f.fileno())
            if after.st_mtime_ns != st.st_mtime_ns or after.st_size != st.st_size:
                raise BadInput("error.file_changed", path=str(path))
            return draft.seal()


def import_paths(vault, paths: Iterable[str | os.PathLike], *, case: str = "",
                 progress: Callable[[int, int, Path], None] | None = None,
                 should_stop: Callable[[], bool] | None = None, tz: str | None = None,
                 include_account_data: bool = False) -> ImportResult:
    """Chat exports (recognised by content) become one item per chat; other files one item each."""
    from . import chats

    found = chats.plan(paths)
    zone = chats.zone(tz) if found.exports else None
    result = ImportResult(skipped=found.skipped, notes=list(found.notes))
    todo: list = [*found.exports, *found.files]
    known = chats.sealed_exports(vault) if found.exports else {}
    for n, what in enumerate(todo, 1):
        if should_stop and should_stop():
            break
        is_export = isinstance(what, chats.ExportSource)
        path = what.given if is_export else what
        if progress:
            progress(n, len(todo), path)
        try:
            if is_export:
                r = chats.import_export(vault, what, case=case, tz=zone, known=known,
                                        include_account_data=include_account_data, should_stop=should_stop)
                result.items += r.items
                result.duplicates += r.duplicates
                result.failed += r.failed
                result.notes += r.notes
            else:
                result.items.append(import_file(vault, path, case=case))
        except BadInput as exc:
            result.failed.append((str(path), exc))
        except EvidenceKitError as exc:
            # the disk is full or refuses writes: stop, what is sealed stays sealed
            result.failed.append((str(path), exc))
            if exc.exit_code != 2:
                break
    return result
