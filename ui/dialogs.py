"""Smaller windows: checking the vault, settings, help."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QProgressBar, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from evidence_kit import timestamps
from evidence_kit.errors import EvidenceKitError
from evidence_kit.settings import load_settings, save_settings

from . import file_choice, fit, i18n, style
from .safety import quick_exit_keys_text
from .session import VaultSession
from .tasks import Cancelled


class _Translated:
    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class VerifyDialog(_Translated, QDialog):
    """Re-reads every sealed file and the whole custody record in the background."""

    def __init__(self, session: VaultSession, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.report = None
        self._running = False
        self._stop = False
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.hide()
        lay.addWidget(self.intro)
        lay.addWidget(self.progress)
        lay.addWidget(self.verdict)
        lay.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self._close)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        self.resize(600, 420)
        self.retranslate()

    def start(self):
        self._running = True
        self.progress.setRange(0, 0)
        self.session.long.submit(self._job, on_done=self._done, on_error=self._failed, owner=self)
        self.retranslate()

    def _job(self):
        from .tasks import on_gui

        def progress(done, total):
            if self._stop or self.session.stop_event.is_set():
                raise Cancelled()
            on_gui(lambda: self._progress(done, total), self)

        return self.session.vault.verify(progress=progress)

    def _progress(self, done, total):
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))

    def _done(self, report):
        self.report = report
        self._running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.session.write(lambda v: v.record_verification(report), items_changed=False)
        self._show_verdict()

    def _show_verdict(self):
        r = self.report
        if r is None:
            return
        if r.ok:
            self.verdict.setObjectName("ok")
            self.verdict.setText(self.tr(
                "All is well. {items} and {entries} were read back and nothing was changed.",
                "{items}: 3 items, {entries}: 12 record entries").format(
                    items=self.tr("%n item(s)", "", r.items_checked),
                    entries=self.tr("%n record entry(s)", "", r.log_entries_checked)))
        else:
            self.verdict.setObjectName("error")
            self.verdict.setText(self.tr(
                "%n problem(s) found. The items below may have been changed or damaged. Keep this "
                "computer and the vault as they are and ask someone you trust for help.", "", len(r.errors)))
        self.verdict.setStyleSheet("")
        self.verdict.show()
        self.problems.clear()
        for p in r.problems:
            mark = "✗ " if p.kind == "error" else "! "
            self.problems.addItem(mark + p.message)
        self.problems.setVisible(bool(r.problems))
        self.retranslate_buttons()

    def _failed(self, exc):
        self._running = False
        self.progress.hide()
        self.verdict.setObjectName("error")
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("The check stopped before the end.") if isinstance(exc, Cancelled)
                             else i18n.error_text(exc))
        self.verdict.show()
        self.retranslate_buttons()

    def _close(self):
        if self._running:
            self._stop = True
        else:
            self.accept()

    def reject(self):
        if self._running:
            self._stop = True
            return
        super().reject()

    def retranslate_buttons(self):
        self.close_btn.setText(self.tr("Stop") if self._running else self.tr("Close"))

    def retranslate(self):
        self.setWindowTitle(self.tr("Check the vault"))
        self.intro.setText(self.tr(
            "Every sealed file and every entry of the record is read back and compared with its "
            "fingerprint. This can take a while; you can keep working."))
        self.retranslate_buttons()
        self._show_verdict()


def browser_usable(path: str) -> bool:
    """Is there a program at `path` (or a command of that name) that captures could run?"""
    try:
        from capture import find_browser
    except ImportError:                     # no capture package: only look at the file
        import shutil

        p = Path(path).expanduser()
        return (p.is_file() and os.access(p, os.X_OK)) or shutil.which(path) is not None
    from evidence_kit.errors import EvidenceKitError

    try:
        find_browser(explicit=path)
    except EvidenceKitError:
        return False
    return True


class SettingsDialog(_Translated, QDialog):
    """Collector name, language, browser, capture time limit, auto-lock, neutral title."""

    languageChosen = Signal(str)
    neutralChanged = Signal(bool)
    lockNeeded = Signal()              # every key was changed: open the vault again
    destroyNeeded = Signal()           # "Delete this vault from this computer now", confirmed twice
    backupsRequested = Signal()        # Settings → Backups (the main window owns the runs)

    def __init__(self, session: VaultSession, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        lay = QVBoxLayout(self)
        page = QWidget()                   # the rows scroll; the buttons below them stay in view
        form = fit.StackedForm(page)
        self.collector = QLineEdit(session.vault.settings().get("collector") or "")
        self.collector_hint = style.hint()
        cw = QWidget()
        cl = QVBoxLayout(cw)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.collector)
        cl.addWidget(self.collector_hint)
        self.language = QComboBox()
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        self.browser = QLineEdit(session.setting("browser") or "")
        self.browser_btn = QPushButton()
        self.browser_btn.clicked.connect(self._choose_browser)
        bw = QWidget()
        bl = QHBoxLayout(bw)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.browser, 1)
        bl.addWidget(self.browser_btn)
        self.timeout = QSpinBox()
        self.timeout.setRange(10, 600)
        self.timeout.setValue(int(session.setting("capture_timeout_seconds")))
        self.autolock = QSpinBox()
        self.autolock.setRange(0, 240)
        self.autolock.setValue(int(session.setting("auto_lock_minutes")))
        self.neutral = QCheckBox()
        self.neutral.setChecked(bool(load_settings().get("neutral_title")))
        self._route_rows()
        self.labels = [QLabel() for _ in range(5)]
        form.addRow(self.labels[0], cw)
        form.addRow(self.labels[1], self.language)
        form.addRow(self.labels[2], bw)
        form.addRow(self.labels[3], self.timeout)
        form.addRow(self.proxy_label, self.proxy_box)
        form.addRow(self.accounts_label, self.accounts_btn)
        form.addRow(self.labels[4], self.autolock)
        self._unlock_limit_rows(form)
        form.addRow("", self.neutral)
        saved_tsa = session.vault.settings().get(timestamps.SETTING)
        if not isinstance(saved_tsa, list) or tuple(saved_tsa) in timestamps.FORMER_DEFAULTS:
            saved_tsa = timestamps.DEFAULT_TSAS          # a former default list follows today's
        self.tsa = QPlainTextEdit("\n".join(saved_tsa))
        self.tsa.setMaximumHeight(80)
        self.tsa_hint = style.hint()
        self.tsa_label = QLabel()
        tw = QWidget()
        tl = QVBoxLayout(tw)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.tsa)
        tl.addWidget(self.tsa_hint)
        form.addRow(self.tsa_label, tw)
        self.backups_btn = QPushButton()
        self.backups_btn.clicked.connect(self.backupsRequested.emit)
        self.backups_hint = style.hint()
        bkw = QWidget()
        bkl = QVBoxLayout(bkw)
        bkl.setContentsMargins(0, 0, 0, 0)
        bkl.addWidget(self.backups_btn, 0, Qt.AlignmentFlag.AlignLeft)
        bkl.addWidget(self.backups_hint)
        self.backups_label = QLabel()
        form.addRow(self.backups_label, bkw)
        self.passwd_btn = QPushButton()
        self.passwd_btn.clicked.connect(self.open_change_passphrase)
        self.passwd_done = style.hint()
        pw = QWidget()
        pl = QHBoxLayout(pw)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.passwd_btn)
        pl.addWidget(self.passwd_done, 1)
        self.passwd_label = QLabel()
        form.addRow(self.passwd_label, pw)
        # the fingerprint a lawyer checks bundles against (verify-bundle --expect-fingerprint):
        # she copies it onto paper, so it is shown whole, in four lines of four groups, never
        # wrapped where the window happens to end; Copy and Print spare her the copying by hand
        self.fingerprint = QLabel(fingerprint_lines(session.vault.fingerprint))
        self.fingerprint.setFont(style.mono_font(11))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_fp_btn = QPushButton()
        self.copy_fp_btn.clicked.connect(self.copy_fingerprint)
        self.print_fp_btn = QPushButton()
        self.print_fp_btn.clicked.connect(lambda: self.print_fingerprint())
        self.fingerprint_done = style.hint()
        self.fingerprint_hint = style.hint()
        fw = QWidget()
        fl = QVBoxLayout(fw)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.fingerprint)
        frow = QHBoxLayout()
        frow.addWidget(self.copy_fp_btn)
        frow.addWidget(self.print_fp_btn)
        frow.addWidget(self.fingerprint_done, 1)
        fl.addLayout(frow)
        fl.addWidget(self.fingerprint_hint)
        self.fingerprint_label = QLabel()
        form.addRow(self.fingerprint_label, fw)
        # the key others encrypt a case to, for this vault (ui/share_view.py)
        from .share_view import IdentityBox

        self.identity = IdentityBox(session)
        self.identity_label = QLabel()
        form.addRow(self.identity_label, self.identity)
        self.rekey_btn = QPushButton()
        self.rekey_btn.clicked.connect(self.open_rekey)
        self.keys_hint = style.hint()
        kw = QWidget()
        kl = QVBoxLayout(kw)
        kl.setContentsMargins(0, 0, 0, 0)
        kl.addWidget(self.rekey_btn, 0, Qt.AlignmentFlag.AlignLeft)
        kl.addWidget(self.keys_hint)
        self.keys_label = QLabel()
        form.addRow(self.keys_label, kw)
        self.destroy_btn = QPushButton()
        self.destroy_btn.setObjectName("danger")
        self.destroy_btn.clicked.connect(self.open_destroy)
        self.destroy_label = QLabel()
        form.addRow(self.destroy_label, self.destroy_btn)
        form.layout.addStretch(1)
        lay.addWidget(fit.scrolling(page), 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.reject)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("primary")
        self.save_btn.clicked.connect(self._save)
        row.addWidget(self.cancel_btn)
        row.addWidget(self.save_btn)
        lay.addLayout(row)
        self.resize(700, 620)
        self.retranslate()

    def _route_rows(self):
        """The proxy (with the sentence about Tor) and the accounts for captures."""
        self.proxy = QLineEdit(str(self.session.setting("proxy") or ""))
        self.tor_btn = QPushButton()
        self.tor_btn.clicked.connect(lambda: self.proxy.setText("socks5://127.0.0.1:9050"))
        self.proxy_hint = style.hint()
        self.proxy_box = QWidget()
        grid = QVBoxLayout(self.proxy_box)
        grid.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.proxy, 1)
        line.addWidget(self.tor_btn)
        grid.addLayout(line)
        grid.addWidget(self.proxy_hint)
        self.proxy_label = QLabel()
        self.accounts_label = QLabel()
        self.accounts_btn = QPushButton()
        self.accounts_btn.clicked.connect(self.open_accounts)

    def _unlock_limit_rows(self, form: "fit.StackedForm") -> None:
        """The unlock limit (evidence_kit/vault/attempts.py): tries before a wait, the first wait."""
        from evidence_kit.vault import attempts

        allowed, first_wait = attempts.current_settings(self.session.vault.path)
        self.unlock_attempts = QSpinBox()
        self.unlock_attempts.setRange(*attempts.ALLOWED_RANGE)
        self.unlock_attempts.setValue(allowed)
        self.unlock_wait = QSpinBox()
        self.unlock_wait.setRange(attempts.MIN_FIRST_WAIT_S, attempts.MAX_WAIT_S)
        self.unlock_wait.setValue(first_wait)
        self.unlock_hint = style.hint()
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.unlock_attempts)
        self.unlock_wait_label = QLabel()
        line.addWidget(self.unlock_wait_label)
        line.addWidget(self.unlock_wait)
        line.addStretch(1)
        lay.addLayout(line)
        lay.addWidget(self.unlock_hint)
        self.unlock_label = QLabel()
        form.addRow(self.unlock_label, box)
        self._unlock_limit_was = (allowed, first_wait)

    def _save_unlock_limit(self) -> None:
        """Queued on the writer before the other settings (each change a custody entry)."""
        from evidence_kit.vault import attempts

        now = (self.unlock_attempts.value(), self.unlock_wait.value())
        if now != self._unlock_limit_was:
            self.session.write(lambda v: attempts.change_settings(v, allowed=now[0], first_wait_s=now[1]),
                               items_changed=False, owner=self,
                               on_error=lambda exc: self.error.setText(i18n.error_text(exc)))

    def open_accounts(self):
        from .accounts import AccountsDialog

        dlg = AccountsDialog(self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def _proxy_error(self, text: str) -> str | None:
        """Words for a proxy address that cannot be used, or None."""
        try:
            from capture.route import parse_proxy
        except ImportError:
            return None
        from evidence_kit.errors import EvidenceKitError

        try:
            parse_proxy(text)
        except EvidenceKitError as exc:
            return exc.message(i18n.current())
        return None

    def open_change_passphrase(self):
        """Current passphrase, the new one twice; checked and changed on the vault's writer."""
        from .unlock import NewPassphraseDialog

        dlg = NewPassphraseDialog(self, session=self.session)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.changed.connect(lambda: self.passwd_done.setText(i18n.core("passwd.done")))
        dlg.open()
        return dlg

    def open_rekey(self):
        """A new master key, every file written again, a new recovery key; then the vault locks."""
        from .rekey_dialog import RekeyDialog

        dlg = RekeyDialog(self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.rekeyed.connect(self._rekeyed)
        dlg.open()
        return dlg

    def open_destroy(self):
        """The warning (with the last backup), a second confirmation; then the controller deletes."""
        from .destroy_dialog import DestroyDialog

        dlg = DestroyDialog(self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.destroyRequested.connect(self._destroy_confirmed)
        dlg.open()
        self.destroy_dialog = dlg
        return dlg

    def _destroy_confirmed(self):
        self.reject()
        self.destroyNeeded.emit()

    def _rekeyed(self):
        self.reject()
        self.lockNeeded.emit()

    def copy_fingerprint(self):
        """The fingerprint on the clipboard, as 64 characters (what a lawyer's check compares)."""
        from .safety import SafetyGuard

        SafetyGuard.instance().copy(self.session.vault.fingerprint)
        self.fingerprint_done.setText(self.tr("Copied."))

    def print_fingerprint(self, printer=None):
        """A page for her lawyer: the fingerprint in groups, what it is for and how it is checked.
        The printer is chosen in the system's print dialog (which may also save a PDF)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dlg = QPrintDialog(printer, self)
            dlg.setWindowTitle(self.tr("Print the vault fingerprint"))
            if not dlg.exec():                      # she closed it: nothing printed
                return
        self.fingerprint_page().print_(printer)
        self.fingerprint_done.setText(self.tr("Sent to the printer."))

    def fingerprint_page(self):
        from html import escape

        from PySide6.QtGui import QTextDocument

        from evidence_kit.timeutil import now_iso

        fp = self.session.vault.fingerprint
        title = self.tr("Vault fingerprint")
        check = self.tr("To check a bundle:")
        printed = self.tr("Printed {time} (UTC).").format(time=now_iso())
        sans = f"font-family: '{style.FONT_FAMILY}'"
        mono = f"font-family: '{style.MONO_FAMILY}'; font-size: 20pt; padding: 4px 12px"
        rows = "".join(f"<tr><td style=\"{mono}\">{escape(line)}</td></tr>"
                       for line in fingerprint_lines(fp).split("\n"))
        doc = QTextDocument(self)
        doc.setDefaultFont(style.mono_font(11))
        doc.setHtml(
            f"<h2 style=\"{sans}\">{escape(title)}</h2>"
            f"<table border='1' cellspacing='0'>{rows}</table>"
            f"<p style=\"{sans}\">{escape(self.fingerprint_hint.text())}</p>"
            f"<p style=\"{sans}\">{escape(check)}<br>"
            f"<tt>evidence-kit verify-bundle BUNDLE.zip --expect-fingerprint {escape(fp)}</tt></p>"
            f"<p style=\"{sans}\">{escape(printed)}</p>")
        return doc

    def _choose_browser(self):
        path = file_choice.open_file(self, self.tr("Choose the browser program"), self.browser.text())
        if path:
            self.browser.setText(path)

    def _save(self):
        browser = self.browser.text().strip()
        if browser and not browser_usable(browser):
            self.error.setText(self.tr(
                "No browser program was found at {path}. Choose the program file of Chrome, Chromium "
                "or Edge, or leave the field empty to find one automatically.").format(path=browser))
            self.error.show()
            self.browser.setFocus()
            return
        proxy = self.proxy.text().strip()
        problem = self._proxy_error(proxy)
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.proxy.setFocus()
            return
        try:
            tsa = timestamps.parse_urls(self.tsa.toPlainText())
        except EvidenceKitError as exc:
            self.error.setText(exc.message(i18n.current()))
            self.error.show()
            self.tsa.setFocus()
            return
        self.error.hide()
        changes = {"collector": self.collector.text().strip(), timestamps.SETTING: tsa,
                   "browser": browser, "proxy": proxy,
                   "capture_timeout_seconds": self.timeout.value(),
                   "auto_lock_minutes": self.autolock.value()}
        if changes["collector"] == (self.session.vault.settings().get("collector") or ""):
            changes.pop("collector")       # unchanged; an empty name is allowed ("not given")
        lang = self.language.currentData()
        neutral = self.neutral.isChecked()
        self.save_btn.setEnabled(False)

        def done(_):
            if neutral != bool(load_settings().get("neutral_title")):
                save_settings(neutral_title=neutral)
                self.neutralChanged.emit(neutral)
            if lang != i18n.current():
                save_settings(language=lang)
                self.languageChosen.emit(lang)
            self.accept()

        def failed(exc):
            self.save_btn.setEnabled(True)
            self.error.setText(i18n.error_text(exc))
            self.error.show()

        self._save_unlock_limit()
        self.session.set_settings(changes, on_done=done, on_error=failed, owner=self)

    def retranslate(self):
        self.setWindowTitle(self.tr("Settings"))
        self.labels[0].setText(self.tr("Your name"))
        self.collector_hint.setText(self.tr("Written in the record as the person who collected each item."))
        self.labels[1].setText(self.tr("Language"))
        self.labels[2].setText(self.tr("Browser"))
        fit.placeholder(self.browser, self.tr("Found automatically (Chrome, Chromium or Edge)"))
        self.browser_btn.setText(self.tr("Choose…"))
        self.labels[3].setText(self.tr("Time limit per page"))
        self.timeout.setSuffix(self.tr(" seconds"))
        self.proxy_label.setText(self.tr("Proxy for captures"))
        fit.placeholder(self.proxy, self.tr("None: pages are opened directly"))
        self.tor_btn.setText(self.tr("Use Tor"))
        self.proxy_hint.setText(self.tr(
            "Every request of a capture goes through this proxy (http://, https:// or socks5://). "
            "A capture through Tor (socks5://127.0.0.1:9050, with Tor running on this computer) hides "
            "your internet address from the site: it sees an address of the Tor network instead."))
        self.accounts_label.setText(self.tr("Accounts"))
        self.accounts_btn.setText(self.tr("Accounts for captures…"))
        self.labels[4].setText(self.tr("Lock when idle after"))
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setSpecialValueText(self.tr("never"))
        self.neutral.setText(self.tr("Neutral window title and icon (\u201cNotes\u201d)"))
        self.unlock_label.setText(self.tr("Wrong passphrases allowed"))
        self.unlock_wait_label.setText(self.tr("then wait"))
        self.unlock_wait.setSuffix(self.tr(" seconds"))
        self.unlock_hint.setText(self.tr(
            "After this many wrong passphrases or recovery keys in a row, each further try must wait, "
            "twice as long each time, up to one hour. Nothing is ever deleted because of wrong tries."))
        self.tsa_label.setText(self.tr("Trusted time services"))
        self.tsa_hint.setText(self.tr(
            "One address per line. After each item is sealed, only a SHA-256 hash of its record is sent "
            "to these time-stamping services (RFC 3161), never a file, an address or a name; they sign "
            "the time at which it existed. Leave the list empty to send nothing."))
        self.backups_label.setText(self.tr("Backups"))
        self.backups_btn.setText(self.tr("Backups…"))
        self.backups_hint.setText(self.tr(
            "Copies of the vault on a USB stick, a cloud folder or an rclone remote, so that your "
            "evidence outlives this computer."))
        self.passwd_label.setText(self.tr("Passphrase"))
        self.passwd_btn.setText(self.tr("Change passphrase…"))
        self.fingerprint_label.setText(self.tr("Vault fingerprint"))
        self.copy_fp_btn.setText(self.tr("Copy"))
        self.print_fp_btn.setText(self.tr("Print…"))
        self.fingerprint_done.setText("")
        self.identity_label.setText(self.tr("Key for receiving evidence"))
        self.fingerprint_hint.setText(self.tr(
            "Give this to your lawyer on paper, separately from the bundle. With it they can check "
            "that a bundle really comes from your vault: a fingerprint inside a bundle proves nothing "
            "on its own."))
        self.keys_label.setText(self.tr("Keys"))
        self.destroy_label.setText(self.tr("This computer"))
        self.destroy_btn.setText(self.tr("Delete this vault from this computer now"))
        self.rekey_btn.setText(self.tr("Change every key…"))
        self.keys_hint.setText(self.tr(
            "Changing the passphrase protects you if someone may learn the old one later. If someone "
            "may already have seen your passphrase or recovery key, or used this computer while the "
            "vault was open, change every key: every file is written again under new keys, you get a "
            "new recovery key, and the old passphrase and recovery key stop working."))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.save_btn.setText(self.tr("Save"))


def fingerprint_lines(fingerprint: str) -> str:
    """64 characters as four lines of four groups of four: easy to copy by hand and to compare."""
    groups = [fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4)]
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class HelpDialog(_Translated, QDialog):
    """Where to get help, what the words mean, the quick exit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        fit.grow(self)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.accept)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        self.resize(620, 560)
        self.retranslate()

    def retranslate(self):
        self.setWindowTitle(self.tr("Help"))
        self.close_btn.setText(self.tr("Close"))
        keys = quick_exit_keys_text()
        self.text.setHtml(self.tr(
            "<h3>Where to get help</h3>"
            "<p><b>Tajikistan:</b> the free hotline <b>1313</b> for women facing violence "
            "(please check that it is still running before you rely on it).</p>"
            "<p><b>Access Now Digital Security Helpline</b> helps with hacked accounts, leaked "
            "photos and online threats, free of charge, also in Russian: "
            "<a href=\"https://www.accessnow.org/help/\">accessnow.org/help</a>.</p>"
            "<p>If you are in danger now, call the police or someone you trust.</p>"
            "<h3>Quick exit</h3>"
            "<p>Press <b>{keys}</b> or the Quick exit button at any moment. The window disappears, "
            "the vault locks and the app closes. Everything you saved stays safe.</p>"
            "<h3>What the words mean</h3>"
            "<p><b>Sealed</b>: the page or file was saved with its time and a fingerprint "
            "(SHA-256). If even one letter changed later, the fingerprint would not match.</p>"
            "<p><b>Vault</b>: the encrypted folder on this computer where everything is kept. Only "
            "your passphrase or your recovery key opens it.</p>"
            "<p><b>Record</b> (history): every action on your evidence is written down in order and "
            "cannot be changed afterwards. Courts call this the chain of custody.</p>"
            "<p><b>Sensitive</b>: items you marked as intimate or very private. They are blurred "
            "here and left out of dossiers unless you choose otherwise.</p>"
            "<h3>Good to know</h3>"
            "<p>Pictures are blurred until you click \u201cShow the picture\u201d. The vault locks "
            "by itself when the computer is left alone for a while.</p>"
            "<p>A dossier you make yourself is your own statement, not an official document. A "
            "notary or the police can make an official record of the pages; the dossier explains "
            "how.</p>").format(keys=keys))


__all__ = ["VerifyDialog", "SettingsDialog", "HelpDialog", "style", "Qt"]
