"""Which of the paths she gave are chat exports, recognised by their content (not by name alone).

    plan(paths) -> Plan(exports=[ExportSource, ...], files=[Path, ...], skipped=[...], notes=[...])

- a folder holding a Telegram export JSON (`result.json`, or any JSON that is one) or a WhatsApp
  export text at its top: that folder is one export (its other files are the export's too) and is
  not also imported file by file;
- a Telegram export JSON or a WhatsApp text given as a file: the export, its files read beside it;
- a ZIP holding a WhatsApp export text at its top: the export, read inside the ZIP (never unpacked);
- anything else: files, imported one by one as before.
"""

from __future__ import annotations

import mmap
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import BadInput
from ..files import named_path, open_regular
from . import jsonscan, whatsapp

SNIFF = 64 * 1024
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError)


@dataclass
class ExportSource:
    kind: str                       # "telegram_chat", "telegram_account" or "whatsapp"
    given: Path                     # what she chose (folder, file or ZIP)
    export_file: str                # the export's own file: a path on disk, or a member of `zip_path`
    root: Path | None = None        # the folder its files are named relative to (None: inside a ZIP)
    zip_path: Path | None = None
    folder_export: bool = False     # the whole folder is the export: its other files belong to it
    needs_zone: bool = False        # its times have no zone (WhatsApp; Telegram without unixtime)

    @property
    def platform(self) -> str:
        return "whatsapp" if self.kind == "whatsapp" else "telegram"

    @property
    def display_name(self) -> str:
        return self.given.name


@dataclass
class Plan:
    exports: list[ExportSource] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[tuple[str, dict]] = field(default_factory=list)   # (message key, params)

    @property
    def needs_zone(self) -> bool:
        return any(e.needs_zone for e in self.exports)


def _head(path: Path, n: int = SNIFF) -> bytes:
    """The first bytes of a regular file (a pipe put in its place is not waited on)."""
    from ..errors import BadInput

    try:
        f, _ = open_regular(path)
    except BadInput:
        return b""
    with f:
        try:
            return f.read(n)
        except OSError:
            return b""


def telegram_kind(path: Path) -> tuple[str | None, bool]:
    """("telegram_chat" | "telegram_account" | None, whether times lack date_unixtime)."""
    head = _head(path, 1)
    if head not in (b"{", b"\xef", b" ", b"\n", b"\r", b"\t"):
        return None, False
    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            try:
                keys = jsonscan.top_keys(mm, limit=SNIFF)
                if not ("messages" in keys or "chats" in keys):
                    keys = jsonscan.top_keys(mm)
            except jsonscan.NotJSON:
                return None, False
            first = mm[:SNIFF]
    except (OSError, ValueError):
        return None, False
    no_unix = b'"date"' in first and b'"date_unixtime"' not in first
    if "messages" in keys and "type" in keys and "id" in keys:
        return "telegram_chat", no_unix
    if "chats" in keys and ("personal_information" in keys or "about" in keys or "left_chats" in keys):
        return "telegram_account", no_unix
    # a file cut down by another tool (only the messages, or only `chats.list`), named result.json as
    # Telegram Desktop names its export and holding Telegram's messages: a message's type and time
    if path.name == "result.json" and re.search(rb'\{\s*"(?:id|type)":[^{}]*"date(?:_unixtime)?":', first):
        if "messages" in keys:
            return "telegram_chat", no_unix
        if "chats" in keys and re.search(rb'"chats"\s*:\s*\{\s*"(?:about"\s*:\s*"[^"]*"\s*,\s*")?list"', first):
            return "telegram_account", no_unix
    return None, False


def _decode_head(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "ignore")
    return data.decode("utf-8-sig", "ignore")


def is_whatsapp_text(path: Path) -> bool:
    return whatsapp.looks_like_whatsapp(_decode_head(_head(path, 16 * 1024)))


def _plain_file(path: Path, out: Plan) -> None:
    """A file that is no export: imported as itself. A text that looks like a chat export but
    cannot be read as one is said to be so, not sealed in silence as a plain file."""
    out.files.append(path)
    if path.name.lower().endswith(".txt") and whatsapp.looks_like_unread_export(
            _decode_head(_head(path, 16 * 1024))):
        out.notes.append(("chat.note.unread_chat", {"path": str(path)}))


