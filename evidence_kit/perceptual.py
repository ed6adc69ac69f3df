"""Perceptual fingerprints of pictures and videos (PDQ), and finding her photos when they come back.

Every picture and video sealed in the vault — saved from a page, imported, or from a chat export —
gets PDQ fingerprints when it is sealed (`after_seal`, called by the vault for every item): one for
a picture, one a second for a video (at most 60, spread over the whole video when it is longer than
a minute). PDQ is Meta's open perceptual hash: 256 bits and a quality score of 0–100. Two pictures
whose fingerprints differ in at most 31 of the 256 bits are the same picture, resized or
recompressed (Meta's threshold); a fingerprint of quality below 50 comes from a picture too plain
to tell apart from others, and is never used for a match.

The fingerprints are derived data: they are computed from the sealed bytes and can be computed
again from them at any time (`fingerprint_bytes`); they are kept, for speed, in the vault's
encrypted cache record `cache/perceptual`, keyed by each file's SHA-256. Nothing about them is
ever written anywhere else. Items sealed before this existed are fingerprinted once, later
(`fingerprint_missing`: the app does it in the background, `evidence-kit matches` before it
answers).

The photos she wants found are items of source "reference" (`evidence_kit/references.py`). For
them the fingerprints of all eight rotations and mirror images are kept too, so a copy that was
turned or mirrored before it was posted again is found as well.

    report = find_matches(vault)            # MatchReport: .matches, .pending, .references …
    for m in report.matches:
        m.exhibit, m.artifact, m.reference_exhibit, m.distance, m.quality
"""

from __future__ import annotations

import io
import logging
import threading
import time
import warnings
import weakref
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

log = logging.getLogger(__name__)

ALGORITHM = "pdq"
HASHER = 1                 # the way pictures are prepared below; a change makes every hash anew
MATCH_DISTANCE = 31        # at most this many of the 256 bits differ: the same picture
MIN_QUALITY = 50           # below: too plain (one colour, a gradient) to be matched on
MAX_FRAMES = 60            # fingerprints of one video (or animated picture) at most
MAX_SIDE = 256             # pictures are scaled down to this before hashing: PDQ works on 64 x 64
                           # blocks; Meta advises scaling large pictures first (to 512) for speed,
                           # and 256 is 4x cheaper again (bench/bench_watch.py) with the same matches
MAX_VIDEO_IN_MEMORY = 512 * 1024 * 1024   # larger videos are read as a stream, start to end
MAX_DECODE_PER_FRAME = 900                # decoded frames spent looking for one sampled frame
# Pixels of a picture decoded at most. Decoding costs its pixels times the bytes Pillow keeps for
# each (1 to 4) and, unless it is RGB already, 4 more for the RGB copy hashed: up to 400 MB here.
# A phone photo is 12-50 megapixels; a larger JPEG (a phone's 200-megapixel mode) is decoded at
# 1/2, 1/4 or 1/8 of its size (Image.draft) and checked again. Other formats cannot be decoded
# smaller: a PNG of 13,300 x 13,300 packs into a few hundred KB and would take gigabytes, so
# such a picture is sealed without fingerprints and recorded as too large (never tried again).
# The size is read from the file's header, before anything is decoded. Pillow's own bomb check
# (Image.MAX_IMAGE_PIXELS, about 179 megapixels) stays as it is: this bound is below it.
MAX_DECODE_PIXELS = 50_000_000
_BAND_ROWS = 512                          # rows converted to RGB at a time
# A full-page screenshot (up to 40,000 px tall) is a picture of a whole page, never one photo, and
# decoding it would cost more than the rest of the capture's fingerprints: it is left out. The
# first screen's screenshot is fingerprinted like every other picture.
SKIP_ROLES = ("screenshot_full",)
CACHE = "perceptual"
FLUSH_EVERY = 200          # new fingerprints before the cache is written again …
FLUSH_SECONDS = 10.0       # … or this long after the last write (and always when the vault closes)
# pdqhash.compute_dihedral's order
TRANSFORMS = ("original", "rotated_90", "rotated_180", "rotated_270", "flipped_vertically",
              "flipped_horizontally", "rotated_90_flipped_vertically", "rotated_90_flipped_horizontally")


