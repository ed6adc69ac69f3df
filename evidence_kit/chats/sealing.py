"""Sealing chat exports: one item of source "chat" per chat.

Each item holds the export's own file byte-identical (`result.json`, the WhatsApp `.txt`; for a
chat of a full-account export, the exact bytes the export holds for that chat), every file of the
export its messages name, byte-identical, and the transcript in `metadata["chat"]`. Files are
streamed from disk or from inside the ZIP straight into the vault: nothing is unpacked or copied
anywhere else. A chat whose export file is already sealed (same SHA-256) is not sealed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import mmap
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from ..errors import BadInput, EvidenceKitError
from ..files import detect_media_type
from ..model import Item
from ..timeutil import to_iso
from . import jsonscan, limits, telegram, whatsapp
from .detect import _ZIP_ERRORS, ExportSource
from .zones import StatedZone, zone as stated_zone

ROLE_EXPORT = "chat_export"          # the export's own file (or this chat's bytes of it)
ROLE_EXPORT_WHOLE = "chat_export_whole"   # a full-account result.json, only when she asks
ROLE_MEDIA = "chat_media"            # a file a message names
ROLE_EXTRA = "chat_extra"            # a file of the export folder no message names
SOURCE = "chat"
log = logging.getLogger(__name__)


@dataclass
class ChatImportResult:
    items: list[Item] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)    # (chat name, exhibit sealed before)
    failed: list[tuple[str, EvidenceKitError]] = field(default_factory=list)
    notes: list[tuple[str, dict]] = field(default_factory=list)


class _Stop(Exception):
    pass


def sealed_exports(vault) -> dict[str, str]:
    """SHA-256 of every sealed chat export file -> the exhibit holding it (from the index: fast)."""
    out: dict[str, str] = {}
    for it in vault.items():
        if it.source == SOURCE:
            for a in it.artifacts:
                if a.role == ROLE_EXPORT:
                    out.setdefault(a.sha256, it.exhibit)
    return out


# ----------------------------------------------------------------------------- where files are
class _Files:
    """The files of one export: on disk under a folder, or members of a ZIP."""

    def __init__(self, root: Path | None = None, zf: zipfile.ZipFile | None = None):
        self.root = root.resolve() if root else None
        self.zf = zf
        self._members = {i.filename: i for i in zf.infolist() if not i.is_dir()} if zf else {}

    def locate(self, rel: str):
        """('ok', handle) | ('missing', None) | ('outside', None) for a path the export names."""
        rel = rel.replace("\\", "/")
        if self.zf is not None:
            info = self._members.get(rel) or self._members.get(rel.lstrip("./"))
            return ("ok", info) if info else ("missing", None)
        if rel.startswith("/") or os.path.isabs(rel) or ".." in Path(rel).parts:
            return "outside", None
        p = self.root / rel
        try:
            real = p.resolve()
            real.relative_to(self.root)
        except (OSError, ValueError):
            return "outside", None
        if not real.is_file():
            return "missing", None
        return "ok", real

    def has(self, rel: str) -> bool:
        return self.locate(rel)[0] == "ok"

    def open(self, handle):
        return self.zf.open(handle) if self.zf is not None else open(handle, "rb")

    def size(self, handle) -> int:
        return handle.file_size if self.zf is not None else handle.stat().st_size

    def name(self, handle) -> str:
        if self.zf is not None:
            return handle.filename
        return handle.relative_to(self.root).as_posix()

    def every(self) -> Iterator:
        if self.zf is not None:
            yield from self._members.values()
            return
        for dirpath, dirs, names in os.walk(self.root, followlinks=False):
            dirs.sort()
            for n in sorted(names):
                p = Path(dirpath) / n
                if p.is_file() and not p.is_symlink():
                    yield p


def _add_file(draft, files: _Files, handle, role: str) -> str:
    """Stream one file of the export into the item (a ZIP member is read inside the ZIP)."""
    rel = files.name(handle)
    with files.open(handle) as f:
        media_type = detect_media_type(f.read(8192), rel)
        f.seek(0)
        return draft.add_stream(rel, f, role=role, media_type=media_type,
                                expected_size=files.size(handle)).name


# ----------------------------------------------------------------------------- the transcript record
def _attach_media(draft, files: _Files, messages: list[dict], *, platform: str,
                  should_stop: Callable[[], bool] | None) -> tuple[dict[str, str], list[dict]]:
    """Seal every file the messages name (once each); fill in `artifact` or the gap per medium."""
    sealed: dict[str, str] = {}       # path as named -> artifact name
    gaps_total: dict[str, int] = {}
    for msg in messages:
        for m in msg.get("media", ()):
            gap = None
            if "left_out" in m:
                key = "chat.gap.wa_omitted" if platform == "whatsapp" else "chat.gap.not_included"
                gap = {"key": key, "params": {"kind": m["kind"], "said": m["left_out"]}}
            else:
                path = m["path"]
                if path in sealed:
                    m["artifact"] = sealed[path]
                    continue
                state, handle = files.locate(path)
                if state == "ok":
                    if should_stop and should_stop():
                        raise _Stop()
                    sealed[path] = m["artifact"] = _add_file(draft, files, handle, ROLE_MEDIA)
                    continue
                key = {"missing": "chat.gap.wa_missing" if platform == "whatsapp" else "chat.gap.missing_file",
                       "outside": "chat.gap.outside"}[state]
                gap = {"key": key, "params": {"kind": m["kind"], "path": path}}
            msg.setdefault("gaps", []).append(gap)
            gaps_total[gap["key"]] = gaps_total.get(gap["key"], 0) + 1
    summary = [{"key": k + "_count", "params": {"count": n}} for k, n in sorted(gaps_total.items())]
    return sealed, summary


def _participants(messages: list[dict]) -> list[dict]:
    seen: dict[tuple, int] = {}
    for m in messages:
        if m.get("type") == "message" and ("from" in m or "from_id" in m):
            key = (m.get("from"), m.get("from_id"))
            seen[key] = seen.get(key, 0) + 1
    out = []
    for (name, fid), count in sorted(seen.items(), key=lambda kv: -kv[1]):
        d = {"from": name, "messages": count}
        if fid is not None:
            d["from_id"] = fid
        out.append(d)
    return out


def _record(header: dict, messages: list[dict], *, platform: str, export_kind: str, export: dict,
            times: dict) -> dict:
    stamped = [m["at"] for m in messages if m.get("at")]
    return {
        "platform": platform, "export_kind": export_kind, **header,
        "export": export, "times": times,
        "counts": {"messages": sum(1 for m in messages if m.get("type") == "message"),
                   "service": sum(1 for m in messages if m.get("type") == "service"),
                   "total": len(messages),
                   "media": sum(1 for m in messages for x in m.get("media", ()) if "artifact" in x),
                   "gaps": sum(len(m.get("gaps", ())) for m in messages)},
        "participants": _participants(messages),
        "first_at": min(stamped) if stamped else None, "last_at": max(stamped) if stamped else None,
        "messages": messages,
    }


def _seal(vault, *, case: str, title: str, started: str, record: dict, chat_gaps: list[dict],
          given: ExportSource, draft) -> Item:
    draft.title = title
    draft.metadata = {"chat": record, "gaps": chat_gaps, "original_name": given.display_name,
                      "imported_at": started}
    item = draft.seal()
    from ..timestamps import remember_digest

    remember_digest(vault, item)      # stamping it will not read the whole transcript back
    return item


# ----------------------------------------------------------------------------- importing
def import_export(vault, source: ExportSource, *, case: str = "", tz: str | StatedZone | None = None,
                  include_account_data: bool = False, known: dict[str, str] | None = None,
                  should_stop: Callable[[], bool] | None = None,
                  on_chat: Callable[[str], None] | None = None) -> ChatImportResult:
    """Seal every chat of one export; `known` (sha256 -> exhibit) lets a batch skip what it sealed."""
    zone_ = tz if isinstance(tz, StatedZone) else stated_zone(tz)
    known = sealed_exports(vault) if known is None else known
    res = ChatImportResult()
    try:
        if source.kind == "telegram_chat":
            _telegram_chat(vault, source, case, zone_, known, res, should_stop)
        elif source.kind == "telegram_account":
            _telegram_account(vault, source, case, zone_, known, res, should_stop, include_account_data,
                              on_chat)
        else:
            _whatsapp(vault, source, case, zone_, known, res, should_stop)
    except _Stop:
        pass
    except (EvidenceKitError, OSError):
        raise          # words already (BadInput: this export; StorageError: the vault), or the disk's
    except Exception as exc:     # this export only: what was sealed of it before stays, the rest goes on
        raise _unreadable(exc, str(source.given)) from None
    return res


def _unreadable(exc: BaseException, path: str) -> BadInput:
    """Words for a file that broke the reading of it (made to, or damaged): BadInput, so that the
    other exports of the same import are still imported. Its draft was discarded on the way out."""
    if isinstance(exc, RecursionError):
        return BadInput("chat.error.too_deep", path=path)
    if isinstance(exc, MemoryError):
        return BadInput("chat.error.too_big_for_memory", path=path)
    if isinstance(exc, whatsapp.Refused):
        return BadInput(exc.key, path=path, **exc.params)
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
        return BadInput("chat.error.bad_zip", path=path)
    log.warning("could not read the chat export %s", path, exc_info=True)
    return BadInput("chat.error.unreadable", path=path)


def _now() -> str:
    return to_iso(datetime.now(timezone.utc))


def _open_export(path: str):
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=path) from None
    except OSError:
        raise BadInput("error.cannot_read_file", path=path) from None


def _times(tr: telegram.TimeReader) -> dict:
    return tr.summary()


_NOT_SPACE = re.compile(rb"[^ \t\r\n]")


class _Chat:
    """One Telegram chat object of a mapped result.json, read a message at a time: its header
    from the object with its message list emptied, each message parsed and let go in turn."""

    def __init__(self, buf, path: str, start: int = 0, end: int | None = None):
        self.buf, self.path = buf, path
        try:
            self.parts = jsonscan.chat_parts(buf, start, end)
            self.head = json.loads(self.parts.skeleton)
        except jsonscan.TooDeep:
            raise BadInput("chat.error.too_deep", path=path) from None
        except (ValueError, UnicodeDecodeError):
            raise BadInput("chat.error.bad_json", path=path) from None
        if not isinstance(self.head, dict) or (end is None and _NOT_SPACE.search(buf, self.parts.object_end)):
            raise BadInput("chat.error.bad_json", path=path)      # (or something after the object)
        self.header = telegram.chat_header(self.head)

    def messages(self) -> Iterator[dict]:
        """Each message object, parsed in turn; what lies between them is checked to be JSON too,
        so that a file json.load would refuse is refused here as well."""
        pages = None
        gaps = self.parts.gaps()
        try:
            for a, b in zip(self.parts.starts, self.parts.ends):
                self._check_gap(*next(gaps))
                yield json.loads(self.buf[a:b])
                pages = jsonscan.release(self.buf, b, pages)
            for gap in gaps:
                self._check_gap(*gap)
        except (ValueError, UnicodeDecodeError):
            raise BadInput("chat.error.bad_json", path=self.path) from None

    def _check_gap(self, before: bytes, after: bytes, start: int, end: int) -> None:
        text = self.buf[start:end].strip(b" \t\r\n")
        if text == (b"," if before == b"[0" and after == b"0]" else b""):
            return               # the usual: a comma between two messages
        json.loads(before + text + after)

    def looks_like_chat(self) -> bool:
        if not isinstance(self.head.get("messages"), list):
            return False
        first = []
        for m in self.messages():
            first.append(m)
            if len(first) == 5:
                break
        return telegram.looks_like_chat(dict(self.head, messages=first))

    def transcript(self, zone_):
        return telegram.transcript(self.head, zone_, self.messages())


def _mapped(f, path: str):
    try:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):      # an empty file, or one that cannot be mapped
        raise BadInput("chat.error.bad_json", path=path) from None


def _telegram_chat(vault, src: ExportSource, case, zone_, known, res, should_stop):
    started = _now()
    with _open_export(src.export_file) as f:
        st = os.fstat(f.fileno())
        name = Path(src.export_file).name
        with vault.new_item(SOURCE, case=case, captured_at=started) as draft, _mapped(f, src.export_file) as mm:
            art = draft.add_stream(name, f, role=ROLE_EXPORT, media_type="application/json",
                                   expected_size=st.st_size)
            chat = _Chat(mm, src.export_file)
            if art.sha256 in known:
                res.duplicates.append((chat.header["name"] or name, known[art.sha256]))
                draft.discard()
                return
            after = os.fstat(f.fileno())
            if after.st_mtime_ns != st.st_mtime_ns or after.st_size != st.st_size:
                raise BadInput("error.file_changed", path=src.export_file)
            if not chat.looks_like_chat():
                raise BadInput("chat.error.not_an_export", path=src.export_file)
            header, messages, times = chat.transcript(zone_)
            del chat
            files = _Files(root=src.root)
            sealed, gaps = _attach_media(draft, files, messages, platform="telegram", should_stop=should_stop)
            if src.folder_export:
                _extras(draft, files, set(sealed) | {name}, should_stop)
            export = {"file": name, "artifact": art.name, "sha256": art.sha256, "size": art.size}
            record = _record(header, messages, platform="telegram", export_kind="single_chat",
                             export=export, times=_times(times))
            item = _seal(vault, case=case, title=header["name"] or name, started=started, record=record,
                         chat_gaps=gaps, given=src, draft=draft)
    known[art.sha256] = item.exhibit
    res.items.append(item)


class _Span(io.RawIOBase):
    """Bytes start..end of a mapped file, as a stream (one chat of a full-account export)."""

    def __init__(self, buf, start: int, end: int):
        self._buf, self._pos, self._end = buf, start, end
        self._pages = None

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), self._end - self._pos)
        if n <= 0:
            return 0
        b[:n] = self._buf[self._pos:self._pos + n]
        self._pos += n
        self._pages = jsonscan.release(self._buf, self._pos, self._pages)
        return n


def _extras(draft, files: _Files, taken: set[str], should_stop) -> None:
    """The folder's other files: part of the export, so sealed with it rather than dropped."""
    for handle in files.every():
        rel = files.name(handle)
        if rel in taken:
            continue
        if should_stop and should_stop():
            raise _Stop()
        _add_file(draft, files, handle, ROLE_EXTRA)


