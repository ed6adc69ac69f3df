"""The vault: an encrypted folder of sealed evidence items and their custody log.

Write order for an item: artifact objects -> manifest object -> custody entry (the commit point)
-> head record -> (later) index. Each file is written to tmp/, fsynced, renamed into place and
the directory fsynced. A crash at any moment leaves at most unreferenced objects, which `verify`
reports as a warning and `gc` removes; it never leaves a reference to nothing.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import json
import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from .. import __version__, tool_version
from ..errors import (BadInput, EvidenceKitError, ObjectDamaged, StorageError, VaultCorrupt,
                      VaultExists, VaultNotFound, WrongPassphrase, storage_error)
from ..jsonutil import canonical, loads
from ..model import ABUSE_KINDS, Artifact, Item
from ..timeutil import now_iso
from . import _crypto, keys
from .fsutil import WriterLock, atomic_write, fsync_dir, unlink_quietly
from .objects import KIND_ARTIFACT, KIND_MANIFEST, ObjectRef, ObjectStore

HEADER_NAME = "vault.json"
RECORD_MAGIC = b"EKR1"
ZERO_HASH = "0" * 64
INDEX_FLUSH_EVERY = 256
ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"

EVENTS = ("vault_created", "item_imported", "item_captured", "item_updated", "note_added",
          "case_created", "case_renamed", "artifact_viewed", "artifact_revealed",
          "artifact_extracted", "exported", "verified", "passphrase_changed",
          "recovery_key_used", "settings_changed", "leftovers_removed",
          "session_added", "session_removed")
ITEM_EVENTS = ("item_imported", "item_captured")


def default_collector() -> str:
    try:
        name = getpass.getuser()
    except Exception:
        name = ""
    return name or "unknown"


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_name(name: str) -> str:
    """A file name that is safe to write on Windows, macOS and Linux, keeping the words."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", name).strip().strip(".") or "file"
    if name.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                                      *(f"LPT{i}" for i in range(10))}:
        name = "_" + name
    while len(name.encode("utf-8")) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:-1] + dot + ext) if dot and len(ext) < 12 and stem else name[:-1]
    return name


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


class _State:
    """Item and case state, rebuilt by replaying custody entries."""

    def __init__(self):
        self.items: dict[str, dict] = {}   # id -> internal item dict (no metadata) + manifest refs
        self.order: list[str] = []
        self.cases: list[str] = []
        self.seq = 0
        self.hash = ZERO_HASH

    def to_dict(self) -> dict:
        return {"version": 1, "seq": self.seq, "hash": self.hash, "cases": self.cases,
                "items": [self.items[i] for i in self.order]}

    @classmethod
    def from_dict(cls, d: dict) -> "_State":
        s = cls()
        s.seq, s.hash, s.cases = int(d["seq"]), d["hash"], list(d.get("cases", []))
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
        self.seq = entry["seq"]
        self.hash = entry_hash