# ------------------------------------------------------------------------------ fingerprinting
def preload() -> None:
    """Import what fingerprinting needs (NumPy, PDQ, Pillow with its formats, PyAV: about 0.15 s
    on the reference machine) ahead of the first seal, e.g. while a page settles. Never raises:
    a module that is missing is said where it is used."""
    try:                  # Pillow first: a capture reads its pictures' sizes before it seals
        from PIL import Image

        Image.preinit()
    except Exception:
        pass
    for name in ("numpy", "pdqhash", "av"):
        try:
            __import__(name)
        except Exception:
            pass


def is_fingerprintable(artifact) -> bool:
    """A picture or a video (not a full-page screenshot, not an SVG drawing)."""
    mt = (artifact.media_type or "").split(";")[0].strip().lower()
    if artifact.role in SKIP_ROLES or mt == "image/svg+xml":
        return False
    return mt.startswith("image/") or mt.startswith("video/")


def _hex(bits) -> str:
    import numpy as np

    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def _pdq(rgb, dihedral: bool):
    """(hash hex, quality) of an RGB uint8 array, or ([8 hashes hex], quality) with `dihedral`."""
    import pdqhash

    if dihedral:
        vectors, quality = pdqhash.compute_dihedral(rgb)
        return [_hex(v) for v in vectors], int(quality)
    vector, quality = pdqhash.compute(rgb)
    return _hex(vector), int(quality)


class TooLarge(ValueError):
    """A picture of more pixels than MAX_DECODE_PIXELS, even decoded at a reduced size."""


def _to_rgb(band):
    """One piece of a picture in RGB; transparency over white."""
    from PIL import Image

    if band.mode in ("RGBA", "LA", "PA") or (band.mode == "P" and "transparency" in band.info):
        rgba = band.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        white.alpha_composite(rgba)
        return white.convert("RGB")
    return band.convert("RGB")


def _rgb_array(im):
    """A PIL image as an RGB array of at most MAX_SIDE pixels a side; transparency over white.
    `im` is the caller's own copy: it may be scaled in place. A large picture is made RGB a band
    of rows at a time (the same pixels; a whole-picture RGBA copy would cost 12 bytes a pixel)."""
    import numpy as np
    from PIL import Image

    if im.mode != "RGB":
        w, h = im.size
        if h <= _BAND_ROWS:
            im = _to_rgb(im)
        else:
            im.load()
            rgb = Image.new("RGB", (w, h))
            for top in range(0, h, _BAND_ROWS):
                rgb.paste(_to_rgb(im.crop((0, top, w, min(h, top + _BAND_ROWS)))), (0, top))
            im = rgb
    if max(im.size) > MAX_SIDE:
        im.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.BICUBIC)
    return np.ascontiguousarray(np.asarray(im, dtype=np.uint8))


