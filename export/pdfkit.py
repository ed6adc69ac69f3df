"""The PDF plumbing both documents share: bundled fonts, styles, page templates with a footer,
bookmarks, pictures drawn from their own image streams, and what PDF/A-2b asks of a file (XMP
metadata that declares it, an sRGB output intent, printable link annotations, no empty page
transitions). Each document is checked against PDF/A-2b as it is written (export/pdfa.py); one
that does not pass is written again without the claim, so a file claims nothing it was not
checked for.

Only fonts from `assets/fonts/` are used and reportlab's base font is set to them, so no
non-embedded standard font (Helvetica) ever appears in the file; a character they cannot draw is
written as its code point (`printable`).
"""

from __future__ import annotations

import io
import threading
import unicodedata
import time
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFObject, PDFStream, PDFString, XMP
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from evidence_kit import tool_version
from evidence_kit.i18n import tr
from evidence_kit.resources import FONT_BOLD, FONT_ITALIC, FONT_MONO, FONT_REGULAR, asset
from evidence_kit.timeutil import to_iso

SANS, SANS_BOLD, SANS_ITALIC, MONO = "EKSans", "EKSans-Bold", "EKSans-Italic", "EKMono"
PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
FOOTER_SPACE = 12 * mm
TOTAL_FORM = "ekTotalPages"
_TOTAL_MARK = "\ue000"

_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled Noto fonts once and make them reportlab's base font."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, parts in ((SANS, FONT_REGULAR), (SANS_BOLD, FONT_BOLD), (SANS_ITALIC, FONT_ITALIC),
                            (MONO, FONT_MONO)):
            pdfmetrics.registerFont(TTFont(name, str(asset(*parts))))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD)
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
        rl_config.canvas_basefontname = SANS
        rl_config.useA85 = 0          # binary streams as they are: ASCII85 only makes them a quarter larger
        _fonts_ready = True


def esc(text) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


_covered: set[int] | None = None        # the characters the bundled Sans font has a glyph for


def _font_chars() -> set[int]:
    global _covered
    if _covered is None:
        register_fonts()
        _covered = set(pdfmetrics.getFont(SANS).face.charToGlyph)
    return _covered


def printable(text: str) -> tuple[str, bool]:
    """(text the bundled fonts can draw, whether anything was written as a code point).

    Characters without a glyph (emoji, most non-Latin/Cyrillic scripts) and right-to-left letters
    (which would come out in the wrong order) become [U+XXXX]; none is dropped."""
    chars = _font_chars()
    out, changed = [], False
    for ch in text:
        cp = ord(ch)
        if ch in "\n\t" or (cp in chars and unicodedata.bidirectional(ch) not in ("R", "AL")):
            out.append(ch)
        else:
            out.append(f"[U+{cp:04X}]")
            changed = True
    return "".join(out), changed


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                          spaceAfter=4, splitLongWords=1)
    s = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=2),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=7, leading=8.6, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.2, leading=10.2, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=SANS_BOLD, fontSize=8.2, leading=10.2,
                                spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=7.6, leading=9.6,
                               spaceAfter=0, splitLongWords=1),
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=22, leading=27,
                                spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, spaceAfter=8,
                                   textColor=colors.HexColor("#333333")),
        "h1": ParagraphStyle("h1", parent=base, fontName=SANS_BOLD, fontSize=15, leading=19,
                             spaceBefore=2, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=SANS_BOLD, fontSize=9.5, leading=12.5,
                             spaceBefore=6, spaceAfter=3),
        "note": ParagraphStyle("note", parent=base, fontName=SANS_ITALIC, fontSize=8.5, leading=11,
                               textColor=colors.HexColor("#333333")),
        "box": ParagraphStyle("box", parent=base, fontSize=9, leading=12, borderColor=colors.black,
                              borderWidth=0.8, borderPadding=6, spaceBefore=8, spaceAfter=12,
                              backColor=colors.HexColor("#f4f4f4")),
        "label": ParagraphStyle("label", parent=base, fontName=SANS_BOLD, fontSize=8.5, leading=11,
                                spaceAfter=3),
    }
    return s


