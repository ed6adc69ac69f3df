"""Changing every key of a vault (`evidence-kit rekey`): for when someone may have seen the old
passphrase or recovery key, or had a copy of the vault while it was open.

`passwd` only re-wraps the same master key, so whoever learnt the master key (or kept an old copy
of vault.json with the old passphrase) can still read everything. `rekey` makes a new master key
and writes every object and record again under it, in a new folder; a new passphrase and a new
recovery key replace both old slots; the object files get new names; the vault's signing key,
and so its fingerprint, changes too.

Whoever knows the old passphrase, the old recovery key or the old master key must never read
anything of the new keys, at any moment (the change is made precisely against them). So nothing
holding new key material is ever sealed under the old keys:

- the plan (`rekey`, in the old data folder, written before anything else) holds in clear only
  the new folder's name and the new header's passphrase slot (Argon2id of the new passphrase,
  fresh salt, wrapping the new master key: the slot vault.json will hold); the rest (the new
  header, the new recovery key) is sealed under HKDF(new master key, "evidence-kit/v1/rekey-plan").
  The new master key itself is stored nowhere else: resuming needs the new passphrase to unwrap
  it, and a wrong one changes nothing;
- everything in the new folder `g-<16 hex>/`, including `new-recovery-key` (the new recovery key
  until it was shown), is sealed under the new master key's subkeys.

The commit point is the atomic replacement of `vault.json` by the new header naming that folder.
Before it, the old passphrase opens the old vault as it was (new writes are refused until the key
change is finished or given up; running rekey again with the new passphrase resumes it); after it,
only the new passphrase and recovery key open the vault, and the old files are removed (resumed on
the next open). A plan an earlier version sealed under the old keys is never resumed (its new keys
are known to whoever knows the old ones): it and its folder are removed, and the change starts
again. `abandon` gives up an unfinished change (a lost new passphrase) the same way.

The custody log keeps its entries and hashes (only their MACs are recomputed, with the new key):
bundles exported before the change still match it. The change itself is a custody entry,
`vault_rekeyed`, with the old and new fingerprints.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable

from ..errors import BadInput, VaultCorrupt, WrongPassphrase, storage_error
from ..jsonutil import canonical, loads
from . import _crypto, keys
from .fsutil import atomic_write, fsync_dir, unlink_quietly
from .objects import KIND_ARTIFACT, KIND_MANIFEST, ObjectStore

PLAN = "rekey"            # file in the old data folder: the plan, opened by the new passphrase only
SHOW = "new-recovery-key" # record in the new data folder (new keys): the recovery key until shown
_KNOWN_FILES = ("head", "index", "settings", "keyring", PLAN, SHOW)
PLAN_FORMAT = "evidence-kit-rekey-plan"
_PLAN_KEY_INFO = b"evidence-kit/v1/rekey-plan"
_EXPOSED_MAGIC = b"EKR1"  # a plan sealed as a record under the old keys (Evidence Kit before this)

Progress = Callable[[int, int], None]


def in_progress(vault) -> bool:
    return (vault.data / PLAN).is_file()


def plan_state(vault) -> str | None:
    """None: no key change under way. "sealed": one whose plan only the new passphrase opens (it is
    resumed with it). "exposed": one an earlier version began, its plan sealed under the old keys
    (never resumed: `rekey` removes it and starts again)."""
    try:
        with open(vault.data / PLAN, "rb") as f:
            magic = f.read(4)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise storage_error(exc) from exc
    return "exposed" if magic == _EXPOSED_MAGIC else "sealed"


def pending_recovery_key(vault) -> str | None:
    """The new recovery key of a finished key change that was not yet confirmed as shown (a record
    in the new data folder, under the new keys: only the new secrets open it)."""
    try:
        rec = vault._read_record(SHOW, missing_ok=True)
    except VaultCorrupt:
        return None
    return rec.get("recovery_key") if isinstance(rec, dict) else None


def recovery_key_shown(vault) -> None:
    unlink_quietly(vault.data / SHOW)


class _NewKeys:
    """The records and objects of the new generation, under the new master key."""

    def __init__(self, vault, master: bytes, folder: str):
        self.master = master
        self.subkeys = keys.Subkeys.derive(master)
        self.box = _crypto.RecordBox(self.subkeys.record_key)
        self.data = vault.path / folder
        self.tmp = self.data / "tmp"
        for sub in ("objects", "log", "tmp"):
            (self.data / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        self.vault_id = vault.vault_id
        # names inside the log stay as they are; the files are placed by the new location key
        self.objects = ObjectStore(self.data / "objects", self.tmp, self.subkeys.object_key,
                                   vault.objects._name_key, location_key=self.subkeys.location_key)
        self.durable = vault.durable

    def seal(self, label: str, obj) -> bytes:
        from .log import RECORD_MAGIC
        from ..jsonutil import canonical

        aad = f"ek-record/v1|{self.vault_id}|{label}".encode()
        return RECORD_MAGIC + self.box.seal(canonical(obj), aad)

    def write(self, label: str, obj) -> None:
        target = self.data / label
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, self.seal(label, obj), self.tmp, durable=self.durable)

    def entry_mac(self, entry_hash: str) -> str:
        return _crypto.hmac_sha256(self.subkeys.custody_mac_key, bytes.fromhex(entry_hash)).hex()

    def head_mac(self, seq: int, entry_hash: str) -> str:
        msg = f"ek-head/v2|{self.vault_id}|{seq}|{entry_hash}".encode()
        return _crypto.hmac_sha256(self.subkeys.custody_mac_key, msg).hex()

    def fingerprint(self) -> str:
        import hashlib

        return hashlib.sha256(_crypto.Signer(self.subkeys.signing_seed).public_key_raw()).hexdigest()


def rekey(vault, new_passphrase: str | None, *, progress: Progress | None = None) -> str:
    """Change every key of the open, writable `vault`; returns the new recovery key.

    With a key change already under way (`plan_state` "sealed") it is resumed: `new_passphrase`
    must be the new passphrase chosen when it began (WrongPassphrase, nothing changed, if not),
    and the recovery key chosen then is kept. A plan an earlier version sealed under the old keys
    ("exposed") is removed with its folder first, and the change starts again with
    `new_passphrase`. The vault object is closed at the end: open the vault again with the new
    passphrase."""
    vault.require_writable()
    if not new_passphrase:
        raise BadInput("error.empty_passphrase")
    with vault._write_lock:
        state = plan_state(vault)
        if state == "exposed":
            _remove_unfinished(vault, _exposed_plan_folder(vault))
            state = None
        if state == "sealed":
            plan, master = _open_plan(vault, new_passphrase)
        else:
            plan, master = _make_plan(vault, new_passphrase)
        new = _NewKeys(vault, master, plan["folder"])
        _copy_objects(vault, new, progress)
        head_seq, head_hash = _copy_records(vault, new, plan)
        new_header = dict(plan["header"], data=plan["folder"], retired=keys.data_folder(vault.header))
        # the commit point: from here on only the new passphrase and recovery key open the vault
        atomic_write(vault.path / "vault.json", json.dumps(new_header, indent=1).encode(), new.tmp)
        fsync_dir(vault.path)
        vault.header = new_header
        finish_retirement(vault.path, new_header, new.tmp)
        vault._pending = 0             # this object holds the old keys: it must write nothing more
        vault._log_problem = "error.rekey_unfinished"
        vault.close()
        return plan["recovery_key"]


def abandon(vault) -> None:
    """Give up an unfinished key change (before its commit point), e.g. when its new passphrase is
    lost: its new folder and its plan are removed; the vault stays as it was, under the keys that
    opened it, and takes new writes again. Needs only the old keys: whoever has them and the folder
    could delete those files anyway, and nothing of the old vault is touched."""
    vault.require_writable()
    with vault._write_lock:
        state = plan_state(vault)
        if state is None:
            raise BadInput("error.rekey_nothing_to_abandon")
        if state == "exposed":
            folder = _exposed_plan_folder(vault, damaged_ok=True)
        else:
            try:
                folder = _read_plan_file(vault)["folder"]
            except VaultCorrupt:
                folder = None          # its folder, if any, is left: never guess what to delete
        _remove_unfinished(vault, folder)


# ----------------------------------------------------------------------------- the plan
def _plan_key(master: bytes) -> _crypto.RecordBox:
    return _crypto.RecordBox(_crypto.hkdf(master, _PLAN_KEY_INFO))


def _plan_aad(vault_id: str, folder: str) -> bytes:
    return f"ek-rekey-plan/v1|{vault_id}|{folder}".encode()


def _make_plan(vault, new_passphrase: str) -> tuple[dict, bytes]:
    walk = vault.walk_log()
    _, whole = vault._log_findings(walk)
    if not whole or vault._refuse_reason():
        raise VaultCorrupt("error.rekey_log_not_whole")
    report = vault.verify()
    if not report.ok:
        raise VaultCorrupt("error.rekey_damaged")
    need = sum(p.stat().st_size for p in (vault.data / "objects").rglob("*") if p.is_file())
    try:
        free = shutil.disk_usage(vault.path).free
    except OSError:
        free = need * 2
    if free < need * 1.05 + (64 << 20):
        raise BadInput("error.rekey_no_room", need_mib=int(need * 1.05) >> 20, free_mib=free >> 20)
    master = keys.new_master_key()
    recovery_text, recovery_raw = keys.new_recovery_key()
    slot = keys.passphrase_slot(vault.vault_id, master, new_passphrase, keys.strong_kdf(_old_kdf(vault)))
    header = {"format": keys.HEADER_FORMAT, "version": keys.FORMAT_VERSION,
              "vault_id": vault.vault_id,
              "slots": [slot, keys.recovery_slot(vault.vault_id, master, recovery_raw)]}
    folder = "g-" + os.urandom(8).hex()
    plan = {"folder": folder, "header": header, "recovery_key": recovery_text,
            "unlocked_with": getattr(vault, "unlocked_with", "passphrase"),
            "old_fingerprint": vault.fingerprint}
    # the new master key is written only wrapped in the new slots; the rest only under it
    sealed = _plan_key(master).seal(canonical(plan), _plan_aad(vault.vault_id, folder))
    blob = {"format": PLAN_FORMAT, "version": 1, "vault_id": vault.vault_id, "folder": folder,
            "slot": slot, "sealed": keys.b64e(sealed)}
    atomic_write(vault.data / PLAN, json.dumps(blob, indent=1).encode(), vault.tmp_dir,
                 durable=vault.durable)
    vault._log_problem = "error.rekey_unfinished"
    return plan, master


def _read_plan_file(vault) -> dict:
    """The plan file's clear part, checked for shape (VaultCorrupt if it is not a plan)."""
    try:
        blob = json.loads((vault.data / PLAN).read_bytes().decode("utf-8"))
        ok = (isinstance(blob, dict) and blob.get("format") == PLAN_FORMAT and blob.get("version") == 1
              and blob.get("vault_id") == vault.vault_id and isinstance(blob.get("slot"), dict)
              and blob["slot"].get("type") == "passphrase" and isinstance(blob.get("sealed"), str)
              and _is_new_folder(vault, blob.get("folder")))
    except (OSError, ValueError, UnicodeDecodeError):
        ok = False
    if not ok:
        raise VaultCorrupt("error.rekey_plan_damaged")
    return blob


