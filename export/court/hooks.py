"""Where other features add to the court dossier from modules of their own, without editing its
parts (trusted time, chat transcripts, watch timelines, …).

    from export.court import hooks

    @hooks.exhibit_section
    def trusted_time(dossier, item) -> list:     # flowables, after the exhibit's list of files
        ...

    @hooks.cover_section
    def signature_words(dossier) -> list:        # on the cover, after the "not a notarial act" box
        ...

    hooks.appendix("court.app_timeline", timeline)   # timeline(dossier) -> list, after the last
                                                     # appendix; the key is its title

`dossier` is the CourtDossier being built: `dossier.t(key, **fields)` (words in its language),
`dossier.P(markup, style)`, `dossier.Pt(key, style, **fields)`, `dossier.st` (styles),
`dossier.fw` (frame width), `dossier.lang`, `dossier.vault`, `dossier.sel` (the items and the
custody log). A function may run more than once for one export (a dossier cut into volumes is
laid out again when a volume comes out too large): it must give the same flowables each time and
should keep anything slow to make (see `dossier._made`).

Modules named `export/court/section_*.py` are imported before the first dossier is built, so a
feature adds its file and nothing else.
"""

from __future__ import annotations

from typing import Callable

EXHIBIT_SECTIONS: list[Callable] = []
COVER_SECTIONS: list[Callable] = []
APPENDICES: list[tuple[str, Callable]] = []

_loaded = False


def exhibit_section(fn: Callable) -> Callable:
    if fn not in EXHIBIT_SECTIONS:
        EXHIBIT_SECTIONS.append(fn)
    return fn


def cover_section(fn: Callable) -> Callable:
    if fn not in COVER_SECTIONS:
        COVER_SECTIONS.append(fn)
    return fn


def appendix(title_key: str, fn: Callable) -> Callable:
    if all(k != title_key for k, _ in APPENDICES):
        APPENDICES.append((title_key, fn))
    return fn


def load_sections() -> None:
    """Import every export/court/section_*.py once (each registers its hooks)."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib
    import pkgutil
    from pathlib import Path

    for m in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if m.name.startswith("section_"):
            importlib.import_module(f"{__package__}.{m.name}")
