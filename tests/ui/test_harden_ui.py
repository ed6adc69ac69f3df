"""Hardening in the app: the vault's fingerprint in Settings, the collector's name and the
original paths in exports."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import create_through_dialogs, tiny_png


def test_settings_show_the_fingerprint_to_give_on_paper(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    dlg = c.main.open_settings()
    fp = c.session.vault.fingerprint
    assert "".join(dlg.fingerprint.text().split()) == fp
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


@pytest.mark.parametrize("lang,title", [("en", "Vault fingerprint"), ("tg", "Изи хазина")])
def test_the_fingerprint_is_shown_whole_copied_and_printed(qtbot, controller_factory, tmp_path, monkeypatch,
                                                           lang, title):
    """Four lines of four groups, never wrapped by the window; Copy puts the 64 characters on the
    clipboard; Print… goes through the system's print dialog (here one that prints to a PDF file)
    and the page says the fingerprint, what it is for and the command that checks a bundle."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter
    import PySide6.QtPrintSupport as print_support

    from ui import i18n

    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    c.set_language(lang)
    i18n.set_language(lang)
    dlg = c.main.open_settings()
    fp = c.session.vault.fingerprint
    lines = dlg.fingerprint.text().split("\n")
    assert lines == [" ".join(fp[i + j:i + j + 4] for j in range(0, 16, 4)) for i in range(0, 64, 16)]
    assert not dlg.fingerprint.wordWrap()
    qtbot.mouseClick(dlg.copy_fp_btn, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == fp and dlg.fingerprint_done.text()

    pdf = tmp_path / "fingerprint.pdf"
    asked = []

    class PrintDialog:                      # the system's dialog, as if she chose "Print to file"
        def __init__(self, printer, parent=None):
            asked.append(parent)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pdf))
            self.answer = answers.pop(0)

        def setWindowTitle(self, text):  # noqa: N802
            pass

        def exec(self):
            return self.answer

    answers = [0, 1]                         # first she closes the dialog, then she prints
    monkeypatch.setattr(print_support, "QPrintDialog", PrintDialog)
    qtbot.mouseClick(dlg.print_fp_btn, Qt.MouseButton.LeftButton)
    assert asked == [dlg] and not pdf.exists()
    qtbot.mouseClick(dlg.print_fp_btn, Qt.MouseButton.LeftButton)
    assert pdf.is_file()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())      # "ﬁ" ligatures read as "fi"
    for line in lines:
        assert line in flat, line
    assert title in flat
    assert f"--expect-fingerprint {fp}" in flat
    assert dlg.fingerprint_hint.text().split()[0] in flat
    dlg.reject()
    c.set_language("en")
