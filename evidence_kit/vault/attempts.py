"""The unlock limit: wrong passphrases and recovery keys, counted before the vault is unlocked.

After `allowed` wrong secrets in a row (default 5, 3–20), every further attempt must wait: the
first wait is `first_wait_s` (default 30 s, at least 5), doubling with each further wrong secret, up
to one hour. During a wait an attempt is refused without being tried, even with the right
passphrase. The right secret after the wait resets the count; the failed attempts (how many, of
which kind, when) are then written in the custody log (`unlock_failures`) and told to the person.
Nothing is ever deleted because of failed attempts.

The count lives in `<vault>/unlock-attempts.json`, plain JSON beside `vault.json`, because it must
be read before the vault is unlocked: it holds counts, UTC times and the two settings, nothing
about the evidence. Anyone with the disk can therefore reset it. The limit stops a person at the
keyboard; what stops guessing from a copied disk is Argon2id (docs/threat-model.md).

    {"format": "evidence-kit-unlock-attempts", "version": 1,
     "allowed": 5, "first_wait_s": 30,          (only once changed with `settings`)
     "failed": 3, "passphrase": 2, "recovery_key": 1,
     "failed_at": ["2026-12-06T20:01:02Z", …],   (the newest KEEP_TIMES, oldest first)
     "unlogged": {…}}                             (failures told at an unlock but not yet in the
                                                   custody log: that unlock could not write)

Two processes failing at the very same moment may lose one count between them (the file is
replaced whole, never locked); that costs a guesser at most one try.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from ..errors import BadInput, EvidenceKitError, UnlockPaused
from ..timeutil import from_iso, to_iso, utc_now
from .fsutil import commit_temp, new_temp, unlink_quietly

FILE_NAME = "unlock-attempts.json"
FORMAT = "evidence-kit-unlock-attempts"
DEFAULT_ALLOWED = 5
ALLOWED_RANGE = (3, 20)
DEFAULT_FIRST_WAIT_S = 30
MIN_FIRST_WAIT_S = 5
MAX_WAIT_S = 3600
KEEP_TIMES = 100
KINDS = ("passphrase", "recovery_key")


def clock() -> datetime:
    """Now, as an aware UTC datetime (tests put a fake clock here)."""
    return utc_now()


@dataclass
class Failures:
    """Wrong secrets tried since the vault was last opened."""

    count: int
    passphrase: int
    recovery_key: int
    times: list[str] = field(default_factory=list)

    @property
    def last_at(self) -> str | None:
        return self.times[-1] if self.times else None

    def details(self) -> dict:
        """The custody entry's details: how many, of which kind, when (UTC)."""
        return {"count": self.count, "passphrase": self.passphrase, "recovery_key": self.recovery_key,
                "first_at": self.times[0] if self.times else None, "last_at": self.last_at,
                "at": list(self.times)}

    def merged(self, other: "Failures | None") -> "Failures":
        if other is None:
            return self
        return Failures(self.count + other.count, self.passphrase + other.passphrase,
                        self.recovery_key + other.recovery_key, (other.times + self.times)[-KEEP_TIMES:])

    @classmethod
    def from_dict(cls, d) -> "Failures | None":
        if not isinstance(d, dict):
            return None
        try:
            return cls(int(d.get("count", 0)), int(d.get("passphrase", 0)), int(d.get("recovery_key", 0)),
                       [str(t) for t in d.get("at") or []][-KEEP_TIMES:])
        except (TypeError, ValueError):
            return None


@dataclass
class Counter:
    """What `unlock-attempts.json` says (defaults when it is missing or unreadable)."""

    allowed: int = DEFAULT_ALLOWED
    first_wait_s: int = DEFAULT_FIRST_WAIT_S
    failed: int = 0
    passphrase: int = 0
    recovery_key: int = 0
    failed_at: list[str] = field(default_factory=list)
    unlogged: Failures | None = None
    custom: bool = False             # the settings were changed (written to the file)

    def wait_s(self) -> int:
        """How long the next attempt must wait after the last wrong one (0: no wait)."""
        if self.failed < self.allowed:
            return 0
        return min(self.first_wait_s * 2 ** min(self.failed - self.allowed, 20), MAX_WAIT_S)

    def failures(self) -> Failures | None:
        if not self.failed:
            return None
        return Failures(self.failed, self.passphrase, self.recovery_key, list(self.failed_at))

    def to_dict(self) -> dict:
        d: dict = {"format": FORMAT, "version": 1}
        if self.custom:
            d.update(allowed=self.allowed, first_wait_s=self.first_wait_s)
        d.update(failed=self.failed, passphrase=self.passphrase, recovery_key=self.recovery_key,
                 failed_at=self.failed_at[-KEEP_TIMES:])
        if self.unlogged is not None:
            d["unlogged"] = self.unlogged.details()
        return d


