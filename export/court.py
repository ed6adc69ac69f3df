"""The court dossier: a PDF a lawyer can file, a notary can work from and a judge can check.

Cover, index of exhibits, one section per exhibit (metadata, every file with its full SHA-256,
the screenshot in readable slices, the item's custody events), then the appendices: the custody
log, the methodology, a declaration to sign, the notary / police pack, legal references and how
to verify the bundle. Every page carries the case, the section, "page X of Y" and the dossier id.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, Image, KeepTogether, NextPageTemplate, PageBreak,
                                Paragraph, Spacer, Table, TableStyle)

from evidence_kit.i18n import lookup, tr

from . import images, pdfkit
from .common import (Selection, abuse_name, error_text, event_name, exhibit_ranges, human_size, is_sensitive,
                     item_label, keyed_text, shareable_log, short_when, status_text, when, yes_no)
from .pdfkit import MONO, SANS, SANS_BOLD, esc, mono_line
from .privacy import collector_text

GRID = colors.HexColor("#b0b0b0")
HEAD_BG = colors.HexColor("#e8e8e8")
TEXT_EXCERPT = 1200
MEDIA_PER_EXHIBIT = 12     # pictures from a page shown in the dossier; the rest are in the bundle

# Capture metadata we know how to label, in the order a reader wants it (anything else is
# still shown, under its own key, in "other technical details").
KNOWN_KEYS = [
    ("redirects", "redirects"), ("redirect_chain", "redirects"),
    ("server", "server_ip"), ("server_ip", "server_ip"), ("server_addr", "server_ip"),
    ("tls", "tls"), ("clock_check", "clock"), ("clock", "clock"),
    ("captured_at", "capture_ran"), ("page", "post"), ("post", "post"), ("platform", "platform"),
    ("post_date", "post_date"), ("published_at", "post_date"),
    ("changes", "changes"), ("gaps", "gaps"), ("not_captured", "gaps"),
    ("browser", "browser"), ("tools", "tool"), ("tool", "tool"), ("tool_version", "tool"),
    ("os", "os"), ("device", "device"), ("viewport", "viewport"), ("network", "network"),
    ("logged_in", "login"), ("screenshot", "screenshot"), ("method", "method"),
    ("original_name", "original_name"), ("original_path", "original_path"),
    ("original_size", "original_size"), ("original_modified_at", "original_modified_at"),
    ("duration_s", "duration"),
]
# Repeats of the item's own fields, or noise for a court.
SKIP_KEYS = {"media_type_detected_from", "url", "final_url", "title", "http_status", "collector",
             "imported_at", "timings_s", "options", "warc_records", "status_text", "scroll",
             "page_size", "error_key", "error_params", "error_detail"}


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


# Sentences older captures stored only in English, and the key of the same sentence (newer
# captures store the key beside the sentence as `<field>_key`).
LEGACY_SENTENCES = {
    "Opened in a fresh browser context (no cookies, no login), scrolled to load late content, then saved "
    "in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media files and a WARC of "
    "every network exchange. See docs/methodology.md.": "capture.method.fresh_context",
    "not detected by the tool; the collector should state whether a VPN was used": "capture.network.vpn_unknown",
    "a proxy is set in the environment (the browser may use it)": "capture.network.proxy_set",
    "This computer's clock minus the server's Date header; the server states whole seconds, so "
    "differences under 2 s are normal.": "capture.clock.note",
    "fresh in-memory context per page (no cookies, cache or logins)": "capture.browser.fresh_context",
    "RAM-backed folder, removed afterwards": "capture.browser.temp_ram",
    "system temporary folder, removed afterwards": "capture.browser.temp_system",
    "known consent container": "capture.overlay.known",
    "cookie/consent words and an accept button": "capture.overlay.words",
    "not a consent banner": "capture.overlay.not_consent",
}
_IDENT = re.compile(r"[a-z][a-z0-9_]{1,40}")
_TIME_KEYS = {"at", "start", "end", "valid_from", "valid_to", "local_at_response", "date", "published_time"}


def key_label(key: str, lang: str) -> str:
    """A metadata field's name for a reader: `court.key.<field>`; the field itself if unknown."""
    text = lookup("court.key." + str(key), lang)
    return text if text is not None else str(key).replace("_", " ")


def _sentence(v: str, lang: str) -> str:
    """A stored value as a reader sees it: a known identifier or sentence in `lang`, else as stored."""
    if _IDENT.fullmatch(v):
        text = lookup("court.val." + v, lang)
        if text is not None:
            return text
    key = LEGACY_SENTENCES.get(v)
    if key:
        return keyed_text(key, {}, lang) or v
    return v


def _fields(d: dict, lang: str) -> list[tuple[str, object, str | None]]:
    """(field, value, text-from-key) of a metadata dict: `<f>_key`/`<f>_params` beside `<f>` give
    the sentence for `<f>` in `lang` and are not shown themselves."""
    out = []
    for k, x in d.items():
        k = str(k)
        base = k[:-4] if k.endswith("_key") else k[:-7] if k.endswith("_params") else None
        if base and base in d:
            continue
        out.append((k, x, keyed_text(d.get(k + "_key"), d.get(k + "_params"), lang)))
    return out


