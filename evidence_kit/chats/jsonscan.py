"""A byte-level look at a JSON file without loading it: its top-level keys, the exact byte span
of each element of `chats.list` / `left_chats.list` in a Telegram full-account export, and of
each message of a chat.

The spans let one chat of a full-account export be sealed as the exact bytes the export holds for
it (anyone with the original `result.json` can cut them out and compare the hash), and a chat be
parsed a message at a time, so memory follows the transcript rather than the whole file. Nesting
is counted, not recursed into: a file nested deeper than `limits.MAX_JSON_DEPTH` is refused
(TooDeep) before anything parses it.
"""

from __future__ import annotations

import mmap
import re
from array import array
from dataclasses import dataclass
from typing import Iterator

from . import limits

# a JSON string (escapes included) or a bracket; numbers, literals, commas are skipped over
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]', re.S)
_WS = b" \t\r\n"


class NotJSON(ValueError):
    pass


class TooDeep(NotJSON):
    """Values nested deeper than any chat export nests them (limits.MAX_JSON_DEPTH)."""


class _Pages:
    """Lets the pages of a mapped file already read go (they stay in the system's file cache):
    reading a file of hundreds of MiB through a mapping would otherwise keep all of it resident."""

    STEP = 32 << 20

    def __init__(self, buf):
        ok = isinstance(buf, mmap.mmap) and hasattr(buf, "madvise") and hasattr(mmap, "MADV_DONTNEED")
        self.buf = buf if ok else None
        self.done = 0

    def passed(self, pos: int) -> None:
        if self.buf is None or pos - self.done < self.STEP:
            return
        end = pos - pos % mmap.PAGESIZE
        start = self.done - self.done % mmap.PAGESIZE
        if end > start:
            try:
                self.buf.madvise(mmap.MADV_DONTNEED, start, end - start)
            except (OSError, ValueError):
                self.buf = None
        self.done = end


def _next_byte(buf, pos: int) -> int:
    n = len(buf)
    while pos < n and buf[pos] in _WS:
        pos += 1
    return buf[pos] if pos < n else -1


def _key(tok: bytes) -> str:
    import json

    try:
        return json.loads(tok)
    except ValueError:
        return ""


def top_keys(buf, *, limit: int | None = None) -> list[str]:
    """The keys of the top-level object, in order (stops after `limit` bytes if given)."""
    start = 0
    while start < len(buf) and buf[start] in _WS + b"\xef\xbb\xbf":
        start += 1
    if start >= len(buf) or buf[start] != ord("{"):
        raise NotJSON("not a JSON object")
    depth = 0
    keys = []
    pages = _Pages(buf)
    end = len(buf) if limit is None else min(len(buf), limit)
    for m in _TOKEN.finditer(buf, start, end):
        tok = m.group()
        c = tok[0]
        if c == 0x22:   # "
            if depth == 1 and _next_byte(buf, m.end()) == ord(":"):
                keys.append(_key(tok))
        elif c in (0x7B, 0x5B):
            depth += 1
            pages.passed(m.start())
        else:
            depth -= 1
            if depth == 0:
                break
    return keys


@dataclass
class ChatSpan:
    list_name: str        # "chats" or "left_chats"
    index: int            # position in that list, from 0
    start: int            # byte offset of the chat's "{"
    end: int              # byte offset just after its "}"


def chat_spans(buf) -> Iterator[ChatSpan]:
    """Every chat object of a full-account export, as a byte span, in file order."""
    most = limits.MAX_JSON_DEPTH
    pages = _Pages(buf)
    depth = 0
    top = ""          # the top-level key being read
    second = ""       # the key inside it
    in_list = False
    index = {"chats": 0, "left_chats": 0}
    start = -1
    for m in _TOKEN.finditer(buf):
        tok = m.group()
        c = tok[0]
        if c == 0x22:
            if depth in (1, 2) and _next_byte(buf, m.end()) == ord(":"):
                if depth == 1:
                    top = _key(tok)
                else:
                    second = _key(tok)
            continue
        if c in (0x7B, 0x5B):
            depth += 1
            if depth > most:
                raise TooDeep("nested too deeply")
            pages.passed(m.start())
            if depth == 3 and c == 0x5B and top in index and second == "list":
                in_list = True
            elif depth == 4 and in_list and c == 0x7B:
                start = m.start()
        else:
            if depth == 4 and in_list and c == 0x7D and start >= 0:
                yield ChatSpan(top, index[top], start, m.end())
                index[top] += 1
                start = -1
            elif depth == 3 and in_list:
                in_list = False
            elif depth == 2:
                second = ""
            depth -= 1
            if depth < 0:
                raise NotJSON("unbalanced brackets")
    if depth != 0:
        raise NotJSON("the file ends inside a value")


