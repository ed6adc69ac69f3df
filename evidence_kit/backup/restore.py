"""Restore: a working vault made from a backup, in a folder that is missing or empty.

The backup is found on its target by the secret that opens it (several vaults may share a
target, each under its own id), copied whole, trimmed to what its last complete run certified
(a run stopped half-way leaves files nothing in the backup refers to), opened, verified, and the
restore is recorded in its custody log (event `vault_restored`: the backup's id and when it was
made). Damaged files are restored as they are, and verify names the items they belong to.
"""

from __future__ import annotations

import json
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import BadInput, EvidenceKitError, VaultCorrupt, WrongPassphrase
from ..vault import keys
from ..vault.fsutil import atomic_write
from .run import marker_label
from .targets import BID, MARKER, open_target


@dataclass
class RestoreReport:
    path: str
    backup: str
    seq: int = 0
    made_at: str | None = None
    items: int = 0
    problems: list = field(default_factory=list)     # the vault's verify problems
    logged: bool = True
    left_out: int = 0                                # files of an unfinished run left out

    @property
    def ok(self) -> bool:
        return not any(p.kind == "error" for p in self.problems)

    def to_dict(self) -> dict:
        return {"vault": self.path, "backup": self.backup, "seq": self.seq, "made_at": self.made_at,
                "items": self.items, "ok": self.ok, "recorded": self.logged,
                "problems": [p.to_dict() for p in self.problems]}


def check_destination(dest: Path) -> None:
    """A restore writes only into a folder that is missing or empty (BadInput otherwise)."""
    if dest.exists() or dest.is_symlink():
        if not dest.is_dir():
            raise BadInput("backup.err.restore_not_empty", path=str(dest))
        try:
            if any(dest.iterdir()):
                raise BadInput("backup.err.restore_not_empty", path=str(dest))
        except OSError as exc:
            raise BadInput("backup.err.restore_not_empty", path=str(dest)) from exc


def find(target_text: str, *, passphrase: str | None = None, recovery_key: str | None = None):
    """(the target opened at the backup this secret opens, its header, master key)."""
    root = open_target(target_text)
    root.reachable()
    ids = root.ids()
    # TARGET may also name one backup's own folder
    if not ids and root.kind == "folder" and BID.fullmatch(Path(root.root).name) \
            and root.get_bytes("vault.json") is not None:
        parent = Path(root.root)
        root = open_target(str(parent.parent))
        ids = [parent.name]
    if not ids:
        raise BadInput("backup.err.no_backup_there")
    opened, half, headless, wrong = None, False, False, False
    for bid in ids:
        t = root.with_id(bid)
        blob = t.get_bytes("vault.json")
        if blob is None:
            headless = True           # a first run stopped before it wrote the header
            continue
        try:
            header = json.loads(blob)
            keys.check_header(header)
        except (ValueError, EvidenceKitError):
            continue
        try:
            master = keys.unwrap(header, passphrase=passphrase, recovery_key=recovery_key)
        except WrongPassphrase:
            wrong = True
            continue
        if t.get_bytes(MARKER) is None:
            half = True
            continue
        opened = (t, header, master)
        break
    if opened is None:
        if half or (headless and not wrong):
            raise BadInput("backup.err.half_written")
        if wrong:
            raise WrongPassphrase()
        raise BadInput("backup.err.no_backup_there")
    return opened