def _value_text(v, lang: str, depth: int = 0, key: str | None = None) -> str:
    """Any metadata value as readable lines (escaped for a Paragraph), every field name and every
    stored sentence in the dossier's language."""
    if isinstance(v, bool):
        return esc(yes_no(v, lang))
    if v is None or v == "":
        return "—"
    if isinstance(v, (int, float)):
        if key and key.endswith("_bytes") and isinstance(v, int):
            return esc(human_size(v))
        return esc(v)
    if isinstance(v, str):
        if key in _TIME_KEYS or (key or "").endswith("_at"):
            return esc(short_when(v)) if re.match(r"\d{4}-\d\d-\d\dT", v) else esc(v)
        if len(v) > 1200:
            v = v[:1200] + " …"
        return esc(_sentence(v, lang))
    if isinstance(v, dict):
        parts = []
        for k, x, text in _fields(v, lang):
            if text is not None:
                shown = esc(text)
            else:
                shown = _value_text(x, lang, depth + 1, k)
            parts.append(f"<i>{esc(key_label(k, lang))}</i>: {shown}")
        return ("<br/>" if depth == 0 else "; ").join(parts) or "—"
    if isinstance(v, (list, tuple)):
        if not v:
            return "—"
        lines = []
        for x in v[:60]:
            if isinstance(x, (list, tuple)) and len(x) == 2 and all(isinstance(y, (str, int, float)) for y in x):
                lines.append(f"{esc(x[0])}: {esc(x[1])}")        # a header: name and value as sent
            else:
                lines.append(_value_text(x, lang, max(depth, 1) + 1 if isinstance(x, dict) else depth + 1, key))
        if len(v) > 60:
            lines.append(esc(tr("court.more_lines", lang, count=len(v) - 60)))
        return ("<br/>" if depth <= 1 else " | ").join(lines)
    return esc(v)


