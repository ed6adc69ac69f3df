"""The vault: an encrypted folder of sealed evidence items and their custody log.

This module opens, creates and reads a vault; `log.py` owns the sealed records, the custody log,
`head` and the index; `check.py` owns `verify` and `gc`; `items.py` writes new items; `state.py`
replays the log into the item table.

Write order for an item: artifact objects -> manifest object -> custody entry (the commit point)
-> head record -> (later) index. Each file is written to tmp/, fsynced, renamed into place and
the directory fsynced. A crash at any moment leaves at most unreferenced objects, which `verify`
reports as a warning and `gc` removes; it never leaves a reference to nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import (BadInput, EvidenceKitError, ObjectDamaged, VaultCorrupt, VaultExists,
                      VaultNotFound, WrongPassphrase, storage_error)
from ..ids import random_id
from ..jsonutil import loads
from ..model import ABUSE_KINDS, Artifact, Item
from . import _crypto, attempts, keys
from .check import Checker, Problem, VerifyReport  # noqa: F401  (re-exported)
from .fsutil import WriterLock, atomic_write, fsync_dir, publish_new, unlink_quietly
from .items import HeldObjects, ItemDraft, safe_name  # noqa: F401  (re-exported)
from .log import CustodyLog
from .objects import KIND_ARTIFACT, KIND_MANIFEST, ObjectStore
from .state import EVENTS, ITEM_EVENTS, ZERO_HASH  # noqa: F401  (re-exported)

HEADER_NAME = "vault.json"


def default_collector() -> str:
    """The collector when the person gave no name: none. Never the computer's login name, which
    would reveal in every export who uses this computer; documents say "not given" instead."""
    return ""


class Vault(CustodyLog, Checker):
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
        # where records, log and objects live: the vault folder itself, or (after a key change)
        # the generation folder the header names
        folder = keys.data_folder(header)
        self.data = self.path if folder == "." else self.path / folder
        self.tmp_dir = self.data / "tmp"
        self.log_dir = self.data / "log"
        self._lock = WriterLock(self.path / "lock")
        self._write_lock = threading.RLock()
        self._inflight: dict[str, int] = {}
        self._pending = 0
        self._log_problem: str | None = None
        self._head_seq: int | None = None
        self.writable = False
        self.durable = True
        self.before_close: list[Callable[["Vault"], None]] = []   # e.g. flush a cache (writers)
        self._settings: dict[str, Any] = {}
        if writable:
            self._lock.acquire()
            self.writable = True
        try:
            if self.writable and header.get("retired") is not None:
                # a key change committed, but the old keys' files were not all removed yet
                from .rekey import finish_retirement

                self.header = finish_retirement(self.path, header, self.tmp_dir)
            self.objects = self._object_store()
            try:
                self._settings = self._read_record("settings", missing_ok=True) or {}
            except VaultCorrupt:
                self._settings = {}   # damaged settings never lock anyone out; verify reports it
            self._state = self._load_state()
            if (self.data / "rekey").is_file():
                self._log_problem = "error.rekey_unfinished"   # resumed by rekey, never written over
            if self.writable:
                self._repair_after_crash()
        except BaseException:
            self.close()
            raise

    def _object_store(self) -> ObjectStore:
        """Objects under this vault's keys. After a key change the `keyring` record carries the
        name key objects were first named with (so names stay stable inside the log) and the files
        are stored under a location derived from the new key (so names on disk change)."""
        ring = self._read_record("keyring", missing_ok=True) or {}
        name_key = keys.b64d(ring["name_key"]) if ring.get("name_key") else self._keys.name_key
        location_key = self._keys.location_key if ring.get("locate") else None
        return ObjectStore(self.data / "objects", self.tmp_dir, self._keys.object_key, name_key,
                           location_key=location_key)

    def _upgrade_format(self) -> None:
        """A format-1 vault becomes format 2 with its first new entry (format 2 adds to what
        format 1 wrote; it changes nothing already there). Older Evidence Kits then refuse to
        write to it, as they must: they would not keep its guarantees."""
        if self.header.get("version", 1) < keys.FORMAT_VERSION:
            header = dict(self.header, version=keys.FORMAT_VERSION)
            atomic_write(self.path / HEADER_NAME, json.dumps(header, indent=1).encode(), self.tmp_dir)
            self.header = header
            self.format_version = keys.FORMAT_VERSION

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
        vault._write_head(0, ZERO_HASH)     # a head from the start: a missing one is then damage
        vault._head_seq = 0
        if collector:
            vault._settings["collector"] = collector
        vault._write_record("settings", vault._settings)   # from format 2 always there
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
        # the unlock limit (attempts.py): during a wait nothing is tried, not even the right secret
        kind = "recovery_key" if recovery_key is not None else "passphrase"
        attempts.check(path)
        try:
            master = keys.unwrap(header, passphrase=passphrase, recovery_key=recovery_key)
        except WrongPassphrase:
            attempts.record_failure(path, kind)
            raise
        except BadInput:           # a recovery key that cannot be one (wrong length) counts too
            attempts.record_failure(path, kind)
            raise
        vault = cls(Path(path), header, master, writable=writable)
        vault.unlocked_with = kind
        try:
            # the wrong secrets tried since the last opening: logged, and told by the caller
            vault.unlock_failures = attempts.record_success(vault)
        except BaseException:
            vault.close()
            raise
        return vault

    def close(self) -> None:
        try:
            for hook in (self.before_close if self.writable else ()):
                try:
                    hook(self)
                except Exception:   # a cache that cannot be written is rebuilt later
                    pass
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
            # never weaker than today's defaults, whatever vault.json (which anyone can edit) says
            old = next((s for s in self.header["slots"] if s["type"] == "passphrase"), None)
            params = keys.strong_kdf((old or {}).get("kdf"))
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

    # ------------------------------------------------------------------ private records
    # Secrets that belong to the vault but are not evidence (login sessions): sealed records under
    # private/, each file named by a keyed hash of its label, so that neither the label nor the
    # contents can be read without the key. Not in the custody log; callers log what happened.
    # The name key is the objects' (carried over by a key change), so a rekeyed vault finds them.
    def _private_path(self, label: str) -> tuple[str, Path]:
        name = _crypto.hmac_sha256(self.objects._name_key, b"ek-private-name/v1|" + label.encode()).hex()
        return f"private/{name}", self.data / "private" / name

    def read_private(self, label: str) -> Any:
        """The private record `label`, or None if there is none."""
        rel, _ = self._private_path(label)
        return self._read_record(rel, missing_ok=True)

    def write_private(self, label: str, obj: Any) -> None:
        self.require_writable()
        rel, path = self._private_path(label)
        with self._write_lock:
            try:
                path.parent.mkdir(mode=0o700, exist_ok=True)
            except OSError as exc:
                raise storage_error(exc) from exc
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

    # ------------------------------------------------------------------ caches (derived data)
    def read_cache(self, name: str) -> Any | None:
        """A cache record `cache/<name>`: data derived from sealed items that can always be made
        again from them (perceptual fingerprints). None when it is missing or does not open."""
        try:
            return self._read_record(f"cache/{name}", missing_ok=True)
        except VaultCorrupt:
            return None

    def write_cache(self, name: str, obj: Any) -> None:
        """Replace a cache record (writers only). Not fsynced: losing it loses nothing."""
        self.require_writable()
        folder = self.data / "cache"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise storage_error(exc) from exc
        atomic_write(folder / name, self._seal_record(f"cache/{name}", obj), self.tmp_dir,
                     durable=False)

    def watching(self, part: str | None = None) -> Any:
        """The replayed state of watches and references (see evidence_kit/watches.py), a copy;
        with `part`, a copy of that part only ("watches", "retired_references")."""
        import copy

        with self._write_lock:
            state = self._state.watching
            return copy.deepcopy(state if part is None else state.get(part))

    def pdf_signer(self) -> "_crypto.P256Signer":
        """The vault's ECDSA P-256 key that signs exported PDFs (derived from the master key)."""
        return _crypto.P256Signer(self._keys.pdf_signing_seed)

    def pdf_certificates(self, leaf_names: list[tuple[str, str]], root_names: list[tuple[str, str]], *,
                         not_before, not_after) -> tuple[bytes, bytes]:
        """(leaf, root) X.509 DER: the PDF signing key's certificate, issued by the vault's own
        Ed25519 key, and that key's self-signed root certificate, so that a PDF signature leads to
        the fingerprint (export/pdfsign.py; `Signer.certificate_chain` in _crypto)."""
        return self._signer.certificate_chain(self.pdf_signer(), root_names, leaf_names,
                                              not_before=not_before, not_after=not_after)

    def head(self) -> tuple[int, str]:
        """The newest custody entry's sequence number and hash."""
        with self._write_lock:
            return self._state.seq, self._state.hash

    def public_key_pem(self) -> bytes:
        return self._signer.public_key_pem()

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the vault's Ed25519 public key: names this vault in dossiers and bundles."""
        return hashlib.sha256(self._signer.public_key_raw()).hexdigest()

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

    def item_rows(self, case: str | None = None) -> list[dict]:
        """What `items()` gives as `Item.to_dict(with_metadata=False)`, built straight from the
        index: `list --json` of 10,000 items spent a tenth of its time making Items only to turn
        them back into dicts."""
        with self._write_lock:
            rows = (self._state.items[iid] for iid in self._state.order)
            return [Item.row_from_state(d) for d in rows if case is None or d.get("case") == case]

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
        return random_id(10, self._state.items)

    def new_item(self, source: str, **fields) -> "ItemDraft":
        """Start a new item; add artifacts to it, then `seal()` it (or `discard()`)."""
        self.require_writable()
        self._check_appendable()    # refused at once, before any object is written
        return ItemDraft(self, source, **fields)

    def hold_objects(self) -> "HeldObjects":
        """Artifacts written ahead of the items they will belong to, kept from `gc` until an
        item takes them (`ItemDraft.add_held`) or they are dropped (see items.HeldObjects)."""
        self.require_writable()
        self._check_appendable()
        return HeldObjects(self)

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
                try:
                    publish_new(tmp, target)     # never replaces a file created meanwhile
                except FileExistsError:
                    raise BadInput("error.would_overwrite", path=str(target)) from None
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