@dataclass
class ChatParts:
    """A chat object, as bytes: `skeleton`, the object with its message list emptied (its name,
    type, id: small), and the span of each message object in that list (`starts`, `ends`)."""
    skeleton: bytes
    starts: array
    ends: array
    list_start: int = -1              # the list's "[" (-1: the object has no such list)
    list_end: int = -1                # just after its "]"
    object_end: int = -1              # just after the object's "}"

    def gaps(self) -> Iterator[tuple[bytes, bytes, int, int]]:
        """What lies between the message objects in the list, to be checked as JSON too: (text
        before, text after, start, end) such that before + buf[start:end] + after is a JSON list."""
        if self.list_start < 0:
            return
        prev, n = self.list_start + 1, len(self.starts)
        for k in range(n + 1):
            nxt = self.starts[k] if k < n else self.list_end - 1
            yield (b"[" if k == 0 else b"[0"), (b"0]" if k < n else b"]"), prev, nxt
            if k < n:
                prev = self.ends[k]

    def __len__(self) -> int:
        return len(self.starts)


def chat_parts(buf, start: int = 0, end: int | None = None, *, key: str = "messages") -> ChatParts:
    """The chat object at buf[start:end] (the file's top-level object if not given) in parts: a
    message at a time can then be parsed, and let go. Elements of the list that are not objects
    are left out (a chat's messages are objects). NotJSON if the brackets do not balance, TooDeep
    past limits.MAX_JSON_DEPTH."""
    end = len(buf) if end is None else end
    while start < end and buf[start] in _WS + b"\xef\xbb\xbf":
        start += 1
    if start >= end or buf[start] != ord("{"):
        raise NotJSON("not a JSON object")
    most = limits.MAX_JSON_DEPTH
    pages = _Pages(buf)
    starts, ends = array("q"), array("q")
    depth = 0
    current = ""                      # the key of the object's own value being read
    list_at = list_end = obj_end = el_at = -1
    in_list = False
    for m in _TOKEN.finditer(buf, start, end):
        at = m.start()
        c = buf[at]
        if c == 0x22:   # "
            if depth == 1 and _next_byte(buf, m.end()) == ord(":"):
                current = _key(m.group())
            continue
        if c in (0x7B, 0x5B):
            depth += 1
            if depth > most:
                raise TooDeep("nested too deeply")
            if depth == 2 and c == 0x5B and current == key and list_at < 0:
                list_at, in_list = at, True
            elif depth == 3 and in_list and c == 0x7B:
                el_at = at
                pages.passed(at)
        else:
            if depth == 3 and in_list and c == 0x7D and el_at >= 0:
                starts.append(el_at)
                ends.append(m.end())
                el_at = -1
            elif depth == 2 and in_list:
                list_end, in_list = m.end(), False
            depth -= 1
            if depth == 0:
                obj_end = m.end()
                break
            if depth < 0:
                raise NotJSON("unbalanced brackets")
    if obj_end < 0:
        raise NotJSON("the file ends inside a value")
    if list_at < 0:
        skeleton = bytes(buf[start:obj_end])
    else:
        skeleton = bytes(buf[start:list_at]) + b"[]" + bytes(buf[list_end:obj_end])
    return ChatParts(skeleton, starts, ends, list_at, list_end, obj_end)


def release(buf, upto: int, pages: "_Pages | None" = None) -> "_Pages":
    """Let the pages of `buf` before `upto` go (see _Pages); returns the pager to call again."""
    pages = pages or _Pages(buf)
    pages.passed(upto)
    return pages
