"""WhatsApp's "Export chat" text to a transcript.

Layouts read (the phone's language and region decide the details):

    Android   31.12.2020, 23:59 - Name: text          12/31/20, 11:59 PM - Name: text
    iOS       [31.12.20, 23:59:59] Name: text         [12/31/20, 11:59:59 PM] Name: text
    French    31/12/2020 à 23:59 - Name: text
    Arabic    ٣١‏/١٢‏/٢٠٢٠، ١١:٥٩ م - Name: text     (Arabic-Indic digits, U+200F, م PM / ص AM)

A line that does not start with a date and time continues the message above it. Attachments are
`IMG-20201231-WA0001.jpg (file attached)` (Android; any name, spaces too, with the words of
ATTACHED_WORDS) or `<attached: 00000012-PHOTO-….jpg>` (iOS);
files the phone left out are `<Media omitted>` (Android) or `image omitted` (iOS).

The times are the phone's wall clock with no zone: each is stored as written (`local`) and in UTC
for the zone the collector states. Whether dates are day-first or month-first is decided from the
dates themselves (a day over 12), failing that from the dates in the names of attached files, then
from the order of the messages, else assumed; how it was decided is recorded and said in words.
"""

from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO, Callable, Iterable, Iterator

from ..timeutil import to_iso
from . import limits
from .zones import StatedZone, localise

_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[\s\u202f\u00a0]?(?:[AaPp]\.?\s?[Mm]\.?))?"
_MARKS = "\u200e\u200f\ufeff\u202a\u202b\u202c"
HEAD = re.compile(
    rf"^[{_MARKS}]*(?:\[(?P<d1>{_DATE}),?\s(?P<t1>{_TIME})\][ \u00a0]"
    rf"|(?P<d2>{_DATE})(?:,|\s\u00e0)?\s(?P<t2>{_TIME})\s[-\u2013]\s)(?P<rest>.*)$")
# Android in Arabic: Arabic-Indic digits, U+200F inside the date, the Arabic comma, م (PM) / ص (AM):
# "٢٤‏/٤‏/٢٠٢٢، ٢:٠٧ م - Name: text". Persian phones write the extended digits ۰-۹.
_AD = "\u0660-\u0669\u06f0-\u06f9"
_ARABIC_HEAD = re.compile(
    rf"^[{_MARKS}]*(?P<d>[{_AD}]{{1,4}}[{_MARKS}]*/[{_AD}]{{1,2}}[{_MARKS}]*/[{_AD}]{{1,4}})[{_MARKS}]*[\u060c,]\s"
    rf"(?P<t>[{_AD}]{{1,2}}:[{_AD}]{{2}}(?::[{_AD}]{{2}})?(?:[\s\u202f\u00a0][\u0645\u0635])?)[{_MARKS}]*\s[-\u2013]\s"
    rf"(?P<rest>.*)$")
_TO_ASCII = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                           **{chr(0x6f0 + i): str(i) for i in range(10)},
                           "\u0645": "PM", "\u0635": "AM"})


def match_head(line: str) -> tuple[str, str, str, str] | None:
    """(date, time, the rest of the line, layout) when the line starts a message; the date and time
    in ASCII digits (AM/PM for the Arabic م/ص), as the rest of this module reads them."""
    m = HEAD.match(line)
    if m:
        if m.group("d1"):
            return m.group("d1"), m.group("t1"), m.group("rest"), "ios"
        return m.group("d2"), m.group("t2"), m.group("rest"), "android"
    if line[:8].lstrip(_MARKS)[:1] in _ARABIC_DIGITS:
        m = _ARABIC_HEAD.match(line)
        if m:
            date = "".join(c for c in m.group("d") if c not in _MARKS).translate(_TO_ASCII)
            time = " ".join(m.group("t").split()).translate(_TO_ASCII)
            return date, time, m.group("rest"), "android"
    return None


_ARABIC_DIGITS = frozenset(chr(0x660 + i) for i in range(10)) | frozenset(chr(0x6f0 + i) for i in range(10))
_SPLIT_DATE = re.compile(r"(\d+)[./-](\d+)[./-](\d+)")
_SPLIT_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[\s\u202f\u00a0]?([AaPp])\.?\s?[Mm]\.?)?")

