"""A blurred picture hides everything: a dark figure on a light wall cannot be made out, in the
court dossier, in the platform report, and in the app's viewer (one helper makes all of them).

How it is measured: the blurred picture and the original are both averaged down to 16 pixels on
the long side (the coarsest view in which a person still reads the layout of a body: head, arms,
legs), and compared there.
- Their structural similarity (SSIM over the whole 16-pixel picture) must stay below 0.3. A
  40-pixel copy stretched to full size scores about 0.9 (the figure is plain), the old 12-pixel-
  across copy of the dossier 0.88; noise unrelated to the picture scores about 0; pictures people
  call "the same" score above 0.5.
- What is left of the figure's contrast (the standard deviation of the grey values at 16 pixels)
  must be under a fifth of the original's: a soft, even wash, not a silhouette.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

import export
from evidence_kit import blur

from .helpers import add_capture

SSIM_MAX = 0.3
CONTRAST_MAX = 0.2


def figure(w: int = 600, h: int = 900) -> Image.Image:
    """A dark figure (head, body, arms, legs) standing against a light wall."""
    im = Image.new("RGB", (w, h), (235, 228, 220))
    d = ImageDraw.Draw(im)
    dark = (40, 30, 30)
    d.ellipse((w * .40, h * .08, w * .60, h * .22), fill=dark)
    d.rectangle((w * .35, h * .22, w * .65, h * .60), fill=dark)
    d.rectangle((w * .20, h * .25, w * .35, h * .32), fill=dark)
    d.rectangle((w * .65, h * .25, w * .80, h * .32), fill=dark)
    d.rectangle((w * .37, h * .60, w * .47, h * .95), fill=dark)
    d.rectangle((w * .53, h * .60, w * .63, h * .95), fill=dark)
    return im


def png(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def at16(im: Image.Image, size: tuple[int, int] | None = None) -> np.ndarray:
    im = im.convert("L")
    if size is None:
        f = 16 / max(im.size)
        size = (max(1, round(im.width * f)), max(1, round(im.height * f)))
    return np.asarray(im.resize(size, Image.Resampling.BOX), dtype=float)


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    """Structural similarity of two grey pictures of one size, over the whole picture."""
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    ma, mb = a.mean(), b.mean()
    cov = ((a - ma) * (b - mb)).mean()
    return float(((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma ** 2 + mb ** 2 + c1) * (a.var() + b.var() + c2)))


def hides(blurred: Image.Image, original: Image.Image) -> tuple[float, float]:
    """(SSIM, contrast left) of a blurred picture against the original, at 16 pixels."""
    o = at16(original)
    b = at16(blurred, (o.shape[1], o.shape[0]))
    return ssim(o, b), float(b.std() / o.std())


def assert_hidden(blurred: Image.Image, original: Image.Image, what: str) -> None:
    s, contrast = hides(blurred, original)
    assert s < SSIM_MAX and contrast < CONTRAST_MAX, f"{what}: SSIM {s:.2f}, contrast left {contrast:.2f}"


def test_the_measure_sees_a_figure_in_a_40_pixel_copy():
    """The control: the measure calls a 40-pixel copy stretched back (the old viewer) recognisable."""
    im = figure()
    stretched = im.resize((40, 60), Image.Resampling.BOX).resize(im.size, Image.Resampling.BILINEAR)
    s, contrast = hides(stretched, im)
    assert s > 0.8 and contrast > 0.8


def test_the_shared_blur_leaves_nothing_of_the_figure():
    im = figure()
    out = blur.blurred_image(im)
    assert max(out.size) == blur.OUT_PX and abs(out.width / out.height - im.width / im.height) < 0.1
    assert blur.tiny_size(*im.size) == (8, 12)             # made from at most 12 px on the long side
    assert_hidden(out, im, "helper")
    assert_hidden(blur.blurred_image(im.rotate(90, expand=True)), im.rotate(90, expand=True), "landscape")


def test_the_app_viewer_blurs_with_the_same_helper():
    from ui.viewer import decode_image

    im = figure()
    decoded = decode_image("x", "figure.png", png(im))
    q = decoded.blurred
    assert max(q.width(), q.height()) <= blur.OUT_PX
    shown = Image.frombuffer("RGB", (q.width(), q.height()),
                             bytes(q.convertToFormat(q.Format.Format_RGB888).constBits()), "raw", "RGB",
                             q.convertToFormat(q.Format.Format_RGB888).bytesPerLine(), 1)
    assert_hidden(shown, im, "app viewer")
    # the same picture as the helper makes (Qt averages it down instead of Pillow: nearly the same)
    same = np.asarray(blur.blurred_image(im).resize(shown.size).convert("L"), dtype=float)
    assert np.abs(np.asarray(shown.convert("L"), dtype=float) - same).mean() < 6


def _pdf_images(path) -> list[Image.Image]:
    return [im.image.convert("RGB") for page in PdfReader(str(path)).pages for im in page.images]


@pytest.fixture
def figure_vault(make_vault):
    vault, _ = make_vault()
    item = add_capture(vault, case="Blur", url="https://t.me/s/leaks/7", title="figure",
                       png=png(figure()), sensitive=True,
                       media=[("media-1.png", png(figure(300, 450)), "image/png", "https://t.me/i/1.png")])
    return vault, item


def test_court_dossier_and_platform_report_hide_the_figure(figure_vault, tmp_path):
    vault, item = figure_vault
    court = tmp_path / "court.pdf"
    export.export_items(vault, "court", court, [item.id], lang="en")
    drawn = [i for i in _pdf_images(court) if min(i.size) > 4]
    assert len(drawn) >= 2                                   # the screenshot and the saved picture
    for n, im in enumerate(drawn):
        assert_hidden(im, figure(), f"court picture {n}")
    res = export.export_items(vault, "platform", tmp_path / "report.pdf", [item.id], lang="en")
    top = figure().crop((0, 0, 600, int(600 * 0.62)))       # the report shows the top of a screenshot
    thumbs = [i for f in res.files for i in _pdf_images(f.path) if min(i.size) > 4]
    assert thumbs
    for n, im in enumerate(thumbs):
        assert_hidden(im, top, f"platform thumbnail {n}")