def fit_mono_size(text: str, width: float, *, largest: float = 8.0, smallest: float = 5.0) -> float | None:
    """The largest monospace size at which `text` fits on one line of `width`, or None."""
    register_fonts()
    w = pdfmetrics.stringWidth(text, MONO, 1.0)
    if w <= 0:
        return largest
    size = min(largest, width / w)
    return size if size >= smallest else None


def mono_line(text: str, width: float, style: ParagraphStyle) -> Paragraph:
    """A hash or an address on a single line (shrunk to fit), so extracted text keeps it whole.

    Only when it cannot fit even at the smallest size is it wrapped (at character boundaries,
    never with a hyphen)."""
    size = fit_mono_size(text, width - 1)
    if size is None:
        return Paragraph(esc(text), ParagraphStyle("monowrap", parent=style, fontSize=5, leading=6.5))
    return Paragraph(esc(text), ParagraphStyle(f"mono{size:.2f}", parent=style, fontSize=size,
                                               leading=size * 1.25))


# ----------------------------------------------------------------------------- flowables
class Bookmark(Flowable):
    """Zero-size: a destination and an outline entry where it is drawn; also sets the footer's
    current section (the exhibit number or the appendix name)."""

    def __init__(self, key: str, title: str, level: int = 0, section: str | None = None):
        super().__init__()
        self.key, self.title, self.level, self.section = key, title, level, section
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        c = self.canv
        doc = getattr(c, "_ek_doc", None)
        if doc is not None:
            doc.ek_pages.setdefault(self.key, c.getPageNumber())
        c.bookmarkPage(self.key)
        c.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        if self.section is not None:
            doc = getattr(c, "_ek_doc", None)
            if doc is not None:
                doc.section = self.section


class _Hex(PDFObject):
    """Bytes as a PDF hex string (an Indexed colour space's palette)."""

    def __init__(self, data: bytes):
        self.data = data

    def format(self, document):
        return b"<" + self.data.hex().encode() + b">"


