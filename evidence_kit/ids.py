"""Short random ids for items and watches, in Crockford's base32 (no i, l, o or u to misread)."""

from __future__ import annotations

import secrets
from collections.abc import Container

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def random_id(length: int, taken: Container[str] = (), prefix: str = "") -> str:
    """`prefix` and `length` random characters (5 bits each), not already in `taken`."""
    while True:
        raw = secrets.randbits(5 * length)
        new = prefix + "".join(ALPHABET[(raw >> (5 * i)) & 31] for i in range(length))
        if new not in taken:
            return new
