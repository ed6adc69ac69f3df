"""Where backups go: a folder (a USB stick, a folder a cloud client keeps in sync) or any remote
of rclone. Both hold the same thing: `<target>/<backup id>/` with the vault's own files.

Every method works on paths relative to the backup's folder, with `/` separators. Files written
here are ciphertext the vault already holds, plus the sealed `complete` marker.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Iterable

from ..errors import BadInput, EvidenceKitError, storage_error
from ..vault.fsutil import commit_temp, fsync_dir, new_temp, unlink_quietly  # noqa: F401

MARKER = "complete"          # sealed: the custody entry the backup is complete up to
TMP = "tmp"                  # files being written on a folder target
BID = re.compile(r"[0-9a-f]{32}", re.ASCII)
BLOCK = 1 << 20
BATCH = 256                  # files written before they are synced and renamed together...
BATCH_BYTES = 64 << 20       # ...or this many bytes, whichever comes first


class BackupFailed(EvidenceKitError):
    """The target could not be read or written; the backup stays as the last complete run left it."""
    key = "backup.err.failed"


class BackupCancelled(EvidenceKitError):
    exit_code = 130
    key = "backup.err.cancelled"


def _batches(src_root: Path, rels: list[str]):
    """`rels` in batches of at most BATCH files and, past its first file, BATCH_BYTES bytes."""
    batch: list[str] = []
    size = 0
    for rel in rels:
        try:
            n = (src_root / rel).stat().st_size
        except OSError:
            n = 0                              # the copy says in words what is wrong with it
        if batch and (len(batch) >= BATCH or size + n > BATCH_BYTES):
            yield batch
            batch, size = [], 0
        batch.append(rel)
        size += n
    if batch:
        yield batch


_local = threading.local()


def _buffers() -> tuple[memoryview, memoryview]:
    """Two blocks of this thread's, read into again and again (no new memory a block)."""
    if not hasattr(_local, "pair"):
        _local.pair = (memoryview(bytearray(BLOCK)), memoryview(bytearray(BLOCK)))
    return _local.pair


def _equal(a: memoryview, b: memoryview, n: int) -> bool:
    """The first `n` bytes of two of those blocks alike? (A memoryview compares item by item,
    slowly: whole blocks compare as the bytearrays under them, the last part as bytes.)"""
    return a.obj == b.obj if n == len(a) else a[:n].tobytes() == b[:n].tobytes()


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()


def _kernel_copy(src: Path, fd: int, cancel, counted: Callable[[int], None]) -> None:
    """The bytes of `src` onto `fd`, moved inside the kernel where it can (copy_file_range), as
    `cp` does; read and written in blocks where it cannot (another file system, another OS)."""
    with open(src, "rb") as f:
        fast = hasattr(os, "copy_file_range")
        while True:
            _check_cancel(cancel)
            n = -1
            if fast:
                try:
                    n = os.copy_file_range(f.fileno(), fd, 8 * BLOCK)
                except OSError:
                    fast = False
                    os.lseek(fd, f.tell(), os.SEEK_SET)
            if not fast:
                block = f.read(BLOCK)
                view = memoryview(block)
                while view:
                    view = view[os.write(fd, view):]
                n = len(block)
            if n == 0:
                return
            counted(n)


def _start_writing(fd: int) -> None:
    """Have the system start writing a copied file to the medium now, while the next ones are
    copied (on Linux, dropping a file's cached pages starts writing those not yet written), so
    that the sync of the batch finds little left to do."""
    if hasattr(os, "posix_fadvise"):
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass


def public_target(text: str) -> str:
    """A target as it may be shown: an rclone connection string's secrets replaced by ***
    (`:webdav,url=…,pass=…:path`), never a password, obscured or not."""
    return re.sub(r"((?:pass|password|key|secret|token|session|bearer)\w*\s*=\s*)(\"[^\"]*\"|'[^']*'|[^,:]*)",
                  r"\1***", text, flags=re.I)


def parse_target(text: str) -> tuple[str, str]:
    """("folder", absolute path) or ("rclone", "REMOTE:PATH"); BadInput when it is neither."""
    text = (text or "").strip()
    if text.startswith("rclone:"):
        spec = text[len("rclone:"):]
        # REMOTE:PATH, or an rclone connection string (:backend,option=value…:PATH)
        if ":" not in spec or not (spec.startswith(":") or spec.split(":", 1)[0].strip()):
            raise BadInput("backup.err.bad_rclone_target", target=public_target(text))
        return "rclone", spec
    if not text:
        raise BadInput("backup.err.no_target")
    return "folder", str(Path(text).expanduser().absolute())


