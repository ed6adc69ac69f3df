"""Sealed records and the custody log: reading, appending, replaying; the index cache; head.

A mixin of `Vault`: it expects `self.data` (the folder holding the records, log and objects),
`self.vault_id`, `self._box`, `self._keys`, `self._write_lock`, `self._state`, `self.durable`,
`self.tmp_dir`, `self.log_dir`.

The custody log is the truth; everything else here is derived from it or guards it:
- `head` names the newest entry (seq, hash, and since format 2 a MAC over both), so removing the
  newest entries is detected;
- `index` is a cache of the replayed item table, checked against the log before it is trusted.

A writer refuses to append while the log cannot be trusted as a whole at its end: an entry that
cannot be read, a gap, a `head` that names an entry beyond what replays, or a missing `head`
beside a non-empty log. Nothing is ever written over evidence of damage.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .. import tool_version
from ..errors import EvidenceKitError, VaultCorrupt
from ..jsonutil import canonical, loads
from ..timeutil import now_iso
from . import _crypto
from .fsutil import atomic_write, unlink_quietly
from .state import EVENTS, ZERO_HASH, State

RECORD_MAGIC = b"EKR1"
INDEX_FLUSH_EVERY = 256
LOG_NAME = re.compile(r"[0-9]{12}", re.ASCII)


@dataclass
class LogWalk:
    """The result of replaying the whole custody log from entry 1, checking every link."""

    state: State
    last_on_disk: int = 0                                  # the highest entry number present
    missing: list[int] = field(default_factory=list)       # gaps
    unreadable: list[int] = field(default_factory=list)    # fails to open, or hash/MAC wrong
    moved: list[int] = field(default_factory=list)         # its seq is not its file's number
    broken: list[int] = field(default_factory=list)        # prev does not name the entry before
    unapplied: list[int] = field(default_factory=list)     # opened, but its contents make no sense
    hashes: dict[int, str] = field(default_factory=dict)   # seq -> entry hash, for those read

    @property
    def chain_ok(self) -> bool:
        return not (self.missing or self.unreadable or self.moved or self.broken or self.unapplied)


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
        atomic_write(path or (self.data / label), self._seal_record(label, obj), self.tmp_dir,
                     durable=self.durable)

    def _read_record(self, label: str, *, missing_ok: bool = False) -> Any:
        try:
            blob = (self.data / label).read_bytes()
        except FileNotFoundError:
            if missing_ok:
                return None
            raise VaultCorrupt("error.record_missing", name=label) from None
        except OSError as exc:
            raise VaultCorrupt("error.record_damaged", name=label) from exc
        try:
            return self._open_record(label, blob)
        except (_crypto.DecryptError, ValueError) as exc:
            raise VaultCorrupt("error.record_damaged", name=label) from exc

    # ------------------------------------------------------------------ head
    def _head_mac(self, seq: int, entry_hash: str) -> str:
        msg = f"ek-head/v2|{self.vault_id}|{seq}|{entry_hash}".encode()
        return _crypto.hmac_sha256(self._keys.custody_mac_key, msg).hex()

    def _write_head(self, seq: int, entry_hash: str) -> None:
        self._write_record("head", {"seq": seq, "hash": entry_hash,
                                    "mac": self._head_mac(seq, entry_hash)})

    def _read_head(self) -> dict | None:
        """The head record, or None if there is none; VaultCorrupt if it fails any check.

        A format-1 head has no MAC (its record encryption already authenticates it); a head that
        carries one must match it."""
        head = self._read_record("head", missing_ok=True)
        if head is None:
            return None
        if (not isinstance(head, dict) or not isinstance(head.get("seq"), int)
                or not isinstance(head.get("hash"), str)):
            raise VaultCorrupt("error.record_damaged", name="head")
        if "mac" in head and not _crypto.constant_time_equal(
                self._head_mac(head["seq"], head["hash"]).encode(), str(head["mac"]).encode()):
            raise VaultCorrupt("error.record_damaged", name="head")
        return head

    # ------------------------------------------------------------------ custody log
    @staticmethod
    def _log_label(seq: int) -> str:
        return f"log/{seq:012d}"

    def _log_listing(self) -> tuple[list[int], list[str]]:
        """(entry numbers present, in order; names in log/ that are not entries)."""
        if not self.log_dir.is_dir():
            return [], []
        seqs, strays = [], []
        with os.scandir(self.log_dir) as listing:   # the kind of each name without a stat each
            for f in listing:
                if LOG_NAME.fullmatch(f.name) and int(f.name) > 0 and f.is_file(follow_symlinks=False):
                    seqs.append(int(f.name))
                else:
                    strays.append(f.name)
        return sorted(seqs), sorted(strays)

    def _log_seqs(self) -> list[int]:
        return self._log_listing()[0]

    def _read_log_entry(self, seq: int) -> dict:
        """Decrypt one stored entry: {"entry": {...}, "hash": hex, "mac": hex}."""
        label = self._log_label(seq)
        blob = (self.data / label).read_bytes()
        return self._open_record(label, blob)

    def _entry_hash(self, entry: dict) -> str:
        return hashlib.sha256(canonical(entry)).hexdigest()

    def _entry_mac(self, entry_hash: str) -> str:
        return _crypto.hmac_sha256(self._keys.custody_mac_key, bytes.fromhex(entry_hash)).hex()

    def _checked_entry(self, seq: int) -> tuple[dict, str]:
        """Entry `seq` with its hash, after checking it opens under its own name, that its hash and
        MAC recompute and that it says it is entry `seq`. Raises LookupError (missing), ValueError
        (anything else wrong)."""
        try:
            rec = self._read_log_entry(seq)
        except FileNotFoundError:
            raise LookupError(seq) from None
        except (OSError, _crypto.DecryptError, ValueError) as exc:
            raise ValueError("unreadable") from exc
        try:
            entry, h, mac = rec["entry"], rec["hash"], rec.get("mac", "")
            if self._entry_hash(entry) != h or not _crypto.constant_time_equal(
                    self._entry_mac(h).encode(), str(mac).encode()):
                raise ValueError("hash")
        except (KeyError, TypeError) as exc:
            raise ValueError("shape") from exc
        if entry.get("seq") != seq:
            raise ValueError("moved")
        return entry, h

    def walk_log(self) -> LogWalk:
        """Replay the whole log from entry 1, checking every entry and link (verify and gc use it)."""
        seqs, _ = self._log_listing()
        walk = LogWalk(State(), last_on_disk=seqs[-1] if seqs else 0)
        present = set(seqs)
        state = walk.state
        prev = ZERO_HASH
        for seq in range(1, walk.last_on_disk + 1):
            if seq not in present:
                walk.missing.append(seq)
                continue
            try:
                entry, h = self._checked_entry(seq)
            except LookupError:
                walk.missing.append(seq)
                continue
            except ValueError as exc:
                (walk.moved if str(exc) == "moved" else walk.unreadable).append(seq)
                continue
            walk.hashes[seq] = h
            if entry.get("prev") != prev:
                walk.broken.append(seq)
            prev = h
            try:
                state.apply(entry, h)
            except (KeyError, TypeError, ValueError, AttributeError):
                walk.unapplied.append(seq)
        return walk

    def _refuse_reason(self) -> str | None:
        """Why this vault must not take new custody entries now, as a message key (None: it may)."""
        return self._log_problem

    def _check_appendable(self) -> None:
        reason = self._refuse_reason()
        if reason:
            raise VaultCorrupt(reason)

    def log_event(self, event: str, *, items: Iterable[str] = (), details: dict | None = None) -> dict:
        """Append one custody entry (and apply it to the item state). Returns the stored entry.

        The entry file is the commit point. Once it is on disk the entry counts, whatever happens to
        the bookkeeping after it (head, index): a failure there is retried on the next write and
        never undoes the entry."""
        if event not in EVENTS:
            raise ValueError(f"unknown custody event {event!r}")
        self.require_writable()
        with self._write_lock:
            self._check_appendable()
            self._upgrade_format()
            seq = self._state.seq + 1
            label = self._log_label(seq)
            path = self.data / label
            if path.exists():
                # an entry this vault did not replay is already there: never write over it
                self._log_problem = "error.log_needs_attention"
                raise VaultCorrupt(self._log_problem)
            entry = {"seq": seq, "prev": self._state.hash, "at": now_iso(ms=True), "event": event,
                     "collector": self.collector, "tool": tool_version(), "items": list(items),
                     "details": details or {}, "nonce": os.urandom(16).hex()}
            h = self._entry_hash(entry)
            record = {"entry": entry, "hash": h, "mac": self._entry_mac(h)}
            try:
                self._write_record(label, record, path)
            except BaseException:
                if not self._entry_is(seq, h):
                    raise
                # the entry reached the disk before the error (e.g. the folder's fsync failed)
            self._state.apply(entry, h)
            self._pending += 1
            self._bookkeeping(flush_index=self._pending >= INDEX_FLUSH_EVERY)
            return record

    def _entry_is(self, seq: int, entry_hash: str) -> bool:
        try:
            return self._checked_entry(seq)[1] == entry_hash
        except (LookupError, ValueError):
            return False

    def _bookkeeping(self, *, flush_index: bool) -> None:
        """Bring head (and, when asked, the index) up to the state; a failure is retried later."""
        try:
            if self._head_seq != self._state.seq:
                self._write_head(self._state.seq, self._state.hash)
                self._head_seq = self._state.seq
            if flush_index:
                self._flush_index()
        except (EvidenceKitError, OSError):
            pass   # the entry is committed; head and index are brought up to date on the next write

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

    # ------------------------------------------------------------------ opening: state and guards
    def _load_state(self) -> State:
        """The item table: the index if it matches the log, then the entries after it.

        Also decides, once, whether this vault may take new entries (`self._log_problem`)."""
        seqs, _ = self._log_listing()
        last = seqs[-1] if seqs else 0
        state = self._state_from_index(last)
        from_index = state.seq
        while state.seq < last:
            seq = state.seq + 1
            try:
                entry, h = self._checked_entry(seq)
                if entry.get("prev") != state.hash:
                    raise ValueError("broken")
                state.apply(entry, h)
            except (LookupError, ValueError, KeyError, TypeError, AttributeError):
                break      # a gap or a damaged entry: verify says which; writes are refused below
        if state.seq != from_index:
            self._pending = max(self._pending, 1)
        self._log_problem = None
        if state.seq < last:
            self._log_problem = "error.log_needs_attention"
        try:
            head = self._read_head()
        except VaultCorrupt:
            head = None
            self._log_problem = self._log_problem or "error.head_damaged"
        self._head_seq = head["seq"] if head else None
        if head is None:
            if last and not self._log_problem:
                self._log_problem = "error.head_missing"
        elif head["seq"] > state.seq:
            self._log_problem = self._log_problem or "error.log_cut_short"
        elif head["seq"] == state.seq and head["hash"] != state.hash:
            self._log_problem = self._log_problem or "error.head_damaged"
        return state

    def _state_from_index(self, last: int) -> State:
        """The index as a State if it is readable and agrees with the log (an index from another copy
        of the vault, mixed in by a sync tool, does not); else an empty State to replay from."""
        try:
            idx = self._read_record("index", missing_ok=True)
            if idx is None:
                return State()
            state = State.from_dict(idx)
        except (VaultCorrupt, KeyError, TypeError, ValueError):
            return State()
        if state.seq > last:
            return State()
        if state.seq:
            try:
                _, h = self._checked_entry(state.seq)
            except (LookupError, ValueError):
                return State()
            if h != state.hash:
                return State()
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
        if self._log_problem:
            return     # never touch head while the log needs attention
        if self._state.seq and (self._head_seq is None or self._head_seq < self._state.seq):
            # the last write stopped between the custody entry and the head record
            self._bookkeeping(flush_index=False)