def _open_picture(data: bytes):
    """The picture, opened (its header read, nothing decoded). TooLarge if Pillow's own bomb check
    refuses it; its warning is not shown, as this module's bound below is lower."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            return Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise TooLarge(str(exc)) from None


def _check_pixels(im) -> None:
    w, h = im.size
    if w * h > MAX_DECODE_PIXELS:
        raise TooLarge(f"{w} x {h} pixels")


def _still_frames(data: bytes) -> Iterator[tuple[float | None, object]]:
    """(time, RGB array) of a picture; for an animated one, up to MAX_FRAMES frames across it.
    TooLarge, before anything is decoded, for one of more than MAX_DECODE_PIXELS."""
    from PIL import ImageOps

    with _open_picture(data) as im:
        if im.format not in ("JPEG", "MPO"):
            _check_pixels(im)    # no reduced decode: checked before even counting its frames
        count = max(1, int(getattr(im, "n_frames", 1) or 1))
        if count == 1:
            w, h = im.size
            f = MAX_SIDE / max(w, h, 1)
            if f < 1:            # JPEG: decode at 1/2, 1/4 or 1/8 scale, still >= MAX_SIDE a side
                im.draft("RGB", (max(1, int(w * f + 0.999)), max(1, int(h * f + 0.999))))
            _check_pixels(im)    # the size it will be decoded at (a JPEG's reduced by draft)
            ImageOps.exif_transpose(im, in_place=True)    # (not in place: a copy, even unturned)
            yield None, _rgb_array(im)
            return
        _check_pixels(im)
        step = max(1.0, count / MAX_FRAMES)
        per_frame = (im.info.get("duration") or 100) / 1000.0
        seen = set()
        for k in range(min(count, MAX_FRAMES)):
            idx = min(count - 1, int(k * step))
            if idx in seen:
                continue
            seen.add(idx)
            im.seek(idx)
            yield round(idx * per_frame, 3), _rgb_array(im.copy())


class _ForwardStream(io.RawIOBase):
    """The sealed bytes of a large video, start to end, without ever being whole in memory."""

    def __init__(self, pieces: Iterator[bytes]):
        self._pieces = pieces
        self._buf = b""

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._buf) < n:
            piece = next(self._pieces, None)
            if piece is None:
                break
            self._buf += piece
        if n < 0:
            out, self._buf = self._buf, b""
        else:
            out, self._buf = self._buf[:n], self._buf[n:]
        return out


def _frame_array(frame):
    import numpy as np

    w, h = frame.width, frame.height
    scale = min(1.0, MAX_SIDE / max(w, h, 1))
    tw, th = max(1, round(w * scale)), max(1, round(h * scale))
    arr = frame.to_ndarray(format="rgb24", width=tw, height=th)
    return np.ascontiguousarray(arr)


def _video_frames(source) -> Iterator[tuple[float, object]]:
    """(time in seconds, RGB array): the first frame at or after each second (at most MAX_FRAMES;
    for a video longer than that, MAX_FRAMES times spread evenly over it)."""
    import av

    with av.open(source, mode="r") as container:
        if not container.streams.video:
            return
        vs = container.streams.video[0]
        vs.thread_type = "AUTO"
        tb = float(vs.time_base) if vs.time_base else None
        duration = None
        if vs.duration and tb:
            duration = float(vs.duration * vs.time_base)
        elif container.duration:
            duration = container.duration / 1_000_000
        if duration and duration > MAX_FRAMES:
            targets = [k * duration / MAX_FRAMES for k in range(MAX_FRAMES)]
        else:
            targets = [float(k) for k in range(MAX_FRAMES)]
        seekable = bool(getattr(source, "seekable", lambda: False)()) and tb is not None
        frames = container.decode(vs)
        last_t = None
        for target in targets:
            if duration is not None and target > duration + 0.001:
                break
            if seekable and (last_t is None or target - last_t > 4.0) and target > 0:
                try:
                    container.seek(int(target / tb), stream=vs, backward=True, any_frame=False)
                    frames = container.decode(vs)
                except (av.FFmpegError, OSError, ValueError):
                    seekable = False
            found = None
            for _ in range(MAX_DECODE_PER_FRAME):
                frame = next(frames, None)
                if frame is None:
                    break
                t = float(frame.time) if frame.time is not None else (last_t or 0.0)
                last_t = t
                if t + 0.001 >= target:
                    found = (t, frame)
                    break
            if found is None:
                break
            yield round(found[0], 3), _frame_array(found[1])


def fingerprint_bytes(data: bytes | None, media_type: str, *, dihedral: bool = False,
                      stream: Iterator[bytes] | None = None) -> list[list]:
    """The fingerprints of one file: [[time or None, hash hex, quality], ...] (with `dihedral`,
    the hash is a list of the 8 rotations' and mirror images' hashes). Raises ValueError when
    the file cannot be read as a picture or a video, TooLarge (a ValueError) when it is a
    picture too large to decode (MAX_DECODE_PIXELS)."""
    mt = (media_type or "").split(";")[0].strip().lower()
    out: list[list] = []
    try:
        if mt.startswith("video/"):
            source = io.BytesIO(data) if data is not None else _ForwardStream(stream or iter(()))
            frames: Iterable = _video_frames(source)
        else:
            frames = _still_frames(data or b"")
        for t, rgb in frames:
            h, q = _pdq(rgb, dihedral)
            out.append([t, h, q])
    except TooLarge:
        raise
    except Exception as exc:       # Pillow, PyAV: a file that is not what its type says
        if not out:
            raise ValueError(f"{type(exc).__name__}: {exc}") from exc
    if not out:
        raise ValueError("no picture in this file")
    return out


def fingerprint_artifact(vault, item_id: str, artifact, *, dihedral: bool = False) -> list[list]:
    """Read the sealed bytes (checked against their SHA-256) and fingerprint them."""
    mt = artifact.media_type or ""
    if mt.startswith("video/") and artifact.size > MAX_VIDEO_IN_MEMORY:
        return fingerprint_bytes(None, mt, dihedral=dihedral,
                                 stream=vault.iter_artifact(item_id, artifact.name))
    return fingerprint_bytes(vault.read_artifact(item_id, artifact.name), mt, dihedral=dihedral)


def picture_bytes(vault, item_id: str, artifact, frame_s: float | None = None) -> bytes:
    """The picture a fingerprint was made of, to show (in memory): a picture's own bytes, or the
    video's frame at `frame_s` as PNG."""
    if not (artifact.media_type or "").startswith("video/"):
        return vault.read_artifact(item_id, artifact.name)
    from PIL import Image

    data = vault.read_artifact(item_id, artifact.name) if artifact.size <= MAX_VIDEO_IN_MEMORY else None
    source = io.BytesIO(data) if data is not None else _ForwardStream(vault.iter_artifact(item_id, artifact.name))
    for t, rgb in _video_frames(source):
        if frame_s is None or t + 0.001 >= frame_s:
            buf = io.BytesIO()
            Image.fromarray(rgb).save(buf, "PNG")
            return buf.getvalue()
    return b""


