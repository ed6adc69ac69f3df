"""Checking a vault (`verify`) and removing leftovers of interrupted writes (`gc`).

A mixin of `Vault`. Both work from a full replay of the custody log (`walk_log`), never from the
index cache. `gc` deletes nothing unless the whole log replays cleanly and `head` agrees with it,
and it never deletes an object that a readable manifest names unless that manifest is provably
an interrupted save (its custody entry was never written; see `_classify_orphans`).
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from ..errors import ObjectDamaged, VaultCorrupt
from ..jsonutil import loads
from . import attempts
from .log import LogWalk
from .objects import KIND_ARTIFACT, KIND_MANIFEST
from .state import ZERO_HASH


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
    unreferenced: list[str] = field(default_factory=list)      # leftovers gc may remove
    not_in_log: list[str] = field(default_factory=list)        # manifests of evidence the log lost

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


@dataclass
class Orphans:
    """Objects that no item in the replayed log references, sorted by what they are."""

    leftovers: list[str] = field(default_factory=list)          # files safe to delete
    lost_manifests: dict[str, dict] = field(default_factory=dict)   # file -> manifest: evidence
    protected: set[str] = field(default_factory=set)            # files a lost manifest names


def _item_label(d: dict) -> str:
    return f"{d.get('exhibit', '')} {d.get('id', '')} «{(d.get('title') or '')[:60]}»"


class _ReadAhead:
    """Object checks started ahead of the loop that reports them, a few at a time (`window`):
    results come back in the loop's order, and an object is read once however many items name it."""

    def __init__(self, objects, order: list[tuple[str, tuple[str, str]]], workers: int):
        self._objects = objects
        self._order = order
        self._next = 0
        self._window = 2 * workers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ek-verify")
        self._futures: dict[str, Future] = {}

    def _fill(self) -> None:
        while self._next < len(self._order) and len(self._futures) < self._window:
            key, (obj, sha) = self._order[self._next]
            self._next += 1
            self._futures[key] = self._pool.submit(self._objects.check, obj, KIND_ARTIFACT, sha)

    def result(self, key: str) -> tuple[str, int]:
        self._fill()
        future = self._futures.pop(key)      # asked for in the plan's order: always submitted
        try:
            return future.result()
        finally:
            self._fill()

    def shutdown(self, cancel_futures: bool = True) -> None:
        self._pool.shutdown(wait=True, cancel_futures=cancel_futures)


