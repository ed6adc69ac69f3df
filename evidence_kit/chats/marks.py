"""Marking the messages of a chat that matter ("exhibit these").

The sealed item never changes: a mark is a custody entry `messages_marked` naming the item and the
messages' positions (`n` in the transcript), with `marked` true or false. The marks in force are
the replay of those entries in order, so every mark and unmark is in the record with its time and
collector.
"""

from __future__ import annotations

from typing import Iterable

from ..errors import BadInput

EVENT = "messages_marked"


def mark(vault, item_id: str, positions: Iterable[int], *, marked: bool = True) -> list[int]:
    """Record that these messages are (or no longer are) marked; returns the marks in force."""
    iid = vault.resolve_id(item_id)
    item = vault.get(iid)
    chat = (item.metadata or {}).get("chat")
    if item.source != "chat" or not isinstance(chat, dict):
        raise BadInput("chat.error.not_a_chat", exhibit=item.exhibit)
    known = {m.get("n") for m in chat.get("messages", ())}
    wanted = sorted({int(p) for p in positions})
    bad = [p for p in wanted if p not in known]
    if bad:
        raise BadInput("chat.error.no_such_message", number=", ".join(map(str, bad[:10])), exhibit=item.exhibit)
    if not wanted:
        raise BadInput("chat.error.no_messages_given")
    vault.log_event(EVENT, items=[iid], details={"messages": wanted, "marked": bool(marked)})
    return marked_in(vault.custody_log(iid), iid)


def marked_in(records: Iterable[dict], item_id: str) -> list[int]:
    """The marks in force for one item, from custody records ({"entry": ...} or bare entries)."""
    on: set[int] = set()
    for rec in records:
        e = rec.get("entry", rec)
        if e.get("event") != EVENT or item_id not in e.get("items", ()):
            continue
        d = e.get("details") or {}
        ns = {int(x) for x in d.get("messages", ()) if isinstance(x, int)}
        if d.get("marked", True):
            on |= ns
        else:
            on -= ns
    return sorted(on)
