"""Content objects: every stored file, encrypted in fixed-size chunks, named by a keyed hash.

File layout (see docs/vault-format.md):
    header  = b"EKO1" || version (1 byte) || 3 zero bytes || salt (32 random bytes)     40 bytes
    chunk i = AES-256-GCM(object key, nonce = i (11 bytes BE) || last flag, plaintext_i, aad_i)
    aad_i   = header || kind (1 byte) [|| name (32 bytes), on the last chunk only]
The plaintext stream is u64-BE content length || content || zero padding, padded (Padmé) so
that the file size reveals little about the content's size. Chunks hold 1 MiB of plaintext.
The name is HMAC-SHA256(name key, b"ek-object-name/v1" || kind || SHA-256(content)), so the same
content is stored once and a name reveals nothing of it. Manifests and the custody log refer to
objects by this name.

The file name on disk is the name itself, except in a vault whose keys were changed (`rekey`):
there it is HMAC-SHA256(location key, name), so that whoever knew the old keys cannot tell from
the file names which content the vault holds. The last chunk binds the file name.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import BadInput, ObjectDamaged, storage_error
from . import _crypto
from .fsutil import commit_temp, new_temp, unlink_quietly

MAGIC = b"EKO1"
OBJECT_VERSION = 1
SALT_LEN = 32
HEADER_LEN = len(MAGIC) + 4 + SALT_LEN
CHUNK = 1 << 20
TAG = _crypto.TAG_LEN
LEN_PREFIX = 8
MIN_PADDED = 512

KIND_ARTIFACT = 1
KIND_MANIFEST = 2


def padme(length: int) -> int:
    """Padmé padding (Nikitin et al., PETS 2019): at most ~12% overhead, leaks O(log log L) bits."""
    if length < 2:
        return length
    e = length.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (length + mask) & ~mask


def padded_length(content_length: int) -> int:
    return max(MIN_PADDED, padme(LEN_PREFIX + content_length))


@dataclass(frozen=True)
class ObjectRef:
    name: str       # 64 lowercase hex: the file name under objects/
    sha256: str     # SHA-256 of the content, lowercase hex
    size: int       # content length in bytes
    created: bool   # False when identical content was already stored


class _Sink:
    """Writes ciphertext at given offsets of the temp file. For an object of more than one chunk
    the writes (and a flush to disk every 32 MiB) run on a thread of their own, so the disk works
    while the next chunks are hashed and encrypted, and the final fsync has little left to do.
    An error on that thread is raised in the caller at its next call."""

    FLUSH_EVERY = 32 << 20
    DEPTH = 8                      # chunks in flight: at most ~8 MiB held in memory

    def __init__(self, fd: int, *, drop_cache: bool = False):
        """`drop_cache`: after each flush, let the system forget the file's pages (a scratch file
        read once, later: it need not push everything else out of memory on the way)."""
        self._fd = fd
        self._drop = drop_cache and hasattr(os, "posix_fadvise")
        self._queue: "queue.Queue | None" = None
        self._thread: "threading.Thread | None" = None
        self._error: BaseException | None = None
        self._unsynced = 0

    def _pwrite(self, offset: int, data) -> None:
        view = memoryview(data)
        while view:
            n = os.pwrite(self._fd, view, offset)
            view, offset = view[n:], offset + n

    def put(self, offset: int, data, *, background: bool = False) -> None:
        if self._error is not None:
            raise self._error
        if background and self._thread is None:
            self._queue = queue.Queue(self.DEPTH)
            self._thread = threading.Thread(target=self._run, name="object-writer", daemon=True)
            self._thread.start()
        if self._queue is None:
            self._pwrite(offset, data)
        else:
            self._queue.put((offset, data))

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if self._error is not None:
                continue                 # drain: the caller sees the error and stops
            try:
                self._pwrite(*job)
                self._unsynced += len(job[1])
                if self._unsynced >= self.FLUSH_EVERY:
                    os.fdatasync(self._fd) if hasattr(os, "fdatasync") else os.fsync(self._fd)
                    self._unsynced = 0
                    if self._drop:
                        os.posix_fadvise(self._fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except BaseException as exc:   # noqa: BLE001 - handed to the caller
                self._error = exc

    def finish(self) -> None:
        """Wait for every write; raise the first error."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
            self._queue = None
        if self._error is not None:
            raise self._error

    def cancel(self) -> None:
        if self._thread is not None:
            self._error = self._error or OSError("cancelled")
            try:
                while True:
                    self._queue.get_nowait()
            except queue.Empty:
                pass
            self._queue.put(None)
            self._thread.join()
            self._thread = None