# ------------------------------------------------------------------------------ the cache
class FingerprintCache:
    """SHA-256 of a file -> its fingerprints, in memory, saved as the cache record `perceptual`.

    `prints[sha]`: [[time, hash, quality], ...]; `dihedral[sha]`: the same with 8 hashes each
    (references only); `problems[sha]`: why a file has none, so that it is not tried again at
    every start: "unreadable" (not a picture or video), "too_large" (MAX_DECODE_PIXELS)."""

    def __init__(self, vault):
        self.lock = threading.RLock()
        rec = vault.read_cache(CACHE) or {}
        if rec.get("algorithm") != ALGORITHM or rec.get("hasher") != HASHER:
            rec = {}
        self.prints: dict[str, list] = dict(rec.get("prints") or {})
        self.dihedral: dict[str, list] = dict(rec.get("dihedral") or {})
        self.problems: dict[str, str] = dict(rec.get("problems") or {})
        self.dirty = 0
        self.last_flush = time.monotonic()

    def known(self, sha: str, *, dihedral: bool = False) -> bool:
        with self.lock:
            if sha in self.problems:
                return True
            return sha in (self.dihedral if dihedral else self.prints)

    def ensure(self, vault, item_id: str, artifact, *, dihedral: bool = False) -> bool:
        """Fingerprint this file unless that was done; True if work was done."""
        if self.known(artifact.sha256, dihedral=dihedral):
            return False
        try:
            prints = fingerprint_artifact(vault, item_id, artifact, dihedral=dihedral)
        except ValueError as exc:
            with self.lock:
                self.problems[artifact.sha256] = "too_large" if isinstance(exc, TooLarge) else "unreadable"
                self.dirty += 1
            return True
        with self.lock:
            if dihedral:
                self.dihedral[artifact.sha256] = prints
                self.prints.setdefault(artifact.sha256, [[t, h[0], q] for t, h, q in prints])
            else:
                self.prints[artifact.sha256] = prints
            self.dirty += 1
        return True

    def to_record(self) -> dict:
        with self.lock:
            return {"algorithm": ALGORITHM, "hasher": HASHER, "match_distance": MATCH_DISTANCE,
                    "min_quality": MIN_QUALITY, "prints": dict(self.prints),
                    "dihedral": dict(self.dihedral), "problems": dict(self.problems)}

    def flush(self, vault, *, force: bool = True) -> None:
        if not vault.writable or not self.dirty:
            return
        if not force and self.dirty < FLUSH_EVERY and time.monotonic() - self.last_flush < FLUSH_SECONDS:
            return
        with self.lock:
            record, self.dirty = self.to_record(), 0
            self.last_flush = time.monotonic()
        vault.write_cache(CACHE, record)


