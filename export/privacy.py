"""What an export must not say about the computer it was made on.

- The collector is the name the person gave (at first run or in Settings), never the computer's
  login name; when she gave none, the documents say "not given" in words.
- Where an imported file was on this computer (`original_path`, which usually holds the login
  name, e.g. /home/zarina/… or C:\\Users\\Zarina\\…) is left out unless she asks for it
  (`include_paths`). Other recorded values that name her home folder (a browser installed in
  it, for instance) show it as "~".

The sealed items in the vault are not changed: only the copies the export reads are.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from evidence_kit.i18n import tr
from evidence_kit.model import Item


PATH_KEYS = ("original_path",)


def collector_text(name: str | None, lang: str) -> str:
    """The collector's name as documents print it: the name given, or "not given" in words."""
    name = (name or "").strip()
    return name or tr("ex.collector.not_given", lang)


def _home() -> str | None:
    try:
        home = str(Path.home())
    except (RuntimeError, KeyError, OSError):
        return None
    return home if len(home) > 3 else None        # "/", "C:\\" would match everything


def _scrub(value, home: str | None):
    if isinstance(value, str):
        if home and home in value:
            return value.replace(home, "~")
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, home) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, home) for v in value]
    return value


def for_export(items: list[Item], *, include_paths: bool) -> list[Item]:
    """Copies of `items` as an export may show them."""
    if include_paths:
        return list(items)
    home = _home()
    alt = os.path.realpath(home) if home else None
    out = []
    for item in items:
        md = {k: v for k, v in (item.metadata or {}).items() if k not in PATH_KEYS}
        md = _scrub(md, home)
        if alt and alt != home:
            md = _scrub(md, alt)
        out.append(dataclasses.replace(item, metadata=md if item.metadata is not None else None))
    return out
