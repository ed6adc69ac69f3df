"""The court dossier's transcript of a chat item (Telegram or WhatsApp export).

A header (messenger, chat name, type, Telegram id, the export file's SHA-256, how the times were
read, the senders), then the messages: every one, or only those the collector marked, with the
total stated. Each row: number and Telegram id, the time in UTC with Dushanbe and Moscow beside it,
the sender and their Telegram id, the text (links written out), edited / forwarded / reply marks,
the files sent (a thumbnail of each picture, blurred when the item is sensitive, and its SHA-256)
and the gaps in words. Characters the bundled fonts cannot draw are written as code points.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from evidence_kit.chats.marks import marked_in
from evidence_kit.chats.words import gap_text, kind_name, phone_time
from evidence_kit.i18n import lookup
from evidence_kit.timeutil import DUSHANBE, MOSCOW, from_iso, local_text

from .. import images
from ..common import is_sensitive, short_when
from ..pdfkit import MONO, SANS, esc, mono_line, printable

ROWS_PER_TABLE = 25         # small tables: reportlab splits long ones across pages slowly
MAX_ROWS = 20000            # a dossier stops here and says so; marks choose what matters
CELL_SIZE = 7.5             # the plain cells (number, time, sender)
THUMB_W, THUMB_H = 40 * mm, 30 * mm


# ----------------------------------------------------------------------------- the section
class ChatTranscript:
    def __init__(self, dossier, item):
        self.d = dossier
        self.item = item
        self.lang = dossier.lang
        self.chat = (item.metadata or {}).get("chat") or {}
        self.blur = is_sensitive(item) and not dossier.include_sensitive
        self.codepoints = False

    def t(self, key, **kw) -> str:
        return self.d.t(key, **kw)

    def P(self, markup, style="cell"):
        return Paragraph(markup, self.d.st[style])

    def text(self, s) -> str:
        shown, changed = printable("" if s is None else str(s))
        self.codepoints |= changed
        return esc(shown)

    # -------------------------------------------------------------- header
    def header(self) -> list:
        c, t = self.chat, self.t
        fw = self.d.fw
        lw = 46 * mm
        rows = []

        def row(label, markup):
            rows.append([self.P(esc(t(label)), "cellb"), markup if not isinstance(markup, str) else self.P(markup)])

        row("chatpdf.platform", esc({"telegram": "Telegram", "whatsapp": "WhatsApp"}.get(c.get("platform"), c.get("platform") or "—")))
        row("chatpdf.name", self.text(c.get("name") or "—"))
        if c.get("type"):
            row("chatpdf.type", esc(c["type"]))
        if c.get("telegram_id") is not None:
            row("chatpdf.telegram_id", esc(c["telegram_id"]))
        ex = c.get("export") or {}
        cell = [self.P(self.text(ex.get("file") or "—")), mono_line(ex.get("sha256") or "—", fw - lw - 8, self.d.st["mono"])]
        whole = ex.get("whole_file")
        if whole:
            span = ex.get("span") or {}
            cell.append(self.P(esc(t("chatpdf.whole_file", file=ex.get("file"), start=span.get("start"),
                                     end=span.get("end"))), "tiny"))
            cell.append(mono_line(whole.get("sha256", ""), fw - lw - 8, self.d.st["mono"]))
        if ex.get("zip_sha256"):
            cell.append(self.P(esc(t("chatpdf.zip", zip=ex.get("zip_name"))), "tiny"))
            cell.append(mono_line(ex["zip_sha256"], fw - lw - 8, self.d.st["mono"]))
        row("chatpdf.export_file", cell)
        row("chatpdf.period", esc(f"{short_when(c.get('first_at'))} – {short_when(c.get('last_at'))}"))
        n = c.get("counts") or {}
        row("chatpdf.counts", esc(t("chatpdf.counts_value", messages=n.get("messages", 0), service=n.get("service", 0),
                                    media=n.get("media", 0), gaps=n.get("gaps", 0))))
        people = []
        for p in (c.get("participants") or [])[:30]:
            who = self.text(p.get("from") or "—")
            if p.get("from_id"):
                who += f" <font name='{MONO}' size='7'>{esc(p['from_id'])}</font>"
            people.append(f"{who} ({p.get('messages', 0)})")
        row("chatpdf.participants", "<br/>".join(people) or "—")
        row("chatpdf.times", esc(self.times_sentence()))
        table = Table(rows, colWidths=[lw, fw - lw], hAlign="LEFT")
        table.setStyle(_grid())
        return [self.P(esc(t("chatpdf.h_transcript")), "h2"), table, Spacer(1, 3 * mm)]

    def times_sentence(self) -> str:
        times = self.chat.get("times") or {}
        t = self.t
        parts = []
        if times.get("source") == "date_unixtime":
            offs = ", ".join(f"UTC{o}" for o in (times.get("export_computer_offsets") or {})) or "—"
            parts.append(t("chatpdf.times_unix", offsets=offs))
        else:
            z = times.get("zone") or {}
            parts.append(t("chatpdf.times_local", zone=z.get("zone", "—"),
                           how=t("chatpdf.how_" + ("stated" if z.get("how") == "stated" else "computer"))))
        order = times.get("date_order")
        if isinstance(order, dict):
            parts.append(t("chatpdf.date_order", order=order.get("order"),
                           basis=t("chatpdf.basis." + str(order.get("basis")))))
        return " ".join(parts)

    # -------------------------------------------------------------- messages
    def messages(self) -> list:
        t = self.t
        msgs = self.chat.get("messages") or []
        marks = set(marked_in(self.d.sel.by_item.get(self.item.id, []), self.item.id))
        only_marked = bool(marks) and not self.d.sel.chat_all      # she chose: all, or the marked
        chosen = [m for m in msgs if m.get("n") in marks] if only_marked else msgs
        out = []
        if only_marked:
            out.append(self.P(esc(t("chatpdf.shown_marked", shown=len(chosen), total=len(msgs))), "box"))
        elif marks:                         # every message, as she chose; the marked ones say so
            shown = sum(1 for m in msgs if m.get("n") in marks)
            out.append(self.P(esc(t("chatpdf.shown_all_marked", shown=shown, total=len(msgs))), "small"))
        else:
            out.append(self.P(esc(t("chatpdf.shown_all", total=len(msgs))), "small"))
        fw = self.d.fw
        widths = [15 * mm, 34 * mm, 30 * mm, None]
        widths[3] = fw - sum(w for w in widths if w)
        self.time_w, self.from_w = widths[1] - 6, widths[2] - 6
        head = [self.P(esc(t(k)), "cellb") for k in ("chatpdf.col_no", "chatpdf.col_time",
                                                     "chatpdf.col_from", "chatpdf.col_text")]
        rows = []
        for m in chosen[:MAX_ROWS]:
            rows.append(self.row(m, m.get("n") in marks, widths[3] - 8))
        for i in range(0, len(rows), ROWS_PER_TABLE):
            tbl = Table([head] + rows[i:i + ROWS_PER_TABLE], colWidths=widths, repeatRows=1, hAlign="LEFT")
            tbl.setStyle(_grid(header=True))
            tbl.setStyle(TableStyle([("FONTSIZE", (0, 1), (2, -1), CELL_SIZE),
                                     ("LEADING", (0, 1), (2, -1), CELL_SIZE * 1.25)]))
            out.append(tbl)
        if len(chosen) > MAX_ROWS:
            out.append(self.P(esc(t("chatpdf.cut", shown=MAX_ROWS, total=len(chosen))), "box"))
        if self.codepoints:
            out.append(self.P(esc(t("chatpdf.codepoints")), "note"))
        return out

    # The first three cells are plain strings (drawn, not laid out as paragraphs) and the message
    # one paragraph: a transcript of 10,000 messages is mostly table rows, and each paragraph
    # costs reportlab a parse and a line-breaking pass in both of the dossier's passes.
    def row(self, m: dict, marked: bool, text_w: float) -> list:
        no = str(m.get("n"))
        if m.get("id") is not None:
            no += f"\nid {m['id']}"
        who = "\n".join(simpleSplit(printable(m.get("from") or "—")[0], SANS, CELL_SIZE, self.from_w))
        if m.get("from_id"):
            who += "\n" + str(m["from_id"])
        return [no, self.time_cell(m), who, self.body(m, marked, text_w)]

    def time_cell(self, m: dict) -> str:
        at = m.get("at")
        if not at:
            return "\n".join(simpleSplit(self.t("chatpdf.no_time"), SANS, CELL_SIZE, self.time_w))
        dt = from_iso(at)

        def there(tz) -> str:      # the wall time there; its date only when it is not UTC's date
            local = local_text(dt, tz)
            return local[11:19] if local[:10] == at[:10] else local[:16]

        lines = [short_when(at), self.t("chatpdf.time_dushanbe", time=there(DUSHANBE)),
                 self.t("chatpdf.time_moscow", time=there(MOSCOW))]
        phone = phone_time(m, self.chat, self.lang)
        if phone:
            lines += simpleSplit(phone, SANS, CELL_SIZE, self.time_w)
        return "\n".join(lines)

    def body(self, m: dict, marked: bool, text_w: float) -> list:
        t = self.t
        parts = []
        flags = []
        if marked:
            flags.append(f"<b>{esc(t('chatpdf.marked'))}</b>")
        if m.get("type") == "service":
            action = m.get("action")
            if action:
                word = lookup("chatpdf.action." + str(action), self.lang) or str(action)
                params = m.get("action_params") or {}
                extra = "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in params.items())
                flags.append(esc(t("chatpdf.service", action=word)) + (f" ({self.text(extra)})" if extra else ""))
            else:
                flags.append(esc(t("chatpdf.system")))
        if m.get("forwarded_from"):
            flags.append(esc(t("chatpdf.forwarded", name=printable(str(m["forwarded_from"]))[0])))
        if m.get("reply_to") is not None:
            flags.append(esc(t("chatpdf.reply_to", id=m["reply_to"])))
        if m.get("edited_at"):
            flags.append(esc(t("chatpdf.edited_at", when=short_when(m["edited_at"]))))
        elif m.get("edited"):
            flags.append(esc(t("chatpdf.edited")))
        if m.get("deleted"):
            flags.append(esc(t("chatpdf.deleted")))
        if flags:
            parts.append("<font size='7'><i>" + " · ".join(flags) + "</i></font>")
        if m.get("text"):
            parts.append(self.text(m["text"]))
        for link in m.get("links") or ():
            if link.get("url") and link.get("url") != link.get("text"):
                parts.append(f"<font size='7'>{esc(t('chatpdf.link'))} {self.text(link.get('text'))}</font><br/>"
                             f"<font name='{MONO}' size='6.5'>{self.text(link['url'][:500])}</font>")
        for g in m.get("gaps") or ():
            parts.append("<font size='7'><i>" + esc(gap_text(g, self.lang)) + "</i></font>")
        out = [self.P("<br/>".join(parts))] if parts else []
        for x in m.get("media") or ():
            out += self.medium(x, text_w)
        return out or [self.P("")]

    def medium(self, x: dict, text_w: float) -> list:
        name = x.get("artifact")
        if not name:
            return []
        art = self.item.artifact(name)
        out = [self.P(esc(self.t("chatpdf.file", kind=kind_name(x.get("kind"), self.lang), name=name)), "tiny")]
        if art is not None and art.media_type in images.IMAGE_TYPES:
            blur = self.blur
            sl = self.d._made(("chatthumb", self.item.id, name, blur),
                              lambda data: images.blurred(data, THUMB_W, THUMB_H, out_px=120) if blur
                              else images.thumbnail(data, THUMB_W, THUMB_H, max_px=320))
            if sl is not None:
                from ..pdfkit import RasterImage

                out.append(RasterImage(sl))
                if blur:
                    out.append(self.P(esc(self.t("chatpdf.blurred")), "tiny"))
        if art is not None:
            out.append(mono_line(art.sha256, text_w, self.d.st["mono"]))
        return out


def _grid(header: bool = False) -> TableStyle:
    from reportlab.lib import colors

    style = [("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b0b0")),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    return TableStyle(style)


def mark_event_text(details: dict, lang: str) -> str:
    """A `messages_marked` custody entry in words: which messages, marked or unmarked."""
    from evidence_kit.i18n import tr

    ns = ", ".join(str(n) for n in details.get("messages", ())[:60])
    return tr("chatpdf.ev_marked" if details.get("marked", True) else "chatpdf.ev_unmarked", lang, messages=ns)


def method(dossier) -> list:
    """The methodology appendix's paragraph on chat exports, when the dossier holds one."""
    if not any(i.source == "chat" for i in dossier.sel.items):
        return []
    return [dossier.Pt("court.method.chat_h", "h2"), dossier.Pt("court.method.chat", "body")]


def transcript(dossier, item) -> list:
    """The flowables of one chat item's transcript (empty for any other item)."""
    if item.source != "chat" or not isinstance((item.metadata or {}).get("chat"), dict):
        return []
    tr_ = ChatTranscript(dossier, item)
    return tr_.header() + tr_.messages()
