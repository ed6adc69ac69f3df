"""Evidence Kit's desktop app: `evidence-kit gui` and `evidence-kit-gui` call `main(argv)`.

`AppController` walks the person through the screens — first run or unlock, the main window,
lock, quick exit — and owns everything that lives while the vault is unlocked (the session with
its worker threads, the capture service). Locking or quitting stops those threads and closes the
vault; nothing keeps running in the background, except where she asked to keep watching pages
with the window closed: then the app waits in the system tray until she quits (ui/tray.py).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from evidence_kit.i18n import detect_language
from evidence_kit.settings import default_vault_path, load_settings, save_settings
from evidence_kit.timeutil import local_text
from evidence_kit.vault import Vault

from . import i18n, style
from .capture_queue import CaptureBackend, CaptureQueue
from .safety import SafetyGuard
from .session import VaultSession
from .tasks import init_relay
from .tray import KEEP_WATCHING, ReopenDialog, WatchTray, no_tray_words, system_tray_available
from .unlock import FirstRunDialog, NewPassphraseDialog, UnlockDialog

log = logging.getLogger(__name__)

BackendFactory = Callable[[VaultSession], CaptureBackend | None]


def _no_qt_settings_on_disk(app: QApplication) -> None:
    """Qt's file dialog remembers recent folders and file names in a settings file of its own
    (QtProject.conf / the registry), written when a dialog is destroyed. Point all of Qt's
    settings at a place that cannot be written, so no file name of evidence is ever left on disk
    by Qt. QFileDialog asks for QSettings(UserScope, "QtProject"), which is NativeFormat whatever
    the default format is: on Linux that is a file too, and its path must be turned away as well
    (on Windows and macOS it is the registry / a plist, which no path moves: ui/file_choice.py
    empties the dialog before it is destroyed and puts Qt's settings back as they were).
    The desktop's own file dialogs are never used: they keep a list of recent documents."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    nowhere = str(Path(os.devnull) / "evidence-kit-no-settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, nowhere)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


# How long a worker thread running Python keeps the interpreter lock (GIL) once the window's
# thread asks for it. The window's thread needs the lock for every event that reaches Python (the
# safety filter, signals, PySide's check for overridden virtuals, a progress update) — dozens per
# frame — and waits up to this long each time while an export or a capture runs Python code on a
# worker. At Python's default of 5 ms those waits added up to stalls of 250–400 ms during a
# 100-item export (bench/bench_gui.py); at 1 ms the longest stall is about 30 ms and the export
# takes no longer.
GIL_SWITCH_INTERVAL_S = 0.001


def keep_what_is_loaded() -> None:
    """Once the main window is up: what is loaded by then (modules, the window's objects) lives
    as long as the vault is open, so Python's full garbage collections need not walk it again.
    Each full collection holds Python's lock, and the window waits: 53-77 ms each during a
    100-item export before, 11-46 ms after (measured). `gc.unfreeze()` when the vault is locked
    gives those objects back to the collector."""
    gc.freeze()


def prepare_app(app: QApplication, lang: str | None = None) -> None:
    """Everything the app needs before its first window: fonts, style, language, safety."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    _no_qt_settings_on_disk(app)
    QImageReader.setAllocationLimit(2048)      # tall page screenshots are large images
    init_relay()
    style.apply_style(app)
    i18n.set_language(lang or detect_language())
    if SafetyGuard._instance is None or SafetyGuard._instance.parent() is not app:
        SafetyGuard(app)


def default_capture_backend(session: VaultSession) -> CaptureBackend | None:
    try:
        from .capture_backend import service_backend
    except ImportError:
        return None
    return service_backend(session)


def _get_ready_for_main() -> None:
    """On a thread of its own while she types her passphrase: load what the main window and the
    export will need (Python modules only; no widget is made here)."""
    from . import chat_view, detail, main_window, references_view, stamping, watch_view  # noqa: F401
    from .export_dialog import preload_export

    preload_export()
    AppController._export_loaded = True


class AppController(QObject):
    _export_loaded = False          # the export package and the main window's modules (once per run)

    def __init__(self, app: QApplication, vault_path: Path | None = None, *, kdf: dict | None = None,
                 capture_backend: BackendFactory | None = default_capture_backend,
                 export_runner=None, quit_app: bool = True,
                 tray_available: Callable[[], bool] = system_tray_available):
        super().__init__(app)
        self.app = app
        self.vault_path = Path(vault_path) if vault_path else default_vault_path()
        self.kdf = kdf
        self.capture_backend_factory = capture_backend
        self.export_runner = export_runner
        self.quit_app = quit_app
        self.neutral = bool(load_settings().get("neutral_title"))
        self.guard = SafetyGuard.instance()
        self.guard.quickExitRequested.connect(self.quick_exit)
        self.guard.lockRequested.connect(self._lock_requested)
        self.screen = None            # the first-run or unlock dialog on show
        self.main = None
        self.session: VaultSession | None = None
        self.backend: CaptureBackend | None = None
        self.queue: CaptureQueue | None = None
        self.finished = False
        self.last_lock_reason = ""
        self._preload: threading.Thread | None = None
        self.destroying = None           # the worker deleting the vault (destroy_vault)
        self.tray_available = tray_available
        self.tray: WatchTray | None = None       # while the window is closed and pages are watched
        self.in_tray = False
        self._tray_said = False                  # the tray says once per run that watching goes on
        self.reopen_dialog: ReopenDialog | None = None
        self.no_tray_box: QMessageBox | None = None
        app.setQuitOnLastWindowClosed(False)

    # ------------------------------------------------------------------ screens
    def start(self) -> None:
        if Vault.exists(self.vault_path):
            self.show_unlock()
        else:
            self.show_first_run()

    def _replace_screen(self, screen) -> None:
        old, self.screen = self.screen, screen
        if old is not None:
            old.shutdown()
            old.hide()
            old.deleteLater()
        if screen is not None:
            screen.rejected.connect(self._screen_closed)
            screen.show()
            screen.raise_()
            screen.activateWindow()

    def show_first_run(self, path: Path | None = None) -> None:
        dlg = FirstRunDialog(self.neutral, path or (None if Vault.exists(self.vault_path) else self.vault_path),
                             kdf=self.kdf)
        dlg.created.connect(self._created)
        dlg.openExisting.connect(self._other_vault)
        dlg.restoreRequested.connect(self.show_restore)
        self._replace_screen(dlg)
        self._start_preload()

    def show_unlock(self) -> None:
        dlg = UnlockDialog(self.vault_path, self.neutral)
        dlg.unlocked.connect(self._unlocked)
        dlg.createNew.connect(lambda: self.show_first_run(self._new_vault_path()))
        dlg.otherVault.connect(self._other_vault)
        dlg.restoreRequested.connect(self.show_restore)
        self._replace_screen(dlg)
        self._start_preload()

    def show_restore(self) -> None:
        """"Restore from a backup": a new vault made from a backup, then opened."""
        from .restore_view import RestoreDialog

        dest = self.vault_path if not Vault.exists(self.vault_path) and not (
            self.vault_path.exists() and any(self.vault_path.iterdir())) else self._new_vault_path()
        dlg = RestoreDialog(dest, self.neutral)
        dlg.restored.connect(self._restored)
        dlg.back.connect(self.start)
        self._replace_screen(dlg)
        self._start_preload()

    def _restored(self, vault: Vault, report) -> None:
        """The restored vault is opened; what did not come back whole is named, in words."""
        self.vault_path = vault.path
        save_settings(vault_path=str(vault.path))
        self.open_main(vault)
        main = self.main
        when = local_text(report.made_at) if report.made_at else i18n.core("backup.never")
        done = i18n.core("backup.restored", path=str(vault.path), items=report.items, when=when)
        main.statusBar().showMessage(done, 30_000)
        lines = [("✗ " if p.kind == "error" else "! ") + p.message for p in report.problems]
        if not report.logged:
            lines.append(i18n.core("backup.restore_not_logged"))
        if not report.ok:
            lines.append(i18n.core("backup.restore_damaged"))
        if lines:
            box = QMessageBox(QMessageBox.Icon.Warning, main.windowTitle(), done + "\n\n" + "\n".join(lines),
                              QMessageBox.StandardButton.Ok, main)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.restore_box = box

    def _new_vault_path(self) -> Path:
        base = self.vault_path.parent / "evidence-vault"
        p, n = base, 2
        while p.exists():
            p = base.with_name(f"evidence-vault-{n}")
            n += 1
        return p

    def _other_vault(self, path: str) -> None:
        p = Path(path)
        if Vault.exists(p):
            self.vault_path = p
            save_settings(vault_path=str(p))
            self.show_unlock()
        else:
            QMessageBox.information(self.screen, style.window_title(self.neutral),
                                    i18n.core("error.vault_not_found", path=str(p)))

    def _screen_closed(self) -> None:
        # the person closed the first screen: leave
        if self.session is None and not self.finished:
            self.quit()

    def _created(self, vault: Vault) -> None:
        self.neutral = self.screen.neutral if self.screen is not None else self.neutral
        self.vault_path = vault.path
        self.open_main(vault)

    def _unlocked(self, vault: Vault) -> None:
        self.open_main(vault)
        self._tell_unlock_failures(vault)
        if getattr(vault, "unlocked_with", "") == "recovery_key":
            dlg = NewPassphraseDialog(self.main)
            dlg.accepted.connect(lambda: self._change_passphrase(dlg.passphrase()))
            dlg.open()

    def _tell_unlock_failures(self, vault: Vault) -> None:
        """Wrong passphrases or recovery keys tried since she last opened the vault (the unlock
        limit counts them; the custody log has them): said once, now."""
        failures = getattr(vault, "unlock_failures", None)
        if failures is None or self.main is None:
            return
        from evidence_kit.vault.attempts import failures_text

        box = QMessageBox(QMessageBox.Icon.Warning, self.main.windowTitle(),
                          failures_text(failures, i18n.current()), QMessageBox.StandardButton.Ok,
                          self.main)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.failures_box = box

    def _change_passphrase(self, new: str) -> None:
        if self.session is None:
            return
        main = self.main
        self.session.write(lambda v: v.change_passphrase(new), items_changed=False, owner=main,
                           on_done=lambda _: main.statusBar().showMessage(
                               i18n.core("passwd.done"), 8000),
                           on_error=lambda exc: QMessageBox.warning(main, main.windowTitle(),
                                                                    i18n.error_text(exc)))

    # ------------------------------------------------------------------ unlocked
    def _start_preload(self) -> None:
        """While she types her passphrase: load what the main window and the export need, on a
        thread of its own (Python modules only; see _get_ready_for_main). Loaded on the window's
        thread after the key was derived, the export package alone added 0.7-2.8 s (measured on
        a busy two-core machine) between "Open" and the table, with the window frozen; loaded
        while the key is derived, it slowed the key derivation (both want the processor and the
        memory); loaded during an export it froze the window (see preload_export). Once per run."""
        if self._preload is not None or AppController._export_loaded:
            return
        self._preload = threading.Thread(target=_get_ready_for_main, name="ek-preload", daemon=True)
        self._preload.start()

    def _finish_preload(self) -> None:
        """Wait for the export package (usually loaded long before the key is derived)."""
        t, self._preload = self._preload, None
        if t is not None:
            t.join()
        elif not AppController._export_loaded:    # opened without an unlock screen (a test)
            _get_ready_for_main()
        AppController._export_loaded = True

    def open_main(self, vault: Vault) -> None:
        # first: no module is imported here while that thread may still be importing it, and the
        # export is loaded before the main window is usable, not on the export worker later
        self._finish_preload()
        from .main_window import MainWindow

        self.session = VaultSession(vault, self)
        backend = self.capture_backend_factory(self.session) if self.capture_backend_factory else None
        self.backend = backend
        self.queue = CaptureQueue(backend, self) if backend is not None else None
        self.main = MainWindow(self.session, self.queue, neutral=self.neutral,
                               export_runner=self.export_runner)
        self.main.lockRequested.connect(lambda: self.lock("button"))
        self.main.destroyRequested.connect(self.destroy_vault)
        self.main.languageChosen.connect(self.set_language)
        self.main.neutralChanged.connect(self._neutral_changed)
        self.main.settingsSaved.connect(self._apply_vault_settings)
        self.main.tray_available = self.tray_available
        self.main.installEventFilter(self)
        self._replace_screen(None)
        self.main.show()
        self.main.raise_()
        self.main.activateWindow()
        self._apply_vault_settings()
        keep_what_is_loaded()

    def _apply_vault_settings(self) -> None:
        if self.session is None:
            return
        minutes = self.session.setting("auto_lock_minutes")
        try:
            minutes = float(minutes)
        except (TypeError, ValueError):
            minutes = 10
        self.guard.set_idle_timeout(int(minutes * 60_000))

    def set_idle_timeout_ms(self, ms: int) -> None:
        """For tests and the bench: a short auto-lock."""
        self.guard.set_idle_timeout(ms)

    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        save_settings(language=i18n.current())

    def _neutral_changed(self, neutral: bool) -> None:
        """Settings turned the neutral title on or off: the open windows change at once, not
        only after the next unlock."""
        self.neutral = neutral
        main = self.main
        if main is None:
            return
        main.set_neutral(neutral)
        for w in main.findChildren(QWidget):
            if w.isWindow():
                w.setWindowIcon(style.app_icon(neutral))

    def eventFilter(self, obj, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if obj is self.main and event.type() == QEvent.Type.Close and not self.finished:
            if self.keeps_watching():
                event.ignore()
                if self.tray_available():
                    QTimer.singleShot(0, self.to_tray)
                else:
                    self._no_tray_then_quit()
                return True
            # the window's close button: lock and quit, as calmly as the quick exit
            QTimer.singleShot(0, self.quit)
        return False

    # ------------------------------------------------------------------ watching, window closed
    def keeps_watching(self) -> bool:
        """She asked to keep watching with the window closed, and there is something to watch."""
        if self.session is None or self.session.closed or not self.session.setting(KEEP_WATCHING):
            return False
        from evidence_kit import watches as W

        return bool(W.watches(self.session.vault))

    def to_tray(self) -> None:
        """Hide every window; the vault stays open in memory and the due pages are saved."""
        if self.main is None or self.finished:
            return
        from evidence_kit import watches as W

        self.in_tray = True
        self._hide_everything()
        self.guard.stop_idle()           # nothing is shown; showing it again asks the passphrase
        if self.tray is None:
            self.tray = WatchTray(self.neutral, self)
            self.tray.openRequested.connect(self.ask_to_reopen)
            self.tray.quickExitRequested.connect(self.quick_exit)
            self.tray.quitRequested.connect(self.quit)
        self.tray.show()
        if not self._tray_said:
            self._tray_said = True
            self.tray.say(self.tray.hidden_words(len(W.watches(self.session.vault))))

    def ask_to_reopen(self) -> None:
        if not self.in_tray or self.session is None:
            return
        if self.reopen_dialog is not None and self.reopen_dialog.isVisible():
            self.reopen_dialog.raise_()
            self.reopen_dialog.activateWindow()
            return
        dlg = ReopenDialog(self.session, self.neutral)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.opened.connect(self.from_tray)
        self.reopen_dialog = dlg
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def from_tray(self) -> None:
        if not self.in_tray or self.main is None:
            return
        self.in_tray = False
        if self.tray is not None:
            self.tray.hide()
        self.main.show()
        self.main.raise_()
        self.main.activateWindow()
        self._apply_vault_settings()     # the idle lock again

    def _no_tray_then_quit(self) -> None:
        """No tray on this desktop: say that watching stops, then close as usual."""
        if self.no_tray_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, style.window_title(self.neutral), no_tray_words(self.neutral),
                          QMessageBox.StandardButton.Ok, self.main)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.quit())
        self.no_tray_box = box
        box.open()

    def _dispose_tray(self) -> None:
        self.in_tray = False
        tray, self.tray = self.tray, None
        if tray is not None:
            tray.dispose()
        dlg, self.reopen_dialog = self.reopen_dialog, None
        if dlg is not None:
            try:
                dlg.close()
            except RuntimeError:          # already deleted with its close
                pass

    # ------------------------------------------------------------------ lock and exit
    def _lock_requested(self, reason: str) -> None:
        if self.in_tray and reason in ("idle", "screen"):
            return         # nothing is shown, and locking would end the watching she asked for
        if self.session is not None:
            self.lock(reason)

    def _close_session(self) -> None:
        """Stop the capture service and every worker, then close the vault (no thread left)."""
        self.guard.stop_idle()
        self._dispose_tray()
        if self.main is not None:
            self.main.detail.flush_notes()   # a note being typed is kept (the writer finishes it)
            self.main.shutdown_watching()    # no new watch run; background fingerprints stop
        if self.queue is not None:
            self.queue.cancel_all()
        if self.backend is not None:
            self.backend.shutdown()
        if self.session is not None:
            self.session.close()
        main, self.main = self.main, None
        if main is not None:
            main.removeEventFilter(self)
            for w in main.findChildren(QObject):
                if hasattr(w, "isWindow") and w.isWindow():
                    w.hide()
            main.hide()
            main.deleteLater()
        if self.queue is not None:
            self.queue.deleteLater()
        if self.backend is not None:
            self.backend.deleteLater()
        self.session, self.queue, self.backend = None, None, None
        gc.unfreeze()           # the closed window and session can be collected (keep_what_is_loaded)

    def lock(self, reason: str = "button") -> None:
        """Hide the evidence, close the vault, show the unlock screen."""
        if self.session is None:
            return
        self.last_lock_reason = reason
        if self.main is not None:
            self.main.hide()
        self._close_session()
        if not self.finished:
            self.show_unlock()

    def destroy_vault(self) -> None:
        """Delete the open vault from this computer (confirmed twice in Settings): hide it, close
        it, then — on a thread of its own — overwrite its keys, remove its folder, the settings
        that name it and stale browser folders; then the first screen."""
        if self.session is None:
            return
        from .tasks import Worker

        path = self.session.vault.path
        if self.main is not None:
            self.main.hide()
        self._close_session()            # the vault closed, its lock released
        self.destroying = Worker("destroy")
        self.destroying.submit(_destroy_here, path, on_done=lambda left: self._destroyed(path, left),
                               on_error=lambda exc: self._destroy_failed(path, exc), owner=self)

    def _end_destroying(self) -> None:
        worker, self.destroying = getattr(self, "destroying", None), None
        if worker is not None:
            worker.shutdown(wait=True)

    def _destroyed(self, path: Path, left: list[str]) -> None:
        self._end_destroying()
        self.last_destroy_left = left
        if self.finished:
            return
        self.vault_path = path
        self.show_first_run(path)
        if left:
            QMessageBox.warning(self.screen, style.window_title(self.neutral),
                                "\n".join(i18n.core("destroy.folder_left", path=p) for p in left))

    def _destroy_failed(self, path: Path, exc: BaseException) -> None:
        self._end_destroying()
        if self.finished:
            return
        if Vault.exists(path):
            self.show_unlock()
        else:
            self.show_first_run(path)
        QMessageBox.warning(self.screen, style.window_title(self.neutral), i18n.error_text(exc))

    def _hide_everything(self) -> None:
        for w in self.app.topLevelWidgets():
            w.hide()
        # make the hiding reach the screen before anything slower happens
        self.app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def quick_exit(self) -> None:
        """Instantly hide every window, lock the vault, clear our clipboard, quit."""
        if self.finished:
            return
        self.finished = True
        self._hide_everything()
        self.guard.clear_clipboard_if_ours()
        self._close_session()
        self._replace_screen(None)
        if self.quit_app:
            self.app.exit(0)

    def quit(self) -> None:
        if self.finished and self.session is None:
            if self.quit_app:
                self.app.exit(0)
            return
        self.finished = True
        self._hide_everything()
        self._close_session()
        self._replace_screen(None)
        if self.quit_app:
            self.app.exit(0)

    def shutdown(self) -> None:
        """Make sure nothing is left: called after the event loop ends."""
        self._end_destroying()           # a deletion under way finishes first
        if self._preload is not None:      # no thread left behind (it ends by itself in seconds)
            self._preload.join()
            self._preload = None
        self.finished = True
        self._close_session()
        self._replace_screen(None)
        for sig, slot in ((self.guard.quickExitRequested, self.quick_exit),
                          (self.guard.lockRequested, self._lock_requested)):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


def _destroy_here(path: Path) -> list[str]:
    """The deletion itself (off the window's thread): the vault, keys first; the saved place that
    names it; the browsers' stale temporary folders. Returns the folders that could not be removed."""
    from evidence_kit.settings import forget_vault
    from evidence_kit.vault import destroy

    destroy.destroy(path)
    forget_vault(path)
    try:
        from capture.tempdirs import default_roots, sweep
    except ImportError:
        return []
    return sweep(default_roots())


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="evidence-kit-gui", add_help=True)
    p.add_argument("--vault", metavar="DIR")
    p.add_argument("--lang", choices=["en", "ru", "tg"])
    p.add_argument("--debug", action="store_true")
    args, _unknown = p.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    neutral = bool(load_settings().get("neutral_title"))
    # the program's name reaches the window manager (task bar, window class): neutral if asked
    app = QApplication.instance() or QApplication(["notes" if neutral else "evidence-kit"])
    app.setApplicationName("Notes" if neutral else "Evidence Kit")
    if not neutral:
        app.setDesktopFileName("evidence-kit")
    prepare_app(app, args.lang)
    vault_path = Path(args.vault).expanduser() if args.vault else None
    controller = AppController(app, vault_path)
    QTimer.singleShot(0, controller.start)
    try:
        rc = app.exec()
    finally:
        controller.shutdown()
    return int(rc or 0)


__all__ = ["main", "AppController", "prepare_app", "Qt"]
