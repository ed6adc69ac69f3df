"""Canonical JSON: the exact bytes that hashes and MACs are computed over."""

from __future__ import annotations

import json
from typing import Any


def canonical(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8 (not ASCII-escaped): stable bytes for hashing."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def loads(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))


def pretty(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False)
