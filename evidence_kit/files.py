"""The files she names: a path as she gave it, the regular files under it, each opened read-only
without following a link put in its place, and its media type told from its content.

Importing (importer.py) and reading chat exports (chats/) both start here.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable

from .errors import BadInput

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


def human_size(n: int | None) -> str:
    """A size as people read it: bytes exactly (in groups of three), then KB, MB, GB (of 1024)."""
    if n is None:
        return "—"
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{n:,} B".replace(",", " ") if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(n)
