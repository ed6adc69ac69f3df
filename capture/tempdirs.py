"""The browser's private temporary folders (`ekb-*`): made, held, removed, and swept when stale.

Each capture session gets a fresh folder (RAM-backed where the system has one, see
`ram_temp_root`) for the browser's profile, caches and temporary files, removed when the
browser closes. A crash, a power cut or `kill -9` leaves it behind — on disk if the system has
no RAM folder (Windows, macOS) — with copies of the pages inside. So:

- while a session lives it holds an exclusive lock on `<folder>/.ek-owner` (`flock` on POSIX; on
  Windows the open file itself cannot be deleted). The lock dies with the process, however it ends;
- at the start of every capture session, `sweep()` removes the `ekb-*` folders that are ours (our
  user's, real folders, not links) and stale (their lock is free; folders of older versions,
  which had no lock, only after an hour untouched). A live session's folder is never touched;
- a folder that cannot be removed is reported (`remove()` returns False, `sweep()` lists it), and
  the command line says so in words: it may hold copies of pages.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import tempfile
import time

PREFIX = "ekb-"
# exactly what tempfile.mkdtemp(prefix=PREFIX) makes: another program's "ekb-…" is not ours
_OUR_NAME = re.compile(r"ekb-[a-z0-9_]{8}")
LOCK_NAME = ".ek-owner"
LEGACY_STALE_AFTER_S = 3600          # folders made before the lock existed

_held: dict[str, int] = {}           # folder -> open file descriptor of its lock


def _lock(fd: int) -> bool:
    """Take the lock on an open lock file without waiting; False if someone holds it."""
    if os.name == "nt":
        return True                   # on Windows, holding the file open is the lock
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def make(root: str) -> str:
    """A new private folder under `root`, mode 0700, held by this process until `remove()`."""
    path = tempfile.mkdtemp(prefix=PREFIX, dir=root)
    os.chmod(path, 0o700)
    fd = os.open(os.path.join(path, LOCK_NAME), os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    _lock(fd)                         # nobody else can have it yet
    os.write(fd, str(os.getpid()).encode())
    _held[path] = fd
    return path


def remove(path: str | None) -> bool:
    """Remove a folder made by `make()`; True if it is gone (or was never there)."""
    if not path:
        return True
    errors: list[str] = []
    fd = _held.pop(path, None)
    if fd is not None and os.name == "nt":
        os.close(fd)                  # Windows cannot delete an open file
        fd = None
    try:
        shutil.rmtree(path, onerror=lambda fn, p, exc: errors.append(p))
    finally:
        if fd is not None:
            os.close(fd)
    return not os.path.lexists(path)


def _ours(path: str) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):   # a link or a file named ekb-*: not ours to touch
        return False
    return not hasattr(os, "getuid") or st.st_uid == os.getuid()


def _claim_if_stale(path: str) -> int | None | bool:
    """The folder's lock, taken (an fd, or True for a folder without one that is old enough);
    None if the folder is in use (or too young to judge)."""
    lock = os.path.join(path, LOCK_NAME)
    try:
        fd = os.open(lock, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        try:
            age = time.time() - os.lstat(path).st_mtime
        except OSError:
            return None
        return True if age > LEGACY_STALE_AFTER_S else None
    except OSError:
        return None
    if os.name == "nt":
        os.close(fd)
        try:
            os.remove(lock)           # fails while the owner holds it open
        except OSError:
            return None
        return True
    if _lock(fd):
        return fd
    os.close(fd)
    return None


def is_ours(name: str) -> bool:
    """Whether a folder name is one `make()` gives."""
    return bool(_OUR_NAME.fullmatch(name))


def in_use(path: str) -> bool:
    """Whether a live process holds the folder (by this process, or by another whose lock is
    taken). A folder without a lock file (from an older version) counts as not in use."""
    if path in _held:
        return True
    if os.name == "nt":
        return os.path.exists(os.path.join(path, LOCK_NAME))
    try:
        fd = os.open(os.path.join(path, LOCK_NAME), os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        import fcntl

        if _lock(fd):
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        return True
    finally:
        os.close(fd)


def sweep(roots) -> list[str]:
    """Remove our stale `ekb-*` folders under each of `roots`; returns those that could not be
    removed (each may hold copies of pages: the caller tells the person)."""
    failed: list[str] = []
    seen: set[str] = set()
    for root in roots:
        if not root or not os.path.isdir(root):
            continue
        real = os.path.realpath(root)
        if real in seen:
            continue
        seen.add(real)
        try:
            names = [n for n in os.listdir(root) if _OUR_NAME.fullmatch(n)]
        except OSError:
            continue
        for name in names:
            path = os.path.join(root, name)
            if path in _held or not _ours(path):
                continue
            claim = _claim_if_stale(path)
            if claim is None:
                continue
            try:
                shutil.rmtree(path, ignore_errors=True)
            finally:
                if isinstance(claim, int) and not isinstance(claim, bool):
                    os.close(claim)
            if os.path.lexists(path):
                failed.append(path)
    return failed


def ram_temp_root() -> tuple[str, bool]:
    """(folder, is_ram): a RAM-backed folder for the browser's profile and temp files if the system
    has one with room (Linux /dev/shm, XDG_RUNTIME_DIR), else the system temp folder."""
    if os.environ.get("EVIDENCE_KIT_TEMP_ON_DISK"):     # tests: prove removal works without RAM
        return tempfile.gettempdir(), False
    for cand in ("/dev/shm", os.environ.get("XDG_RUNTIME_DIR")):
        if cand and os.path.isdir(cand) and os.access(cand, os.W_OK):
            try:
                st = os.statvfs(cand)
                if st.f_bavail * st.f_frsize >= 512 * 1024 * 1024:
                    return cand, True
            except OSError:
                continue
    return tempfile.gettempdir(), False


def default_roots() -> list[str]:
    """Where our folders may be: the RAM folder, the system temp folder, and /tmp (short ones)."""
    roots = [ram_temp_root()[0], tempfile.gettempdir()]
    if os.name != "nt" and sys.platform != "win32":
        roots.append("/tmp")
    return roots
