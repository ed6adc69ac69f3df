"""The one blur for a picture nobody may recognise: the app's viewer (until she chooses "Show the
picture") and every PDF (sensitive items in the court dossier, every picture of a platform
report, a chat's blurred pictures) all make it here.

The picture is first reduced to at most SIDE pixels on its long side by averaging (`tiny`): every
detail, face, word and outline is gone for good at that point, whatever is done afterwards. That
copy is then enlarged with smoothing and blurred with a Gaussian of SIGMA of its own pixels
(`from_tiny`), so no block edge is left either. What remains are a few soft colour fields: the
shapes and the layout of a body (a dark figure on a light wall) can no longer be told, where a
40-pixel copy stretched to full size showed them plainly (tests/export/test_blur.py measures it).
"""

from __future__ import annotations

from PIL import Image, ImageFilter

SIDE = 12          # the long side of the copy every blurred picture is made from, in pixels
SIGMA = 3.5        # the Gaussian's standard deviation, in pixels of that copy (a third of its long side)
OUT_PX = 240       # the long side of the blurred picture made from it (it is smooth: any size will do)


def tiny_size(width: int, height: int, side: int = SIDE) -> tuple[int, int]:
    """The size of the reduced copy: at most `side` pixels on the long side, at least 1 on each."""
    width, height = max(1, int(width)), max(1, int(height))
    f = min(1.0, side / max(width, height))
    return max(1, round(width * f)), max(1, round(height * f))


def _rgb(img: Image.Image) -> Image.Image:
    """RGB, transparent parts over white (as a page shows them)."""
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return img.convert("RGB")


def tiny(img: Image.Image, side: int = SIDE) -> Image.Image:
    """The picture averaged down to at most `side` pixels on its long side (RGB)."""
    rgb = _rgb(img)
    size = tiny_size(rgb.width, rgb.height, side)
    return rgb.resize(size, Image.Resampling.BOX)


def from_tiny(small: Image.Image, out_px: int = OUT_PX) -> Image.Image:
    """The blurred picture, `out_px` on its long side, made from the reduced copy `small` (which
    must be at most SIDE pixels on its long side: the caller reduced it with `tiny` or `tiny_size`)."""
    small = _rgb(small)
    if max(small.size) > SIDE:                      # never trust a larger copy: reduce it here
        small = small.resize(tiny_size(*small.size), Image.Resampling.BOX)
    f = out_px / max(small.size)
    size = (max(1, round(small.width * f)), max(1, round(small.height * f)))
    big = small.resize(size, Image.Resampling.BILINEAR)
    return big.filter(ImageFilter.GaussianBlur(SIGMA * f))


def blurred_image(img: Image.Image, out_px: int = OUT_PX) -> Image.Image:
    """A stand-in for the picture in which nothing can be recognised (RGB, `out_px` on the long
    side, the picture's own proportions)."""
    return from_tiny(tiny(img), out_px)