def _open_plan(vault, new_passphrase: str) -> tuple[dict, bytes]:
    """The plan and the new master key, unwrapped from the plan's slot by the new passphrase."""
    blob = _read_plan_file(vault)
    try:
        master = keys.unwrap({"vault_id": vault.vault_id, "slots": [blob["slot"]]},
                             passphrase=new_passphrase)
    except WrongPassphrase:
        raise WrongPassphrase("error.rekey_wrong_new_passphrase") from None
    except VaultCorrupt as exc:
        if exc.key == "error.vault_header":
            raise VaultCorrupt("error.rekey_plan_damaged") from None
        raise                                   # KDF settings out of bounds, or no memory: said
    try:
        plan = loads(_plan_key(master).open(keys.b64d(blob["sealed"]),
                                            _plan_aad(vault.vault_id, blob["folder"])))
        ok = (plan["folder"] == blob["folder"] and plan["header"]["vault_id"] == vault.vault_id
              and plan["header"]["slots"][0] == blob["slot"] and isinstance(plan["recovery_key"], str))
    except (_crypto.DecryptError, ValueError, KeyError, TypeError, IndexError):
        ok = False
    if not ok:
        raise VaultCorrupt("error.rekey_plan_damaged")
    return plan, master


def _is_new_folder(vault, folder) -> bool:
    """A generation folder name that is not the vault's data folder (so that removing it, or
    writing into it, can never touch the vault that opens now)."""
    return (isinstance(folder, str) and keys._DATA_FOLDER.fullmatch(folder) is not None
            and folder != keys.data_folder(vault.header) and folder != vault.header.get("retired"))