# iOS: "<attached: NAME>" in the phone's language ("<вложение: NAME>")
_ATTACHED_IOS = re.compile(rf"^[{_MARKS}]*<[^<>:]{{1,40}}:\s*(?P<name>[^<>]+?\.\w{{1,6}})>\s*$")
# Android: "NAME (file attached)" in the phone's language ("NAME (файл добавлен)")
_ATTACHED_ANDROID = re.compile(rf"^[{_MARKS}]*(?P<name>[^\s<>()][^<>]*?\.\w{{1,6}}) \((?P<said>[^()]{{3,40}})\)\s*$")
# …and the words Android puts after the name in some languages: with them, any name (one with
# spaces, "Max Caulfield.vcf (Datei angehängt)") is an attachment, even one missing from the export
ATTACHED_WORDS = frozenset({
    "file attached", "datei angehängt", "файл добавлен", "fichier joint", "archivo adjunto",
    "arquivo anexado", "file allegato", "bestand bijgevoegd", "dosya ekli", "plik załączony",
})
# WhatsApp's own names for files it exports: a file by such a name is an attachment even if missing
_WA_NAME = re.compile(r"^(?:(?:IMG|VID|AUD|PTT|STK|DOC|PTV)-\d{8}-WA\d{3,5}|\d{8}-(?:PHOTO|VIDEO|AUDIO|"
                      r"STICKER|GIF|DOCUMENT|CONTACT)-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})\b", re.I)
OMITTED = {
    "<media omitted>": "media", "<без медиафайлов>": "media", "<медиафайл отсутствует>": "media",
    "<медиа пропущено>": "media", "image omitted": "photo", "video omitted": "video",
    "audio omitted": "audio", "sticker omitted": "sticker", "gif omitted": "gif",
    "document omitted": "document", "contact card omitted": "contact_card",
    "изображение отсутствует": "photo", "видео отсутствует": "video", "аудио отсутствует": "audio",
    "стикер отсутствует": "sticker", "gif отсутствует": "gif", "документ отсутствует": "document",
}
DELETED = {"this message was deleted", "you deleted this message", "данное сообщение удалено",
           "вы удалили данное сообщение", "это сообщение удалено", "вы удалили это сообщение"}
EDITED_SUFFIXES = ("<this message was edited>", "<сообщение изменено>", "<сообщение отредактировано>")
_KIND_BY_NAME = (("IMG-", "photo"), ("VID-", "video"), ("AUD-", "audio"), ("PTT-", "voice_message"),
                 ("STK-", "sticker"), ("DOC-", "document"), ("PTV-", "video_message"))
_KIND_BY_IOS = {"PHOTO": "photo", "VIDEO": "video", "AUDIO": "audio", "STICKER": "sticker",
                "GIF": "gif", "DOCUMENT": "document", "CONTACT": "contact_card"}


def is_head(line: str) -> bool:
    return match_head(line) is not None


