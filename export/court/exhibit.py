"""One exhibit's section: its heading, every recorded detail of the capture or import, every
sealed file with its full SHA-256, the item's custody events, the collector's note and the
beginning of the page's text."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Paragraph, Table, TableStyle

from evidence_kit.files import human_size
from evidence_kit.i18n import lookup

from .. import pdfkit
from ..common import (abuse_name, banner_removals, error_text, event_name, is_before_removal, is_sensitive,
                      item_label, keyed_text, short_when, status_text, when, yes_no)
from ..pdfkit import SANS, esc, mono_line
from . import hooks
from .tables import GRID, _table
from .values import EXHIBIT_KEYS, KNOWN_KEYS, SKIP_KEYS, _sentence, _value_text, key_label, technical_fields

TEXT_EXCERPT = 1200


class ExhibitMixin:
    def exhibit(self, item, *, first: bool) -> list:
        t = self.t
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
        out += self.technical_ref(item)
        out.append(self.P(esc(t("court.h_files")), "h2"))
        out.append(self.Pt("court.files_intro", "small"))
        out += self.artifact_rows(item)
        for section in hooks.EXHIBIT_SECTIONS:
            out += section(self, item)
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
        for add_row in hooks.METADATA_ROWS:
            add_row(self, item, row)
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
            from ..post_refs import ref_for_item

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
            if key in md and key not in done and key in EXHIBIT_KEYS:   # the rest: technical appendix
                done.add(key)
                v = md.get(key)
                if v in (None, "", [], {}) and label not in ("changes", "gaps"):
                    continue
                said = keyed_text(md.get(key + "_key"), md.get(key + "_params"), lang)
                row("court.md." + label, esc(said) if said is not None else self.known_value(label, v))
        if item.status == "failed" or item.error:
            detail = md.get("error_detail")
            text = esc(error_text(item, lang))
            if detail:
                text += f"<br/><font size='6.5'>{esc(t('court.md.error_detail', detail=detail))}</font>"
            row("court.md.error", text)
        return _table(rows, [lw, vw])

    def technical_table(self, item) -> Table | None:
        """The technical record of a capture (values.TECHNICAL_KEYS and any field not shown on the
        exhibit's pages), for the technical appendix; None when there is none."""
        t, lang = self.t, self.lang
        md = dict(item.metadata or {})
        keys = technical_fields(md)
        if not keys:
            return None
        lw = 42 * mm
        known = dict(KNOWN_KEYS)
        rows = []
        for k in keys:
            label = known.get(k)
            if label:
                said = keyed_text(md.get(k + "_key"), md.get(k + "_params"), lang)
                name, value = t("court.md." + label), esc(said) if said is not None else self.known_value(label, md[k])
            else:
                name, value = key_label(k, lang), _value_text(md[k], lang, 1, k)
            rows.append([self.P(esc(name), "cellb"), self.P(value, "tiny")])
        return _table(rows, [lw, self.fw - lw])

    def technical_ref(self, item) -> list:
        """The line under the details that says where the exhibit's technical record is (a link,
        like the index's; the page number is filled in when the layout is done)."""
        if not technical_fields(dict(item.metadata or {})):
            return []
        if all(k != "court.app_technical" for k, _ in hooks.appendices_of(self)):
            return []                   # no technical appendix in this dossier (a test swaps the list)
        vol = self.volume
        here = vol is None or vol.last
        text = esc(self.t("court.tech_ref") if here else self.t("court.tech_ref_volume", n=vol.total))
        style = self.st["small"]
        w = min(self.fw - 22 * mm, pdfmetrics.stringWidth(self.t("court.tech_ref") if here else
                                                          self.t("court.tech_ref_volume", n=vol.total),
                                                          style.fontName, style.fontSize) + 4)
        tbl = Table([[Paragraph(text, style), pdfkit.PageRef(self._tech_key(item), 18 * mm, link=here,
                                                                size=style.fontSize)]],
                    colWidths=[w + 4, 20 * mm], hAlign="LEFT")
        tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [tbl]

    @staticmethod
    def _tech_key(item) -> str:
        return f"tech-{item.exhibit}-{item.id}"

    def known_value(self, label: str, v) -> str:
        """Markup for one known metadata value, in the dossier's language where we can."""
        t, lang = self.t, self.lang
        try:
            for formatter in hooks.VALUE_FORMATTERS:
                markup = formatter(label, v, lang)
                if markup is not None:
                    return markup
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
                            from evidence_kit.i18n import Plural, lookup, messages

                            entry = messages().get(key)     # a counted message: the form for its number
                            tmpl = lookup(key, lang, (c.get("params") or {}).get(entry.count)
                                          if isinstance(entry, Plural) else None)
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
        removed = bool(banner_removals(item))
        for n, a in enumerate(item.artifacts, 1):
            head = (f"<b>{n}. {esc(a.name)}</b> · {esc(t('court.role.' + a.role) if not t('court.role.' + a.role).startswith('court.role.') else a.role)}"
                    f" · {esc(a.media_type)} · {esc(human_size(a.size))}")
            if removed:     # every file but the screenshot taken before it was made after the removal
                key = "court.file_before_removal" if is_before_removal(a) else "court.file_after_removal"
                head += f" · <i>{esc(t(key))}</i>"
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
        if ev in ("item_captured", "item_imported", "item_received"):
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
        if ev in hooks.EVENT_TEXTS:
            return hooks.EVENT_TEXTS[ev](d, lang)
        return ""
