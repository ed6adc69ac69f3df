"""Pictures for the documents, made in memory with Pillow, as image streams that go into the PDF
as they are (reportlab never decodes them again).

Evidence is shown as it was sealed:
- a screenshot (PNG, or any picture that is not a JPEG) is cut into page-high slices at its own
  pixel size and each slice is embedded losslessly (Flate with PNG row predictors, as inside a
  PNG file), so `pdfimages -png` gives back exactly the sealed picture's pixels, row for row;
- a JPEG is embedded byte for byte as it was sealed (its EXIF rotation applied by the drawing,
  not by re-encoding); a tall one is drawn once per page, each page showing its own rows.
What is not evidence is made small: blurred stand-ins for sensitive pictures (nothing in them can
be recognised) and the blurred thumbnails of the platform report.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageOps

from evidence_kit import blur

# Our own full-page captures can be tall (40,000 px and more); refuse only what would not fit
# in memory. A picture over this is listed with its hash but not drawn.
MAX_PIXELS = 178_000_000    # Pillow's own decompression-bomb limit
OVERLAP_PX = 48              # slices repeat this many pixels so no line is lost at a cut
PNG_LEVEL = 6                # zlib level of the lossless slices (6: PNG's own default)
MEDIA_MAX_PIXELS = 6_000_000  # a picture from a page larger than this is shown reduced
MEDIA_MAX_SIDE = 2400
IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", "image/tiff")
_ORIENTATION = 0x0112


class PictureError(Exception):
    """A picture that cannot be drawn (damaged, unknown format, too large)."""


@dataclass
class Raster:
    """One image stream exactly as it goes into the PDF."""
    data: bytes
    filter: str                    # "FlateDecode" (PNG rows, predictor 15) or "DCTDecode"
    width: int
    height: int
    space: str                     # "DeviceRGB", "DeviceGray" or "Indexed" (over DeviceRGB)
    bpc: int = 8
    palette: bytes = b""           # Indexed: RGB triples
    smask: "Raster | None" = None  # transparency, as a grey Flate raster
    orientation: int = 1           # EXIF orientation of a JPEG drawn as stored
    _name: str = field(default="", repr=False)

    @property
    def predictor(self) -> bool:
        return self.filter == "FlateDecode"

    @property
    def name(self) -> str:
        """A name that is the same for the same stream, so a JPEG drawn on several pages is
        stored once."""
        if not self._name:
            self._name = "ekimg" + hashlib.sha256(self.data).hexdigest()[:24]
        return self._name

    @property
    def size(self) -> int:
        return len(self.data) + (self.smask.size if self.smask else 0)


@dataclass
class Slice:
    raster: Raster
    top: int            # rows of the picture (as displayed) this slice shows: [top, bottom)
    bottom: int
    width_pt: float     # drawn size of the slice
    height_pt: float
    full_height_pt: float = 0.0   # > height_pt: the raster is the whole picture, clipped to these rows
    how: str = "lossless"         # "lossless", "original" (the JPEG itself), "reduced", "converted", "blurred"

    @property
    def px_width(self) -> int:
        return self.raster.width

    @property
    def px_height(self) -> int:
        return self.bottom - self.top


# ----------------------------------------------------------------------------- reading
def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                raise PictureError("too large")
            return img
    except PictureError:
        raise
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise PictureError(str(exc)) from exc


def open_picture(data: bytes) -> Image.Image:
    """Decode a picture (applying its EXIF rotation, as a phone shows it)."""
    img = _open(data)
    try:
        img.load()
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise PictureError(str(exc)) from exc
    try:
        img = ImageOps.exif_transpose(img)
    except Exception:
        pass
    return img


def _jpeg_frame(data: bytes) -> tuple[int, int] | None:
    """The start-of-frame marker and sample precision of a JPEG, or None if there is none."""
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return marker, data[pos + 4] if pos + 4 < len(data) else 0
        pos += 2 + length
    return None


def _jpeg_raster(data: bytes) -> Raster | None:
    """The JPEG itself as a raster, or None when it cannot go into the PDF as it is: CMYK needs a
    CMYK output intent; arithmetic-coded, lossless or 12-bit JPEG is not for every PDF reader."""
    frame = _jpeg_frame(data) if data[:2] == b"\xff\xd8" else None
    if frame is None or frame[0] not in (0xC0, 0xC1, 0xC2) or frame[1] != 8:
        return None
    try:
        img = _open(data)
    except PictureError:
        return None
    if img.format != "JPEG" or img.mode not in ("RGB", "L"):
        return None
    try:
        orientation = int(img.getexif().get(_ORIENTATION, 1))
    except Exception:
        orientation = 1
    if orientation not in range(1, 9):
        orientation = 1
    w, h = img.size
    space = "DeviceRGB" if img.mode == "RGB" else "DeviceGray"
    img.close()
    return Raster(data=data, filter="DCTDecode", width=w, height=h, space=space, orientation=orientation)


def displayed_size(r: Raster) -> tuple[int, int]:
    return (r.height, r.width) if r.orientation in (5, 6, 7, 8) else (r.width, r.height)


# ----------------------------------------------------------------------------- lossless rasters
def _png_chunks(png: bytes):
    pos = 8
    while pos + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        yield kind, png[pos + 8:pos + 8 + length]
        pos += 12 + length


def _from_png(png: bytes) -> Raster:
    """A PNG that Pillow wrote (non-interlaced, no alpha) as a Flate raster: its IDAT data is
    exactly a FlateDecode stream with PNG predictors."""
    idat, palette, head = [], b"", None
    for kind, body in _png_chunks(png):
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            idat.append(body)
    w, h, depth, ctype, _, _, interlace = head
    if interlace or ctype not in (0, 2, 3):
        raise PictureError("unexpected PNG layout")
    space = {0: "DeviceGray", 2: "DeviceRGB", 3: "Indexed"}[ctype]
    return Raster(data=b"".join(idat), filter="FlateDecode", width=w, height=h, space=space, bpc=depth,
                  palette=palette if ctype == 3 else b"")


def _encode(img: Image.Image) -> Raster:
    buf = io.BytesIO()
    if img.mode == "P":
        # 8 bits per index even for a few colours (Pillow packs up to 16 colours into 1, 2 or 4
        # bits, and not every PDF reader unpacks those behind a PNG predictor; pypdf does not):
        # a palette of at least 17 entries keeps 8. Flate makes the difference small.
        pal = img.getpalette() or []
        if len(pal) < 17 * 3:
            img = img.copy()
            img.putpalette(pal + [0] * (17 * 3 - len(pal)))
    img.save(buf, "PNG", compress_level=PNG_LEVEL)
    return _from_png(buf.getvalue())


def _fewest(img: Image.Image) -> Image.Image:
    """The same pixels in the smallest exact form: grey when every pixel is grey, a palette when
    there are at most 256 colours (checked pixel for pixel), else RGB as it is. Screenshots of
    text are mostly one or the other, and a third to a half the size."""
    colours = img.getcolors(256)
    if colours is None:
        return img
    if all(c[0] == c[1] == c[2] for _, c in colours):
        return img.convert("L")             # exact: the grey weights sum to one
    raw = img.tobytes()
    for method in (Image.Quantize.FASTOCTREE, Image.Quantize.MEDIANCUT):   # the first is 4x faster
        pal = img.quantize(colors=len(colours), method=method, dither=Image.Dither.NONE)
        if pal.convert("RGB").tobytes() == raw:
            return pal
    return img


def _opaque(img: Image.Image) -> bool:
    return img.getchannel("A").getextrema()[0] == 255


def lossless(img: Image.Image) -> tuple[Raster, bool]:
    """The picture's pixels as a lossless raster, and whether they are exactly the decoded pixels
    (False only for modes a PDF cannot hold as they are, e.g. 16-bit, which become 8-bit RGB)."""
    mode = img.mode
    if mode == "P" and "transparency" in img.info:
        img, mode = img.convert("RGBA"), "RGBA"
    if mode == "RGB":
        return _encode(_fewest(img)), True
    if mode in ("L", "P"):
        return _encode(img), True
    if mode == "1":
        return _encode(img.convert("L")), True
    if mode in ("RGBA", "LA"):
        colour = img.convert("RGB" if mode == "RGBA" else "L")
        if _opaque(img):
            return _encode(_fewest(colour) if mode == "RGBA" else colour), True
        r = _encode(colour)
        r.smask = _encode(img.getchannel("A"))
        return r, True
    if mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):    # 16-bit grey: keep the high byte
        return _encode(img.convert("I").point(lambda v: v / 256).convert("L")), False
    return _encode(img.convert("RGB")), False             # CMYK, YCbCr, LAB, float: as RGB


# ----------------------------------------------------------------------------- slices
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


@dataclass
class Cut:
    """A picture cut for the pages: its displayed size, the frame orientation chosen for it, its
    slices, and whether each lossless slice holds exactly the sealed picture's decoded pixels."""
    px_width: int
    px_height: int
    slices: list[Slice]
    exact: bool = True
    how: str = "lossless"
    orientation: str = "portrait"


