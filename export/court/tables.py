"""The table style every part of the court dossier uses."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from ..pdfkit import MONO, SANS, SANS_BOLD

GRID = colors.HexColor("#b0b0b0")
HEAD_BG = colors.HexColor("#e8e8e8")


def _table(rows, widths, *, header=False, mono_cols=(), zebra=False):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), SANS), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD)]
    for c in mono_cols:
        style.append(("FONTNAME", (c, 0), (c, -1), MONO))
    t.setStyle(TableStyle(style))
    return t