def _raster_stream(doc, r) -> PDFStream:
    """An image XObject stream of an `images.Raster`, its bytes written as they are."""
    if r.space == "Indexed":
        space = PDFArray([PDFName("Indexed"), PDFName("DeviceRGB"), len(r.palette) // 3 - 1, _Hex(r.palette)])
    else:
        space = PDFName(r.space)
    d = {"Type": PDFName("XObject"), "Subtype": PDFName("Image"), "Width": r.width, "Height": r.height,
         "ColorSpace": space, "BitsPerComponent": r.bpc, "Filter": PDFName(r.filter)}
    if r.filter == "FlateDecode":
        d["DecodeParms"] = PDFDictionary({"Predictor": 15, "Colors": 3 if r.space == "DeviceRGB" else 1,
                                          "BitsPerComponent": r.bpc, "Columns": r.width})
    if r.smask is not None:
        d["SMask"] = doc.Reference(_raster_stream(doc, r.smask))
    return PDFStream(PDFDictionary(d), r.data, filters=[])


# The unit square of an image placed in a w x h box, for each EXIF orientation (the JPEG stays as
# stored; the drawing turns it the way a phone shows it).
def _orient(o: int, w: float, h: float) -> tuple:
    return {1: (w, 0, 0, h, 0, 0), 2: (-w, 0, 0, h, w, 0), 3: (-w, 0, 0, -h, w, h),
            4: (w, 0, 0, -h, 0, h), 5: (0, -h, -w, 0, w, h), 6: (0, -h, w, 0, 0, h),
            7: (0, h, w, 0, 0, 0), 8: (0, h, -w, 0, w, 0)}.get(o, (w, 0, 0, h, 0, 0))


class RasterImage(Flowable):
    """A picture slice (`images.Slice`) drawn from its image stream as it is: reportlab never
    decodes or re-encodes it. The same stream drawn twice (a tall JPEG shown page by page) is
    stored once; a slice of a larger raster shows only its own rows."""

    def __init__(self, sl):
        super().__init__()
        self.sl = sl
        self.width, self.height = sl.width_pt, sl.height_pt
        self.hAlign = "LEFT"

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        sl, r = self.sl, self.sl.raster
        reg = c._doc.getXObjectName(r.name)
        if c._doc.idToObject.get(reg) is None:
            c._doc.addForm(r.name, _raster_stream(c._doc, r))
        c._currentPageHasImages = 1
        c.saveState()
        w, h = self.width, self.height
        if sl.full_height_pt > h:            # the whole picture, clipped to this slice's rows
            path = c.beginPath()
            path.rect(0, 0, w, h)
            c.clipPath(path, stroke=0, fill=0)
            scale = h / max(1, sl.bottom - sl.top)
            c.translate(0, h + sl.top * scale - sl.full_height_pt)
            h = sl.full_height_pt
        m = _orient(r.orientation, w, h)
        c._code.append("%s cm /%s Do" % (" ".join(f"{x:.4f}".rstrip("0").rstrip(".") for x in m), reg))
        c.restoreState()
        c._formsinuse.append(r.name)


class SetSection(Flowable):
    def __init__(self, section: str):
        super().__init__()
        self.section = section

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        doc = getattr(self.canv, "_ek_doc", None)
        if doc is not None:
            doc.section = self.section


REF_FORM = "ekref"


def _ref_form(key: str) -> str:
    return REF_FORM + "".join(ch if ch.isalnum() else "_" for ch in key)


class PageRef(Flowable):
    """Where a section starts, filled in when the whole document is laid out (`Laid.finish`):
    the text is a small form drawn here, so the document is laid out once, not twice. With
    `link`, the box is a link to the bookmark `key`."""

    def __init__(self, key: str, width: float, *, link: bool = True, size: float = 8.2):
        super().__init__()
        self.key, self.link, self.size = key, link, size
        self.width, self.height = width, size * 1.25

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c._ek_refs[self.key] = self.size
        c.saveState()
        c.translate(0, self.size * 0.25)
        c.doForm(_ref_form(self.key))
        c.restoreState()
        if self.link:
            c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)


# ----------------------------------------------------------------------------- PDF/A parts
class _FixedTime:
    """A reportlab TimeStamp stand-in: the document's dates are the export time, in UTC."""

    def __init__(self, dt: datetime):
        self.t = dt.timestamp()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"

    @property
    def datetime(self):
        return datetime.fromtimestamp(self.t).astimezone()

    @property
    def asctime(self):
        return time.asctime(self.lt)


def _srgb_profile() -> bytes | None:
    try:
        from PIL import ImageCms

        return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    except Exception:   # Pillow without littlecms: the file is still a valid PDF
        return None


class _PlainXMP(XMP):
    def __init__(self, creator):
        super().__init__(creator=creator)
        self.filters = []          # PDF/A: the metadata stream stays readable, unfiltered


PDFA_CLAIM = """  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
"""


def _xmp(meta: dict) -> str:
    def x(v):
        return escape(str(v))

    claim = PDFA_CLAIM if meta.get("pdfa", True) else ""

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
{claim}  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(meta['title'])}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{x(meta['author'])}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(meta['subject'])}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{x(meta['lang'])}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreateDate>{meta['date']}</xmp:CreateDate>
   <xmp:ModifyDate>{meta['date']}</xmp:ModifyDate>
   <xmp:MetadataDate>{meta['date']}</xmp:MetadataDate>
   <xmp:CreatorTool>{x(meta['creator'])}</xmp:CreatorTool>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{x(meta['producer'])}</pdf:Producer>
   <pdf:Keywords>{x(meta['keywords'])}</pdf:Keywords>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


