"""Layouts that grow, never clip: Tajik and Russian words are often a third to a half longer than
English, so a window, a table's header or a search field must make room for them.

- `grow(window)`: a dialog is never shorter than its wrapped text needs at its width. Qt sizes a
  window by its layout's minimum, which counts a wrapped label as one short line; the labels were
  then squeezed and their words cut. The window's minimum height follows the height its layout
  needs for its current width (narrower: taller), whenever either changes.
- `whole_headers(view)`: every column of a table is made at least as wide as its header's words
  whenever they change (a language switch) or the table is shown; a stretched column is never
  narrower than its words (the table scrolls sideways instead).
- `scrolling(content)`: a long page of settings or choices scrolls rather than run off a laptop's
  screen (1024×700 and up), its words still whole.
- `StackedForm(page)`: rows of a form with each label above its field, for pages with wrapped
  words (QFormLayout under-counts the height such a row needs, and cut its words).
- `placeholder(field, text)`: a field with a hint inside it ("Search …") is at least as wide as
  that hint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (QFrame, QHeaderView, QLabel, QLineEdit, QScrollArea, QStyle,
                               QTableView, QVBoxLayout, QWidget)


class _Grow(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self._busy = False

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest,
                            QEvent.Type.LanguageChange) and not self._busy:
            self._busy = True
            try:
                fit_height(obj)
            finally:
                self._busy = False
        return False


def fit_height(window: QWidget) -> None:
    """The window's minimum height: what its layout needs at the window's width."""
    lay = window.layout()
    if lay is None:
        return
    lay.activate()
    need = lay.totalMinimumSize().height()
    if lay.hasHeightForWidth():      # the least height with every wrapped label whole at this width
        need = max(need, lay.totalMinimumHeightForWidth(window.width()))
    if window.minimumHeight() != need:
        window.setMinimumHeight(need)
    if window.height() < need:
        window.resize(window.width(), need)


def grow(window: QWidget) -> QWidget:
    """Keep `window` tall enough for all its words (see the module's docstring)."""
    window.installEventFilter(_Grow(window))
    return window


# ------------------------------------------------------------------------------ table headers
def header_need(header: QHeaderView, section: int) -> int:
    """The width a header's words need (its longest line, the margins and a sort arrow)."""
    model = header.model()
    text = model.headerData(section, header.orientation()) if model is not None else None
    if not text:
        return 0
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin + 6
    if header.isSortIndicatorShown():
        need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return need


class _WholeHeaders(QObject):
    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        header = view.horizontalHeader()
        # bound methods, not lambdas: Qt cuts these connections when this object goes with its view
        header.sectionCountChanged.connect(self._changed)
        header.sortIndicatorChanged.connect(self._changed)
        self._model = None
        self._watch_model()
        view.installEventFilter(self)

    def _watch_model(self):
        model = self.view.model()
        if model is self._model or model is None:
            return
        self._model = model
        model.headerDataChanged.connect(self._changed)
        model.modelReset.connect(self._changed)
        model.layoutChanged.connect(self._changed)

    def _changed(self, *_):
        from shiboken6 import isValid

        if isValid(self.view):          # not while the view itself is being taken down
            self.fit()

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._watch_model()
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        if header.model() is None:
            return
        stretched = 0
        for i in range(header.count()):
            need = header_need(header, i)
            if not need or header.isSectionHidden(i):
                continue
            if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch:
                # a stretched column gets what is left of the table's width; Qt never makes one
                # narrower than the header's minimum section size (the table scrolls instead)
                stretched = max(stretched, need)
            elif header.sectionSize(i) < need:
                header.resizeSection(i, need)
        if stretched and header.minimumSectionSize() != stretched:
            header.setMinimumSectionSize(stretched)


def whole_headers(view: QTableView) -> QTableView:
    """Keep every column of `view` as wide as its header's words (see the module's docstring)."""
    _WholeHeaders(view)
    return view


# ------------------------------------------------------------------------------ fields
def placeholder_need(field: QLineEdit) -> int:
    text = field.placeholderText()
    if not text:
        return 0
    # the frame, the text margins and the clear button's room
    return field.fontMetrics().horizontalAdvance(text) + 16 + (24 if field.isClearButtonEnabled() else 0)


def placeholder(field: QLineEdit, text: str) -> None:
    """Set the hint inside `field` and keep the field at least as wide as that hint."""
    field.setPlaceholderText(text)
    field.setMinimumWidth(placeholder_need(field))


# ------------------------------------------------------------------------------ long pages
class _Scroll(QScrollArea):
    """Qt gives a resizable scroll area's page the viewport's height, or its minimum if that is
    more, and the minimum counts a wrapped label as one line: a page taller than the viewport
    was squeezed, its words cut, with no scroll bar. Here the page's minimum height is what it
    needs at the viewport's width, so it scrolls instead."""

    def __init__(self, max_height: int):
        super().__init__()
        self.max_height = max_height

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_page()
        return False

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._fit_page()

    def _fit_page(self) -> None:
        w = self.widget()
        if w is None or not w.hasHeightForWidth():
            return
        need = w.heightForWidth(self.viewport().width())
        if need > 0 and w.minimumHeight() != need:
            w.setMinimumHeight(need)

    def sizeHint(self) -> QSize:  # noqa: N802
        w = self.widget()
        if w is None:
            return super().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        width = w.sizeHint().width() + bar
        height = w.heightForWidth(w.sizeHint().width()) if w.hasHeightForWidth() else w.sizeHint().height()
        return QSize(width, min(max(height, 0), self.max_height))


def scrolling(content: QWidget, max_height: int = 520) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down (never sideways: its lines wrap)."""
    area = _Scroll(max_height)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class StackedForm:
    """`addRow(label, field)` as QFormLayout's, each label above its field: a vertical box, whose
    height for a width Qt counts right, and whose labels have the whole width for their words."""

    def __init__(self, page: QWidget):
        self.layout = QVBoxLayout(page)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(3)

    def addRow(self, label, field: QWidget) -> None:  # noqa: N802 (QFormLayout's name)
        if isinstance(label, str):
            label = QLabel(label) if label else None
        if label is not None:
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: bold")
            if self.layout.count():
                self.layout.addSpacing(8)
            self.layout.addWidget(label)
        self.layout.addWidget(field)
