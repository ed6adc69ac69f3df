"""The platform takedown report: one file per platform, short, for a trust-and-safety reviewer.

A report sent to Telegram never shows her Instagram or VK items, nor the name of her case: each
file holds only its platform's items (another site's items go to a report of their own, per
host). Every picture in it is blurred, marked sensitive or not (an intimate image can sit inside
any channel capture), and it names the collector only if she gave her name, never the computer's
login name. It ends with the routes to send it by, each with its address and what to choose.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from evidence_kit.i18n import tr

from .. import images, pdfa, pdfkit
from ..common import Selection, abuse_name, given_collector, short_when, status_text
from ..pdfkit import SANS, esc, mono_line
from ..post_refs import PLATFORM_NAMES, PLATFORMS, parse_url, ref_for_item
from . import chat as platform_chat
from .routes import ADDRESSES, ROUTES, STOPNCII_PARTNERS

GRID = colors.HexColor("#b0b0b0")
THUMB_W = 46 * mm

# abuse kind -> the family of rule it breaks (its words: `plat.family.*` in evidence_kit/i18n/english.py)
RULE_FAMILY = {"intimate_image": "ncii", "home_address": "privacy", "phone_number": "privacy",
               "name_with_insults": "harassment", "threats": "threats",
               "impersonation": "impersonation", "other": "harassment"}


def _key(item) -> str | None:
    """The report an item belongs to: its platform, or the host of another site; None for a file
    without a web address (a platform cannot act on it). A chat export goes to its messenger's."""
    chat = platform_chat.platform_of(item)
    if chat:
        return chat
    if item.source != "capture" and not item.url:
        return None
    ref = ref_for_item(item)
    if ref.platform != "other":
        return ref.platform
    return ref.host or "other"


def platform_key(name: str) -> str:
    """A platform as a person names it (`telegram`, `Instagram`, `vk.com`, `t.me`) -> its key."""
    name = (name or "").strip().lower()
    if name in PLATFORMS:
        return name
    ref = parse_url(name if "://" in name else f"https://{name}/")
    return ref.platform if ref.platform != "other" else (ref.host or name)


def split(sel: Selection) -> dict[str, Selection]:
    """The selection cut into one per platform (known platforms first, in PLATFORMS order)."""
    by: dict[str, list] = {}
    for it in sel.items:
        key = _key(it)
        if key is not None:
            by.setdefault(key, []).append(it)
    return {k: sel.subset([i.id for i in by[k]]) for k in keys_of(sel.items)}


def keys_of(items) -> list[str]:
    """The reports these items would make, in order (a platform, or another site's host)."""
    keys = {k for k in (_key(it) for it in items) if k is not None}
    return [p for p in PLATFORMS if p in keys] + sorted(k for k in keys if k not in PLATFORMS)


def platform_name(key: str) -> str:
    return PLATFORM_NAMES.get(key) or key