class CourtDossier:
    def __init__(self, vault, sel: Selection, *, lang: str, paper: str, include_sensitive: bool,
                 dossier_id: str, prepared_at: datetime, progress=None, total_steps: int | None = None,
                 step_offset: int = 0):
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
        self.pages: dict[str, int] | None = None     # where each exhibit starts (after a first pass)
        self._pictures: dict[tuple, object] = {}      # pictures made for the PDF, kept for the second pass
        self._capture_entry = {}
        for iid, recs in sel.by_item.items():
            for rec in recs:
                if rec["entry"]["event"] in ("item_captured", "item_imported"):
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
    def build(self) -> bytes:
        meta = {
            "title": self.t("court.pdf_title", case=self.case, id=self.dossier_id),
            "author": self.vault.collector,           # empty when she gave no name
            "subject": self.t("court.pdf_subject", count=len(self.sel.items)),
            "keywords": ", ".join([self.dossier_id, *(i.exhibit for i in self.sel.items[:200])]),
            "lang": self.lang, "when": self.prepared_at,
        }
        opts = dict(paper=self.paper, lang=self.lang, footer_case=self.case, doc_id=self.dossier_id,
                    meta=meta, default_section=self.t("court.section_cover"))
        # two passes: the first finds the page where each exhibit starts, the second prints those
        # numbers in the index. The index's page column has a fixed width, so the numbers do not
        # move anything; pictures are made once and kept for the second pass.
        pages: dict[str, int] = {}
        pdfkit.build_pdf(self._story, pages=pages, **opts)
        self.pages = pages
        try:
            return pdfkit.build_pdf(self._story, **opts)
        finally:
            self._pictures.clear()

    def _step(self, done: int) -> None:
        if self.progress and self.pages is None:      # the first pass makes the pictures: the slow part
            self.progress(self.step_offset + done, self.total_steps)

    def _story(self, doc) -> list:
        self.doc = doc
        self.fw, self.fh = doc.frame_size("portrait")
        story = []
        story += self.cover()
        story += self.index()
        first = True
        for n, item in enumerate(self.sel.items, 1):
            story += self.exhibit(item, first=first)
            first = False
            self._step(n)
        story += self.appendices()
        return story

    # ------------------------------------------------------------------ cover
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
            [self.P(esc(t("court.prepared_by")), "cellb"),
             self.P(esc(collector_text(self.vault.collector, self.lang)), "cell")],
            [self.P(esc(t("court.prepared_at")), "cellb"), self.P(esc(when(self.prepared_at, self.lang)), "cell")],
            [self.P(esc(t("court.exhibits")), "cellb"),
             self.P(esc(t("court.exhibit_count", count=len(items), captures=caps, imports=imps)), "cell")],
            [self.P(esc(t("court.period")), "cellb"),
             self.P(esc(t("court.period_value", first=short_when(times[0]), last=short_when(times[-1]))
                        if times else "—"), "cell")],
            [self.P(esc(t("court.dossier_id")), "cellb"), self.P(esc(self.dossier_id), "cell")],
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
        out.append(self.P(esc(t("court.contents")), "h2"))
        for key in ("court.section_index", "court.section_exhibits", "court.app_custody",
                    "court.app_method", "court.app_declaration", "court.app_notary",
                    "court.app_legal", "court.app_verify"):
            out.append(self.P("• " + esc(t(key)), "body"))
        out.append(PageBreak())
        return out

    # ------------------------------------------------------------------ index
    def index(self) -> list:
        t = self.t
        out = [pdfkit.Bookmark("index", t("court.section_index"), 0, t("court.section_index")),
               self.P(esc(t("court.section_index")), "h1")]
        w = [22 * mm, None, 38 * mm, 30 * mm, 12 * mm]
        w[1] = self.fw - sum(x for x in w if x)
        rows = [[self.P(esc(t("court.col_exhibit")), "cellb"), self.P(esc(t("court.col_what")), "cellb"),
                 self.P(esc(t("court.col_when")), "cellb"), self.P(esc(t("court.col_status")), "cellb"),
                 self.P(esc(t("court.col_page")), "cellb")]]
        for it in self.sel.items:
            key = self._exhibit_key(it)
            page = (self.pages or {}).get(key)
            page_cell = f'<a href="#{key}">{page}</a>' if page else ""
            what = f"<b>{esc(it.title or '—')}</b><br/><font name='{MONO}' size='7'>{esc(item_label(it))}</font>"
            if is_sensitive(it):
                what += "<br/>" + esc(t("court.marked_sensitive"))
            rows.append([self.P(f"<b>{esc(it.exhibit)}</b>", "cell"), self.P(what, "cell"),
                         self.P(esc(short_when(it.captured_at)), "cell"),
                         self.P(esc(status_text(it, self.lang)), "cell"), self.P(page_cell, "cell")])
        out.append(_table(rows, w, header=True))
        return out

    @staticmethod
    def _exhibit_key(item) -> str:
        return f"ex-{item.exhibit}-{item.id}"

    # ------------------------------------------------------------------ one exhibit
    def exhibit(self, item, *, first: bool) -> list:
        t, s, lang = self.t, self.st, self.lang
        sensitive = is_sensitive(item)
        out = [NextPageTemplate("portrait"), PageBreak()]
        title = f"{item.exhibit} — {(item.title or item_label(item))[:70]}"
        if first:
            out.append(pdfkit.Bookmark("exhibits", t("court.section_exhibits"), 0, item.exhibit))
        out.append(pdfkit.Bookmark(self._exhibit_key(item), title, 1, item.exhibit))
        out.append(self.P(esc(t("court.exhibit_heading", exhibit=item.exhibit)), "h1"))
        out.append(self.P(f"<b>{esc(item.title or '—')}</b>", "body"))
        if sensitive:
            key = "court.exhibit_sensitive_shown" if self.include_sensitive else "court.exhibit_sensitive_blurred"
            out.append(self.P(esc(t(key)), "box"))
        out.append(self.P(esc(t("court.h_details")), "h2"))
        out.append(self.metadata_table(item))
        out.append(self.P(esc(t("court.h_files")), "h2"))
        out.append(self.Pt("court.files_intro", "small"))
        out += self.artifact_rows(item)
        out += self.item_custody(item)
        if item.notes:
            out.append(self.P(esc(t("court.h_notes")), "h2"))
            out.append(self.P(esc(item.notes), "body"))
        out += self.text_excerpt(item)
        out += self.pictures(item, sensitive)
        return out

    def metadata_table(self, item) -> Table:
        t, lang = self.t, self.lang
        md = dict(item.metadata or {})
        entry = self._capture_entry.get(item.id) or {}
        lw = 42 * mm
        vw = self.fw - lw
        rows: list = []

        def row(label_key, value_markup):
            rows.append([self.P(esc(t(label_key)), "cellb"), self.P(value_markup, "cell")])

        def mono(label_key, text):
            rows.append([self.P(esc(t(label_key)), "cellb"), mono_line(text, vw - 8, self.st["mono"])])

        row("court.md.exhibit", esc(f"{item.exhibit}  ({t('court.md.internal_id')} {item.id})"))
        row("court.md.source", esc(t("court.source_" + item.source)))
        if item.url:
            mono("court.md.url", item.url)
        if item.final_url and item.final_url != item.url:
            mono("court.md.final_url", item.final_url)
        label = "court.md.captured_at" if item.source == "capture" else "court.md.imported_at"
        row(label, esc(when(item.captured_at, lang)))
        row("court.md.status", esc(status_text(item, lang)))
        if item.title:
            row("court.md.title", esc(item.title))
        if entry.get("collector"):
            row("court.md.collector", esc(entry["collector"]))
        if entry.get("tool"):
            row("court.md.tool_sealed", esc(entry["tool"]))
        if item.abuse:
            row("court.md.abuse", esc(", ".join(abuse_name(a, lang) for a in item.abuse)))
        ref_platform = None
        try:
            from .platforms import ref_for_item

            ref = ref_for_item(item)
            if ref.platform != "other":
                ref_platform = ref
        except Exception:
            ref_platform = None
        if ref_platform is not None:
            bits = [ref_platform.platform]
            for k in ("handle", "account_id", "post_id"):
                v = getattr(ref_platform, k)
                if v:
                    bits.append(f"{t('court.ref.' + k)} {v}")
            row("court.md.platform_ref", esc(" · ".join(bits)))
        done = set()
        for key, label in KNOWN_KEYS:
            if key in md and key not in done:
                done.add(key)
                v = md.get(key)
                if v in (None, "", [], {}) and label not in ("changes", "gaps"):
                    continue
                said = keyed_text(md.get(key + "_key"), md.get(key + "_params"), lang)
                row("court.md." + label, esc(said) if said is not None else self.known_value(label, v))
        keyed = {k for k in md if (k.endswith("_key") and k[:-4] in md) or (k.endswith("_params") and k[:-7] in md)}
        rest = [k for k in md if k not in done and k not in SKIP_KEYS and k not in keyed
                and md[k] not in (None, "", [], {})]
        if rest:
            rows.append([self.P(esc(t("court.md.other")), "cellb"),
                         self.P("<br/>".join(f"<i>{esc(key_label(k, lang))}</i>: {_value_text(md[k], lang, 1, k)}"
                                             for k in rest), "tiny")])
        if item.status == "failed" or item.error:
            detail = md.get("error_detail")
            text = esc(error_text(item, lang))
            if detail:
                text += f"<br/><font size='6.5'>{esc(t('court.md.error_detail', detail=detail))}</font>"
            row("court.md.error", text)
        return _table(rows, [lw, vw])

    def known_value(self, label: str, v) -> str:
        """Markup for one known metadata value, in the dossier's language where we can."""
        t, lang = self.t, self.lang
        try:
            if label in ("original_modified_at", "post_date") and isinstance(v, str):
                return esc(when(v, lang))
            if label == "duration" and isinstance(v, (int, float)):
                return esc(t("court.md.duration_value", seconds=v))
            if label == "original_size" and isinstance(v, int):
                return esc(human_size(v))
            if label == "redirects" and isinstance(v, list):
                lines = []
                for r in v:
                    if isinstance(r, dict):
                        line = f"{r.get('status') or ''} {r.get('url') or ''}"
                        if r.get("location"):
                            line += f" » {r['location']}"
                        lines.append(esc(line.strip()))
                    else:
                        lines.append(esc(r))
                return "<br/>".join(lines) or "—"
            if label == "server_ip" and isinstance(v, dict):
                ip, port = v.get("ip"), v.get("port")
                return esc(f"{ip}:{port}" if ip and port else (ip or _value_text(v, lang)))
            if label == "clock" and isinstance(v, dict) and "difference_s" in v:
                text = esc(t("court.md.clock_value", diff=v.get("difference_s"),
                             server=v.get("server_date") or "—"))
                note = keyed_text(v.get("note_key"), {}, lang) or (_sentence(v["note"], lang) if v.get("note") else "")
                return text + (f"<br/><font size='6.5'>{esc(note)}</font>" if note else "")
            if label == "tls" and isinstance(v, dict):
                v = dict(v)
                if v.get("trust_check") and not v.get("trust_check_key") and v.get("trusted_by_this_computer") is False:
                    v["trust_check_key"] = "capture.tls.untrusted"     # captures made before the key was stored
                    v["trust_check_params"] = {"reason": v["trust_check"]}
                return _value_text(v, lang, 0)
            if label == "capture_ran" and isinstance(v, dict):
                return esc(t("court.md.ran_value", start=short_when(v.get("start")), end=short_when(v.get("end"))))
            if label in ("changes", "gaps") and isinstance(v, list):
                lines = []
                for c in v:
                    if isinstance(c, dict):
                        text = None
                        key = c.get("key")
                        if key:
                            from evidence_kit.i18n import lookup

                            tmpl = lookup(key, lang)
                            if tmpl:
                                try:
                                    text = tmpl.format(**(c.get("params") or {}))
                                except (KeyError, IndexError, ValueError):
                                    text = None
                        lines.append(esc(text or c.get("text") or key or ""))
                    else:
                        lines.append(esc(c))
                return "<br/>".join("• " + x for x in lines) if lines else esc(t("court.md.none"))
            if label == "browser" and isinstance(v, dict):
                parts = [f"{v.get('name', '')} {v.get('version', '')}".strip()]
                vp = v.get("viewport")
                if isinstance(vp, dict):
                    parts.append(t("court.md.window", w=vp.get("width"), h=vp.get("height"),
                                   scale=v.get("device_scale_factor", 1)))
                if "headless" in v:
                    parts.append(t("court.md.headless", value=yes_no(bool(v["headless"]), lang)))
                text = "; ".join(esc(p) for p in parts if p)
                if v.get("user_agent"):
                    text += f"<br/><font size='6.5'>{esc(v['user_agent'])}</font>"
                shown = {"name", "version", "viewport", "device_scale_factor", "headless", "user_agent"}
                more = _value_text({k: x for k, x in v.items() if k not in shown}, lang, 1)
                if more != "—":
                    text += f"<br/><font size='6.5'>{more}</font>"
                return text
            if label == "post" and isinstance(v, dict):
                bits = []
                for k in ("author", "published_time", "telegram_channel", "canonical_url", "og_title", "lang"):
                    if v.get(k):
                        bits.append(f"<i>{esc(key_label(k, lang))}</i>: {_value_text(v[k], lang, 1, k)}")
                msgs = v.get("telegram_messages")
                if isinstance(msgs, list) and msgs:
                    shown = "; ".join(f"{m.get('post', '')} ({short_when(m.get('date'))[:10]}, {m.get('author', '')})"
                                      for m in msgs[:40] if isinstance(m, dict))
                    bits.append(f"<i>{esc(t('court.md.messages', count=len(msgs)))}</i>: <font size='6.5'>{esc(shown)}</font>")
                return "<br/>".join(bits) if bits else "—"
        except Exception:
            pass
        return _value_text(v, lang)

    def artifact_rows(self, item) -> list:
        t = self.t
        rows = []
        styles = []
        for n, a in enumerate(item.artifacts, 1):
            head = (f"<b>{n}. {esc(a.name)}</b> · {esc(t('court.role.' + a.role) if not t('court.role.' + a.role).startswith('court.role.') else a.role)}"
                    f" · {esc(a.media_type)} · {esc(human_size(a.size))}")
            if a.source_url:
                head += f"<br/><font size='6.5'>{esc(t('court.from'))} {esc(a.source_url[:300])}</font>"
            r = len(rows)
            rows.append([self.P(head, "cell")])
            rows.append([mono_line(a.sha256, self.fw - 10, self.st["mono"])])
            styles.append(("LINEBELOW", (0, r + 1), (0, r + 1), 0.4, GRID))
        if not rows:
            return [self.Pt("court.no_files", "note")]
        tbl = Table(rows, colWidths=[self.fw], hAlign="LEFT")
        tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 4)] + styles))
        return [tbl]

    def text_excerpt(self, item) -> list:
        art = next((a for a in item.artifacts if a.role == "text"), None)
        if art is None:
            return []
        try:
            raw = b""
            for piece in self.vault.iter_artifact(item.id, art.name):
                raw += piece
                if len(raw) > TEXT_EXCERPT * 4:
                    break
            text = raw.decode("utf-8", "replace").strip()
        except Exception:
            return []
        if not text:
            return []
        import re

        text = re.sub(r"\n\s*\n+", "\n", text)
        cut = text[:TEXT_EXCERPT]
        out = [self.P(esc(self.t("court.h_text")), "h2"),
               self.Pt("court.text_intro", "small", name=art.name)]
        out.append(self.P(esc(cut + (" …" if len(text) > TEXT_EXCERPT else "")), "small"))
        out.append(KeepTogether([self.P(esc(self.t("court.h_translation")), "h3"),
                                 self.P(esc(self.t("court.translation_block")), "box")]))
        return out

    def item_custody(self, item) -> list:
        recs = self.sel.by_item.get(item.id, [])
        if not recs:
            return []
        t = self.t
        rows = [[self.P(esc(x), "cellb") for x in (t("court.col_seq"), t("court.col_time"),
                                                    t("court.col_event"), t("court.col_by"),
                                                    t("court.col_details"))]]
        for rec in recs:
            e = rec["entry"]
            rows.append([self.P(str(e["seq"]), "cell"), self.P(esc(short_when(e["at"])), "cell"),
                         self.P(esc(event_name(e["event"], self.lang)), "cell"),
                         self.P(esc(e.get("collector", "")), "cell"),
                         self.P(esc(self.event_details(e)), "cell")])
        w = [12 * mm, 34 * mm, 34 * mm, 28 * mm]
        w.append(self.fw - sum(w))
        return [CondPageBreak(25 * mm), self.P(esc(t("court.h_item_custody")), "h2"),
                _table(rows, w, header=True)]

    def event_details(self, e: dict) -> str:
        t, lang = self.t, self.lang
        d = e.get("details") or {}
        ev = e["event"]
        if ev in ("item_captured", "item_imported"):
            return t("court.ev.sealed", count=len(d.get("artifacts", [])),
                     manifest=(d.get("manifest_sha256") or "")[:16])
        if ev in ("item_updated", "note_added"):
            parts = []
            for k, v in (d.get("changes") or {}).items():
                if k == "abuse":
                    v = ", ".join(abuse_name(a, lang) for a in v) or "—"
                elif k == "sensitive":
                    v = yes_no(bool(v), lang)
                elif k == "notes":
                    v = t("court.ev.note_changed")
                parts.append(f"{t('court.change.' + k) if not t('court.change.' + k).startswith('court.') else k}: {v}")
            return "; ".join(parts)
        if ev == "exported":
            kind = d.get("kind", "?")
            return t("court.ev.exported", kind=lookup("court.kind." + str(kind), lang) or kind,
                     sensitive=yes_no(bool(d.get("include_sensitive")), lang),
                     sha=(d.get("sha256") or "")[:16])
        if ev.startswith("artifact_"):
            names = d.get("artifacts") or ([d["artifact"]] if d.get("artifact") else [])
            return ", ".join(str(n) for n in names)
        if ev == "case_renamed":
            return f"{d.get('from', '')} » {d.get('to', '')}"
        if ev == "case_created":
            return str(d.get("case", ""))
        if ev == "verified":
            return t("court.ev.verified", ok=yes_no(bool(d.get("ok")), lang), items=d.get("items_checked", "?"))
        return ""

    # ------------------------------------------------------------------ pictures
    def pictures(self, item, sensitive: bool) -> list:
        arts = [a for a in item.artifacts if a.role == "screenshot_full"]
        if not arts:
            arts = [a for a in item.artifacts if a.role == "screenshot_viewport"]
        arts += [a for a in item.artifacts
                 if a.role in ("original", "media", "download") and a.media_type in images.IMAGE_TYPES
                 and (a.role == "original")]
        out = []
        for a in arts:
            out += self.picture(item, a, sensitive)
        out += self.media_pictures(item, sensitive)
        return out

    def media_pictures(self, item, sensitive: bool) -> list:
        """Each picture saved from the page, scaled to fit, with its name, address and SHA-256;
        blurred like the screenshots when the item is sensitive. At most MEDIA_PER_EXHIBIT."""
        t = self.t
        arts = [a for a in item.artifacts if a.role == "media" and a.media_type in images.IMAGE_TYPES]
        if not arts:
            return []
        out = [NextPageTemplate("portrait"), PageBreak(),
               self.P(esc(t("court.h_media", exhibit=item.exhibit)), "h2"),
               self.Pt("court.media_intro", "small", count=len(arts))]
        box_w, box_h = self.fw, self.fh * 0.42
        blur = sensitive and not self.include_sensitive
        for n, a in enumerate(arts[:MEDIA_PER_EXHIBIT], 1):
            key = "court.media_caption_blurred" if blur else "court.media_caption"
            head = [self.P(esc(t(key, exhibit=item.exhibit, n=n, name=a.name)), "label")]
            tail = []
            if a.source_url:
                tail.append(self.P(esc(t("court.from")), "tiny"))
                tail.append(mono_line(a.source_url[:500], self.fw, self.st["mono"]))
            tail.append(self.P("SHA-256", "tiny"))
            tail.append(mono_line(a.sha256, self.fw, self.st["mono"]))
            tail.append(Spacer(1, 4 * mm))
            sl = self._made(("media", item.id, a.name, blur), lambda img: images.blurred(img, box_w, box_h)
                            if blur else images.fitted(img, box_w, box_h))
            if sl is None:
                out.append(KeepTogether(head + [self.P(esc(t("court.picture_unreadable", name=a.name)), "note")] + tail))
                continue
            out.append(KeepTogether(head + [self._image(sl)] + tail))
        if len(arts) > MEDIA_PER_EXHIBIT:
            out.append(self.P(esc(t("court.media_more", count=len(arts) - MEDIA_PER_EXHIBIT)), "box"))
        return out

    def _made(self, key: tuple, make):
        """The picture(s) `make(img)` returns for an artifact (key[1], key[2]), made once for both
        passes of the build; None when the picture cannot be read."""
        if key not in self._pictures:
            try:
                img = images.open_picture(self.vault.read_artifact(key[1], key[2]))
            except images.PictureError:
                self._pictures[key] = None
            else:
                try:
                    self._pictures[key] = make(img)
                finally:
                    img.close()
        return self._pictures[key]

    def picture(self, item, art, sensitive: bool) -> list:
        t = self.t
        role = t("court.role." + art.role)
        port_w, port_h = self.doc.frame_size("portrait")
        land_w, land_h = self.doc.frame_size("landscape")
        label_h = 26
        blur = sensitive and not self.include_sensitive

        def make(img):
            px_w, px_h = img.size
            if blur:
                return px_w, px_h, "portrait", [images.blurred(img, port_w, port_h - label_h - 40)]
            wide = px_w * 0.75 > port_w * 1.1
            fw, fh = (land_w, land_h) if wide else (port_w, port_h)
            return px_w, px_h, ("landscape" if wide else "portrait"), list(images.slices(img, fw, fh - label_h))

        made = self._made(("shot", item.id, art.name, blur), make)
        if made is None:
            return [self.P(esc(t("court.picture_unreadable", name=art.name)), "note")]
        px_w, px_h, orient, sls = made
        if blur:
            return [NextPageTemplate("portrait"), PageBreak(),
                    self.P(esc(t("court.slice_blurred", exhibit=item.exhibit, what=role, name=art.name,
                                 w=px_w, h=px_h)), "label"),
                    self._image(sls[0])]
        out = []
        total = len(sls)
        for n, sl in enumerate(sls, 1):
            label = t("court.slice_label", exhibit=item.exhibit, what=role, part=n, parts=total,
                      top=sl.top, bottom=sl.bottom, height=px_h, width=px_w)
            out += [NextPageTemplate(orient), PageBreak(), self.P(esc(label), "label"), self._image(sl)]
        if total > 1:
            out.append(self.Pt("court.slice_overlap", "tiny", px=images.OVERLAP_PX))
        return out

    @staticmethod
    def _image(sl: images.Slice):
        return pdfkit.JpegImage(sl.jpeg, sl.width_pt, sl.height_pt)

    # ------------------------------------------------------------------ appendices
    def appendices(self) -> list:
        out = []
        out += self.app_custody()
        out += self.app_method()
        out += self.app_declaration()
        out += self.app_notary()
        out += self.app_legal()
        out += self.app_verify()
        return out

    def _app_start(self, key: str, first: bool = False) -> list:
        t = self.t
        out = [NextPageTemplate("portrait"), PageBreak()]
        if first:
            out.append(pdfkit.Bookmark("appendices", t("court.section_appendices"), 0, t(key)))
        out += [pdfkit.Bookmark(key, t(key), 1, t(key)), self.P(esc(t(key)), "h1")]
        return out

    def app_custody(self) -> list:
        t = self.t
        out = self._app_start("court.app_custody", first=True)
        out.append(self.Pt("court.custody_intro", "small"))
        log = shareable_log(self.sel)
        exhibits = {i.id: i.exhibit for i in self.sel.items}
        rows = [[self.P(esc(x), "cellb") for x in (t("court.col_seq"), t("court.col_time"),
                                                    t("court.col_event"), t("court.col_by"),
                                                    t("court.col_items"), t("court.col_hash"))]]
        run: list[dict] = []

        def flush_run():
            if not run:
                return
            a, b = run[0]["seq"], run[-1]["seq"]
            rng = str(a) if a == b else f"{a}–{b}"
            rows.append([self.P(rng, "cell"), self.P(esc(short_when(run[0]["at"])), "cell"),
                         self.P(esc(t("court.withheld", count=len(run))), "cell"), "", "",
                         self.P(f"<font name='{MONO}' size='6.5'>{esc(run[-1]['hash'][:16])}…</font>", "cell")])
            run.clear()

        for rec in log:
            if rec.get("withheld"):
                run.append(rec)
                continue
            flush_run()
            e = rec["entry"]
            its = exhibit_ranges([exhibits.get(i, i) for i in e.get("items", [])])
            details = self.event_details(e)
            ev = esc(event_name(e["event"], self.lang)) + (f"<br/><font size='6.5'>{esc(details)}</font>" if details else "")
            rows.append([self.P(str(e["seq"]), "cell"), self.P(esc(short_when(e["at"])), "cell"),
                         self.P(ev, "cell"), self.P(esc(e.get("collector", "")), "cell"),
                         self.P(esc(its), "cell"),
                         self.P(f"<font name='{MONO}' size='6.5'>{esc(rec['hash'][:16])}…</font>", "cell")])
        flush_run()
        w = [12 * mm, 30 * mm, None, 24 * mm, 22 * mm, 28 * mm]
        w[2] = self.fw - sum(x for x in w if x)
        out.append(_table(rows, w, header=True))
        if log:
            last = log[-1]
            out.append(Spacer(1, 3 * mm))
            out.append(self.P(esc(t("court.custody_last", seq=last.get("seq") or last["entry"]["seq"])), "small"))
            out.append(mono_line(last["hash"], self.fw, self.st["mono"]))
        return out

    def app_method(self) -> list:
        out = self._app_start("court.app_method")
        for key in ("court.method.capture_h", "court.method.capture", "court.method.import_h",
                    "court.method.import", "court.method.seal_h", "court.method.seal",
                    "court.method.proves_h", "court.method.proves", "court.method.not_h",
                    "court.method.not", "court.method.limits_h", "court.method.limits",
                    "court.method.time_h", "court.method.time", "court.method.blur_h",
                    "court.method.blur"):
            style = "h2" if key.endswith("_h") else "body"
            out.append(self.Pt(key, style))
        out.append(self.Pt("court.method.source", "note"))
        return out

    def app_declaration(self) -> list:
        t = self.t
        out = self._app_start("court.app_declaration")
        out.append(self.P(esc(t("court.decl.label")), "box"))
        exhibits = exhibit_ranges([i.exhibit for i in self.sel.items], limit=40)
        out.append(self.P(esc(t("court.decl.intro", dossier=self.dossier_id, count=len(self.sel.items),
                                exhibits=exhibits)), "body"))
        for n in range(1, 7):
            out.append(self.P(f"{n}. " + esc(t(f"court.decl.p{n}", tool=pdfkit.tool_version(),
                                                fingerprint=self.vault.fingerprint[:16] + "…")), "body"))
        sens = [i.exhibit for i in self.sel.items if is_sensitive(i)]
        red = t("court.decl.blurred_list", exhibits=", ".join(sens)) if sens and not self.include_sensitive \
            else t("court.decl.no_blur")
        out.append(self.P("7. " + esc(red), "body"))
        out.append(self.P("8. " + esc(t("court.decl.p8")), "body"))
        out.append(Spacer(1, 4 * mm))
        line = "_" * 38
        rows = [[self.P(esc(t(k)), "cell"), self.P(line, "cell")] for k in
                ("court.decl.name", "court.decl.id_doc", "court.decl.place", "court.decl.date",
                 "court.decl.signature")]
        out.append(_table(rows, [55 * mm, self.fw - 55 * mm]))
        out.append(Spacer(1, 5 * mm))
        out.append(self.Pt("court.decl.witnesses", "h3"))
        wrows = [[self.P(esc(t("court.decl.w_name")), "cellb"), self.P(esc(t("court.decl.w_address")), "cellb"),
                  self.P(esc(t("court.decl.signature")), "cellb")]]
        for _ in range(2):
            wrows.append([Spacer(1, 11 * mm), "", ""])
        out.append(_table(wrows, [self.fw * 0.36, self.fw * 0.38, self.fw * 0.26], header=True))
        out.append(Spacer(1, 4 * mm))
        out.append(self.Pt("court.decl.adapt", "note"))
        out.append(self.Pt("court.decl.not_notarial", "note"))
        return out

    def app_notary(self) -> list:
        t = self.t
        out = self._app_start("court.app_notary")
        out.append(self.Pt("court.notary.h_inspect", "h2"))
        out.append(self.Pt("court.notary.intro", "body"))
        out.append(self.P(esc(t("court.notary.urgent")), "box"))
        caps = [i for i in self.sel.items if i.url]
        login = []
        for n, it in enumerate(caps, 1):
            from .platforms import ref_for_item

            ref = ref_for_item(it)
            md = it.metadata or {}
            needs = bool(ref.private or md.get("logged_in") or md.get("login") or md.get("login_required"))
            if needs:
                login.append(it)
            line = t("court.notary.item", n=n, exhibit=it.exhibit, when=short_when(it.captured_at),
                     status=status_text(it, self.lang),
                     login=t("court.notary.login_yes") if needs else t("court.notary.login_no"))
            out.append(KeepTogether([self.P(esc(line), "cell"), mono_line(it.url, self.fw, self.st["mono"]),
                                     Spacer(1, 2.5)]))
            if it.final_url and it.final_url != it.url:
                out.append(self.P(esc(t("court.notary.final")), "tiny"))
                out.append(mono_line(it.final_url, self.fw, self.st["mono"]))
        if not caps:
            out.append(self.Pt("court.notary.none", "note"))
        out.append(self.Pt("court.notary.h_login", "h3"))
        if login:
            out.append(self.P(esc(t("court.notary.login_list", exhibits=", ".join(i.exhibit for i in login))), "body"))
        else:
            out.append(self.Pt("court.notary.login_none", "body"))
        out.append(self.Pt("court.notary.how", "body"))
        imports = [i for i in self.sel.items if i.source == "import"]
        if imports:
            out.append(self.P(esc(t("court.notary.imports", exhibits=", ".join(i.exhibit for i in imports))), "body"))
        out.append(self.Pt("court.notary.h_police", "h2"))
        for k in ("court.notary.police1", "court.notary.police2", "court.notary.police3"):
            out.append(self.P("• " + esc(t(k, dossier=self.dossier_id)), "body"))
        out.append(self.Pt("court.notary.h_platforms", "h2"))
        out.append(self.Pt("court.notary.platforms", "body"))
        out.append(self.Pt("court.notary.stopncii", "body"))
        out.append(self.Pt("court.notary.h_help", "h2"))
        out.append(self.Pt("court.notary.help", "body"))
        return out

    def app_legal(self) -> list:
        out = self._app_start("court.app_legal")
        out.append(self.P(esc(self.t("court.legal.caveat")), "box"))
        for key in ("court.legal.h_record", "court.legal.record", "court.legal.h_notary", "court.legal.notary",
                    "court.legal.h_lang", "court.legal.lang", "court.legal.h_crime", "court.legal.crime",
                    "court.legal.h_sign", "court.legal.sign", "court.legal.h_method", "court.legal.method"):
            out.append(self.Pt(key, "h2" if ".h_" in key else "body"))
        return out

    def app_verify(self) -> list:
        t = self.t
        out = self._app_start("court.app_verify")
        out.append(self.Pt("ex.verify.intro", "body"))
        out.append(self.Pt("ex.verify.fp", "body"))
        out.append(mono_line(self.vault.fingerprint, self.fw, self.st["mono"]))
        out.append(Spacer(1, 3 * mm))
        for n, (key, cmd) in enumerate((
                ("verify.step_unzip", None),
                ("verify.step_sums", "sha256sum -c SHA256SUMS"),
                ("verify.step_sig", "openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig"),
                ("verify.step_fp", "openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum"),
                ("verify.step_tool", "evidence-kit verify-bundle BUNDLE.zip")), 1):
            out.append(self.P(f"{n}. " + esc(t("ex." + key)), "body"))
            if cmd:
                out.append(mono_line(cmd, self.fw, self.st["mono"]))
                out.append(Spacer(1, 2 * mm))
        out.append(self.Pt("ex.verify.windows", "small"))
        out.append(self.Pt("ex.verify.means", "body"))
        out.append(self.Pt("ex.verify.withheld", "small"))
        return out


def build(vault, sel: Selection, *, lang: str, paper: str, include_sensitive: bool, dossier_id: str,
          prepared_at: datetime, progress=None, total_steps=None, step_offset=0) -> bytes:
    return CourtDossier(vault, sel, lang=lang, paper=paper, include_sensitive=include_sensitive,
                        dossier_id=dossier_id, prepared_at=prepared_at, progress=progress,
                        total_steps=total_steps, step_offset=step_offset).build()