# ---------------------------------------------------------------------------------- a folder
class FolderTarget:
    kind = "folder"

    def __init__(self, root: str, bid: str | None = None):
        self.root = Path(root)
        self.bid = bid
        self.base = self.root / bid if bid else self.root

    def with_id(self, bid: str) -> "FolderTarget":
        return FolderTarget(str(self.root), bid)

    def reachable(self) -> None:
        if not self.root.is_dir():
            raise BackupFailed("backup.err.folder_missing", path=str(self.root))

    def ids(self) -> list[str]:
        self.reachable()
        try:
            return sorted(p.name for p in self.root.iterdir() if BID.fullmatch(p.name) and p.is_dir())
        except OSError as exc:
            raise BackupFailed("backup.err.target_unreadable", detail=exc.strerror or str(exc)) from exc

    def prepare(self) -> None:
        self.reachable()
        try:
            (self.base / TMP).mkdir(parents=True, exist_ok=True)
            for f in (self.base / TMP).iterdir():      # temp files of a run that was stopped
                unlink_quietly(f)
        except OSError as exc:
            raise storage_error(exc) from exc

    def list(self, *, sizes: bool = True) -> dict[str, int | None]:
        """{relative path: size} of every file. `sizes=False`: the sizes of objects and custody
        entries are left out (None): a folder target gets them only whole (written under a temp
        name, renamed when complete), so being there is enough, and ten thousand of them are
        listed without ten thousand stat calls."""
        out: dict[str, int | None] = {}
        if not self.base.is_dir():
            return out
        stack = [(str(self.base), "")]
        while stack:
            folder, rel_dir = stack.pop()
            parts = rel_dir.split("/")
            write_once = not sizes and (parts[-1] == "log" or (len(parts) >= 2 and parts[-2] == "objects"))
            try:
                listing = os.scandir(folder)
            except OSError:
                continue
            with listing:
                for e in listing:
                    rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
                    if e.is_dir(follow_symlinks=False):
                        if rel != TMP:
                            stack.append((e.path, rel))
                    elif write_once:
                        out[rel] = None
                    else:
                        try:
                            out[rel] = e.stat(follow_symlinks=False).st_size
                        except OSError:
                            pass
        return out

    def _copy_one(self, src: Path, cancel, counted: Callable[[int], None]) -> Path:
        """Copy src into a new temp file (not yet synced); its path."""
        temp, fd = new_temp(self.base / TMP, "b")
        try:
            try:
                _kernel_copy(src, fd, cancel, counted)
                _start_writing(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            unlink_quietly(temp)
            raise storage_error(exc) from exc
        except BaseException:
            unlink_quietly(temp)
            raise
        return temp

    def _publish(self, temps: list[tuple[Path, str]]) -> None:
        """Make a batch of whole temp files durable, give them their names, and make the names
        durable: every file is synced before its rename, and each folder once after them (one
        journal commit for the batch instead of one a file)."""
        try:
            for temp, _ in temps:
                fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))   # Windows syncs only what it may write
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            folders: dict[Path, bool] = {}
            for temp, rel in temps:
                target = self.base / rel
                made = False
                if not target.parent.is_dir():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made = True
                os.replace(temp, target)
                folders[target.parent] = folders.get(target.parent, False) or made
            for folder, made in folders.items():
                fsync_dir(folder)
                if made:
                    fsync_dir(folder.parent)
        except OSError as exc:
            for temp, _ in temps:
                unlink_quietly(temp)
            raise storage_error(exc) from exc

    def _open_uncached(self, rel: str) -> int:
        """The written file, its cached pages dropped first where the system allows, so that
        what is read is the medium and not memory."""
        fd = os.open(self.base / rel, os.O_RDONLY)
        if hasattr(os, "posix_fadvise"):
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
        return fd

    def _same(self, src: Path, rel: str) -> bool:
        """Whether the file on the target, read back, holds exactly the bytes of `src`."""
        try:
            fd = self._open_uncached(rel)
        except OSError:
            return False
        mine, theirs = _buffers()
        try:
            with open(src, "rb", buffering=0) as f:
                while True:
                    n = f.readinto(mine)
                    got = 0
                    while got < n:               # the medium may give less at a time
                        k = os.readv(fd, [theirs[got:n]])
                        if not k:
                            break
                        got += k
                    if got != n or not _equal(mine, theirs, n):
                        return False
                    if not n:
                        return os.read(fd, 1) == b""      # and nothing more on the target
        except OSError:
            return False
        finally:
            _start_writing(fd)            # read once: its pages are let go (and used again next)
            os.close(fd)

    def _read_back(self, rel: str) -> bytes | None:
        try:
            fd = self._open_uncached(rel)
        except OSError:
            return None
        try:
            out = bytearray()
            while True:
                block = os.read(fd, BLOCK)
                if not block:
                    return bytes(out)
                out += block
        finally:
            os.close(fd)

    def put_files(self, src_root: Path, rels: list[str], *, cancel=None,
                  counted: Callable[[int], None] = lambda n: None) -> None:
        """Copy the files `rels` of `src_root` here, in batches: each batch is written, synced and
        renamed, then read back from the medium (on a thread, while the next batch is written)
        and compared with the vault's copy. BackupFailed names the first file that differs."""
        # custody entries need no order among themselves: the backup is complete up to its
        # `head`, written after them all; an entry after it is ignored until a run completes
        checks: list[Future] = []
        pool = ThreadPoolExecutor(1, thread_name_prefix="backup-read-back")
        try:
            for batch in _batches(src_root, rels):
                temps: list[tuple[Path, str]] = []
                try:
                    for rel in batch:
                        _check_cancel(cancel)
                        temps.append((self._copy_one(src_root / rel, cancel, counted), rel))
                    self._publish(temps)
                except BaseException:
                    for temp, _ in temps:
                        unlink_quietly(temp)
                    raise
                checks.append(pool.submit(self._first_different, src_root, batch, cancel))
            for done in checks:
                bad = done.result()
                if bad is not None:
                    raise BackupFailed("backup.err.read_back", name=bad)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _first_different(self, src_root: Path, batch: list[str], cancel) -> str | None:
        for rel in batch:
            if cancel is not None and cancel.is_set():
                return None                   # the run stops as cancelled; nothing is complete
            if not self._same(src_root / rel, rel):
                return rel
        return None

    def put_bytes(self, rel: str, data: bytes) -> None:
        temp, fd = new_temp(self.base / TMP, "b")
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
            commit_temp(temp, self.base / rel)
        except OSError as exc:
            unlink_quietly(temp)
            raise storage_error(exc) from exc
        if self._read_back(rel) != data:
            raise BackupFailed("backup.err.read_back", name=rel)

    def get_bytes(self, rel: str) -> bytes | None:
        try:
            return (self.base / rel).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BackupFailed("backup.err.target_unreadable", detail=exc.strerror or str(exc)) from exc

    def delete(self, rels: Iterable[str]) -> None:
        folders = set()
        for rel in rels:
            unlink_quietly(self.base / rel)
            folders.add((self.base / rel).parent)
        for folder in sorted(folders, key=lambda p: -len(p.parts)):
            try:
                folder.rmdir()        # only if empty (an old data folder after a key change)
            except OSError:
                pass
        if folders:
            try:
                fsync_dir(self.base)
            except OSError:
                pass

    def download(self, dest: Path, *, cancel=None, counted=lambda n: None) -> None:
        written = []
        for rel in sorted(self.list()):
            if rel == MARKER:
                continue
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            try:
                _kernel_copy(self.base / rel, fd, cancel, counted)
            finally:
                os.close(fd)
            written.append(target)
        for path in written:              # all synced once written, then each folder once
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for folder in sorted({p.parent for p in written} | {dest}, key=lambda p: -len(p.parts)):
            fsync_dir(folder)

    def local_view(self, scratch: Path, *, cancel=None) -> Path:
        """A local folder holding the backup's files as they are: the folder itself."""
        return self.base


