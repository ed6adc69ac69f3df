"""Looking for a canary string anywhere on disk, in the encodings a leak could take."""

from __future__ import annotations

import base64
import urllib.parse
from pathlib import Path


def forms(canary: str) -> list[bytes]:
    out = {canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be"),
           urllib.parse.quote(canary).encode(), urllib.parse.quote_plus(canary).encode(),
           canary.lower().encode(), canary.upper().encode()}
    # base64 at each of the three alignments (a canary inside a longer base64 text)
    for pad in range(3):
        enc = base64.b64encode(b"x" * pad + canary.encode())
        out.add(enc[4 * ((pad + 2) // 3) + 1:-4] if len(enc) > 12 else enc)
    return [f for f in out if len(f) >= 6]


def find_canary(roots, canary: str, *, exclude=()) -> list[str]:
    """Every file (by content) or path (by name) under `roots` that holds the canary."""
    needles = forms(canary)
    hits = []
    excluded = [Path(e).resolve() for e in exclude]
    for root in roots:
        root = Path(root)
        if not root.exists():
            continue
        for p in root.rglob("*"):
            rp = p.resolve() if not p.is_symlink() else p
            if any(str(rp).startswith(str(e)) for e in excluded):
                continue
            if canary.lower() in p.name.lower():
                hits.append(f"name: {p}")
            if p.is_file() and not p.is_symlink():
                try:
                    data = p.read_bytes()
                except OSError:
                    continue
                low = data.lower()
                for n in needles:
                    if n in data or n.lower() in low:
                        hits.append(f"content: {p}")
                        break
    return hits
