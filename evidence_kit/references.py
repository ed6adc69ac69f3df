"""The photos and videos she wants to find again if they are posted ("references").

A reference is sealed in the vault like any imported file, with source "reference": always marked
sensitive (never shown unblurred, never in a platform report), in no case. Only its perceptual
fingerprints (evidence_kit/perceptual.py) are compared with the pictures of every capture; the
picture itself never leaves the vault and nothing is uploaded anywhere.

Removing a reference stops it being looked for (custody entry `reference_removed`); like every
sealed item it stays in the vault, so that the custody log stays whole.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from .errors import BadInput
from .importer import collect_files, detect_media_type
from .model import Item
from .timeutil import to_iso


def add_reference(vault, path: Path) -> Item:
    """Seal one photo or video as a reference; BadInput if it is neither."""
    started = to_iso(datetime.now(timezone.utc))
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=str(path)) from None
    except OSError:
        raise BadInput("error.cannot_read_file", path=str(path)) from None
    with f:
        st = os.fstat(f.fileno())
        head = f.read(8192)
        f.seek(0)
        media_type = detect_media_type(head, path.name)
        if not media_type.startswith(("image/", "video/")) or media_type == "image/svg+xml":
            raise BadInput("reference.not_picture", path=str(path))
        metadata = {"original_name": path.name, "original_size": st.st_size,
                    "original_modified_at": to_iso(datetime.fromtimestamp(st.st_mtime, timezone.utc)),
                    "imported_at": started, "media_type_detected_from": "content",
                    "purpose": "reference"}
        with vault.new_item("reference", title=path.name, captured_at=started, sensitive=True,
                            metadata=metadata) as draft:
            draft.add_stream(path.name, f, role="original", media_type=media_type,
                             expected_size=st.st_size)
            after = os.fstat(f.fileno())
            if after.st_mtime_ns != st.st_mtime_ns or after.st_size != st.st_size:
                raise BadInput("error.file_changed", path=str(path))
            return draft.seal()


def add_references(vault, paths) -> tuple[list[Item], list[tuple[str, BadInput]]]:
    files, _skipped = collect_files(paths)
    added, failed = [], []
    for p in files:
        try:
            added.append(add_reference(vault, p))
        except BadInput as exc:
            failed.append((str(p), exc))
    return added, failed


def resolve_reference(vault, ref: str) -> Item:
    iid = vault.resolve_id(ref)
    from .perceptual import references

    for it in references(vault):
        if it.id == iid:
            return it
    raise BadInput("reference.not_reference", id=ref)


def remove_reference(vault, ref: str) -> Item:
    """Stop looking for this photo (it stays sealed; the custody log records the removal)."""
    it = resolve_reference(vault, ref)
    vault.log_event("reference_removed", items=[it.id])
    return it