class Vault:
    """An open (unlocked) vault. Create with `Vault.create`, open with `Vault.open`."""

    def __init__(self, path: Path, header: dict, master: bytes, *, writable: bool):
        self.path = Path(path)
        self.header = header
        self.vault_id: str = header["vault_id"]
        self.format_version: int = header["version"]
        self._keys = keys.Subkeys.derive(master)
        self._master = master
        self._box = _crypto.RecordBox(self._keys.record_key)
        self._signer = _crypto.Signer(self._keys.signing_seed)
        self.tmp_dir = self.path / "tmp"
        self.log_dir = self.path / "log"
        self.objects = ObjectStore(self.path / "objects", self.tmp_dir, self._keys.object_key,
                                   self._keys.name_key)
        self._lock = WriterLock(self.path / "lock")
        self._write_lock = threading.RLock()
        self._inflight: dict[str, int] = {}
        self._pending = 0
        self.writable = False
        self.durable = True
        self._settings: dict[str, Any] = {}
        if writable:
            self._lock.acquire()
            self.writable = True
        try:
            try:
                self._settings = self._read_record("settings", missing_ok=True) or {}
            except VaultCorrupt:
                self._settings = {}   # damaged settings never lock anyone out; verify reports it
            self._state = self._load_state()
            # entries on disk past what could be replayed (a damaged or missing entry stopped the
            # replay): this writer must not append over them. Only the writer appends, so once
            # is enough.
            seqs = self._log_seqs()
            self._log_unread = bool(seqs) and seqs[-1] > self._state.seq
            if self.writable:
                self._repair_after_crash()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ creating and opening
    @classmethod
    def create(cls, path: str | os.PathLike, passphrase: str, *, collector: str | None = None,
               kdf: dict | None = None) -> tuple["Vault", str]:
        """Create a vault in an empty or new folder; returns the open vault and its recovery key."""
        path = Path(path)
        if not passphrase:
            raise BadInput("error.empty_passphrase")
        if path.exists():
            if not path.is_dir():
                raise VaultExists("error.vault_path_is_file", path=str(path))
            if (path / HEADER_NAME).exists():
                raise VaultExists("error.vault_exists", path=str(path))
            if any(path.iterdir()):
                raise VaultExists("error.folder_not_empty", path=str(path))
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
            for sub in ("objects", "log", "tmp"):
                (path / sub).mkdir(mode=0o700, exist_ok=True)
            vault_id = keys.new_vault_id()
            master = keys.new_master_key()
            recovery_text, recovery_raw = keys.new_recovery_key()
            header = {"format": keys.HEADER_FORMAT, "version": keys.FORMAT_VERSION,
                      "vault_id": vault_id,
                      "slots": [keys.passphrase_slot(vault_id, master, passphrase, kdf),
                                keys.recovery_slot(vault_id, master, recovery_raw)]}
            # the header is written last: a folder without it is not (yet) a vault
            atomic_write(path / HEADER_NAME, json.dumps(header, indent=1).encode(), path / "tmp")
            fsync_dir(path)
        except OSError as exc:
            raise storage_error(exc) from exc
        vault = cls(path, header, master, writable=True)
        if collector:
            vault._settings["collector"] = collector
            vault._write_record("settings", vault._settings)
        vault.log_event("vault_created", details={"format_version": keys.FORMAT_VERSION})
        return vault, recovery_text

    @staticmethod
    def read_header(path: str | os.PathLike) -> dict:
        path = Path(path)
        hp = path / HEADER_NAME
        if not hp.is_file():
            raise VaultNotFound(path=str(path))
        try:
            header = json.loads(hp.read_text("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise VaultCorrupt("error.vault_header") from exc
        keys.check_header(header)
        return header

    @staticmethod
    def exists(path: str | os.PathLike) -> bool:
        return (Path(path) / HEADER_NAME).is_file()

    @classmethod
    def open(cls, path: str | os.PathLike, passphrase: str | None = None, *,
             recovery_key: str | None = None, writable: bool = True) -> "Vault":
        header = cls.read_header(path)
        if passphrase is None and recovery_key is None:
            raise BadInput("error.no_passphrase")
        master = keys.unwrap(header, passphrase=passphrase, recovery_key=recovery_key)
        vault = cls(Path(path), header, master, writable=writable)
        vault.unlocked_with = "recovery_key" if recovery_key is not None else "passphrase"
        return vault

    def close(self) -> None:
        try:
            if self.writable and self._pending:
                self._flush_index()
        finally:
            self._lock.release()
            self.writable = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def require_writable(self) -> None:
        if not self.writable:
            raise EvidenceKitError("error.read_only")

    # ------------------------------------------------------------------ keys and settings
    def check_passphrase(self, passphrase: str) -> bool:
        """True if `passphrase` opens this vault's passphrase slot (slow on purpose: Argon2id).
        Asked before the passphrase is changed from an already unlocked vault."""
        try:
            master = keys.unwrap({**self.header, "slots": [s for s in self.header["slots"]
                                                            if s["type"] == "passphrase"]},
                                 passphrase=passphrase)
        except WrongPassphrase:
            return False
        return hmac.compare_digest(master, self._master)

    def change_passphrase(self, new_passphrase: str) -> None:
        self.require_writable()
        if not new_passphrase:
            raise BadInput("error.empty_passphrase")
        with self._write_lock:
            old = next((s for s in self.header["slots"] if s["type"] == "passphrase"), None)
            params = {k: v for k, v in (old or {}).get("kdf", keys.DEFAULT_KDF).items() if k != "salt"}
            slots = [s for s in self.header["slots"] if s["type"] != "passphrase"]
            slots.insert(0, keys.passphrase_slot(self.vault_id, self._master, new_passphrase, params))
            header = dict(self.header, slots=slots)
            atomic_write(self.path / HEADER_NAME, json.dumps(header, indent=1).encode(), self.tmp_dir)
            self.header = header
            self.log_event("passphrase_changed",
                           details={"unlocked_with": getattr(self, "unlocked_with", "passphrase")})

    @property
    def collector(self) -> str:
        return self._settings.get("collector") or default_collector()

    def settings(self) -> dict:
        return dict(self._settings)

    def set_setting(self, key: str, value: Any) -> None:
        self.require_writable()
        with self._write_lock:
            self._settings[key] = value
            self._write_record("settings", self._settings)
            self.log_event("settings_changed", details={"key": key})

    def sign(self, data: bytes) -> bytes:
        return self._signer.sign(data)

    def public_key_pem(self) -> bytes:
        return self._signer.public_key_pem()

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the vault's Ed25519 public key: names this vault in dossiers and bundles."""
        return hashlib.sha256(self._signer.public_key_raw()).hexdigest()

    # ------------------------------------------------------------------ records
    def _record_aad(self, label: str) -> bytes:
        return f"ek-record/v1|{self.vault_id}|{label}".encode()

    def _seal_record(self, label: str, obj: Any) -> bytes:
        return RECORD_MAGIC + self._box.seal(canonical(obj), self._record_aad(label))

    def _open_record(self, label: str, blob: bytes) -> Any:
        if blob[:4] != RECORD_MAGIC:
            raise _crypto.DecryptError("bad magic")
        return loads(self._box.open(blob[4:], self._record_aad(label)))

    def _write_record(self, label: str, obj: Any, path: Path | None = None) -> None:
        atomic_write(path or (self.path / label), self._seal_record(label, obj), self.tmp_dir,
                     durable=self.durable)

    def _read_record(self, label: str, *, missing_ok: bool = False) -> Any:
        try:
            blob = (self.path / label).read_bytes()
        except FileNotFoundError:
            if missing_ok:
                return None
            raise VaultCorrupt("error.record_missing", name=label) from None
        try:
            return self._open_record(label, blob)
        except (_crypto.DecryptError, ValueError) as exc:
            raise VaultCorrupt("error.record_damaged", name=label) from exc

    # ------------------------------------------------------------------ private records
    # Secrets that belong to the vault but are not evidence (login sessions): sealed records under
    # private/, each file named by a keyed hash of its label, so that neither the label nor the
    # contents can be read without the key. Not in the custody log; callers log what happened.
    def _private_path(self, label: str) -> tuple[str, Path]:
        name = _crypto.hmac_sha256(self._keys.name_key, b"ek-private-name/v1|" + label.encode()).hex()
        return f"private/{name}", self.path / "private" / name

    def read_private(self, label: str) -> Any:
        """The private record `label`, or None if there is none."""
        rel, _ = self._private_path(label)
        return self._read_record(rel, missing_ok=True)

    def write_private(self, label: str, obj: Any) -> None:
        self.require_writable()
        rel, path = self._private_path(label)
        with self._write_lock:
            path.parent.mkdir(mode=0o700, exist_ok=True)
            self._write_record(rel, obj, path)

    def delete_private(self, label: str) -> None:
        """Remove the private record `label` from the vault (its file is deleted)."""
        self.require_writable()
        _, path = self._private_path(label)
        with self._write_lock:
            try:
                path.unlink()
            except FileNotFoundError:
                return
            except OSError as exc:
                raise storage_error(exc) from exc
            fsync_dir(path.parent)

    # ------------------------------------------------------------------ custody log
    @staticmethod
    def _log_label(seq: int) -> str:
        return f"log/{seq:012d}"

    def _log_seqs(self) -> list[int]:
        if not self.log_dir.is_dir():
            return []
        out = []
        for f in self.log_dir.iterdir():
            if f.name.isdigit():
                out.append(int(f.name))
        return sorted(out)

    def _read_log_entry(self, seq: int) -> dict:
        """Decrypt one stored entry: {"entry": {...}, "hash": hex, "mac": hex}."""
        label = self._log_label(seq)
        blob = (self.path / label).read_bytes()
        return self._open_record(label, blob)

    def _entry_hash(self, entry: dict) -> str:
        return hashlib.sha256(canonical(entry)).hexdigest()

    def _entry_mac(self, entry_hash: str) -> str:
        return _crypto.hmac_sha256(self._keys.custody_mac_key, bytes.fromhex(entry_hash)).hex()

    def log_event(self, event: str, *, items: Iterable[str] = (), details: dict | None = None) -> dict:
        """Append one custody entry (and apply it to the item state). Returns the stored entry."""
        if event not in EVENTS:
            raise ValueError(f"unknown custody event {event!r}")
        self.require_writable()
        with self._write_lock:
            seq = self._state.seq + 1
            label = self._log_label(seq)
            if self._log_unread or (self.path / label).exists():
                # the log holds entries this vault could not read (damaged, or a gap): writing
                # now would overwrite or paper over them. Evidence of tampering is kept as it is.
                raise VaultCorrupt("error.log_needs_attention")
            entry = {"seq": seq, "prev": self._state.hash, "at": now_iso(ms=True), "event": event,
                     "collector": self.collector, "tool": tool_version(), "items": list(items),
                     "details": details or {}}
            h = self._entry_hash(entry)
            record = {"entry": entry, "hash": h, "mac": self._entry_mac(h)}
            self._write_record(label, record, self.path / label)
            self._state.apply(entry, h)
            self._write_record("head", {"seq": seq, "hash": h})
            self._pending += 1
            if self._pending >= INDEX_FLUSH_EVERY:
                self._flush_index()
            return record

    def custody_log(self, item_id: str | None = None) -> list[dict]:
        """Every custody entry in order (each {"entry", "hash", "mac"}), or those naming one item."""
        out = []
        for seq in range(1, self._state.seq + 1):
            try:
                rec = self._read_log_entry(seq)
            except (OSError, _crypto.DecryptError, ValueError) as exc:
                raise VaultCorrupt("error.log_damaged", seq=seq) from exc
            if item_id is None or item_id in rec["entry"].get("items", []):
                out.append(rec)
        return out

    # ------------------------------------------------------------------ index (a cache of the log)
    def _load_state(self) -> _State:
        state = None
        idx = None
        try:
            idx = self._read_record("index", missing_ok=True)
        except VaultCorrupt:
            idx = None   # the index is only a cache: rebuild it from the custody log
        if idx is not None:
            try:
                state = _State.from_dict(idx)
            except (KeyError, TypeError, ValueError):
                state = None
        seqs = self._log_seqs()
        last = seqs[-1] if seqs else 0
        if state is not None and state.seq > last:
            state = None   # entries vanished: rebuild from what there is (verify will say so)
        if state is None:
            state = _State()
        for seq in range(state.seq + 1, last + 1):
            try:
                rec = self._read_log_entry(seq)
            except FileNotFoundError:
                break      # a gap: verify reports it; state holds what precedes it
            except (_crypto.DecryptError, ValueError, OSError):
                break
            state.apply(rec["entry"], rec["hash"])
        if state.seq != (idx or {}).get("seq"):
            self._pending = max(self._pending, 1)
        return state

    def _flush_index(self) -> None:
        with self._write_lock:
            self._write_record("index", self._state.to_dict())
            self._pending = 0

    def _repair_after_crash(self) -> None:
        """Remove temp files of interrupted writes (ciphertext only) and bring head up to date."""
        if self.tmp_dir.is_dir():
            for f in self.tmp_dir.iterdir():
                unlink_quietly(f)
        else:
            self.tmp_dir.mkdir(mode=0o700)
        head = None
        try:
            head = self._read_record("head", missing_ok=True)
        except VaultCorrupt:
            head = None
        if self._state.seq and (head is None or head.get("seq", 0) < self._state.seq):
            # the last write stopped between the custody entry and the head record
            self._write_record("head", {"seq": self._state.seq, "hash": self._state.hash})

    # ------------------------------------------------------------------ items
    def _item_from_state(self, d: dict) -> Item:
        return Item.from_dict(d)

    def items(self, case: str | None = None) -> list[Item]:
        """All items in creation order, from the index (metadata not loaded)."""
        out = []
        with self._write_lock:      # a capture thread may be sealing an item meanwhile
            for iid in self._state.order:
                d = self._state.items[iid]
                if case is None or d.get("case") == case:
                    out.append(self._item_from_state(d))
        return out

    def item_count(self) -> int:
        return len(self._state.order)

    def cases(self) -> list[str]:
        with self._write_lock:
            return list(self._state.cases)

    def resolve_id(self, prefix: str) -> str:
        prefix = prefix.strip().lower()
        if prefix.upper().startswith("EK-"):
            for iid in self._state.order:
                if self._state.items[iid].get("exhibit", "").upper() == prefix.upper():
                    return iid
        if not prefix:
            raise BadInput("error.no_such_item", id=prefix)
        matches = [i for i in self._state.order if i.startswith(prefix)]
        if not matches:
            raise BadInput("error.no_such_item", id=prefix)
        if len(matches) > 1:
            raise BadInput("error.ambiguous_id", id=prefix, count=len(matches))
        return matches[0]

    def get(self, item_id: str) -> Item:
        """One item with its metadata (read from its sealed manifest)."""
        iid = self.resolve_id(item_id)
        with self._write_lock:
            d = dict(self._state.items[iid])
        manifest = self._read_manifest(d["manifest"], d["manifest_sha256"])
        item = self._item_from_state(d)
        item.metadata = manifest["item"].get("metadata") or {}
        return item

    def _read_manifest(self, name: str, sha256: str) -> dict:
        data = self.objects.read_bytes(name, KIND_MANIFEST, expected_sha256=sha256)
        try:
            return loads(data)
        except ValueError as exc:
            raise ObjectDamaged("error.object_changed", name=name[:16]) from exc

    def _new_id(self) -> str:
        while True:
            raw = int.from_bytes(os.urandom(8), "big")
            iid = "".join(ID_ALPHABET[(raw >> (5 * i)) & 31] for i in range(10))
            if iid not in self._state.items:
                return iid

    def new_item(self, source: str, **fields) -> "ItemDraft":
        """Start a new item; add artifacts to it, then `seal()` it (or `discard()`)."""
        self.require_writable()
        return ItemDraft(self, source, **fields)

    def update_item(self, item_id: str, *, notes: str | None = None, sensitive: bool | None = None,
                    case: str | None = None, abuse: list[str] | None = None,
                    title: str | None = None) -> Item:
        """Change what a person may change (notes, sensitive mark, case, abuse kinds, title).

        The sealed manifest and artifacts never change; the change is a custody entry."""
        iid = self.resolve_id(item_id)
        changes: dict[str, Any] = {}
        if notes is not None:
            changes["notes"] = notes
        if sensitive is not None:
            changes["sensitive"] = bool(sensitive)
        if case is not None:
            changes["case"] = case.strip()
        if title is not None:
            changes["title"] = title
        if abuse is not None:
            bad = [a for a in abuse if a not in ABUSE_KINDS]
            if bad:
                raise BadInput("error.bad_abuse_kind", kind=", ".join(bad))
            changes["abuse"] = list(dict.fromkeys(abuse))
        if changes:
            event = "note_added" if set(changes) == {"notes"} else "item_updated"
            self.log_event(event, items=[iid], details={"changes": changes})
        return self._item_from_state(self._state.items[iid])

    def create_case(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise BadInput("error.empty_case")
        if name not in self._state.cases:
            self.log_event("case_created", details={"case": name})

    def rename_case(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise BadInput("error.empty_case")
        if old not in self._state.cases:
            raise BadInput("error.no_such_case", case=old)
        if new in self._state.cases:
            raise BadInput("error.case_exists", case=new)
        affected = [i for i in self._state.order if self._state.items[i].get("case") == old]
        self.log_event("case_renamed", items=affected, details={"from": old, "to": new})

    # ------------------------------------------------------------------ reading artifacts
    def _artifact(self, item_id: str, name: str) -> tuple[str, Artifact]:
        iid = self.resolve_id(item_id)
        item = self._item_from_state(self._state.items[iid])
        art = item.artifact(name)
        if art is None:
            raise BadInput("error.no_such_artifact", name=name, id=iid)
        return iid, art

    def iter_artifact(self, item_id: str, name: str) -> Iterator[bytes]:
        """The artifact's exact bytes in pieces; raises ObjectDamaged if they do not match the seal."""
        _, art = self._artifact(item_id, name)
        return self.objects.iter_content(art.object, KIND_ARTIFACT, expected_sha256=art.sha256)

    def read_artifact(self, item_id: str, name: str) -> bytes:
        return b"".join(self.iter_artifact(item_id, name))

    def artifact_object(self, item_id: str, name: str) -> Artifact:
        return self._artifact(item_id, name)[1]

    def extract(self, item_id: str, out_dir: str | os.PathLike) -> list[Path]:
        """Write an item's original artifacts, byte-identical, under their names; never overwrites."""
        iid = self.resolve_id(item_id)
        item = self._item_from_state(self._state.items[iid])
        out = Path(out_dir)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc) from exc
        written = []
        for art in item.artifacts:
            target = out / safe_name(art.name)
            if target.exists():
                raise BadInput("error.would_overwrite", path=str(target))
            tmp = target.with_name(f".{target.name}.partial-{os.urandom(4).hex()}")
            try:
                with open(tmp, "xb") as f:
                    for piece in self.objects.iter_content(art.object, KIND_ARTIFACT, expected_sha256=art.sha256):
                        f.write(piece)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, target)
            except OSError as exc:
                unlink_quietly(tmp)
                raise storage_error(exc) from exc
            except BaseException:
                unlink_quietly(tmp)
                raise
            written.append(target)
        if self.writable:
            self.log_event("artifact_extracted", items=[iid],
                           details={"artifacts": [a.name for a in item.artifacts]})
        return written

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
        state = _State()
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
        private = sorted(f"private/{f.name}" for f in (self.path / "private").glob("*") if f.is_file())
        for label in ("index", "settings", *private):
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


class ItemDraft:
    """An item being written. Artifacts are sealed into objects as they are added; `seal()` commits.

    Nothing is visible in the vault until `seal()`; `discard()` (or leaving a `with` block by an
    exception) removes the objects this draft created.
    """

    def __init__(self, vault: Vault, source: str, *, case: str = "", url: str | None = None,
                 final_url: str | None = None, title: str = "", captured_at: str | None = None,
                 status: str = "sealed", http_status: int | None = None, error: str | None = None,
                 sensitive: bool = False, notes: str = "", abuse: list[str] | None = None,
                 metadata: dict | None = None):
        if source not in ("capture", "import"):
            raise ValueError("source must be 'capture' or 'import'")
        self.vault = vault
        self.source = source
        self.case = case
        self.url = url
        self.final_url = final_url
        self.title = title
        self.captured_at = captured_at or now_iso()
        self.status = status
        self.http_status = http_status
        self.error = error
        self.sensitive = sensitive
        self.notes = notes
        self.abuse = list(abuse or [])
        self.metadata: dict = dict(metadata or {})
        self.artifacts: list[Artifact] = []
        self._created: list[str] = []
        self._claimed: list[str] = []
        self._done = False

    # -- adding artifacts
    def _unique_name(self, name: str) -> str:
        name = safe_name(name)
        taken = {a.name for a in self.artifacts}
        if name not in taken:
            return name
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        n = 2
        while True:
            cand = f"{stem} ({n}){dot}{ext}"
            if cand not in taken:
                return cand
            n += 1

    def _claim(self, ref: ObjectRef) -> None:
        with self.vault._write_lock:
            self.vault._inflight[ref.name] = self.vault._inflight.get(ref.name, 0) + 1
        self._claimed.append(ref.name)
        if ref.created:
            self._created.append(ref.name)

    def _add(self, ref: ObjectRef, name: str, role: str, media_type: str | None,
             source_url: str | None) -> Artifact:
        self._claim(ref)
        art = Artifact(name=self._unique_name(name), role=role,
                       media_type=media_type or "application/octet-stream", size=ref.size,
                       sha256=ref.sha256, source_url=source_url, object=ref.name)
        self.artifacts.append(art)
        return art

    def add_bytes(self, name: str, data: bytes, *, role: str, media_type: str | None = None,
                  source_url: str | None = None) -> Artifact:
        self._check_open()
        ref = self.vault.objects.put_bytes(data, KIND_ARTIFACT, durable=self.vault.durable)
        return self._add(ref, name, role, media_type, source_url)

    def add_stream(self, name: str, stream: BinaryIO, *, role: str, media_type: str | None = None,
                   source_url: str | None = None, expected_size: int | None = None) -> Artifact:
        self._check_open()
        ref = self.vault.objects.put_stream(stream, KIND_ARTIFACT, expected_size=expected_size,
                                            durable=self.vault.durable)
        return self._add(ref, name, role, media_type, source_url)

    def artifact_writer(self, name: str, *, role: str, media_type: str | None = None,
                        source_url: str | None = None) -> "_ArtifactWriter":
        """A file-like object to stream an artifact in (e.g. a WARC); close() adds it to the item."""
        self._check_open()
        return _ArtifactWriter(self, name, role, media_type, source_url)

    def _check_open(self) -> None:
        if self._done:
            raise ValueError("this item is already sealed or discarded")

    # -- committing
    def seal(self) -> Item:
        self._check_open()
        v = self.vault
        with v._write_lock:
            iid = v._new_id()
            exhibit = f"EK-{len(v._state.order) + 1:04d}"
            item = Item(id=iid, exhibit=exhibit, case=self.case.strip(), source=self.source,
                        url=self.url, final_url=self.final_url, title=self.title,
                        captured_at=self.captured_at, status=self.status,
                        http_status=self.http_status, error=self.error, sensitive=self.sensitive,
                        notes=self.notes, abuse=self.abuse, artifacts=list(self.artifacts),
                        metadata=self.metadata)
            manifest = {"format": "evidence-kit-manifest", "version": 1, "vault_id": v.vault_id,
                        "sealed_at": now_iso(ms=True), "tool": tool_version(),
                        "item": item.to_dict(internal=True)}
            try:
                mref = v.objects.put_bytes(canonical(manifest), KIND_MANIFEST, durable=v.durable)
            except BaseException:
                self.discard()
                raise
            summary = item.to_dict(internal=True, with_metadata=False)
            event = "item_captured" if self.source == "capture" else "item_imported"
            try:
                v.log_event(event, items=[iid], details={
                    "item": summary, "manifest": mref.name, "manifest_sha256": mref.sha256,
                    "artifacts": [{"name": a.name, "sha256": a.sha256} for a in item.artifacts]})
            except BaseException:
                if mref.created:
                    v.objects.delete(mref.name)
                self.discard()
                raise
            self._release()
            self._done = True
        return item

    def _release(self) -> None:
        with self.vault._write_lock:
            for name in self._claimed:
                left = self.vault._inflight.get(name, 0) - 1
                if left <= 0:
                    self.vault._inflight.pop(name, None)
                else:
                    self.vault._inflight[name] = left
        self._claimed = []

    def discard(self) -> None:
        """Drop this item: remove the objects it created that nothing else holds."""
        if self._done:
            return
        v = self.vault
        with v._write_lock:
            self._release()
            referenced = set()
            for d in v._state.items.values():
                referenced.update(a["object"] for a in d.get("artifacts", []))
            for name in self._created:
                if name not in referenced and name not in v._inflight:
                    v.objects.delete(name)
        self._done = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if not self._done:
            self.discard()


class _ArtifactWriter:
    def __init__(self, draft: ItemDraft, name, role, media_type, source_url):
        self._draft = draft
        self._meta = (name, role, media_type, source_url)
        self._w = draft.vault.objects.writer(KIND_ARTIFACT)
        self.artifact: Artifact | None = None

    def write(self, data) -> int:
        self._w.write(data)
        return len(data)

    def close(self) -> Artifact:
        if self.artifact is None:
            ref = self._w.close(durable=self._draft.vault.durable)
            name, role, media_type, source_url = self._meta
            self.artifact = self._draft._add(ref, name, role, media_type, source_url)
        return self.artifact

    def abort(self) -> None:
        self._w.abort()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.close()
        else:
            self.abort()
