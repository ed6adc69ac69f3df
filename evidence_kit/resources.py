"""Where the bundled assets (fonts, icons, translations) are."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)       # inside a PyInstaller bundle
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)


FONT_REGULAR = ("fonts", "NotoSans-Regular.ttf")
FONT_BOLD = ("fonts", "NotoSans-Bold.ttf")
FONT_ITALIC = ("fonts", "NotoSans-Italic.ttf")
FONT_MONO = ("fonts", "NotoSansMono-Regular.ttf")
