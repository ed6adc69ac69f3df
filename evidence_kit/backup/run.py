"""A backup run (copy what the target lacks, in the vault's own write order) and a check (re-read
every file of the backup and verify it against the vault).

On the target, `<backup id>/` holds the vault's files exactly as they are in the vault folder
(ciphertext), written in this order: objects, then records, then custody log entries, then
`head` (made for the custody entry the run copies up to; the backup ends there, whatever entries
follow it), then `vault.json`, then the sealed marker `complete`. Each file is written whole (a folder: temp name, fsync, rename; rclone: upload,
then its size and the small files' bytes read back) and read back before the marker is written.
Killed at any moment, the target is the last complete backup plus files nothing there refers to
yet (or, before the first complete run, a folder without a marker: not a backup); the next run
copies only what is still missing and finishes it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import EvidenceKitError, VaultCorrupt, VaultUnavailable
from ..timeutil import now_iso
from . import config
from .targets import MARKER, BackupCancelled, open_target

OBJECT = re.compile(r"[0-9a-f]{64}", re.ASCII)
LOG = re.compile(r"[0-9]{12}", re.ASCII)
RECORDS = ("settings", "keyring", "new-recovery-key")
FOLDERS = ("cache", "private")


class BackupRefused(VaultUnavailable):
    key = "backup.err.vault_needs_attention"


def marker_label(bid: str) -> str:
    return f"backup-complete/{bid}"


@dataclass
class RunResult:
    name: str
    backup: str
    result: str = "failed"
    items: int = 0
    seq: int = 0
    files_copied: int = 0
    bytes_copied: int = 0
    at: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def vault_files(vault, upto_seq: int) -> tuple[str, dict[str, tuple[str, int | None]]]:
    """(data folder prefix, {relative path: (kind, size)}) of what a backup holds: `vault.json`,
    every object, the sealed records, and custody entries up to `upto_seq` (not the writer's lock,
    temp files, the index — a cache rebuilt from the log —, nor anything not the vault's). The
    size of objects and entries is None: they are written once, so their names are enough."""
    prefix = "" if vault.data == vault.path else vault.data.name + "/"
    out: dict[str, tuple[str, int]] = {}

    def add(rel: str, kind: str, path: Path) -> None:
        try:
            out[rel] = (kind, path.stat().st_size)
        except FileNotFoundError:
            pass

    add("vault.json", "header", vault.path / "vault.json")
    objects = vault.data / "objects"
    if objects.is_dir():
        with os.scandir(objects) as top:
            for d in top:
                if len(d.name) == 2 and d.is_dir(follow_symlinks=False):
                    with os.scandir(d.path) as inner:
                        for f in inner:
                            if OBJECT.fullmatch(f.name) and f.name[:2] == d.name:
                                out[f"{prefix}objects/{d.name}/{f.name}"] = ("object", None)
    for name in RECORDS:
        add(prefix + name, "record", vault.data / name)
    for folder in FOLDERS:
        p = vault.data / folder
        if p.is_dir():
            for f in p.iterdir():
                if f.is_file() and not f.is_symlink():
                    add(f"{prefix}{folder}/{f.name}", "record", f)
    if vault.log_dir.is_dir():
        with os.scandir(vault.log_dir) as listing:
            for f in listing:
                if LOG.fullmatch(f.name) and 0 < int(f.name) <= upto_seq:
                    out[f"{prefix}log/{f.name}"] = ("log", None)
    return prefix, out


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()


def run(vault, name: str, progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None) -> RunResult:
    """Run the backup `name` of an open, writable vault. Records the run in the custody log
    (event `backup_run`: the backup's id, items, bytes, result; never its name or target).
    Raises BackupFailed (target unreachable, a write refused, a read-back that differs),
    BackupCancelled, BadInput; the target keeps its last complete backup in every case."""
    vault.require_writable()
    entry = config.get(vault, name)
    bid = entry["id"]
    result = RunResult(name=name, backup=bid)
    reason = vault._refuse_reason()
    if reason:
        # a damaged vault is never copied over a good backup
        raise BackupRefused("backup.err.vault_needs_attention", reason=EvidenceKitError(reason).message())
    target = open_target(entry["target"], bid)
    try:
        sent_now = _run(vault, entry, target, result, progress, cancel)
    except BaseException as exc:
        result.result = "cancelled" if isinstance(exc, (BackupCancelled, KeyboardInterrupt)) else "failed"
        _record(vault, name, result, None)
        raise
    _record(vault, name, result, sent_now)
    return result


def _run(vault, entry, target, result: RunResult, progress, cancel) -> dict[str, str]:
    with vault._write_lock:
        seq, last_hash = vault.head()
        result.items = vault.item_count()
    result.seq = seq
    prefix, files = vault_files(vault, seq)
    target.prepare()
    there = target.list(sizes=False)
    sent = dict(entry.get("sent") or {})
    sent_now: dict[str, str] = {}
    # replaceable files (records, vault.json) are taken as they are now, in memory: the app may
    # replace one while the run goes on, and what is read back must be what was sent
    taken: dict[str, bytes] = {}

    def wanted(rel: str, kind: str, size: int | None) -> bool:
        if kind in ("object", "log"):        # write-once: there (whole, with its size) is there
            if rel not in there:
                return True
            if there[rel] is None:
                return False
            return there[rel] != (vault.path / rel).stat().st_size
        try:
            data = taken[rel] = (vault.path / rel).read_bytes()
        except FileNotFoundError:
            return False
        digest = sent_now[rel] = hashlib.sha256(data).hexdigest()
        return there.get(rel) != len(data) or sent.get(rel) != digest

    plan = {k: [] for k in ("object", "record", "log", "header")}
    for rel, (kind, size) in sorted(files.items()):
        if wanted(rel, kind, size):
            plan[kind].append(rel)
    total = sum(len(taken[r]) if r in taken else (vault.path / r).stat().st_size
                for k in plan for r in plan[k])
    done = [0]

    def counted(n: int) -> None:
        done[0] += n
        result.bytes_copied += n           # what a failed or stopped run copied counts as well
        if progress:
            progress(done[0], total)

    if progress:
        progress(0, total)
    if plan["object"]:
        target.put_files(vault.path, plan["object"], cancel=cancel, counted=counted)
    for rel in plan["record"]:
        _check(cancel)
        target.put_bytes(rel, taken[rel])
        counted(len(taken[rel]))
    if plan["log"]:
        target.put_files(vault.path, plan["log"], cancel=cancel, counted=counted)
    result.files_copied += len(plan["object"]) + len(plan["record"]) + len(plan["log"])
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()
    # head for the entry this run copied up to (the vault's own may already be further on)
    head = vault._seal_record("head", {"seq": seq, "hash": last_hash, "mac": vault._head_mac(seq, last_hash)})
    target.put_bytes(prefix + "head", head)
    result.bytes_copied += len(head)
    if plan["header"]:
        header = taken["vault.json"]
        target.put_bytes("vault.json", header)
        result.files_copied += 1
        counted(len(header))
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()
    at = now_iso()
    marker = vault._seal_record(marker_label(entry["id"]),
                                {"format": "evidence-kit-backup", "version": 1, "backup": entry["id"],
                                 "vault_id": vault.vault_id, "seq": seq, "hash": last_hash,
                                 "items": result.items, "at": at})
    target.put_bytes(MARKER, marker)
    result.bytes_copied += len(marker)
    result.result = "complete"
    result.at = at
    # the backup is complete: now remove what the vault no longer has and nothing there needs:
    # an older data folder (the files under the keys before a change of keys), and sealed
    # records the vault deleted (a login she removed must not live on in the backup)
    stale = []
    for rel in there:
        if rel in files or rel in (MARKER, "vault.json", prefix + "head"):
            continue
        current = rel.startswith(prefix) if prefix else not rel.startswith("g-")
        if not current or rel.startswith((prefix + "cache/", prefix + "private/")) \
                or rel == prefix + "new-recovery-key":
            stale.append(rel)
    if stale:
        target.delete(sorted(stale))
    return sent_now


def _record(vault, name: str, result: RunResult, sent_now: dict | None) -> None:
    """The run in the vault: its config (last run; what was sent) and one custody entry."""
    try:
        cfg = config.load(vault)
        e = cfg["backups"].get(name)
        if e is not None:
            e["last_attempt"] = {"at": now_iso(), "result": result.result}
            if result.result == "complete":
                e["last"] = {"at": result.at, "seq": result.seq, "items": result.items,
                             "bytes": result.bytes_copied}
                e["sent"] = sent_now or {}
            config.save(vault, cfg)
        vault.log_event("backup_run", details={"backup": result.backup, "items": result.items,
                                                "bytes": result.bytes_copied, "result": result.result})
    except EvidenceKitError:
        if result.result == "complete":
            raise
        # a failed run that cannot even be recorded: the first error is the one to show


# ---------------------------------------------------------------------------------- check
@dataclass
class CheckReport:
    name: str
    backup: str
    problems: list[tuple[str, str, dict]] = field(default_factory=list)   # (kind, key, params)
    files_checked: int = 0
    bytes_checked: int = 0
    seq: int = 0              # the custody entry the backup is complete up to
    vault_seq: int = 0        # the vault's newest
    made_at: str | None = None

    @property
    def ok(self) -> bool:
        return not any(k == "error" for k, _, _ in self.problems)

    def add(self, kind: str, key: str, **params) -> None:
        self.problems.append((kind, key, params))

    def messages(self) -> list[tuple[str, str]]:
        from ..i18n import tr

        return [(k, tr(key, **params)) for k, key, params in self.problems]

    def to_dict(self) -> dict:
        return {"name": self.name, "backup": self.backup, "ok": self.ok, "seq": self.seq,
                "vault_seq": self.vault_seq, "made_at": self.made_at,
                "files_checked": self.files_checked, "bytes_checked": self.bytes_checked,
                "problems": [{"kind": k, "code": key, "message": m}
                             for (k, key, _), (_, m) in zip(self.problems, self.messages())]}


def check(vault, name: str, cancel: threading.Event | None = None) -> CheckReport:
    """Re-read every file of the backup `name` and verify it against the vault: what is missing,
    changed, or older than the vault's last complete run (a rolled-back target)."""
    entry = config.get(vault, name)
    bid = entry["id"]
    rep = CheckReport(name=name, backup=bid, vault_seq=vault.head()[0])
    target = open_target(entry["target"], bid)
    target.reachable()
    scratch = vault.tmp_dir / f"check-{os.urandom(8).hex()}"
    try:
        root = target.local_view(scratch, cancel=cancel)
        check_folder(vault, root, entry, rep, cancel)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)
    return rep


def _reader(vault, root: Path, header: dict):
    """The backup in `root` as a read-only vault under the vault's own keys."""
    from ..vault import Vault

    return Vault(root, header, vault._master, writable=False)


def check_folder(vault, root: Path, entry: dict, rep: CheckReport, cancel=None) -> None:
    import json

    from ..errors import ObjectDamaged
    from ..vault.objects import KIND_ARTIFACT, KIND_MANIFEST
    from ..vault.state import ZERO_HASH, State

    bid = entry["id"]
    hp, mp = root / "vault.json", root / MARKER
    if not root.is_dir() or not any(root.iterdir()):
        rep.add("error", "backup.check.empty")
        return
    if not hp.is_file() or not mp.is_file():
        rep.add("error", "backup.check.incomplete")
        if not hp.is_file():
            return
    header_bytes = hp.read_bytes()
    rep.files_checked += 1
    rep.bytes_checked += len(header_bytes)
    own = (vault.path / "vault.json").read_bytes()
    if header_bytes != own:
        known = (entry.get("sent") or {}).get("vault.json")
        if known != hashlib.sha256(header_bytes).hexdigest():
            rep.add("error", "backup.check.header_changed")
            return
        rep.add("warning", "backup.check.header_older")
    try:
        header = json.loads(header_bytes)
        if header.get("vault_id") != vault.vault_id:
            rep.add("error", "backup.check.other_vault")
            return
        if header.get("data", ".") != vault.header.get("data", "."):
            rep.add("error", "backup.check.older_keys")      # nothing in it can be checked now
            return
        tv = _reader(vault, root, header)
    except (ValueError, VaultCorrupt):
        rep.add("error", "backup.check.header_changed")
        return
    try:
        marker = None
        if mp.is_file():
            blob = mp.read_bytes()
            rep.files_checked += 1
            rep.bytes_checked += len(blob)
            try:
                marker = tv._open_record(marker_label(bid), blob)
                rep.made_at = marker.get("at")
            except Exception:
                rep.add("error", "backup.check.marker_changed")
        try:
            head = tv._read_head()
        except VaultCorrupt:
            head = None
            rep.add("error", "backup.check.file_changed", name="head")
        else:
            if head is None:
                rep.add("error", "backup.check.file_missing", name="head")
        upto = head["seq"] if head else (marker or {}).get("seq", 0)
        rep.seq = upto
        rep.files_checked += 1
        last = entry.get("last") or {}
        if last.get("seq") and upto < last["seq"]:
            rep.add("error", "backup.check.rolled_back", seq=upto, last=last["seq"], at=last.get("at", ""))
        # the custody log, entry by entry, against the vault's own
        state, prev = State(), ZERO_HASH
        for seq in range(1, upto + 1):
            rel = tv._log_label(seq)
            try:
                e, h = tv._checked_entry(seq)
            except LookupError:
                rep.add("error", "backup.check.log_missing", seq=seq)
                continue
            except ValueError:
                rep.add("error", "backup.check.log_changed", seq=seq)
                continue
            rep.files_checked += 1
            rep.bytes_checked += (tv.data / rel).stat().st_size
            try:
                _, own_hash = vault._checked_entry(seq)
            except (LookupError, ValueError):
                own_hash = None
            if own_hash is not None and own_hash != h:
                rep.add("error", "backup.check.log_differs", seq=seq)
            if e.get("prev") != prev:
                rep.add("error", "backup.check.log_changed", seq=seq)
            prev = h
            try:
                state.apply(e, h)
            except (KeyError, TypeError, ValueError, AttributeError):
                rep.add("error", "backup.check.log_changed", seq=seq)
        if head and prev != head["hash"] and upto:
            rep.add("error", "backup.check.file_changed", name="head")
        # every object the backup's items name, read through and authenticated
        for iid in state.order:
            d = state.items[iid]
            label = d.get("exhibit") or iid
            wanted = [(d["manifest"], KIND_MANIFEST, d.get("manifest_sha256"))]
            wanted += [(a["object"], KIND_ARTIFACT, a.get("sha256")) for a in d.get("artifacts", [])]
            wanted += [(s["object"], KIND_ARTIFACT, s.get("sha256")) for s in d.get("stamps", [])]
            for obj, kind, sha in wanted:
                if cancel is not None and cancel.is_set():
                    raise BackupCancelled()
                try:
                    _, size = tv.objects.check(obj, kind, expected_sha256=sha)
                    rep.files_checked += 1
                    rep.bytes_checked += size
                except ObjectDamaged as exc:
                    rep.add("error", "backup.check.item_missing" if exc.key == "error.object_missing"
                            else "backup.check.item_changed", item=label, id=iid)
        # the small records: each must open under its own name
        labels = [r for r in RECORDS if (tv.data / r).is_file()]
        for folder in FOLDERS:
            if (tv.data / folder).is_dir():
                labels += [f"{folder}/{f.name}" for f in sorted((tv.data / folder).iterdir()) if f.is_file()]
        for label in labels:
            try:
                tv._read_record(label)
                rep.files_checked += 1
            except VaultCorrupt:
                rep.add("error", "backup.check.file_changed", name=label)
        if rep.ok and upto < rep.vault_seq:
            newer = _newer_entries(vault, bid, upto, rep.vault_seq)
            if newer:
                rep.add("note", "backup.check.behind", count=newer)
    finally:
        tv.close()


def _newer_entries(vault, bid: str, upto: int, last: int) -> int:
    """Custody entries after `upto` that a run would copy, not counting this backup's own runs
    (each run records itself after it is complete: that entry is always one newer)."""
    count = 0
    for seq in range(upto + 1, last + 1):
        try:
            e = vault._read_log_entry(seq)["entry"]
        except Exception:
            count += 1
            continue
        if not (e.get("event") == "backup_run" and (e.get("details") or {}).get("backup") == bid):
            count += 1
    return count

