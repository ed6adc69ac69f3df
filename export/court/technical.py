"""The technical appendix: for each captured exhibit, the record of how the software ran (the
browser's launch command line and settings, versions, the certificate, the server's response
headers, the wire, when each file was made…), which would otherwise fill the exhibit's own pages.
Which fields go here is one list, in values.py (EXHIBIT_KEYS, TECHNICAL_KEYS); each exhibit names
its section here with a link, and each section links back to its exhibit."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle

from .. import pdfkit
from ..pdfkit import SANS, esc
from .values import technical_fields

TITLE_KEY = "court.app_technical"


def has_technical(dossier) -> bool:
    return any(technical_fields(dict(it.metadata or {})) for it in dossier.sel.items)


def appendix(d) -> list:
    out = [d.Pt("court.tech.intro", "small")]
    for it in d.sel.items:
        table = d.technical_table(it)
        if table is None:
            continue
        title = d.t("court.tech.h", exhibit=it.exhibit)
        out += [CondPageBreak(60 * mm), pdfkit.Bookmark(d._tech_key(it), title, 2, d.t(TITLE_KEY)),
                d.P(esc(title), "h2")]
        vol = d.volume
        here = vol is None or vol.where.get(it.id) == vol.n
        words = d.t("court.tech.back") if here else d.t("court.tech.back_volume", n=vol.where.get(it.id))
        style = d.st["small"]
        back = Table([[Paragraph(esc(words), style),
                       pdfkit.PageRef(d._exhibit_key(it), 18 * mm, link=here, size=style.fontSize)]],
                     colWidths=[min(d.fw - 22 * mm, pdfmetrics.stringWidth(words, style.fontName,
                                                                                   style.fontSize) + 8), 20 * mm],
                     hAlign="LEFT")
        back.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out += [back, table]
    return out