_caches: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_for(vault) -> FingerprintCache:
    """The one cache of this open vault (written back when the vault closes)."""
    with _caches_lock:
        cache = _caches.get(vault)
        if cache is None:
            cache = _caches[vault] = FingerprintCache(vault)
            hooks = getattr(vault, "before_close", None)
            if hooks is not None:
                hooks.append(lambda v: cache.flush(v))
        return cache


def flush(vault) -> None:
    """Write the fingerprints found so far into the vault (a writer) now."""
    with _caches_lock:
        cache = _caches.get(vault)
    if cache is not None:
        cache.flush(vault)


def after_seal(vault, item) -> None:
    """Called by the vault when an item is sealed: fingerprint its pictures and videos now.
    A failure here never touches the sealed item (the file is then fingerprinted again later)."""
    try:
        arts = [a for a in item.artifacts if is_fingerprintable(a)]
        if not arts:
            return
        cache = cache_for(vault)
        for a in arts:
            cache.ensure(vault, item.id, a, dihedral=item.source == "reference")
        cache.flush(vault, force=False)
    except Exception:      # e.g. pdqhash missing: the seal stands; matches says what is pending
        log.warning("could not fingerprint the pictures of %s", item.id, exc_info=True)


def _work(vault, retired: set[str], items=None) -> list[tuple[str, object, bool]]:
    """Every (item id, artifact, dihedral?) that should have fingerprints."""
    out = []
    for it in (vault.items() if items is None else items):
        if it.source == "reference" and it.id in retired:
            continue
        for a in it.artifacts:
            if is_fingerprintable(a):
                out.append((it.id, a, it.source == "reference"))
    return out


def missing(vault, items=None) -> list[tuple[str, object, bool]]:
    cache = cache_for(vault)
    return [(i, a, d) for i, a, d in _work(vault, retired_references(vault), items)
            if not cache.known(a.sha256, dihedral=d)]


def fingerprint_missing(vault, *, progress: Callable[[int, int], None] | None = None,
                        should_stop: Callable[[], bool] | None = None) -> int:
    """Fingerprint every picture and video that has none yet (items sealed before this existed,
    or whose fingerprinting was interrupted). Returns how many files were done."""
    todo = missing(vault)
    cache = cache_for(vault)
    done = 0
    seen: set[tuple[str, bool]] = set()
    for n, (iid, art, dihedral) in enumerate(todo, 1):
        if should_stop and should_stop():
            break
        if (art.sha256, dihedral) not in seen:
            seen.add((art.sha256, dihedral))
            try:
                if cache.ensure(vault, iid, art, dihedral=dihedral):
                    done += 1
            except Exception:       # a damaged object: verify reports it; go on with the rest
                log.warning("could not fingerprint %s of %s", art.name, iid, exc_info=True)
            cache.flush(vault, force=False)
        if progress:
            progress(n, len(todo))
    cache.flush(vault)
    return done


