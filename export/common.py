"""What the three exports share: choosing the items, reading the custody log once, words for times
and events, the dossier id, and writing the output file safely (a hidden sibling, renamed at the
end, removed on any failure)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

from evidence_kit import __version__, tool_version
from evidence_kit.errors import BadInput, EvidenceKitError, ExportFailed, storage_error
from evidence_kit.i18n import Plural, lookup, messages, tr
from evidence_kit.model import Item
from evidence_kit.timeutil import DUSHANBE, MOSCOW, from_iso, local_text, to_iso, utc_now
from evidence_kit.vault.fsutil import publish_new


KINDS = ("court", "platform", "bundle")
LANGS = ("en", "ru", "tg")
# Vault-wide events that say nothing about other cases: shown in full in every export.
NEUTRAL_EVENTS = ("vault_created", "passphrase_changed", "recovery_key_used", "settings_changed",
                  "verified", "leftovers_removed", "log_stamped")

Progress = Callable[[int, int], None]


class ExportCancelled(EvidenceKitError):
    key = "ex.error.cancelled"


def is_sensitive(item: Item) -> bool:
    """Marked sensitive, or tagged as an intimate image: never shown unblurred by default.

    An item holding a picture that matches one of her photos is sensitive too: `select` finds
    those and hands the export copies marked sensitive (the sealed items do not change)."""
    return bool(item.sensitive) or "intimate_image" in (item.abuse or [])


def _matching(vault, ids: list[str]) -> set[str]:
    """The chosen items in which a photo she is looking for was found (evidence_kit/perceptual.py)."""
    try:
        from evidence_kit.perceptual import matching_items

        return matching_items(vault, ids)
    except EvidenceKitError:
        raise
    except Exception:  # noqa: BLE001  (PDQ or NumPy missing: the matches cannot be known)
        import logging

        logging.getLogger(__name__).warning("could not look for her photos in the export", exc_info=True)
        return set()


@dataclass
class Selection:
    items: list[Item]                      # with metadata, in exhibit order
    cases: list[str]
    log: list[dict] = field(default_factory=list)       # the whole custody log, read once
    by_item: dict[str, list[dict]] = field(default_factory=dict)
    matched: set[str] = field(default_factory=set)      # items holding one of her photos: sensitive
    left_out: int = 0                                   # her photos asked for by id, left out
    chat_all: bool = False          # a chat: every message, even when some are marked (else the marked)

    @property
    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    @property
    def case_label(self) -> str:
        named = [c for c in self.cases if c]
        return ", ".join(named) if named else ""

    def subset(self, ids) -> "Selection":
        """The same export narrowed to some of its items (one platform's report)."""
        keep = set(ids)
        items = [i for i in self.items if i.id in keep]
        return Selection(items=items, cases=list(dict.fromkeys(i.case for i in items)), log=self.log,
                         by_item={k: v for k, v in self.by_item.items() if k in keep},
                         matched=self.matched & keep, chat_all=self.chat_all)


def _exhibit_key(item: Item):
    ex = item.exhibit or ""
    digits = "".join(ch for ch in ex if ch.isdigit())
    return (int(digits) if digits else 10**9, item.captured_at or "", item.id)


def select(vault, *, case: str | None = None, item_ids=None) -> Selection:
    """The items to export: a whole case, or chosen ids (id prefixes or EK numbers).

    The photos she is looking for (items of source "reference") never leave the vault: left out
    of every export, even when asked for by id (`left_out` counts them); asking only for them is
    refused in words."""
    left_out = 0
    if item_ids:
        seen, chosen = set(), []
        for ref in item_ids:
            iid = vault.resolve_id(str(ref))
            if iid not in seen:
                seen.add(iid)
                chosen.append(iid)
        refs = {i.id for i in vault.items() if i.source == "reference"}
        left_out = sum(1 for i in chosen if i in refs)
        chosen = [i for i in chosen if i not in refs]
        if not chosen and left_out:
            raise BadInput("ex.error.only_references")
    elif case is not None:
        if case not in vault.cases() and not vault.items(case=case):
            raise BadInput("ex.error.no_such_case", case=case)
        # the photos she looks for are not evidence of a post: never part of a case's export
        chosen = [i.id for i in vault.items(case=case) if i.source != "reference"]
    else:
        raise BadInput("ex.error.nothing_chosen")
    if not chosen:
        raise BadInput("ex.error.no_items", case=case or "")
    items = sorted((vault.get(i) for i in chosen), key=_exhibit_key)
    cases = list(dict.fromkeys(i.case for i in items))
    # a picture that matches one of her photos makes its item sensitive in every export
    matched = _matching(vault, [i.id for i in items])
    items = [dataclasses.replace(i, sensitive=True) if i.id in matched else i for i in items]
    sel = Selection(items=items, cases=cases, matched=matched, left_out=left_out)
    sel.log = vault.custody_log()
    wanted = set(sel.ids)
    for rec in sel.log:
        for iid in rec["entry"].get("items", []):
            if iid in wanted:
                sel.by_item.setdefault(iid, []).append(rec)
    return sel


def shareable_log(sel: Selection) -> list[dict]:
    """The custody log as it may leave the vault with this export.

    Every entry keeps its place in the chain (seq, prev, hash). Entries about the chosen items and
    vault-wide ones are given in full; entries about other items or other cases are withheld
    (only seq, time, prev and hash remain), so one case's dossier does not reveal another's."""
    wanted = set(sel.ids)
    cases = set(sel.cases)
    out = []
    for rec in sel.log:
        e = rec["entry"]
        items = set(e.get("items", []))
        details = e.get("details") or {}
        if items:
            full = items <= wanted
        elif e.get("event") in NEUTRAL_EVENTS:
            full = True
        elif e.get("event") == "case_created":
            full = details.get("case") in cases
        elif e.get("event") == "case_renamed":
            full = details.get("to") in cases or details.get("from") in cases
        else:
            full = False
        if full:
            out.append({"entry": e, "hash": rec["hash"], "mac": rec.get("mac", "")})
        else:
            out.append({"withheld": True, "seq": e.get("seq"), "at": e.get("at"),
                        "prev": e.get("prev"), "hash": rec["hash"]})
    return out


# ----------------------------------------------------------------------------- words
def _as_time(value):
    """(datetime, None) for a stored time, or (None, what to print instead)."""
    if not value:
        return None, "—"
    try:
        return (from_iso(value) if isinstance(value, str) else value), None
    except ValueError:
        return None, str(value)


def when(value, lang: str) -> str:
    """A time in UTC with Dushanbe and Moscow beside it."""
    dt, instead = _as_time(value)
    if dt is None:
        return instead
    return tr("ex.time.three", lang, utc=to_iso(dt), dushanbe=local_text(dt, DUSHANBE)[:16],
              moscow=local_text(dt, MOSCOW)[:16])


def short_when(value) -> str:
    dt, instead = _as_time(value)
    if dt is None:
        return instead
    return to_iso(dt).replace("T", " ").replace("Z", " UTC")


def event_name(event: str, lang: str) -> str:
    text = tr("event." + event, lang)
    return event if text == "event." + event else text


def abuse_name(kind: str, lang: str) -> str:
    text = tr("ex.abuse." + kind, lang)
    return kind if text.startswith("ex.abuse.") else text


def yes_no(value: bool, lang: str) -> str:
    return tr("ex.word.yes" if value else "ex.word.no", lang)


def keyed_text(key, params, lang: str) -> str | None:
    """The catalogue's sentence for a key the capture stored with its fields, or None if unknown."""
    if not isinstance(key, str):
        return None
    entry = messages().get(key)     # a counted message: the form for the number in its field
    n = params.get(entry.count) if isinstance(entry, Plural) and isinstance(params, dict) else None
    text = lookup(key, lang, n)
    if text is None:
        return None
    try:
        return text.format(**(params if isinstance(params, dict) else {}))
    except (KeyError, IndexError, ValueError):
        return None


def error_text(item: Item, lang: str) -> str:
    """Why a capture failed, in `lang` when the capture stored the reason's key (it does)."""
    md = item.metadata or {}
    return keyed_text(md.get("error_key"), md.get("error_params"), lang) or item.error or "—"


def status_text(item: Item, lang: str) -> str:
    if item.status == "failed":
        return tr("ex.status.failed", lang, error=error_text(item, lang))
    if item.source in ("import", "chat"):
        return tr("ex.status.imported", lang)
    if item.http_status:
        return tr("ex.status.http", lang, code=item.http_status)
    return tr("ex.status.sealed", lang)


def dossier_id(vault, kind: str, ids: list[str], at: datetime) -> str:
    """EKD-YYYYMMDD-XXXXXXXX: names one export on every page and in the bundle."""
    h = hashlib.sha256("|".join([vault.fingerprint, kind, to_iso(at, ms=True), *ids]).encode())
    return f"EKD-{at.strftime('%Y%m%d')}-{h.hexdigest()[:8].upper()}"


def exhibit_ranges(exhibits: list[str], limit: int = 8) -> str:
    """'EK-0001–EK-0004, EK-0007' — consecutive numbers joined, so long lists stay short."""
    nums, other = [], []
    for ex in exhibits:
        digits = ex[3:] if ex.upper().startswith("EK-") else ""
        (nums.append(int(digits)) if digits.isdigit() else other.append(ex))
    nums = sorted(set(nums))
    parts, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(f"EK-{nums[i]:04d}" if i == j else f"EK-{nums[i]:04d}–EK-{nums[j]:04d}")
        i = j + 1
    parts += other
    if len(parts) > limit:
        parts = parts[:limit - 1] + ["…", parts[-1]]
    return ", ".join(parts)


def given_collector(vault) -> str:
    """The collector's name as she gave it (Settings, `settings --collector`), or "" — never the
    computer's login name, which the vault falls back to for its own records."""
    try:
        return str(vault.settings().get("collector") or "").strip()
    except Exception:
        return ""


BANNER_REMOVED = "capture.change.overlay_removed"


def banner_removals(item: Item) -> list[dict]:
    """The consent banners the capture removed from the page (each a stored change)."""
    changes = (item.metadata or {}).get("changes") or []
    return [c for c in changes if isinstance(c, dict) and c.get("key") == BANNER_REMOVED]


def is_before_removal(artifact) -> bool:
    """The screenshot the capture took before it removed a consent banner."""
    return artifact.role in ("screenshot_before_removal", "screenshot_before_banner") or \
        (artifact.role.startswith("screenshot") and artifact.name.startswith("screenshot-before"))


def item_label(item: Item) -> str:
    md = item.metadata or {}
    if item.source == "import":
        return md.get("original_name") or item.title or item.id
    return item.url or item.final_url or item.title or item.id


# ----------------------------------------------------------------------------- output file
class HashingWriter:
    """A file object that hashes what passes through it (the custody log records the hash)."""

    def __init__(self, f):
        self._f = f
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self._f.write(data)

    def flush(self):
        self._f.flush()

    def tell(self):
        return self.size

    def seekable(self):
        return False


class _Partial:
    """One output file in the making: a hidden sibling of the target, renamed into place by
    `commit`, removed by `discard`."""

    def __init__(self, target: Path, *, overwrite: bool):
        self.target, self.overwrite = target, overwrite
        self.parent = target.parent if str(target.parent) else Path(".")
        self.tmp = self.parent / f".{target.name}.partial-{os.urandom(4).hex()}"
        try:
            fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            self.f = os.fdopen(fd, "wb")
        except OSError as exc:
            raise storage_error(exc) from exc
        self.writer = HashingWriter(self.f)

    def flush(self) -> None:
        try:
            self.f.flush()
            os.fsync(self.f.fileno())
            self.f.close()
        except OSError as exc:
            raise storage_error(exc) from exc

    def commit(self) -> None:
        try:
            if self.overwrite:
                os.replace(self.tmp, self.target)
            else:
                try:
                    publish_new(self.tmp, self.target)   # fails if someone created target meanwhile
                except FileExistsError:
                    raise BadInput("ex.error.exists", path=str(self.target)) from None
        except OSError as exc:
            raise storage_error(exc) from exc

    def sync_folder(self) -> None:
        try:
            dfd = os.open(self.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass

    def discard(self) -> None:
        try:
            self.f.close()
        except OSError:
            pass
        try:
            os.unlink(self.tmp)
        except OSError:
            pass


def check_target(target: Path, *, overwrite: bool) -> None:
    """Refuse, in words, a target that is a folder, in a folder that does not exist, or that
    exists already (unless `overwrite`)."""
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise BadInput("ex.error.out_is_folder", path=str(target))
    if not parent.is_dir():
        raise BadInput("ex.error.no_folder", path=str(parent))
    if target.exists() and not overwrite:
        raise BadInput("ex.error.exists", path=str(target))


@contextlib.contextmanager
def safe_output(target: str | os.PathLike, *, overwrite: bool = False) -> Iterator[HashingWriter]:
    """Write to a hidden sibling of `target`, then rename it into place.

    On any failure (an error, a cancel, a full disk) the sibling is removed and `target` is not
    created (or, with `overwrite`, left as it was)."""
    with safe_outputs([target], overwrite=overwrite) as (w,):
        yield w


@contextlib.contextmanager
def safe_outputs(targets, *, overwrite: bool = False) -> Iterator[list[HashingWriter]]:
    """Several files written all or nothing (the volumes of a dossier, one report per platform):
    each goes to a hidden sibling; only when every one is complete and on disk are they renamed
    into place. On a failure before that, none of them appears."""
    targets = [Path(t).expanduser() for t in targets]
    for t in targets:
        check_target(t, overwrite=overwrite)
    parts: list[_Partial] = []
    done: list[_Partial] = []
    try:
        for t in targets:
            parts.append(_Partial(t, overwrite=overwrite))
        yield [p.writer for p in parts]
        for p in parts:
            p.flush()
        for p in parts:
            p.commit()
            done.append(p)
        for p in {p.parent: p for p in parts}.values():
            p.sync_folder()
    except BaseException:
        for p in parts:
            if p not in done:
                p.discard()
        for p in done:                   # all or nothing: the ones already renamed go too
            try:
                os.unlink(p.target)
            except OSError:
                pass
        raise


def wrap_error(exc: Exception) -> EvidenceKitError:
    """Foreign errors met while building a document, in words."""
    if isinstance(exc, EvidenceKitError):
        return exc
    if isinstance(exc, OSError):
        return storage_error(exc)
    return ExportFailed("ex.error.failed", detail=type(exc).__name__)


def now() -> datetime:
    return utc_now().replace(microsecond=(utc_now().microsecond // 1000) * 1000)


TOOL = tool_version()
VERSION = __version__
