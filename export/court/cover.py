"""The cover: what the dossier is, who made it, when, the vault key's fingerprint, the sensitive
choice and the honest label (the party's own statement, not a notarial act)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from .. import pdfkit
from ..privacy import collector_text
from ..common import exhibit_ranges, given_collector, is_sensitive, short_when, when
from ..pdfkit import esc, mono_line
from . import hooks
from .tables import _table


class CoverMixin:
    def cover(self) -> list:
        t, s, items = self.t, self.st, self.sel.items
        caps = sum(1 for i in items if i.source == "capture")
        imps = len(items) - caps
        times = sorted(i.captured_at for i in items if i.captured_at)
        out = [pdfkit.Bookmark("cover", t("court.section_cover"), 0, t("court.section_cover")),
               Spacer(1, 18 * mm),
               self.P(esc(t("court.title")), "title"),
               self.P(esc(self.case), "subtitle"),
               Spacer(1, 6 * mm)]
        lw = 48 * mm
        vw = self.fw - lw
        rows = [
            [self.P(esc(t("court.prepared_by")), "cellb"), self.P(esc(collector_text(given_collector(self.vault), self.lang)), "cell")],
            [self.P(esc(t("court.prepared_at")), "cellb"), self.P(esc(when(self.prepared_at, self.lang)), "cell")],
            [self.P(esc(t("court.exhibits")), "cellb"),
             self.P(esc(t("court.exhibit_count", count=len(items), captures=caps, imports=imps)), "cell")],
            [self.P(esc(t("court.period")), "cellb"),
             self.P(esc(t("court.period_value", first=short_when(times[0]), last=short_when(times[-1]))
                        if times else "—"), "cell")],
            [self.P(esc(t("court.dossier_id")), "cellb"), self.P(esc(self.dossier_id), "cell")],
            *([[self.P(esc(t("court.volume")), "cellb"), self.P(esc(self.volume_words()), "cell")]]
              if self.volume else []),
            [self.P(esc(t("court.fingerprint")), "cellb"), mono_line(self.vault.fingerprint, vw - 8, s["mono"])],
            [self.P(esc(t("court.tool")), "cellb"), self.P(esc(pdfkit.tool_version()), "cell")],
            [self.P(esc(t("court.language")), "cellb"), self.P(esc(t("court.language_name")), "cell")],
        ]
        out.append(_table(rows, [lw, vw]))
        out.append(Spacer(1, 5 * mm))
        sens = [i for i in items if is_sensitive(i)]
        if sens:
            key = "court.sensitive_included" if self.include_sensitive else "court.sensitive_blurred"
            out.append(self.P(esc(t(key, count=len(sens), exhibits=exhibit_ranges([i.exhibit for i in sens], 40))), "box"))
        else:
            out.append(self.P(esc(t("court.sensitive_none")), "note"))
        out.append(Spacer(1, 3 * mm))
        out.append(self.P(esc(t("court.not_notarial")), "box"))
        for section in hooks.COVER_SECTIONS:
            out += section(self)
        out.append(self.P(esc(t("court.contents")), "h2"))
        for key in ("court.section_index", "court.section_exhibits", "court.app_custody",
                    "court.app_method", "court.app_declaration", "court.app_notary",
                    "court.app_legal", "court.app_verify", *(k for k, _ in hooks.appendices_of(self))):
            out.append(self.P("• " + esc(t(key)), "body"))
        out.append(PageBreak())
        return out
