"""Screenshots a defence expert cannot call "recompressed": every slice of a sealed PNG comes back
from `pdfimages -png` with exactly the sealed rows' pixels (RGB, grey, palette, transparent), a
JPEG original is in the PDF byte for byte (turned by the drawing as its EXIF says), and every
screenshot page names the exhibit, the address, the capture time, the file's SHA-256 and its rows."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

import export

from .conftest import run
from .helpers import add_capture, photo_jpeg, post_png

URL = "https://t.me/s/leaks_dushanbe/777"


def _png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def grey_text_png(width=1366, height=3100) -> bytes:
    """Black antialiased-looking text on white: every pixel grey (the PDF holds it as grey)."""
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    for y in range(20, height - 20, 23):
        d.text((40 + (y * 7) % 200, y), f"Суроғаи хона ва рақами телефон — строка {y}", fill=(30, 30, 30))
        d.line((30, y + 18, 30 + (y * 13) % 900, y + 18), fill=((y * 3) % 256,) * 3)
    return _png(img)


def transparent_png(width=700, height=900) -> bytes:
    """RGBA with real transparency: the PDF carries the colour and a soft mask."""
    img = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    for k in range(0, height, 30):
        d.rectangle((k % 300, k, k % 300 + 250, k + 20), fill=(200, (k * 5) % 256, 40, 40 + (k % 200)))
    return _png(img)


def palette_png(width=900, height=2600) -> bytes:
    img = Image.new("P", (width, height))
    img.putpalette([255, 255, 255, 20, 20, 20, 200, 30, 30, 30, 90, 200])
    d = ImageDraw.Draw(img)
    for y in range(0, height, 40):
        d.rectangle((10 + y % 300, y, 400 + y % 300, y + 12), fill=1 + (y // 40) % 3)
    return _png(img)


def rotated_jpeg() -> bytes:
    """Stored 400×300 with a red block at its top-left; EXIF orientation 6 (turn 90° clockwise to
    show), so shown 300×400 with the red block at the top-right."""
    img = Image.new("RGB", (400, 300), (240, 240, 240))
    ImageDraw.Draw(img).rectangle((0, 0, 120, 90), fill=(220, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def add_import(vault, name: str, data: bytes, media_type: str, case: str):
    with vault.new_item("import", case=case, title=name, metadata={"original_name": name}) as d:
        d.add_bytes(name, data, role="original", media_type=media_type)
        return d.seal()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    from evidence_kit.vault import Vault
    from tests.conftest import FAST_KDF

    root = tmp_path_factory.mktemp("shots")
    vault, _ = Vault.create(root / "vault", "pass phrase", kdf=FAST_KDF, collector="Зарина")
    case = "Скриншотҳо"
    sealed = {
        "rgb": post_png(1366, 4200, seed=3),
        "grey": grey_text_png(),
        "alpha": transparent_png(),
        "palette": palette_png(),
        "jpeg_tall": photo_jpeg(900, 2600, seed=4),
        "jpeg_rotated": rotated_jpeg(),
    }
    items = {"rgb": add_capture(vault, case=case, url=URL, title="rgb", png=sealed["rgb"])}
    for name in ("grey", "alpha", "palette"):
        items[name] = add_import(vault, f"{name}.png", sealed[name], "image/png", case)
    for name in ("jpeg_tall", "jpeg_rotated"):
        items[name] = add_import(vault, f"{name}.jpg", sealed[name], "image/jpeg", case)
    out = root / "dossier.pdf"
    export.export_items(vault, "court", out, case=case, lang="en")
    imgs = root / "img"
    imgs.mkdir()
    r = run("pdfimages", "-png", "-p", out, imgs / "i")
    assert r.returncode == 0, r.stderr
    yield {"vault": vault, "pdf": out, "sealed": sealed, "items": items, "imgs": imgs, "root": root}
    vault.close()


def page_text(pdf: Path, n: int) -> str:
    return re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", "-f", n, "-l", n, pdf, "-").stdout)


def slice_pages(pdf: Path, exhibit: str) -> list[tuple[int, int, int, str]]:
    """(page, first row, last row, page text) of every screenshot page of an exhibit."""
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf).stdout).group(1))
    out = []
    for n in range(1, pages + 1):
        text = page_text(pdf, n)
        m = re.search(rf"{exhibit} · [^·]+ · part \d+ of \d+ · pixel rows (\d+)–(\d+) of (\d+)", text)
        if m:
            out.append((n, int(m.group(1)), int(m.group(2)), text))
    return out


def images_on(imgs: Path, page: int) -> list[Path]:
    return sorted(imgs.glob(f"i-{page:03d}-*.png"))


@pytest.mark.parametrize("name", ["rgb", "grey", "palette"])
def test_every_slice_comes_back_pixel_exact(shots, name):
    item = shots["items"][name]
    original = Image.open(io.BytesIO(shots["sealed"][name])).convert("RGB")
    pages = slice_pages(shots["pdf"], item.exhibit)
    assert len(pages) >= 2, "a tall picture is cut into several pages"
    covered = set()
    for page, top, last, _ in pages:
        found = images_on(shots["imgs"], page)
        assert len(found) == 1, (page, found)
        got = Image.open(found[0]).convert("RGB")
        want = original.crop((0, top, original.width, last + 1))
        assert got.size == want.size                              # its own pixel size
        assert got.tobytes() == want.tobytes(), (name, page, top, last)   # exactly those rows
        covered.update(range(top, last + 1))
    assert covered == set(range(original.height))                 # no row left out


def test_transparency_comes_back_as_colour_and_mask(shots):
    item = shots["items"]["alpha"]
    original = Image.open(io.BytesIO(shots["sealed"]["alpha"]))
    (page, top, last, _), = slice_pages(shots["pdf"], item.exhibit)
    found = images_on(shots["imgs"], page)
    assert len(found) == 2                                         # the picture and its soft mask
    listing = run("pdfimages", "-list", "-f", page, "-l", page, shots["pdf"]).stdout
    assert "smask" in listing
    rgb = [Image.open(p).convert("RGB") for p in found]
    alpha = [Image.open(p).convert("L") for p in found]
    assert any(i.tobytes() == original.convert("RGB").tobytes() for i in rgb)
    assert any(i.tobytes() == original.getchannel("A").tobytes() for i in alpha)


def test_jpeg_originals_are_in_the_pdf_byte_for_byte(shots, tmp_path):
    r = run("pdfimages", "-all", shots["pdf"], tmp_path / "j")
    assert r.returncode == 0
    jpegs = {hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.glob("j-*.jpg")}
    for name in ("jpeg_tall", "jpeg_rotated"):
        assert hashlib.sha256(shots["sealed"][name]).hexdigest() in jpegs, name
    # the tall one is one stream, shown page by page: each page names its own rows
    pages = slice_pages(shots["pdf"], shots["items"]["jpeg_tall"].exhibit)
    assert len(pages) >= 2 and pages[0][1] == 0 and pages[-1][2] == 2599
    assert "exactly as it was sealed, byte for byte" in page_text(shots["pdf"], pages[-1][0])


def test_a_rotated_jpeg_is_shown_the_way_a_phone_shows_it(shots, tmp_path):
    (page, top, last, _), = slice_pages(shots["pdf"], shots["items"]["jpeg_rotated"].exhibit)
    assert (top, last) == (0, 399)                                 # shown 300 wide, 400 tall
    r = run("pdftoppm", "-r", "72", "-f", page, "-l", page, "-png", shots["pdf"], tmp_path / "r")
    assert r.returncode == 0
    shown = Image.open(next(tmp_path.glob("r-*.png"))).convert("RGB")
    # find the picture on the page: the light grey area; the red block must be at its top-right
    px = shown.load()
    reds = [(x, y) for x in range(shown.width) for y in range(shown.height)
            if px[x, y][0] > 180 and px[x, y][1] < 60 and px[x, y][2] < 60]
    greys = [(x, y) for x in range(shown.width) for y in range(shown.height) if px[x, y] == (240, 240, 240)]
    assert reds and greys
    gx0, gx1 = min(x for x, _ in greys), max(x for x, _ in greys)
    gy0, gy1 = min(y for _, y in greys), max(y for _, y in greys)
    assert (gx1 - gx0) < (gy1 - gy0)                               # taller than wide, as shown
    rx = sum(x for x, _ in reds) / len(reds)
    ry = sum(y for _, y in reds) / len(reds)
    assert rx > (gx0 + gx1) / 2 and ry < (gy0 + gy1) / 2           # top-right


def test_each_screenshot_page_names_exhibit_address_time_hash_and_rows(shots):
    item = shots["items"]["rgb"]
    art = next(a for a in item.artifacts if a.role == "screenshot_full")
    when = item.captured_at.replace("T", " ")[:19]
    pages = slice_pages(shots["pdf"], item.exhibit)
    for page, top, last, text in pages:
        assert URL in text and art.sha256 in text and art.name in text, page
        assert f"Captured {when}" in text and "UTC" in text
        assert f"pixel rows {top}–{last} of 4200 (width 1366 px)" in text
    imported = shots["items"]["grey"]
    art = imported.artifacts[0]
    for page, *_ , text in slice_pages(shots["pdf"], imported.exhibit):
        assert "Imported" in text and art.sha256 in text and "grey.png" in text


def test_the_dossier_with_every_kind_of_picture_is_pdfa_2b_and_well_formed(shots):
    r = run("qpdf", "--check", shots["pdf"])
    assert r.returncode == 0, r.stdout + r.stderr
    from export.pdfa import signed_problems

    assert signed_problems(shots["pdf"].read_bytes()) == []              # PDF/A-2b, signed
    assert "ASCII85Decode" not in shots["pdf"].read_bytes().decode("latin-1")   # no inflated streams


def test_a_picture_a_pdf_cannot_hold_as_it_is_is_converted_and_says_so(make_vault, tmp_path):
    """A CMYK JPEG cannot go into a PDF/A with an sRGB output intent as it is: it is shown
    converted to RGB, and its page says so instead of claiming the sealed pixels."""
    vault, _ = make_vault()
    cmyk = Image.new("CMYK", (500, 300), (10, 200, 30, 0))
    buf = io.BytesIO()
    cmyk.save(buf, "JPEG")
    item = add_import(vault, "cmyk.jpg", buf.getvalue(), "image/jpeg", "К")
    out = tmp_path / "cmyk.pdf"
    export.export_items(vault, "court", out, [item.id], lang="en")
    text = re.sub(r"\s+", " ", run("pdftotext", "-enc", "UTF-8", out, "-").stdout)
    assert "is shown converted to 8-bit RGB" in text
    assert "exactly those rows" not in text and "byte for byte; each page" not in text
    from export.pdfa import signed_problems

    assert signed_problems(out.read_bytes()) == []