def cut(data: bytes, frames) -> Cut:
    """Slices of a sealed picture, top to bottom, each filling at most one frame: a JPEG as it is
    (one raster, each page clipped to its rows), anything else losslessly, slice by slice.

    `frames(px_width, px_height)` gives (orientation, frame width, frame height) for the
    picture's size; the picture is decoded once."""
    jpeg = _jpeg_raster(data)
    if jpeg is not None:
        w, h = displayed_size(jpeg)
        orient, frame_w, frame_h = frames(w, h)
        scale, ranges = plan(w, h, frame_w, frame_h)
        full = h * scale
        out = [Slice(jpeg, top, bottom, w * scale, (bottom - top) * scale,
                     full_height_pt=full if len(ranges) > 1 else 0.0, how="original")
               for top, bottom in ranges]
        return Cut(w, h, out, exact=True, how="original", orientation=orient)
    img = open_picture(data)
    try:
        orient, frame_w, frame_h = frames(img.width, img.height)
        scale, ranges = plan(img.width, img.height, frame_w, frame_h)
        out, exact = [], True
        for top, bottom in ranges:
            part = img.crop((0, top, img.width, bottom)) if len(ranges) > 1 else img
            raster, same = lossless(part)
            exact = exact and same
            out.append(Slice(raster, top, bottom, img.width * scale, (bottom - top) * scale))
            if part is not img:
                part.close()
        return Cut(img.width, img.height, out, exact=exact, orientation=orient)
    finally:
        img.close()


