"""Settings → "Change every key…": the app's face of `evidence-kit rekey`.

The current passphrase and a new one (twice: the form of "Change passphrase"); then, on the
vault's writer thread, every file is written again under new keys with a progress bar; then the
new recovery key, shown once with an "I have saved it" check, and the new fingerprint. The vault
then locks, so that she opens it with the new passphrase. Closing the window is refused while the
files are being written (stopping halfway is safe, but she should not have to wonder).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from evidence_kit.errors import WrongPassphrase

from . import fit, i18n, style
from .safety import SafetyGuard
from .unlock import PassphraseForm


class _Progress(QObject):
    """Carries progress from the writer thread to the window (a queued signal)."""

    moved = Signal(int)


class RekeyDialog(QDialog):
    rekeyed = Signal()          # the vault now opens only with the new secrets: lock it

    def __init__(self, session, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.busy_now = False
        self._recovery = ""
        self.setModal(True)
        self.pages = QStackedWidget()
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages)
        self._build_ask()
        self._build_done()
        self._progress = _Progress(self)
        self._progress.moved.connect(self.bar.setValue)
        self.retranslate()
        self.resize(560, 420)

    # -- page 1: what it does, the passphrases, the progress
    def _build_ask(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.form = PassphraseForm(ask_current=True)
        self.p0, self.p1, self.p2 = self.form.p0, self.form.p1, self.form.p2
        self.error = self.form.error
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.hide()
        for w in (self.explain, self.form, self.bar):
            lay.addWidget(w)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        self.start_btn = QPushButton()
        self.start_btn.setObjectName("primary")
        self.start_btn.clicked.connect(self._start)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.start_btn)
        lay.addLayout(row)
        self.form.submitted.connect(self._start)
        self.pages.addWidget(page)

    # -- page 2: the new recovery key, once
    def _build_done(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setFont(style.mono_font(15))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_btn = QPushButton()
        self.copy_btn.clicked.connect(lambda: SafetyGuard.instance().copy(self._recovery))
        self.fingerprint = style.hint()
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved = QCheckBox()
        self.finish_btn = QPushButton()
        self.finish_btn.setObjectName("primary")
        self.finish_btn.setEnabled(False)
        self.saved.toggled.connect(self.finish_btn.setEnabled)
        self.finish_btn.clicked.connect(self._finish)
        for w in (self.done_text, self.key_label, self.copy_btn, self.fingerprint, self.saved):
            lay.addWidget(w)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.finish_btn)
        lay.addLayout(row)
        self.pages.addWidget(page)

    def _set_busy(self, on: bool):
        self.busy_now = on
        self.bar.setVisible(on)
        for w in (self.form, self.start_btn, self.cancel):
            w.setEnabled(not on)

    def _start(self):
        if self.busy_now:
            return
        problem = self.form.problem()
        if problem:
            return self.form.fail(problem)
        self.error.hide()
        self._set_busy(True)
        current, new = self.form.current(), self.form.new()
        progress = self._progress

        def job(vault):
            from evidence_kit.vault import Vault
            from evidence_kit.vault import rekey as rk

            if not vault.check_passphrase(current):
                raise WrongPassphrase()
            path = vault.path
            recovery = rk.rekey(vault, new, progress=lambda d, t: progress.moved.emit(int(100 * d / max(t, 1))))
            reopened = Vault.open(path, new, writable=True)
            try:
                fingerprint = reopened.fingerprint
                rk.recovery_key_shown(reopened)       # shown now, on the next page
            finally:
                reopened.close()
            return recovery, fingerprint

        self.session.write(job, items_changed=False, owner=self, on_done=self._done,
                           on_error=self._failed)

    def _done(self, result):
        self.busy_now = False
        self.form.clear()
        self._recovery, fingerprint = result
        self.key_label.setText(self._recovery)
        self.fingerprint.setText(i18n.core("rekey.new_fingerprint", fingerprint=fingerprint))
        self.pages.setCurrentIndex(1)

    def _failed(self, exc: BaseException):
        self._set_busy(False)
        self.form.failed(exc)

    def _finish(self):
        self._recovery = ""
        self.key_label.clear()
        self.accept()
        self.rekeyed.emit()

    def reject(self):
        if self.busy_now:
            return              # never close halfway through writing the files again
        if self.pages.currentIndex() == 1:
            return              # the new recovery key must be confirmed as saved
        super().reject()

    def changeEvent(self, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Change every key"))
        self.explain.setText(i18n.core("rekey.explain"))
        self.cancel.setText(self.tr("Cancel"))
        self.start_btn.setText(self.tr("Change every key"))
        self.done_text.setText(i18n.core("rekey.done") + "\n\n" + i18n.core("init.recovery_intro"))
        self.copy_btn.setText(self.tr("Copy"))
        self.saved.setText(self.tr("I have written the new recovery key down"))
        self.finish_btn.setText(self.tr("Lock the vault and open it with the new passphrase"))
