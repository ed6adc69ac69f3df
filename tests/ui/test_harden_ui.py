"""Hardening in the app: the vault's fingerprint in Settings, the collector's name and the
original paths in exports."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import create_through_dialogs, tiny_png


def test_settings_show_the_fingerprint_to_give_on_paper(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    dlg = c.main.open_settings()
    fp = c.session.vault.fingerprint
    assert dlg.fingerprint.text().replace(" ", "") == fp
    assert len(dlg.fingerprint.text().split()) == 16
    assert "on paper, separately from the bundle" in dlg.fingerprint_hint.text()
    from ui import i18n

    i18n.set_language("tg")
    qtbot.waitUntil(lambda: "дар коғаз" in dlg.fingerprint_hint.text(), timeout=5000)
    i18n.set_language("en")
    dlg.reject()


def test_no_name_given_means_no_name_never_the_login(qtbot, controller_factory, tmp_path, monkeypatch):
    monkeypatch.setenv("LOGNAME", "ekloginname")
    monkeypatch.setenv("USER", "ekloginname")
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)                         # the name field left empty
    assert c.session.vault.collector == ""
    assert all(r["entry"]["collector"] == "" for r in c.session.vault.custody_log())
    # a name given, then taken away again in Settings
    dlg = c.main.open_settings()
    dlg.collector.setText("Zarina")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.session.vault.collector == "Zarina", timeout=10000)
    dlg = c.main.open_settings()
    dlg.collector.setText("")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.session.vault.collector == "", timeout=10000)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_original_path_in_a_dossier_only_when_asked(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c, collector="Zarina")
    folder = tmp_path / "ekPrivateFolder"
    folder.mkdir()
    photo = folder / "shot.png"
    photo.write_bytes(tiny_png(rgb=(9, 99, 199)))
    c.main.import_files([str(photo)])
    qtbot.waitUntil(lambda: c.main.model.rowCount() == 1 and not c.main._importing, timeout=20000)
    c.session.vault.set_setting("export_plain_warning_off", True)   # she was told (test_export_dialog_choices.py)
    texts = {}
    for paths in (False, True):
        c.main.table.selectAll()
        dlg = c.main.open_export()
        assert not dlg.paths.isChecked()                     # off by default
        dlg.paths.setChecked(paths)
        out = tmp_path / f"dossier-{paths}.pdf"
        dlg.out.setText(str(out))
        qtbot.mouseClick(dlg.make_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.show_btn.isVisible() or dlg.status.objectName() == "error", timeout=120000)
        assert dlg.show_btn.isVisible(), dlg.status.text()
        texts[paths] = "".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                              check=True).stdout.split())
        dlg.reject()
    assert "ekPrivateFolder" not in texts[False]
    assert str(photo.resolve()) in texts[True]
