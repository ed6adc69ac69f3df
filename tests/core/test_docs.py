"""The one-page map (docs/architecture.md) stays true: every module and folder it names exists,
and it stays short enough to read in five minutes."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_path_the_map_names_exists():
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    named = set(re.findall(r"`([A-Za-z0-9_./<>-]+(?:\.py|\.md|/))`", text))
    assert len(named) > 40
    missing = [p for p in sorted(named) if "<" not in p and not (ROOT / p).exists()]
    assert missing == []


def test_the_map_is_short():
    words = len((ROOT / "docs" / "architecture.md").read_text("utf-8").split())
    assert words < 1300          # about five minutes' reading