class EKCanvas(Canvas):
    """A canvas that embeds our fonts from the first operator, fixes the dates, writes XMP and an
    sRGB output intent, and fills in the total page count (a form every footer refers to)."""

    doc_meta: dict = {}

    def __init__(self, *args, **kw):
        register_fonts()
        self._ek_refs: dict[str, float] = {}      # PageRef keys drawn -> font size
        self.ek_ref_text: dict[str, str] = {}     # their text, given before save
        kw.setdefault("initialFontName", SANS)
        kw.setdefault("initialFontSize", 10)
        super().__init__(*args, **kw)
        meta = self.doc_meta
        if meta.get("when") is not None:
            self._doc._timeStamp = _FixedTime(meta["when"])
        self.setProducer(meta.get("producer") or tool_version())
        self.showOutline()
        cat = self._doc.Catalog
        if meta:
            xmp_meta = {"title": meta.get("title", ""), "author": meta.get("author", ""),
                        "subject": meta.get("subject", ""), "keywords": meta.get("keywords", ""),
                        "lang": meta.get("lang", "en"), "creator": meta.get("creator", tool_version()),
                        "producer": meta.get("producer") or tool_version(),
                        "date": to_iso(meta["when"]) if meta.get("when") else "",
                        "pdfa": meta.get("pdfa", True)}
            cat.Metadata = _PlainXMP(lambda doc: _xmp(xmp_meta).encode("utf-8"))
        icc = _srgb_profile()
        if icc:
            stream = PDFStream(PDFDictionary({"N": 3}), icc)
            intent = PDFDictionary({
                "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
                "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
                "Info": PDFString("sRGB IEC61966-2.1"),
                "DestOutputProfile": self._doc.Reference(stream)})
            cat.OutputIntents = PDFArray([intent])
            cat.__NoDefault__ = list(cat.__NoDefault__) + ["OutputIntents"]

    def showPage(self):
        super().showPage()
        # reportlab gives every page an empty /Trans (transition) dictionary: drop it
        self._doc.Pages.pages[-1].Trans = None

    def linkRect(self, contents, destinationname, Rect=None, addtopage=1, name=None, relative=1,
                 thickness=0, color=None, dashArray=None, **kw):
        kw.setdefault("F", 4)            # PDF/A: a link annotation carries the Print flag
        return super().linkRect(contents, destinationname, Rect, addtopage, name, relative=relative,
                                thickness=thickness, color=color, dashArray=dashArray, **kw)

    def linkURL(self, url, rect, relative=0, thickness=0, color=None, dashArray=None, kind="URI", **kw):
        kw.setdefault("F", 4)
        return super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)

    def save(self):
        total = max(self.getPageNumber() - 1, 1)
        self.beginForm(TOTAL_FORM)
        self.setFont(SANS, 7.5)
        self.setFillColor(colors.HexColor("#444444"))
        self.drawString(0, 0, str(total))
        self.endForm()
        for key, size in self._ek_refs.items():
            self.beginForm(_ref_form(key))
            self.setFont(SANS, size)
            self.drawString(0, 0, self.ek_ref_text.get(key, ""))
            self.endForm()
        super().save()


def canvas_maker(meta: dict):
    return type("EKDocCanvas", (EKCanvas,), {"doc_meta": meta})