class ObjectWriter:
    """Streams content into a new object; `close()` names and commits it, `abort()` drops it."""

    def __init__(self, store: "ObjectStore", kind: int):
        self._store = store
        self._kind = kind
        self._salt = _crypto.random_bytes(SALT_LEN)
        self._header = MAGIC + bytes([OBJECT_VERSION, 0, 0, 0]) + self._salt
        self._cipher = _crypto.ChunkCipher(store._object_key, self._salt)
        self._aad = self._header + bytes([kind])
        self._hash = hashlib.sha256()
        self._length = 0
        self._first = bytearray()      # content for chunk 0 (written last, at offset HEADER_LEN)
        self._buf = bytearray()        # plaintext of chunks 1..n not yet written
        self._next_index = 1
        self._done = False
        self._sink: _Sink | None = None
        try:
            self._temp, self._fd = new_temp(store.tmp_dir, "o")
            self._sink = _Sink(self._fd)
            self._sink.put(0, self._header)
        except OSError as exc:
            raise storage_error(exc) from exc

    @staticmethod
    def _offset(index: int) -> int:
        return HEADER_LEN + index * (CHUNK + TAG)

    def write(self, data) -> None:
        if self._done:
            raise ValueError("object already closed")
        if not data:
            return
        try:
            self._hash.update(data)
            self._length += len(data)
            room = CHUNK - LEN_PREFIX - len(self._first)
            if room > 0:
                self._first += data[:room]
                data = data[room:]
                if not data:
                    return
            self._buf += data
            while len(self._buf) > CHUNK:
                self._emit(bytes(self._buf[:CHUNK]), last=False)
                del self._buf[:CHUNK]
        except OSError as exc:
            self.abort()
            raise storage_error(exc) from exc

    def sha256(self) -> str:
        """SHA-256 (lowercase hex) of the content written so far."""
        return self._hash.hexdigest()

    def _emit(self, plaintext: bytes, *, last: bool, name_raw: bytes = b"") -> None:
        aad = self._aad + name_raw if last else self._aad
        self._sink.put(self._offset(self._next_index),
                       self._cipher.encrypt(self._next_index, last, plaintext, aad), background=True)
        self._next_index += 1

    def close(self, *, durable: bool = True) -> ObjectRef:
        if self._done:
            raise ValueError("object already closed")
        sha = self._hash.digest()
        name = self._store.name_for(self._kind, sha).hex()
        name_raw = bytes.fromhex(self._store.disk_name(name))   # bound by the last chunk
        total = padded_length(self._length)
        try:
            first_plain = self._length.to_bytes(LEN_PREFIX, "big") + bytes(self._first)
            if total <= CHUNK:
                # one chunk only: it is chunk 0 and the last
                first_plain += bytes(total - len(first_plain))
                self._sink.put(HEADER_LEN, self._cipher.encrypt(0, True, first_plain, self._aad + name_raw))
            else:
                first_plain += bytes(CHUNK - len(first_plain))
                # plaintext still to write after chunk 0 and the chunks already emitted
                remaining = total - CHUNK - (self._next_index - 1) * CHUNK
                pending = self._buf
                pad_left = remaining - len(pending)
                while len(pending) + pad_left > CHUNK:
                    take = min(max(CHUNK - len(pending), 0), pad_left)
                    pending += bytes(take)
                    pad_left -= take
                    self._emit(bytes(pending[:CHUNK]), last=False)
                    del pending[:CHUNK]
                pending += bytes(pad_left)
                self._emit(bytes(pending), last=True, name_raw=name_raw)
                self._sink.put(HEADER_LEN, self._cipher.encrypt(0, False, first_plain, self._aad),
                               background=True)
            self._sink.finish()
            if durable:
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = -1
            target = self._store.path_for(name)
            created = not target.exists()
            if created or not self._store.intact(name, self._kind):
                # new, or the stored copy no longer reads back: this good copy takes its place
                commit_temp(self._temp, target, durable=durable)
            else:
                unlink_quietly(self._temp)
        except OSError as exc:
            self.abort()
            raise storage_error(exc) from exc
        finally:
            self._done = True
        return ObjectRef(name=name, sha256=sha.hex(), size=self._length, created=created)

    def abort(self) -> None:
        self._done = True
        if self._sink is not None:
            self._sink.cancel()
        if self._fd >= 0:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = -1
        unlink_quietly(self._temp)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and not self._done:
            self.abort()


