"""A byte-level look at a JSON file without loading it: its top-level keys, and the exact byte
span of each element of `chats.list` / `left_chats.list` in a Telegram full-account export.

The spans let one chat of a full-account export be sealed as the exact bytes the export holds for
it (anyone with the original `result.json` can cut them out and compare the hash), and parsed on
its own, so memory follows the largest chat rather than the whole account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# a JSON string (escapes included) or a bracket; numbers, literals, commas are skipped over
_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]', re.S)
_WS = b" \t\r\n"


class NotJSON(ValueError):
    pass


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
    end = len(buf) if limit is None else min(len(buf), limit)
    for m in _TOKEN.finditer(buf, start, end):
        tok = m.group()
        c = tok[0]
        if c == 0x22:   # "
            if depth == 1 and _next_byte(buf, m.end()) == ord(":"):
                keys.append(_key(tok))
        elif c in (0x7B, 0x5B):
            depth += 1
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
