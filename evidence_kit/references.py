"""The photos and videos she wants to find again if they are posted ("references").

A reference is sealed in the vault like any imported file, with source "reference": always marked
sensitive (never shown unblurred, never in a platform report), in no case. Only its perceptual
fingerprints (evidence_kit/perceptual.py) are compared with the pictures of every capture; the
picture itself never leaves the vault and nothing is uploaded anywhere.

Removing a reference stops it being looked for (custody entry `reference_removed`); like every
sealed item it stays in the vault, so that the custody log stays whole.
"""

from __future__ import annotations

from pathlib import Path

from .errors import BadInput
from .files import collect_files
from .importer import import_file
from .model import Item


def is_picture(media_type: str) -> bool:
    return media_type.startswith(("image/", "video/")) and media_type != "image/svg+xml"


def add_reference(vault, path: Path) -> Item:
    """Seal one photo or video as a reference (always sensitive, in no case); BadInput if it is
    neither a photo nor a video."""
    return import_file(vault, path, source="reference", sensitive=True, accept=is_picture,
                       reject_key="reference.not_picture")


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
