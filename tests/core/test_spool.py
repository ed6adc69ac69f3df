"""The encrypted scratch copy a received share is decrypted into (evidence_kit/vault/spool.py):
what goes in comes out at any place and in any size, nothing of it is readable on disk, a change
on disk is noticed, and a failing disk is reported rather than read as a shorter file."""

from __future__ import annotations

import errno
import os
import random

import pytest

from evidence_kit.vault import spool as spool_mod
from evidence_kit.vault.spool import BLOCK, EncryptedSpool

CANARY = b"SpoolCanary-\xd2\xb3\xd3\xaf-9f3a"


def _content(size: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    data = bytearray(rnd.randbytes(size))
    for at in (0, BLOCK - 5, size // 2, size - len(CANARY)):     # across block edges too
        data[at:at + len(CANARY)] = CANARY
    return bytes(data)


def _filled(folder, data: bytes, seed: int) -> EncryptedSpool:
    sp = EncryptedSpool(folder)
    rnd = random.Random(seed)
    at = 0
    while at < len(data):                 # pieces of every size, as age and a BufferedWriter give them
        n = rnd.choice((1, 7, 8192, 65536, BLOCK - 3, BLOCK, 3 * BLOCK + 11))
        assert sp.write(memoryview(data)[at:at + n]) == len(data[at:at + n])
        at += n
    sp.finish()
    return sp


def test_what_is_written_reads_back_anywhere(tmp_path):
    data = _content(5 * BLOCK + 12345, seed=1)
    sp = _filled(tmp_path, data, seed=2)
    try:
        assert sp.size == len(data)
        assert sp.read() == data                                   # straight through
        rnd = random.Random(3)
        for _ in range(300):                                       # and anywhere, forwards and back
            at = rnd.randrange(0, len(data) + 10)
            n = rnd.choice((0, 1, 30, 4096, BLOCK, 2 * BLOCK + 1, -1))
            sp.seek(at)
            want = data[at:] if n < 0 else data[at:at + n]
            assert sp.read(n) == want
            assert sp.tell() == min(len(data), at + len(want)) or at > len(data)
        buf = bytearray(BLOCK + 100)
        sp.seek(len(data) - 50)
        assert sp.readinto(buf) == 50 and bytes(buf[:50]) == data[-50:]
        sp.seek(-10, 2)
        assert sp.read(100) == data[-10:]
    finally:
        sp.close()


def test_nothing_readable_on_disk_and_a_change_is_noticed(tmp_path):
    data = _content(3 * BLOCK + 99, seed=4)
    sp = _filled(tmp_path, data, seed=5)
    try:
        os.fsync(sp._fd)
        size = os.fstat(sp._fd).st_size
        raw = os.pread(sp._fd, size, 0)
        assert size >= len(data) and CANARY not in raw and data[:4096] not in raw
        assert os.listdir(tmp_path) == []          # an unnamed file: nothing to find by name either
        # a byte changed in the second block: reading it fails, it is not returned changed
        os.pwrite(sp._fd, bytes([raw[BLOCK + 100] ^ 1]), BLOCK + 100)
        sp._cache.clear()
        sp.seek(0)
        assert sp.read(100) == data[:100]
        sp.seek(BLOCK + 10)
        with pytest.raises(OSError):
            sp.read(10)
    finally:
        sp.close()


def test_a_failing_disk_is_reported(tmp_path, monkeypatch):
    real = os.pwrite
    calls = {"n": 0}

    def full(fd, data, offset):
        calls["n"] += 1
        if calls["n"] > 6:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data, offset)

    monkeypatch.setattr(spool_mod.os, "pwrite", full)       # the writing thread's own call
    sp = EncryptedSpool(tmp_path)
    try:
        with pytest.raises(OSError) as got:
            for _ in range(64):
                sp.write(b"x" * BLOCK)
            sp.finish()
        assert got.value.errno == errno.ENOSPC
        assert sp.failed is not None and sp.failed.errno == errno.ENOSPC
    finally:
        sp.close()


def test_skipped_bytes_read_as_zeros_and_take_no_room(tmp_path):
    """A received share's exhibit files are sealed elsewhere as they stream in: in the scratch
    copy they are holes that read as zeros, whole blocks of which are never written."""
    head, tail = _content(BLOCK // 2, seed=6), _content(BLOCK + 7, seed=7)
    sp = EncryptedSpool(tmp_path)
    try:
        sp.write(head)
        left = 5 * BLOCK + 3
        for n in [65536] * 9 + [1, 7, 4 * BLOCK]:       # in the pieces a pipe gives
            n = min(n, left)
            sp.skip(n)
            left -= n
        sp.skip(left)
        sp.write(tail)
        sp.finish()
        want = head + bytes(5 * BLOCK + 3) + tail
        assert sp.size == len(want) and sp.read() == want
        sp.seek(len(head) + 4 * BLOCK)
        assert sp.read(BLOCK) == bytes(BLOCK)
        assert len(sp._holes) >= 4             # the middle blocks: not sealed, not written
        assert os.fstat(sp._fd).st_blocks * 512 < 4 * BLOCK
    finally:
        sp.close()
