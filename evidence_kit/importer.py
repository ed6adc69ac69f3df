"""Importing files the user already has (phone screenshots, saved videos, chat exports).

The source file is opened read-only and never modified, moved or deleted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from .errors import BadInput, EvidenceKitError
from .files import detect_media_type, open_regular
from .model import Item
from .timeutil import to_iso


@dataclass
class ImportResult:
    items: list[Item] = field(default_factory=list)
    failed: list[tuple[str, EvidenceKitError]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # chat exports already sealed
    notes: list[tuple[str, dict]] = field(default_factory=list)       # (message key, params)


def import_file(vault, path: Path, *, case: str = "", source: str = "import", sensitive: bool = False,
                accept: Callable[[str], bool] | None = None, reject_key: str = "") -> Item:
    """One file -> one sealed item with the file as its `original` artifact. With `accept`, a file
    whose media type it refuses is not stored (BadInput `reject_key`)."""
    started = to_iso(datetime.now(timezone.utc))
    f, st = open_regular(path)
    with f:
        head = f.read(8192)
        f.seek(0)
        media_type = detect_media_type(head, path.name)
        if accept is not None and not accept(media_type):
            raise BadInput(reject_key, path=str(path))
        modified_at = to_iso(datetime.fromtimestamp(st.st_mtime, timezone.utc))
        metadata = {
            "original_name": path.name,
            "original_path": str(path.resolve()),
            "original_size": st.st_size,
            "original_modified_at": modified_at,
            "imported_at": started,
            "media_type_detected_from": "content",
        }
        with vault.new_item(source, case=case, title=path.name, captured_at=started,
                            sensitive=sensitive, metadata=metadata) as draft:
            draft.add_stream(path.name, f, role="original", media_type=media_type,
                             expected_size=st.st_size)
            after = os.fstat(f.fileno())
            if after.st_mtime_ns != st.st_mtime_ns or after.st_size != st.st_size:
                raise BadInput("error.file_changed", path=str(path))
            return draft.seal()


def held_files(vault) -> dict[str, tuple[str, str, str, str]]:
    """SHA-256 of every file sealed in the vault (her photos to look for aside) -> where it is held:
    (source, exhibit, the item's title (a chat's name), the file's name in the item). From the
    index alone: fast."""
    out: dict[str, tuple[str, str, str, str]] = {}
    for it in vault.items():
        if it.source == "reference":
            continue
        for a in it.artifacts:
            out.setdefault(a.sha256, (it.source, it.exhibit, it.title or "", a.name))
    return out


def already_held_note(held: dict, item: Item, name: str) -> tuple[str, dict] | None:
    """(message key, params) saying that the file just added as `item` was already in the vault,
    and where (inside an imported chat, or as another item); None when it is new. `held` is
    `held_files(vault)` from before the import; it learns the new file."""
    art = item.artifacts[0] if item.artifacts else None
    if art is None:
        return None
    where = held.get(art.sha256)
    held.setdefault(art.sha256, (item.source, item.exhibit, item.title or "", art.name))
    if where is None:
        return None
    source, exhibit, title, file = where
    params = {"name": name, "exhibit": exhibit, "file": file, "new": item.exhibit}
    if source == "chat":
        return "import.held_in_chat", dict(params, chat=title)
    return "import.held_already", params


def import_paths(vault, paths: Iterable[str | os.PathLike], *, case: str = "",
                 progress: Callable[[int, int, Path], None] | None = None,
                 should_stop: Callable[[], bool] | None = None, tz: str | None = None,
                 include_account_data: bool = False) -> ImportResult:
    """Chat exports (recognised by content) become one item per chat; other files one item each."""
    from . import chats

    found = chats.plan(paths)
    zone = chats.zone(tz) if found.exports else None
    result = ImportResult(skipped=found.skipped, notes=list(found.notes))
    todo: list = [*found.exports, *found.files]
    known = chats.sealed_exports(vault) if found.exports else {}
    held = held_files(vault) if found.files else {}
    for n, what in enumerate(todo, 1):
        if should_stop and should_stop():
            break
        is_export = isinstance(what, chats.ExportSource)
        path = what.given if is_export else what
        if progress:
            progress(n, len(todo), path)
        try:
            if is_export:
                r = chats.import_export(vault, what, case=case, tz=zone, known=known,
                                        include_account_data=include_account_data, should_stop=should_stop)
                result.items += r.items
                result.duplicates += r.duplicates
                result.failed += r.failed
                result.notes += r.notes
            else:
                item = import_file(vault, path, case=case)
                result.items.append(item)
                note = already_held_note(held, item, Path(path).name)
                if note is not None:        # the same file is sealed already: say where
                    result.notes.append(note)
        except BadInput as exc:
            result.failed.append((str(path), exc))
        except EvidenceKitError as exc:
            # the disk is full or refuses writes: stop, what is sealed stays sealed
            result.failed.append((str(path), exc))
            if exc.exit_code != 2:
                break
    return result
