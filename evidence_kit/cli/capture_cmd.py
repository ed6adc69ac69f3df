"""`evidence-kit capture`: filled in by the capture package (issue: capture)."""

from __future__ import annotations

from ..i18n import tr

COMMANDS: dict = {}


def add_parser(add) -> None:
    p = add("capture", "help.capture")
    p.add_argument("urls", nargs="*", metavar="URL")
    p.add_argument("--from", dest="from_file", metavar="FILE")
    p.add_argument("--case", default="", metavar="NAME")


def _not_yet(ctx) -> int:
    ctx.err(tr("capture.not_built"))
    return 2


COMMANDS["capture"] = _not_yet