class PlatformReport:
    def __init__(self, vault, sel: Selection, *, lang: str, paper: str, report_id: str,
                 prepared_at: datetime, progress=None, platform: str):
        self.vault, self.sel, self.lang, self.paper = vault, sel, lang, paper
        self.report_id, self.prepared_at, self.progress = report_id, prepared_at, progress
        self.platform = platform                                  # a PLATFORMS key or a host
        self.family = platform if platform in PLATFORMS else "other"
        self.name = platform_name(platform)
        self.who = given_collector(vault)
        self.st = pdfkit.styles()

    def t(self, key, **kw):
        return tr(key, self.lang, **kw)

    def P(self, markup, style="body"):
        return Paragraph(markup, self.st[style])

    def Pt(self, key, style="body", **kw):
        return Paragraph(esc(self.t(key, **kw)), self.st[style])

    def build(self) -> bytes:
        pdf = self._build_once(claim=True)
        if not pdfa.conforms(pdf):             # say only what is true: no PDF/A claim it fails
            pdf = self._build_once(claim=False)
        return pdf

    def _build_once(self, *, claim: bool) -> bytes:
        meta = {"title": self.t("plat.pdf_title", id=self.report_id), "author": self.who,
                "subject": self.t("plat.pdf_subject", count=len(self.sel.items)),
                "keywords": self.report_id, "lang": self.lang, "when": self.prepared_at, "pdfa": claim}
        title = self.t("plat.section", platform=self.name)
        return pdfkit.build_pdf(self._story, paper=self.paper, lang=self.lang,
                                footer_case=self.t("plat.footer", platform=self.name), doc_id=self.report_id,
                                meta=meta, default_section=title)

    def _story(self, doc) -> list:
        self.fw, _ = doc.frame_size("portrait")
        t, items = self.t, self.sel.items
        title = t("plat.section", platform=self.name)
        when = short_when(self.prepared_at)
        meta = t("plat.meta", who=self.who, when=when, id=self.report_id) if self.who else \
            t("plat.meta_anon", when=when, id=self.report_id)
        out = [pdfkit.Bookmark(f"p-{self.family}", title, 0, self.name), self.P(esc(title), "h1"),
               self.P(esc(meta), "small"), Spacer(1, 2 * mm),
               self.P(esc(t("plat.intro", count=len(items), platform=self.name)), "body")]
        # the request
        kinds = sorted({a for it in items for a in (it.abuse or [])})
        fam = list(dict.fromkeys(RULE_FAMILY.get(k, "harassment") for k in kinds)) or ["harassment"]
        rules = "; ".join(t("plat.rule", document=t("plat.doc." + self.family), rule=t("plat.family." + f))
                          for f in fam)
        out.append(self.Pt("plat.h_request", "h2"))
        if self.who:
            out.append(self.Pt("plat.request", count=len(items), platform=self.name, rules=rules, who=self.who))
        else:
            out.append(self.Pt("plat.request_anon", count=len(items), platform=self.name, rules=rules))
        out.append(self.Pt("plat.preserve"))
        if "intimate_image" in kinds:
            out.append(self.Pt("plat.ncii_urgent", "box"))
        out.append(self.Pt("plat.all_blurred", "note"))
        # the items
        out.append(self.Pt("plat.h_items", "h2"))
        for n, it in enumerate(items, 1):
            if platform_chat.platform_of(it):    # a chat export: its message and sender ids
                out.append(platform_chat.block(self, n, it))
            else:
                out.append(self.item_block(n, it, ref_for_item(it)))
            if self.progress:
                self.progress(n, len(items) + 1)
        out.append(Spacer(1, 4 * mm))
        out.append(self.P(esc(t("plat.evidence_note", id=self.report_id)), "small"))
        out.append(self.P(esc(t("plat.contact")), "body"))
        out += self.routes(kinds)
        return out

    def routes(self, kinds) -> list:
        """How to send this report: each route of this platform, with its address."""
        t = self.t
        out = [self.Pt("plat.h_how", "h2"), self.Pt("plat.how_intro", "small")]
        steps = [s for s in ROUTES[self.family]
                 if s != "private" or any(ref_for_item(it).private for it in self.sel.items)]
        for n, step in enumerate(steps, 1):
            out.append(self.P(f"{n}. " + esc(t(f"plat.route.{self.family}.{step}", **ADDRESSES)), "body"))
        out.append(self.Pt("plat.h_ncii", "h3"))
        if self.family in STOPNCII_PARTNERS:
            out.append(self.Pt("plat.stopncii", platform=self.name, **ADDRESSES))
            out.append(self.Pt("plat.takeitdown", **ADDRESSES))
        else:
            out.append(self.Pt("plat.stopncii_not_partner", platform=self.name, **ADDRESSES))
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
        """Every picture in a platform report is blurred: an intimate image can sit inside any
        capture, marked sensitive or not, and must never reach a platform."""
        if shot is None:
            return self.Pt("plat.no_thumb", "tiny")
        try:
            sl = images.blurred_thumbnail(self.vault.read_artifact(it.id, shot.name), THUMB_W)
        except images.PictureError:
            return self.Pt("plat.no_thumb", "tiny")
        return [pdfkit.RasterImage(sl), self.Pt("plat.thumb_blurred", "tiny")]


def build(vault, sel: Selection, *, lang: str, paper: str, report_id: str, prepared_at: datetime,
          progress=None, platform: str) -> bytes:
    return PlatformReport(vault, sel, lang=lang, paper=paper, report_id=report_id, prepared_at=prepared_at,
                          progress=progress, platform=platform).build()
