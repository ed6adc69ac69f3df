"""Fonts, icons, colours and the window title (the neutral one, for a shared screen)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from evidence_kit.resources import asset, assets_dir

log = logging.getLogger(__name__)

FONT_FAMILY = "Noto Sans"
MONO_FAMILY = "Noto Sans Mono"

_fonts_loaded = False


def register_fonts() -> str:
    """Register every bundled font (they show Tajik letters ғ ӣ қ ӯ ҳ ҷ). Returns the UI family."""
    global _fonts_loaded, FONT_FAMILY, MONO_FAMILY
    if _fonts_loaded:
        return FONT_FAMILY
    for ttf in sorted((assets_dir() / "fonts").glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(ttf))
        if fid < 0:
            log.warning("could not load font %s", ttf)
            continue
        fams = QFontDatabase.applicationFontFamilies(fid)
        if fams and ttf.name == "NotoSans-Regular.ttf":
            FONT_FAMILY = fams[0]
        if fams and ttf.name == "NotoSansMono-Regular.ttf":
            MONO_FAMILY = fams[0]
    _fonts_loaded = True
    return FONT_FAMILY


def mono_font(point_size: int | None = None) -> QFont:
    f = QFont(MONO_FAMILY)
    f.setStyleHint(QFont.StyleHint.Monospace)
    if point_size:
        f.setPointSize(point_size)
    return f


def icon(name: str) -> QIcon:
    path = asset("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon(neutral: bool) -> QIcon:
    return icon("neutral" if neutral else "app")


def window_title(neutral: bool) -> str:
    """The title every window shows. Neutral: a plain word that says nothing about evidence."""
    if neutral:
        return QCoreApplication.translate("Style", "Notes")
    return QCoreApplication.translate("Style", "Evidence Kit")


# Calm colours: a soft blue accent, warm grey surfaces, a deep orange for the quick exit.
ACCENT = "#2f5d8a"
QUICK_EXIT = "#b4441f"

STYLESHEET = f"""
QWidget {{ font-size: 10pt; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: none; border-radius: 4px;
                       padding: 7px 16px; font-weight: bold; }}
QPushButton#primary:disabled {{ background: #9aaec2; }}
QPushButton#quickExit, QToolButton#quickExit {{ background: {QUICK_EXIT}; color: white; border: none;
                       border-radius: 4px; padding: 6px 12px; font-weight: bold; }}
QPushButton#danger {{ background: #a61b1b; color: white; border: none; border-radius: 4px;
                      padding: 7px 16px; font-weight: bold; }}
QPushButton#danger:disabled {{ background: #c9a0a0; }}
QLabel#title {{ font-size: 15pt; font-weight: bold; }}
QLabel#bigWarning {{ font-size: 15pt; font-weight: bold; color: #8a2c0f; }}
QLabel#bigText {{ font-size: 13pt; }}
QLabel#hint {{ color: #555555; }}
QLabel#error {{ color: #8a2c0f; background: #fbeee6; border: 1px solid #e8c2ae; border-radius: 4px;
                padding: 8px; }}
QLabel#ok {{ color: #1f5a2c; background: #e8f4ea; border: 1px solid #b9dcbf; border-radius: 4px;
             padding: 8px; }}
QLabel#recoveryKey {{ background: #fffbe6; border: 1px dashed #c9b458; padding: 12px; }}
QFrame#card {{ background: #f4f6f8; border: 1px solid #dde2e7; border-radius: 6px; }}
QToolBar {{ spacing: 6px; padding: 4px; }}
"""


def hint(text: str = "", *, wrap: bool = True) -> QLabel:
    """A quieter line of explanation under a control (the style sheet's `#hint`)."""
    lab = QLabel(text)
    lab.setObjectName("hint")
    lab.setWordWrap(wrap)
    return lab


def title(text: str = "") -> QLabel:
    """A heading (the style sheet's `#title`), wrapped: translations are longer than English."""
    lab = QLabel(text)
    lab.setObjectName("title")
    lab.setWordWrap(True)
    return lab


def apply_style(app: QApplication) -> None:
    family = register_fonts()
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    app.setStyle("Fusion")
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(pal)
    app.setStyleSheet(STYLESHEET)