# ------------------------------------------------------------------------------ matching
def retired_references(vault) -> set[str]:
    return set(vault.watching("retired_references") or [])


def references(vault, items=None) -> list:
    """The photos she is looking for (items of source "reference" not removed), oldest first."""
    retired = retired_references(vault)
    return [it for it in (vault.items() if items is None else items)
            if it.source == "reference" and it.id not in retired]


@dataclass
class Match:
    item_id: str
    exhibit: str
    artifact: str
    sha256: str
    frame_s: float | None
    reference_id: str
    reference_exhibit: str
    reference_artifact: str
    reference_frame_s: float | None
    distance: int
    quality: int
    reference_quality: int
    transform: str
    hash: str
    reference_hash: str

    def to_dict(self) -> dict:
        return {"item": self.item_id, "exhibit": self.exhibit, "artifact": self.artifact,
                "sha256": self.sha256, "frame_s": self.frame_s, "reference": self.reference_id,
                "reference_exhibit": self.reference_exhibit, "reference_artifact": self.reference_artifact,
                "reference_frame_s": self.reference_frame_s, "distance": self.distance,
                "quality": self.quality, "reference_quality": self.reference_quality,
                "transform": self.transform, "algorithm": ALGORITHM, "hash": self.hash,
                "reference_hash": self.reference_hash, "threshold": MATCH_DISTANCE}


@dataclass
class MatchReport:
    matches: list[Match] = field(default_factory=list)
    references: int = 0
    compared: int = 0             # fingerprints of the vault's files that were compared
    pending: int = 0              # files not fingerprinted yet
    unreadable: int = 0           # files that could not be read as a picture or video
    too_large: int = 0            # pictures of more than MAX_DECODE_PIXELS: sealed, not fingerprinted
    low_quality: int = 0          # fingerprints below MIN_QUALITY, left out
    weak_references: list[str] = field(default_factory=list)   # references too plain to match on
    unreadable_references: list[str] = field(default_factory=list)   # not readable as a picture
    too_large_references: list[str] = field(default_factory=list)    # too large to fingerprint

    def to_dict(self) -> dict:
        return {"matches": [m.to_dict() for m in self.matches], "references": self.references,
                "compared": self.compared, "pending": self.pending, "unreadable": self.unreadable,
                "too_large": self.too_large, "max_pixels": MAX_DECODE_PIXELS,
                "low_quality": self.low_quality, "weak_references": self.weak_references,
                "unreadable_references": self.unreadable_references,
                "too_large_references": self.too_large_references,
                "threshold": MATCH_DISTANCE, "min_quality": MIN_QUALITY, "algorithm": ALGORITHM}


def _words(hex_hashes: list[str]):
    import numpy as np

    if not hex_hashes:
        return np.zeros((0, 4), dtype=np.uint64)
    raw = bytes.fromhex("".join(hex_hashes))
    return np.frombuffer(raw, dtype=np.uint64).reshape(-1, 4)


def distances(a_hex: list[str], b_hex: list[str]):
    """The Hamming distance of every fingerprint in `a` to every one in `b` (len(a) x len(b))."""
    import numpy as np

    a, b = _words(a_hex), _words(b_hex)
    out = np.zeros((len(a), len(b)), dtype=np.uint16)
    for k in range(4):                  # 4 words of 64 bits: XOR, count the bits, add up
        out += np.bitwise_count(a[:, k, None] ^ b[None, :, k])
    return out


