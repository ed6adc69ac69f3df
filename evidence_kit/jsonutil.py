"""Canonical JSON: the exact bytes that hashes and MACs are computed over."""

from __future__ import annotations

import json
from typing import Any, Iterator

try:
    import orjson
except ImportError:     # a source tree without it: the standard library alone, slower
    orjson = None

_LINE = json.JSONEncoder(ensure_ascii=False)
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_LONG = 64              # a list longer than this is written an element at a time
_PIECE = 1 << 18        # characters gathered before a piece is given out


def canonical(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8 (not ASCII-escaped): stable bytes for hashing."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def canonical_chunks(obj: Any) -> Iterator[bytes]:
    """`canonical(obj)` in pieces of about a quarter MiB, the same bytes: a record with a long list
    (a chat's transcript) is never whole in memory as JSON. (json.dumps gathers every string of the
    output before joining them: several times the output's size.)"""
    parts: list[str] = []
    size = 0
    for text in _pieces(obj, 0):
        parts.append(text)
        size += len(text)
        if size >= _PIECE:
            yield "".join(parts).encode("utf-8")
            parts, size = [], 0
    if parts:
        yield "".join(parts).encode("utf-8")


def _pieces(obj: Any, depth: int) -> Iterator[str]:
    """Small dicts and short lists are opened (to find the long lists inside them), down to a few
    levels; everything else is written whole by the same encoder json.dumps uses."""
    if depth < 8 and isinstance(obj, dict) and obj and all(isinstance(k, str) for k in obj):
        yield "{"
        for n, key in enumerate(sorted(obj)):
            yield ("," if n else "") + _CANONICAL.encode(key) + ":"
            yield from _pieces(obj[key], depth + 1)
        yield "}"
    elif isinstance(obj, (list, tuple)) and obj and (len(obj) > _LONG or depth < 8):
        yield "["
        for n, value in enumerate(obj):
            if n:
                yield ","
            if len(obj) > _LONG:
                yield _CANONICAL.encode(value)
            else:
                yield from _pieces(value, depth + 1)
        yield "]"
    else:
        yield _CANONICAL.encode(obj)


def loads(data: bytes) -> Any:
    """JSON from UTF-8 bytes. orjson reads the 10,000-item index of `list` in a third of the time
    json takes; what it refuses and json reads (an integer beyond 64 bits, a lone surrogate
    escape), json still reads, so every record written before reads as it did."""
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return json.loads(data.decode("utf-8"))


def dumps_line(obj: Any) -> str:
    """One value as one line of JSON, not ASCII-escaped (the command line's --json listings)."""
    if orjson is not None:
        try:
            return orjson.dumps(obj).decode("utf-8")
        except TypeError:       # what orjson does not write (e.g. keys that are not strings)
            pass
    return _LINE.encode(obj)


def pretty(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False)