def whatsapp_zip_member(path: Path) -> str | None:
    """The export text inside a WhatsApp ZIP, or None if the ZIP is not one."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                name = info.filename
                if info.is_dir() or "/" in name.strip("/") or not name.lower().endswith(".txt"):
                    continue
                with zf.open(info) as f:
                    if whatsapp.looks_like_whatsapp(_decode_head(f.read(16 * 1024))):
                        return name
    except _ZIP_ERRORS:
        return None
    return None


def _file_export(path: Path, *, folder_export: bool = False, root: Path | None = None) -> ExportSource | None:
    low = path.name.lower()
    if low.endswith(".zip"):
        member = whatsapp_zip_member(path)
        if member:
            return ExportSource("whatsapp", path, member, zip_path=path, needs_zone=True)
        return None
    kind, no_unix = telegram_kind(path) if not low.endswith((".txt", ".jpg", ".png", ".mp4")) else (None, False)
    if kind:
        return ExportSource(kind, root or path, str(path), root=path.parent, folder_export=folder_export,
                            needs_zone=no_unix)
    if low.endswith(".txt") and is_whatsapp_text(path):
        return ExportSource("whatsapp", root or path, str(path), root=path.parent,
                            folder_export=folder_export, needs_zone=True)
    return None


def _owns_folder(e: ExportSource, names: list[str], dirs: list[str]) -> bool:
    """Is the whole folder this export? Telegram names its file result.json and puts the media in
    subfolders; an unpacked WhatsApp export is one flat folder of the text and its attachments.
    A folder such as Downloads that merely holds an export is not."""
    own = Path(e.export_file).name
    if e.kind != "whatsapp":
        return own == "result.json"
    if dirs:
        return False
    named = referenced_names(e)
    return all(n == own or n in named or whatsapp._WA_NAME.match(n) for n in names)


def _folder_exports(folder: Path, names: list[str], dirs: list[str] = ()) -> list[ExportSource]:
    """The exports whose own file lies at the top of `folder`."""
    found = []
    order = sorted(names, key=lambda n: (n != "result.json", n))
    for n in order:
        low = n.lower()
        if not (low.endswith(".json") or low.endswith(".txt")):
            continue
        p = folder / n
        if p.is_symlink() or not p.is_file():
            continue
        e = _file_export(p, folder_export=True, root=folder)
        if e:
            found.append(e)
    if len(found) != 1 or not _owns_folder(found[0], names, list(dirs)):
        for e in found:          # several exports in one folder, or a folder of other things too
            e.folder_export = False
            e.given = Path(e.export_file)
    return found


_TELEGRAM_HTML = re.compile(r"^messages\d*\.html$")


def plan(paths: Iterable[str | os.PathLike]) -> Plan:
    out = Plan()
    for p in paths:
        path, st = named_path(p)
        if stat.S_ISDIR(st.st_mode):
            _walk(path, out)
        elif stat.S_ISREG(st.st_mode):
            e = _file_export(path)
            if e:
                out.exports.append(e)
            else:
                _plain_file(path, out)
        else:
            # a pipe, a device, a socket, a dangling link: named directly, it is a mistake to say
            # so at once (a pipe would otherwise wait for ever for something to read)
            raise BadInput("error.not_regular_file", path=str(path))
    return out


def _walk(top: Path, out: Plan) -> None:
    for root, dirs, names in os.walk(top, followlinks=False):
        dirs.sort()
        folder = Path(root)
        exports = _folder_exports(folder, names, dirs)
        if exports:
            out.exports.extend(exports)
            if exports[0].folder_export:
                dirs[:] = []          # the whole folder is the export: its files are read by it
                continue
            taken = {Path(e.export_file).name for e in exports}
            names = [n for n in names if n not in taken]
            owned = set()
            for e in exports:
                owned |= referenced_names(e)
            names = [n for n in names if n not in owned]
        if any(_TELEGRAM_HTML.match(n) for n in names) and (folder / "css").is_dir():
            out.notes.append(("chat.note.telegram_html", {"path": str(folder)}))
        for n in sorted(names):
            f = folder / n
            if f.is_symlink() or not f.is_file():
                out.skipped.append(str(f))
                continue
            e = _file_export(f) if n.lower().endswith(".zip") else None
            if e:
                out.exports.append(e)
            else:
                _plain_file(f, out)


def referenced_names(e: ExportSource) -> set[str]:
    """File names a WhatsApp export text names (for a folder holding several exports)."""
    if e.kind != "whatsapp" or e.zip_path is not None:
        return set()
    from ..files import open_regular
    from . import limits

    names = set()
    try:
        f, st = open_regular(Path(e.export_file))
        with f:
            if st.st_size > limits.MAX_CHAT_TEXT_BYTES:
                return set()          # refused in words when it is imported
            for _, line in whatsapp.text_lines(f, "utf-8-sig", "replace"):   # a line at a time
                m = whatsapp.match_head(line)
                body = m[2] if m else line
                body = body.split(": ", 1)[-1]
                for rx in (whatsapp._ATTACHED_IOS, whatsapp._ATTACHED_ANDROID):
                    mm = rx.match(body)
                    if mm:
                        names.add(mm.group("name").strip())
    except (BadInput, OSError, whatsapp.Refused):
        return names
    return names
