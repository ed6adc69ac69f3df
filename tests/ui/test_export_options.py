"""The export dialog's "split for e-filing" (court dossier in volumes) and one file per platform."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from tests.export.helpers import add_capture, post_png
from tests.ui.conftest import create_through_dialogs

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _vault_with_posts(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    vault = c.session.vault
    add_capture(vault, case="", url="https://t.me/s/leaks/1", title="TG-POST", png=post_png(600, 500, seed=1))
    add_capture(vault, case="", url="https://vk.com/wall-1_2", title="VK-POST", png=post_png(600, 500, seed=2))
    c.session.itemsChanged.emit()
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 2, timeout=20000)
    vault.set_setting("export_plain_warning_off", True)    # she was told (tests/ui/test_export_dialog_choices.py)
    return c


def test_platform_reports_one_file_per_platform_from_the_dialog(qtbot, controller_factory, tmp_path):
    c = _vault_with_posts(qtbot, controller_factory, tmp_path)
    c.main.table.selectAll()
    dlg = c.main.open_export()
    dlg.kind_buttons["platform"].setChecked(True)
    assert dlg.platform_w.isVisibleTo(dlg) and not dlg.split_w.isVisibleTo(dlg)
    keys = [dlg.platform.itemData(i) for i in range(dlg.platform.count())]
    assert keys == [None, "telegram", "vk"]                           # each one, or only one of them
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    dlg.out.setText(str(out))
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.show_btn.isVisible() or "error" == dlg.status.objectName(), timeout=120000)
    assert dlg.show_btn.isVisible(), dlg.status.text()
    made = sorted(p.name for p in out.parent.iterdir())
    assert made == ["report-telegram.pdf", "report-vk.pdf"]
    assert all(name in dlg.status.text() for name in made)
    tg = subprocess.run(["pdftotext", str(out.parent / "report-telegram.pdf"), "-"], capture_output=True,
                        text=True, check=True).stdout
    assert "TG-POST" in tg and "VK-POST" not in tg
    # only one platform: one file, at the name given
    dlg.platform.setCurrentIndex(dlg.platform.findData("vk"))
    assert dlg.options() == {"platform": "vk"}


def test_split_for_e_filing_is_offered_for_the_court_dossier(qtbot, controller_factory, tmp_path):
    c = _vault_with_posts(qtbot, controller_factory, tmp_path)
    dlg = c.main.open_export()
    assert dlg.kind() == "court"
    assert dlg.split_w.isVisibleTo(dlg) and not dlg.platform_w.isVisibleTo(dlg)
    assert not dlg.split_mb.isEnabled() and dlg.options() == {}
    dlg.split.setChecked(True)
    dlg.split_mb.setValue(25)
    assert dlg.split_mb.isEnabled() and dlg.options() == {"max_size": 25}
    out = tmp_path / "dossier.pdf"
    dlg.out.setText(str(out))
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.show_btn.isVisible() or "error" == dlg.status.objectName(), timeout=120000)
    assert dlg.show_btn.isVisible(), dlg.status.text()
    assert out.is_file()                                                # small enough: one file
    entry = next(r["entry"] for r in reversed(c.session.vault.custody_log()) if r["entry"]["event"] == "exported")
    assert entry["details"]["kind"] == "court" and entry["details"]["size"] == out.stat().st_size
    dlg.kind_buttons["bundle"].setChecked(True)
    assert not dlg.split_w.isVisibleTo(dlg) and dlg.options() == {}
