"""Whether a backup of the vault exists, and when the last good one was made, from its custody log.

Each backup run is one custody entry `backup_run` with details {"backup": id, "items": n,
"bytes": n, "result": "complete" | "failed" | "cancelled"}; the newest complete one answers.
Read before a deletion, so that the warning can say what would be lost.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LastBackup:
    at: str             # UTC, ISO 8601 (the custody entry's time)
    backup: str         # the backup's id (never a path or a host)
    items: int
    bytes: int


def last_backup(vault) -> LastBackup | None:
    """The newest complete backup run recorded in `vault`'s custody log, or None."""
    for rec in reversed(vault.custody_log()):
        entry = rec["entry"]
        if entry.get("event") != "backup_run":
            continue
        d = entry.get("details") or {}
        if d.get("result") != "complete":
            continue
        try:
            return LastBackup(str(entry.get("at", "")), str(d.get("backup", "")),
                              int(d.get("items") or 0), int(d.get("bytes") or 0))
        except (TypeError, ValueError):
            continue
    return None


def status_text(last: LastBackup | None, lang: str | None = None) -> str:
    """The sentence a deletion's warning shows about backups."""
    from .i18n import tr
    from .timeutil import from_iso, local_text, to_iso

    if last is None:
        return tr("destroy.no_backup", lang)
    return tr("destroy.last_backup", lang, when=local_text(last.at), when_utc=to_iso(from_iso(last.at)), count=last.items)
