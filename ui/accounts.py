"""Settings → Accounts for captures: the login sessions kept in the vault.

A session comes from a cookies.txt file, or from a browser window (a fresh, temporary profile in
the private RAM folder) in which the person logs in. The window runs on a worker thread of this
dialog; the sealing is done on the vault's writer. Nothing of a session is ever shown but its
name, its sites and when it was added.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from evidence_kit import sessions
from evidence_kit.timeutil import local_text

from . import file_choice, fit, i18n, style
from .tasks import Worker


def warning_text() -> str:
    """The warning before a logged-in capture (the first paragraph is the one the capture window
    has always shown; the second says what to do)."""
    return (QCoreApplication.translate(
                "Accounts", "When a page is opened while you are logged in, the site — and sometimes the "
                "person who posted it — may be able to see that your account looked at it. Use this only "
                "if the page cannot be seen without logging in.")
            + "\n\n" + QCoreApplication.translate(
                "Accounts", "Use a separate account for this, not your own: some platforms show the owner "
                "which account viewed a story or a profile, and the account can be banned."))


def account_names(session) -> list[str]:
    """The names of the saved accounts (a small sealed record: read where it is asked for)."""
    try:
        return [s.name for s in sessions.list_sessions(session.vault)]
    except Exception:
        return []


class AccountsDialog(QDialog):
    """List, add (cookies.txt or a login window) and remove the accounts used for captures."""

    changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self._login_worker: Worker | None = None
        self._done = threading.Event()
        self._busy = False
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.warning = style.hint()
        lay.addWidget(self.warning)
        self.list = QListWidget()
        lay.addWidget(self.list, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.url = QLineEdit()
        self.name_label, self.url_label = QLabel(), QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.url_label, self.url)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.file_btn = QPushButton()
        self.file_btn.clicked.connect(self._choose_file)
        self.login_btn = QPushButton()
        self.login_btn.clicked.connect(self.log_in)
        self.done_btn = QPushButton()
        self.done_btn.setObjectName("primary")
        self.done_btn.clicked.connect(self._done.set)
        self.done_btn.hide()
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self._remove_selected)
        for b in (self.file_btn, self.login_btn, self.done_btn, self.remove_btn):
            row.addWidget(b)
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.reject)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        self.status = style.hint()
        lay.addWidget(self.status)
        self.list.itemSelectionChanged.connect(self._update)
        self.resize(620, 440)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        self.session.read(sessions.list_sessions, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, found) -> None:
        self.list.clear()
        for s in found:
            sites = ", ".join(s.sites[:5]) + (" …" if len(s.sites) > 5 else "")
            text = self.tr("{name} — {sites} (added {when})").format(name=s.name, sites=sites,
                                                                      when=local_text(s.added_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.name)
            self.list.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("No accounts yet: pages are opened without logging in."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update()

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole)]

    # ------------------------------------------------------------------ adding
    def _checked_name(self) -> str | None:
        try:
            name = sessions.check_name(self.name.text())
        except Exception as exc:
            self._failed(exc)
            self.name.setFocus()
            return None
        if name in self.names():
            self.status.setText(self.tr("An account named “{name}” is already saved. Choose another "
                                        "name, or remove the old one first.").format(name=name))
            self.name.setFocus()
            return None
        return name

    def _choose_file(self) -> None:
        if self._checked_name() is None:
            return
        path = file_choice.open_file(self, self.tr("Choose a cookies.txt file"))
        if path:
            self.add_from_file(path)

    def add_from_file(self, path: str) -> None:
        name = self._checked_name()
        if name is None:
            return

        def job(vault):
            return sessions.add_session(vault, name, sessions.state_from_cookies_file(path), "cookies_file")

        def done(info):
            self.name.clear()
            self.status.setText(self.tr("Saved “{name}” in the vault. The file {path} still holds this "
                                        "login in plain text: delete it if you no longer need it.")
                                .format(name=info.name, path=path))
            self.refresh()
            self.changed.emit()
        self.session.write(job, on_done=done, on_error=self._failed, owner=self, items_changed=False)

    def log_in(self, *, drive=None, headless: bool = False) -> None:
        """Open a browser window with a fresh profile; when it is closed (or Done is pressed) its
        login is sealed in the vault and the profile wiped. `drive`/`headless`: for the tests."""
        name = self._checked_name()
        if name is None or self._busy:
            return
        from capture import find_browser
        from capture.login import record_login_blocking
        from capture.route import choose
        from capture.urls import normalise_url

        url = self.url.text().strip()
        start = normalise_url(url) if url else None
        if url and start is None:
            self.status.setText(self.tr("“{url}” is not a web address.").format(url=url))
            return
        try:
            proxy = choose(None, setting=self.session.setting("proxy"))
            chosen = str(self.session.setting("browser") or "").strip()
            info = find_browser(explicit=chosen) if chosen else find_browser()
        except Exception as exc:
            self._failed(exc)
            return
        self._done.clear()
        self._set_busy(True)
        self.status.setText(self.tr("A browser window is open with a fresh, temporary profile. Log in "
                                    "there, then close the window or press “Done”."))
        self._login_worker = self._login_worker or Worker("login")

        def job():
            return record_login_blocking(info, start_url=start, proxy=proxy.url if proxy else None,
                                         done=self._done, drive=drive, headless=headless)

        def got(state):
            def seal(vault):
                return sessions.add_session(vault, name, state, "browser")

            def done(info):
                self._set_busy(False)
                self.name.clear()
                self.status.setText(self.tr("Saved “{name}” in the vault; the browser's profile was wiped.")
                                    .format(name=info.name))
                self.refresh()
                self.changed.emit()

            def failed(exc):
                self._set_busy(False)
                self._failed(exc)
            self.session.write(seal, on_done=done, on_error=failed, owner=self, items_changed=False)

        def failed(exc):
            self._set_busy(False)
            self._failed(exc)
        self._login_worker.submit(job, on_done=got, on_error=failed, owner=self)

    # ------------------------------------------------------------------ removing
    def _remove_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        name = items[0].data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Remove the account “{name}” from the vault? Its login will be gone from this computer.")
            .format(name=name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(name)

    def remove(self, name: str) -> None:
        def done(_):
            self.status.setText(self.tr("Removed “{name}” from the vault.").format(name=name))
            self.refresh()
            self.changed.emit()
        self.session.write(lambda v: sessions.remove_session(v, name), on_done=done, on_error=self._failed,
                           owner=self, items_changed=False)

    # ------------------------------------------------------------------ the rest
    def _failed(self, exc) -> None:
        self.status.setText(i18n.error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.done_btn.setVisible(busy)
        for b in (self.file_btn, self.login_btn, self.remove_btn, self.close_btn):
            b.setEnabled(not busy)
        self._update()

    def _update(self) -> None:
        self.remove_btn.setEnabled(not self._busy and bool(self.list.selectedItems())
                                   and bool(self.list.selectedItems()[0].data(Qt.ItemDataRole.UserRole)))

    def reject(self) -> None:
        if self._busy:
            self._done.set()           # close the login window; what it holds is kept
            return
        super().reject()

    def done(self, r) -> None:       # noqa: A003 - Qt's name
        if self._login_worker is not None:
            self._done.set()
            self._login_worker.shutdown(wait=True)
            self._login_worker = None
        super().done(r)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accounts for captures"))
        self.intro.setText(self.tr(
            "Some pages can only be seen when logged in. An account saved here opens them: its login "
            "(cookies and site storage) is kept only inside the encrypted vault."))
        self.warning.setText(warning_text())
        self.name_label.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("for example: instagram-research"))
        self.url_label.setText(self.tr("Page to open first"))
        self.url.setPlaceholderText("https://www.instagram.com/accounts/login/")
        self.file_btn.setText(self.tr("Add from a cookies.txt file…"))
        self.login_btn.setText(self.tr("Log in in a browser window…"))
        self.done_btn.setText(self.tr("Done"))
        self.remove_btn.setText(self.tr("Remove"))
        self.close_btn.setText(self.tr("Close"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