def _telegram_account(vault, src: ExportSource, case, zone_, known, res, should_stop, include_whole, on_chat):
    path = src.export_file
    name = Path(path).name
    with _open_export(path) as f:
        st = os.fstat(f.fileno())
        mm = _mapped(f, path)
        with mm:
            try:
                spans = list(jsonscan.chat_spans(mm))
            except jsonscan.TooDeep:
                raise BadInput("chat.error.too_deep", path=path) from None
            except jsonscan.NotJSON:
                raise BadInput("chat.error.bad_json", path=path) from None
            whole_sha = _sha_file(Path(path))      # read as a stream: not all of it resident at once
            files = _Files(root=src.root)
            used: set[str] = {name}
            for span in spans:
                if should_stop and should_stop():
                    return
                where = f"{name} {span.list_name}[{span.index}]"
                try:
                    chat = _Chat(mm, path, span.start, span.end)
                except BadInput as exc:
                    res.failed.append((where, exc))
                    continue
                label = chat.header["name"] or f"{span.list_name}[{span.index}]"
                if on_chat:
                    on_chat(label)
                started = _now()
                try:
                    if not chat.looks_like_chat():
                        continue
                    with vault.new_item(SOURCE, case=case, captured_at=started) as draft:
                        art = draft.add_stream(f"result-{span.list_name}-{span.index + 1:04d}.json",
                                               _Span(mm, span.start, span.end), role=ROLE_EXPORT,
                                               media_type="application/json",
                                               expected_size=span.end - span.start)
                        if art.sha256 in known:
                            res.duplicates.append((label, known[art.sha256]))
                            draft.discard()
                            continue
                        if include_whole:
                            f.seek(0)
                            draft.add_stream(name, f, role=ROLE_EXPORT_WHOLE, media_type="application/json",
                                             expected_size=st.st_size)
                        header, messages, times = chat.transcript(zone_)
                        del chat
                        sealed, gaps = _attach_media(draft, files, messages, platform="telegram",
                                                     should_stop=should_stop)
                        used |= set(sealed)
                        export = {"file": name, "artifact": art.name, "sha256": art.sha256, "size": art.size,
                                  "whole_file": {"sha256": whole_sha, "size": st.st_size},
                                  "span": {"list": span.list_name, "index": span.index,
                                           "start": span.start, "end": span.end},
                                  "account_data_included": bool(include_whole)}
                        record = _record(header, messages, platform="telegram", export_kind="full_account",
                                         export=export, times=_times(times))
                        if span.list_name == "left_chats":
                            record["left"] = True
                        item = _seal(vault, case=case, title=label, started=started, record=record,
                                     chat_gaps=gaps, given=src, draft=draft)
                except BadInput as exc:
                    res.failed.append((label, exc))
                    continue
                except (RecursionError, MemoryError) as exc:      # this chat only; its draft is discarded
                    res.failed.append((label, _unreadable(exc, label)))
                    continue
                known[art.sha256] = item.exhibit
                res.items.append(item)
            after = os.fstat(f.fileno())
            if after.st_mtime_ns != st.st_mtime_ns or after.st_size != st.st_size:
                res.notes.append(("chat.note.changed_during_import", {"path": path}))
    if src.folder_export and not include_whole:
        left = sum(1 for h in files.every() if files.name(h) not in used)
        if left:
            res.notes.append(("chat.note.account_files_left_out", {"count": left}))


