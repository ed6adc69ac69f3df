"""Pictures for the documents, made in memory with Pillow: screenshot slices that can be read on
paper, recompressed as JPEG for the PDF (the originals stay untouched in the vault and the
bundle), blurred stand-ins for sensitive pictures, and small thumbnails.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageFilter, ImageOps

# Our own full-page captures can be tall (40,000 px and more); refuse only what would not fit
# in memory. A picture over this is listed with its hash but not drawn.
MAX_PIXELS = 178_000_000    # Pillow's own decompression-bomb limit
MAX_EMBED_WIDTH = 1600       # px: about 150 dpi across a landscape page
JPEG_QUALITY = 62
OVERLAP_PX = 48              # slices repeat this many pixels so no line is lost at a cut
IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", "image/tiff")


class PictureError(Exception):
    """A picture that cannot be drawn (damaged, unknown format, too large)."""


@dataclass
class Slice:
    jpeg: bytes
    px_width: int       # embedded pixels
    px_height: int
    top: int            # rows of the original picture this slice shows: [top, bottom)
    bottom: int
    width_pt: float     # drawn size
    height_pt: float


def open_picture(data: bytes) -> Image.Image:
    """Decode a picture (applying its EXIF rotation, as a phone shows it)."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                raise PictureError("too large")
            img.load()
    except PictureError:
        raise
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise PictureError(str(exc)) from exc
    try:
        img = ImageOps.exif_transpose(img)
    except Exception:
        pass
    return img


def _rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return img.convert("RGB")


def jpeg_bytes(img: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    _rgb(img).save(out, "JPEG", quality=quality, subsampling=2, optimize=True)
    return out.getvalue()


def plan(px_w: int, px_h: int, frame_w: float, frame_h: float, *, max_scale: float = 1.0,
         overlap: int = OVERLAP_PX) -> tuple[float, list[tuple[int, int]]]:
    """The scale (points per pixel) and the row ranges of the slices that fill whole pages."""
    scale = min(frame_w / px_w, max_scale)
    rows = max(int(frame_h / scale), overlap * 2 + 1)
    if px_h <= rows:
        return scale, [(0, px_h)]
    out, top = [], 0
    while True:
        bottom = min(top + rows, px_h)
        out.append((top, bottom))
        if bottom >= px_h:
            return scale, out
        top = bottom - overlap


def slices(img: Image.Image, frame_w: float, frame_h: float, *, max_scale: float = 1.0):
    """Yield `Slice`s of the picture, top to bottom, each filling at most one frame."""
    scale, ranges = plan(img.width, img.height, frame_w, frame_h, max_scale=max_scale)
    embed_w = min(img.width, MAX_EMBED_WIDTH)
    for top, bottom in ranges:
        part = img.crop((0, top, img.width, bottom))
        if embed_w != img.width:
            h = max(1, round((bottom - top) * embed_w / img.width))
            part = _rgb(part).resize((embed_w, h), Image.LANCZOS)
        data = jpeg_bytes(part)
        yield Slice(jpeg=data, px_width=part.width, px_height=part.height, top=top, bottom=bottom,
                    width_pt=img.width * scale, height_pt=(bottom - top) * scale)
        del part


def fitted(img: Image.Image, box_w: float, box_h: float, *, max_scale: float = 1.5,
           max_px: int = 1000) -> Slice:
    """A whole picture scaled to fit a box (small ones enlarged at most `max_scale` points per
    pixel), recompressed as JPEG with at most `max_px` pixels across for the PDF."""
    w, h = img.size
    scale = min(box_w / w, box_h / h, max_scale)
    embed = img
    if w > max_px or h > max_px:
        f = max_px / max(w, h)
        embed = _rgb(img).resize((max(1, round(w * f)), max(1, round(h * f))), Image.LANCZOS)
    return Slice(jpeg=jpeg_bytes(embed), px_width=embed.width, px_height=embed.height, top=0, bottom=h,
                 width_pt=w * scale, height_pt=h * scale)


def blurred(img: Image.Image, box_w: float, box_h: float, *, out_px: int = 360) -> Slice:
    """A stand-in that shows only the colours and the layout: nothing in it can be recognised.

    The picture is shrunk to 12 pixels across (detail is gone for good), then enlarged and
    blurred again so no blocks remain."""
    w, h = img.size
    tiny_w = 12
    tiny_h = max(1, round(h * tiny_w / w)) if w else 1
    tiny_h = min(tiny_h, 12 * 6)
    small = _rgb(img).resize((tiny_w, tiny_h), Image.BOX)
    big_w = out_px
    big_h = max(1, round(tiny_h * out_px / tiny_w))
    big = small.resize((big_w, big_h), Image.BILINEAR).filter(ImageFilter.GaussianBlur(out_px / 18))
    scale = min(box_w / big_w, box_h / big_h)
    return Slice(jpeg=jpeg_bytes(big, 60), px_width=big_w, px_height=big_h, top=0, bottom=h,
                 width_pt=big_w * scale, height_pt=big_h * scale)


def thumbnail(img: Image.Image, width_pt: float, *, sensitive: bool, out_px: int = 420,
              aspect: float = 0.62) -> Slice:
    """The top of a picture, small, for the platform report; blurred when it is sensitive."""
    if sensitive:
        top = img.crop((0, 0, img.width, min(img.height, max(1, int(img.width * aspect)))))
        s = blurred(top, width_pt, width_pt * aspect, out_px=min(out_px, 240))
        return s
    crop_h = min(img.height, max(1, int(img.width * aspect)))
    part = img.crop((0, 0, img.width, crop_h))
    if part.width > out_px:
        part = _rgb(part).resize((out_px, max(1, round(crop_h * out_px / img.width))), Image.LANCZOS)
    scale = width_pt / part.width
    return Slice(jpeg=jpeg_bytes(part, 65), px_width=part.width, px_height=part.height, top=0,
                 bottom=crop_h, width_pt=width_pt, height_pt=part.height * scale)
