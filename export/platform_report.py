"""The platform takedown report: short, grouped by platform, for a trust-and-safety reviewer.

It never carries an intimate image: items marked sensitive (or tagged as intimate images) get a
blurred thumbnail, everything else a small one of the top of the capture. Each platform starts on
a new page so its pages can be sent on their own.
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from evidence_kit.i18n import tr

from . import images, pdfkit
from .common import Selection, abuse_name, is_sensitive, item_label, short_when, status_text
from .pdfkit import MONO, SANS, SANS_BOLD, esc, mono_line
from .platforms import PLATFORM_NAMES, PLATFORMS, REPORT_PLACES, STOPNCII_PARTNERS, ref_for_item
from .privacy import collector_text

GRID = colors.HexColor("#b0b0b0")
THUMB_W = 46 * mm

# abuse kind -> the family of rule it breaks (the words per platform are in messages.py)
RULE_FAMILY = {"intimate_image": "ncii", "home_address": "privacy", "phone_number": "privacy",
               "name_with_insults": "harassment", "threats": "threats",
               "impersonation": "impersonation", "other": "harassment"}


class PlatformReport:
    def __init__(self, vault, sel: Selection, *, lang: str, paper: str, report_id: str,
                 prepared_at: datetime, progress=None):
        self.vault, self.sel, self.lang, self.paper = vault, sel, lang, paper
        self.report_id, self.prepared_at, self.progress = report_id, prepared_at, progress
        self.st = pdfkit.styles()
        self.case = sel.case_label or tr("court.no_case", lang)

    def t(self, key, **kw):
        return tr(key, self.lang, **kw)

    def P(self, markup, style="body"):
        return Paragraph(markup, self.st[style])

    def Pt(self, key, style="body", **kw):
        return Paragraph(esc(self.t(key, **kw)), self.st[style])

    def build(self) -> bytes:
        meta = {"title": self.t("plat.pdf_title", id=self.report_id), "author": self.vault.collector,
                "subject": self.t("plat.pdf_subject", count=len(self.sel.items)),
                "keywords": self.report_id, "lang": self.lang, "when": self.prepared_at}
        return pdfkit.build_pdf(self._story, paper=self.paper, lang=self.lang, footer_case=self.case,
                                doc_id=self.report_id, meta=meta, default_section=self.t("plat.section_summary"))

    def groups(self) -> list[tuple[str, list]]:
        by: dict[str, list] = {}
        for it in self.sel.items:
            if it.source != "capture" and not it.url:
                continue             # a file from a phone names no address to remove
            ref = ref_for_item(it)
            by.setdefault(ref.platform, []).append((it, ref))
        return [(p, by[p]) for p in PLATFORMS if p in by]

    def _story(self, doc) -> list:
        self.fw, _ = doc.frame_size("portrait")
        t = self.t
        groups = self.groups()
        out = [pdfkit.Bookmark("summary", t("plat.section_summary"), 0, t("plat.section_summary")),
               self.P(esc(t("plat.title")), "h1"),
               self.P(esc(t("plat.meta", who=collector_text(self.vault.collector, self.lang),
                            when=short_when(self.prepared_at), id=self.report_id)), "small"),
               Spacer(1, 2 * mm)]
        counted = sum(len(g) for _, g in groups)
        names = ", ".join(self._pname(p, g) for p, g in groups)
        out.append(self.P(esc(t("plat.summary", count=counted, platforms=names or "—")), "body"))
        skipped = len(self.sel.items) - counted
        if skipped:
            out.append(self.P(esc(t("plat.skipped_imports", count=skipped)), "note"))
        out.append(self.P(esc(t("plat.no_images")), "note"))
        done = 0
        for platform, group in groups:
            out += self.section(platform, group)
            done += len(group)
            if self.progress:
                self.progress(done, counted + 1)
        if not groups:
            out.append(self.Pt("plat.nothing", "box"))
        return out

    @staticmethod
    def _pname(platform: str, group) -> str:
        if platform == "other":
            hosts = sorted({ref.host for _, ref in group if ref.host})
            return ", ".join(hosts) or "?"
        return PLATFORM_NAMES[platform]

    def section(self, platform: str, group) -> list:
        t = self.t
        name = self._pname(platform, group)
        title = t("plat.section", platform=name)
        out = [PageBreak(), pdfkit.Bookmark(f"p-{platform}", title, 0, name), self.P(esc(title), "h1")]
        # where to report
        places = REPORT_PLACES.get(platform, ())
        out.append(self.P(esc(t("plat.where_" + platform, places=", ".join(places))), "box"))
        # the request
        kinds = sorted({a for it, _ in group for a in (it.abuse or [])})
        fam = list(dict.fromkeys(RULE_FAMILY.get(k, "harassment") for k in kinds)) or ["harassment"]
        rules = "; ".join(t("plat.rule", document=t("plat.doc." + platform), rule=t("plat.family." + f))
                          for f in fam)
        out.append(self.Pt("plat.h_request", "h2"))
        out.append(self.P(esc(t("plat.request", count=len(group), platform=name, rules=rules,
                                who=collector_text(self.vault.collector, self.lang))), "body"))
        out.append(self.P(esc(t("plat.preserve")), "body"))
        if "intimate_image" in kinds:
            key = "plat.ncii_stopncii" if platform in STOPNCII_PARTNERS else "plat.ncii_urgent"
            out.append(self.P(esc(t(key)), "body"))
        out.append(self.Pt("plat.h_items", "h2"))
        for n, (it, ref) in enumerate(group, 1):
            out.append(self.item_block(n, it, ref))
        out.append(Spacer(1, 4 * mm))
        out.append(self.P(esc(t("plat.evidence_note", id=self.report_id)), "small"))
        out.append(self.P(esc(t("plat.contact")), "body"))
        return out

    def item_block(self, n: int, it, ref):
        t, lang = self.t, self.lang
        textw = self.fw - THUMB_W - 6 * mm
        lines = [self.P(f"<b>{n}. {esc(it.exhibit)}</b> — {esc((it.title or '')[:120])}", "cell"),
                 mono_line(it.url or it.final_url or "", textw - 8, self.st["mono"])]
        if it.final_url and it.url and it.final_url != it.url:
            lines.append(self.P(esc(t("plat.final_url")), "tiny"))
            lines.append(mono_line(it.final_url, textw - 8, self.st["mono"]))
        facts = []
        if ref.handle:
            facts.append(t("plat.f_handle", value=ref.handle))
        if ref.account_id:
            facts.append(t("plat.f_account", value=ref.account_id))
        if ref.post_id:
            facts.append(t("plat.f_post", value=ref.post_id))
        if ref.private:
            facts.append(t("plat.f_private"))
        facts.append(t("plat.f_captured", when=short_when(it.captured_at), status=status_text(it, lang)))
        abuse = ", ".join(abuse_name(a, lang) for a in it.abuse) if it.abuse else t("plat.abuse_unset")
        facts.append(t("plat.f_abuse", kinds=abuse))
        shot = next((a for a in it.artifacts if a.role == "screenshot_full"), None) or \
            next((a for a in it.artifacts if a.role == "screenshot_viewport"), None)
        if shot is not None:
            facts.append(t("plat.f_sha", name=shot.name))
        lines += [self.P(esc(f), "cell") for f in facts]
        if shot is not None:
            lines.append(mono_line(shot.sha256, textw - 8, self.st["mono"]))
        thumb = self.thumb(it, shot)
        tbl = Table([[lines, thumb]], colWidths=[textw, THUMB_W + 6 * mm], hAlign="LEFT")
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SANS),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return KeepTogether([tbl])

    def thumb(self, it, shot):
        if shot is None:
            return self.Pt("plat.no_thumb", "tiny")
        sensitive = is_sensitive(it)
        try:
            img = images.open_picture(self.vault.read_artifact(it.id, shot.name))
        except images.PictureError:
            return self.Pt("plat.no_thumb", "tiny")
        try:
            sl = images.thumbnail(img, THUMB_W, sensitive=sensitive)
        finally:
            img.close()
        im = pdfkit.JpegImage(sl.jpeg, sl.width_pt, sl.height_pt)
        cap = self.Pt("plat.thumb_blurred" if sensitive else "plat.thumb_top", "tiny")
        return [im, cap]


def build(vault, sel: Selection, *, lang: str, paper: str, report_id: str, prepared_at: datetime,
          progress=None) -> bytes:
    return PlatformReport(vault, sel, lang=lang, paper=paper, report_id=report_id,
                          prepared_at=prepared_at, progress=progress).build()