def find_matches(vault, *, item_ids: Iterable[str] | None = None, items=None) -> MatchReport:
    """Every file of the vault (or of `item_ids`) within MATCH_DISTANCE of a reference's
    fingerprint (both of quality >= MIN_QUALITY); the closest frame and transform per pair.
    `items`: the vault's items, if the caller has them already."""
    import numpy as np

    cache = cache_for(vault)
    report = MatchReport()
    items = vault.items() if items is None else items
    refs = references(vault, items)
    report.references = len(refs)
    ref_rows: list[tuple] = []      # (ref item, artifact, time, transform, quality)
    ref_hashes: list[str] = []
    for ref in refs:
        usable = readable = too_large = False
        for a in ref.artifacts:
            if not is_fingerprintable(a):
                continue
            prints = cache.dihedral.get(a.sha256)
            if prints is None:
                problem = cache.problems.get(a.sha256)
                if not problem:
                    report.pending += 1
                    readable = True
                too_large = too_large or problem == "too_large"
                continue
            readable = True
            for t, hashes, q in prints:
                if q < MIN_QUALITY:
                    continue
                usable = True
                for k, h in enumerate(hashes):
                    ref_rows.append((ref, a, t, TRANSFORMS[k], q))
                    ref_hashes.append(h)
        if not usable:
            if too_large and not readable:
                report.too_large_references.append(ref.id)
            else:
                (report.weak_references if readable else report.unreadable_references).append(ref.id)
    wanted = set(item_ids) if item_ids is not None else None
    rows: list[tuple] = []          # (item, artifact, time, quality)
    hashes: list[str] = []
    all_prints, problems = cache.prints, cache.problems     # read without the lock: .get is atomic
    for it in items:
        if it.source == "reference" or (wanted is not None and it.id not in wanted):
            continue
        for a in it.artifacts:
            if not is_fingerprintable(a):
                continue
            prints = all_prints.get(a.sha256)
            if prints is None:
                problem = problems.get(a.sha256)
                if problem == "too_large":
                    report.too_large += 1
                elif problem:
                    report.unreadable += 1
                else:
                    report.pending += 1
                continue
            for t, h, q in prints:
                if q < MIN_QUALITY:
                    report.low_quality += 1
                    continue
                rows.append((it, a, t, q))
                hashes.append(h)
    report.compared = len(rows)
    if not rows or not ref_rows:
        return report
    d = distances(hashes, ref_hashes)
    best: dict[tuple, Match] = {}
    for i, j in zip(*np.nonzero(d <= MATCH_DISTANCE)):
        it, a, t, q = rows[i]
        ref, ra, rt, transform, rq = ref_rows[j]
        dist = int(d[i, j])
        key = (it.id, a.name, ref.id)
        cur = best.get(key)
        if cur is None or dist < cur.distance or (dist == cur.distance and transform == "original"):
            best[key] = Match(it.id, it.exhibit, a.name, a.sha256, t, ref.id, ref.exhibit, ra.name, rt,
                              dist, q, rq, transform, hashes[i], ref_hashes[j])
    report.matches = sorted(best.values(), key=lambda m: (m.exhibit, m.artifact, m.distance))
    return report


def matching_items(vault, item_ids: Iterable[str]) -> set[str]:
    """Which of these items hold a picture that matches one of her photos. Whatever of them, and
    of her photos, has no fingerprint yet is fingerprinted first (a writer keeps them): an export
    asks this, and must not show her photo sharp because the background work had not reached it."""
    ids = set(item_ids)
    items = vault.items()
    todo = missing(vault, [it for it in items if it.id in ids or it.source == "reference"])
    if todo:
        cache = cache_for(vault)
        for iid, art, dihedral in todo:
            try:
                cache.ensure(vault, iid, art, dihedral=dihedral)
            except Exception:       # a damaged object: verify reports it; the rest still counts
                log.warning("could not fingerprint %s of %s", art.name, iid, exc_info=True)
        cache.flush(vault)
    return {m.item_id for m in find_matches(vault, item_ids=ids, items=items).matches}


def matched_item_ids(vault) -> dict[str, int]:
    """item id -> how many of its files match a reference (the app marks these items)."""
    out: dict[str, int] = {}
    for m in find_matches(vault).matches:
        out[m.item_id] = out.get(m.item_id, 0) + 1
    return out
