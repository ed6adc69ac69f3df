"""Durable file operations: temp file, fsync, rename, directory fsync; and the writer's lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import VaultInUse, storage_error

_WINDOWS = sys.platform.startswith("win")


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in `path` durable (a no-op where the OS cannot)."""
    if _WINDOWS:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_temp(tmp_dir: Path, prefix: str = "w") -> tuple[Path, int]:
    """A new, exclusively created temp file inside the vault (it only ever holds ciphertext)."""
    while True:
        path = tmp_dir / f"{prefix}-{os.urandom(12).hex()}"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            return path, fd
        except FileExistsError:
            continue


def commit_temp(temp: Path, target: Path, *, durable: bool = True) -> None:
    """Rename a fully written, fsynced temp file into place and make the rename durable.

    A folder created for it (objects/xy/) is made durable in its parent too. On Windows there is
    no directory fsync: NTFS journals the rename and the new folder, which makes them survive a
    crash in practice, but Windows gives no documented guarantee (docs/vault-format.md)."""
    made = False
    if not target.parent.is_dir():
        try:
            target.parent.mkdir(parents=True)
            made = True
        except FileExistsError:
            pass
    os.replace(temp, target)
    if durable:
        if made:
            fsync_dir(target.parent.parent)
        fsync_dir(target.parent)


def atomic_write(target: Path, data: bytes, tmp_dir: Path, *, durable: bool = True) -> None:
    temp, fd = new_temp(tmp_dir)
    try:
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        commit_temp(temp, target, durable=durable)
    except OSError as exc:
        _unlink_quietly(temp)
        raise storage_error(exc) from exc
    except BaseException:
        _unlink_quietly(temp)
        raise


def publish_new(temp: Path, target: Path) -> None:
    """Give a complete, fsynced temp file its final name without ever replacing a file there.

    A hard link is atomic and fails if `target` exists (even one created a moment ago). File
    systems without hard links (FAT and exFAT sticks, some network shares) get an exclusive
    create of `target` and a copy instead. Raises FileExistsError if `target` exists; the temp
    file is removed in every case."""
    try:
        try:
            os.link(temp, target)
        except FileExistsError:
            raise
        except OSError:
            with open(temp, "rb") as src, open(target, "xb") as dst:
                try:
                    while True:
                        block = src.read(1 << 20)
                        if not block:
                            break
                        dst.write(block)
                    dst.flush()
                    os.fsync(dst.fileno())
                except BaseException:
                    dst.close()
                    _unlink_quietly(target)
                    raise
    finally:
        _unlink_quietly(temp)
    try:
        fsync_dir(target.parent)
    except OSError:
        pass


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


unlink_quietly = _unlink_quietly


class WriterLock:
    """An exclusive, non-blocking lock on `<vault>/lock`, held while a process may write.

    The OS drops it when the process dies (kill -9 included), so a crash never leaves a vault
    locked for ever.
    """

    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if _WINDOWS:
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if _WINDOWS:
                import msvcrt

                try:
                    msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
                except OSError:
                    pass
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
