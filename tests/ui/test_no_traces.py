"""Nothing the app does leaves a folder or file name outside the vault.

Qt's own file dialog remembers where it was: on being destroyed it writes the folders it visited
(`history=`, `lastVisited=`) to QtProject.conf under the user's config folder (the registry on
Windows). After she adds files from her chat export, someone looking at that file would learn the
folder's name. Each chooser of the app is driven here with a folder whose name is a canary; then
the home folder, the config/cache/data folders, the temporary folder and Qt's settings file are
searched for it, after the windows are gone (the dialogs' destructors are what writes)."""

from __future__ import annotations

import gc
import os
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.ui.conftest import create_through_dialogs, tiny_png


@pytest.fixture
def clean_home(tmp_path, monkeypatch):
    """HOME, the XDG folders and TMPDIR in fresh folders of their own, searched after the test."""
    roots = {}
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "TMPDIR"):
        p = tmp_path / "outside" / var.lower()
        p.mkdir(parents=True)
        roots[var] = p
        monkeypatch.setenv(var, str(p))
    monkeypatch.setattr(tempfile, "tempdir", str(roots["TMPDIR"]))
    return roots


def _answer_next_file_dialog(path: Path, calls: list) -> None:
    """When the app's next file dialog is open, choose `path` in it (a file or a folder), as she would."""
    def answer():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QFileDialog):
            QTimer.singleShot(30, answer)
            return
        calls.append(dlg.windowTitle())
        if path.is_dir():                  # a folder chooser: go into the folder and choose it
            dlg.setDirectory(str(path))
            dlg.findChild(QLineEdit, "fileNameEdit").clear()
        else:
            dlg.setDirectory(str(path.parent))
            # as if typed: selectFile() leaves the name field alone while it has the focus
            dlg.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        dlg.accept()
        if dlg.isVisible():                # not accepted: give up rather than wait for ever
            calls.append("refused")
            dlg.reject()

    QTimer.singleShot(50, answer)


def _deleted_later(app) -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        gc.collect()


def _where_found(roots: list[Path], canary: str) -> list[str]:
    found = []
    needle = canary.encode()
    for root in roots:
        if not root.exists():
            continue
        files = [root] if root.is_file() else [p for p in root.rglob("*")]
        for p in files:
            if canary in str(p):
                found.append(f"name: {p}")
            elif p.is_file():
                try:
                    if needle in p.read_bytes():
                        found.append(f"inside: {p}")
                except OSError:
                    pass
    return found


def test_choosing_files_and_folders_leaves_no_name_outside_the_vault(qtbot, app, controller_factory,
                                                                    clean_home, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # adding the folder adds the photo again: the app says where it is already held (a message box)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    canary = f"CANARY{uuid.uuid4().hex[:12]}"
    export_folder = tmp_path / "from-phone" / f"{canary}-ChatExport_2025-05-01"
    export_folder.mkdir(parents=True)
    photo = export_folder / f"{canary}-photo.png"
    photo.write_bytes(tiny_png())
    (export_folder / f"{canary}-notes.txt").write_text("posted on Telegram\n")
    me = export_folder / f"{canary}-me.png"
    me.write_bytes(tiny_png(rgb=(10, 200, 10)))
    out_folder = tmp_path / "papers" / f"{canary}-for-the-lawyer"
    out_folder.mkdir(parents=True)

    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    main = c.main
    calls: list = []

    # "Add files" (the toolbar button)
    _answer_next_file_dialog(photo, calls)
    main.choose_files()
    qtbot.waitUntil(lambda: main.model.rowCount() == 1 and not main._importing, timeout=60000)
    # "Add a folder…"
    _answer_next_file_dialog(export_folder, calls)
    main.choose_folder()
    qtbot.waitUntil(lambda: not main._importing and main.model.rowCount() == 4, timeout=60000)
    # the dossier's file, in a folder of her choice
    dlg = main.open_export()
    _answer_next_file_dialog(out_folder / "dossier.pdf", calls)
    dlg._choose()
    assert dlg.out.text() == str(out_folder / "dossier.pdf")
    dlg.close()
    # "Photos to look for" → "Add photos…"
    refs = main.open_references()
    _answer_next_file_dialog(me, calls)
    refs.choose_files()
    qtbot.waitUntil(lambda: refs.table.rowCount() == 1, timeout=60000)
    assert len(calls) == 4

    c.lock("button")                   # every window of the unlocked vault is closed and deleted
    _deleted_later(app)

    qt_settings = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    roots = list(clean_home.values()) + [qt_settings, Path(tempfile.gettempdir())]
    assert _where_found(roots, canary) == []
    # and nothing of Qt's file dialog at all where Qt would keep it
    assert not (clean_home["XDG_CONFIG_HOME"] / "QtProject.conf").exists()
    assert not (clean_home["HOME"] / ".config" / "QtProject.conf").exists()


def test_where_qt_settings_cannot_be_turned_away_they_are_put_back(qtbot, app, tmp_path):
    """Windows keeps Qt's settings in the registry and macOS in a plist, where no path can send
    them away: there the dialog is emptied before it is destroyed and Qt's file-dialog settings
    are put back as they were. Played here with a settings file that can be written."""
    from ui import file_choice
    from ui.app import _no_qt_settings_on_disk

    canary = f"CANARY{uuid.uuid4().hex[:12]}"
    folder = tmp_path / f"{canary}-chat"
    folder.mkdir()
    (folder / "shot.png").write_bytes(tiny_png())
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    try:
        conf = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
        assert conf.is_relative_to(tmp_path)
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("[FileDialog]\nhistory=file:///another/program\n"
                        "lastVisited=file:///another/program\nviewMode=List\n")

        def remembered():
            s = QSettings(QSettings.Scope.UserScope, "QtProject")
            return {k: s.value(k) for k in s.allKeys()}

        before = remembered()
        calls: list = []
        _answer_next_file_dialog(folder / "shot.png", calls)
        assert file_choice.open_files(None, "Choose files to add") == [str(folder / "shot.png")]
        _deleted_later(app)
        assert calls == ["Choose files to add"]
        assert remembered() == before                     # another program's, as it was
        assert canary.encode() not in conf.read_bytes()

        conf.unlink()                                     # nothing there before: nothing after
        _answer_next_file_dialog(folder, calls)
        assert file_choice.folder(None, "Choose a folder to add") == str(folder)
        _deleted_later(app)
        assert remembered() == {}
        assert not conf.exists() or canary.encode() not in conf.read_bytes()
    finally:
        _no_qt_settings_on_disk(app)