_HEX = frozenset("0123456789abcdef")


def _check_name(name: str) -> None:
    if len(name) != 64 or any(c not in _HEX for c in name):
        raise ObjectDamaged("error.object_name", name=name[:16])


class ObjectStore:
    def __init__(self, root: Path, tmp_dir: Path, object_key: bytes, name_key: bytes, *,
                 location_key: bytes | None = None):
        self.root = root
        self.tmp_dir = tmp_dir
        self._object_key = object_key
        self._name_key = name_key
        self._location_key = location_key

    # -- names ----------------------------------------------------------------------------------
    def name_for(self, kind: int, sha256_raw: bytes) -> bytes:
        return _crypto.hmac_sha256(self._name_key, b"ek-object-name/v1" + bytes([kind]) + sha256_raw)

    def disk_name(self, name: str) -> str:
        """The file name under objects/ of the object the log and manifests call `name`."""
        _check_name(name)
        if self._location_key is None:
            return name
        return _crypto.hmac_sha256(self._location_key, bytes.fromhex(name)).hex()

    def _disk_path(self, disk: str) -> Path:
        _check_name(disk)
        return self.root / disk[:2] / disk

    def path_for(self, name: str) -> Path:
        return self._disk_path(self.disk_name(name))

    def exists(self, name: str) -> bool:
        return self.path_for(name).is_file()

    def all_names(self) -> Iterator[str]:
        """The file names on disk (the same as the object names unless the keys were changed).
        Only names an object can have: anything else is a stray (`strays`)."""
        for name, ok in self._listing():
            if ok:
                yield name

    def strays(self) -> list[str]:
        """Paths under objects/ (relative to it) that cannot be objects: left as they are."""
        return [name for name, ok in self._listing() if not ok]

    def _listing(self) -> Iterator[tuple[str, bool]]:
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2 and all(c in _HEX for c in sub.name):
                for f in sorted(sub.iterdir()):
                    ok = (f.is_file() and len(f.name) == 64 and f.name.startswith(sub.name)
                          and all(c in _HEX for c in f.name))
                    yield (f.name if ok else f"{sub.name}/{f.name}"), ok
            else:
                yield sub.name, False

    def delete(self, name: str) -> None:
        unlink_quietly(self.path_for(name))

    def delete_file(self, disk: str) -> None:
        unlink_quietly(self._disk_path(disk))

    def intact(self, name: str, kind: int) -> bool:
        """True when the stored object reads back whole and matches its name."""
        try:
            for _ in self.iter_content(name, kind):
                pass
            return True
        except ObjectDamaged:
            return False

    # -- writing --------------------------------------------------------------------------------
    def writer(self, kind: int) -> ObjectWriter:
        return ObjectWriter(self, kind)

    def put_bytes(self, data: bytes, kind: int, *, durable: bool = True) -> ObjectRef:
        w = self.writer(kind)
        try:
            w.write(data)
        except BaseException:
            w.abort()
            raise
        return w.close(durable=durable)

    def put_chunks(self, chunks, kind: int, *, durable: bool = True) -> ObjectRef:
        """An object of the bytes `chunks` gives, piece by piece (never joined in memory)."""
        w = self.writer(kind)
        try:
            for data in chunks:
                w.write(data)
        except BaseException:
            w.abort()
            raise
        return w.close(durable=durable)

    def put_stream(self, stream: BinaryIO, kind: int, *, expected_size: int | None = None,
                   durable: bool = True) -> ObjectRef:
        w = self.writer(kind)
        try:
            buf = bytearray(CHUNK)
            view = memoryview(buf)
            while True:
                n = stream.readinto(view)
                if not n:
                    break
                w.write(view[:n])
        except OSError as exc:
            w.abort()
            if getattr(exc, "filename", None) is None and exc.errno is not None:
                raise storage_error(exc) from exc
            raise BadInput("error.cannot_read_file", path=str(getattr(stream, "name", "?"))) from exc
        except BaseException:
            w.abort()
            raise
        if expected_size is not None and w._length != expected_size:
            w.abort()
            raise BadInput("error.file_changed", path=str(getattr(stream, "name", "?")))
        return w.close(durable=durable)

    # -- reading --------------------------------------------------------------------------------
    def iter_content(self, name: str, kind: int, *, expected_sha256: str | None = None) -> Iterator[bytes]:
        """Yield the content in pieces, authenticating every chunk; raise ObjectDamaged on any change."""
        return self._iter(self.disk_name(name), kind, name, expected_sha256)

    def read_file(self, disk: str, kind: int) -> bytes:
        """The content of the file `disk` under objects/, whatever its object name (for objects no
        manifest names, which `verify` and `gc` must still look into)."""
        return b"".join(self._iter(disk, kind, None, None))

    def _iter(self, disk: str, kind: int, name: str | None, expected_sha256: str | None,
              digest_out: list[bytes] | None = None) -> Iterator[bytes]:
        """The content of `disk`, authenticated chunk by chunk; at the end, its SHA-256 checked
        against its name (and `expected_sha256`) and, when asked, appended to `digest_out`."""
        path = self._disk_path(disk)
        shown = (name or disk)[:16]
        try:
            f = open(path, "rb")
        except FileNotFoundError:
            raise ObjectDamaged("error.object_missing", name=shown) from None
        except OSError as exc:
            raise ObjectDamaged("error.object_unreadable", name=shown) from exc
        with f:
            header = f.read(HEADER_LEN)
            if len(header) != HEADER_LEN or header[:4] != MAGIC or header[4] != OBJECT_VERSION:
                raise ObjectDamaged("error.object_changed", name=shown)
            cipher = _crypto.ChunkCipher(self._object_key, header[8:])
            aad = header + bytes([kind])
            name_raw = bytes.fromhex(disk)
            h = hashlib.sha256()
            index = 0
            remaining = None  # content bytes still to yield
            content_len = 0
            total_plain = 0
            block = f.read(CHUNK + TAG)
            while True:
                nxt = f.read(CHUNK + TAG) if len(block) == CHUNK + TAG else b""
                last = not nxt
                try:
                    plain = cipher.decrypt(index, last, block, aad + name_raw if last else aad)
                except _crypto.DecryptError:
                    raise ObjectDamaged("error.object_changed", name=shown) from None
                total_plain += len(plain)
                if index == 0:
                    if len(plain) < LEN_PREFIX:
                        raise ObjectDamaged("error.object_changed", name=shown)
                    remaining = content_len = int.from_bytes(plain[:LEN_PREFIX], "big")
                    plain = plain[LEN_PREFIX:]
                piece = plain[:remaining]
                if piece:
                    h.update(piece)
                    remaining -= len(piece)
                    yield piece
                if last:
                    break
                index += 1
                block = nxt
            if remaining is None or remaining or total_plain != padded_length(content_len):
                raise ObjectDamaged("error.object_changed", name=shown)
        digest = h.digest()
        own = self.name_for(kind, digest).hex()
        if ((name is not None and not _crypto.constant_time_equal(own.encode(), name.encode()))
                or not _crypto.constant_time_equal(self.disk_name(own).encode(), disk.encode())):
            raise ObjectDamaged("error.object_changed", name=shown)
        if expected_sha256 is not None and digest.hex() != expected_sha256:
            raise ObjectDamaged("error.object_changed", name=shown)
        if digest_out is not None:
            digest_out.append(digest)

    def read_bytes(self, name: str, kind: int, *, expected_sha256: str | None = None) -> bytes:
        return b"".join(self.iter_content(name, kind, expected_sha256=expected_sha256))

    def check(self, name: str, kind: int, expected_sha256: str | None = None) -> tuple[str, int]:
        """Read an object through, returning (sha256 hex, size); raises ObjectDamaged. The SHA-256
        is the one the reading computes to check the object against its name: hashing the
        content a second time here took a third of `verify`'s time."""
        digest: list[bytes] = []
        size = 0
        for piece in self._iter(self.disk_name(name), kind, name, expected_sha256, digest):
            size += len(piece)
        return digest[0].hex(), size
