"""`evidence-kit export` and `verify-bundle`: filled in by the export package (issue: dossiers)."""

from __future__ import annotations

from ..i18n import tr

COMMANDS: dict = {}


def add_parser(add) -> None:
    add("export", "help.export")


def _not_yet(ctx) -> int:
    ctx.err(tr("export.not_built"))
    return 2


COMMANDS["export"] = _not_yet