def fitted(data: bytes, box_w: float, box_h: float, *, max_scale: float = 1.5) -> Slice:
    """A whole picture scaled to fit a box (small ones enlarged at most `max_scale` points per
    pixel): a JPEG as it is, anything else losslessly, reduced only when it is larger than
    MEDIA_MAX_PIXELS (`how` says which)."""
    jpeg = _jpeg_raster(data)
    if jpeg is not None:
        w, h = displayed_size(jpeg)
        scale = min(box_w / w, box_h / h, max_scale)
        return Slice(jpeg, 0, h, w * scale, h * scale, how="original")
    img = open_picture(data)
    try:
        w, h = img.size
        scale = min(box_w / w, box_h / h, max_scale)
        how = "lossless"
        embed = img
        if w * h > MEDIA_MAX_PIXELS:
            f = MEDIA_MAX_SIDE / max(w, h)
            embed = img.resize((max(1, round(w * f)), max(1, round(h * f))), Image.LANCZOS)
            how = "reduced"
        raster, same = lossless(embed)
        if not same and how == "lossless":
            how = "converted"
        return Slice(raster, 0, h, w * scale, h * scale, how=how)
    finally:
        img.close()


def thumbnail(data: bytes, box_w: float, box_h: float, *, max_px: int = 320, quality: int = 75) -> Slice:
    """A small copy of a picture for a list (a chat transcript's pictures): at most `max_px` pixels
    across, as JPEG, `how` "reduced" — never presented as the sealed pixels (the sealed file and its
    SHA-256 are named beside it)."""
    img = open_picture(data)
    try:
        w, h = img.size
        small = _rgb(img)
        if max(w, h) > max_px:
            f = max_px / max(w, h)
            small = small.resize((max(1, round(w * f)), max(1, round(h * f))), Image.LANCZOS)
        scale = min(box_w / small.width, box_h / small.height)
        return Slice(_jpeg(small, quality), 0, h, small.width * scale, small.height * scale, how="reduced")
    finally:
        img.close()


# ----------------------------------------------------------------------------- stand-ins
def _rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        bg = Image.new("RGB", rgba.size, (255, 255, 255))
        bg.paste(rgba, mask=rgba.getchannel("A"))
        return bg
    return img.convert("RGB")


def _jpeg(img: Image.Image, quality: int) -> Raster:
    out = io.BytesIO()
    _rgb(img).save(out, "JPEG", quality=quality, subsampling=2, optimize=True)
    return Raster(data=out.getvalue(), filter="DCTDecode", width=img.width, height=img.height,
                  space="DeviceRGB")


def blurred_image(img: Image.Image, *, out_px: int = 360) -> Image.Image:
    """A stand-in in which nothing can be recognised: the app's own blur (evidence_kit/blur.py),
    made from at most 12 pixels on the picture's long side."""
    return blur.blurred_image(img, out_px)


def blurred(data_or_img, box_w: float, box_h: float, *, out_px: int = 360) -> Slice:
    img = open_picture(data_or_img) if isinstance(data_or_img, (bytes, bytearray)) else data_or_img
    h = img.height
    big = blurred_image(img, out_px=out_px)
    scale = min(box_w / big.width, box_h / big.height)
    return Slice(_jpeg(big, 60), 0, h, big.width * scale, big.height * scale, how="blurred")


def blurred_thumbnail(data: bytes, width_pt: float, *, aspect: float = 0.62, out_px: int = 240) -> Slice:
    """The top of a picture, small and blurred, for the platform report (which never shows a
    picture as it is: an intimate image can sit inside any capture)."""
    img = open_picture(data)
    try:
        top = img.crop((0, 0, img.width, min(img.height, max(1, int(img.width * aspect)))))
        return blurred(top, width_pt, width_pt * aspect, out_px=out_px)
    finally:
        img.close()
