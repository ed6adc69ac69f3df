"""Objects: byte-identical round trips at every size that matters, and tamper detection."""

from __future__ import annotations

import hashlib
import os

import pytest

from evidence_kit.errors import ObjectDamaged
from evidence_kit.vault.objects import CHUNK, HEADER_LEN, KIND_ARTIFACT, KIND_MANIFEST, padme

SIZES = [0, 1, 7, 8, 9, 511, 512, CHUNK - 9, CHUNK - 8, CHUNK - 7, CHUNK, CHUNK + 1,
         2 * CHUNK - 8, 2 * CHUNK, 3 * CHUNK + 12345]


@pytest.mark.parametrize("size", SIZES)
def test_round_trip_is_byte_identical(vault, size):
    data = os.urandom(size)
    ref = vault.objects.put_bytes(data, KIND_ARTIFACT)
    assert ref.sha256 == hashlib.sha256(data).hexdigest()
    assert ref.size == size
    assert vault.objects.read_bytes(ref.name, KIND_ARTIFACT, expected_sha256=ref.sha256) == data


def test_stream_written_in_odd_pieces(vault):
    data = os.urandom(2 * CHUNK + 77)
    w = vault.objects.writer(KIND_ARTIFACT)
    pos = 0
    for step in (1, 10, CHUNK - 3, 5, CHUNK, 100, 10**9):
        w.write(data[pos:pos + step])
        pos += step
    ref = w.close()
    assert vault.objects.read_bytes(ref.name, KIND_ARTIFACT) == data


def test_identical_content_is_stored_once(vault):
    a = vault.objects.put_bytes(b"same bytes", KIND_ARTIFACT)
    b = vault.objects.put_bytes(b"same bytes", KIND_ARTIFACT)
    assert a.name == b.name and a.created and not b.created
    assert list(vault.objects.all_names()).count(a.name) == 1


def test_names_reveal_nothing_and_sizes_are_padded(vault):
    data = b"https://t.me/s/channel/123 " * 10
    ref = vault.objects.put_bytes(data, KIND_ARTIFACT)
    assert ref.name != hashlib.sha256(data).hexdigest()
    on_disk = vault.objects.path_for(ref.name).stat().st_size
    assert on_disk >= 512 + HEADER_LEN
    raw = vault.objects.path_for(ref.name).read_bytes()
    assert b"t.me" not in raw


def test_padme_overhead_is_bounded():
    for n in (100, 1000, 10**6, 10**9, 4 * 2**30):
        assert n <= padme(n) <= n * 1.125


def test_kind_is_bound(vault):
    ref = vault.objects.put_bytes(b"a manifest", KIND_MANIFEST)
    with pytest.raises(ObjectDamaged):
        vault.objects.read_bytes(ref.name, KIND_ARTIFACT)


@pytest.mark.parametrize("where", ["header", "first", "middle", "last"])
def test_any_flipped_byte_is_detected(vault, where):
    data = os.urandom(2 * CHUNK + 1000)
    ref = vault.objects.put_bytes(data, KIND_ARTIFACT)
    path = vault.objects.path_for(ref.name)
    raw = bytearray(path.read_bytes())
    pos = {"header": 10, "first": HEADER_LEN + 5, "middle": HEADER_LEN + CHUNK + 100,
           "last": len(raw) - 3}[where]
    raw[pos] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(ObjectDamaged):
        vault.objects.read_bytes(ref.name, KIND_ARTIFACT)


def test_truncation_and_extension_are_detected(vault):
    data = os.urandom(3 * CHUNK)
    ref = vault.objects.put_bytes(data, KIND_ARTIFACT)
    path = vault.objects.path_for(ref.name)
    raw = path.read_bytes()
    for bad in (raw[:-(CHUNK + 16)], raw[:-1], raw + b"\x00" * 16, raw[:HEADER_LEN]):
        path.write_bytes(bad)
        with pytest.raises(ObjectDamaged):
            vault.objects.read_bytes(ref.name, KIND_ARTIFACT)


def test_swapped_objects_are_detected(vault):
    a = vault.objects.put_bytes(b"A" * 5000, KIND_ARTIFACT)
    b = vault.objects.put_bytes(b"B" * 5000, KIND_ARTIFACT)
    pa, pb = vault.objects.path_for(a.name), vault.objects.path_for(b.name)
    ra, rb = pa.read_bytes(), pb.read_bytes()
    pa.write_bytes(rb)
    pb.write_bytes(ra)
    for ref in (a, b):
        with pytest.raises(ObjectDamaged):
            vault.objects.read_bytes(ref.name, KIND_ARTIFACT)


def test_missing_object(vault):
    ref = vault.objects.put_bytes(b"x", KIND_ARTIFACT)
    vault.objects.path_for(ref.name).unlink()
    with pytest.raises(ObjectDamaged) as e:
        vault.objects.read_bytes(ref.name, KIND_ARTIFACT)
    assert e.value.key == "error.object_missing"


def _object_files(vault) -> set[str]:
    return {p.name for p in (vault.path / "objects").rglob("*") if p.is_file()}


def test_held_objects_wait_for_their_item_and_go_when_dropped(vault):
    """A received share's files are sealed while the share is being checked (Vault.hold_objects):
    `gc` keeps them meanwhile; an item takes them whole; dropping the rest removes only what the
    hold itself created."""
    with vault.new_item("import", title="there before") as d:
        d.add_bytes("old.bin", b"already in the vault", role="original")
        d.seal()
    before = _object_files(vault)
    hold = vault.hold_objects()
    refs = []
    for content in (os.urandom(3 * CHUNK + 5), b"for nobody", b"already in the vault"):
        w = hold.writer()
        for at in range(0, len(content), 7000):
            w.write(content[at:at + 7000])
        assert w.sha256() == hashlib.sha256(content).hexdigest()
        refs.append(w.close())
    assert [r.created for r in refs] == [True, True, False]
    assert vault.gc() == 0                       # held: not leftovers
    assert len(_object_files(vault)) == len(before) + 2
    with vault.new_item("import", title="received") as d:
        art = d.add_held(refs[0], "video.mp4", role="original", media_type="video/mp4")
        item = d.seal()
    assert art.sha256 == refs[0].sha256 and art.object == refs[0].name
    hold.discard()
    # the item's file stays, the unclaimed one goes, the one that was there before stays
    after = _object_files(vault)
    assert before < after and vault.objects.disk_name(refs[0].name) in after
    assert vault.objects.disk_name(refs[1].name) not in after
    assert len(after) == len(before) + 2         # the item's file and its sealed manifest
    assert vault.read_artifact(item.id, "video.mp4") == b"".join(vault.iter_artifact(item.id, "video.mp4"))
    assert vault.verify().ok
    aborted = vault.hold_objects()
    w = aborted.writer()
    w.write(b"half")
    w.abort()
    aborted.discard()
    assert _object_files(vault) == after