WA_PREFIXES = ("WhatsApp Chat with ", "WhatsApp Chat - ", "Чат WhatsApp с ", "Чат WhatsApp - ",
               "WhatsApp-Chat mit ", "Chat de WhatsApp con ", "Conversa do WhatsApp com ")


def whatsapp_chat_name(file_name: str, zip_name: str | None = None) -> str:
    stem = Path(file_name).stem
    if stem.lstrip("_").lower() == "chat" and zip_name:
        stem = Path(zip_name).stem
    for p in WA_PREFIXES:
        if stem.startswith(p):
            return stem[len(p):].strip() or stem
    return stem


def _mib(n: int) -> int:
    return (n + (1 << 20) - 1) >> 20


def _check_zip(zf: zipfile.ZipFile, text: zipfile.ZipInfo, zip_path: Path) -> None:
    """Refuse a ZIP that would unpack far beyond any real export, from its directory alone (zipfile
    never reads a member past the size the directory gives it)."""
    for info in zf.infolist():
        packed = max(1, info.compress_size)
        if info.file_size > limits.RATIO_CHECK_FROM and info.file_size > limits.MAX_RATIO * packed:
            raise BadInput("chat.error.zip_ratio", path=str(zip_path), name=info.filename,
                           size=_mib(info.file_size), packed=(packed + 1023) // 1024,
                           ratio=info.file_size // packed)
    if text.file_size > limits.MAX_CHAT_TEXT_BYTES:
        raise BadInput("chat.error.text_too_large", path=str(zip_path), name=text.filename,
                       size=_mib(text.file_size), limit=_mib(limits.MAX_CHAT_TEXT_BYTES))


class _Counted(io.RawIOBase):
    """The export text as read: hashed and counted on the way, refused past the size bound."""

    def __init__(self, name: str, path: str):
        self.source = None             # the stream it reads, set by _ExportText.lines
        self._name, self._path = name, path
        self.sha = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.source.read(len(b))
        n = len(data)
        b[:n] = data
        self.sha.update(data)
        self.size += n
        if self.size > limits.MAX_CHAT_TEXT_BYTES:
            raise BadInput("chat.error.text_too_large", path=self._path, name=self._name,
                           size=_mib(self.size), limit=_mib(limits.MAX_CHAT_TEXT_BYTES))
        return n


class _ExportText:
    """The text of one WhatsApp export (a file, or a member of its ZIP), read as often as needed,
    a piece at a time: never whole in memory."""

    def __init__(self, src: ExportSource, stack: contextlib.ExitStack):
        self.path = str(src.given)
        if src.zip_path is not None:
            try:
                zf = stack.enter_context(zipfile.ZipFile(src.zip_path))
                info = zf.getinfo(src.export_file)
            except (KeyError, *_ZIP_ERRORS):
                raise BadInput("chat.error.bad_zip", path=str(src.zip_path)) from None
            _check_zip(zf, info, src.zip_path)
            self.zf, self.info, self.file = zf, info, None
            self.name, self.size = src.export_file, info.file_size
        else:
            from ..files import open_regular

            f, st = open_regular(Path(src.export_file))
            stack.enter_context(f)
            self.zf, self.info, self.file = None, None, f
            self.name, self.size, self.stat = Path(src.export_file).name, st.st_size, st
            if st.st_size > limits.MAX_CHAT_TEXT_BYTES:
                raise BadInput("chat.error.text_too_large", path=self.path, name=self.name,
                               size=_mib(st.st_size), limit=_mib(limits.MAX_CHAT_TEXT_BYTES))
        with self.raw() as f:
            bom = f.read(2)
        self.utf16 = bom in (b"\xff\xfe", b"\xfe\xff")
        self.encoding = "utf-16" if self.utf16 else "utf-8"
        self.errors = "strict"

    @contextlib.contextmanager
    def raw(self):
        """The bytes from the start (the file itself, or the ZIP member opened anew)."""
        if self.zf is not None:
            with self.zf.open(self.info) as f:
                yield f
        else:
            self.file.seek(0)
            yield self.file

    def lines(self, counted: _Counted | None = None) -> Iterator[tuple[int, str]]:
        """(number, line) of the text, from the start; `counted` sees the bytes on the way."""
        with self.raw() as f:
            c = counted if counted is not None else _Counted(self.name, self.path)
            c.source = f
            codec = "utf-16" if self.utf16 else ("utf-8-sig" if self.errors == "strict" else "utf-8")
            yield from whatsapp.text_lines(io.BufferedReader(c, 1 << 16), codec, self.errors)

    def scan(self) -> whatsapp.Scan:
        """The first reading: the bounds; bytes that are not text are replaced (and said so)."""
        try:
            return whatsapp.scan(self.lines())
        except UnicodeDecodeError:
            self.errors = "replace"
            self.encoding += " (with undecodable bytes replaced)"
            return whatsapp.scan(self.lines())

    def unchanged(self) -> bool:
        if self.file is None:
            return True          # a ZIP member is checked against its CRC-32 at every reading
        after = os.fstat(self.file.fileno())
        return after.st_mtime_ns == self.stat.st_mtime_ns and after.st_size == self.stat.st_size


def _whatsapp(vault, src: ExportSource, case, zone_, known, res, should_stop):
    started = _now()
    with contextlib.ExitStack() as stack:
        text = _ExportText(src, stack)
        try:
            found = text.scan()
        except whatsapp.Refused as exc:
            raise BadInput(exc.key, path=text.path, **exc.params) from None
        zf = text.zf
        files = _Files(zf=zf) if zf is not None else _Files(root=src.root)
        name = text.name
        with vault.new_item(SOURCE, case=case, captured_at=started) as draft:
            with text.raw() as f:
                art = draft.add_stream(Path(name).name, f, role=ROLE_EXPORT, media_type="text/plain",
                                       expected_size=text.size)
            if art.sha256 in known:
                res.duplicates.append((whatsapp_chat_name(name, src.zip_path and src.zip_path.name),
                                       known[art.sha256]))
                draft.discard()
                return
            counted = _Counted(name, text.path)     # the transcript is of the bytes just sealed
            try:
                parsed = whatsapp.build(text.lines(counted), found, zone_, has_file=files.has)
            except (whatsapp.Refused, UnicodeDecodeError):
                raise BadInput("error.file_changed", path=text.path) from None
            if counted.sha.hexdigest() != art.sha256 or not text.unchanged():
                raise BadInput("error.file_changed", path=text.path)
            sealed, gaps = _attach_media(draft, files, parsed.messages, platform="whatsapp",
                                         should_stop=should_stop)
            if src.folder_export or zf is not None:
                _extras(draft, files, set(sealed) | {name}, should_stop)
            chat_name = whatsapp_chat_name(name, src.zip_path.name if src.zip_path else None)
            export = {"file": name, "artifact": art.name, "sha256": art.sha256, "size": art.size,
                      "encoding": text.encoding, "layout": parsed.layout,
                      "container": "zip" if zf is not None else ("folder" if src.folder_export else "file")}
            if src.zip_path is not None:
                export["zip_name"] = src.zip_path.name
                export["zip_sha256"] = _sha_file(src.zip_path)
            times = {"source": "local_wall_clock", "zone": zone_.to_dict(),
                     "date_order": parsed.date_order.to_dict(), "twelve_hour": parsed.twelve_hour}
            if parsed.clock_changes:
                times["clock_change_times"] = parsed.clock_changes
            header = {"name": chat_name, "type": None, "telegram_id": None}
            record = _record(header, parsed.messages, platform="whatsapp",
                             export_kind="whatsapp_zip" if zf is not None else "whatsapp_text",
                             export=export, times=times)
            del parsed
            gaps = [{"key": "chat.gap.zone_stated" if zone_.how == "stated" else "chat.gap.zone_computer",
                     "params": {"zone": zone_.name}}] + gaps
            basis = record["times"]["date_order"]["basis"]
            if basis in ("assumed", "attachment_names", "message_order"):   # not the dates alone: say how
                gaps.append({"key": "chat.gap.date_order_" + basis,
                             "params": {"order": record["times"]["date_order"]["order"]}})
            item = _seal(vault, case=case, title=chat_name, started=started, record=record, chat_gaps=gaps,
                         given=src, draft=draft)
    known[art.sha256] = item.exhibit
    res.items.append(item)


def _sha_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


__all__ = ["import_export", "ChatImportResult", "sealed_exports", "ROLE_EXPORT", "ROLE_MEDIA",
           "ROLE_EXTRA", "ROLE_EXPORT_WHOLE", "SOURCE"]