class Checker:
    # ------------------------------------------------------------------ the log as a whole
    def _log_findings(self, walk: LogWalk) -> tuple[list[tuple[str, str, dict]], bool]:
        """Problems of the log, head and small records as (kind, key, params), and whether the log
        is whole (every entry present, authentic, in order, chained; head agreeing)."""
        out: list[tuple[str, str, dict]] = []
        for seq in walk.missing:
            out.append(("error", "verify.log_missing", {"seq": seq}))
        for seq in walk.unreadable + walk.unapplied:
            out.append(("error", "verify.log_changed", {"seq": seq}))
        for seq in walk.moved:
            out.append(("error", "verify.log_moved", {"seq": seq}))
        for seq in walk.broken:
            out.append(("error", "verify.log_broken", {"seq": seq}))
        last = walk.last_on_disk
        if last == 0:
            out.append(("error", "verify.log_empty", {}))
        whole = walk.chain_ok and last > 0
        try:
            head = self._read_head()
        except VaultCorrupt:
            head = None
            whole = False
            out.append(("error", "verify.head_damaged", {}))
        else:
            if head is None:
                if last:
                    whole = False
                    out.append(("error", "verify.head_missing", {}))
            elif head["seq"] > last:
                whole = False
                out.append(("error", "verify.log_truncated", {"count": head["seq"] - last}))
            elif head["seq"] == last and last and head["hash"] != walk.hashes.get(last):
                whole = False
                if walk.chain_ok:
                    out.append(("error", "verify.log_changed", {"seq": last}))
            elif head["seq"] < last:
                out.append(("warning", "verify.head_behind", {}))
        _, strays = self._log_listing()
        if strays:
            out.append(("warning", "verify.log_strays", {"count": len(strays)}))
        return out, whole

    def _classify_orphans(self, walk: LogWalk, referenced: set[str], whole: bool) -> Orphans:
        """Files under objects/ that no item of the replayed log references (names on disk).

        A readable manifest among them is evidence the log lost, unless the log is whole and the
        manifest names the entry it was meant for as the one after an entry that is there
        (`log.prev` = that entry's hash), in a place now empty or taken by another entry: then it
        is an interrupted save. Files a lost manifest names are protected."""
        orphans = Orphans()
        on_disk = {self.objects.disk_name(n) for n in referenced}
        candidates = [n for n in self.objects.all_names() if n not in on_disk]
        for disk in candidates:
            try:
                manifest = loads(self.objects.read_file(disk, KIND_MANIFEST))
                item = manifest["item"]
                if not isinstance(item, dict):
                    raise TypeError
            except (ObjectDamaged, ValueError, KeyError, TypeError):
                continue   # an artifact (or unreadable): decided below
            slot = manifest.get("log") if isinstance(manifest.get("log"), dict) else {}
            seq, prev = slot.get("seq"), slot.get("prev")
            if not isinstance(seq, int) or seq < 1:
                want_prev = None
            else:
                want_prev = ZERO_HASH if seq == 1 else walk.hashes.get(seq - 1)
            if not (whole and manifest.get("vault_id") == self.vault_id
                    and want_prev is not None and prev == want_prev):
                orphans.lost_manifests[disk] = manifest
                for a in item.get("artifacts") or []:
                    try:
                        orphans.protected.add(self.objects.disk_name(a["object"]))
                    except (ObjectDamaged, KeyError, TypeError):
                        pass
        for disk in candidates:
            if disk not in orphans.lost_manifests and disk not in orphans.protected:
                orphans.leftovers.append(disk)
        return orphans

    def _created_with_settings(self, walk: LogWalk) -> bool:
        """Vaults created by format 2 always have a settings record (format 1 wrote one only
        when a collector was given)."""
        try:
            entry, _ = self._checked_entry(1)
        except (LookupError, ValueError):
            return False
        return (entry.get("event") == "vault_created"
                and (entry.get("details") or {}).get("format_version", 1) >= 2)

    def _stray_records(self) -> list[str]:
        """Files beside the records that are neither the vault's nor sealed records (left alone)."""
        # `rekey`: the plan of an unfinished key change (not a record: reported on its own, below)
        # `unlock-attempts.json`: the unlock limit's counter, plain beside vault.json (attempts.py)
        known = {"objects", "log", "tmp", "cache", "private", "vault.json", "lock", "rekey",
                 attempts.FILE_NAME}
        out = []
        for path in self.data.iterdir():
            if path.name in known or path.name.startswith(("g-", attempts.FILE_NAME + ".tmp-")):
                continue
            sealed = False
            if path.is_file():
                try:
                    with open(path, "rb") as f:
                        sealed = f.read(4) == b"EKR1"
                except OSError:
                    pass
            if not sealed:
                out.append(path.name)
        return out

    @staticmethod
    def _referenced(state) -> set[str]:
        out: set[str] = set()
        for d in state.items.values():
            out.add(d["manifest"])
            out.update(a["object"] for a in d.get("artifacts", []))
            out.update(st["object"] for st in d.get("stamps", []))   # trusted-time tokens
        return out

    # ------------------------------------------------------------------ verify
    def verify(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Re-read and check everything: the custody chain, every manifest, every artifact's bytes."""
        from ..i18n import tr

        rep = VerifyReport()

        def add(kind, key, item_id=None, **kw):
            rep.problems.append(Problem(kind, tr(key, **kw), item_id, key))

        # 1. the custody log: every entry present, authentic, in order, chained; head agreeing
        walk = self.walk_log()
        state = walk.state
        rep.log_entries_checked = len(walk.hashes)
        findings, whole = self._log_findings(walk)
        for kind, key, params in findings:
            add(kind, key, **params)

        # 2. the small records: changed bytes are reported even where the data is only a cache
        cache_dir = self.data / "cache"
        caches = sorted(f"cache/{f.name}" for f in cache_dir.iterdir()) if cache_dir.is_dir() else []
        private = sorted(f"private/{f.name}" for f in (self.data / "private").glob("*") if f.is_file())
        for label in ("index", "settings", "keyring", *caches, *private):
            try:
                self._read_record(label, missing_ok=True)
            except VaultCorrupt:
                add("error", "verify.record_changed", name=label)
        if not (self.data / "settings").exists() and self._created_with_settings(walk):
            add("warning", "verify.record_missing", name="settings")
        # the index is a cache: say so if it disagrees, it is rebuilt on the next write
        if self._state.to_dict()["items"] != state.to_dict()["items"] and walk.chain_ok:
            add("warning", "verify.index_stale")

        # 3. every item: its manifest and every artifact, byte for byte
        referenced = self._referenced(state)
        reading = self._read_ahead(state)
        try:
            self._check_items(state, reading, rep, add, progress)
        finally:
            reading.shutdown(cancel_futures=True)

        # 4. objects no item references: evidence the log lost, or leftovers of an interrupted save
        orphans = self._classify_orphans(walk, referenced, whole)
        for name, manifest in orphans.lost_manifests.items():
            rep.not_in_log.append(name)
            item = manifest.get("item") or {}
            add("error", "verify.not_in_log", item.get("id"), item=_item_label(item))
        rep.unreferenced = orphans.leftovers
        if rep.unreferenced:
            add("warning", "verify.unreferenced", count=len(rep.unreferenced))
        if self.tmp_dir.is_dir() and any(self.tmp_dir.iterdir()) and not self.writable:
            add("warning", "verify.temp_leftovers")
        if (self.data / "rekey").is_file():
            add("warning", "verify.rekey_unfinished")
        strays = self.objects.strays() + self._stray_records()
        if strays:
            add("warning", "verify.strays", count=len(strays))
        return rep

    def _read_ahead(self, state) -> _ReadAhead:
        """Every artifact object, checked in the order the items come, on as many threads as the
        computer has cores (at most 4): decrypting and hashing let go of Python's lock, so a
        vault's bytes are checked in about half the time on two cores (`verify`, `restore`)."""
        order: dict[str, tuple[str, str]] = {}
        for iid in state.order:
            for a in state.items[iid].get("artifacts", []):
                order.setdefault(a["object"] + a["sha256"], (a["object"], a["sha256"]))
        return _ReadAhead(self.objects, list(order.items()), min(4, os.cpu_count() or 1))

    def _check_items(self, state, reading: _ReadAhead, rep: VerifyReport, add, progress) -> None:
        """Step 3 of `verify`: each item's manifest, and each artifact's bytes as `reading` gives
        them back."""
        checked: dict[str, bool] = {}
        total = sum(a["size"] for d in state.items.values() for a in d.get("artifacts", []))
        done = 0
        for iid in state.order:
            d = state.items[iid]
            label = _item_label(d)
            rep.items_checked += 1
            try:
                manifest = self._read_manifest(d["manifest"], d["manifest_sha256"])
                sealed = manifest["item"]
                arts = {a["name"]: a for a in sealed.get("artifacts", [])}
                if [a["sha256"] for a in sealed.get("artifacts", [])] != [a["sha256"] for a in d.get("artifacts", [])]:
                    add("error", "verify.manifest_mismatch", iid, item=label)
            except ObjectDamaged:
                add("error", "verify.manifest_damaged", iid, item=label)
                arts = {}
            for a in d.get("artifacts", []):
                key = a["object"] + a["sha256"]
                if key not in checked:
                    try:
                        _sha, size = reading.result(key)
                        checked[key] = size == a["size"]
                        rep.bytes_checked += size
                    except ObjectDamaged as exc:
                        checked[key] = False
                        if exc.key == "error.object_missing":
                            add("error", "verify.artifact_missing", iid, item=label, name=a["name"])
                            continue
                    rep.objects_checked += 1
                if not checked[key]:
                    add("error", "verify.artifact_changed", iid, item=label, name=a["name"])
                elif a["name"] in arts and arts[a["name"]]["sha256"] != a["sha256"]:
                    add("error", "verify.manifest_mismatch", iid, item=label)
                done += a["size"]
                if progress:
                    progress(done, total)
            for st in d.get("stamps", []):    # trusted-time tokens: objects like artifacts
                try:
                    ok = self.objects.check(st["object"], KIND_ARTIFACT, st["sha256"])[1] == st["size"]
                except ObjectDamaged:
                    ok = False
                if not ok:
                    add("error", "verify.artifact_changed", iid, item=label, name=st["name"])

    def record_verification(self, report: VerifyReport) -> None:
        self.log_event("verified", details={
            "ok": report.ok, "errors": len(report.errors), "warnings": len(report.warnings),
            "items_checked": report.items_checked, "bytes_checked": report.bytes_checked})

    # ------------------------------------------------------------------ gc
    def gc(self) -> int:
        """Remove leftovers of interrupted saves. Returns how many objects were removed.

        Refused (VaultCorrupt, nothing deleted) unless the whole custody log replays cleanly and
        head agrees with it: what is "in use" comes from that full replay, never from the index."""
        self.require_writable()
        with self._write_lock:
            if self._refuse_reason():
                raise VaultCorrupt("error.gc_refused")
            walk = self.walk_log()
            _, whole = self._log_findings(walk)
            if not whole:
                raise VaultCorrupt("error.gc_refused")
            referenced = self._referenced(walk.state) | set(self._inflight)
            orphans = self._classify_orphans(walk, referenced, whole)
            removed = 0
            for disk in orphans.leftovers:
                self.objects.delete_file(disk)
                removed += 1
            if removed:
                self.log_event("leftovers_removed", details={"objects": removed})
            return removed