# ---------------------------------------------------------------------------------- rclone
def rclone_program() -> str:
    path = shutil.which("rclone")
    if not path:
        raise BadInput("backup.err.no_rclone")
    return path


class RcloneTarget:
    """A remote of rclone, driven through its command line (`RCLONE_CONFIG` and its config file
    are rclone's own business: never read or shown here). Files are sent in batches
    (`copy --files-from`), so ten thousand objects are a few process starts, not ten thousand."""

    kind = "rclone"

    def __init__(self, spec: str, bid: str | None = None):
        self.spec = spec
        self.bid = bid
        self.program = rclone_program()
        self.base = self._join(spec, bid) if bid else spec

    @staticmethod
    def _join(spec: str, rel: str) -> str:
        return spec + rel if spec.endswith((":", "/")) else f"{spec}/{rel}"

    def with_id(self, bid: str) -> "RcloneTarget":
        return RcloneTarget(self.spec, bid)

    def _path(self, rel: str) -> str:
        return self._join(self.base, rel)

    def _run(self, args: list[str], *, data: bytes | None = None, cancel=None,
             missing_ok: bool = False) -> bytes | None:
        from ..secrets_env import child_env

        cmd = [self.program, "--quiet", *args]
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env())
        except OSError as exc:
            raise BackupFailed("backup.err.rclone", detail=exc.strerror or str(exc)) from exc
        result: dict = {}

        def talk():
            result["out"], result["err"] = proc.communicate(data)

        t = threading.Thread(target=talk, daemon=True)
        t.start()
        while t.is_alive():
            t.join(0.2)
            if cancel is not None and cancel.is_set() and t.is_alive():
                proc.terminate()
                t.join()
                raise BackupCancelled()
        if proc.returncode != 0:
            err = result.get("err", b"").decode("utf-8", "replace")
            if missing_ok and ("not found" in err or proc.returncode in (3, 4)):
                return None
            lines = [ln for ln in err.splitlines() if ln.strip() and "NOTICE" not in ln]
            raise BackupFailed("backup.err.rclone", detail=public_target(lines[-1] if lines else
                                                                         f"exit {proc.returncode}"))
        return result.get("out", b"")

    def reachable(self) -> None:
        self._run(["lsjson", "--dirs-only", "--no-mimetype", "--no-modtime", self.spec], missing_ok=True)

    def ids(self) -> list[str]:
        out = self._run(["lsjson", "--dirs-only", "--no-mimetype", "--no-modtime", self.spec], missing_ok=True)
        rows = json.loads(out or b"[]")
        return sorted(r["Path"] for r in rows if BID.fullmatch(r.get("Path", "")))

    def prepare(self) -> None:
        pass

    def list(self, *, sizes: bool = True) -> dict[str, int | None]:
        out = self._run(["lsjson", "-R", "--files-only", "--no-mimetype", "--no-modtime", self.base],
                        missing_ok=True)
        return {r["Path"]: int(r["Size"]) for r in json.loads(out or b"[]")
                if not r["Path"].startswith(TMP + "/")}

    def _files_from(self, rels: list[str]) -> str:
        # only relative names of the vault's own files (keyed hashes, numbers): nothing readable
        fd, name = tempfile.mkstemp(prefix="ek-", suffix=".lst")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(rels) + "\n")
        return name

    def put_files(self, src_root: Path, rels: list[str], *, cancel=None,
                  counted: Callable[[int], None] = lambda n: None) -> None:
        if not rels:
            return
        listing = self._files_from(rels)
        try:
            # rclone checks each upload's size (and hash where the remote keeps one) itself
            # --ignore-times: what to send was decided here; a changed record of the same size
            # must never be skipped by rclone's own size-and-time comparison
            self._run(["copy", str(src_root), self.base, "--files-from", listing, "--no-traverse",
                       "--ignore-times"], cancel=cancel)
        finally:
            unlink_quietly(Path(listing))
        there = self.list()
        for rel in rels:
            size = (src_root / rel).stat().st_size
            if there.get(rel) != size:
                raise BackupFailed("backup.err.read_back", name=rel)
            counted(size)

    def put_bytes(self, rel: str, data: bytes) -> None:
        """Upload under a temporary name, read it back, then move it into place."""
        temp = f"{TMP}/{os.urandom(12).hex()}"
        self._run(["rcat", self._path(temp)], data=data)
        if self._run(["cat", self._path(temp)]) != data:
            raise BackupFailed("backup.err.read_back", name=rel)
        self._run(["moveto", "--ignore-times", self._path(temp), self._path(rel)])
        if self._run(["cat", self._path(rel)]) != data:
            raise BackupFailed("backup.err.read_back", name=rel)

    def get_bytes(self, rel: str) -> bytes | None:
        return self._run(["cat", self._path(rel)], missing_ok=True)

    def delete(self, rels: Iterable[str]) -> None:
        rels = list(rels)
        if not rels:
            return
        listing = self._files_from(rels)
        try:
            self._run(["delete", self.base, "--files-from", listing])
        finally:
            unlink_quietly(Path(listing))

    def download(self, dest: Path, *, cancel=None, counted=lambda n: None) -> None:
        self._run(["copy", self.base, str(dest), "--exclude", f"/{MARKER}", "--exclude", f"/{TMP}/**"],
                  cancel=cancel)

    def local_view(self, scratch: Path, *, cancel=None) -> Path:
        """The backup's files fetched whole into `scratch` (ciphertext only), to be read through."""
        scratch.mkdir(parents=True, exist_ok=True, mode=0o700)
        # nothing there yet (never run): an empty folder, which the check reports in words
        self._run(["copy", self.base, str(scratch), "--exclude", f"/{TMP}/**"], cancel=cancel,
                  missing_ok=True)
        return scratch


def open_target(text: str, bid: str | None = None):
    kind, where = parse_target(text)
    return (FolderTarget if kind == "folder" else RcloneTarget)(where, bid)
