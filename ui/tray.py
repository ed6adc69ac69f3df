"""Watching while the window is closed, with no passphrase anywhere on disk.

When she chose "keep watching while the window is closed" (a vault setting, `KEEP_WATCHING`), the
vault is open and at least one page is watched, closing the main window hides it instead of
quitting: the app stays in the system tray, the vault stays open in memory only, and the watch
runner goes on saving the pages that are due. Nothing is written that was not written before; the
passphrase is never stored, so this ends with the app: Quit, Quick exit, or the computer turning
off.

Hidden in the tray, nothing of the evidence is on the screen, so neither the idle timer nor the
screen lock closes the vault (that would end the watching she asked for); instead, showing the
window again asks for her passphrase, so whoever else uses the computer cannot open the window
from the tray icon. The tray icon's menu: Open…, Quick exit (hides, locks, quits at once), Quit.

Where the desktop has no tray (`QSystemTrayIcon.isSystemTrayAvailable()` is false: some Linux
desktops, a bare X server), the option is offered disabled with the reason in words, and a
window closed with the option on says that watching stops, then closes as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton,
                               QSystemTrayIcon, QVBoxLayout)

from . import fit, i18n, style
from .safety import QuickExitButton

KEEP_WATCHING = "keep_watching_in_tray"


def system_tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class WatchTray(QObject):
    """The tray icon and its menu while the window is hidden."""

    openRequested = Signal()
    quickExitRequested = Signal()
    quitRequested = Signal()

    def __init__(self, neutral: bool, parent=None):
        super().__init__(parent)
        self.icon = QSystemTrayIcon(style.app_icon(neutral), self)
        self.menu = QMenu()
        self.open_action = QAction(self.menu)
        self.open_action.triggered.connect(self.openRequested.emit)
        self.quick_exit_action = QAction(self.menu)
        self.quick_exit_action.triggered.connect(self.quickExitRequested.emit)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        for a in (self.open_action, self.quick_exit_action, self.quit_action):
            self.menu.addAction(a)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.neutral = neutral
        self.messages: list[str] = []          # what the icon said (one balloon per run)
        self.retranslate()

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.openRequested.emit()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open…"))
        self.quick_exit_action.setText(self.tr("Quick exit"))
        self.quit_action.setText(self.tr("Quit"))
        self.icon.setToolTip(style.window_title(self.neutral))

    def show(self) -> None:
        self.retranslate()
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def hidden_words(self, watched: int) -> str:
        """What closing the window says, once: watching goes on, how to see it, how to stop it."""
        return self.tr(
            "The window is closed, but {app} keeps watching %n page(s): the vault stays open "
            "in this computer's memory until you quit. To see the window again, click the icon next "
            "to the clock; it asks for your passphrase. To stop, choose Quit or Quick exit in the "
            "icon's menu.", "", watched).format(app=style.window_title(self.neutral))

    def say(self, text: str) -> None:
        self.messages.append(text)
        self.icon.showMessage(style.window_title(self.neutral), text,
                              QSystemTrayIcon.MessageIcon.Information, 15000)

    def dispose(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
        self.deleteLater()


def no_tray_words(neutral: bool = False) -> str:
    """Why watching stops with the window closed on this desktop (the app named as its windows
    are: "Notes" with the neutral title)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "WatchTray",
        "This computer shows no icons next to the clock (no system tray), so {app} cannot "
        "stay open with its window closed. Watching stops when the window closes and goes on "
        "when you open the app again.").format(app=style.window_title(neutral))


class ReopenDialog(QDialog):
    """Her passphrase, before the hidden window shows the evidence again. It is checked against
    the open vault (Argon2id, off the window's thread) and kept nowhere."""

    opened = Signal()

    def __init__(self, session, neutral: bool, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.neutral = neutral
        self.setWindowTitle(style.window_title(neutral))
        self.setWindowIcon(style.app_icon(neutral))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QuickExitButton())
        lay.addLayout(top)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self._check)
        lay.addWidget(self.field)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.forgot = style.hint()
        lay.addWidget(self.forgot)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_btn = QPushButton()
        self.cancel_btn.setAutoDefault(False)
        self.cancel_btn.clicked.connect(self.reject)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("primary")
        self.open_btn.setDefault(True)
        self.open_btn.clicked.connect(self._check)
        row.addWidget(self.cancel_btn)
        row.addWidget(self.open_btn)
        lay.addLayout(row)
        self.resize(460, 220)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("{app} is still watching. Type your passphrase to show the window.").format(
            app=style.window_title(self.neutral)))
        self.forgot.setText(self.tr("Forgot it? Choose Quit in the icon's menu, then open the app with "
                                    "your recovery key."))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.open_btn.setText(self.tr("Open"))

    def _check(self) -> None:
        secret = self.field.text()
        if not secret or not self.open_btn.isEnabled():
            return
        self.open_btn.setEnabled(False)
        self.field.setEnabled(False)

        def done(ok: bool):
            self.field.setEnabled(True)
            self.open_btn.setEnabled(True)
            self.field.clear()
            if ok:
                self.accept()
                self.opened.emit()
                return
            self.error.setText(i18n.core("error.wrong_passphrase"))
            self.error.show()
            self.field.setFocus()

        def failed(exc):
            self.field.setEnabled(True)
            self.open_btn.setEnabled(True)
            self.error.setText(i18n.error_text(exc))
            self.error.show()

        self.session.read(lambda v: v.check_passphrase(secret), on_done=done, on_error=failed, owner=self)

    def changeEvent(self, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["KEEP_WATCHING", "ReopenDialog", "WatchTray", "no_tray_words", "system_tray_available"]
