"""Handing a case to a lawyer in the app: the vault's key for receiving evidence (in Settings, with
a QR code and Copy), "Send to my lawyer…" (export/share.py's share, encrypted to her key) and
"Receive a case…" (open and check a .age file, show who sent it and what it holds, then seal it).

All work runs on the session's writer thread; the widgets are touched only on the GUI thread."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from evidence_kit import identity
from evidence_kit.errors import BadInput

from . import file_choice, fit, i18n, style
from .session import VaultSession
from .tasks import on_gui


def grouped(text: str, size: int = 4) -> str:
    """A long key or fingerprint in groups, easier to read aloud and compare."""
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """The QR code of `text` (segno), as a picture for a label."""
    import io

    import segno

    buf = io.BytesIO()
    segno.make(text, error="m").save(buf, kind="png", scale=scale, border=2)
    pm = QPixmap()
    pm.loadFromData(buf.getvalue(), "PNG")
    return pm


class _Translated:
    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _add_footer(self, lay: QVBoxLayout, on_primary) -> QPushButton:
        """The foot of the send and receive dialogs: a progress bar (hidden until work starts), a
        status line, and Close beside the primary button, which is returned."""
        self.progress = QProgressBar()
        self.progress.hide()
        lay.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.reject)
        primary = QPushButton()
        primary.setObjectName("primary")
        primary.clicked.connect(on_primary)
        row.addWidget(self.close_btn)
        row.addWidget(primary)
        lay.addLayout(row)
        return primary


class IdentityBox(_Translated, QWidget):
    """This vault's key for receiving evidence: the age1… line, its QR code, a Copy button and
    the words saying what it is for. Made the first time it is shown (on the writer thread)."""

    def __init__(self, session: VaultSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.recipient = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.qr = QLabel()
        self.qr.setFixedSize(150, 150)
        self.qr.setScaledContents(True)
        self.key = QLabel("…")
        self.key.setFont(style.mono_font(10))
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QVBoxLayout()
        side.addWidget(self.key)
        self.copy_btn = QPushButton()
        self.copy_btn.setEnabled(False)
        self.copy_btn.clicked.connect(self.copy)
        self.copied = style.hint()
        side.addWidget(self.copy_btn, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.copied)
        side.addStretch(1)
        row.addWidget(self.qr)
        row.addLayout(side, 1)
        lay.addLayout(row)
        self.hint = style.hint()
        lay.addWidget(self.hint)
        self.retranslate()
        session.write(identity.ensure, owner=self, on_done=self._shown, on_error=self._failed,
                      items_changed=False)

    def _shown(self, recipient: str):
        self.recipient = recipient
        self.key.setText(recipient)
        self.qr.setPixmap(qr_pixmap(recipient))
        self.copy_btn.setEnabled(True)

    def _failed(self, exc):
        self.key.setText(i18n.error_text(exc))

    def copy(self):
        if self.recipient:
            QGuiApplication.clipboard().setText(self.recipient)
            self.copied.setText(self.tr("Copied. Paste it into the message to the person who will send you evidence."))

    def retranslate(self):
        self.copy_btn.setText(self.tr("Copy"))
        self.hint.setText(i18n.core("share.identity.advice"))


class ShareDialog(_Translated, QDialog):
    """Send to my lawyer: the chosen items (or a case), encrypted to her key, saved where she says."""

    def __init__(self, session: VaultSession, item_ids: list[str] | None, case: str | None, parent=None):
        super().__init__(parent)
        self.session = session
        self.item_ids = list(item_ids or [])
        self.case = case
        self.result = None
        self._running = False
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QFormLayout()
        self.to = QLineEdit()
        self.to.setFont(style.mono_font(10))
        self.to.textChanged.connect(self._check)
        self.to_label = QLabel()
        form.addRow(self.to_label, self.to)
        self.to_shown = QLabel()
        self.to_shown.setFont(style.mono_font(10))
        self.to_shown.setWordWrap(True)
        form.addRow("", self.to_shown)
        fp = session.vault.fingerprint
        self.fingerprint = QLabel(grouped(fp))
        self.fingerprint.setFont(style.mono_font(10))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fp_label = QLabel()
        form.addRow(self.fp_label, self.fingerprint)
        lay.addLayout(form)
        self.confirm = QCheckBox()
        self.confirm.toggled.connect(self._check)
        lay.addWidget(self.confirm)
        self.sensitive = QCheckBox()
        lay.addWidget(self.sensitive)
        self.send_btn = self._add_footer(lay, lambda: self.send())
        self.resize(600, 420)
        self.retranslate()
        self._check()

    def _recipient(self) -> str | None:
        text = self.to.text().strip()
        try:
            return str(identity.parse_recipient(text)) if text else None
        except BadInput:
            return None

    def _check(self, *_):
        rcpt = self._recipient()
        if rcpt:
            self.to_shown.setText(grouped(rcpt, 6))
            self.to_shown.setObjectName("")
        elif self.to.text().strip():
            self.to_shown.setText(self.tr("This is not a lawyer's key: it starts with age1 and is about 62 characters long."))
            self.to_shown.setObjectName("error")
        else:
            self.to_shown.setText("")
        self.send_btn.setEnabled(bool(rcpt) and self.confirm.isChecked() and not self._running)

    def send(self, path: str | None = None):
        rcpt = self._recipient()
        if not rcpt or not self.confirm.isChecked() or self._running:
            return
        if path is None:
            start = f"{self.case or 'case'}.age"
            path = file_choice.save_file(self, self.tr("Where to save the encrypted file"), start,
                                         self.tr("Encrypted case (*.age)"))
            if not path:
                return
        self._running = True
        self._check()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setObjectName("")
        self.status.setText(self.tr("Encrypting…"))
        ids, case = (self.item_ids or None), (None if self.item_ids else self.case)
        lang, sensitive = i18n.current(), self.sensitive.isChecked()

        def progress(done, total):
            on_gui(lambda: (self.progress.setRange(0, total), self.progress.setValue(done)), self)

        from export.share import share_items

        def job(vault):
            if ids is None and case is None:       # every item: the cases one after another
                all_ids = [i.id for i in vault.items() if i.source != "reference"]
                return share_items(vault, path, all_ids, recipients=[rcpt], lang=lang,
                                   include_sensitive=sensitive, progress=progress)
            return share_items(vault, path, ids, case=case, recipients=[rcpt], lang=lang,
                               include_sensitive=sensitive, progress=progress)

        self.session.write(job, owner=self, on_done=self._done, on_error=self._failed)

    def _done(self, result):
        self._running = False
        self.result = result
        self.progress.hide()
        self.status.setText(self.tr("Saved: {path}").format(path=str(result.path)) + "\n"
                            + i18n.core("share.safe_to_send"))
        self._check()

    def _failed(self, exc):
        self._running = False
        self.progress.hide()
        self.status.setObjectName("error")
        self.status.setText(i18n.error_text(exc))
        self._check()

    def retranslate(self):
        self.setWindowTitle(self.tr("Send to my lawyer"))
        if self.item_ids:
            what = self.tr("The chosen items will be saved in one file encrypted to your lawyer's key.")
        elif self.case:
            what = self.tr("The case \u201c{case}\u201d will be saved in one file encrypted to your lawyer's key."
                           ).format(case=self.case)
        else:
            what = self.tr("All your evidence will be saved in one file encrypted to your lawyer's key.")
        self.intro.setText(what + " " + self.tr(
            "It holds the original files, the court dossier and the record of every step, signed by your vault. "
            "The file is safe to send by any messenger, e-mail or USB stick: only that lawyer's Evidence Kit "
            "(or her age key) can open it."))
        self.to_label.setText(self.tr("Your lawyer's key"))
        fit.placeholder(self.to, self.tr("age1… (she finds it in her Settings, or her age-keygen printed it)"))
        self.fp_label.setText(self.tr("Your vault's fingerprint"))
        self.confirm.setText(self.tr("I checked this key with my lawyer, and told her my vault's fingerprint "
                                     "(by phone or on paper, not in the same message)"))
        self.sensitive.setText(self.tr("Include the files of items marked sensitive (only for a court or an investigator)"))
        self.close_btn.setText(self.tr("Close"))
        self.send_btn.setText(self.tr("Save encrypted file…"))
        self._check()


class ReceiveDialog(_Translated, QDialog):
    """Receive a case: the .age file is opened and checked first; who sent it (fingerprint,
    confirmed or not) and what it holds are shown; only "Receive" seals its items."""

    def __init__(self, session: VaultSession, path: str | None = None, parent=None):
        super().__init__(parent)
        self.session = session
        self.path = path or ""
        self.opened = None
        self.result = None
        self._running = False
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        form = QFormLayout()
        frow = QHBoxLayout()
        self.file = QLabel(self.path)
        self.file.setWordWrap(True)
        self.choose_btn = QPushButton()
        self.choose_btn.clicked.connect(self.choose)
        frow.addWidget(self.file, 1)
        frow.addWidget(self.choose_btn)
        self.file_label = QLabel()
        form.addRow(self.file_label, frow)
        self.expected = QLineEdit()
        self.expected.setFont(style.mono_font(10))
        self.expected_label = QLabel()
        form.addRow(self.expected_label, self.expected)
        lay.addLayout(form)
        self.open_btn = QPushButton()
        self.open_btn.clicked.connect(lambda: self.open_file())
        lay.addWidget(self.open_btn, 0, Qt.AlignmentFlag.AlignLeft)
        self.sender = QLabel()
        self.sender.setWordWrap(True)
        self.sender.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.sender)
        self.contents = QListWidget()
        self.contents.hide()
        lay.addWidget(self.contents, 1)
        self.receive_btn = self._add_footer(lay, self.receive)
        self.receive_btn.setEnabled(False)
        self.resize(640, 520)
        self.retranslate()

    def choose(self):
        path = file_choice.open_file(self, self.tr("Choose the file you received"), "",
                                     self.tr("Encrypted case (*.age);;All files (*)"))
        if path:
            self.path = path
            self.file.setText(path)
            self.open_file()

    def open_file(self):
        if not self.path or self._running:
            return
        self._close_opened()
        self.receive_btn.setEnabled(False)
        self.contents.clear()
        self.contents.hide()
        self.sender.setText("")
        expected = self.expected.text().strip() or None
        if expected is not None:
            from evidence_kit.cli.fingerprint_cmd import normalise_fingerprint

            try:
                expected = normalise_fingerprint(expected)
            except BadInput as exc:
                self._failed(exc)
                return
        path, lang = self.path, i18n.current()
        self._busy(self.tr("Opening and checking the file…"))
        from export.share import open_share

        session = self.session

        def opened(share):          # no owner: a share opened after the dialog closed is closed too
            if shiboken6.isValid(self) and self.isVisible():
                self._opened(share)
            else:
                session.write(lambda _v: share.close(), items_changed=False, keep=True)

        def failed(exc):
            if shiboken6.isValid(self):
                self._failed(exc)

        session.write(lambda v: open_share(v, path, expect_fingerprint=expected, lang=lang),
                      on_done=opened, on_error=failed, owner=None, items_changed=False)

    def _busy(self, text: str):
        self._running = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setObjectName("")
        self.status.setText(text)

    def _opened(self, opened):
        self._running = False
        self.progress.hide()
        self.opened = opened
        s = opened.sender
        if s.confirmed:
            self.sender.setText("✓ " + i18n.core("share.recv.confirmed", fingerprint=s.fingerprint))
        else:
            self.sender.setText("! " + i18n.core("share.recv.unconfirmed", fingerprint=s.fingerprint,
                                                 grouped=grouped(s.fingerprint)))
        self.status.setText(i18n.core("share.recv.holds", count=len(opened.exhibits), id=opened.report.dossier_id,
                                      files=opened.report.files_checked))
        for ex in opened.exhibits:
            self.contents.addItem(f"{ex['exhibit']}  {ex['captured_at'] or ''}  {ex['title'] or ex['url'] or ''}")
        self.contents.show()
        self.receive_btn.setEnabled(True)

    def receive(self):
        if self.opened is None or self._running:
            return
        opened = self.opened
        self.receive_btn.setEnabled(False)
        self._busy(self.tr("Sealing the received items…"))

        def job(_vault):
            try:
                return opened.receive()
            finally:
                opened.close()

        self.opened = None
        self.session.write(job, owner=self, on_done=self._received, on_error=self._failed)

    def _received(self, result):
        self._running = False
        self.result = result
        self.progress.hide()
        lines = [i18n.core("share.recv.done", count=len(result.items), sha=result.share.sha256)]
        lines += [i18n.core("share.recv.duplicate", sender=m["sender_exhibit"], exhibit=m["exhibit"]).strip()
                  for m in result.duplicates]
        if result.withheld:
            lines.append(i18n.core("share.recv.withheld", count=len(result.withheld),
                                   exhibits=", ".join(result.withheld)))
        self.status.setText("\n".join(lines))

    def _failed(self, exc):
        self._running = False
        self.progress.hide()
        self.status.setObjectName("error")
        text = i18n.error_text(exc)
        problems = getattr(exc, "problems", None) or []
        if problems:
            text = "\n".join(["✗ " + p.message for p in problems[:10]] + [text])
        self.status.setText(text)

    def _close_opened(self):
        opened, self.opened = self.opened, None
        if opened is not None:        # its scratch copy is closed on the thread that used it
            self.session.write(lambda _v: opened.close(), items_changed=False, keep=True)

    def done(self, r):  # noqa: D401  (closing the dialog: the scratch copy goes too)
        self._close_opened()
        super().done(r)

    def retranslate(self):
        self.setWindowTitle(self.tr("Receive a case"))
        self.intro.setText(self.tr(
            "A file sent to this vault (.age) is opened with this vault's key and checked first: the signature, "
            "every file's SHA-256 and the record of every step. You then see who sent it and what it holds; "
            "only \u201cReceive\u201d adds its items, with where they came from."))
        self.file_label.setText(self.tr("File"))
        self.choose_btn.setText(self.tr("Choose…"))
        self.expected_label.setText(self.tr("Sender's fingerprint (if you have it)"))
        fit.placeholder(self.expected, self.tr("given to you separately, on paper or by phone"))
        self.open_btn.setText(self.tr("Open and check"))
        self.close_btn.setText(self.tr("Close"))
        self.receive_btn.setText(self.tr("Receive"))


def is_share_file(path: str) -> bool:
    """A dropped file that is a case sent with Evidence Kit (an age file), by its first bytes."""
    try:
        with open(path, "rb") as f:
            return identity.is_age_file(f.read(len(identity.AGE_MAGIC)))
    except OSError:
        return False


__all__ = ["IdentityBox", "ShareDialog", "ReceiveDialog", "is_share_file", "qr_pixmap"]