def _exposed_plan_folder(vault, *, damaged_ok: bool = False) -> str | None:
    """The folder named by a plan an earlier version sealed under the old keys (which opened this
    vault object, so they open it too)."""
    try:
        plan = vault._read_record(PLAN)
    except VaultCorrupt:
        if damaged_ok:
            return None
        raise VaultCorrupt("error.rekey_plan_damaged") from None
    return plan.get("folder") if isinstance(plan, dict) else None


def _remove_unfinished(vault, folder: str | None) -> None:
    """Before the commit point: remove the new folder (first), then the plan. Interrupted, it is
    done again by the next `rekey` or `abandon`; the old vault is never touched."""
    if folder is not None and _is_new_folder(vault, folder):
        try:
            shutil.rmtree(vault.path / folder)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise storage_error(exc) from exc
        fsync_dir(vault.path)
    try:
        (vault.data / PLAN).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise storage_error(exc) from exc
    fsync_dir(vault.data)
    # the vault takes writes again: decide afresh whether its log may take entries, bring head
    # up to date as a writer opening it would
    vault._state = vault._load_state()
    vault._repair_after_crash()


def _old_kdf(vault) -> dict | None:
    old = next((s for s in vault.header.get("slots", []) if s.get("type") == "passphrase"), None)
    return (old or {}).get("kdf")


