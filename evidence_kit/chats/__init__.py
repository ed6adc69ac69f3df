"""Chat exports as evidence: Telegram Desktop's JSON export and WhatsApp's "Export chat".

    from evidence_kit.chats import plan, import_export, mark, marked_in

    p = plan(["~/Downloads/Telegram Desktop/ChatExport_2026-11-20", "WhatsApp Chat - Bob.zip"])
    p.exports          # ExportSource per export found by content; p.files: the other files
    p.needs_zone       # True if some export's times carry no zone (ask her which one)
    res = import_export(vault, p.exports[0], case="Дело 1", tz="Asia/Dushanbe")
    res.items, res.duplicates, res.failed, res.notes

One chat is one item of source "chat". Its `metadata["chat"]`:

    {"platform": "telegram" | "whatsapp", "export_kind": "single_chat" | "full_account" |
     "whatsapp_text" | "whatsapp_zip", "name", "type", "telegram_id",
     "export": {"file", "artifact", "sha256", "size", ...},
     "times": {"source": "date_unixtime" | "date_local" | "local_wall_clock", "zone": {"zone", "how"}, ...},
     "counts": {...}, "participants": [{"from", "from_id", "messages"}], "first_at", "last_at",
     "messages": [{"n": position from 1, "id": Telegram id (Telegram only), "type": "message" |
                   "service", "at": UTC "...Z", "local": the time as the export wrote it,
                   "from", "from_id", "text", "links": [{"text", "url"}], "mentions",
                   "edited_at" | "edited", "forwarded_from", "reply_to", "action", "deleted",
                   "media": [{"kind", "path", "artifact"} | {"kind", "left_out"}],
                   "gaps": [{"key", "params"}]}, ...]}

and `metadata["gaps"]` says, in keyed sentences, what the export left out and how times were read.
Marks ("exhibit these") are custody entries: `mark()` records them, `marked_in()` replays them.
"""

from __future__ import annotations

from .detect import ExportSource, Plan, plan
from .marks import mark, marked_in
from .sealing import ChatImportResult, import_export, sealed_exports
from .zones import StatedZone, computer_zone_name, zone

__all__ = ["plan", "Plan", "ExportSource", "import_export", "ChatImportResult", "sealed_exports",
           "mark", "marked_in", "zone", "StatedZone", "computer_zone_name"]
