"""Where backups go: a folder (a USB stick, a folder a cloud client keeps in sync) or any remote
of rclone. Both hold the same thing: `<target>/<backup id>/` with the vault's own files.

Every method works on paths relative to the backup's folder, with `/` separators. Files written
here are ciphertext the vault already holds, plus the sealed `complete` marker.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Callable, Iterable

from ..errors import BadInput, EvidenceKitError, storage_error
from ..vault.fsutil import commit_temp, fsync_dir, new_temp, unlink_quietly

MARKER = "complete"          # sealed: the custody entry the backup is complete up to
TMP = "tmp"                  # files being written on a folder target
BID = re.compile(r"[0-9a-f]{32}", re.ASCII)
BLOCK = 1 << 20


class BackupFailed(EvidenceKitError):
    """The target could not be read or written; the backup stays as the last complete run left it."""
    key = "backup.err.failed"


class BackupCancelled(EvidenceKitError):
    exit_code = 130
    key = "backup.err.cancelled"


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()


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

    def list(self) -> dict[str, int]:
        out: dict[str, int] = {}
        if not self.base.is_dir():
            return out
        for folder, dirs, files in os.walk(self.base):
            rel_dir = os.path.relpath(folder, self.base).replace(os.sep, "/")
            if rel_dir == ".":
                dirs[:] = [d for d in dirs if d != TMP]
                rel_dir = ""
            for f in files:
                rel = f"{rel_dir}/{f}" if rel_dir else f
                try:
                    out[rel] = os.stat(os.path.join(folder, f)).st_size
                except OSError:
                    pass
        return out

    def _copy_one(self, src: Path, rel: str, cancel, counted: Callable[[int], None]) -> str:
        """Copy src to rel through a temp file (fsynced, renamed, folder fsynced); its SHA-256."""
        temp, fd = new_temp(self.base / TMP, "b")
        h = hashlib.sha256()
        try:
            try:
                with open(src, "rb") as f:
                    while True:
                        block = f.read(BLOCK)
                        if not block:
                            break
                        _check_cancel(cancel)
                        h.update(block)
                        view = memoryview(block)
                        while view:
                            view = view[os.write(fd, view):]
                        counted(len(block))
                os.fsync(fd)
            finally:
                os.close(fd)
            commit_temp(temp, self.base / rel)
        except OSError as exc:
            unlink_quietly(temp)
            raise storage_error(exc) from exc
        except BaseException:
            unlink_quietly(temp)
            raise
        return h.hexdigest()

    def _read_back(self, rel: str) -> str | None:
        """SHA-256 of the file as the disk gives it back (its cached pages dropped first, where the
        system allows, so that this is a read of the medium and not of memory)."""
        path = self.base / rel
        h = hashlib.sha256()
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
        try:
            if hasattr(os, "posix_fadvise"):
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                except OSError:
                    pass
            while True:
                block = os.read(fd, BLOCK)
                if not block:
                    break
                h.update(block)
        finally:
            os.close(fd)
        return h.hexdigest()

    def put_files(self, src_root: Path, rels: list[str], *, cancel=None,
                  counted: Callable[[int], None] = lambda n: None, in_order: bool = False) -> None:
        written = []
        for rel in rels:
            _check_cancel(cancel)
            written.append((rel, self._copy_one(src_root / rel, rel, cancel, counted)))
        for rel, digest in written:
            if self._read_back(rel) != digest:
                raise BackupFailed("backup.err.read_back", name=rel)

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
        if self._read_back(rel) != hashlib.sha256(data).hexdigest():
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
        for rel in sorted(self.list()):
            if rel == MARKER:
                continue
            _check_cancel(cancel)
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with open(self.base / rel, "rb") as src, open(target, "xb") as out:
                while True:
                    block = src.read(BLOCK)
                    if not block:
                        break
                    out.write(block)
                    counted(len(block))
                out.flush()
                os.fsync(out.fileno())

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

    def list(self) -> dict[str, int]:
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
                  counted: Callable[[int], None] = lambda n: None, in_order: bool = False) -> None:
        if not rels:
            return
        listing = self._files_from(rels)
        try:
            extra = ["--transfers", "1", "--order-by", "name,ascending"] if in_order else []
            # rclone checks each upload's size (and hash where the remote keeps one) itself
            self._run(["copy", str(src_root), self.base, "--files-from", listing, "--no-traverse",
                       *extra], cancel=cancel)
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
        self._run(["moveto", self._path(temp), self._path(rel)])
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
        self._run(["copy", self.base, str(scratch), "--exclude", f"/{TMP}/**"], cancel=cancel)
        return scratch


def open_target(text: str, bid: str | None = None):
    kind, where = parse_target(text)
    return (FolderTarget if kind == "folder" else RcloneTarget)(where, bid)
