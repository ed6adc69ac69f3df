"""Model/view over the vault's index: one model row per item, never a widget per item.

`EvidenceTableModel` holds the list `vault.items()` returns and computes each cell when the view
asks for it (the local-time text is cached per row). Sorting is done on the Python list in one go
(`sort()`), which is much faster for 10,000 rows than letting a proxy call back per comparison.
`EvidenceFilterModel` only filters: by case and by the words typed in the search box.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt)
from PySide6.QtGui import QBrush, QColor

from evidence_kit.model import Item
from evidence_kit.timeutil import local_text

COL_EXHIBIT, COL_TITLE, COL_SITE, COL_CAPTURED, COL_STATUS, COL_SENSITIVE = range(6)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_FAILED = QBrush(QColor("#8a2c0f"))
_MATCHED = QBrush(QColor("#fde2c8"))     # a photo she is looking for is in this item (said in words too)


class EvidenceTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Item] = []
        self._local: dict[str, str] = {}
        self._haystack: dict[str, str] = {}
        self._sort = (COL_CAPTURED, Qt.SortOrder.AscendingOrder)
        self._headers: list[str] = []
        self._words: dict[str, str] = {}
        self._marks: dict[str, int] = {}      # item id -> files matching a photo she looks for
        self.retranslate()

    # -- loading
    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._local.clear()
        self._haystack.clear()
        self._sort_list()
        self.endResetModel()

    def sync(self, items: list[Item]) -> None:
        """Bring the rows up to date with `items` (the vault's list) in place: changed rows are
        redrawn, new ones inserted at their sorted place. A capture sealing one item must not make
        the view reset and re-sort 10,000 rows. Only if an item vanished (never, in normal use)
        does the model start over."""
        fresh = {it.id: it for it in items}
        if (len(items) - len(self._items) > 100 or not self._items
                or any(it.id not in fresh for it in self._items)):
            self.set_items(items)    # first load, a large import, or an item vanished: start over
            return
        for row, it in enumerate(self._items):
            new = fresh[it.id]
            if new != it:
                self._items[row] = new
                self._local.pop(it.id, None)
                self._haystack.pop(it.id, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        known = {it.id for it in self._items}
        added = [it for it in items if it.id not in known]
        if not added:
            return
        col, order = self._sort
        key = self._key(col)
        keys = [key(it) for it in self._items]
        for it in added:
            k = key(it)
            if order == Qt.SortOrder.DescendingOrder:
                pos = next((i for i, other in enumerate(keys) if other < k), len(keys))
            else:
                pos = bisect.bisect_right(keys, k)
            self.beginInsertRows(QModelIndex(), pos, pos)
            self._items.insert(pos, it)
            keys.insert(pos, k)
            self.endInsertRows()

    def items(self) -> list[Item]:
        return self._items

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        for i, it in enumerate(self._items):
            if it.id == item_id:
                return i
        return -1

    def update_item(self, item: Item) -> None:
        row = self.row_of(item.id)
        if row < 0:
            return
        self._items[row] = item
        self._local.pop(item.id, None)
        self._haystack.pop(item.id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_marks(self, marks: dict[str, int]) -> None:
        """Mark the items in which a photo she is looking for was found."""
        if marks != self._marks:
            self._marks = dict(marks)
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))

    def is_marked(self, item_id: str) -> bool:
        return item_id in self._marks

    def retranslate(self) -> None:
        self._headers = [QCoreApplication.translate("EvidenceTableModel", "Exhibit"), QCoreApplication.translate("EvidenceTableModel", "Title"), QCoreApplication.translate("EvidenceTableModel", "Site"), QCoreApplication.translate("EvidenceTableModel", "Captured (local time)"),
                         QCoreApplication.translate("EvidenceTableModel", "Status"), QCoreApplication.translate("EvidenceTableModel", "Sensitive")]
        self._words = {"sealed": QCoreApplication.translate("EvidenceTableModel", "Sealed"), "failed": QCoreApplication.translate("EvidenceTableModel", "Not captured"),
                       "sensitive": QCoreApplication.translate("EvidenceTableModel", "Sensitive"), "imported": QCoreApplication.translate("EvidenceTableModel", "file"),
                       "chat": QCoreApplication.translate("EvidenceTableModel", "chat export"),
                       "failed_tip": QCoreApplication.translate("EvidenceTableModel", "The page could not be captured. The reason is in the details."),
                       "matched": QCoreApplication.translate("EvidenceTableModel", "Matches a photo you are looking for"),
                       "matched_tip": QCoreApplication.translate(
                           "EvidenceTableModel",
                           "Highlighted because a picture in this item matches a photo you are looking for. "
                           "It is treated as sensitive: blurred, and left out of dossiers and bundles "
                           "unless you choose to include sensitive items.")}
        if self._items:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))
        else:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # -- Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _local_time(self, it: Item) -> str:
        """'2026-11-25 18:44' in this computer's zone (the full time with its offset is the tooltip)."""
        text = self._local.get(it.id)
        if text is None:
            text = self._local[it.id] = local_text(it.captured_at)[:16]
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        it = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_EXHIBIT:
                return it.exhibit
            if col == COL_TITLE:
                return it.title or it.url or ""
            if col == COL_SITE:
                return it.site or self._words["chat" if it.source == "chat" else "imported"]
            if col == COL_CAPTURED:
                return self._local_time(it)
            if col == COL_STATUS:
                return self._words["failed" if it.status == "failed" else "sealed"]
            if col == COL_SENSITIVE:
                if it.id in self._marks:      # a match makes the item sensitive: say why in words
                    return self._words["matched"]
                return self._words["sensitive"] if it.sensitive else ""
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATUS and it.status == "failed":
                return _FAILED
        elif role == Qt.ItemDataRole.BackgroundRole:
            if it.id in self._marks:
                return _MATCHED
        elif role == Qt.ItemDataRole.ToolTipRole:
            if it.id in self._marks:
                return self._words["matched_tip"]
            if col == COL_STATUS and it.status == "failed":
                return self._words["failed_tip"]
            if col == COL_TITLE:
                return it.title
            if col == COL_CAPTURED:
                return f"{local_text(it.captured_at)}\n{it.captured_at}"
        elif role == ITEM_ROLE:
            return it
        elif role == ID_ROLE:
            return it.id
        return None

    # -- sorting: the list itself, in one go
    def _key(self, col: int):
        if col == COL_EXHIBIT:
            return lambda it: (len(it.exhibit), it.exhibit)
        if col == COL_TITLE:
            return lambda it: (it.title or it.url or "").casefold()
        if col == COL_SITE:
            return lambda it: it.site
        if col == COL_STATUS:
            return lambda it: it.status
        if col == COL_SENSITIVE:
            return lambda it: (it.id not in self._marks, not it.sensitive)
        return lambda it: it.captured_at

    def _sort_list(self) -> None:
        col, order = self._sort
        self._items.sort(key=self._key(col), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._items[p.row()].id if 0 <= p.row() < len(self._items) else None for p in persistent]
        self._sort_list()
        new_row = {it.id: r for r, it in enumerate(self._items)}
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i], p.column()) if i is not None else QModelIndex()
                         for p, i in zip(persistent, ids)])
        self.layoutChanged.emit()

    # -- searching
    def haystack(self, row: int) -> str:
        it = self._items[row]
        text = self._haystack.get(it.id)
        if text is None:
            text = self._haystack[it.id] = " ".join(
                (it.exhibit, it.title or "", it.site, it.url or "", it.final_url or "", it.notes or "",
                 it.id)).casefold()
        return text


class EvidenceFilterModel(QSortFilterProxyModel):
    """Shows the rows of one case (or all) that contain every word typed in the search box."""

    ALL = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._case: str | None = None
        self._words: list[str] = []
        self.setDynamicSortFilter(False)

    def _refilter(self, change) -> None:
        if hasattr(self, "endFilterChange"):          # Qt >= 6.10
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def set_case(self, case: str | None) -> None:
        if case != self._case:
            self._refilter(lambda: setattr(self, "_case", case))

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802
        src: EvidenceTableModel = self.sourceModel()
        it = src.item_at(row)
        if it is not None and it.source == "reference":
            return False               # her photos live in "Photos to look for", not among the evidence
        if self._case is not None:
            if it is None or it.case != self._case:
                return False
        if self._words:
            hay = src.haystack(row)
            return all(w in hay for w in self._words)
        return True

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        # the source sorts its list; this proxy keeps the source's order
        self.sourceModel().sort(column, order)

    def item(self, proxy_index) -> Item | None:
        if not proxy_index.isValid():
            return None
        return self.sourceModel().item_at(self.mapToSource(proxy_index).row())


__all__ = ["EvidenceTableModel", "EvidenceFilterModel", "QPersistentModelIndex"]
