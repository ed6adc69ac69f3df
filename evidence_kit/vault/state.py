"""Item and case state: what replaying the custody log from entry 1 gives.

Every custody entry is applied in order; the result is the table of items (with their manifest
references), the cases, and the sequence number and hash of the last entry applied.
"""

from __future__ import annotations

ZERO_HASH = "0" * 64

EVENTS = ("vault_created", "item_imported", "item_captured", "item_updated", "note_added",
          "case_created", "case_renamed", "artifact_viewed", "artifact_revealed",
          "artifact_extracted", "exported", "verified", "passphrase_changed",
          "recovery_key_used", "settings_changed", "leftovers_removed", "vault_rekeyed",
          "item_stamped", "log_stamped", "messages_marked",
          # watched addresses and the photos she looks for (replayed by evidence_kit/watches.py)
          "watch_added", "watch_changed", "watch_removed", "watch_run", "reference_removed",
          # login sessions for captures, by name only (evidence_kit/sessions.py)
          "session_added", "session_removed",
          # wrong passphrases or recovery keys tried before an unlock (evidence_kit/vault/attempts.py)
          "unlock_failures",
          # backups: one entry a run {"backup": its random id, never its name or target, "items",
          # "bytes", "result"}, and restores
          "backup_run", "vault_restored")
ITEM_EVENTS = ("item_imported", "item_captured")
WATCH_EVENTS = ("watch_added", "watch_changed", "watch_removed", "watch_run", "reference_removed")


class State:
    """Item and case state, rebuilt by replaying custody entries."""

    def __init__(self):
        self.items: dict[str, dict] = {}   # id -> internal item dict (no metadata) + manifest refs
        self.order: list[str] = []
        self.cases: list[str] = []
        self.seq = 0
        self.hash = ZERO_HASH
        self.watching: dict = {}           # watches and retired references (evidence_kit/watches.py)

    def to_dict(self) -> dict:
        d = {"version": 1, "seq": self.seq, "hash": self.hash, "cases": self.cases,
             "items": [self.items[i] for i in self.order]}
        if self.watching:
            d["watching"] = self.watching
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "State":
        s = cls()
        s.seq, s.hash, s.cases = int(d["seq"]), d["hash"], list(d.get("cases", []))
        s.watching = d.get("watching") or {}
        for it in d["items"]:
            s.items[it["id"]] = it
            s.order.append(it["id"])
        return s

    def apply(self, entry: dict, entry_hash: str) -> None:
        event, details = entry["event"], entry.get("details") or {}
        if event in ITEM_EVENTS:
            it = dict(details["item"])
            it["manifest"] = details["manifest"]
            it["manifest_sha256"] = details["manifest_sha256"]
            if it["id"] not in self.items:
                self.order.append(it["id"])
            self.items[it["id"]] = it
            if it.get("case") and it["case"] not in self.cases:
                self.cases.append(it["case"])
        elif event in ("item_updated", "note_added"):
            changes = details.get("changes", {})
            for iid in entry.get("items", []):
                if iid in self.items:
                    self.items[iid].update(changes)
            if changes.get("case") and changes["case"] not in self.cases:
                self.cases.append(changes["case"])
        elif event == "item_stamped":       # RFC 3161 tokens (evidence_kit/timestamps.py)
            for iid in entry.get("items", []):
                if iid in self.items:
                    self.items[iid].setdefault("stamps", []).extend(details.get("stamps", []))
        elif event == "case_created":
            if details["case"] not in self.cases:
                self.cases.append(details["case"])
        elif event == "case_renamed":
            old, new = details["from"], details["to"]
            self.cases = [new if c == old else c for c in self.cases]
            if new not in self.cases:
                self.cases.append(new)
            for it in self.items.values():
                if it.get("case") == old:
                    it["case"] = new
        elif event in WATCH_EVENTS:
            from ..watches import replay

            replay(self.watching, entry)
        self.seq = entry["seq"]
        self.hash = entry_hash