def _copy_objects(vault, new: _NewKeys, progress: Progress | None) -> None:
    """Every object an item names (from the full log), read and checked under the old keys,
    written under the new ones. Objects already copied (a resumed change) are checked, not
    copied again."""
    state = vault.walk_log().state
    todo: dict[str, tuple[int, str, int]] = {}
    for d in state.items.values():
        todo[d["manifest"]] = (KIND_MANIFEST, d["manifest_sha256"], 0)
        for a in d.get("artifacts", []) + d.get("stamps", []):     # files and trusted-time tokens
            todo[a["object"]] = (KIND_ARTIFACT, a["sha256"], a["size"])
    total = sum(size for _, _, size in todo.values()) or 1
    done = 0
    for name, (kind, sha, size) in todo.items():
        if not (new.objects.exists(name) and new.objects.intact(name, kind)):
            w = new.objects.writer(kind)
            try:
                for piece in vault.objects.iter_content(name, kind, expected_sha256=sha):
                    w.write(piece)
            except BaseException:
                w.abort()
                raise
            ref = w.close(durable=new.durable)
            if ref.name != name:        # the carried name key must give the same name
                raise VaultCorrupt("error.rekey_damaged")
        done += size
        if progress:
            progress(done, total)


def _copy_records(vault, new: _NewKeys, plan: dict) -> tuple[int, str]:
    """Every record of the old data folder, opened with the old keys and sealed with the new
    ones: custody entries keep their content and hash (new MAC), then the `vault_rekeyed` entry,
    head, the index, the keyring, and any other record as it is."""
    from ..timeutil import now_iso
    from .. import tool_version

    seqs, _ = vault._log_listing()
    prev_hash = "0" * 64
    for seq in seqs:
        entry, h = vault._checked_entry(seq)
        new.write(vault._log_label(seq), {"entry": entry, "hash": h, "mac": new.entry_mac(h)})
        prev_hash = h
    seq = (seqs[-1] if seqs else 0) + 1
    label = vault._log_label(seq)
    if not (new.data / label).exists():
        entry = {"seq": seq, "prev": prev_hash, "at": now_iso(ms=True), "event": "vault_rekeyed",
                 "collector": vault.collector, "tool": tool_version(), "items": [],
                 "details": {"old_fingerprint": plan["old_fingerprint"],
                             "new_fingerprint": new.fingerprint(),
                             "unlocked_with": plan["unlocked_with"]},
                 "nonce": os.urandom(16).hex()}
        h = vault._entry_hash(entry)
        new.write(label, {"entry": entry, "hash": h, "mac": new.entry_mac(h)})
    else:
        h = vault._entry_hash(_open_new(new, label)["entry"])
    state = vault.walk_log().state
    state.apply(_open_new(new, label)["entry"], h)
    new.write("head", {"seq": seq, "hash": h, "mac": new.head_mac(seq, h)})
    new.write("index", state.to_dict())
    new.write("keyring", {"name_key": keys.b64e(vault.objects._name_key), "locate": True})
    new.write(SHOW, {"recovery_key": plan["recovery_key"]})
    # any other record (settings, and those features keep: sessions, caches) goes across as it is
    for path in sorted(vault.data.rglob("*")):
        rel = path.relative_to(vault.data).as_posix()
        top = rel.split("/")[0]
        if (not path.is_file() or top in ("objects", "log", "tmp") or top.startswith("g-")
                or rel in ("head", "index", "keyring", PLAN, SHOW, "vault.json", "lock")):
            continue
        try:
            blob = path.read_bytes()
        except OSError as exc:
            raise storage_error(exc) from exc
        if not blob.startswith(b"EKR1"):
            continue
        new.write(rel, vault._open_record(rel, blob))
    return seq, h


