"""The first screens: create a vault (first run) or unlock it.

Key derivation (Argon2id) takes a noticeable moment on purpose; it runs on a worker so the window
keeps responding. A wrong passphrase leaves every file of the vault as it was and gets a calm
message. The recovery key is shown exactly once, after creation, and the person confirms they
saved it before going on.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFrame, QHBoxLayout,
                               QLabel, QLineEdit, QProgressBar, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from evidence_kit.errors import UnlockPaused, WrongPassphrase
from evidence_kit.settings import default_vault_path, save_settings
from evidence_kit.vault import Vault

from . import file_choice, fit, i18n, style
from .safety import QuickExitButton, SafetyGuard, quick_exit_keys_text
from .tasks import Worker
from .unlock_wait import UnlockWait

MIN_PASSPHRASE = 10
_COMMON = {"password", "123456", "12345678", "123456789", "1234567890", "qwerty", "qwertyui",
           "пароль", "йцукен", "iloveyou", "11111111", "00000000", "password1", "qwerty123"}


def passphrase_strength(text: str) -> int:
    """0 empty, 1 too short, 2 weak, 3 fair, 4 good, 5 strong — a rough, honest guess."""
    if not text:
        return 0
    if len(text) < MIN_PASSPHRASE:
        return 1
    if text.lower() in _COMMON or len(set(text)) < 5:
        return 2
    words = [w for w in text.replace("-", " ").split() if len(w) >= 3]
    classes = sum(bool(f(text)) for f in (
        lambda t: any(c.islower() for c in t), lambda t: any(c.isupper() for c in t),
        lambda t: any(c.isdigit() for c in t), lambda t: any(not c.isalnum() for c in t)))
    if len(words) >= 4 and len(text) >= 20:
        return 5
    if len(text) >= 16 and (len(words) >= 3 or classes >= 3):
        return 4
    if len(text) >= 14 or classes >= 3:
        return 3
    return 2


class LanguagePicker(QComboBox):
    """English / Русский / Тоҷикӣ, each in its own words; switches the app at once."""

    def __init__(self, parent=None):
        super().__init__(parent)
        for code in i18n.LANGUAGES:
            self.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.setCurrentIndex(self.findData(i18n.current()))
        self.currentIndexChanged.connect(self._changed)

    def _changed(self, _):
        lang = self.currentData()
        if lang and lang != i18n.current():
            i18n.set_language(lang)
            save_settings(language=lang)

    def sync(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(i18n.current()))
        self.blockSignals(False)


class _Screen(QDialog):
    """Common frame: language picker and quick exit at the top, help about quick exit at the bottom."""

    def __init__(self, neutral: bool, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.neutral = neutral
        self.setWindowIcon(style.app_icon(neutral))
        self.worker: Worker | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.language = LanguagePicker()
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(QuickExitButton())
        outer.addLayout(top)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.exit_help = style.hint()
        outer.addWidget(self.exit_help)
        self.resize(620, 520)

    def _retranslate_frame(self) -> None:
        self.setWindowTitle(style.window_title(self.neutral))
        self.exit_help.setText(self.tr(
            "If someone comes near, press {keys} or the Quick exit button: the window disappears at "
            "once, the vault locks and the app closes. Nothing you saved is lost.").format(
                keys=quick_exit_keys_text()))
        self.language.sync()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._retranslate_frame()

    def _enter_means(self, button: QPushButton) -> None:
        """Enter presses `button` and no other. Qt would otherwise make a button the default by
        itself: the first one after the focused field ("use the recovery key", after a wrong
        passphrase), so Enter changed what the screen asks for instead of trying again."""
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            if b is not button:
                b.setDefault(False)
        button.setDefault(True)

    def _ensure_worker(self) -> Worker:
        if self.worker is None:
            self.worker = Worker("keys")
        return self.worker

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.shutdown(wait=True)
            self.worker = None

    def reject(self):
        # Escape or the window's close button: leave quietly (the controller decides what follows)
        super().reject()


class FirstRunDialog(_Screen):
    """Welcome → passphrase → recovery key. Emits `created(vault)` once the person has saved the key."""

    created = Signal(object)
    openExisting = Signal(str)
    restoreRequested = Signal()        # "Restore from a backup" (ui/restore_view.py)

    def __init__(self, neutral: bool = False, path: Path | None = None, kdf: dict | None = None,
                 parent=None):
        super().__init__(neutral, parent)
        self.kdf = kdf
        self.path = Path(path) if path else default_vault_path()
        self.vault: Vault | None = None
        self.pages = QStackedWidget()
        self.body.addWidget(self.pages)
        self._build_welcome()
        self._build_passphrase()
        self._build_recovery()
        self.pages.currentChanged.connect(self._page_shown)
        self._page_shown(0)
        self.retranslate()

    def _page_shown(self, index: int) -> None:
        self._enter_means((self.next_btn, self.create_btn, self.continue_btn)[index])

    # -- page 1: welcome, where, neutral title
    def _build_welcome(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.welcome_title = style.title()
        self.welcome_text = QLabel()
        self.welcome_text.setWordWrap(True)
        lay.addWidget(self.welcome_title)
        lay.addWidget(self.welcome_text)
        card = QFrame()
        card.setObjectName("card")
        cl = QVBoxLayout(card)
        self.where_label = QLabel()
        self.where_path = QLabel()
        self.where_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_path.setWordWrap(True)
        self.choose_btn = QPushButton()
        self.choose_btn.clicked.connect(self._choose_folder)
        self.open_btn = QPushButton()
        self.open_btn.clicked.connect(self._open_existing)
        row = QHBoxLayout()
        row.addWidget(self.choose_btn)
        row.addWidget(self.open_btn)
        row.addStretch(1)
        cl.addWidget(self.where_label)
        cl.addWidget(self.where_path)
        cl.addLayout(row)
        lay.addWidget(card)
        self.neutral_box = QCheckBox()
        self.neutral_box.setChecked(self.neutral)
        self.neutral_box.toggled.connect(self._neutral_toggled)
        lay.addWidget(self.neutral_box)
        self.neutral_hint = style.hint()
        lay.addWidget(self.neutral_hint)
        lay.addStretch(1)
        self.next_btn = QPushButton()
        self.next_btn.setObjectName("primary")
        self.next_btn.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.restore_btn = QPushButton()
        self.restore_btn.clicked.connect(self.restoreRequested.emit)
        row = QHBoxLayout()
        row.addWidget(self.restore_btn)
        row.addStretch(1)
        row.addWidget(self.next_btn)
        lay.addLayout(row)
        self.pages.addWidget(page)

    def _choose_folder(self):
        d = file_choice.folder(self, self.tr("Choose a folder for the vault"), str(self.path.parent))
        if d:
            p = Path(d)
            if Vault.exists(p):
                self.openExisting.emit(str(p))
                return
            if p.exists() and any(p.iterdir()):
                p = p / "evidence-vault"
            self.path = p
            self.retranslate()

    def _open_existing(self):
        d = file_choice.folder(self, self.tr("Choose the folder of your vault"), str(self.path.parent))
        if d:
            self.openExisting.emit(d)

    def _neutral_toggled(self, on: bool):
        self.neutral = on
        save_settings(neutral_title=on)
        self.setWindowIcon(style.app_icon(on))
        self.setWindowTitle(style.window_title(on))

    # -- page 2: passphrase
    def _build_passphrase(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.pass_title = style.title()
        self.pass_text = QLabel()
        self.pass_text.setWordWrap(True)
        lay.addWidget(self.pass_title)
        lay.addWidget(self.pass_text)
        self.pass1 = QLineEdit()
        self.pass1.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass2 = QLineEdit()
        self.pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass1_label, self.pass2_label = QLabel(), QLabel()
        self.pass1_label.setBuddy(self.pass1)
        self.pass2_label.setBuddy(self.pass2)
        self.show_pass = QCheckBox()
        self.show_pass.toggled.connect(self._toggle_show)
        self.strength = QProgressBar()
        self.strength.setRange(0, 5)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength_text = style.hint()
        self.collector_label = QLabel()
        self.collector = QLineEdit()
        self.collector_hint = style.hint()
        for w in (self.pass1_label, self.pass1, self.strength, self.strength_text, self.pass2_label,
                  self.pass2, self.show_pass, self.collector_label, self.collector, self.collector_hint):
            lay.addWidget(w)
        self.pass_error = QLabel()
        self.pass_error.setObjectName("error")
        self.pass_error.setWordWrap(True)
        self.pass_error.hide()
        lay.addWidget(self.pass_error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        lay.addWidget(self.busy)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.back_btn = QPushButton()
        self.back_btn.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_btn = QPushButton()
        self.create_btn.setObjectName("primary")
        self.create_btn.clicked.connect(self._create)
        row.addWidget(self.back_btn)
        row.addStretch(1)
        row.addWidget(self.create_btn)
        lay.addLayout(row)
        self.pass1.textChanged.connect(self._update_strength)
        self.pass2.textChanged.connect(self._update_strength)
        self.pass1.returnPressed.connect(self.pass2.setFocus)   # Enter in the first field: the next
        self.pass2.returnPressed.connect(self._create)
        self.pages.addWidget(page)

    def _toggle_show(self, on: bool):
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.pass1.setEchoMode(mode)
        self.pass2.setEchoMode(mode)

    def _strength_words(self, level: int) -> str:
        return [
            self.tr("Use a passphrase of several ordinary words you will remember, like a short "
                    "sentence only you would think of."),
            self.tr("Too short: use at least %n character(s). More words make it much harder to guess.", "",
                    MIN_PASSPHRASE),
            self.tr("Weak: easy to guess. Add a few unrelated words."),
            self.tr("Fair: one or two more words would make it much stronger."),
            self.tr("Good: hard to guess."),
            self.tr("Strong: very hard to guess. Make sure you will remember it."),
        ][level]

    def _update_strength(self):
        level = passphrase_strength(self.pass1.text())
        self.strength.setValue(level)
        self.strength_text.setText(self._strength_words(level))
        ok = level >= 2 and self.pass1.text() == self.pass2.text()
        self.create_btn.setEnabled(ok and self.worker is None)

    def _create(self):
        p1, p2 = self.pass1.text(), self.pass2.text()
        if len(p1) < MIN_PASSPHRASE:
            return self._pass_fail(self._strength_words(1))
        if p1 != p2:
            return self._pass_fail(i18n.core("error.passphrases_differ"))
        self.pass_error.hide()
        self.busy.show()
        for w in (self.create_btn, self.back_btn, self.pass1, self.pass2):
            w.setEnabled(False)
        collector = self.collector.text().strip() or None
        path, kdf = self.path, self.kdf
        self._ensure_worker().submit(lambda: Vault.create(path, p1, collector=collector, kdf=kdf),
                                     on_done=self._created, on_error=self._create_failed, owner=self)

    def _pass_fail(self, text: str):
        self.pass_error.setText(text)
        self.pass_error.show()

    def _create_failed(self, exc: BaseException):
        self.busy.hide()
        for w in (self.create_btn, self.back_btn, self.pass1, self.pass2):
            w.setEnabled(True)
        self._pass_fail(i18n.error_text(exc))

    def _created(self, result):
        self.vault, recovery = result
        save_settings(vault_path=str(self.path))
        self.busy.hide()
        self.recovery_key.setText(recovery)
        self._recovery_text = recovery
        self.pass1.clear()
        self.pass2.clear()
        self.pages.setCurrentIndex(2)

    # -- page 3: the recovery key, shown once
    def _build_recovery(self):
        page = QWidget()
        lay = QVBoxLayout(page)
        self.rk_title = style.title()
        self.rk_text = QLabel()
        self.rk_text.setWordWrap(True)
        self.recovery_key = QLabel()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setFont(style.mono_font(15))
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_btn = QPushButton()
        self.copy_btn.clicked.connect(lambda: SafetyGuard.instance().copy(self._recovery_text))
        self.saved_box = QCheckBox()
        self.saved_box.toggled.connect(lambda on: self.continue_btn.setEnabled(on))
        self.continue_btn = QPushButton()
        self.continue_btn.setObjectName("primary")
        self.continue_btn.setEnabled(False)
        self.continue_btn.clicked.connect(self._finish)
        lay.addWidget(self.rk_title)
        lay.addWidget(self.rk_text)
        lay.addWidget(self.recovery_key)
        row = QHBoxLayout()
        row.addWidget(self.copy_btn)
        row.addStretch(1)
        lay.addLayout(row)
        self.rk_warning = style.hint()
        lay.addWidget(self.rk_warning)
        lay.addStretch(1)
        lay.addWidget(self.saved_box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_btn)
        lay.addLayout(row)
        self.pages.addWidget(page)

    def _finish(self):
        vault, self.vault = self.vault, None
        self.recovery_key.clear()
        self._recovery_text = ""
        self.created.emit(vault)

    def retranslate(self) -> None:
        self._retranslate_frame()
        self.welcome_title.setText(self.tr("Welcome"))
        self.welcome_text.setText(self.tr(
            "This app keeps copies of abusive posts as sealed evidence: each page or file is saved "
            "with the time and a fingerprint (SHA-256) that shows later that nothing was changed. "
            "Everything is kept in an encrypted vault on this computer that only your passphrase opens."))
        self.where_label.setText(self.tr("The vault will be created here:"))
        self.where_path.setText(str(self.path))
        self.choose_btn.setText(self.tr("Choose another folder…"))
        self.open_btn.setText(self.tr("Open an existing vault…"))
        self.neutral_box.setText(self.tr("Use a neutral window title and icon (\u201cNotes\u201d)"))
        self.neutral_hint.setText(self.tr(
            "Useful on a shared computer: the window and the taskbar will not say \u201cevidence\u201d."))
        self.next_btn.setText(self.tr("Create a vault…"))
        self.restore_btn.setText(self.tr("Restore from a backup…"))
        self.pass_title.setText(self.tr("Choose a passphrase"))
        self.pass_text.setText(self.tr(
            "The passphrase opens your vault. Nobody can open the vault without it, not even us. "
            "Do not use a password that someone close to you might know."))
        self.pass1_label.setText(self.tr("Passphrase"))
        self.pass2_label.setText(self.tr("Type it again"))
        self.show_pass.setText(self.tr("Show what I type"))
        self.collector_label.setText(self.tr("Your name (optional)"))
        self.collector_hint.setText(self.tr(
            "It is written next to each saved item and in documents, as the person who collected it. "
            "If you leave it empty, documents say \u201cnot given\u201d. You can change it later in Settings."))
        self.back_btn.setText(self.tr("Back"))
        self.create_btn.setText(self.tr("Create the vault"))
        self._update_strength()
        self.rk_title.setText(self.tr("Your recovery key"))
        self.rk_text.setText(self.tr(
            "If you ever forget your passphrase, this key opens the vault instead. It is shown only "
            "this once. Write it on paper and keep it somewhere safe, away from this computer."))
        self.copy_btn.setText(self.tr("Copy"))
        self.rk_warning.setText(self.tr(
            "Anyone who has this key and this computer can open the vault. If you copy it, paste it "
            "somewhere safe; the quick exit clears it from the clipboard."))
        self.saved_box.setText(self.tr("I have saved my recovery key"))
        self.continue_btn.setText(self.tr("Continue"))


class UnlockDialog(_Screen):
    """Passphrase (or recovery key) → unlocked vault. Emits `unlocked(vault)`."""

    unlocked = Signal(object)
    createNew = Signal()
    restoreRequested = Signal()
    otherVault = Signal(str)

    def __init__(self, path: Path, neutral: bool = False, parent=None):
        super().__init__(neutral, parent)
        self.path = Path(path)
        self.use_recovery = False
        self.title = style.title()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.field_label = QLabel()
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.returnPressed.connect(self._unlock)
        self.field_label.setBuddy(self.field)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.busy_text = style.hint()
        self.busy_text.hide()
        # the unlock limit: after too many wrong tries, a countdown; nothing is tried meanwhile
        self.countdown = QLabel()
        self.countdown.setObjectName("error")
        self.countdown.setWordWrap(True)
        self.countdown.hide()
        self.wait = UnlockWait(self.path, self)
        self.wait.changed.connect(self._wait_changed)
        self.unlock_btn = QPushButton()
        self.unlock_btn.setObjectName("primary")
        self.unlock_btn.clicked.connect(self._unlock)
        self.mode_btn = QPushButton()
        self.mode_btn.setFlat(True)
        self.mode_btn.clicked.connect(self._toggle_mode)
        self.where = style.hint()
        self.other_btn = QPushButton()
        self.other_btn.setFlat(True)
        self.other_btn.clicked.connect(self._choose_other)
        self.new_btn = QPushButton()
        self.new_btn.setFlat(True)
        self.new_btn.clicked.connect(self.createNew.emit)
        self.restore_btn = QPushButton()
        self.restore_btn.setFlat(True)
        self.restore_btn.clicked.connect(self.restoreRequested.emit)
        self.support = style.hint()
        self.support.setOpenExternalLinks(True)
        b = self.body
        b.addWidget(self.title)
        b.addWidget(self.text)
        b.addSpacing(8)
        b.addWidget(self.field_label)
        b.addWidget(self.field)
        b.addWidget(self.message)
        b.addWidget(self.countdown)
        b.addWidget(self.busy)
        b.addWidget(self.busy_text)
        row = QHBoxLayout()
        row.addWidget(self.mode_btn)
        row.addStretch(1)
        row.addWidget(self.unlock_btn)
        b.addLayout(row)
        b.addStretch(1)
        b.addWidget(self.where)
        row = QHBoxLayout()
        row.addWidget(self.other_btn)
        row.addWidget(self.new_btn)
        row.addWidget(self.restore_btn)
        row.addStretch(1)
        b.addLayout(row)
        b.addWidget(self.support)
        self._enter_means(self.unlock_btn)
        self.retranslate()
        self.wait.tick()                 # a wait begun before (another run, the command line)
        self.field.setFocus()

    def _wait_changed(self, left: int) -> None:
        busy = self.busy.isVisible()
        if left:
            from evidence_kit.timeutil import duration_words

            self.countdown.setText(self.tr(
                "Too many wrong tries in a row. To slow down guessing, the next try must wait: "
                "{time}. Nothing was tried and nothing was deleted.").format(
                    time=duration_words(left, i18n.current())))
            self.countdown.show()
            self.unlock_btn.setEnabled(False)
        else:
            self.countdown.hide()
            self.unlock_btn.setEnabled(not busy)

    def shutdown(self) -> None:
        self.wait.stop()
        super().shutdown()

    def _toggle_mode(self):
        self.use_recovery = not self.use_recovery
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if self.use_recovery else QLineEdit.EchoMode.Password)
        if self.use_recovery:
            self.field.setFont(style.mono_font())
        else:
            self.field.setFont(QFont())
        self.message.hide()
        self.retranslate()

    def _choose_other(self):
        d = file_choice.folder(self, self.tr("Choose the folder of your vault"), str(self.path.parent))
        if d:
            self.otherVault.emit(d)

    def _unlock(self):
        secret = self.field.text()
        if self.wait.tick():             # Enter or Open during a wait: the countdown, nothing tried
            return
        if not secret or self.worker is not None and not self.unlock_btn.isEnabled():
            return
        self.message.hide()
        self.busy.show()
        self.busy_text.show()
        self.unlock_btn.setEnabled(False)
        self.field.setEnabled(False)
        path = self.path
        if self.use_recovery:
            job = lambda: Vault.open(path, recovery_key=secret, writable=True)  # noqa: E731
        else:
            job = lambda: Vault.open(path, secret, writable=True)  # noqa: E731
        self._ensure_worker().submit(job, on_done=self._opened, on_error=self._failed, owner=self)

    def _opened(self, vault):
        self.field.clear()
        self.busy.hide()
        self.busy_text.hide()
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException):
        self.busy.hide()
        self.busy_text.hide()
        self.unlock_btn.setEnabled(True)
        self.field.setEnabled(True)
        self.field.selectAll()
        self.field.setFocus()
        if isinstance(exc, WrongPassphrase) and self.use_recovery:
            text = i18n.core("error.wrong_recovery_key") if exc.key == "error.wrong_passphrase" else exc.message(i18n.current())
        else:
            text = i18n.error_text(exc)
        self.message.setText(text)
        self.message.setVisible(not isinstance(exc, UnlockPaused))
        self.wait.tick()                 # that wrong try may have begun a wait

    def retranslate(self) -> None:
        self._retranslate_frame()
        self.title.setText(self.tr("Open your vault"))
        if self.use_recovery:
            self.text.setText(self.tr("Type your recovery key, the groups of letters you saved when the vault was created."))
            self.field_label.setText(self.tr("Recovery key"))
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.mode_btn.setText(self.tr("Use my passphrase instead"))
        else:
            self.text.setText(self.tr("Type your passphrase to see your saved evidence."))
            self.field_label.setText(self.tr("Passphrase"))
            self.field.setPlaceholderText("")
            self.mode_btn.setText(self.tr("I forgot my passphrase: use the recovery key"))
        self.unlock_btn.setText(self.tr("Open"))
        self.busy_text.setText(self.tr("Opening… this takes a moment on purpose, to slow down anyone guessing."))
        if hasattr(self, "wait"):
            self._wait_changed(self.wait.left)
        self.where.setText(self.tr("Vault: {path}").format(path=os.fspath(self.path)))
        self.other_btn.setText(self.tr("Open another vault…"))
        self.new_btn.setText(self.tr("Create a new vault…"))
        self.restore_btn.setText(self.tr("Restore from a backup…"))
        self.support.setText(self.tr(
            "Need help? In Tajikistan, the free hotline 1313 (please check it is still running). "
            "Access Now Digital Security Helpline, also in Russian: "
            "<a href=\"https://www.accessnow.org/help/\">accessnow.org/help</a>"))


class PassphraseForm(QWidget):
    """The fields for choosing a new passphrase: the current one (when asked), the new one with its
    strength, the new one again, and the error line. Used by "Change passphrase", the new
    passphrase after opening with the recovery key, and "Change every key"."""

    submitted = Signal()               # Return pressed in the last field

    def __init__(self, ask_current: bool, parent=None):
        super().__init__(parent)
        self.ask_current = ask_current
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.l0, self.l1, self.l2 = QLabel(), QLabel(), QLabel()
        self.p0, self.p1, self.p2 = QLineEdit(), QLineEdit(), QLineEdit()
        for p in (self.p0, self.p1, self.p2):
            p.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = style.hint()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        for w in (self.l0, self.p0, self.l1, self.p1, self.strength, self.l2, self.p2, self.error):
            lay.addWidget(w)
        self.l0.setVisible(ask_current)
        self.p0.setVisible(ask_current)
        self.p1.textChanged.connect(self._update)
        self.p2.returnPressed.connect(self.submitted)
        self.retranslate()

    def current(self) -> str:
        return self.p0.text()

    def new(self) -> str:
        return self.p1.text()

    def problem(self) -> str | None:
        """What is wrong with what was typed, in words; None if it can be used."""
        if self.ask_current and not self.p0.text():
            return self.tr("Type your current passphrase first.")
        if len(self.p1.text()) < MIN_PASSPHRASE:
            return self.tr("Too short: use at least %n character(s).", "", MIN_PASSPHRASE)
        if self.p1.text() != self.p2.text():
            return i18n.core("error.passphrases_differ")
        return None

    def fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def failed(self, exc: BaseException) -> None:
        """The vault refused: a wrong current passphrase is asked again, anything else is said."""
        if isinstance(exc, WrongPassphrase) and exc.key == WrongPassphrase.key:   # not rekey's own
            self.fail(self.tr("That is not your current passphrase. Nothing was changed."))
            self.p0.selectAll()
            self.p0.setFocus()
        else:
            self.fail(i18n.error_text(exc))

    def clear(self) -> None:
        """Forget what was typed (the passphrases do not stay in the window)."""
        for p in (self.p0, self.p1, self.p2):
            p.clear()
        self.error.hide()

    def _update(self):
        level = passphrase_strength(self.p1.text())
        self.strength.setText(["", self.tr("Too short."), self.tr("Weak."), self.tr("Fair."),
                               self.tr("Good."), self.tr("Strong.")][level])

    def retranslate(self):
        self.l0.setText(self.tr("Current passphrase"))
        self.l1.setText(self.tr("New passphrase"))
        self.l2.setText(self.tr("Type it again"))
        self._update()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NewPassphraseDialog(QDialog):
    """Choose a new passphrase (the recovery key keeps working).

    Without `session`: shown after opening with the recovery key; the caller changes the
    passphrase once the dialog is accepted. With `session` (from Settings): the current passphrase
    is asked too, and checking it and sealing the new one (both Argon2id, slow on purpose) run on
    the vault's writer thread; the dialog closes once the vault has the new passphrase."""

    changed = Signal()

    def __init__(self, parent=None, session=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.busy_now = False
        self.setModal(True)
        lay = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.form = PassphraseForm(ask_current=session is not None)
        self.p0, self.p1, self.p2 = self.form.p0, self.form.p1, self.form.p2
        self.strength, self.error = self.form.strength, self.form.error
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        for w in (self.text, self.form, self.busy):
            lay.addWidget(w)
        row = QHBoxLayout()
        self.later = QPushButton()
        self.later.clicked.connect(self.reject)
        self.ok = QPushButton()
        self.ok.setObjectName("primary")
        self.ok.clicked.connect(self._ok)
        row.addWidget(self.later)
        row.addStretch(1)
        row.addWidget(self.ok)
        lay.addLayout(row)
        self.form.submitted.connect(self._ok)
        self.retranslate()

    def _ok(self):
        if self.busy_now:
            return
        problem = self.form.problem()
        if problem:
            self.form.fail(problem)
        elif self.session is None:
            self.accept()
        else:
            self._change()

    def _set_busy(self, on: bool):
        self.busy_now = on
        self.busy.setVisible(on)
        for w in (self.form, self.ok, self.later):
            w.setEnabled(not on)

    def _change(self):
        current, new = self.form.current(), self.form.new()
        self.error.hide()
        self._set_busy(True)

        def job(vault):
            if not vault.check_passphrase(current):
                raise WrongPassphrase()
            vault.change_passphrase(new)

        self.session.write(job, items_changed=False, owner=self, on_done=self._changed,
                           on_error=self._change_failed)

    def _changed(self, _):
        self._set_busy(False)
        self.form.clear()
        self.changed.emit()
        self.accept()

    def _change_failed(self, exc: BaseException):
        self._set_busy(False)
        self.form.failed(exc)

    def reject(self):
        if not self.busy_now:            # never leave halfway through sealing the new passphrase
            super().reject()

    def passphrase(self) -> str:
        return self.form.new()

    def retranslate(self):
        if self.session is None:
            self.setWindowTitle(self.tr("New passphrase"))
            self.text.setText(self.tr("You opened the vault with the recovery key. Choose a new passphrase "
                                      "now; your recovery key keeps working."))
            self.later.setText(self.tr("Later"))
        else:
            self.setWindowTitle(self.tr("Change passphrase"))
            self.text.setText(self.tr(
                "Choose a new passphrase if someone may have seen or guessed the old one. Your saved "
                "evidence stays as it is, and your recovery key keeps working."))
            self.later.setText(self.tr("Cancel"))
        self.ok.setText(self.tr("Save the new passphrase"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
