"""The export dialog's choices: her photos to look for are never among them."""

from __future__ import annotations

from evidence_kit.references import add_reference
from tests.export.helpers import add_capture, post_png
from tests.site import pages_watch as pw
from tests.ui.conftest import create_through_dialogs


def _vault(qtbot, controller_factory, tmp_path, *, reference=True, case="Дело"):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    vault = c.session.vault
    if reference:
        (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
        add_reference(vault, tmp_path / "me.jpg")
    vault.create_case(case)
    posts = [add_capture(vault, case=case, url=f"https://t.me/s/leaks/{n}", title=f"post {n}",
                         png=post_png(500, 400, seed=n)) for n in (1, 2)]
    posts.append(add_capture(vault, case="", url="https://vk.com/wall-1_3", title="no case", png=post_png(500, 400)))
    c.session.itemsChanged.emit()
    qtbot.waitUntil(lambda: c.main.proxy.rowCount() == 3, timeout=20000)
    return c, posts


def test_all_items_never_holds_her_photos(qtbot, controller_factory, tmp_path):
    c, posts = _vault(qtbot, controller_factory, tmp_path)
    dlg = c.main.open_export()
    dlg.which.setCurrentIndex(dlg.which.findData("all"))
    assert dlg.which.currentText() == "All items (3)"
    assert sorted(dlg.item_ids()) == sorted(p.id for p in posts)
    dlg.close()
