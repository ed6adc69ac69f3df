"""Safety for the person at the keyboard: quick exit, auto-lock, the clipboard, the screen lock.

One `SafetyGuard` watches the whole application:
- the quick-exit shortcut (Ctrl+Q, or ⌘Q on a Mac) works in every window and dialog, even while a
  dialog is open, because it is caught before any widget sees the key;
- any key press, click or mouse movement restarts the idle timer; when it runs out, the vault locks;
- where the desktop says the screen was locked (freedesktop/GNOME screensaver over D-Bus on Linux,
  the application being suspended elsewhere), the vault locks too.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QSizePolicy

log = logging.getLogger(__name__)

QUICK_EXIT_KEYS = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


def quick_exit_keys_text() -> str:
    return QUICK_EXIT_KEYS.toString(QKeySequence.SequenceFormat.NativeText)


class SafetyGuard(QObject):
    quickExitRequested = Signal()
    lockRequested = Signal(str)          # why: "idle" or "screen"

    _instance: "SafetyGuard | None" = None

    def __init__(self, app: QApplication):
        super().__init__(app)
        SafetyGuard._instance = self
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_out)
        self._idle_ms = 0
        self._copied: set[str] = set()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self._dbus_ok = self._watch_screensaver()

    @classmethod
    def instance(cls) -> "SafetyGuard":
        assert cls._instance is not None
        return cls._instance

    # ---------------------------------------------------------------- quick exit
    def request_quick_exit(self) -> None:
        self.quickExitRequested.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        et = event.type()
        if et in _INPUT_EVENTS and self._idle_ms > 0:
            self._idle.start(self._idle_ms)
        if et in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            combo = event.keyCombination()
            if combo.key() == Qt.Key.Key_Q and combo.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
                if et == QEvent.Type.KeyPress:
                    self.quickExitRequested.emit()
                return True
        return False

    # ---------------------------------------------------------------- auto-lock
    def set_idle_timeout(self, ms: int) -> None:
        """Lock after `ms` without a key press or mouse movement; 0 turns auto-lock off."""
        self._idle_ms = max(0, int(ms))
        if self._idle_ms:
            self._idle.start(self._idle_ms)
        else:
            self._idle.stop()

    def stop_idle(self) -> None:
        self._idle_ms = 0
        self._idle.stop()

    def _idle_out(self) -> None:
        if self._idle_ms:
            self.lockRequested.emit("idle")

    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lockRequested.emit("screen")

    def _watch_screensaver(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        ok = False
        for service, path, iface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
            try:
                ok |= bus.connect(service, path, iface, "ActiveChanged", self, "1_screensaver(bool)")
            except Exception:  # D-Bus is a nicety; never fail the app over it
                log.debug("no screensaver signal from %s", service)
        return ok

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screen")

    # ---------------------------------------------------------------- clipboard
    def copy(self, text: str) -> None:
        """Put text on the clipboard and remember it came from us (quick exit clears it)."""
        QGuiApplication.clipboard().setText(text)
        self._copied.add(text)

    def _clipboard_changed(self) -> None:
        """Text copied with Ctrl+C or a context menu from any field of the app (an address, a
        title, a note) is ours too, not only what `copy()` put there. Windows and macOS do not
        tell an app that it owns the clipboard, so remember what changed while one of our
        windows had the focus (a copy in another program happens while it has the focus)."""
        if QGuiApplication.focusWindow() is None:
            return
        text = QGuiApplication.clipboard().text()
        if text:
            self._copied.add(text)

    def clear_clipboard_if_ours(self) -> bool:
        """Empty the clipboard (and the X11 selection) if what it holds came from this app."""
        cleared = False
        cb = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if cb.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            owns = cb.ownsSelection() if mode == QClipboard.Mode.Selection else cb.ownsClipboard()
            if owns or (cb.text(mode) and cb.text(mode) in self._copied):
                cb.clear(mode)
                cleared = True
        self._copied.clear()
        return cleared


class QuickExitButton(QPushButton):
    """The always-visible button: hide everything, lock, clear the clipboard, quit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("quickExit")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clicked.connect(lambda: SafetyGuard.instance().request_quick_exit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Quick exit ({keys})").format(keys=quick_exit_keys_text()))
        self.setToolTip(self.tr("Hides this window at once, locks the vault and closes the app."))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