def _open_new(new: _NewKeys, label: str) -> dict:
    from ..jsonutil import loads

    blob = (new.data / label).read_bytes()
    return loads(new.box.open(blob[4:], f"ek-record/v1|{new.vault_id}|{label}".encode()))


def finish_retirement(root: Path, header: dict, tmp_dir: Path) -> dict:
    """Remove the data of the keys a finished key change replaced, then drop `retired` from the
    header. Safe to repeat (a crash in the middle is finished on the next open)."""
    retired = header.get("retired")
    if retired is None:
        return header
    current = keys.data_folder(header)
    if retired == ".":
        for sub in ("objects", "log", "tmp"):
            shutil.rmtree(root / sub, ignore_errors=True)
        for name in _KNOWN_FILES:
            unlink_quietly(root / name)
        # any other record the old keys sealed (features keep their own); never anything else
        for path in sorted(root.rglob("*"), reverse=True):
            rel = path.relative_to(root).parts
            if rel[0] in ("vault.json", "lock") or keys._DATA_FOLDER.fullmatch(rel[0]):
                continue
            try:
                if path.is_file():
                    with open(path, "rb") as f:
                        if f.read(4) in (b"EKR1", b"EKO1"):
                            unlink_quietly(path)
                elif path.is_dir():
                    path.rmdir()          # only when empty
            except OSError:
                pass
    elif retired != current and keys._DATA_FOLDER.fullmatch(str(retired)):
        shutil.rmtree(root / retired, ignore_errors=True)
    fsync_dir(root)
    header = {k: v for k, v in header.items() if k != "retired"}
    atomic_write(root / "vault.json", json.dumps(header, indent=1).encode(), tmp_dir)
    return header
