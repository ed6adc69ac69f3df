"""The main window: cases on the left, the evidence table in the middle, the chosen item on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMainWindow, QMenu, QMessageBox, QProgressBar, QPushButton,
                               QSplitter, QTableView, QToolBar, QToolButton, QVBoxLayout, QWidget)

from evidence_kit.importer import import_paths
from evidence_kit.model import Item

from . import file_choice, fit, i18n, style
from .capture_queue import CaptureDialog, CaptureQueue, find_links
from .detail import DetailPane
from .models import (COL_CAPTURED, COL_EXHIBIT, COL_SENSITIVE, COL_SITE, COL_STATUS, COL_TITLE,
                     EvidenceFilterModel, EvidenceTableModel)
from .safety import QuickExitButton
from .session import VaultSession
from .tasks import Cancelled, on_gui

ALL_CASES = "\x00all"


class MainWindow(QMainWindow):
    lockRequested = Signal()
    destroyRequested = Signal()        # delete this vault from this computer (Settings, confirmed)
    settingsSaved = Signal()
    languageChosen = Signal(str)
    neutralChanged = Signal(bool)

    def __init__(self, session: VaultSession, capture_queue: CaptureQueue | None = None,
                 neutral: bool = False, export_runner=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.neutral = neutral
        self.export_runner = export_runner
        self.capture_queue = capture_queue
        self.capture_dialog: CaptureDialog | None = None
        self._import_stop = False
        self._importing = False
        self.setAcceptDrops(True)
        self.setWindowIcon(style.app_icon(neutral))

        self._build_toolbar()
        self._build_body()
        self._build_status()

        session.itemsChanged.connect(self._schedule_reload)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        from .stamping import BackgroundStamper

        self.stamper = BackgroundStamper(session, self)    # trusted time for what gets sealed
        if capture_queue is not None:
            capture_queue.itemSealed.connect(lambda _item: self._schedule_reload())
            capture_queue.itemSealed.connect(lambda _item: self.stamper.kick())
            capture_queue.changed.connect(self._update_status)

        self._build_watching()
        self._build_backups()
        self.resize(1280, 780)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ building
    def _build_toolbar(self):
        # The top strip: the toolbar, and Quick exit beside it rather than in it. A toolbar folds
        # what does not fit into its "»" menu, last action first, and Quick exit was last: in
        # Russian and Tajik at 1024 pixels it was folded away. Here the toolbar's own actions
        # fold first and Quick exit keeps its full width, at every window size and language.
        tb = QToolBar()
        tb.setMovable(False)
        tb.setFloatable(False)
        tb.setIconSize(QSize(22, 22))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = tb
        top = QWidget()
        top.setObjectName("topBar")
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(8)
        row.addWidget(tb, 1)
        self.quick_exit = QuickExitButton()
        row.addWidget(self.quick_exit, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setMenuWidget(top)
        self.top_bar = top

        def act(icon_name, slot):
            a = QAction(style.icon(icon_name), "", self)
            a.triggered.connect(slot)
            tb.addAction(a)
            return a

        self.act_capture = act("link", self.open_capture)
        self.act_import = act("add-file", self.choose_files)
        # files or a whole folder (a phone's screenshots, a chat export): the button's menu
        self.import_menu = QMenu(self)
        self.act_import_files = self.import_menu.addAction(style.icon("add-file"), "")
        self.act_import_files.triggered.connect(self.choose_files)
        self.act_import_folder = self.import_menu.addAction("")
        self.act_import_folder.triggered.connect(self.choose_folder)
        import_btn = tb.widgetForAction(self.act_import)
        if isinstance(import_btn, QToolButton):
            import_btn.setMenu(self.import_menu)
            import_btn.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.act_export = act("export", self.open_export)
        # a case handed to a lawyer, encrypted to her key, and a case received from a client
        self.act_handover = act("lock", self.open_share)
        self.handover_menu = QMenu(self)
        self.act_share = self.handover_menu.addAction("")
        self.act_share.triggered.connect(self.open_share)
        self.act_receive = self.handover_menu.addAction("")
        self.act_receive.triggered.connect(lambda: self.open_receive())
        handover_btn = tb.widgetForAction(self.act_handover)
        if isinstance(handover_btn, QToolButton):
            handover_btn.setMenu(self.handover_menu)
            handover_btn.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.act_watch = act("watch", self.open_watches)
        self.act_references = act("find-photo", self.open_references)
        tb.addSeparator()
        self.act_verify = act("check", self.open_verify)
        self.act_settings = act("settings", self.open_settings)
        self.act_help = act("help", self.open_help)
        self.act_lock = act("lock", self.lockRequested.emit)

    def _build_body(self):
        split = QSplitter()
        # left: cases
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 0, 6)
        self.cases_title = QLabel()
        self.cases_title.setStyleSheet("font-weight: bold")
        self.cases = QListWidget()
        self.cases.currentItemChanged.connect(self._case_changed)
        self.new_case_btn = QPushButton()
        self.new_case_btn.clicked.connect(self.new_case)
        self.rename_case_btn = QPushButton()
        self.rename_case_btn.clicked.connect(self.rename_case)
        ll.addWidget(self.cases_title)
        ll.addWidget(self.cases, 1)
        ll.addWidget(self.new_case_btn)
        ll.addWidget(self.rename_case_btn)
        # middle: search and table
        mid = QWidget()
        ml = QVBoxLayout(mid)
        ml.setContentsMargins(0, 6, 0, 6)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(lambda: self.proxy.set_search(self.search.text()))
        ml.addWidget(self.search)
        self.model = EvidenceTableModel(self)
        self.proxy = EvidenceFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        fit.whole_headers(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CAPTURED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        vh = self.table.verticalHeader()
        vh.hide()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, w in ((COL_EXHIBIT, 74), (COL_SITE, 120), (COL_CAPTURED, 172), (COL_STATUS, 100),
                       (COL_SENSITIVE, 220)):   # wide enough for "Matches a photo you are looking for"
            hh.resizeSection(col, w)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_status())
        ml.addWidget(self.table, 1)
        self.empty_hint = style.hint()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ml.addWidget(self.empty_hint)
        self.middle_layout = ml
        # right: the detail pane
        self.detail = DetailPane(self.session)
        self.detail.itemChanged.connect(self._item_updated)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 6, 6, 6)
        rl.addWidget(self.detail)
        split.addWidget(left)
        split.addWidget(mid)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([170, 760, 470])
        self.setCentralWidget(split)

    def _build_status(self):
        sb = self.statusBar()
        self.status_text = QLabel()
        sb.addWidget(self.status_text, 1)
        self.import_progress = QProgressBar()
        self.import_progress.setMaximumWidth(220)
        self.import_progress.hide()
        self.import_stop = QPushButton()
        self.import_stop.hide()
        self.import_stop.clicked.connect(self._stop_import)
        sb.addPermanentWidget(self.import_progress)
        sb.addPermanentWidget(self.import_stop)

    # ------------------------------------------------------------------ data
    def _schedule_reload(self):
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def reload(self):
        """Read the index again (it is in memory: fast) and keep the chosen item chosen."""
        vault = self.session.vault
        current = self.current_item()
        selected = set(self.selected_ids())
        items = vault.items()
        self.model.sync(items)
        runner = getattr(self, "watch_runner", None)
        if runner is not None and len(items) != getattr(self, "_marks_for", None):
            self._marks_for = len(items)      # new items: look for her photos in them (the row says so)
            runner.refresh_marks()
        cases = vault.cases()
        if cases != getattr(self, "_shown_cases", None):
            self._fill_cases(cases)
            self._shown_cases = cases
        if selected:
            sel = self.table.selectionModel()
            for iid in selected:
                row = self.model.row_of(iid)
                if row >= 0:
                    idx = self.proxy.mapFromSource(self.model.index(row, 0))
                    if idx.isValid():
                        sel.select(idx, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        if current is not None:
            row = self.model.row_of(current.id)
            if row >= 0:
                idx = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.NoUpdate)
                if self.model.item_at(row) != current:     # redraw the details only if they changed
                    self.detail.show_item(self.model.item_at(row))
        self._update_status()

    def _fill_cases(self, cases: list[str]):
        current = self.current_case()
        self.cases.blockSignals(True)
        self.cases.clear()
        all_item = QListWidgetItem(self.tr("All evidence"))
        all_item.setData(Qt.ItemDataRole.UserRole, ALL_CASES)
        self.cases.addItem(all_item)
        for c in cases:
            li = QListWidgetItem(c)
            li.setData(Qt.ItemDataRole.UserRole, c)
            self.cases.addItem(li)
        target = 0
        for i in range(self.cases.count()):
            if self.cases.item(i).data(Qt.ItemDataRole.UserRole) == (current if current is not None else ALL_CASES):
                target = i
        self.cases.setCurrentRow(target)
        self.cases.blockSignals(False)
        self.detail.set_cases(cases)
        self.rename_case_btn.setEnabled(self.current_case() is not None)

    def current_case(self) -> str | None:
        li = self.cases.currentItem()
        if li is None:
            return None
        v = li.data(Qt.ItemDataRole.UserRole)
        return None if v == ALL_CASES else v

    def current_item(self) -> Item | None:
        return self.proxy.item(self.table.currentIndex())

    def selected_ids(self) -> list[str]:
        out = []
        for idx in self.table.selectionModel().selectedRows():
            it = self.proxy.item(idx)
            if it is not None:
                out.append(it.id)
        return out

    def _case_changed(self, *_):
        self.proxy.set_case(self.current_case())
        self.rename_case_btn.setEnabled(self.current_case() is not None)
        self._update_status()

    def _search_changed(self, _):
        self._search_timer.start()

    def _current_changed(self, current, _previous):
        self.detail.show_item(self.proxy.item(current))
        self._show_match_button()

    def _item_updated(self, item: Item):
        self.model.update_item(item)
        self._update_status()

    def _update_status(self):
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        # the plural form follows the total ("1 of 5 items", Russian "1 из 5 записей")
        parts = [self.tr("{shown} of %n item(s) shown", "", total).format(shown=shown)]
        n_sel = len(self.table.selectionModel().selectedRows())
        if n_sel > 1:
            parts.append(self.tr("%n selected", "", n_sel))
        q = self.capture_queue
        if q is not None and q.active():
            parts.append(self.tr("Saving pages: %n still to do", "", q.active()))
        self.status_text.setText("   ·   ".join(parts))
        self.empty_hint.setVisible(total == 0)

    # ------------------------------------------------------------------ cases
    def new_case(self):
        name, ok = QInputDialog.getText(self, self.tr("New case"), self.tr(
            "A name for the case (for example the channel, the person or the date):"))
        name = name.strip()
        if ok and name:
            self.session.write(lambda v: v.create_case(name), owner=self, on_error=self._error,
                               on_done=lambda _: self._select_case_later(name))

    def rename_case(self):
        old = self.current_case()
        if old is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename the case"), self.tr("New name:"), text=old)
        name = name.strip()
        if ok and name and name != old:
            self.session.write(lambda v: v.rename_case(old, name), owner=self, on_error=self._error,
                               on_done=lambda _: self._select_case_later(name))

    def _select_case_later(self, name: str):
        self.reload()
        for i in range(self.cases.count()):
            if self.cases.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.cases.setCurrentRow(i)

    # ------------------------------------------------------------------ import (drop or dialog)
    def dragEnterEvent(self, event):  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        md = event.mimeData()
        local = [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []
        web = [u.toString() for u in md.urls() if u.scheme() in ("http", "https")] if md.hasUrls() else []
        if not local and not web and md.hasText():
            web = find_links(md.text())
        if local:
            event.acceptProposedAction()
            from .share_view import is_share_file

            shares = [p for p in local if is_share_file(p)]
            if shares:                         # a case sent with Evidence Kit: received, not imported
                self.open_receive(shares[0])
                local = [p for p in local if p not in shares]
            if local:
                self.import_files(local)
        elif web:
            event.acceptProposedAction()
            self.open_capture(web)

    def choose_files(self):
        paths = file_choice.open_files(self, self.tr("Choose files to add"))
        if paths:
            self.import_files(paths)

    def choose_folder(self):
        d = file_choice.folder(self, self.tr("Choose a folder to add"))
        if d:
            self.add_folder(d)

    def add_folder(self, path: str):
        """Add every file in a folder and its subfolders (each file becomes one sealed item)."""
        self.import_files([path])

    def import_files(self, paths: list[str]):
        if self._importing:
            QMessageBox.information(self, self.windowTitle(), self.tr("Files are still being added. Please wait a moment."))
            return
        self._importing = True
        # chat exports are recognised first (off the GUI thread): WhatsApp's need the phone's zone
        from evidence_kit.chats import plan

        self.session.read(lambda _v: plan(paths), owner=self, on_error=self._import_failed,
                          on_done=lambda found: self._planned(paths, found))

    def _planned(self, paths: list[str], found):
        tz = None
        if found.needs_zone:
            from . import chat_import

            tz = chat_import.ask_zone(self)
            if tz is None:                     # she cancelled: nothing is imported
                self._importing = False
                return
        self._start_import(paths, tz)

    def _start_import(self, paths: list[str], tz: str | None):
        self._import_stop = False
        case = self.current_case() or ""
        self.import_progress.setRange(0, 0)
        self.import_progress.show()
        self.import_stop.show()

        def progress(n, total, path):
            on_gui(lambda: self._import_progress(n, total, Path(path).name), self)

        def should_stop():
            return self._import_stop or self.session.stop_event.is_set()

        self.session.write(lambda v: import_paths(v, paths, case=case, progress=progress, should_stop=should_stop,
                                                  tz=tz),
                           owner=self, on_done=self._import_done, on_error=self._import_failed)

    def _import_progress(self, n, total, name):
        self.import_progress.setRange(0, total)
        self.import_progress.setValue(n - 1)
        self.import_progress.setFormat(f"{n}/{total}")
        self.status_text.setText(self.tr("Adding {name}…").format(name=name))

    def _stop_import(self):
        self._import_stop = True

    def _import_finished_ui(self):
        self._importing = False
        self.import_progress.hide()
        self.import_stop.hide()

    def _import_done(self, result):
        self._import_finished_ui()
        self.stamper.kick()
        self.reload()
        n = len(result.items)
        if result.items:
            last = result.items[-1]
            row = self.model.row_of(last.id)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        if result.failed or result.skipped or result.duplicates or result.notes:
            lines = [self.tr("%n file(s) added.", "", n)]
            for name, exhibit in result.duplicates[:20]:
                lines.append(i18n.core("import.chat_duplicate", name=name, exhibit=exhibit))
            lines += [i18n.core(key, **params) for key, params in result.notes[:10]]
            for path, exc in result.failed[:20]:
                lines.append(self.tr("Not added: {name} — {reason}").format(name=Path(path).name,
                                                                            reason=exc.message(i18n.current())))
            if result.skipped:
                lines.append(self.tr("%n file(s) skipped (links or special files).", "", len(result.skipped)))
            QMessageBox.warning(self, self.windowTitle(), "\n".join(lines))
        self.statusBar().showMessage(self.tr("Added %n file(s); each one is sealed.", "", n), 8000)
        self._update_status()

    def _import_failed(self, exc):
        self._import_finished_ui()
        self.reload()
        self._error(exc)

    # ------------------------------------------------------------------ other windows
    def open_capture(self, urls: list[str] | None = None):
        if self.capture_queue is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Saving pages is not available in this copy of the app."))
            return
        if self.capture_dialog is None:
            from .accounts import account_names

            self.capture_dialog = CaptureDialog(self.capture_queue, self.current_case, self,
                                                accounts_getter=lambda: account_names(self.session))
            self.capture_dialog.account_row.setVisible(getattr(self.capture_queue.backend, "supports_login", False))
        self.capture_dialog.refresh_accounts()
        if urls:
            self.capture_dialog.add_links(urls)
        self.capture_dialog.show()
        self.capture_dialog.raise_()
        self.capture_dialog.activateWindow()

    def open_export(self):
        from .export_dialog import ExportDialog

        dlg = ExportDialog(self.session, self.model.items(), self.selected_ids(), self.current_case(),
                           runner=self.export_runner, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def open_share(self):
        from .share_view import ShareDialog

        dlg = ShareDialog(self.session, self.selected_ids(), self.current_case(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def open_receive(self, path: str | None = None):
        from .share_view import ReceiveDialog

        dlg = ReceiveDialog(self.session, path, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        if path:
            dlg.open_file()
        return dlg

    def open_verify(self):
        from .dialogs import VerifyDialog

        dlg = VerifyDialog(self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        dlg.start()
        return dlg

    def open_settings(self):
        from .dialogs import SettingsDialog

        dlg = SettingsDialog(self.session, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.languageChosen.connect(self.languageChosen.emit)
        dlg.neutralChanged.connect(self.neutralChanged.emit)
        dlg.accepted.connect(self.settingsSaved.emit)
        dlg.lockNeeded.connect(self.lockRequested.emit)
        dlg.destroyNeeded.connect(self.destroyRequested.emit)
        dlg.backupsRequested.connect(self.open_backups)
        dlg.show()
        return dlg

    def open_help(self):
        from .dialogs import HelpDialog

        dlg = HelpDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    def _error(self, exc):
        QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc))

    # ------------------------------------------------------------------ watches and her photos
    def _build_watching(self):
        from .watch_view import WatchRunner

        self.watch_dialog = None
        from .tray import system_tray_available

        self.tray_available = system_tray_available    # the app's controller may say otherwise
        self.references_dialog = None
        self.watch_runner = WatchRunner(self.session, self.capture_queue, self)
        self.watch_runner.marksChanged.connect(self.model.set_marks)
        self.watch_runner.marksChanged.connect(lambda _m: self._show_match_button())
        self.watch_runner.matchFound.connect(self._announce_match)
        self.match_btn = QPushButton()
        self.match_btn.hide()
        self.match_btn.clicked.connect(self.show_current_match)
        self.statusBar().addPermanentWidget(self.match_btn)

    def _show_match_button(self):
        it = self.current_item()
        self.match_btn.setVisible(it is not None and self.model.is_marked(it.id))

    def open_watches(self):
        from .watch_view import WatchDialog

        if self.watch_dialog is None:
            self.watch_dialog = WatchDialog(self.session, self.watch_runner, self.current_case, self,
                                            tray_available=self.tray_available)
        self.watch_dialog.reload()
        self.watch_dialog.show()
        self.watch_dialog.raise_()
        return self.watch_dialog

    def open_references(self):
        from .references_view import ReferencesDialog

        if self.references_dialog is None:
            self.references_dialog = ReferencesDialog(self.session, self.watch_runner, self)
        self.references_dialog.reload()
        self.references_dialog.show()
        self.references_dialog.raise_()
        return self.references_dialog

    def show_current_match(self):
        """The chosen item's match, side by side with her photo (both blurred)."""
        from evidence_kit.perceptual import find_matches

        from .references_view import MatchDialog

        it = self.current_item()
        if it is None:
            return

        def done(matches):
            if matches:
                dlg = MatchDialog(self.session, matches[0], self)
                dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dlg.show()
                self.last_match_dialog = dlg

        self.session.read(lambda v: find_matches(v, item_ids=[it.id]).matches, on_done=done, owner=self)

    def _announce_match(self, item, matches):
        """A watch run found a photo she is looking for: say so at once, calmly, without showing it."""
        m = matches[0]
        text = self.tr("A photo you are looking for appeared on a watched page: {exhibit} ({name}) "
                       "matches {reference}. Nothing is shown until you choose to see it.").format(
            exhibit=m.exhibit, name=m.artifact, reference=m.reference_exhibit)
        self.statusBar().showMessage(text, 60_000)
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text, QMessageBox.StandardButton.Close, self)
        side = box.addButton(self.tr("Show side by side"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)

        def clicked(button):
            if button is side:
                from .references_view import MatchDialog

                dlg = MatchDialog(self.session, m, self)
                dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dlg.show()
                self.last_match_dialog = dlg

        box.buttonClicked.connect(clicked)
        box.show()
        self.last_announcement = box

    def shutdown_watching(self):
        self.watch_runner.shutdown()
        self.backups.shutdown()              # a run under way stops safely: its last complete run stays

    # ------------------------------------------------------------------ backups
    def _build_backups(self):
        """The line about the last good backup, runs with their progress in the status bar, the
        offer when a backup's folder appears (ui/backup_view.py)."""
        from .backup_view import MainWindowBackups

        self.backups = MainWindowBackups(self)
        self.middle_layout.addWidget(self.backups.line)

    def open_backups(self):
        return self.backups.open_dialog()

    def set_neutral(self, neutral: bool):
        self.neutral = neutral
        self.setWindowIcon(style.app_icon(neutral))
        self.setWindowTitle(style.window_title(neutral))

    # ------------------------------------------------------------------ words
    def retranslate(self):
        self.setWindowTitle(style.window_title(self.neutral))
        self.act_capture.setText(self.tr("Save links"))
        self.act_capture.setToolTip(self.tr("Save pages from their links (Telegram, Instagram, YouTube…)"))
        self.act_import.setText(self.tr("Add files"))
        self.act_import.setToolTip(self.tr("Add screenshots, videos or chat exports you already have. "
                                           "You can also drop them on this window."))
        self.act_import_files.setText(self.tr("Add files…"))
        self.act_import_folder.setText(self.tr("Add a folder…"))
        self.act_import_folder.setToolTip(self.tr("Add every file in a folder and its subfolders, "
                                                  "for example a phone's screenshots or a chat export."))
        self.act_export.setText(self.tr("Make a dossier"))
        self.act_handover.setText(self.tr("Send to my lawyer"))
        self.act_handover.setToolTip(self.tr("Save the case encrypted to your lawyer's key, safe to send by any messenger; "
                                             "or receive a case sent to this vault"))
        self.act_share.setText(self.tr("Send to my lawyer…"))
        self.act_receive.setText(self.tr("Receive a case…"))
        self.act_watch.setText(self.tr("Watched pages"))
        self.act_watch.setToolTip(self.tr("Pages saved again and again, with what changed each time"))
        self.act_references.setText(self.tr("Photos to look for"))
        self.act_references.setToolTip(self.tr("Be told when a photo of you appears in a page you save"))
        self.match_btn.setText(self.tr("Show the match side by side"))
        self.act_verify.setText(self.tr("Check"))
        self.act_verify.setToolTip(self.tr("Check that nothing in the vault was changed"))
        self.act_settings.setText(self.tr("Settings"))
        self.act_help.setText(self.tr("Help"))
        self.act_lock.setText(self.tr("Lock"))
        self.act_lock.setToolTip(self.tr("Lock the vault now; your passphrase opens it again"))
        self.cases_title.setText(self.tr("Cases"))
        self.new_case_btn.setText(self.tr("New case…"))
        self.rename_case_btn.setText(self.tr("Rename…"))
        fit.placeholder(self.search, self.tr("Search titles, sites, links and notes"))
        self.empty_hint.setText(self.tr(
            "Nothing saved yet. Click \u201cSave links\u201d to save pages from their addresses, or drop "
            "screenshots and other files here."))
        self.import_stop.setText(self.tr("Stop adding"))
        self.backups.retranslate()
        self.model.retranslate()
        if self.cases.count():
            self.cases.item(0).setText(self.tr("All evidence"))
        self._update_status()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event):  # noqa: N802
        # closing the main window is a normal quit: the controller locks the vault first
        event.accept()


__all__ = ["MainWindow", "QToolButton", "Cancelled"]
