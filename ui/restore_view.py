"""The first screen's "Restore from a backup": a working vault made from a backup (a folder or an
rclone remote) in a new folder that is missing or empty, opened with the passphrase or the recovery
key. The restore (evidence_kit/backup/restore.py) runs on a worker with its progress; Cancel stops
it and removes what it copied. The controller then opens the restored vault and names, in words,
any item that did not come back whole."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton

from evidence_kit import backup
from evidence_kit.errors import WrongPassphrase
from evidence_kit.vault import Vault

from . import file_choice, i18n, style
from .tasks import on_gui
from .unlock import _Screen


class RestoreDialog(_Screen):
    """Where the backup is, the new vault's folder, the secret → `restored(vault, report)`."""

    restored = Signal(object, object)      # the opened Vault, evidence_kit.backup.RestoreReport
    back = Signal()

    def __init__(self, dest: Path, neutral: bool = False, parent=None):
        super().__init__(neutral, parent)
        self.use_recovery = False
        self.cancel_event: threading.Event | None = None
        self.title = style.title()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source = QLineEdit()
        self.source_btn = QPushButton()
        self.source_btn.clicked.connect(self._choose_source)
        self.source_hint = style.hint()
        self.dest_label = QLabel()
        self.dest_label.setWordWrap(True)
        self.dest = QLineEdit(str(dest))
        self.dest_btn = QPushButton()
        self.dest_btn.clicked.connect(self._choose_dest)
        self.field_label = QLabel()
        self.field_label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self._restore)
        self.mode_btn = QPushButton()
        self.mode_btn.setFlat(True)
        self.mode_btn.clicked.connect(self._toggle_mode)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.busy_text = style.hint()
        self.busy_text.hide()
        self.back_btn = QPushButton()
        self.back_btn.clicked.connect(self.back.emit)
        self.cancel_btn = QPushButton()
        self.cancel_btn.hide()
        self.cancel_btn.clicked.connect(self.cancel)
        self.restore_btn = QPushButton()
        self.restore_btn.setObjectName("primary")
        self.restore_btn.clicked.connect(self._restore)
        b = self.body
        b.addWidget(self.title)
        b.addWidget(self.text)
        b.addWidget(self.source_label)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.source_btn)
        b.addLayout(row)
        b.addWidget(self.source_hint)
        b.addWidget(self.dest_label)
        row = QHBoxLayout()
        row.addWidget(self.dest, 1)
        row.addWidget(self.dest_btn)
        b.addLayout(row)
        b.addWidget(self.field_label)
        b.addWidget(self.field)
        row = QHBoxLayout()
        row.addWidget(self.mode_btn)
        row.addStretch(1)
        b.addLayout(row)
        b.addWidget(self.message)
        b.addWidget(self.progress)
        b.addWidget(self.busy_text)
        b.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back_btn)
        row.addStretch(1)
        row.addWidget(self.cancel_btn)
        row.addWidget(self.restore_btn)
        b.addLayout(row)
        self.resize(640, 600)
        self._enter_means(self.restore_btn)
        self.retranslate()

    # ------------------------------------------------------------------ choosing
    def _choose_source(self):
        d = file_choice.folder(self, self.tr("Choose the backup folder"))
        if d:
            self.source.setText(d)

    def _choose_dest(self):
        d = file_choice.folder(self, self.tr("Choose a folder for the restored vault (empty)"),
                               str(Path(self.dest.text()).parent))
        if d:
            self.dest.setText(d)

    def _toggle_mode(self):
        self.use_recovery = not self.use_recovery
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if self.use_recovery else QLineEdit.EchoMode.Password)
        self.field.setFont(style.mono_font() if self.use_recovery else QFont())
        self.message.hide()
        self.retranslate()

    # ------------------------------------------------------------------ the restore
    def _restore(self):
        if self.cancel_event is not None:
            return
        source, dest, secret = self.source.text().strip(), self.dest.text().strip(), self.field.text()
        if not dest:
            return self._fail(self.tr("Say in which folder the restored vault goes."))
        if not secret:
            return self._fail(self.tr("Type the recovery key of the vault that was backed up.")
                              if self.use_recovery else
                              self.tr("Type the passphrase of the vault that was backed up."))
        self.message.hide()
        cancel = threading.Event()
        self.cancel_event = cancel
        self._set_busy(True)
        kw = {"recovery_key": secret} if self.use_recovery else {"passphrase": secret}
        shown = [-1]

        def progress(done: int, total: int) -> None:
            step = 1000 if total <= 0 else min(1000, int(1000 * done / total))
            if step != shown[0]:
                shown[0] = step
                on_gui(lambda: self._progress(step), self)

        def job():
            report = backup.restore(source, Path(dest).expanduser(), progress=progress, cancel=cancel, **kw)
            return Vault.open(report.path, kw.get("passphrase"), recovery_key=kw.get("recovery_key"),
                              writable=True), report

        self._ensure_worker().submit(job, on_done=self._done, on_error=self._failed, owner=self)

    def _progress(self, step: int):
        self.progress.setRange(0, 1000)
        self.progress.setValue(step)

    def cancel(self):
        if self.cancel_event is not None:
            self.cancel_event.set()
            self.cancel_btn.setEnabled(False)
            self.busy_text.setText(self.tr("Stopping; what was copied is removed…"))

    def _set_busy(self, on: bool):
        self.progress.setRange(0, 0)
        self.progress.setVisible(on)
        self.busy_text.setVisible(on)
        self.cancel_btn.setVisible(on)
        self.cancel_btn.setEnabled(on)
        for w in (self.restore_btn, self.back_btn, self.source, self.source_btn, self.dest,
                  self.dest_btn, self.field, self.mode_btn):
            w.setEnabled(not on)
        self.retranslate()

    def _done(self, result):
        self.cancel_event = None
        self._set_busy(False)
        self.field.clear()
        vault, report = result
        self.restored.emit(vault, report)

    def _failed(self, exc: BaseException):
        self.cancel_event = None
        self._set_busy(False)
        if isinstance(exc, backup.BackupCancelled):
            text = self.tr("The restore was stopped. Nothing was left in the new vault's folder.")
        elif isinstance(exc, WrongPassphrase) and exc.key == WrongPassphrase.key:
            if self.use_recovery:
                text = self.tr("No backup there opens with this recovery key. Nothing was written.")
            else:
                text = self.tr("No backup there opens with this passphrase. Check it, or use the "
                               "recovery key. Nothing was written.")
        else:
            text = i18n.error_text(exc)
        self._fail(text)
        self.field.selectAll()

    def _fail(self, text: str):
        self.message.setText(text)
        self.message.show()

    def shutdown(self) -> None:
        self.cancel()                      # a restore under way stops and removes what it copied
        super().shutdown()

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        self._retranslate_frame()
        self.title.setText(self.tr("Restore from a backup"))
        self.text.setText(self.tr(
            "If this computer is new, or the vault was deleted or lost, a backup brings back "
            "everything it held: every item, the record of what was done, your settings and logins. "
            "The vault is made again in a new folder and opened."))
        self.source_label.setText(self.tr("Where the backup is"))
        self.source.setPlaceholderText(self.tr("a folder, or rclone:REMOTE:PATH"))
        self.source_btn.setText(self.tr("Choose a folder…"))
        self.source_hint.setText(self.tr(
            "The USB stick or cloud folder you backed up to, or the rclone remote, written as "
            "rclone:NAME-OF-THE-REMOTE:FOLDER (made with “rclone config”)."))
        self.dest_label.setText(self.tr("The new vault's folder (it must be missing or empty)"))
        self.dest_btn.setText(self.tr("Choose…"))
        if self.use_recovery:
            self.field_label.setText(self.tr("Recovery key"))
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.mode_btn.setText(self.tr("Use my passphrase instead"))
        else:
            self.field_label.setText(self.tr("Passphrase of the vault that was backed up"))
            self.field.setPlaceholderText("")
            self.mode_btn.setText(self.tr("I forgot my passphrase: use the recovery key"))
        if self.cancel_event is not None and not self.cancel_event.is_set():
            self.busy_text.setText(self.tr("Restoring: every file is copied and checked…"))
        self.back_btn.setText(self.tr("Back"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.restore_btn.setText(self.tr("Restore"))
