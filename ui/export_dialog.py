"""Making a dossier: court PDF, platform report or bundle, in a chosen language, in the background.

The dialog opens on the current case (or every item), with the kind, the language and the folder
she chose last time; those are kept in the vault's own settings (`CHOICES`), never anywhere else
on the computer. A court dossier follows the app's language; a platform report is in English
unless she chooses Russian (moderators rarely read Tajik). Before a file is saved it says, once
and plainly, that the file is not locked (`PLAIN_WARNING_OFF` when she asks not to be told again).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar,
                               QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from evidence_kit.model import Item

from . import file_choice, fit, i18n, style
from .session import VaultSession
from .tasks import Cancelled

KINDS = ("court", "platform", "bundle")
PLATFORM_LANGUAGES = ("en", "ru")    # a platform's moderators: English, or Russian; rarely Tajik
CHOICES = "export_choices"           # vault setting: {"kind", "lang": {kind: code}, "folder"}
PLAIN_WARNING_OFF = "export_plain_warning_off"   # vault setting: she asked not to be told again


def preload_export() -> None:
    """Import the export package (reportlab, Pillow and their plugins) and register its fonts,
    before the main window is usable: the app does it on a thread of its own while she types her
    passphrase (ui/app.py, AppController._start_preload), and waits for it, if it is not done
    yet, before the main window is made.

    Done later on the export worker, the imports hold the interpreter's lock and the import lock
    in long stretches while the window is trying to run: the window froze for a third of a second
    at the start of every first export. Done on the window's thread just after the unlock (as it
    was), it cost 0.7-2.8 s between "Open" and the table on a busy machine. A missing or broken
    export package only means no dossiers: the app still opens."""
    try:
        import export  # noqa: F401
        from export import _run, bundle, court, images, pdfkit, platform  # noqa: F401
        from PIL import Image

        Image.preinit()                   # the PNG/JPEG/GIF/BMP plugins a dossier opens
        pdfkit.register_fonts()           # parsing the bundled TTF files: pure Python
        from export import pdfa

        pdfa.available()                  # pikepdf's PDF/A validator: loaded on the worker, its
        #                                   C++ library held the window for a third of a second
    except Exception:  # noqa: BLE001  (an ImportError, or a font file that is missing)
        import logging

        logging.getLogger(__name__).warning("the export package could not be loaded", exc_info=True)


def default_runner(vault, kind, out_path, item_ids, lang, paper, include_sensitive, progress, **options):
    """Call the export package (imported late: the app starts even if it is missing).

    The person already agreed to replace an existing file, hence overwrite=True. `options`:
    max_size (MB, court: volumes for e-filing) and platform (a platform report for one only)."""
    import export

    return export.export_items(vault, kind, out_path, item_ids, lang=lang, paper=paper,
                               include_sensitive=include_sensitive, overwrite=True,
                               progress=progress, **options)


def platforms_of(items) -> list[tuple[str, str]]:
    """(key, name) of each platform the items are on, in the platform report's order."""
    try:
        from export.platform import keys_of, platform_name
    except ImportError:
        return []
    return [(k, platform_name(k)) for k in keys_of(items)]


def _cancel_error() -> BaseException:
    """The exception that stops an export cleanly (the export package's own, if it has one)."""
    try:
        from export import ExportCancelled

        return ExportCancelled()
    except ImportError:
        return Cancelled()


def _is_cancel(exc: BaseException) -> bool:
    if isinstance(exc, Cancelled):
        return True
    try:
        from export import ExportCancelled

        return isinstance(exc, ExportCancelled)
    except ImportError:
        return False


def _documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    d = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(d) if d else Path.home()


