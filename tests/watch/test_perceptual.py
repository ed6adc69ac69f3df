"""Perceptual fingerprints: her photo is found again resized and recompressed, unrelated photos are
not, videos are fingerprinted frame by frame, and the fingerprints come back from the sealed bytes."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from evidence_kit import perceptual as P
from evidence_kit.importer import import_file
from evidence_kit.references import add_reference, remove_reference
from tests.canary import find_canary
from tests.site import pages_watch as pw
from tests.watch.conftest import seal_capture


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _reference(vault, tmp_path, data=None, name="her-photo.jpg"):
    return add_reference(vault, _file(tmp_path, name, data or pw.reference_bytes()))


def test_copy_matches_and_a_dozen_unrelated_photos_do_not(vault, tmp_path):
    ref = _reference(vault, tmp_path)
    media = {f"photo-{s}.jpg": pw.unrelated_bytes(s) for s in pw.UNRELATED_SEEDS}
    unrelated = seal_capture(vault, "http://127.0.0.1/a", media=media)
    later = seal_capture(vault, "http://127.0.0.1/b", media={"media-3.jpg": pw.copy_bytes(),
                                                             "media-4.jpg": pw.unrelated_bytes(104)})
    report = P.find_matches(vault)
    assert [(m.item_id, m.artifact, m.reference_id) for m in report.matches] == [(later.id, "media-3.jpg", ref.id)]
    m = report.matches[0]
    assert m.distance <= P.MATCH_DISTANCE and m.quality >= P.MIN_QUALITY and m.transform == "original"
    assert m.exhibit == later.exhibit and m.reference_exhibit == ref.exhibit
    assert report.compared == 14 and report.references == 1 and report.pending == 0
    # the unrelated photos are far from every rotation and mirror image of the reference
    cache = P.cache_for(vault)
    ref_hashes = cache.dihedral[ref.artifacts[0].sha256][0][1]
    far = P.distances([cache.prints[a.sha256][0][1] for a in unrelated.artifacts if a.role == "media"], ref_hashes)
    assert far.shape == (12, 8) and far.min() > 2 * P.MATCH_DISTANCE


def test_a_mirrored_copy_is_found_and_said_to_be_mirrored(vault, tmp_path):
    from PIL import Image

    _reference(vault, tmp_path)
    mirrored = pw.jpeg(pw.photo(pw.REFERENCE_SEED).transpose(Image.Transpose.FLIP_LEFT_RIGHT), 75)
    item = seal_capture(vault, "http://127.0.0.1/m", media={"flipped.jpg": mirrored})
    [m] = P.find_matches(vault).matches
    assert m.item_id == item.id and m.transform == "flipped_horizontally" and m.distance <= P.MATCH_DISTANCE


def _video(frames: list, fps: int = 5, size=(320, 240)) -> bytes:
    """An MP4 (MPEG-4 part 2) of the given PIL images, each shown for one frame."""
    import av
    import numpy as np

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as c:
        s = c.add_stream("mpeg4", rate=fps)
        s.width, s.height, s.pix_fmt = size[0], size[1], "yuv420p"
        s.options = {"qscale": "3"}
        for im in frames:
            f = av.VideoFrame.from_ndarray(np.asarray(im.convert("RGB").resize(size)), format="rgb24")
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode():
            c.mux(p)
    return buf.getvalue()


def test_video_frames_one_a_second_and_her_photo_inside_is_found(vault, tmp_path):
    _reference(vault, tmp_path)
    other, hers = pw.photo(150), pw.photo(pw.REFERENCE_SEED)
    # 8 s at 5 frames a second: her photo from 3 s to 5 s
    frames = [hers if 15 <= i < 25 else other for i in range(40)]
    path = _file(tmp_path, "clip.mp4", _video(frames))
    item = import_file(vault, path)
    assert item.artifacts[0].media_type.startswith("video/")
    prints = P.cache_for(vault).prints[item.artifacts[0].sha256]
    assert [t for t, _h, _q in prints] == [pytest.approx(float(k)) for k in range(8)]
    [m] = P.find_matches(vault).matches
    assert m.item_id == item.id and 3.0 <= m.frame_s < 5.0 and m.distance <= P.MATCH_DISTANCE


def test_a_long_video_gives_at_most_60_frames_spread_over_it(vault, tmp_path):
    frames = [pw.photo(300 + (i // 10)) for i in range(130)]        # 130 s at 1 frame a second
    item = import_file(vault, _file(tmp_path, "long.mp4", _video(frames, fps=1, size=(96, 64))))
    times = [t for t, _h, _q in P.cache_for(vault).prints[item.artifacts[0].sha256]]
    assert len(times) == 60 and times[0] == 0.0 and times[-1] >= 120.0
    assert all(b > a for a, b in zip(times, times[1:]))


def test_fingerprints_are_reproducible_from_the_sealed_bytes(make_vault, tmp_path):
    vault = make_vault()[0]
    ref = _reference(vault, tmp_path)
    item = seal_capture(vault, "http://127.0.0.1/r", media={"a.jpg": pw.copy_bytes(), "b.jpg": pw.unrelated_bytes(105)})
    vault.close()
    from evidence_kit.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(vault.path, PASSPHRASE, writable=False) as again:
        cache = P.cache_for(again)          # read back from the encrypted cache record
        for a in item.artifacts:
            if a.role == "media":
                fresh = P.fingerprint_bytes(again.read_artifact(item.id, a.name), a.media_type)
                assert cache.prints[a.sha256] == fresh
        a = ref.artifacts[0]
        assert cache.dihedral[a.sha256] == P.fingerprint_bytes(again.read_artifact(ref.id, a.name),
                                                               a.media_type, dihedral=True)


def test_items_sealed_before_fingerprints_existed_are_done_once(make_vault, tmp_path, monkeypatch):
    vault = make_vault()[0]
    monkeypatch.setattr(P, "after_seal", lambda v, i: None)      # an older version sealed these
    ref = _reference(vault, tmp_path)
    item = seal_capture(vault, "http://127.0.0.1/old", media={"x.jpg": pw.copy_bytes()})
    monkeypatch.undo()
    assert len(P.missing(vault)) == 2
    assert P.find_matches(vault).pending == 2 and not P.find_matches(vault).matches
    steps = []
    assert P.fingerprint_missing(vault, progress=lambda d, t: steps.append((d, t))) == 2
    assert steps[-1] == (2, 2)
    assert P.missing(vault) == [] and P.fingerprint_missing(vault) == 0
    [m] = P.find_matches(vault).matches
    assert (m.item_id, m.reference_id) == (item.id, ref.id)


def test_a_plain_picture_is_never_matched(vault, tmp_path):
    from PIL import Image

    plain = pw.jpeg(Image.new("RGB", (400, 300), (200, 30, 30)), 90)
    ref = _reference(vault, tmp_path, plain, "plain.jpg")
    seal_capture(vault, "http://127.0.0.1/p", media={"same-plain.jpg": plain})
    report = P.find_matches(vault)
    assert report.matches == [] and report.weak_references == [ref.id] and report.low_quality == 1


def test_a_removed_reference_is_no_longer_looked_for_but_stays_sealed(vault, tmp_path):
    ref = _reference(vault, tmp_path)
    seal_capture(vault, "http://127.0.0.1/c", media={"c.jpg": pw.copy_bytes()})
    assert len(P.find_matches(vault).matches) == 1
    remove_reference(vault, ref.exhibit)
    assert P.references(vault) == [] and P.find_matches(vault).matches == []
    assert vault.get(ref.id).sensitive and vault.read_artifact(ref.id, "her-photo.jpg") == pw.reference_bytes()
    assert vault.verify().ok
    assert [r["entry"]["event"] for r in vault.custody_log(ref.id)] == ["item_imported", "reference_removed"]


def test_a_reference_must_be_a_picture_or_video(vault, tmp_path):
    from evidence_kit.errors import BadInput

    with pytest.raises(BadInput) as e:
        add_reference(vault, _file(tmp_path, "notes.txt", b"just words"))
    assert e.value.key == "reference.not_picture" and vault.items() == []


def test_a_broken_picture_is_counted_not_a_crash(vault, tmp_path):
    item = seal_capture(vault, "http://127.0.0.1/broken", media={"broken.jpg": b"\xff\xd8\xff not really" * 50})
    assert item.status == "sealed" and vault.verify().ok
    assert P.find_matches(vault).unreadable == 1
    ref = _reference(vault, tmp_path, b"\xff\xd8\xff\xe0 a broken photo" * 20, "broken-ref.jpg")
    report = P.find_matches(vault)
    assert report.unreadable_references == [ref.id] and report.weak_references == [] and report.pending == 0


def test_a_damaged_cache_is_reported_and_rebuilt(make_vault, tmp_path):
    vault = make_vault()[0]
    _reference(vault, tmp_path)
    seal_capture(vault, "http://127.0.0.1/d", media={"d.jpg": pw.copy_bytes()})
    path = vault.path
    vault.close()
    f = path / "cache" / "perceptual"
    raw = f.read_bytes()
    f.write_bytes(raw[:100] + bytes([raw[100] ^ 1]) + raw[101:])
    from evidence_kit.vault import Vault
    from tests.conftest import PASSPHRASE

    with Vault.open(path, PASSPHRASE) as again:
        assert any(p.code == "verify.record_changed" for p in again.verify().errors)
        assert len(P.missing(again)) == 2
        P.fingerprint_missing(again)
        assert len(P.find_matches(again).matches) == 1
    with Vault.open(path, PASSPHRASE) as third:
        assert third.verify().ok and P.missing(third) == []


def test_nothing_about_references_or_matches_is_readable_on_disk(make_vault, tmp_path, monkeypatch):
    canary = "ekRef" + os.urandom(5).hex()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    vault = make_vault()[0]
    src = tmp_path / "src"
    src.mkdir()
    ref = add_reference(vault, _file(src, f"{canary}.jpg", pw.reference_bytes()))
    seal_capture(vault, f"http://127.0.0.1/{canary}", media={f"{canary}-copy.jpg": pw.copy_bytes()})
    report = P.find_matches(vault)
    assert len(report.matches) == 1
    m = report.matches[0]
    vault.close()
    secrets = [canary, m.hash, m.reference_hash, hashlib.sha256(pw.reference_bytes()).hexdigest(),
               m.sha256]
    for s in secrets:
        assert find_canary([vault.path, tmp], s) == [], s
    assert ref.id                                          # the source file itself is hers: not scanned


def test_every_picture_is_fingerprinted_but_the_full_page_screenshot(vault):
    from tests.site.server import png

    with vault.new_item("capture", url="http://127.0.0.1/s", title="page", http_status=200) as d:
        d.add_bytes("screenshot-full.png", png(300, 2000, (10, 20, 30)), role="screenshot_full", media_type="image/png")
        d.add_bytes("screenshot-viewport.png", pw.copy_bytes(), role="screenshot_viewport", media_type="image/jpeg")
        d.add_bytes("page.html", b"<p>x</p>", role="dom_html", media_type="text/html")
        d.add_bytes("media-1.jpg", pw.unrelated_bytes(101), role="media", media_type="image/jpeg")
        d.add_bytes("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", role="media", media_type="image/svg+xml")
        item = d.seal()
    cache = P.cache_for(vault)
    done = {a.name for a in item.artifacts if a.sha256 in cache.prints}
    assert done == {"screenshot-viewport.png", "media-1.jpg"}
