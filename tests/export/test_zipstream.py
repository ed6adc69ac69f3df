"""Telling a bundle's ZIP entries apart as it streams out of the decryption (export/bundle/
zipstream.py): every entry of a ZIP written as `share` writes one (to a stream, sizes after the
data) or as a file (sizes before it) is read whole, at the place and size the central directory
gives; content made to look like the end of an entry cannot move that end unnoticed; a damaged
or foreign stream only makes the reader stop looking, and every byte still reaches the copy."""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import zipfile

import pytest

from export.bundle.verify import same_entry
from export.bundle.write import size_field
from export.bundle.zipstream import ZipStreamReader


class _Unseekable(io.RawIOBase):
    """Where `share` writes its bundle: into the encryption, a stream that cannot seek."""

    def __init__(self):
        super().__init__()
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.buf += b
        return len(b)


class _Sink:
    def __init__(self):
        self.h = hashlib.sha256()
        self.closed_ok = self.aborted = False

    def write(self, b):
        self.h.update(b)
        return len(b)

    def sha256(self):
        return self.h.hexdigest()

    def close(self):
        self.closed_ok = True

    def abort(self):
        self.aborted = True


def _contents(seed: int) -> dict[str, tuple[bytes, int, bool]]:
    rnd = random.Random(seed)
    video = bytearray(rnd.randbytes(3 * 1024 * 1024 + 17))
    # things that look like an entry's end inside its content: a descriptor signature, and one
    # followed by sizes that are not this entry's
    video[1000:1004] = b"PK\x07\x08"
    video[5000:5016] = b"PK\x07\x08" + struct.pack("<LLL", 0, 5000 - 1, 5000 - 1)
    video[-40:-36] = b"PK\x03\x04"
    return {
        "exhibits/EK-0001/video.mp4": (bytes(video), zipfile.ZIP_STORED, False),
        "exhibits/EK-0001/page.txt": ("Суроғаи хона, ҳар рӯз\n".encode() * 5000, zipfile.ZIP_DEFLATED, False),
        "exhibits/EK-0002/photo.jpg": (rnd.randbytes(70000), zipfile.ZIP_STORED, True),     # zip64
        "exhibits/EK-0002/empty.bin": (b"", zipfile.ZIP_STORED, False),
        "exhibits/EK-0002/capture.warc": (rnd.randbytes(200000) + b"x" * 300000, zipfile.ZIP_DEFLATED, True),
        "manifest.json": (b'{"format": "evidence-kit-bundle"}\n', zipfile.ZIP_DEFLATED, False),
    }


def _zip(contents, *, streamed: bool, sizes: dict | None = None) -> bytes:
    """The ZIP of `contents`; `sizes`: {name: size} put before a stored file's data in our own
    extra field, as `share` does (a wrong one, to see it refused)."""
    target = _Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(target, "w", allowZip64=True) as zf:
        for name, (data, method, zip64) in contents.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 1, 2, 3))
            info.compress_type = method
            if sizes and name in sizes:
                info.extra = size_field(sizes[name])
            with zf.open(info, "w", force_zip64=zip64) as w:
                for at in range(0, len(data), 65536):
                    w.write(data[at:at + 65536])
    return bytes(target.buf) if streamed else target.getvalue()


def _feed(blob: bytes, seed: int, wanted=lambda name: _Sink()):
    out = io.BytesIO()
    reader = ZipStreamReader(out, wanted)
    rnd = random.Random(seed)
    at = 0
    while at < len(blob):
        n = rnd.choice((1, 3, 17, 4096, 65536, 1 << 20))
        reader.write(memoryview(blob)[at:at + n])
        at += n
    reader.finish()
    assert out.getvalue() == blob              # every byte reaches the copy, whatever happens
    return reader


@pytest.mark.parametrize("kind", ["share", "stream, no size field", "file"])
@pytest.mark.parametrize("seed", [1, 2])
def test_every_entry_is_read_whole_where_the_directory_puts_it(kind, seed):
    contents = _contents(seed)
    sizes = {n: len(d) for n, (d, m, _) in contents.items() if m == zipfile.ZIP_STORED} if kind == "share" else None
    blob = _zip(contents, streamed=kind != "file", sizes=sizes)
    reader = _feed(blob, seed)
    assert reader.complete and set(reader.entries) == set(contents)
    zf = zipfile.ZipFile(io.BytesIO(blob))
    for name, (data, _method, _zip64) in contents.items():
        e = reader.entries[name]
        assert e.sha256 == hashlib.sha256(data).hexdigest()
        assert e.sink.closed_ok and not e.sink.aborted
        assert same_entry(zf, name, e)


