"""The platform report's lines for a chat item: what an abuse team needs to find the messages.

For Telegram: the chat's id, each sender's user id and the message ids; for WhatsApp (which gives
no ids): the messages' numbers in the export with their times. The marked messages, or, when none
is marked, every message of every sender (the list is cut, the court dossier has them all). No
picture, so the report can never carry an intimate image.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from evidence_kit.chats.marks import marked_in
from ..common import short_when
from ..pdfkit import esc, mono_line, printable
from ..post_refs import PLATFORM_NAMES

IDS_PER_SENDER = 40


def platform_of(item) -> str | None:
    """"telegram" or "whatsapp" for a chat item, None for any other item."""
    chat = (item.metadata or {}).get("chat") if item.source == "chat" else None
    return chat.get("platform") if isinstance(chat, dict) else None


def block(report, n: int, item):
    t, st = report.t, report.st
    chat = item.metadata["chat"]
    platform = chat.get("platform")
    name = printable(chat.get("name") or item.title or "—")[0]
    lines = [Paragraph(f"<b>{n}. {esc(item.exhibit)}</b> — {esc(t('plat.chat_title', name=name, platform=PLATFORM_NAMES.get(platform) or platform or '?'))}", st["cell"])]
    if chat.get("telegram_id") is not None:
        lines.append(Paragraph(esc(t("plat.chat_id", value=chat["telegram_id"], type=chat.get("type") or "—")), st["cell"]))
    msgs = chat.get("messages") or []
    marks = set(marked_in(report.sel.by_item.get(item.id, []), item.id))
    every = report.sel.chat_all and bool(marks)     # she chose every message, marked or not
    if every:
        marks = set()
    chosen = [m for m in msgs if m.get("type") == "message" and (not marks or m.get("n") in marks)]
    which = "plat.chat_which_every" if every else "plat.chat_which_marked" if marks else "plat.chat_which_all"
    lines.append(Paragraph(esc(t(which)), st["tiny"]))
    by_sender: dict[tuple, list[dict]] = {}
    for m in chosen:
        by_sender.setdefault((m.get("from"), m.get("from_id")), []).append(m)
    for (who, fid), ms in by_sender.items():
        who = printable(who or "—")[0]
        key = "plat.chat_sender" if fid else "plat.chat_sender_noid"
        shown_id = fid[4:] if isinstance(fid, str) and fid.startswith("user") and fid[4:].isdigit() else fid
        lines.append(Paragraph(esc(t(key, name=who, id=shown_id, count=len(ms))), st["cell"]))
        if platform == "telegram":
            ids = ", ".join(str(m.get("id")) for m in ms[:IDS_PER_SENDER])
            text = t("plat.chat_ids", ids=ids)
        else:
            ids = "; ".join(f"{m.get('n')} ({short_when(m.get('at'))})" for m in ms[:IDS_PER_SENDER])
            text = t("plat.chat_positions", ids=ids)
        if len(ms) > IDS_PER_SENDER:
            text += " " + t("plat.chat_more", count=len(ms) - IDS_PER_SENDER)
        lines.append(Paragraph(esc(text), st["small"]))
    export = chat.get("export") or {}
    if export.get("sha256"):
        lines.append(Paragraph(esc(t("plat.chat_export_sha", name=export.get("artifact") or export.get("file"))), st["tiny"]))
        lines.append(mono_line(export["sha256"], report.fw - 8, st["mono"]))
    lines.append(Spacer(1, 4 * mm))
    return KeepTogether(lines) if len(lines) < 40 else lines
