"""Where other features add to the court dossier from modules of their own, without editing its
parts (trusted time, chat transcripts, watch timelines, …).

    from export.court import hooks

    @hooks.exhibit_section
    def trusted_time(dossier, item) -> list:     # flowables, after the exhibit's list of files
        ...

    @hooks.cover_section
    def signature_words(dossier) -> list:        # on the cover, after the "not a notarial act" box
        ...

    hooks.appendix("court.app_timeline", timeline, when=has_timeline)
                           # timeline(dossier) -> list, after the last appendix; the key is its
                           # title; `when(dossier)` (optional) says whether this dossier has it

    @hooks.metadata_row
    def trusted_time(dossier, item, row):        # row(label_key, markup) in the details table
        ...

    @hooks.value_formatter
    def platform(label, value, lang):            # markup for a metadata value, or None
        ...

    hooks.event_text("messages_marked", fn)      # fn(details, lang) -> words in the custody tables
    hooks.method_section(fn)                     # fn(dossier) -> flowables in the methodology

`dossier` is the CourtDossier being built: `dossier.t(key, **fields)` (words in its language),
`dossier.P(markup, style)`, `dossier.Pt(key, style, **fields)`, `dossier.st` (styles),
`dossier.fw` (frame width), `dossier.lang`, `dossier.vault`, `dossier.sel` (the items and the
custody log). A function may run more than once for one export (a dossier cut into volumes is
laid out again when a volume comes out too large): it must give the same flowables each time and
should keep anything slow to make (see `dossier._made`).

The dossier's own sections, each in a module of its own (`chat`: chat transcripts, `received`: evidence received from another vault, `posts`: a
capture's platform record and its posts, `technical`: the technical record of the captures, `timeline`: watched addresses, `trust`: trusted time and the PDF
signature), are registered in one place, `load_sections`, before the first dossier is built: a new
section is a module and its lines there.
"""

from __future__ import annotations

from typing import Callable

EXHIBIT_SECTIONS: list[Callable] = []
COVER_SECTIONS: list[Callable] = []
APPENDICES: list[tuple[str, Callable]] = []
APPENDIX_WHEN: dict[str, Callable] = {}
METADATA_ROWS: list[Callable] = []
VALUE_FORMATTERS: list[Callable] = []
EVENT_TEXTS: dict[str, Callable] = {}
METHOD_SECTIONS: list[Callable] = []

_loaded = False


def exhibit_section(fn: Callable) -> Callable:
    if fn not in EXHIBIT_SECTIONS:
        EXHIBIT_SECTIONS.append(fn)
    return fn


def cover_section(fn: Callable) -> Callable:
    if fn not in COVER_SECTIONS:
        COVER_SECTIONS.append(fn)
    return fn


def appendix(title_key: str, fn: Callable, *, when: Callable | None = None) -> Callable:
    if all(k != title_key for k, _ in APPENDICES):
        APPENDICES.append((title_key, fn))
        if when is not None:
            APPENDIX_WHEN[title_key] = when
    return fn


def appendices_of(dossier) -> list[tuple[str, Callable]]:
    """The added appendices this dossier has (in the order they were added)."""
    return [(k, fn) for k, fn in APPENDICES if APPENDIX_WHEN.get(k, lambda d: True)(dossier)]


def metadata_row(fn: Callable) -> Callable:
    if fn not in METADATA_ROWS:
        METADATA_ROWS.append(fn)
    return fn


def value_formatter(fn: Callable) -> Callable:
    if fn not in VALUE_FORMATTERS:
        VALUE_FORMATTERS.append(fn)
    return fn


def event_text(event: str, fn: Callable) -> Callable:
    EVENT_TEXTS.setdefault(event, fn)
    return fn


def method_section(fn: Callable) -> Callable:
    if fn not in METHOD_SECTIONS:
        METHOD_SECTIONS.append(fn)
    return fn


def load_sections() -> None:
    """Register the dossier's own sections, once: lists swapped for others (as a test does) do not
    get them again."""
    global _loaded
    if _loaded:
        return
    from . import chat, posts, received, technical, timeline, trust

    exhibit_section(chat.transcript)                     # each chat's transcript
    event_text("messages_marked", chat.mark_event_text)  # marked messages in the custody tables
    method_section(chat.method)                          # chat exports in the methodology
    value_formatter(posts.platform_record)               # a capture's platform record, in one line
    exhibit_section(posts.posts_section)                 # and its posts, one block each
    appendix(timeline.TITLE_KEY, timeline.appendix, when=timeline.has_timeline)   # watched addresses
    appendix(technical.TITLE_KEY, technical.appendix, when=technical.has_technical)   # how the software ran
    cover_section(trust.cover)                           # what the signature and trusted time prove
    metadata_row(trust.metadata_row)                     # each exhibit's trusted time
    metadata_row(received.metadata_row)                  # a received exhibit: from whom, in which file
    appendix(received.TITLE_KEY, received.appendix, when=received.has_received)   # the hand-overs
    event_text("shared", received.shared_event_text)     # hand-overs in the custody tables
    event_text("item_received", received.item_event_text)
    event_text("share_received", received.receipt_event_text)
    _loaded = True          # only once every section is in (an error is raised, and tried again)
