"""The index of exhibits: one row per exhibit with the page where it starts (a link)."""

from __future__ import annotations

from reportlab.lib.units import mm

from .. import pdfkit
from ..common import is_sensitive, item_label, short_when, status_text
from ..pdfkit import MONO, esc
from .tables import _table


class IndexMixin:
    def index(self) -> list:
        t = self.t
        out = [pdfkit.Bookmark("index", t("court.section_index"), 0, t("court.section_index")),
               self.P(esc(t("court.section_index")), "h1")]
        vol = self.volume
        w = [22 * mm, None, 38 * mm, 30 * mm, *([12 * mm] if vol else []), 12 * mm]
        w[1] = self.fw - sum(x for x in w if x)
        head = [t("court.col_exhibit"), t("court.col_what"), t("court.col_when"), t("court.col_status"),
                *([t("court.col_volume")] if vol else []), t("court.col_page")]
        rows = [[self.P(esc(x), "cellb") for x in head]]
        for it in self.sel.items:
            key = self._exhibit_key(it)
            here = vol is None or vol.where[it.id] == vol.n
            page_cell = pdfkit.PageRef(key, w[-1] - 8, link=here)   # filled in once the layout is done
            what = f"<b>{esc(it.title or '—')}</b><br/><font name='{MONO}' size='7'>{esc(item_label(it))}</font>"
            if is_sensitive(it):
                what += "<br/>" + esc(t("court.marked_sensitive"))
            got = (it.metadata or {}).get("received")
            if got:                      # the number it had in the vault that sent it
                what += "<br/>" + esc(t("court.recv.index", exhibit=got.get("sender_exhibit", ""),
                                        fingerprint=str(got.get("sender_fingerprint", ""))[:16]))
            row = [self.P(f"<b>{esc(it.exhibit)}</b>", "cell"), self.P(what, "cell"),
                   self.P(esc(short_when(it.captured_at)), "cell"), self.P(esc(status_text(it, self.lang)), "cell")]
            if vol:
                row.append(self.P(("<b>%d</b>" if here else "%d") % vol.where[it.id], "cell"))
            rows.append(row + [page_cell])
        out.append(_table(rows, w, header=True))
        return out

    @staticmethod
    def _exhibit_key(item) -> str:
        return f"ex-{item.exhibit}-{item.id}"
