"""A row highlighted because one of her photos was found in it says so in words: a visible word in
the Sensitive column and a tooltip on every cell."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidence_kit.references import add_reference
from tests.export.helpers import add_capture, post_png
from tests.site import pages_watch as pw
from tests.ui.conftest import create_through_dialogs
from ui.models import COL_EXHIBIT, COL_SENSITIVE, COL_TITLE


def test_a_row_that_matches_her_photo_says_why_it_is_highlighted(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    qtbot.wait(1500)                              # the app's first look for her photos is over
    vault = c.session.vault
    (tmp_path / "me.jpg").write_bytes(pw.reference_bytes())
    add_reference(vault, tmp_path / "me.jpg")
    post = add_capture(vault, case="", url="https://t.me/s/leaks/9", title="the post", png=post_png(600, 500),
                       media=[("media-1.jpg", pw.reference_bytes(), "image/jpeg", "https://t.me/i/9.jpg")])
    plain = add_capture(vault, case="", url="https://t.me/s/leaks/10", title="plain", png=post_png(600, 500, seed=2))
    c.session.itemsChanged.emit()                 # as after an import or a capture: no restart needed
    qtbot.waitUntil(lambda: c.main.model.is_marked(post.id) and c.main.proxy.rowCount() == 2, timeout=20000)
    model = c.main.model
    row = model.row_of(post.id)
    word = model.index(row, COL_SENSITIVE).data(Qt.ItemDataRole.DisplayRole)
    assert word == "Matches a photo you are looking for"
    for col in (COL_EXHIBIT, COL_TITLE, COL_SENSITIVE):
        tip = model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
        assert "matches a photo you are looking for" in tip and "sensitive" in tip
    assert model.index(row, COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    other = model.row_of(plain.id)
    assert model.index(other, COL_SENSITIVE).data(Qt.ItemDataRole.DisplayRole) == ""
    assert model.index(other, COL_TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
