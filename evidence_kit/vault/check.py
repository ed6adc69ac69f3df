"""Checking a vault (`verify`) and removing leftovers of interrupted writes (`gc`).

A mixin of `Vault`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..errors import ObjectDamaged, VaultCorrupt
from . import _crypto
from .objects import KIND_ARTIFACT
from .state import ZERO_HASH, State


@dataclass
class Problem:
    kind: str          # "error" or "warning"
    message: str       # words for a person
    item_id: str | None = None
    code: str = ""

    def to_dict(self) -> dict:
        return {"kind": self.kind, "message": self.message, "item": self.item_id, "code": self.code}


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    items_checked: int = 0
    objects_checked: int = 0
    bytes_checked: int = 0
    log_entries_checked: int = 0
    unreferenced: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        return {"ok": self.ok, "items_checked": self.items_checked,
                "objects_checked": self.objects_checked, "bytes_checked": self.bytes_checked,
                "log_entries_checked": self.log_entries_checked,
                "problems": [p.to_dict() for p in self.problems]}



class Checker:
    # ------------------------------------------------------------------ verify and gc
    def verify(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Re-read and check everything: the custody chain, every manifest, every artifact's bytes."""
        from ..i18n import tr

        rep = VerifyReport()

        def err(key, item_id=None, **kw):
            rep.problems.append(Problem("error", tr(key, **kw), item_id, key))

        def warn(key, item_id=None, **kw):
            rep.problems.append(Problem("warning", tr(key, **kw), item_id, key))

        # 1. the custody log: every entry present, authentic, in order, chained
        seqs = self._log_seqs()
        last = seqs[-1] if seqs else 0
        present = set(seqs)
        state = State()
        prev = ZERO_HASH
        chain_ok = True
        for seq in range(1, last + 1):
            if seq not in present:
                err("verify.log_missing", seq=seq)
                chain_ok = False
                continue
            try:
                rec = self._read_log_entry(seq)
                entry, h = rec["entry"], rec["hash"]
            except (_crypto.DecryptError, ValueError, KeyError, OSError):
                err("verify.log_changed", seq=seq)
                chain_ok = False
                continue
            rep.log_entries_checked += 1
            if entry.get("seq") != seq:
                err("verify.log_moved", seq=seq)
                chain_ok = False
            if self._entry_hash(entry) != h or not _crypto.constant_time_equal(
                    bytes.fromhex(self._entry_mac(h)), bytes.fromhex(rec.get("mac", "00"))):
                err("verify.log_changed", seq=seq)
                chain_ok = False
            if entry.get("prev") != prev:
                err("verify.log_broken", seq=seq)
                chain_ok = False
            prev = h
            try:
                state.apply(entry, h)
            except (KeyError, TypeError):
                err("verify.log_changed", seq=seq)
        if last == 0:
            err("verify.log_empty")
        try:
            head = self._read_record("head", missing_ok=True)
        except VaultCorrupt:
            head = None
            err("verify.head_damaged")
        if head is not None:
            if head.get("seq", 0) > last:
                err("verify.log_truncated", count=head["seq"] - last)
            elif head.get("seq") == last and head.get("hash") != prev and chain_ok:
                err("verify.log_changed", seq=last)
            elif head.get("seq", 0) < last:
                warn("verify.head_behind")
        elif last:
            warn("verify.head_behind")

        # 2. the small records: changed bytes are reported even where the data is only a cache
        for label in ("index", "settings"):
            try:
                self._read_record(label, missing_ok=True)
            except VaultCorrupt:
                err("verify.record_changed", name=label)
        # the index is a cache: say so if it disagrees, it is rebuilt on the next write
        if self._state.to_dict()["items"] != state.to_dict()["items"] and chain_ok:
            warn("verify.index_stale")

        # 3. every item: its manifest and every artifact, byte for byte
        referenced: set[str] = set()
        checked: dict[str, bool] = {}
        total = 0
        for d in state.items.values():
            total += sum(a["size"] for a in d.get("artifacts", []))
        done = 0
        for iid in state.order:
            d = state.items[iid]
            label = f"{d.get('exhibit', '')} {iid} «{(d.get('title') or '')[:60]}»"
            rep.items_checked += 1
            referenced.add(d["manifest"])
            try:
                manifest = self._read_manifest(d["manifest"], d["manifest_sha256"])
                sealed = manifest["item"]
                arts = {a["name"]: a for a in sealed.get("artifacts", [])}
                if [a["sha256"] for a in sealed.get("artifacts", [])] != [a["sha256"] for a in d.get("artifacts", [])]:
                    err("verify.manifest_mismatch", iid, item=label)
            except ObjectDamaged:
                err("verify.manifest_damaged", iid, item=label)
                arts = {}
            for a in d.get("artifacts", []):
                referenced.add(a["object"])
                key = a["object"] + a["sha256"]
                if key not in checked:
                    try:
                        sha, size = self.objects.check(a["object"], KIND_ARTIFACT, a["sha256"])
                        checked[key] = size == a["size"]
                        rep.bytes_checked += size
                    except ObjectDamaged as exc:
                        checked[key] = False
                        if exc.key == "error.object_missing":
                            err("verify.artifact_missing", iid, item=label, name=a["name"])
                            continue
                    rep.objects_checked += 1
                if not checked[key]:
                    err("verify.artifact_changed", iid, item=label, name=a["name"])
                elif a["name"] in arts and arts[a["name"]]["sha256"] != a["sha256"]:
                    err("verify.manifest_mismatch", iid, item=label)
                done += a["size"]
                if progress:
                    progress(done, total)

        # 4. leftovers: objects no item references (an interrupted write), temp files
        for name in self.objects.all_names():
            if name not in referenced:
                rep.unreferenced.append(name)
        if rep.unreferenced:
            warn("verify.unreferenced", count=len(rep.unreferenced))
        if self.tmp_dir.is_dir() and any(self.tmp_dir.iterdir()) and not self.writable:
            warn("verify.temp_leftovers")
        return rep

    def record_verification(self, report: VerifyReport) -> None:
        self.log_event("verified", details={
            "ok": report.ok, "errors": len(report.errors), "warnings": len(report.warnings),
            "items_checked": report.items_checked, "bytes_checked": report.bytes_checked})

    def gc(self) -> int:
        """Remove objects no item references (left by an interrupted write). Returns how many."""
        self.require_writable()
        with self._write_lock:
            referenced = set()
            for d in self._state.items.values():
                referenced.add(d["manifest"])
                referenced.update(a["object"] for a in d.get("artifacts", []))
            referenced.update(self._inflight)
            removed = 0
            for name in list(self.objects.all_names()):
                if name not in referenced:
                    self.objects.delete(name)
                    removed += 1
            if removed:
                self.log_event("leftovers_removed", details={"objects": removed})
            return removed