class EKDocTemplate(BaseDocTemplate):
    """Portrait pages and landscape pages (for wide screenshots), each with the footer:
    left the case, the current section and "page X of Y"; right the document id."""

    def __init__(self, fileobj, *, paper: str, lang: str, footer_case: str, doc_id: str,
                 meta: dict, default_section: str = ""):
        register_fonts()
        self.ek_paper = PAPERS[paper]
        self.lang = lang
        self.footer_case = footer_case
        self.doc_id = doc_id
        self.section = default_section
        self.ek_meta = meta
        self.ek_pages: dict[str, int] = {}      # bookmark key -> the page it is on
        super().__init__(fileobj, pagesize=self.ek_paper, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + FOOTER_SPACE,
                         title=meta["title"], author=meta["author"], subject=meta["subject"],
                         creator=meta.get("creator", tool_version()),
                         producer=meta.get("producer") or tool_version(),
                         keywords=meta.get("keywords", ""), lang=lang, initialFontName=SANS,
                         pageCompression=1, displayDocTitle=1)
        port = self.ek_paper
        land = landscape(self.ek_paper)
        self.addPageTemplates([
            PageTemplate("portrait", [self._frame(port)], onPageEnd=self._footer, pagesize=port),
            PageTemplate("landscape", [self._frame(land)], onPageEnd=self._footer, pagesize=land),
        ])

    @staticmethod
    def _frame(size):
        return Frame(MARGIN, MARGIN + FOOTER_SPACE, size[0] - 2 * MARGIN,
                     size[1] - 2 * MARGIN - FOOTER_SPACE, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0, id="body")

    def frame_size(self, orientation: str = "portrait") -> tuple[float, float]:
        size = self.ek_paper if orientation == "portrait" else landscape(self.ek_paper)
        return size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - FOOTER_SPACE

    def build_story(self, story):
        self.build(story, canvasmaker=canvas_maker(self.ek_meta))

    def handle_pageBegin(self):
        self.canv._ek_doc = self
        super().handle_pageBegin()

    def _footer(self, canv, doc):
        width, _ = canv._pagesize
        y = MARGIN + 2
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.setLineWidth(0.4)
        canv.line(MARGIN, y + 9, width - MARGIN, y + 9)
        canv.setFont(SANS, 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        page = canv.getPageNumber()
        right = tr("pdf.footer_id", self.lang, id=self.doc_id)
        right_w = pdfmetrics.stringWidth(right, SANS, 7.5)
        room = width - 2 * MARGIN - right_w - 30
        case, section = self.footer_case, self.section or "—"
        while True:
            text = tr("pdf.footer", self.lang, case=case, section=section, page=page, total=_TOTAL_MARK)
            before, _, after = text.partition(_TOTAL_MARK)
            if pdfmetrics.stringWidth(before, SANS, 7.5) <= room:
                break
            # keep the left part clear of the right part: shorten the case name, then the section
            if len(case) > 12:
                case = case[:-4].rstrip() + "…"
            elif len(section) > 12:
                section = section[:-4].rstrip() + "…"
            else:
                break
        x = MARGIN
        canv.drawString(x, y, before)
        x += pdfmetrics.stringWidth(before, SANS, 7.5)
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        if after:
            canv.drawString(x + pdfmetrics.stringWidth("0000", SANS, 7.5), y, after)
        canv.drawRightString(width - MARGIN, y, right)
        canv.restoreState()


class Laid:
    """A document laid out once and not yet written: where every bookmark landed (`pages`), how
    many pages it has, and `finish(refs)` to write it with the text of its PageRefs."""

    def __init__(self, doc: "EKDocTemplate", buf: io.BytesIO):
        self.doc, self.buf = doc, buf
        self.pages: dict[str, int] = dict(doc.ek_pages)
        self.page_count = doc.canv.getPageNumber() - 1

    def finish(self, refs: dict[str, str] | None = None) -> bytes:
        c = self.doc.canv
        c.ek_ref_text = dict(refs or {})
        c.save()
        data = self.buf.getvalue()
        self.doc = self.buf = None
        return data


def lay_out(story, *, paper: str, lang: str, footer_case: str, doc_id: str, meta: dict,
            default_section: str = "") -> Laid:
    """Lay out `story` (a list, or a callable taking the doc and returning a list) without
    writing it yet."""
    buf = io.BytesIO()
    doc = EKDocTemplate(buf, paper=paper, lang=lang, footer_case=footer_case, doc_id=doc_id,
                        meta=meta, default_section=default_section)
    if callable(story):
        story = story(doc)
    doc._doSave = 0
    doc.build_story(story)
    return Laid(doc, buf)


def build_pdf(story, *, paper: str, lang: str, footer_case: str, doc_id: str, meta: dict,
              default_section: str = "", pages: dict | None = None) -> bytes:
    """Lay out `story` and write it; `pages`, if given, receives the page of every `Bookmark`."""
    laid = lay_out(story, paper=paper, lang=lang, footer_case=footer_case, doc_id=doc_id, meta=meta,
                   default_section=default_section)
    if pages is not None:
        pages.update(laid.pages)
    return laid.finish()
