"""A bundle's entries told apart as its ZIP streams out of the decryption, so that a received
share's exhibits are sealed as the file is decrypted instead of read again from the scratch copy.

`ZipStreamReader` is the file the decryption writes into. Its bytes go on, in order, to `out`
(the encrypted scratch copy: the check still reads the ZIP's directory, manifest and signature
there). On the way, each entry is recognised by its local header, and the content of an entry
that `wanted(name)` gives a sink for is written into that sink (inflated if it was deflated);
with `skip_taken`, the data of such an entry larger than `KEEP_UNDER` is not copied into `out`
as well but skipped there (`out.skip(n)`: a hole that reads as zeros); `Entry.skipped` says so,
and the caller must not need that entry from `out`. A ZIP written to a stream, as `share` writes one, gives its sizes
only after each entry (a data descriptor): a stored entry ends where its size given before it in
our own extra field says (write.SIZE_FIELD_ID) and the descriptor agrees, or else where a
descriptor whose sizes equal the bytes seen so far begins; a deflated one where its deflate
stream ends.

What is read here is not trusted: `verify_bundle` takes an entry as read only when the ZIP's
central directory puts that very entry at the same place with the same size (`entries`), and the
entry's SHA-256 is checked against the signed SHA256SUMS as any other. Anything unexpected (a ZIP
made another way, a damaged file) makes the reader stop looking: every byte still reaches `out`,
and the check reads the entries from there; when entries were skipped, only a new pass that
keeps everything can (`complete` says whether this one followed the ZIP to its end).
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from .write import SIZE_FIELD_ID

_LOCAL = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_DIRECTORY = (b"PK\x01\x02", b"PK\x06\x06", b"PK\x05\x06")
_HEADER = struct.Struct("<4sHHHHHLLLHH")
_STORED, _DEFLATED = 0, 8
_ENCRYPTED, _SIZES_AFTER, _UTF8 = 0x01, 0x08, 0x800
_UNKNOWN = 0xFFFFFFFF
KEEP_UNDER = 1 << 20       # an entry smaller than this is kept in `out` even when taken


class _Stop(Exception):
    """Not a ZIP this reader follows: stop looking, keep passing the bytes on."""


@dataclass
class Entry:
    """One entry read whole: where its local header starts, how it is stored, its compressed
    size, and the SHA-256 of its content (as its sink computed it)."""
    name: str
    offset: int
    method: int
    compressed: int
    sha256: str
    sink: object
    skipped: bool = False


class _Current:
    def __init__(self, name, offset, method, sink, *, left, after, zip64):
        self.name, self.offset, self.method, self.sink = name, offset, method, sink
        self.left = left                  # compressed bytes still to come; None: told after it
        self.after = after                # a data descriptor follows the data
        self.zip64 = zip64
        self.count = 0                    # compressed bytes seen
        self.size = 0                     # content bytes seen
        self.inflater = zlib.decompressobj(-15) if method == _DEFLATED else None
        self.held = bytearray()           # its first bytes, kept back until it is known to be large
        self.skipping = False


class ZipStreamReader(io.RawIOBase):
    def __init__(self, out, wanted, *, skip_taken: bool = False):
        super().__init__()
        self._out = out
        self._wanted = wanted
        self._skip = skip_taken
        self._buf = bytearray()           # bytes received and not yet taken apart
        self._at = 0                      # offset in the ZIP of self._buf[0]
        self._cur: _Current | None = None
        self._after = False               # the current entry's data descriptor comes next
        self.entries: dict[str, Entry] = {}
        self.stopped = False              # not looking any more (the end reached, or not followed)
        self.complete = False             # every entry was followed up to the central directory

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.stopped:
            return self._out.write(data)
        self._buf += data
        try:
            self._parse()
        except _Stop:
            self._give_up()
        return len(data)

    def finish(self) -> None:
        """The decryption ended: what is left goes on to `out`; an entry cut off is dropped."""
        self._give_up()

    def _give_up(self) -> None:
        self.stopped = True
        if self._cur is not None and self._cur.held:
            self._out.write(self._cur.held)
        if self._buf:
            self._out.write(self._buf)
        self._buf = bytearray()
        cur, self._cur = self._cur, None
        if cur is not None and cur.sink is not None:
            cur.sink.abort()

    # ------------------------------------------------------------------------------ parsing
    def _take(self, k: int, *, data_of=None) -> None:
        """The next `k` bytes are parsed: on to `out` (skipped there when they are the data of an
        entry taken into its sink, with `skip_taken`)."""
        cur = data_of
        if k:
            if cur is not None and cur.sink is not None and self._skip:
                if cur.skipping:
                    self._out.skip(k)
                else:
                    cur.held += memoryview(self._buf)[:k]
                    if len(cur.held) >= KEEP_UNDER:
                        self._out.skip(len(cur.held))
                        cur.held, cur.skipping = bytearray(), True
            else:
                with memoryview(self._buf) as view, view[:k] as piece:
                    self._out.write(piece)
        del self._buf[:k]
        self._at += k

    def _content(self, k: int, *, may_end: bool = False) -> None:
        """The next `k` bytes of the buffer are the current entry's data, inflated into its sink if
        it was deflated. With `may_end`, its deflate stream may end inside them: only the bytes up
        to its end are taken."""
        cur = self._cur
        with memoryview(self._buf) as view, view[:k] as piece:
            if cur.inflater is not None:
                try:
                    out = cur.inflater.decompress(piece)
                except zlib.error:
                    raise _Stop() from None
            else:
                out = piece
            if cur.sink is not None and len(out):
                cur.sink.write(out)
            cur.size += len(out)
        after_end = len(cur.inflater.unused_data) if cur.inflater is not None else 0
        if after_end and not may_end:
            raise _Stop()
        cur.count += k - after_end
        self._take(k - after_end, data_of=cur)

    def _parse(self) -> None:
        while self._buf:
            if self._cur is None:
                if not self._header():
                    return
            elif self._after:
                if not self._descriptor():
                    return
            elif not self._data():
                return

    def _header(self) -> bool:
        buf = self._buf
        if len(buf) < 4:
            return False
        if bytes(buf[:4]) in _DIRECTORY:        # the central directory: every entry was seen
            self.complete = True
            self._give_up()
            return False
        if len(buf) < _HEADER.size:
            return False
        sig, _version, flags, method, _t, _d, _crc, csize, usize, nlen, xlen = _HEADER.unpack_from(buf)
        if sig != _LOCAL or flags & _ENCRYPTED or method not in (_STORED, _DEFLATED):
            raise _Stop()
        if len(buf) < _HEADER.size + nlen + xlen:
            return False
        raw = bytes(buf[_HEADER.size:_HEADER.size + nlen])
        name = raw.decode("utf-8" if flags & _UTF8 else "cp437", "replace")
        extra = bytes(buf[_HEADER.size + nlen:_HEADER.size + nlen + xlen])
        zip64 = _zip64_sizes(extra)
        after = bool(flags & _SIZES_AFTER)
        left = None
        if after and method == _STORED:
            left = _our_size(extra)            # checked by the descriptor, then the directory
        elif not after:
            if csize == _UNKNOWN or usize == _UNKNOWN:
                if zip64 is None or zip64[1] is None:
                    raise _Stop()
                csize = zip64[1]
            left = csize
        sink = None if name in self.entries else self._wanted(name)
        self._cur = _Current(name, self._at, method, sink, left=left, after=after, zip64=zip64 is not None)
        self._take(_HEADER.size + nlen + xlen)
        return True

    def _data(self) -> bool:
        cur, buf = self._cur, self._buf
        if cur.left is not None:                          # its size was given before it
            k = min(cur.left, len(buf))
            self._content(k)
            cur.left -= k
            if cur.left:
                return False
            if cur.inflater is not None and not cur.inflater.eof:
                raise _Stop()
            return self._ended()
        if cur.inflater is not None:                      # deflated: ends where its stream ends
            self._content(len(buf), may_end=True)
            return self._ended() if cur.inflater.eof else False
        # stored, sizes after it: it ends where a descriptor giving exactly its size begins
        width = 24 if cur.zip64 else 16
        start = 0
        while True:
            i = buf.find(_DESCRIPTOR, start)
            if i < 0:
                self._content(max(0, len(buf) - (len(_DESCRIPTOR) - 1)))
                return False
            if len(buf) - i < width:
                self._content(i)                          # decided once more bytes come
                return False
            if self._sizes_at(i, cur.zip64) == (cur.count + i, cur.count + i):
                self._content(i)
                return self._ended()
            start = i + 1

    def _sizes_at(self, i: int, zip64: bool) -> tuple[int, int]:
        return struct.unpack_from("<QQ" if zip64 else "<LL", self._buf, i + 8)

    def _ended(self) -> bool:
        cur = self._cur
        if cur.held:                      # a small entry: kept in `out` after all
            self._out.write(cur.held)
            cur.held = bytearray()
        if cur.after:
            self._after = True
            return True
        self._close_entry()
        return True

    def _descriptor(self) -> bool:
        cur, buf = self._cur, self._buf
        signed = bytes(buf[:4]) == _DESCRIPTOR
        width = (24 if cur.zip64 else 16) - (0 if signed else 4)
        if len(buf) < width:
            return False
        csize, usize = struct.unpack_from("<QQ" if cur.zip64 else "<LL", buf, 8 if signed else 4)
        if csize != cur.count or usize != cur.size:
            raise _Stop()
        self._take(width)
        self._after = False
        self._close_entry()
        return True

    def _close_entry(self) -> None:
        cur, self._cur = self._cur, None
        if cur.sink is not None:
            self.entries[cur.name] = Entry(cur.name, cur.offset, cur.method, cur.count, cur.sink.sha256(),
                                           cur.sink, cur.skipping)
            cur.sink.close()


def _our_size(extra: bytes) -> int | None:
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        if kind == SIZE_FIELD_ID and size == 8 and at + 12 <= len(extra):
            return struct.unpack_from("<Q", extra, at + 4)[0]
        at += 4 + size
    return None


def _zip64_sizes(extra: bytes) -> tuple[int | None, int | None] | None:
    """(size, compressed size) from a ZIP64 extra field, None where a field is absent; None when
    there is no such field."""
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        body = extra[at + 4:at + 4 + size]
        if kind == 0x0001:
            values = [struct.unpack_from("<Q", body, k)[0] for k in range(0, len(body) - 7, 8)]
            return (values[0] if values else None, values[1] if len(values) > 1 else None)
        at += 4 + size
    return None
