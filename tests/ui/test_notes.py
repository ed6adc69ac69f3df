"""A note the person typed is never lost: it is saved by itself, through the vault's writer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from evidence_kit.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_dialogs, tiny_png


def _two_items(qtbot, c, tmp_path):
    paths = []
    for i, rgb in enumerate(((200, 40, 40), (40, 200, 40))):
        p = tmp_path / f"shot{i}.png"
        p.write_bytes(tiny_png(rgb=rgb))
        paths.append(str(p))
    c.main.import_files(paths)
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 2 and not c.main._importing, timeout=10000)


def _notes_on_disk(tmp_path) -> dict[str, str]:
    with Vault.open(tmp_path / "vault", PASSPHRASE, writable=False) as v:
        return {it.title: it.notes for it in v.items()}


def _row_title(main, row):
    return main.proxy.item(main.proxy.index(row, 0)).title


def _select_title(main, title):
    for r in range(main.proxy.rowCount()):
        if _row_title(main, r) == title:
            main.table.selectRow(r)
            return
    raise AssertionError(title)


def test_a_note_is_saved_after_a_pause_in_typing(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    _two_items(qtbot, c, tmp_path)
    c.main.table.selectRow(0)
    d = c.main.detail
    d.notes.setFocus()
    qtbot.keyClicks(d.notes, "same account as before")
    # nothing clicked: the pause alone saves it
    title = _row_title(c.main, 0)
    qtbot.waitUntil(lambda: {i.title: i.notes for i in c.session.vault.items()}[title]
                    == "same account as before", timeout=10000)
    qtbot.waitUntil(lambda: d.notes_state.text() == "Note saved.", timeout=5000)


def test_a_note_is_saved_when_another_item_is_chosen(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    _two_items(qtbot, c, tmp_path)
    d = c.main.detail
    d._notes_timer.setInterval(3_600_000)          # only the change of item can save it
    c.main.table.selectRow(0)
    first = _row_title(c.main, 0)
    d.notes.setPlainText("Written under the first item")
    c.main.table.selectRow(1)
    assert d.item.title != first
    assert d.notes.toPlainText() == ""
    qtbot.waitUntil(lambda: {i.title: i.notes for i in c.session.vault.items()}[first]
                    == "Written under the first item", timeout=10000)
    # and coming back shows it
    _select_title(c.main, first)
    qtbot.waitUntil(lambda: d.notes.toPlainText() == "Written under the first item", timeout=5000)


@pytest.mark.parametrize("how", ["lock", "quick_exit"])
def test_a_note_is_saved_on_lock_and_on_quick_exit(qtbot, controller_factory, tmp_path, how):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    _two_items(qtbot, c, tmp_path)
    d = c.main.detail
    d._notes_timer.setInterval(3_600_000)
    c.main.table.selectRow(1)
    title = _row_title(c.main, 1)
    d.notes.setPlainText("Typed just before leaving — ёқ")
    if how == "lock":
        c.lock()
    else:
        qtbot.keyClick(d.notes, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        assert c.finished
    assert c.session is None
    assert _notes_on_disk(tmp_path)[title] == "Typed just before leaving — ёқ"
