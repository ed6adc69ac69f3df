"""Sealed records and the custody log: reading, appending, replaying; the index cache; head.

A mixin of `Vault`: it expects `self.path`, `self.vault_id`, `self._box`, `self._keys`,
`self._write_lock`, `self._state`, `self.durable`, `self.tmp_dir`, `self.log_dir`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterable

from .. import tool_version
from ..errors import VaultCorrupt
from ..jsonutil import canonical, loads
from ..timeutil import now_iso
from . import _crypto
from .fsutil import atomic_write, unlink_quietly
from .state import EVENTS, State

RECORD_MAGIC = b"EKR1"
INDEX_FLUSH_EVERY = 256


class CustodyLog:
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
    def _load_state(self) -> State:
        state = None
        idx = None
        try:
            idx = self._read_record("index", missing_ok=True)
        except VaultCorrupt:
            idx = None   # the index is only a cache: rebuild it from the custody log
        if idx is not None:
            try:
                state = State.from_dict(idx)
            except (KeyError, TypeError, ValueError):
                state = None
        seqs = self._log_seqs()
        last = seqs[-1] if seqs else 0
        if state is not None and state.seq > last:
            state = None   # entries vanished: rebuild from what there is (verify will say so)
        if state is None:
            state = State()
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

