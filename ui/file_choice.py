"""Choosing files and folders without leaving their names behind on the computer.

Qt's own file dialog remembers where it has been. When a `QFileDialog` is destroyed it writes the
folders it visited (`history`), the last folder (`lastVisited`) and the sidebar's places to the
settings of "QtProject" — `~/.config/QtProject.conf` on Linux, the registry on Windows, a plist on
macOS — shared by every Qt program. After she added the screenshots of her chat export, anyone
opening that file read the export's folder name. A native dialog (GTK's, Windows') records the
files in the desktop's "recent documents" instead.

Every file or folder chooser of the app goes through this module, which
- always uses Qt's own dialog (never the desktop's, which keeps a list of recent files),
- opens it in the folder the app asks for (her home folder if none), never where the last one was,
- empties its history before it is shown and before it is destroyed, sets its sidebar back to
  the standard places and points its "last visited" folder back at her home folder,
- destroys it at once, then puts Qt's file-dialog settings back exactly as they were before it
  was opened (removing them if there were none), for platforms where `prepare_app` cannot turn
  Qt's settings file away (the registry, a plist).
On Linux `ui.app.prepare_app` points Qt's settings at a place that cannot be written, so nothing
is written at all.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"


def _home() -> str:
    return QDir.homePath()


def _qt_settings() -> QSettings:
    # exactly the settings QFileDialog itself reads and writes (qfiledialog.cpp)
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _remembered() -> dict | None:
    """Qt's file-dialog settings as they are now (None if there are none)."""
    s = _qt_settings()
    if _GROUP not in s.childGroups():
        return None
    s.beginGroup(_GROUP)
    try:
        return {k: s.value(k) for k in s.childKeys()}
    finally:
        s.endGroup()


def _put_back(before: dict | None) -> None:
    """Qt's file-dialog settings exactly as they were before the app's dialog was opened."""
    s = _qt_settings()
    if before is None:
        if _GROUP in s.childGroups():
            s.remove(_GROUP)
    else:
        s.remove(_GROUP)
        s.beginGroup(_GROUP)
        for k, v in before.items():
            s.setValue(k, v)
        s.endGroup()
    s.sync()


def _standard_places() -> list[QUrl]:
    # what Qt's dialog shows in its sidebar when nothing was remembered: the computer, home
    return [QUrl("file:"), QUrl.fromLocalFile(_home())]


def _forget(dlg: QFileDialog) -> None:
    """Leave nothing in the dialog that its destructor could write down."""
    dlg.setDirectory(_home())              # Qt's "last visited" folder follows setDirectory
    dlg.setHistory([])
    dlg.setSidebarUrls(_standard_places())


def _run(parent: QWidget | None, title: str, start: str, mode: QFileDialog.FileMode,
         name_filter: str = "", save: bool = False) -> list[str]:
    before = _remembered()
    dlg = QFileDialog(parent, title)
    try:
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
        dlg.setFileMode(mode)
        if mode == QFileDialog.FileMode.Directory:
            dlg.setOption(QFileDialog.Option.ShowDirsOnly)
        if save:
            dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if name_filter:
            dlg.setNameFilter(name_filter)
        dlg.setHistory([])                 # not another program's, nor an earlier day's
        dlg.setSidebarUrls(_standard_places())
        start_at = Path(start) if start else Path(_home())
        if start_at.is_dir():
            dlg.setDirectory(str(start_at))
        else:                              # a file: its folder, and its name (to save, to change)
            dlg.setDirectory(str(start_at.parent) if start_at.parent.is_dir() else _home())
            if mode != QFileDialog.FileMode.Directory and start_at.name:
                dlg.selectFile(start_at.name)
        chosen = dlg.selectedFiles() if dlg.exec() else []
        return chosen
    finally:
        if shiboken6.isValid(dlg):
            _forget(dlg)
            shiboken6.delete(dlg)          # its destructor writes Qt's settings: now, scrubbed
        _put_back(before)


def open_files(parent: QWidget | None, title: str, start: str = "") -> list[str]:
    """Existing files (one or more); [] if she cancelled."""
    return _run(parent, title, start, QFileDialog.FileMode.ExistingFiles)


def open_file(parent: QWidget | None, title: str, start: str = "", name_filter: str = "") -> str:
    """One existing file; "" if she cancelled."""
    chosen = _run(parent, title, start, QFileDialog.FileMode.ExistingFile, name_filter)
    return chosen[0] if chosen else ""


def folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """An existing folder; "" if she cancelled."""
    chosen = _run(parent, title, start, QFileDialog.FileMode.Directory)
    return chosen[0] if chosen else ""


def save_file(parent: QWidget | None, title: str, start: str = "", name_filter: str = "") -> str:
    """A file to write (she is asked before an existing one is replaced); "" if she cancelled."""
    chosen = _run(parent, title, start, QFileDialog.FileMode.AnyFile, name_filter, save=True)
    return chosen[0] if chosen else ""


__all__ = ["open_files", "open_file", "folder", "save_file"]
