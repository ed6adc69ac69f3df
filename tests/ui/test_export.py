"""Making a dossier from the dialog, the way a lawyer or the person herself would."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import create_through_dialogs, tiny_png

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _vault_with_items(qtbot, controller_factory, tmp_path, n=2):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c, collector="Zarina")
    paths = []
    for i in range(n):
        p = tmp_path / f"screenshot-{i}.png"
        p.write_bytes(tiny_png(rgb=(40 * i, 100, 200)))
        paths.append(str(p))
    c.main.import_files(paths)
    qtbot.waitUntil(lambda: c.main.model.rowCount() == n and not c.main._importing, timeout=20000)
    c.session.vault.set_setting("export_plain_warning_off", True)   # she was told (tests/ui/test_export_dialog_choices.py)
    return c


def test_court_pdf_from_the_dialog_is_readable(qtbot, controller_factory, tmp_path):
    c = _vault_with_items(qtbot, controller_factory, tmp_path)
    c.main.table.selectAll()
    dlg = c.main.open_export()
    assert not dlg.sensitive.isChecked()               # sensitive items left out by default
    assert dlg.kind() == "court"
    assert dlg.which.currentData() == "all"             # the current case, or every item: never a stray selection
    out = tmp_path / "out" / "dossier.pdf"
    out.parent.mkdir()
    dlg.out.setText(str(out))
    dlg.lang.setCurrentIndex(dlg.lang.findData("ru"))
    qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.show_btn.isVisible() or "error" == dlg.status.objectName(), timeout=120000)
    assert dlg.show_btn.isVisible(), dlg.status.text()
    assert dlg.result_path == out and out.is_file()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "EK-0001" in text and "EK-0002" in text
    events = [r["entry"]["event"] for r in c.session.vault.custody_log()]
    assert "exported" in events


def test_export_can_be_stopped_and_leaves_nothing(qtbot, controller_factory, tmp_path):
    c = _vault_with_items(qtbot, controller_factory, tmp_path, n=3)
    dlg = c.main.open_export()
    out = tmp_path / "stopped.pdf"
    dlg.out.setText(str(out))
    dlg._stop = True          # as if "Stop" was pressed before the first page was done
    dlg._make()
    dlg._stop = True
    qtbot.waitUntil(lambda: not dlg._running, timeout=60000)
    assert not out.exists() or dlg.result_path == out
