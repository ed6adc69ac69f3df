"""A picture of more pixels than can be decoded cheaply (a PNG of 13,300 x 13,300 packs into a few
hundred KB and decodes into gigabytes) is sealed, said to be too large to fingerprint, and never
tried again; a large JPEG is fingerprinted from a reduced decode."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pytest

from evidence_kit import perceptual as P
from tests.chats.test_cli import _env
from tests.core.helpers import cli_argv, run_cli, run_measured

SIDE = 13_300


def huge_png(path: Path) -> Path:
    """13,300 x 13,300, 1 bit a pixel, a few lines drawn: a few hundred KB on disk (Pillow holds
    it at a byte a pixel while writing it: 177 MB, here only)."""
    from PIL import Image, ImageDraw

    img = Image.new("1", (SIDE, SIDE), 1)
    draw = ImageDraw.Draw(img)
    for k in range(0, SIDE, 97):
        draw.line((0, k, SIDE, (k * 7) % SIDE), fill=0, width=3)
    img.save(path, "PNG")
    img.close()
    return path


def test_a_huge_png_is_sealed_not_fingerprinted_in_little_memory_and_not_tried_again(tmp_path):
    env, home, _ = _env(tmp_path)
    png = huge_png(tmp_path / "huge.png")
    assert png.stat().st_size < 2 << 20
    r, peak_mib, seconds = run_measured(cli_argv("import", png, "--json"), env, tmp_path,
                                        address_space_cap=2 << 30)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert peak_mib <= 500, peak_mib
    [item] = json.loads(r.stdout)
    # recorded, in the vault's cache, as too large (not as unreadable, not as pending)
    r = run_cli(["matches", "--json"], env)
    report = json.loads(r.stdout)
    assert (report["too_large"], report["unreadable"], report["pending"]) == (1, 0, 0), report
    r = run_cli(["matches"], env)
    assert "too large to fingerprint" in r.stdout, r.stdout
    r = run_cli(["--lang", "tg", "matches"], env)
    assert "калон" in r.stdout, r.stdout
    # the app's start (fingerprint_missing) and `matches` do not try it again
    from evidence_kit.vault import Vault

    with Vault.open(home / "vault", "pw") as v:
        assert P.cache_for(v).problems[item["artifacts"][0]["sha256"]] == "too_large"
        assert P.missing(v) == [] and P.fingerprint_missing(v) == 0


def test_the_size_is_checked_before_decoding(tmp_path, monkeypatch):
    """Never decoded: Pillow is not asked to load it (and its bomb warning is not silenced)."""
    from PIL import Image, ImageFile

    data = huge_png(tmp_path / "huge.png").read_bytes()
    loads = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: loads.append(self.size))
    with pytest.raises(P.TooLarge):
        P.fingerprint_bytes(data, "image/png")
    assert loads == []
    assert Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS > 0


def test_a_large_jpeg_is_fingerprinted_from_a_reduced_decode(tmp_path):
    """A 60-megapixel JPEG (a phone's largest mode is 200): decoded at 1/8 scale, as a photo."""
    from PIL import Image

    img = Image.new("RGB", (9000, 6700), (120, 160, 200))
    for k in range(0, 9000, 300):
        img.paste((k % 255, 40, 90), (k, 0, k + 150, 6700))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=60)
    img.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error")           # no decompression-bomb warning either
        prints = P.fingerprint_bytes(buf.getvalue(), "image/jpeg")
    assert len(prints) == 1 and prints[0][2] > 0
