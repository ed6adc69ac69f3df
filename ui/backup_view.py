"""Backups in the app: Settings → Backups (the list, add, run now, check, remove), the main window's
line about the last good backup, and the offer to run a backup when its folder appears.

The work itself is evidence_kit/backup/: `BackupRunner` runs one backup or check at a time on a
thread of its own (never the window's, never the vault's writer: a run takes minutes), with its
progress and a Cancel that sets the `threading.Event` the core watches, so a stopped run leaves the
target as its last complete run left it. `BackupWatcher` looks, every few seconds, only whether
each folder target is there (`os.path.isdir`), and says when one appears (a USB stick plugged in).
"""

from __future__ import annotations

import os
import threading
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QProgressBar, QPushButton, QSpinBox, QVBoxLayout)

from evidence_kit import backup
from evidence_kit.timeutil import local_text, utc_now

from . import file_choice, fit, i18n, style
from .session import VaultSession
from .tasks import Worker, on_gui

WARN_DAYS_SETTING = "backup_warn_days"      # sealed in the vault's settings (session.DEFAULTS: 7)
WARN_DAYS_RANGE = (1, 365)
POLL_MS = 3000                              # how often folder targets are looked for


def warn_days(session: VaultSession) -> int:
    try:
        days = int(session.setting(WARN_DAYS_SETTING))
    except (TypeError, ValueError):
        days = 7
    return min(max(days, WARN_DAYS_RANGE[0]), WARN_DAYS_RANGE[1])