class ExportDialog(QDialog):
    def __init__(self, session: VaultSession, items: list[Item], selected_ids: list[str],
                 case: str | None, runner: Callable | None = None, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        # the photos she is looking for never leave the vault: not in any choice, nor in any count
        self.items = [it for it in items if it.source != "reference"]
        kept = {it.id for it in self.items}
        self.selected_ids = [i for i in selected_ids if i in kept]
        self.case = case
        self.runner = runner or default_runner
        remembered = session.setting(CHOICES)
        self.remembered = remembered if isinstance(remembered, dict) else {}
        langs = self.remembered.get("lang")
        self._langs: dict[str, str] = dict(langs) if isinstance(langs, dict) else {}
        self.result_path: Path | None = None
        self.plain_box: QMessageBox | None = None     # "this file is not locked", while it is open
        self._running = False
        self._stop = False
        self._latest: tuple | None = None          # the export's newest progress, not yet shown
        self._latest_lock = threading.Lock()
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)

        page = QWidget()                   # the choices scroll; the buttons below stay in view
        form = fit.StackedForm(page)
        kinds_w = QWidget()
        kl = QVBoxLayout(kinds_w)
        kl.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.kind_hints: dict[str, QLabel] = {}
        for i, k in enumerate(KINDS):
            b = QRadioButton()
            h = style.hint()
            h.setContentsMargins(24, 0, 0, 4)
            self.kind_group.addButton(b, i)
            self.kind_buttons[k] = b
            self.kind_hints[k] = h
            kl.addWidget(b)
            kl.addWidget(h)
        last = self.remembered.get("kind")
        self.kind_buttons[last if last in KINDS else "court"].setChecked(True)
        self.kind_group.idToggled.connect(lambda *_: self._kind_changed())
        self.kind_label = QLabel()
        form.addRow(self.kind_label, kinds_w)

        self.lang = QComboBox()            # filled for the kind chosen (`_fill_langs`)
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.lang_label = QLabel()
        form.addRow(self.lang_label, self.lang)

        self.which = QComboBox()
        self.which_label = QLabel()
        form.addRow(self.which_label, self.which)

        # a chat: only the messages she marked, or all of them (the dossier always gives the total)
        self.chat_msgs = QComboBox()
        self.chat_msgs_hint = style.hint()
        self.chat_w = QWidget()
        cml = QVBoxLayout(self.chat_w)
        cml.setContentsMargins(0, 0, 0, 0)
        cml.setSpacing(2)
        cml.addWidget(self.chat_msgs)
        cml.addWidget(self.chat_msgs_hint)
        self.chat_label = QLabel()
        form.addRow(self.chat_label, self.chat_w)

        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper_label = QLabel()
        form.addRow(self.paper_label, self.paper)

        self.sensitive = QCheckBox()
        self.sensitive_hint = style.hint()
        sw = QWidget()
        sl = QVBoxLayout(sw)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(2)
        sl.addWidget(self.sensitive)
        sl.addWidget(self.sensitive_hint)
        self.sensitive_label = QLabel()
        form.addRow(self.sensitive_label, sw)
        # where imported files were on this computer: left out unless asked (export/privacy.py)
        self.paths = QCheckBox()
        form.addRow("", self.paths)

        # court: volumes within a size limit, for courts' e-filing systems
        self.split = QCheckBox()
        self.split_mb = QSpinBox()
        self.split_mb.setRange(1, 2000)
        self.split_mb.setValue(20)
        self.split_mb.setEnabled(False)
        self.split.toggled.connect(self.split_mb.setEnabled)
        self.split_hint = style.hint()
        self.split_w = QWidget()
        spl = QVBoxLayout(self.split_w)
        spl.setContentsMargins(0, 0, 0, 0)
        spl.setSpacing(2)
        srow = QHBoxLayout()
        srow.addWidget(self.split)
        srow.addWidget(self.split_mb)
        srow.addStretch(1)
        spl.addLayout(srow)
        spl.addWidget(self.split_hint)
        self.split_label = QLabel()
        form.addRow(self.split_label, self.split_w)

        # platform: one file per platform, or just one of them
        self.platform = QComboBox()
        self.platform_hint = style.hint()
        self.platform_w = QWidget()
        ppl = QVBoxLayout(self.platform_w)
        ppl.setContentsMargins(0, 0, 0, 0)
        ppl.setSpacing(2)
        ppl.addWidget(self.platform)
        ppl.addWidget(self.platform_hint)
        self.platform_label = QLabel()
        form.addRow(self.platform_label, self.platform_w)

        self.out = QLineEdit()
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        ow = QWidget()
        ol = QHBoxLayout(ow)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.out, 1)
        ol.addWidget(self.choose)
        self.out_label = QLabel()
        form.addRow(self.out_label, ow)
        form.layout.addStretch(1)
        lay.addWidget(fit.scrolling(page), 1)

        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.show_btn = QPushButton()
        self.show_btn.hide()
        self.show_btn.clicked.connect(self._show_in_folder)
        row.addWidget(self.show_btn)
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self._close)
        self.make_btn = QPushButton()
        self.make_btn.setObjectName("primary")
        self.make_btn.clicked.connect(self._make)
        row.addWidget(self.close_btn)
        row.addWidget(self.make_btn)
        lay.addLayout(row)
        self.resize(700, 640)
        self.retranslate()
        self.which.currentIndexChanged.connect(lambda *_: self._which_changed())
        self._kind_changed()
        self._which_changed()

    # -- choices
    def kind(self) -> str:
        return KINDS[self.kind_group.checkedId()]

    def _fill_which(self):
        cur = self.which.currentData()
        self.which.clear()
        if self.selected_ids:
            self.which.addItem(self.tr("The %n item(s) I selected", "", len(self.selected_ids)), "selected")
        if self.case:
            n = sum(1 for it in self.items if it.case == self.case)
            self.which.addItem(self.tr("All items in the case \u201c{case}\u201d (%n)", "", n).format(case=self.case),
                               "case")
        self.which.addItem(self.tr("All items (%n)", "", len(self.items)), "all")
        i = self.which.findData(cur) if cur else -1
        if i < 0:                     # first: the current case, or every item (never a stray selection)
            i = self.which.findData("case" if self.case else "all")
        self.which.setCurrentIndex(max(0, i))

    def item_ids(self) -> list[str]:
        which = self.which.currentData()
        if which == "selected":
            ids = list(self.selected_ids)
        elif which == "case":
            ids = [it.id for it in self.items if it.case == self.case]
        else:
            ids = [it.id for it in self.items]
        return ids

    def _which_changed(self):
        self._fill_platforms()
        chosen = set(self.item_ids())
        has_chat = any(it.source == "chat" for it in self.items if it.id in chosen)
        for w in (self.chat_label, self.chat_w):
            w.setVisible(has_chat)

    def _fill_langs(self):
        """The languages for this kind, on the one she chose last for it: a court dossier or a
        bundle in the app's language, a platform report in English (or Russian)."""
        kind = self.kind()
        codes = PLATFORM_LANGUAGES if kind == "platform" else i18n.LANGUAGES
        want = self._langs.get(kind)
        if want not in codes:
            want = "en" if kind == "platform" else i18n.current()
        self.lang.blockSignals(True)
        self.lang.clear()
        for code in codes:
            self.lang.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(want)))
        self.lang.blockSignals(False)

    def _lang_changed(self, *_):
        code = self.lang.currentData()
        if code:
            self._langs[self.kind()] = code

    def _kind_changed(self):
        self._fill_langs()
        # a platform report never carries sensitive items: they are not for platforms' moderators
        platform = self.kind() == "platform"
        self.sensitive.setEnabled(not platform)
        if platform:
            self.sensitive.setChecked(False)
        for w in (self.split_label, self.split_w):
            w.setVisible(self.kind() == "court")
        for w in (self.platform_label, self.platform_w):
            w.setVisible(platform)
        self._suggest_path()

    def _fill_platforms(self):
        cur = self.platform.currentData()
        self.platform.clear()
        self.platform.addItem(self.tr("Each platform, one file each"), None)
        chosen = set(self.item_ids())
        for key, name in platforms_of([it for it in self.items if it.id in chosen]):
            self.platform.addItem(self.tr("Only {platform}").format(platform=name), key)
        self.platform.setCurrentIndex(max(0, self.platform.findData(cur)))

    def options(self) -> dict:
        """The export's extra choices: volumes for e-filing, one platform, local paths shown."""
        out = {"include_paths": True} if self.paths.isChecked() else {}
        if self.kind() == "court" and self.split.isChecked():
            out["max_size"] = self.split_mb.value()
        if self.kind() == "platform" and self.platform.currentData():
            out["platform"] = self.platform.currentData()
        if self.chat_w.isVisibleTo(self) and self.chat_msgs.currentData() == "all":
            out["chat_messages"] = "all"
        return out

    def _suggest_path(self):
        if self._running:
            return
        kind = self.kind()
        ext = {"court": ".pdf", "platform": ".pdf", "bundle": ".zip"}[kind]
        cur = self.out.text().strip()
        last = self.remembered.get("folder")
        if cur:
            folder = Path(cur).parent
        elif isinstance(last, str) and last and Path(last).is_dir():
            folder = Path(last)          # where she saved last time (a USB stick, say)
        else:
            folder = _documents_dir()
        name = {"court": "dossier", "platform": "platform-report", "bundle": "evidence-bundle"}[kind]
        self.out.setText(str(folder / f"{name}{ext}"))

    def _choose(self):
        kind = self.kind()
        filt = self.tr("ZIP files (*.zip)") if kind == "bundle" else self.tr("PDF files (*.pdf)")
        path = file_choice.save_file(self, self.tr("Save the dossier as"), self.out.text(), filt)
        if path:
            self.out.setText(path)

    # -- running
    def _make(self):
        out = Path(self.out.text().strip()).expanduser()
        ids = self.item_ids()
        if not ids:
            self._say(self.tr("There is nothing to put in the dossier yet."), error=True)
            return
        options = self.options()
        several = (self.kind() == "court" and "max_size" in options) or \
            (self.kind() == "platform" and "platform" not in options)
        if out.exists():
            from PySide6.QtWidgets import QMessageBox

            if QMessageBox.question(self, self.windowTitle(), self.tr(
                    "{name} already exists. Replace it?").format(name=out.name)) != QMessageBox.StandardButton.Yes:
                return
        elif several and out.parent.is_dir() and any(out.parent.glob(f"{out.stem}-*{out.suffix}")):
            from PySide6.QtWidgets import QMessageBox

            if QMessageBox.question(self, self.windowTitle(), self.tr(
                    "Files named like {name} already exist in this folder. Replace them?").format(
                        name=out.name)) != QMessageBox.StandardButton.Yes:
                return
        if not self._plain_file_ok():
            return
        self._running = True
        self._stop = False
        self.make_btn.setEnabled(False)
        self.show_btn.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.tr("Making the dossier…"))
        self.close_btn.setText(self.tr("Stop"))
        args = (self.kind(), out, ids, self.lang.currentData(), self.paper.currentData(),
                self.sensitive.isChecked(), options)
        self._made_with = (self.kind(), self.lang.currentData(), out.parent)
        self.session.long.submit(self._job, *args, on_done=self._done, on_error=self._failed, owner=self)

    def _plain_file_ok(self) -> bool:
        """Say, before saving, that the file is not locked (unless she asked not to be told
        again, in the vault's settings). True to go on and save."""
        if self.session.setting(PLAIN_WARNING_OFF):
            return True
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), self.tr(
            "This file is not locked: anyone who uses this computer can open it. Keep it on a USB "
            "stick or send it, then delete it here."), parent=self)
        dont = QCheckBox(self.tr("Don't say this again"))
        box.setCheckBox(dont)
        save = box.addButton(self.tr("Save the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        self.plain_box = box
        box.exec()
        self.plain_box = None
        if dont.isChecked():
            self.session.set_settings({PLAIN_WARNING_OFF: True}, owner=self)
        return box.clickedButton() is save

    def _remember(self, kind: str, lang: str, folder: Path) -> None:
        """Keep this export's kind, language and folder for the next one, in the vault."""
        langs = dict(self._langs)
        langs[kind] = lang
        choices = {"kind": kind, "lang": langs, "folder": str(folder)}
        if choices != self.remembered:
            self.remembered = choices
            self.session.set_settings({CHOICES: choices}, owner=self)

    def _job(self, kind, out, ids, lang, paper, include_sensitive, options=None):
        from .tasks import on_gui

        def progress(done, total, *rest):
            if self._stop or self.session.stop_event.is_set():
                raise _cancel_error()
            # only the latest figure matters: while one update waits for the window, later ones
            # replace it instead of queueing more work for the window's thread
            with self._latest_lock:
                waiting = self._latest is not None
                self._latest = (done, total)
            if not waiting:
                on_gui(self._show_latest_progress, self)

        result = self.runner(self.session.vault, kind, out, ids, lang, paper, include_sensitive, progress,
                             **(options or {}))
        return result, out

    def _show_latest_progress(self):
        with self._latest_lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self._progress(*latest)

    def _progress(self, done, total):
        if total:
            if self.progress.maximum() != int(total) or self.progress.minimum() != 0:
                self.progress.setRange(0, int(total))
            self.progress.setValue(int(done))

    def _done(self, res):
        result, out = res
        path = getattr(result, "path", None) or (result if isinstance(result, (str, os.PathLike)) else out)
        self.result_path = Path(path)
        self._running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.make_btn.setEnabled(True)
        self.close_btn.setText(self.tr("Close"))
        files = getattr(result, "files", None) or []
        if len(files) > 1:
            self._say(self.tr("Done. %n file(s) were saved in {folder}: {names}", "", len(files)).format(
                folder=str(self.result_path.parent), names=", ".join(f.path.name for f in files)))
        else:
            self._say(self.tr("Done. The dossier was saved as {path}").format(path=str(self.result_path)))
        self.show_btn.show()
        made_with = getattr(self, "_made_with", None)
        if made_with is not None:
            self._remember(*made_with)
        self.session.itemsChanged.emit()

    def _failed(self, exc):
        self._running = False
        self.progress.hide()
        self.make_btn.setEnabled(True)
        self.close_btn.setText(self.tr("Close"))
        if _is_cancel(exc):
            self._say(self.tr("Stopped. No dossier was made."))
        else:
            self._say(i18n.error_text(exc), error=True)

    def _say(self, text, error=False):
        self.status.setObjectName("error" if error else "")
        self.status.setStyleSheet("")   # re-polish after the object name changed
        self.status.setText(text)
        self.status.show()

    def _close(self):
        if self._running:
            self._stop = True
        else:
            self.accept()

    def _show_in_folder(self):
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path.parent)))

    def reject(self):
        if self._running:
            self._stop = True
            return
        super().reject()

    # -- words
    def retranslate(self):
        self.setWindowTitle(self.tr("Make a dossier"))
        self.intro.setText(self.tr(
            "A dossier is a copy of your evidence for someone else: a court, a lawyer, the police or "
            "a platform. Your vault stays as it is."))
        self.kind_label.setText(self.tr("What to make"))
        self.kind_buttons["court"].setText(self.tr("Court dossier (PDF)"))
        self.kind_hints["court"].setText(self.tr(
            "Numbered exhibits with times, addresses and fingerprints, and a statement for you to sign."))
        self.kind_buttons["platform"].setText(self.tr("Report for a platform (PDF)"))
        self.kind_hints["platform"].setText(self.tr(
            "The post addresses and ids a platform needs to remove the posts. Often the fastest way."))
        self.kind_buttons["bundle"].setText(self.tr("Bundle of originals (ZIP)"))
        self.kind_hints["bundle"].setText(self.tr(
            "The original files, sealed and signed, for a lawyer or an expert to check."))
        self.lang_label.setText(self.tr("Language"))
        self.which_label.setText(self.tr("Which items"))
        self.paper_label.setText(self.tr("Paper"))
        self.sensitive_label.setText(self.tr("Sensitive items"))
        self.sensitive.setText(self.tr("Include items marked sensitive"))
        self.paths.setText(self.tr("Also show where imported files were on this computer"))
        self.paths.setToolTip(self.tr(
            "Off by default: folder names usually contain your name on this computer."))
        self.sensitive_hint.setText(self.tr(
            "Off by default. Items you marked sensitive (for example intimate pictures) and items in which "
            "a photo you are looking for was found are left out of the bundle and blurred in the PDF. "
            "Include them only for a court or an investigator who must see them, and never send them "
            "to anyone else: in some countries even passing on such pictures can be used against you."))
        self.out_label.setText(self.tr("Save as"))
        self.choose.setText(self.tr("Choose…"))
        self.make_btn.setText(self.tr("Make the dossier"))
        self.close_btn.setText(self.tr("Stop") if self._running else self.tr("Close"))
        self.show_btn.setText(self.tr("Show in folder"))
        self.split_label.setText(self.tr("E-filing"))
        self.split.setText(self.tr("Split for e-filing, at most"))
        self.split_mb.setSuffix(self.tr(" MB per file"))
        self.split_hint.setText(self.tr(
            "Court e-filing systems limit the size of each file. The dossier is cut into volumes within "
            "this size; each has the cover and the full index, and the last one the appendices."))
        self.chat_label.setText(self.tr("Chat messages"))
        cur = self.chat_msgs.currentData() or "marked"
        self.chat_msgs.clear()
        self.chat_msgs.addItem(self.tr("Only the messages I marked"), "marked")
        self.chat_msgs.addItem(self.tr("All messages"), "all")
        self.chat_msgs.setCurrentIndex(max(0, self.chat_msgs.findData(cur)))
        self.chat_msgs_hint.setText(self.tr(
            "The dossier always says how many messages the chat has. A chat in which you marked no "
            "message is shown whole."))
        self.platform_label.setText(self.tr("Platform"))
        self.platform_hint.setText(self.tr(
            "A report goes to one platform: each file shows only that platform's posts, never the others'. "
            "Every picture in it is blurred."))
        self._fill_which()
        self._fill_platforms()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
