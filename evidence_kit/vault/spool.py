"""A scratch space for a large plaintext that must be read back at random places but must never
reach the disk in the clear: a received share's bundle, which a ZIP reader opens from its end.

The bytes are cut in blocks of `BLOCK` bytes, each sealed with AES-256-GCM (`_crypto.RecordBox`)
under a key made for this spool alone and held only in memory, with the block's number as its
associated data; the sealed blocks go to an unnamed temporary file in the vault's own tmp/
folder (deleted by the system when closed, even after a crash on Linux; elsewhere a leftover
holds only ciphertext under a forgotten key). They are written on a thread while the next ones
are made, flushed to the disk every few MiB and then dropped from memory, as are blocks once read:
a scratch copy of a large case neither fills the memory with pages read once nor waits, at the
end, for the system to write them all. Reading opens the blocks asked for, keeping the last
few in memory, and opens the next block on a thread while the caller works on this one (a large
file in a received share is read straight through). Memory: a few blocks, whatever the size of
what is spooled.
"""

from __future__ import annotations

import io
import os
import tempfile
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from . import _crypto
from .objects import _Sink

BLOCK = 1 << 20
_TAG_AND_NONCE = 12 + 16
_KEEP = 4
_ZEROS = memoryview(bytes(BLOCK))


class EncryptedSpool(io.RawIOBase):
    """Write everything once (`write`), then `finish()`, then read and seek at will."""

    def __init__(self, folder: Path):
        super().__init__()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._f = tempfile.TemporaryFile(dir=folder, buffering=0)
        self._fd = self._f.fileno()
        self._sink = _Sink(self._fd, drop_cache=True)
        self._box = _crypto.RecordBox(_crypto.random_bytes(32))
        self._buf = bytearray(BLOCK)             # the block being filled (sealed into new bytes)
        self._holes: set[int] = set()            # blocks skipped whole: zeros, never written
        self._only_skipped = True                # the block being filled holds only skipped bytes
        self._fill = 0
        self._blocks = 0
        self._size = 0
        self._finished = False
        self._pos = 0
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._local = threading.local()
        self._ahead: dict[int, Future] = {}      # the next block, being opened on a thread
        self._pool: ThreadPoolExecutor | None = None
        self.failed: BaseException | None = None      # a write that failed (a full disk)

    # ------------------------------------------------------------------ writing
    def write(self, data) -> int:
        if self._finished:
            raise ValueError("the spool is finished")
        view = memoryview(data).cast("B")
        size = len(view)
        try:
            while view:
                if self._only_skipped:
                    self._buf[:self._fill] = _ZEROS[:self._fill]    # the zeros skipped so far
                    self._only_skipped = False
                k = min(BLOCK - self._fill, len(view))
                self._buf[self._fill:self._fill + k] = view[:k]
                self._fill += k
                view = view[k:]
                if self._fill == BLOCK:
                    self._block_done()
        except OSError as exc:
            self.failed = exc
            raise
        return size

    def skip(self, n: int) -> None:
        """`n` bytes that are not kept: they read back as zeros (a received share's exhibit files,
        sealed into the vault as they came). A block of nothing else is never written."""
        if self._finished:
            raise ValueError("the spool is finished")
        try:
            while n > 0:
                k = min(BLOCK - self._fill, n)
                if not self._only_skipped:
                    self._buf[self._fill:self._fill + k] = _ZEROS[:k]
                self._fill += k
                n -= k
                if self._fill == BLOCK:
                    self._block_done()
        except OSError as exc:
            self.failed = exc
            raise

    def _block_done(self) -> None:
        if self._only_skipped:
            self._holes.add(self._blocks)
            self._blocks += 1
            self._size += BLOCK
        else:
            self._put(self._buf)
        self._fill = 0
        self._only_skipped = True        # until something is written into the next block

    def _put(self, block) -> None:
        at = self._blocks * (BLOCK + _TAG_AND_NONCE)
        nonce, sealed = self._box.seal_parts(block, self._blocks.to_bytes(8, "big"))
        self._sink.put(at, nonce, background=True)
        self._sink.put(at + len(nonce), sealed, background=True)
        self._blocks += 1
        self._size += len(block)

    def finish(self) -> None:
        if not self._finished:
            try:
                if self._fill:
                    if self._only_skipped:
                        self._buf[:self._fill] = _ZEROS[:self._fill]
                    self._put(self._buf[:self._fill])
                    self._fill = 0
                self._sink.finish()
            except OSError as exc:
                self.failed = exc
                raise
            self._finished = True

    @property
    def size(self) -> int:
        return self._size

    # ------------------------------------------------------------------ reading
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def writable(self) -> bool:
        return not self._finished

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._size}[whence]
        pos = base + offset
        if pos < 0:
            raise ValueError("negative seek position")
        self._pos = pos
        return pos

    def _load(self, n: int) -> bytes:
        if n in self._holes:
            return bytes(BLOCK)
        at = n * (BLOCK + _TAG_AND_NONCE)
        if hasattr(os, "preadv"):            # into a buffer of this thread's, read again and again
            buf = getattr(self._local, "buf", None)
            if buf is None:
                buf = self._local.buf = bytearray(BLOCK + _TAG_AND_NONCE)
            sealed = memoryview(buf)[:os.preadv(self._fd, [buf], at)]
        else:
            sealed = os.pread(self._fd, BLOCK + _TAG_AND_NONCE, at)
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(self._fd, at, len(sealed), os.POSIX_FADV_DONTNEED)
        try:
            return self._box.open(sealed, n.to_bytes(8, "big"))
        except _crypto.DecryptError as exc:   # the scratch file changed under us
            raise OSError("the scratch copy changed while it was read") from exc

    def _block(self, n: int) -> bytes:
        hit = self._cache.get(n)
        if hit is not None:
            self._cache.move_to_end(n)
            return hit
        ahead = self._ahead.pop(n, None)
        data = ahead.result() if ahead is not None else self._load(n)
        self._cache[n] = data
        if len(self._cache) > _KEEP:
            self._cache.popitem(last=False)
        following = n + 1
        if following < self._blocks and following not in self._cache and following not in self._ahead:
            for old in [k for k in self._ahead if k < n]:      # read elsewhere meanwhile: not needed
                self._ahead.pop(old).cancel()
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="spool-read-ahead")
            self._ahead[following] = self._pool.submit(self._load, following)
        return data

    def readinto(self, buf) -> int:
        if not self._finished:
            raise ValueError("the spool is not finished")
        want = len(buf)
        done = 0
        view = memoryview(buf).cast("B")
        while done < want and self._pos < self._size:
            n, off = divmod(self._pos, BLOCK)
            block = self._block(n)
            k = min(want - done, len(block) - off)
            view[done:done + k] = memoryview(block)[off:off + k]
            done += k
            self._pos += k
        return done

    def read(self, size: int = -1) -> bytes:
        if not self._finished:
            raise ValueError("the spool is not finished")
        left = max(0, self._size - self._pos)
        size = left if size is None or size < 0 else min(size, left)
        pieces = []
        while size > 0:            # slices of the opened blocks: one copy of the bytes, not three
            n, off = divmod(self._pos, BLOCK)
            block = self._block(n)
            piece = block[off:off + size]
            pieces.append(piece)
            self._pos += len(piece)
            size -= len(piece)
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def close(self) -> None:
        self._sink.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._ahead.clear()
        try:
            self._f.close()
        finally:
            self._cache.clear()
            super().close()

    def __repr__(self) -> str:
        return "<encrypted scratch copy>"
