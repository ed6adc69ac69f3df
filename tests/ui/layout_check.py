"""Is any text in a window cut off? For every visible label and button: its size is at least what
its text needs (a wrapped label: its height for its width); for a table's header: each shown
section is as wide as its words; for a field with a placeholder: the placeholder fits."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QHeaderView,
                               QLabel, QLineEdit, QStyle, QTabBar, QWidget)

SLACK = 1          # pixels of rounding


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "placeholderText"):
        if hasattr(w, attr):
            text = getattr(w, attr)() or text
    return f"{type(w).__name__}[{w.objectName() or '?'}] {text[:60]!r}"


def _shown(w: QWidget, root: QWidget) -> bool:
    return w.isVisible() and w.window() is root.window()


def _in_scroll_viewport(w: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
            return True
        p = p.parentWidget()
    return False


def _settle() -> None:
    for _ in range(5):                 # layout requests are posted events: let them all run
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def clipped(root: QWidget) -> list[str]:
    """What is cut off in `root` (shown and laid out), in words a failing test prints. A text
    that arrived from a worker while it was measured (a picture's note) is measured again once
    its layout has run: only what stays cut counts."""
    _settle()
    first = _measure(root)
    if not first:
        return first
    _settle()
    return [p for p in _measure(root) if p in first]


def _measure(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w, root):
            continue
        if isinstance(w, QLabel):
            if not w.text().strip() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if w.height() + SLACK < need:
                    out.append(f"{_name(w)}: {w.width()}x{w.height()}, needs height {need}")
            else:
                sh = w.sizeHint()
                if w.width() + SLACK < sh.width() or w.height() + SLACK < sh.height():
                    out.append(f"{_name(w)}: {w.width()}x{w.height()}, needs {sh.width()}x{sh.height()}")
        elif isinstance(w, QAbstractButton):
            if not w.text().strip():
                continue
            sh = w.sizeHint()
            if w.width() + SLACK < sh.width() or w.height() + SLACK < sh.height():
                out.append(f"{_name(w)}: {w.width()}x{w.height()}, needs {sh.width()}x{sh.height()}")
        elif isinstance(w, QLineEdit):
            ph = w.placeholderText()
            if ph and not w.text():
                need = w.fontMetrics().horizontalAdvance(ph) + 12
                if w.isEnabled() and w.width() < need:
                    out.append(f"{_name(w)}: {w.width()} wide, its hint needs {need}")
        elif isinstance(w, QHeaderView):
            model = w.model()
            if model is None:
                continue
            count = model.columnCount() if w.orientation().name == "Horizontal" else model.rowCount()
            for i in range(count):
                if w.isSectionHidden(i):
                    continue
                text = model.headerData(i, w.orientation())
                if not text:
                    continue
                lines = str(text).split("\n")
                margin = w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, w)
                need = max(w.fontMetrics().horizontalAdvance(x) for x in lines) + 2 * margin
                if w.isSortIndicatorShown() and w.sortIndicatorSection() == i:
                    need += w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, w)
                if w.sectionSize(i) < need:
                    out.append(f"header {str(text)!r}: {w.sectionSize(i)} wide, needs {need}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if not w.isTabVisible(i):
                    continue
                need = w.fontMetrics().horizontalAdvance(w.tabText(i))
                if w.tabRect(i).width() < need:
                    out.append(f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} wide, needs {need}")
    return out
