"""A picture that matches one of her photos makes its item sensitive in every export: blurred in
the court dossier, its files withheld from the bundle, unless she includes sensitive items for that
export. The sealed item is not changed."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from PIL import Image
from pypdf import PdfReader

import export
from evidence_kit.references import add_reference
from tests.site import pages_watch as pw

from .helpers import add_capture, post_png
from .test_blur import hides


def _pdf_images(path) -> list[Image.Image]:
    return [im.image.convert("RGB") for page in PdfReader(str(path)).pages for im in page.images]


@pytest.fixture
def matched(make_vault, tmp_path):
    """Her photo as a reference, and a capture (not marked sensitive) with the same picture on it."""
    vault, _ = make_vault()
    (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
    ref = add_reference(vault, tmp_path / "me.jpg")
    post = add_capture(vault, case="Дело", url="https://t.me/s/leaks/9", title="the post",
                       png=post_png(900, 700, seed=3),
                       media=[("media-1.jpg", pw.reference_bytes(), "image/jpeg", "https://t.me/i/9.jpg")])
    other = add_capture(vault, case="Дело", url="https://t.me/s/leaks/10", title="another post",
                        png=post_png(900, 700, seed=4),
                        media=[("media-1.jpg", pw.unrelated_bytes(101), "image/jpeg", "https://t.me/i/10.jpg")])
    assert not post.sensitive and not other.sensitive
    return vault, ref, post, other


def test_court_dossier_blurs_a_picture_that_matches_her_photo(matched, tmp_path):
    vault, ref, post, other = matched
    photo = Image.open(tmp_path / "me.jpg").convert("RGB")
    out = tmp_path / "court.pdf"
    export.export_items(vault, "court", out, case="Дело", lang="en")
    drawn = [i for i in _pdf_images(out) if min(i.size) > 4]
    assert drawn
    for n, im in enumerate(drawn):          # SSIM at 16 px (tests/export/test_blur.py): never her photo
        s = hides(im, photo)[0]
        assert s < 0.3, f"picture {n} shows her photo: SSIM {s:.2f}"
    # the unrelated post's picture is shown as it was sealed (only the match is sensitive)
    unrelated = Image.open(__import__("io").BytesIO(pw.unrelated_bytes(101))).convert("RGB")
    assert any(hides(im, unrelated)[0] > 0.9 for im in drawn)
    assert not vault.get(post.id).sensitive                  # the sealed item is as it was
    # she may choose to include sensitive items for one export: then it is shown
    shown = tmp_path / "shown.pdf"
    export.export_items(vault, "court", shown, [post.id], lang="en", include_sensitive=True)
    assert any(hides(im, photo)[0] > 0.9 for im in _pdf_images(shown))


def test_bundle_withholds_the_files_of_an_item_that_matches_her_photo(matched, tmp_path):
    vault, ref, post, other = matched
    sha = hashlib.sha256(pw.reference_bytes()).hexdigest()
    out = tmp_path / "bundle.zip"
    export.export_items(vault, "bundle", out, case="Дело", lang="en")
    with zipfile.ZipFile(out) as zf:
        held = {hashlib.sha256(zf.read(n)).hexdigest() for n in zf.namelist()}
        manifest = json.loads(zf.read("manifest.json"))
    assert sha not in held
    by_id = {i["id"]: i for i in manifest["items"]}
    assert by_id[post.id]["files_withheld"] is True
    assert by_id[other.id]["files_withheld"] is False