def looks_like_whatsapp(text: str, *, lines: int = 40) -> bool:
    """The first non-empty lines are mostly WhatsApp message heads (the first one must be)."""
    seen = heads = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        ok = is_head(line)
        if seen == 1 and not ok:
            return False
        heads += ok
        if seen >= lines:
            break
    return seen > 0 and heads >= max(1, seen // 3)


# A date and a time at the start of a line, whatever the separators and the digits: what every
# layout of an export has, read or not ("12/07/2017 um 22:35 - …", "2017.07.12. 22:35 …").
_N = rf"[{_MARKS}]*[\d{_AD}]"
_STAMP = re.compile(rf"^[{_MARKS}\[(]*{_N}{{1,4}}[{_MARKS}]*[^\d\s{_AD}]{{1,2}}{_N}{{1,2}}[{_MARKS}]*[^\d\s{_AD}]{{1,2}}"
                    rf"{_N}{{1,4}}[^\d{_AD}]{{1,12}}?{_N}{{1,2}}[{_MARKS}]*[:.h]{_N}{{2}}")


def looks_like_unread_export(text: str, *, lines: int = 40) -> bool:
    """Not an export this module reads, yet its lines start with dates and times as an export's do:
    the first non-empty line and a third of the first `lines`. (Lines of `Name: text` with no date
    stamps look like nothing: chat-like text is not a chat export.)"""
    if looks_like_whatsapp(text, lines=lines):
        return False
    seen = stamped = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        ok = _STAMP.match(line) is not None
        if seen == 1 and not ok:
            return False
        stamped += ok
        if seen >= lines:
            break
    return seen > 0 and stamped >= max(1, seen // 3)


def _attachment_kind(name: str) -> str:
    up = name.upper()
    for prefix, kind in _KIND_BY_NAME:
        if up.startswith(prefix):
            return kind
    m = re.match(r"^\d{8}-([A-Z]+)-", up)
    if m and m.group(1) in _KIND_BY_IOS:
        return _KIND_BY_IOS[m.group(1)]
    ext = up.rsplit(".", 1)[-1]
    if ext in ("JPG", "JPEG", "PNG", "WEBP", "HEIC", "GIF"):
        return "photo"
    if ext in ("MP4", "MOV", "3GP", "MKV"):
        return "video"
    if ext in ("OPUS", "OGG", "M4A", "MP3", "AAC", "AMR", "WAV"):
        return "audio"
    if ext == "VCF":
        return "contact_card"
    return "file"


@dataclass
class _Raw:
    line_no: int
    date: str
    time: str
    body: list[str] = field(default_factory=list)
    layout: str = "android"


@dataclass
class DateOrder:
    order: str          # "DMY", "MDY" or "YMD"
    basis: str          # "unambiguous" (a field over 12 or a 4-digit year first), "attachment_names"
                        # (the dates in the names of attached files), "message_order", "assumed"

    def to_dict(self) -> dict:
        return {"order": self.order, "basis": self.basis}


def _fields(date: str) -> tuple[int, int, int] | None:
    m = _SPLIT_DATE.fullmatch(date)
    return tuple(int(x) for x in m.groups()) if m else None


def _to_date(f: tuple[int, int, int], order: str) -> tuple[int, int, int] | None:
    a, b, c = f
    y, mo, d = {"DMY": (c, b, a), "MDY": (c, a, b), "YMD": (a, b, c)}[order]
    if y < 100:
        y += 2000
    try:
        datetime(y, mo, d)
    except ValueError:
        return None
    return y, mo, d


def _parse_time(text: str) -> tuple[int, int, int] | None:
    m = _SPLIT_TIME.fullmatch(text.strip())
    if not m:
        return None
    h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    ampm = (m.group(4) or "").upper()
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if ampm == "P" else 0)
    if h > 23 or mi > 59 or s > 59:
        return None
    return h, mi, s


class _OrderVotes:
    """What the dates of an export say about their order, gathered one message at a time (the
    dates need not all be held at once)."""

    def __init__(self):
        self.heads = 0
        self.any_fields = False
        self.all_ymd = True
        self.valid = {"DMY": True, "MDY": True}
        self.prev: dict[str, tuple | None] = {"DMY": None, "MDY": None}
        self.back = {"DMY": 0, "MDY": 0}
        self.twelve_50 = False          # a 12-hour time among the first 50 messages
        self.twelve_200 = False         # … among the first 200
        self.first_slash = False
        self.named = {"DMY": 0, "MDY": 0}   # messages whose attachment's name has the date so read

    def attached(self, date: str, body: list[str]) -> None:
        """A message's date against the date in the names of the files it attaches
        (`IMG-20201102-WA0001.jpg`, `00000010-PHOTO-2020-11-02-21-49-51.jpg`)."""
        f = _fields(date)
        if not f or f[0] > 31:
            return
        for line in body[:2]:
            for m in _NAME_DATE.finditer(line):
                ymd = tuple(int(x) for x in (m.group(1) or m.group(4), m.group(2) or m.group(5),
                                             m.group(3) or m.group(6)))
                for o in ("DMY", "MDY"):
                    if _to_date(f, o) == ymd:
                        self.named[o] += 1

    def add(self, date: str, time: str) -> None:
        self.heads += 1
        if self.heads <= 200 and _AMPM.search(time):
            self.twelve_200 = True
            self.twelve_50 = self.twelve_50 or self.heads <= 50
        if self.heads == 1:
            self.first_slash = "/" in date
        f = _fields(date)
        if not f:
            return
        self.any_fields = True
        if f[0] <= 31:
            self.all_ymd = False
        for o in ("DMY", "MDY"):
            if not self.valid[o]:
                continue
            d = _to_date(f, o)
            if d is None:
                self.valid[o] = False
                continue
            p = self.prev[o]
            if p is not None and d < p:
                self.back[o] += 1
            self.prev[o] = d

    def decide(self) -> DateOrder:
        if not self.any_fields:
            return DateOrder("DMY", "assumed")
        if self.all_ymd:
            return DateOrder("YMD", "unambiguous")
        candidates = [o for o in ("DMY", "MDY") if self.valid[o]]
        if len(candidates) == 1:
            return DateOrder(candidates[0], "unambiguous")
        if not candidates:
            return DateOrder("DMY", "assumed")
        # both read as valid dates: the dates WhatsApp wrote into the names of attached files
        nd, nm = self.named["DMY"], self.named["MDY"]
        if nd != nm:
            return DateOrder("DMY" if nd > nm else "MDY", "attachment_names")
        # …else the right one keeps the messages in order
        bd, bm = self.back["DMY"], self.back["MDY"]
        if bd != bm:
            return DateOrder("DMY" if bd < bm else "MDY", "message_order")
        return DateOrder("MDY" if (self.twelve_50 and self.first_slash) else "DMY", "assumed")


_AMPM = re.compile(r"[AaPp]\.?\s?[Mm]")
_NAME_DATE = re.compile(r"\b(?:IMG|VID|AUD|PTT|STK|DOC|PTV)-(\d{4})(\d{2})(\d{2})-WA\d"
                        r"|\b\d{8}-[A-Z]+-(\d{4})-(\d{2})-(\d{2})-\d{2}-\d{2}-\d{2}\b")


def decide_order(raws: list[_Raw]) -> DateOrder:
    """Day-first, month-first or year-first for all the dates of one export."""
    votes = _OrderVotes()
    for r in raws:
        votes.add(r.date, r.time)
        votes.attached(r.date, r.body)
    return votes.decide()


@dataclass
class Parsed:
    messages: list[dict]
    date_order: DateOrder
    clock_changes: int
    twelve_hour: bool
    layout: str                     # "android" or "ios"
    attachments: list[str]          # names of the attachments the messages name, in order


class Refused(ValueError):
    """The text is over one of the bounds of `limits`: `key` and `params` say which, in words."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key = key
        self.params = params


def text_lines(raw: BinaryIO, encoding: str, errors: str = "strict") -> Iterator[tuple[int, str]]:
    """(line number from 1, line) of an export's bytes, read a piece at a time: the lines
    `str.splitlines()` gives of the whole text. A line longer than a message may be is refused
    before it is read whole."""
    most = limits.MAX_MESSAGE_CHARS
    text = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="")
    try:
        no = 0
        while True:
            piece = text.readline(most + 1)
            if not piece:
                return
            if len(piece) > most and piece[-1] not in "\r\n":
                raise Refused("chat.error.message_too_long", line=no + 1, limit=most)
            for line in piece.splitlines():
                no += 1
                yield no, line
    finally:
        text.detach()


def _records(lines: Iterable[tuple[int, str]], on_head: Callable[[str, str], None] | None = None
             ) -> Iterator[tuple[str, _Raw | list[str]]]:
    """("preamble", [lines]) for lines before the first message (at most once, first), then
    ("message", _Raw) for each message with its continued lines; the bounds of `limits` checked
    as the lines come."""
    most_chars, most_messages = limits.MAX_MESSAGE_CHARS, limits.MAX_MESSAGES
    preamble: list[str] = []
    current: _Raw | None = None
    size = 0
    count = 0
    for no, line in lines:
        m = match_head(line)
        if m:
            if current is not None:
                yield "message", current
            elif preamble:
                yield "preamble", preamble
                preamble = []
            count += 1
            if count > most_messages:
                raise Refused("chat.error.too_many_messages", limit=most_messages)
            date, time, rest, layout = m
            if on_head is not None:
                on_head(date, time)
            current = _Raw(no, date, time, [rest], layout)
            size = len(line)
            continue
        size += len(line) + 1
        if current is not None:
            if size > most_chars:
                raise Refused("chat.error.message_too_long", line=current.line_no, limit=most_chars)
            current.body.append(line)
        elif line.strip():
            if size > most_chars:
                raise Refused("chat.error.message_too_long", line=1, limit=most_chars)
            preamble.append(line)
    if current is not None:
        yield "message", current
    elif preamble:
        yield "preamble", preamble


def parse(text: str, zone: StatedZone, *, has_file: Callable[[str], bool]) -> Parsed:
    """The transcript of an export's text. `has_file(name)` says whether the export holds a file."""
    lines = lambda: enumerate(text.splitlines(), 1)  # noqa: E731
    return build(lines(), scan(lines()), zone, has_file=has_file)


@dataclass
class Scan:
    """What a first reading of the text found: how its dates are ordered, its layout."""
    votes: _OrderVotes
    layout: str
    messages: int


def scan(lines: Iterable[tuple[int, str]]) -> Scan:
    """Read the text once, keeping nothing of it but what decides the order of its dates: Refused
    if it is over a bound of `limits`, before any message is built. `lines`: (number, line) pairs,
    e.g. `text_lines`."""
    votes = _OrderVotes()
    layout = ""
    for kind, rec in _records(lines, votes.add):
        if kind != "message":
            continue
        if not layout:
            layout = rec.layout
        votes.attached(rec.date, rec.body)
    return Scan(votes, layout or "android", votes.heads)


def build(lines: Iterable[tuple[int, str]], found: Scan, zone: StatedZone, *,
          has_file: Callable[[str], bool]) -> Parsed:
    """The transcript, from a second reading of the same lines that `scan` read."""
    order = found.votes.decide()
    messages: list[dict] = []
    attachments: list[str] = []
    clock_changes = 0
    preamble = None
    n = 0
    times = _Times(zone)
    for kind, rec in _records(lines):
        if kind == "preamble":
            preamble = {"n": 0, "type": "preamble", "text": "\n".join(rec), "at": None}
            continue
        n += 1
        msg = _message(n, rec, order, times, has_file, attachments)
        clock_changes += int(msg.pop("_clock_change", False))
        messages.append(msg)
    if preamble is not None:
        messages.insert(0, preamble)
    return Parsed(messages, order, clock_changes, found.votes.twelve_200, found.layout, attachments)


class _Times:
    """A message's date and time as (UTC, local as written, whether the clock changed then), the
    last one remembered: the messages of one minute share it."""

    def __init__(self, zone: StatedZone):
        self.zone = zone
        self._last: tuple | None = None

    def read(self, date: str, time: str, order: DateOrder):
        key = (date, time)
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        d = _fields(date)
        ymd = _to_date(d, order.order) if d else None
        hms = _parse_time(time)
        out = None
        if ymd and hms:
            naive = datetime(*ymd, *hms)
            aware, odd = localise(naive, self.zone.tz)
            out = (to_iso(aware), naive.isoformat(), odd)
        self._last = (key, out)
        return out


def _split_sender(rest: str) -> tuple[str | None, str]:
    """('Name', 'text') or (None, 'a system line') for what follows the date and time."""
    idx = rest.find(": ")
    if idx <= 0 and rest.endswith(":"):
        idx = len(rest) - 1
    if idx > 0:
        name = rest[:idx]
        if len(name) <= 80 and not any(q in name for q in '"“”«»'):
            return name.strip(_MARKS + " "), rest[idx + 2:]
    return None, rest


def _message(n: int, r: _Raw, order: DateOrder, times: _Times, has_file, attachments) -> dict:
    out: dict = {"n": n, "type": "message", "line": r.line_no}
    when = times.read(r.date, r.time, order)
    if when is not None:
        out["at"], out["local"], odd = when
        if odd:
            out["_clock_change"] = True
            out["local_time_ambiguous"] = True
    else:
        out["at"] = None
        out["local_as_written"] = f"{r.date} {r.time}"
    sender, first = _split_sender(r.body[0])
    body = [first] + r.body[1:]
    if sender is None:
        out["type"] = "service"
    else:
        out["from"] = sys.intern(sender)      # one string per person, however many messages
    text = "\n".join(body)
    stripped = text.strip(_MARKS + " ")
    low = stripped.casefold()
    # "<This message was edited>" at the end
    for suffix in EDITED_SUFFIXES:
        if low.endswith(suffix):
            text = text[: len(text.rstrip()) - len(suffix)].rstrip()
            stripped = text.strip(_MARKS + " ")
            low = stripped.casefold()
            out["edited"] = True
            break
    media: list[dict] = []
    first_line = stripped.split("\n", 1)[0]
    caption = stripped.split("\n", 1)[1] if "\n" in stripped else ""
    omitted = OMITTED.get(low) or next((k for s, k in OMITTED.items() if low.endswith(s)
                                        and not s.startswith("<")), None)
    m_ios = _ATTACHED_IOS.match(first_line)
    m_and = _ATTACHED_ANDROID.match(first_line)
    if omitted and sender is not None:
        media.append({"kind": omitted, "left_out": stripped})
        text = ""
    elif m_ios or (m_and and (has_file(m_and.group("name")) or _WA_NAME.match(m_and.group("name"))
                              or m_and.group("said").strip().casefold() in ATTACHED_WORDS)):
        name = (m_ios or m_and).group("name").strip()
        media.append({"kind": _attachment_kind(name), "path": name})
        attachments.append(name)
        text = caption
    elif low in DELETED:
        out["deleted"] = True
    elif sender is not None and text.startswith("\u200e") and out["type"] == "message":
        out["type"] = "service"          # iOS writes group events under the group's name
    out["text"] = text.strip(_MARKS) if media or out["type"] == "service" else text
    if media:
        out["media"] = media
    return out
