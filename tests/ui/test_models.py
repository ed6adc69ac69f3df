"""The evidence table model: new items slot in at their sorted place without a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidence_kit.model import Item
from ui.models import COL_EXHIBIT, COL_TITLE, EvidenceTableModel


def _item(n: int, title: str) -> Item:
    return Item(id=f"id{n:08d}", exhibit=f"EK-{n:04d}", case="", source="capture",
                url=f"https://t.me/s/c/{n}", final_url=None, title=title,
                captured_at=f"2026-11-25T10:{n % 60:02d}:00Z", status="sealed", http_status=200, error=None)


def test_sync_inserts_in_sorted_place_and_updates_without_reset(qtbot):
    model = EvidenceTableModel()
    items = [_item(i, t) for i, t in enumerate(["delta", "alpha", "charlie"], 1)]
    model.set_items(items)
    model.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    resets, inserted, changed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda a, b: changed.append(a.row()))

    bravo = _item(4, "bravo")
    edited = _item(3, "charlie")
    edited.notes = "seen twice"
    model.sync([items[0], items[1], edited, bravo])
    titles = [model.data(model.index(r, COL_TITLE)) for r in range(model.rowCount())]
    assert titles == ["alpha", "bravo", "charlie", "delta"]
    assert resets == [] and inserted == [(1, 1)]
    assert model.item_at(2).notes == "seen twice" and changed == [1]

    model.sort(COL_EXHIBIT, Qt.SortOrder.DescendingOrder)
    model.sync([items[0], items[1], edited, bravo, _item(5, "echo")])
    assert [model.data(model.index(r, COL_EXHIBIT)) for r in range(5)] == [
        "EK-0005", "EK-0004", "EK-0003", "EK-0002", "EK-0001"]

    model.sync([items[0]])          # an item vanished: the model starts over
    assert resets == [1] and model.rowCount() == 1