def restore(target_text: str, dest: str | Path, *, passphrase: str | None = None,
            recovery_key: str | None = None, progress: Callable[[int, int], None] | None = None,
            cancel: threading.Event | None = None) -> RestoreReport:
    """Make a working vault at `dest` from the backup at `target_text` that the secret opens."""
    from ..vault import Vault

    dest = Path(dest).expanduser()
    check_destination(dest)
    target, header, master = find(target_text, passphrase=passphrase, recovery_key=recovery_key)
    made = not dest.exists()
    rep = RestoreReport(path=str(dest), backup=target.bid)
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
        total = sum(size for rel, size in target.list().items() if rel != MARKER)
        done = [0]

        def counted(n: int) -> None:
            done[0] += n
            if progress:
                progress(done[0], total)

        target.download(dest, cancel=cancel, counted=counted)
        if progress:
            progress(total, total)
        marker_blob = target.get_bytes(MARKER) or b""
        (dest / "tmp").mkdir(exist_ok=True, mode=0o700)
        _trim(dest, header, master, marker_blob, rep)
    except BaseException:
        _undo(dest, made)
        raise
    unlocked = Vault.open(dest, passphrase, recovery_key=recovery_key, writable=True)
    try:
        report = unlocked.verify()
        rep.problems = list(report.problems)
        rep.items = unlocked.item_count()
        try:
            unlocked.log_event("vault_restored", details={"backup": target.bid, "made_at": rep.made_at,
                                                          "seq": rep.seq})
        except EvidenceKitError:
            rep.logged = False      # a damaged log takes no new entries; verify said why
        _remember_run(unlocked, target.bid, rep)
    finally:
        unlocked.close()
    return rep


def _remember_run(vault, bid: str, rep: RestoreReport) -> None:
    """The backup's own list entry learns the run it was restored from: the list inside a backup
    was copied before that run recorded itself, and would otherwise say it never completed."""
    from . import config

    if not rep.made_at or not rep.ok:
        return
    try:
        cfg = config.load(vault)
        for e in cfg["backups"].values():
            known = (e.get("last") or {}).get("seq") or 0
            if e.get("id") == bid and rep.seq > known:
                e["last"] = {"at": rep.made_at, "seq": rep.seq, "items": rep.items,
                             "bytes": (e.get("last") or {}).get("bytes", 0)}
                config.save(vault, cfg)
    except EvidenceKitError:
        pass                        # the restore stands; the next run records itself anyway


def _undo(dest: Path, made: bool) -> None:
    """Remove what a restore that failed copied (the folder was missing or empty before)."""
    if made:
        shutil.rmtree(dest, ignore_errors=True)
    elif dest.is_dir():
        for p in dest.iterdir():
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


def _trim(dest: Path, header: dict, master: bytes, marker_blob: bytes, rep: RestoreReport) -> None:
    """Keep what the backup's last complete run certified: custody entries up to its `head`
    (or its marker's, if that head is damaged) and what they refer to. Entries after it, and
    objects nothing certified names (an unfinished run's), are left out."""
    from ..vault import Vault
    from ..vault.fsutil import unlink_quietly

    tv = Vault(dest, header, master, writable=False)
    try:
        marker = None
        try:
            marker = tv._open_record(marker_label(rep.backup), marker_blob)
            rep.made_at = marker.get("at")
        except Exception:
            marker = None
        try:
            head = tv._read_head()
        except VaultCorrupt:
            head = None
        if head is not None:
            upto = head["seq"]
        elif marker is not None:
            upto = int(marker.get("seq", 0))
            atomic_write(tv.data / "head", tv._seal_record(
                "head", {"seq": upto, "hash": marker["hash"], "mac": tv._head_mac(upto, marker["hash"])}),
                tv.tmp_dir)
        else:
            return           # nothing says where the backup ends: verify will say what is wrong
        rep.seq = upto
        for seq in tv._log_seqs():
            if seq > upto:
                unlink_quietly(tv.data / tv._log_label(seq))
                rep.left_out += 1
        walk = tv.walk_log()
        if not walk.chain_ok:
            return           # never remove anything from a damaged backup: verify names it
        referenced = tv._referenced(walk.state)
        orphans = tv._classify_orphans(walk, referenced, True)
        for disk, manifest in orphans.lost_manifests.items():
            slot = manifest.get("log") if isinstance(manifest.get("log"), dict) else {}
            if isinstance(slot.get("seq"), int) and slot["seq"] > upto:
                unlink_quietly(tv.objects._disk_path(disk))
                rep.left_out += 1
                for a in manifest["item"].get("artifacts") or []:
                    try:
                        d = tv.objects.disk_name(a["object"])
                    except Exception:
                        continue
                    if a["object"] not in referenced:
                        unlink_quietly(tv.objects._disk_path(d))
        for disk in orphans.leftovers:
            unlink_quietly(tv.objects._disk_path(disk))
            rep.left_out += 1
    finally:
        tv.close()
