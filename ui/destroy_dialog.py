"""Settings → "Delete this vault from this computer now": the warning in large type (with whether a
backup exists and when the last one was made, as the main window says it), then a second
confirmation; the controller then closes the vault and deletes it (evidence_kit/vault/destroy.py:
the keys first) and shows the first screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from evidence_kit.vault.destroy import backup_sentence, last_backup

from . import i18n, style
from .session import VaultSession


class DestroyDialog(QDialog):
    """Two steps: the warning, then "are you sure"; `destroyRequested` after the second."""

    destroyRequested = Signal()

    def __init__(self, session: VaultSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.path = session.vault.path
        self.step = 1
        self.backup = None               # the last complete backup (time, items), once read
        self.backup_read = False
        self.setModal(True)
        lay = QVBoxLayout(self)
        self.title = style.title()
        # large type (the style sheet's #bigWarning and #bigText): read at a glance, in a hurry
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("bigWarning")
        self.backup_text = QLabel()
        self.backup_text.setWordWrap(True)
        self.backup_text.setObjectName("bigText")
        self.remains = style.hint()
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setObjectName("bigWarning")
        self.confirm_text.hide()
        for w in (self.title, self.warning, self.backup_text, self.remains, self.confirm_text):
            lay.addWidget(w)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.reject)
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("danger")
        self.delete_btn.clicked.connect(self._delete_clicked)
        row.addWidget(self.cancel_btn)
        row.addStretch(1)
        row.addWidget(self.delete_btn)
        lay.addLayout(row)
        self.cancel_btn.setDefault(True)           # Enter never deletes
        self.delete_btn.setAutoDefault(False)
        self.resize(640, 500)
        self.retranslate()
        session.read(last_backup, on_done=self._backup_known, on_error=self._backup_unknown, owner=self)

    def _backup_known(self, last) -> None:
        self.backup, self.backup_read = last, True
        self.retranslate()

    def _backup_unknown(self, exc: BaseException) -> None:
        self.backup_read = True
        self.backup_text.setText(i18n.error_text(exc) + "\n" + i18n.core("destroy.backup_unknown"))

    def _delete_clicked(self) -> None:
        if self.step == 1:                         # the second confirmation
            self.step = 2
            self.retranslate()
            return
        self.delete_btn.setEnabled(False)
        self.destroyRequested.emit()
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delete this vault"))
        self.title.setText(self.tr("Delete this vault from this computer now"))
        self.warning.setText(i18n.core("destroy.warning", path=str(self.path)))
        if self.backup_read:
            self.backup_text.setText(backup_sentence(self.backup, i18n.current()))
        else:
            self.backup_text.setText(self.tr("Looking for the last backup…"))
        self.remains.setText(i18n.core("destroy.what_remains"))
        self.cancel_btn.setText(self.tr("Keep the vault"))
        if self.step == 1:
            self.confirm_text.hide()
            self.delete_btn.setText(self.tr("Delete…"))
        else:                            # the question takes the warning's place (read already)
            self.warning.hide()
            self.confirm_text.setText(self.tr(
                "Are you sure? The vault is deleted from this computer at once and cannot be "
                "opened here again. Only a backup can bring it back."))
            self.confirm_text.show()
            self.delete_btn.setText(self.tr("Yes, delete it now"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