def _int_in(value, lo: int, hi: int, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi:
        return value
    return default


def path_of(vault_path: str | os.PathLike) -> Path:
    return Path(vault_path) / FILE_NAME


def load(vault_path: str | os.PathLike) -> Counter:
    """The counter; a missing or unreadable file counts as none (someone with the disk could
    remove it anyway), out-of-range settings as the defaults."""
    try:
        d = json.loads(path_of(vault_path).read_text("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return Counter()
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        return Counter()
    c = Counter()
    if "allowed" in d or "first_wait_s" in d:
        c.custom = True
        c.allowed = _int_in(d.get("allowed"), *ALLOWED_RANGE, DEFAULT_ALLOWED)
        c.first_wait_s = _int_in(d.get("first_wait_s"), MIN_FIRST_WAIT_S, MAX_WAIT_S, DEFAULT_FIRST_WAIT_S)
    big = 10 ** 9
    c.failed = _int_in(d.get("failed"), 0, big, 0)
    c.passphrase = _int_in(d.get("passphrase"), 0, big, 0)
    c.recovery_key = _int_in(d.get("recovery_key"), 0, big, 0)
    times = d.get("failed_at")
    if isinstance(times, list):
        for t in times[-KEEP_TIMES:]:
            try:
                c.failed_at.append(to_iso(from_iso(str(t))))
            except ValueError:
                continue
    c.unlogged = Failures.from_dict(d.get("unlogged"))
    return c


def save(vault_path: str | os.PathLike, counter: Counter) -> None:
    """Replace the file whole: a temp file beside it, fsync, rename, folder fsync.

    A counter that cannot be written (a read-only copy of the vault) never locks her out and
    never stops the vault from opening: the limit is a brake, not a guarantee."""
    folder = Path(vault_path)
    temp = None
    try:
        for old in folder.glob(FILE_NAME + ".tmp-*"):       # left by a crash of an earlier save
            unlink_quietly(old)
        temp, fd = new_temp(folder, prefix=FILE_NAME + ".tmp")
        try:
            os.write(fd, json.dumps(counter.to_dict(), indent=1).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        commit_temp(temp, folder / FILE_NAME)
    except OSError:
        if temp is not None:
            unlink_quietly(temp)


def seconds_left(vault_path: str | os.PathLike, counter: Counter | None = None) -> tuple[int, str | None]:
    """(seconds the next attempt must still wait, until when in UTC ISO) — (0, None) if none.

    A clock set back before the last wrong attempt makes the wait run from now, never longer."""
    c = counter or load(vault_path)
    wait = c.wait_s()
    if not wait or not c.failed_at:
        return 0, None
    last = from_iso(c.failed_at[-1])
    now = clock()
    if now < last:
        c.failed_at[-1] = to_iso(now)
        save(vault_path, c)
        last = now
    until = last + timedelta(seconds=wait)
    left = (until - now).total_seconds()
    if left <= 0:
        return 0, None
    return int(-(-left // 1)), to_iso(until)


def check(vault_path: str | os.PathLike) -> None:
    """Raise UnlockPaused (exit 3) if an attempt must wait now; nothing is tried then."""
    c = load(vault_path)
    left, until = seconds_left(vault_path, c)
    if left:
        raise UnlockPaused(seconds=left, until=until, failed=c.failed)


def record_failure(vault_path: str | os.PathLike, kind: str) -> Counter:
    """One more wrong secret (`kind`: "passphrase" or "recovery_key"), now."""
    c = load(vault_path)
    c.failed += 1
    if kind == "recovery_key":
        c.recovery_key += 1
    else:
        c.passphrase += 1
    c.failed_at = (c.failed_at + [to_iso(clock())])[-KEEP_TIMES:]
    save(vault_path, c)
    return c


def record_success(vault) -> Failures | None:
    """The right secret opened `vault`: reset the count, write the failures since the last
    opening in the custody log, and return them (to be told) — None if there were none.

    A vault opened read-only gets a short-lived writer for the entry; if another program is
    writing to the vault (or its log refuses entries) the failures wait in the file, already
    told, and are written at the next opening that can."""
    c = load(vault.path)
    new = c.failures()
    _apply_vault_settings(vault, c)
    if new is None and c.unlogged is None:
        return None
    c.unlogged = new.merged(c.unlogged) if new is not None else c.unlogged
    c.failed, c.passphrase, c.recovery_key, c.failed_at = 0, 0, 0, []
    save(vault.path, c)
    if _log(vault, c.unlogged):
        c.unlogged = None
        save(vault.path, c)
    return new


def _log(vault, failures: Failures) -> bool:
    try:
        if vault.writable:
            vault.log_event("unlock_failures", details=failures.details())
            return True
        writer = type(vault)(vault.path, vault.header, vault._master, writable=True)
        try:
            writer.log_event("unlock_failures", details=failures.details())
        finally:
            writer.close()
        return True
    except EvidenceKitError:
        return False


def _apply_vault_settings(vault, c: Counter) -> None:
    """The limit as set inside the vault wins over a file that lost it (a restored vault, or a
    file someone removed): written back beside the vault at the next unlock."""
    s = vault.settings()
    allowed = _int_in(s.get("unlock_attempts"), *ALLOWED_RANGE, c.allowed)
    wait = _int_in(s.get("unlock_wait_seconds"), MIN_FIRST_WAIT_S, MAX_WAIT_S, c.first_wait_s)
    if (allowed, wait) != (c.allowed, c.first_wait_s):
        c.allowed, c.first_wait_s, c.custom = allowed, wait, True
        save(vault.path, c)


def check_allowed(n) -> int:
    try:
        n = int(n)
    except (TypeError, ValueError):
        raise BadInput("unlock.bad_attempts", low=ALLOWED_RANGE[0], high=ALLOWED_RANGE[1]) from None
    if not ALLOWED_RANGE[0] <= n <= ALLOWED_RANGE[1]:
        raise BadInput("unlock.bad_attempts", low=ALLOWED_RANGE[0], high=ALLOWED_RANGE[1])
    return n


def check_first_wait(s) -> int:
    try:
        s = int(s)
    except (TypeError, ValueError):
        raise BadInput("unlock.bad_wait", low=MIN_FIRST_WAIT_S, high=MAX_WAIT_S) from None
    if not MIN_FIRST_WAIT_S <= s <= MAX_WAIT_S:
        raise BadInput("unlock.bad_wait", low=MIN_FIRST_WAIT_S, high=MAX_WAIT_S)
    return s


def change_settings(vault, *, allowed: int | None = None, first_wait_s: int | None = None) -> None:
    """Set the limit (an unlocked, writable vault): kept inside the vault (each change a
    `settings_changed` entry) and in the file beside it, where it is read before unlock."""
    vault.require_writable()
    if allowed is not None:
        allowed = check_allowed(allowed)
    if first_wait_s is not None:
        first_wait_s = check_first_wait(first_wait_s)
    if allowed is not None and vault.settings().get("unlock_attempts") != allowed:
        vault.set_setting("unlock_attempts", allowed)
    if first_wait_s is not None and vault.settings().get("unlock_wait_seconds") != first_wait_s:
        vault.set_setting("unlock_wait_seconds", first_wait_s)
    c = load(vault.path)
    c.allowed = allowed if allowed is not None else c.allowed
    c.first_wait_s = first_wait_s if first_wait_s is not None else c.first_wait_s
    c.custom = True
    save(vault.path, c)


def current_settings(vault_path: str | os.PathLike) -> tuple[int, int]:
    """(attempts allowed, first wait in seconds), as they apply before unlock."""
    c = load(vault_path)
    return c.allowed, c.first_wait_s


def failures_text(failures: Failures, lang: str | None = None) -> str:
    """"3 wrong passphrases were tried since you last opened the vault, the last on …"."""
    from ..i18n import tr
    from ..timeutil import local_text

    if failures.recovery_key and not failures.passphrase:
        key = "unlock.told_recovery_keys"
    elif failures.passphrase and not failures.recovery_key:
        key = "unlock.told_passphrases"
    else:
        key = "unlock.told_both"
    last = failures.last_at
    return tr(key, lang, count=failures.count, last=local_text(last) if last else "",
              last_utc=last or "")
