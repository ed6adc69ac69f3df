"""A scratch space for a large plaintext that must be read back at random places but must never
reach the disk in the clear: a received share's bundle, which a ZIP reader opens from its end.

The bytes are cut in blocks of `BLOCK` bytes, each sealed with AES-256-GCM (`_crypto.RecordBox`)
under a key made for this spool alone and held only in memory, with the block's number as its
associated data; the sealed blocks go to an unnamed temporary file in the vault's own tmp/
folder (deleted by the system when closed, even after a crash on Linux; elsewhere a leftover
holds only ciphertext under a forgotten key). Reading opens the blocks asked for, keeping the last
few in memory. Memory: a few blocks, whatever the size of what is spooled.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections import OrderedDict
from pathlib import Path

from . import _crypto

BLOCK = 1 << 20
_TAG_AND_NONCE = 12 + 16
_KEEP = 4


class EncryptedSpool(io.RawIOBase):
    """Write everything once (`write`), then `finish()`, then read and seek at will."""

    def __init__(self, folder: Path):
        super().__init__()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._f = tempfile.TemporaryFile(dir=folder)
        self._box = _crypto.RecordBox(_crypto.random_bytes(32))
        self._pending = bytearray()
        self._blocks = 0
        self._size = 0
        self._finished = False
        self._pos = 0
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self.failed: BaseException | None = None      # a write that failed (a full disk)

    # ------------------------------------------------------------------ writing
    def write(self, data) -> int:
        if self._finished:
            raise ValueError("the spool is finished")
        try:
            self._pending += data
            while len(self._pending) >= BLOCK:
                self._put(bytes(self._pending[:BLOCK]))
                del self._pending[:BLOCK]
        except OSError as exc:
            self.failed = exc
            raise
        return len(data)

    def _put(self, block: bytes) -> None:
        self._f.seek(self._blocks * (BLOCK + _TAG_AND_NONCE))
        self._f.write(self._box.seal(block, self._blocks.to_bytes(8, "big")))
        self._blocks += 1
        self._size += len(block)

    def finish(self) -> None:
        if not self._finished:
            if self._pending:
                self._put(bytes(self._pending))
                self._pending = bytearray()
            self._f.flush()
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

    def _block(self, n: int) -> bytes:
        hit = self._cache.get(n)
        if hit is not None:
            self._cache.move_to_end(n)
            return hit
        self._f.seek(n * (BLOCK + _TAG_AND_NONCE))
        sealed = self._f.read(BLOCK + _TAG_AND_NONCE)
        try:
            data = self._box.open(sealed, n.to_bytes(8, "big"))
        except _crypto.DecryptError as exc:   # the scratch file changed under us
            raise OSError("the scratch copy changed while it was read") from exc
        self._cache[n] = data
        if len(self._cache) > _KEEP:
            self._cache.popitem(last=False)
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
            view[done:done + k] = block[off:off + k]
            done += k
            self._pos += k
        return done

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = max(0, self._size - self._pos)
        buf = bytearray(min(size, max(0, self._size - self._pos)))
        n = self.readinto(buf)
        return bytes(buf[:n])

    def close(self) -> None:
        try:
            self._f.close()
        finally:
            self._cache.clear()
            super().close()

    def __repr__(self) -> str:
        return "<encrypted scratch copy>"
