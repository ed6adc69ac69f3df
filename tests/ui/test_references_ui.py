""""Photos to look for": "Show side by side" opens the match, both pictures blurred."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.site import pages_watch as pw
from tests.ui.conftest import create_through_dialogs


def test_show_side_by_side_opens_the_match_blurred(qtbot, controller_factory, tmp_path):
    from ui.references_view import MatchDialog

    (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
    (tmp_path / "posted.jpg").write_bytes(pw.copy_bytes())
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    refs = c.main.open_references()
    refs.add_files([str(tmp_path / "me.jpg")])
    qtbot.waitUntil(lambda: refs.table.rowCount() == 1, timeout=20000)
    c.main.import_files([str(tmp_path / "posted.jpg")])
    qtbot.waitUntil(lambda: c.main.proxy.rowCount() == 1 and not c.main._importing, timeout=20000)

    def found():
        refs.reload()
        return refs.found.rowCount() == 1
    qtbot.waitUntil(found, timeout=20000)
    assert refs.side_btn.isEnabled()
    qtbot.mouseClick(refs.side_btn, Qt.MouseButton.LeftButton)
    dialogs = [d for d in refs.findChildren(MatchDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dlg = dialogs[0]
    qtbot.waitUntil(lambda: dlg.found.current() is not None and dlg.reference.current() is not None,
                    timeout=20000)
    assert not dlg.found.revealed and not dlg.reference.revealed
    assert dlg.found.current().name == "posted.jpg"
    # the row chosen in "Where they were found" is the one shown
    refs.found.selectRow(0)
    qtbot.mouseClick(refs.side_btn, Qt.MouseButton.LeftButton)
    assert len([d for d in refs.findChildren(MatchDialog) if d.isVisible()]) == 2