def test_only_the_entries_asked_for_are_written():
    contents = _contents(3)
    blob = _zip(contents, streamed=True)
    sinks = {}

    def wanted(name):
        if name.endswith(".mp4"):
            sinks[name] = _Sink()
            return sinks[name]
        return None

    reader = _feed(blob, 4, wanted)
    assert set(reader.entries) == {"exhibits/EK-0001/video.mp4"} == set(sinks)


def test_a_forged_end_inside_an_entry_is_caught_by_the_directory():
    """A sender may put, inside a stored file, the bytes of a data descriptor giving that file's
    size so far: the reader then ends the entry there. The central directory disagrees (its
    size is the real one), so the check does not take the entry as read."""
    data = bytearray(os.urandom(20000))
    data[8000:8016] = b"PK\x07\x08" + struct.pack("<LLL", 0, 8000, 8000)
    blob = _zip({"exhibits/EK-0001/video.mp4": (bytes(data), zipfile.ZIP_STORED, False)}, streamed=True)
    reader = _feed(blob, 5)
    zf = zipfile.ZipFile(io.BytesIO(blob))
    e = reader.entries.get("exhibits/EK-0001/video.mp4")
    assert e is not None and e.compressed == 8000 and reader.stopped
    assert not same_entry(zf, "exhibits/EK-0001/video.mp4", e)


@pytest.mark.parametrize("damage", ["cut", "garbage", "encrypted flag", "not a zip"])
def test_a_damaged_or_foreign_stream_only_stops_the_reading(damage):
    blob = bytearray(_zip(_contents(6), streamed=True))
    if damage == "cut":
        blob = blob[:len(blob) // 2]
    elif damage == "garbage":
        blob[len(blob) // 3:len(blob) // 3 + 64] = os.urandom(64)
    elif damage == "encrypted flag":
        blob[6] |= 0x01
    else:
        blob = bytearray(b"%PDF-1.7\n" + os.urandom(5000))
    sinks = []

    def wanted(name):
        sinks.append(_Sink())
        return sinks[-1]

    reader = _feed(bytes(blob), 7, wanted)
    assert reader.stopped or damage == "garbage"
    assert not reader.complete or damage == "garbage"
    assert all(s.closed_ok != s.aborted for s in sinks)   # each sink ended one way or the other
    if damage in ("encrypted flag", "not a zip"):
        assert reader.entries == {}


class _Holes(io.BytesIO):
    def skip(self, n):
        self.write(bytes(n))


def test_what_is_taken_is_skipped_in_the_copy_and_the_rest_kept():
    """With `skip_taken`, a large taken entry's data is a hole in the copy (zeros); everything
    else is there byte for byte: the directory, the headers, the entries nobody asked for, and
    the small entries taken (a time stamp or a record beside the files is read there again)."""
    contents = _contents(8)
    blob = _zip(contents, streamed=True)
    out = _Holes()
    reader = ZipStreamReader(out, lambda name: _Sink() if name.endswith((".mp4", ".warc")) else None,
                             skip_taken=True)
    for at in range(0, len(blob), 70000):
        reader.write(blob[at:at + 70000])
    reader.finish()
    got = out.getvalue()
    assert reader.complete and len(got) == len(blob)
    zf = zipfile.ZipFile(io.BytesIO(blob))
    assert set(reader.entries) == {"exhibits/EK-0001/video.mp4", "exhibits/EK-0002/capture.warc"}
    assert all(same_entry(zf, name, e) for name, e in reader.entries.items())
    assert reader.entries["exhibits/EK-0001/video.mp4"].skipped
    assert not reader.entries["exhibits/EK-0002/capture.warc"].skipped      # < KEEP_UNDER deflated
    holes = zf.getinfo("exhibits/EK-0001/video.mp4").compress_size
    kept = zipfile.ZipFile(io.BytesIO(got))            # the directory and the others read as ever
    assert kept.read("manifest.json") == contents["manifest.json"][0]
    for name in ("exhibits/EK-0002/photo.jpg", "exhibits/EK-0002/capture.warc", "exhibits/EK-0001/page.txt"):
        assert kept.read(name) == contents[name][0]
    assert sum(a != b for a, b in zip(got, blob)) > 0 and got.count(0) >= holes * 0.99


@pytest.mark.parametrize("lie", [-1, +1, -5000])
def test_a_wrong_size_before_the_data_is_not_believed(lie):
    """Our size field is only a hint: the descriptor after the data, then the central directory,
    must agree, or the entry is not taken as read."""
    data = os.urandom(30000)
    name = "exhibits/EK-0001/video.mp4"
    blob = _zip({name: (data, zipfile.ZIP_STORED, False), "manifest.json": (b"{}", zipfile.ZIP_DEFLATED, False)},
                streamed=True, sizes={name: len(data) + lie})
    reader = _feed(blob, 9)
    zf = zipfile.ZipFile(io.BytesIO(blob))
    e = reader.entries.get(name)
    assert e is None or not same_entry(zf, name, e)
    assert not reader.complete
