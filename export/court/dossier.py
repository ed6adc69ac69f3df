"""The court dossier as a whole: its parts in order, the build (laid out once; the index's page
numbers are filled in when the layout is done), and progress."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Paragraph

from evidence_kit.i18n import tr

from .. import pdfa, pdfkit
from ..common import Selection, exhibit_ranges, given_collector
from ..pdfkit import esc
from . import hooks
from .appendices import AppendicesMixin
from .cover import CoverMixin
from .exhibit import ExhibitMixin
from .index import IndexMixin
from .pictures import PicturesMixin


class CourtDossier(CoverMixin, IndexMixin, ExhibitMixin, PicturesMixin, AppendicesMixin):
    def __init__(self, vault, sel: Selection, *, lang: str, paper: str, include_sensitive: bool,
                 dossier_id: str, prepared_at: datetime, progress=None, total_steps: int | None = None,
                 step_offset: int = 0):
        hooks.load_sections()
        self.vault = vault
        self.sel = sel
        self.lang = lang
        self.paper = paper
        self.include_sensitive = include_sensitive
        self.dossier_id = dossier_id
        self.prepared_at = prepared_at
        self.progress = progress
        self.total_steps = total_steps or len(sel.items) + 1
        self.step_offset = step_offset
        self.st = pdfkit.styles()
        self.case = sel.case_label or tr("court.no_case", lang)
        self._pictures: dict[tuple, object] = {}      # pictures made for the PDF, kept while it is built
        self.volume = None          # when cut into volumes: the one being laid out (see volumes.py)
        self.pdfa = True            # declare PDF/A-2b (withdrawn if the written file does not pass)
        self._stepped: set[str] = set()
        self._capture_entry = {}
        for iid, recs in sel.by_item.items():
            for rec in recs:
                if rec["entry"]["event"] in ("item_captured", "item_imported", "item_received"):
                    self._capture_entry[iid] = rec["entry"]
                    break

    def t(self, key, **kw) -> str:
        return tr(key, self.lang, **kw)

    def P(self, text_key_or_markup, style="body", **kw) -> Paragraph:
        return Paragraph(text_key_or_markup, self.st[style], **kw)

    def Pt(self, key, style="body", **kw) -> Paragraph:
        """A paragraph of one catalogue text (escaped; fields escaped too)."""
        return Paragraph(esc(self.t(key, **kw)), self.st[style])

    # ------------------------------------------------------------------ build
    def _opts(self) -> dict:
        meta = {
            "title": self.t("court.pdf_title", case=self.case, id=self.dossier_id),
            "author": given_collector(self.vault),     # never the computer's login name
            "subject": self.t("court.pdf_subject", count=len(self.sel.items)),
            "keywords": ", ".join([self.dossier_id, *(i.exhibit for i in self.sel.items[:200])]),
            "lang": self.lang, "when": self.prepared_at, "pdfa": self.pdfa,
        }
        doc_id = self.dossier_id
        if self.volume:
            doc_id = self.t("court.doc_id_volume", id=self.dossier_id, n=self.volume.n, total=self.volume.total)
            meta["title"] = self.t("court.pdf_title_volume", case=self.case, id=self.dossier_id,
                                   n=self.volume.n, total=self.volume.total)
        return dict(paper=self.paper, lang=self.lang, footer_case=self.case, doc_id=doc_id,
                    meta=meta, default_section=self.t("court.section_cover"))

    def volume_words(self) -> str:
        v = self.volume
        mine = [i.exhibit for i in self.sel.items if i.id in v.ids]
        key = "court.volume_value_last" if v.last else "court.volume_value"
        return self.t(key, n=v.n, total=v.total, exhibits=exhibit_ranges(mine, 12) if mine else "—")

    def lay_out(self) -> pdfkit.Laid:
        return pdfkit.lay_out(self._story, **self._opts())

    def build(self) -> bytes:
        try:
            pdf = self._build_once()
            if not pdfa.conforms(pdf):         # say only what is true: no PDF/A claim it fails
                self.pdfa = False
                pdf = self._build_once()
            return pdf
        finally:
            self._pictures.clear()

    def _build_once(self) -> bytes:
        laid = self.lay_out()
        refs = {}
        for it in self.sel.items:
            for key in (self._exhibit_key(it), self._tech_key(it)):
                refs[key] = str(laid.pages.get(key, ""))
        return laid.finish(refs)

    def _step(self, item) -> None:
        if self.progress and item.id not in self._stepped:     # making the pictures is the slow part
            self._stepped.add(item.id)
            self.progress(self.step_offset + len(self._stepped), self.total_steps)

    def _story(self, doc) -> list:
        self.doc = doc
        self.fw, self.fh = doc.frame_size("portrait")
        story = []
        story += self.cover()
        story += self.index()
        first = True
        for item in self.sel.items:
            if self.volume and item.id not in self.volume.ids:
                continue
            story += self.exhibit(item, first=first)
            first = False
            self._step(item)
        if self.volume is None or self.volume.last:
            story += self.appendices()
        return story


def build(vault, sel: Selection, *, lang: str, paper: str, include_sensitive: bool, dossier_id: str,
          prepared_at: datetime, progress=None, total_steps=None, step_offset=0) -> bytes:
    return CourtDossier(vault, sel, lang=lang, paper=paper, include_sensitive=include_sensitive,
                        dossier_id=dossier_id, prepared_at=prepared_at, progress=progress,
                        total_steps=total_steps, step_offset=step_offset).build()