class BackupRunner(QObject):
    """One backup run or check at a time, off the window's thread, with progress and Cancel."""

    started = Signal(str, str)                    # action ("run" | "check"), backup name
    progress = Signal(int, int)                   # done, total (bytes; total 0: not known yet)
    finished = Signal(str, str, object, object)   # action, name, result (or None), error (or None)

    def __init__(self, session: VaultSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.worker = Worker("backup")
        self.cancel_event: threading.Event | None = None
        self.action = ""
        self.name = ""
        self._shown = -1

    @property
    def busy(self) -> bool:
        return self.cancel_event is not None

    def start(self, action: str, name: str) -> bool:
        """Start `action` on the backup `name`; False if one is already under way."""
        if self.busy or self.session.closed:
            return False
        cancel = threading.Event()
        self.cancel_event, self.action, self.name, self._shown = cancel, action, name, -1
        vault = self.session.vault

        def progress(done: int, total: int) -> None:
            step = 1000 if total <= 0 else min(1000, int(1000 * done / total))
            if step != self._shown:              # a signal per tenth of a percent, not per block
                self._shown = step
                on_gui(lambda: self.progress.emit(done, total), self)

        if action == "run":
            job = lambda: backup.run(vault, name, progress=progress, cancel=cancel)  # noqa: E731
        else:
            job = lambda: backup.check(vault, name, cancel=cancel)  # noqa: E731
        self.worker.submit(job, owner=self, on_done=lambda res: self._end(action, name, res, None),
                           on_error=lambda exc: self._end(action, name, None, exc))
        self.started.emit(action, name)
        return True

    def cancel(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()

    def _end(self, action: str, name: str, result, error) -> None:
        self.cancel_event = None
        self.finished.emit(action, name, result, error)

    def shutdown(self) -> None:
        """Stop a run under way safely and wait for it (before the vault is closed)."""
        self.cancel()
        self.worker.shutdown(wait=True)

    def outcome_text(self, action: str, name: str, result, error) -> tuple[str, bool]:
        """(words for how a run or a check ended, whether it went well)."""
        if error is not None:
            if isinstance(error, backup.BackupCancelled):
                if action == "run":
                    return i18n.core("backup.stopped", name=name), False
                return self.tr("The check of “{name}” was stopped before the end.").format(name=name), False
            if action == "run":
                return i18n.core("backup.run_failed", name=name, reason=i18n.error_text(error)), False
            return i18n.error_text(error), False
        if action == "run":
            return self.tr("The backup “{name}” is complete: %n item(s), read back and checked.", "",
                           result.items).format(name=name), True
        lines = [("✗ " if kind == "error" else "! " if kind == "warning" else "") + text
                 for kind, text in result.messages()]
        when = local_text(result.made_at) if result.made_at else i18n.core("backup.never")
        lines.append(i18n.core("backup.check_ok" if result.ok else "backup.check_bad", name=name,
                               files=result.files_checked, seq=result.seq, when=when))
        return "\n".join(lines), result.ok


class BackupStatusLine(QLabel):
    """The main window's line: when the last good backup was made, and, calmly, when it is older
    than her limit (Settings → Backups; 7 days unless she changed it) or when there is none."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.last: datetime | None = None        # UTC time of the newest complete run
        self.known = False                       # read from the vault yet?
        self.days = 7
        self.clock = utc_now                     # a FixedClock in tests
        self.warning = False

    def set_last(self, last) -> None:
        """`last`: (UTC datetime, name) from evidence_kit.backup.last_complete, or None."""
        self.last = last[0] if last else None
        self.known = True
        self.refresh()

    def refresh(self) -> None:
        if not self.known:
            self.setText("")
            return
        if self.last is None:
            self.warning = True
            text = self.tr(
                "There is no backup of this vault yet. If this computer is taken or breaks, the "
                "evidence in it is lost. Settings → Backups makes one on a USB stick or a cloud folder.")
        else:
            age = self.clock() - self.last
            when = local_text(self.last)
            self.warning = age > timedelta(days=self.days)
            if self.warning:
                text = self.tr(
                    "The last good backup was made %n day(s) ago, on {when}. When you can, plug in "
                    "your backup drive or connect to your backup and run it (Settings → Backups).",
                    "", max(age.days, 0)).format(when=when)
            else:
                text = self.tr("Last good backup: {when}.").format(when=when)
        self.setText(text)
        self.setObjectName("error" if self.warning else "hint")
        self.setStyleSheet("")                   # the new object name's style

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class BackupWatcher(QObject):
    """Every few seconds, whether each folder target is there (only `os.path.isdir`: cheap); says
    once when one appears that was not there before (a USB stick plugged in)."""

    appeared = Signal(str, str)                  # backup name, folder

    def __init__(self, parent=None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.folders: dict[str, str] = {}        # name -> folder, from the vault's list of backups
        self.present: dict[str, bool] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def set_backups(self, rows: list[dict]) -> None:
        folders = {r["name"]: r["target"] for r in rows if r.get("kind") == "folder"}
        for name, path in folders.items():
            if self.folders.get(name) != path:   # new, or moved: as it is now, no offer for that
                self.present[name] = os.path.isdir(path)
        self.present = {n: p for n, p in self.present.items() if n in folders}
        self.folders = folders
        if folders and not self.timer.isActive():
            self.timer.start()
        elif not folders:
            self.timer.stop()

    def poll(self) -> None:
        for name, path in list(self.folders.items()):
            there = os.path.isdir(path)
            if there and not self.present.get(name, False):
                self.present[name] = True
                self.appeared.emit(name, path)
            else:
                self.present[name] = there

    def stop(self) -> None:
        self.timer.stop()


class BackupsDialog(QDialog):
    """Settings → Backups: the list (name, where — never a password —, last complete run in local
    time with its zone), Add (a folder, or an rclone remote), Run now, Check, Remove, and after how
    many days the main window warns."""

    changed = Signal()                 # the list changed (the main window reads it again)

    def __init__(self, session: VaultSession, runner: BackupRunner, parent=None):
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.rows: list[dict] = []
        self.remove_box = None
        lay = QVBoxLayout(self)
        self.title = style.title()
        self.intro = style.hint()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.empty = style.hint()
        row = QHBoxLayout()
        self.run_btn = QPushButton()
        self.run_btn.setObjectName("primary")
        self.run_btn.clicked.connect(lambda: self._start("run"))
        self.check_btn = QPushButton()
        self.check_btn.clicked.connect(lambda: self._start("check"))
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self._remove)
        row.addWidget(self.run_btn)
        row.addWidget(self.check_btn)
        row.addStretch(1)
        row.addWidget(self.remove_btn)
        # a run or a check under way, and how the last one ended
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_btn = QPushButton()
        self.cancel_btn.hide()
        self.cancel_btn.clicked.connect(self._cancel)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_btn)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        # adding one
        card = QFrame()
        card.setObjectName("card")
        cl = QVBoxLayout(card)
        self.add_title = QLabel()
        self.add_title.setWordWrap(True)
        self.add_title.setStyleSheet("font-weight: bold")
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        self.name = QLineEdit()
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where = QLineEdit()
        self.folder_btn = QPushButton()
        self.folder_btn.clicked.connect(self._choose_folder)
        wrow = QHBoxLayout()
        wrow.addWidget(self.where, 1)
        wrow.addWidget(self.folder_btn)
        self.rclone_hint = style.hint()
        self.rclone_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_error = QLabel()
        self.add_error.setObjectName("error")
        self.add_error.setWordWrap(True)
        self.add_error.hide()
        self.add_btn = QPushButton()
        self.add_btn.clicked.connect(self._add)
        arow = QHBoxLayout()
        arow.addStretch(1)
        arow.addWidget(self.add_btn)
        for w in (self.add_title, self.name_label, self.name, self.where_label):
            cl.addWidget(w)
        cl.addLayout(wrow)
        cl.addWidget(self.rclone_hint)
        cl.addWidget(self.add_error)
        cl.addLayout(arow)
        # the main window's warning
        self.days_label = QLabel()
        self.days_label.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(*WARN_DAYS_RANGE)
        self.days.setValue(warn_days(session))
        self.days.editingFinished.connect(self._save_days)
        drow = QHBoxLayout()
        drow.addWidget(self.days_label, 1)
        drow.addWidget(self.days)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.accept)
        close_row.addWidget(self.close_btn)
        for w in (self.title, self.intro, self.list, self.empty):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addLayout(prow)
        lay.addWidget(self.outcome)
        lay.addWidget(card)
        lay.addLayout(drow)
        lay.addLayout(close_row)
        runner.started.connect(self._started)
        runner.progress.connect(self._progress)
        runner.finished.connect(self._finished)
        self.resize(680, 640)             # fits a 1024x700 screen; the list takes what is left
        fit.grow(self)
        self.retranslate()
        if runner.busy:
            self._started(runner.action, runner.name)
        self.reload()

    # ------------------------------------------------------------------ the list
    def reload(self) -> None:
        self.session.read(backup.rows, owner=self, on_done=self._show_rows,
                          on_error=lambda exc: self._say(i18n.error_text(exc), False))

    def _show_rows(self, rows: list[dict]) -> None:
        current = self.current_name()
        self.rows = rows
        self.list.clear()
        for r in rows:
            li = QListWidgetItem(self._row_text(r))
            li.setData(Qt.ItemDataRole.UserRole, r["name"])
            self.list.addItem(li)
            if r["name"] == current:
                self.list.setCurrentItem(li)
        if self.list.currentRow() < 0 and rows:
            self.list.setCurrentRow(0)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _row_text(self, r: dict) -> str:
        when = local_text(r["last_complete"]) if r.get("last_complete") else self.tr("never")
        text = self.tr("{name} — {where}\nLast complete run: {when}").format(
            name=r["name"], where=r["target"], when=when)
        result = r.get("last_result")
        if result in ("failed", "cancelled"):
            at = local_text(r["last_attempt"]) if r.get("last_attempt") else ""
            text += "\n" + (self.tr("The last run, {when}, did not complete.") if result == "failed"
                            else self.tr("The last run, {when}, was stopped.")).format(when=at)
        return text

    def current_name(self) -> str | None:
        li = self.list.currentItem()
        return li.data(Qt.ItemDataRole.UserRole) if li is not None else None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def _update_buttons(self) -> None:
        chosen = self.current_name() is not None
        busy = self.runner.busy
        self.run_btn.setEnabled(chosen and not busy)
        self.check_btn.setEnabled(chosen and not busy)
        self.remove_btn.setEnabled(chosen and not busy)
        self.add_btn.setEnabled(not busy)

    # ------------------------------------------------------------------ run, check, cancel
    def _start(self, action: str) -> None:
        name = self.current_name()
        if name is not None:
            self.runner.start(action, name)

    def _started(self, action: str, name: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_btn.setEnabled(True)
        self.cancel_btn.show()
        self._say(self.tr("Backing up to “{name}”…").format(name=name) if action == "run"
                  else self.tr("Reading back every file of “{name}”…").format(name=name), None)
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _cancel(self) -> None:
        self.cancel_btn.setEnabled(False)
        self.runner.cancel()
        self._say(self.tr("Stopping safely: the backup keeps its last complete run…"), None)

    def _finished(self, action: str, name: str, result, error) -> None:
        self.progress.hide()
        self.cancel_btn.hide()
        text, ok = self.runner.outcome_text(action, name, result, error)
        self._say(text, ok)
        self._update_buttons()
        self.reload()

    def _say(self, text: str, ok: bool | None) -> None:
        self.outcome.setObjectName("" if ok is None else "ok" if ok else "error")
        self.outcome.setStyleSheet("")
        self.outcome.setText(text)
        self.outcome.show()

    # ------------------------------------------------------------------ add, remove
    def _choose_folder(self) -> None:
        d = file_choice.folder(
            self, self.tr("Choose the backup folder (a USB stick, or a folder your cloud app keeps)"))
        if d:
            self.where.setText(d)

    def _add(self) -> None:
        name, target = self.name.text().strip(), self.where.text().strip()
        self.add_error.hide()
        self.add_btn.setEnabled(False)
        self.session.write(lambda v: backup.add(v, name, target), items_changed=False, owner=self,
                           on_done=lambda e: self._added(e["name"]), on_error=self._add_failed)

    def _added(self, name: str) -> None:
        self.name.clear()
        self.where.clear()
        self._update_buttons()
        self._say(self.tr("Added the backup “{name}”. Nothing is copied until you run it: "
                          "choose it and click “Run now”.").format(name=name), True)
        self.changed.emit()
        self.session.read(backup.rows, owner=self,
                          on_done=lambda rows: (self._show_rows(rows), self.select(name)))

    def _add_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self.add_error.setText(i18n.error_text(exc))
        self.add_error.show()

    def _remove(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        name = self.current_name()
        if name is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "Forget the backup “{name}”? What it copied stays where it is, untouched; the app "
            "just stops running it.").format(name=name), parent=self)
        self.forget_btn = box.addButton(self.tr("Forget it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: b is self.forget_btn and self._forget(name))
        self.remove_box = box
        box.open()

    def _forget(self, name: str) -> None:
        self.session.write(lambda v: backup.remove(v, name), items_changed=False, owner=self,
                           on_done=lambda _: (self.reload(), self.changed.emit()),
                           on_error=lambda exc: self._say(i18n.error_text(exc), False))

    def _save_days(self) -> None:
        days = self.days.value()
        if days != warn_days(self.session):
            self.session.set_settings({WARN_DAYS_SETTING: days}, owner=self,
                                      on_error=lambda exc: self._say(i18n.error_text(exc), False))

    def accept(self) -> None:
        self._save_days()
        super().accept()

    def reject(self) -> None:
        self._save_days()
        super().reject()

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.title.setText(self.tr("Backups"))
        self.intro.setText(self.tr(
            "A backup keeps your evidence if this computer is taken, searched or broken. It is a copy "
            "of the vault exactly as it is encrypted here: no name, address or file name can be read "
            "in it, and only your passphrase or recovery key opens it. Each run copies only what is "
            "new and reads it back. If a run is stopped, the backup stays as its last complete run."))
        self.empty.setText(self.tr("No backup yet. Add one below."))
        self.run_btn.setText(self.tr("Run now"))
        self.check_btn.setText(self.tr("Check"))
        self.check_btn.setToolTip(self.tr("Read back every file of the backup and compare it with the vault"))
        self.remove_btn.setText(self.tr("Remove…"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.add_title.setText(self.tr("Add a backup"))
        self.name_label.setText(self.tr("Name (only you see it; it is never written on the backup)"))
        self.name.setPlaceholderText(self.tr("for example: blue USB stick"))
        self.where_label.setText(self.tr("Where: a folder, or an rclone remote"))
        self.where.setPlaceholderText(self.tr("a folder, or rclone:REMOTE:PATH"))
        self.folder_btn.setText(self.tr("Choose a folder…"))
        self.rclone_hint.setText(self.tr(
            "A folder can be on a USB stick, or a folder that the Nextcloud, Dropbox, Google Drive "
            "or OneDrive app keeps in the cloud. For any other place (a Nextcloud or WebDAV server, "
            "SFTP, S3…), install the program rclone, make a remote in a terminal with “rclone "
            "config” (it asks for the address and the password and keeps them itself), then type "
            "here rclone:NAME-OF-THE-REMOTE:FOLDER, for example rclone:nextcloud:evidence."))
        self.add_btn.setText(self.tr("Add"))
        self.days_label.setText(self.tr("Warn me in the main window when the last good backup is older than"))
        self.days.setSuffix(self.tr(" days"))
        self.close_btn.setText(self.tr("Close"))
        if self.rows:
            self._show_rows(self.rows)

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindowBackups(QObject):
    """What the main window does about backups: the line about the last good backup (read again
    when backups or settings change, its age counted every minute), runs with their progress and
    a Stop button in the status bar, Settings → Backups, and the offer to run a backup when its
    folder appears. Owned by the main window; `shutdown()` before the vault is closed."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session: VaultSession = window.session
        self.dialog: BackupsDialog | None = None
        self.offer = None                        # the question "bring it up to date now?"
        self.offer_run = None                    # its "Back up now" button
        self.problem = None                      # a run that failed while Settings was closed
        self.line = BackupStatusLine()
        self.runner = BackupRunner(self.session, self)
        self.runner.started.connect(self._started)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.stop_btn = QPushButton()
        self.stop_btn.hide()
        self.stop_btn.clicked.connect(self.runner.cancel)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.stop_btn)
        self.watcher = BackupWatcher(self)
        self.watcher.appeared.connect(self._offer)
        self.clock = QTimer(self)                # the age of the last backup grows by itself
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(self.line.refresh)
        self.clock.start()
        self.session.settingsChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Read the list of backups and the last complete run again (on the reader)."""
        self.line.days = warn_days(self.session)
        self.session.read(lambda v: (backup.last_complete(v), backup.rows(v)), owner=self,
                          on_done=self._read)

    def _read(self, found) -> None:
        last, rows = found
        self.line.set_last(last)
        self.watcher.set_backups(rows)

    def open_dialog(self) -> BackupsDialog:
        if self.dialog is None:
            self.dialog = BackupsDialog(self.session, self.runner, self.window)
            self.dialog.changed.connect(self.refresh)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _offer(self, name: str, path: str) -> None:
        """A backup's folder appeared (a USB stick plugged in): offer, once, to run it now."""
        import shiboken6
        from PySide6.QtWidgets import QMessageBox

        offer = self.offer
        if self.runner.busy or (offer is not None and shiboken6.isValid(offer) and offer.isVisible()):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.window.windowTitle(), self.tr(
            "The folder of your backup “{name}” is here ({path}). Bring the backup up to date now? "
            "Only what is new is copied.").format(name=name, path=path), parent=self.window)
        run = box.addButton(self.tr("Back up now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.buttonClicked.connect(lambda b: b is run and self.runner.start("run", name))
        self.offer, self.offer_run = box, run
        box.show()

    def _started(self, action: str, name: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.setFormat(name)
        self.progress.show()
        self.stop_btn.setEnabled(True)
        self.stop_btn.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(done, total) / total))

    def _finished(self, action: str, name: str, result, error) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.progress.hide()
        self.stop_btn.hide()
        text, ok = self.runner.outcome_text(action, name, result, error)
        self.window.statusBar().showMessage(text.splitlines()[-1], 20_000)
        dialog_open = self.dialog is not None and self.dialog.isVisible()
        if not ok and not dialog_open and not isinstance(error, backup.BackupCancelled):
            box = QMessageBox(QMessageBox.Icon.Warning, self.window.windowTitle(), text,
                              QMessageBox.StandardButton.Close, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.show()
            self.problem = box
        self.refresh()

    def shutdown(self) -> None:
        self.watcher.stop()
        self.clock.stop()
        self.runner.shutdown()

    def retranslate(self) -> None:
        """Called by the main window's own retranslate."""
        self.stop_btn.setText(self.tr("Stop the backup"))
