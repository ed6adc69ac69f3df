"""Watched pages in the app: the runner that captures due watches while the app is open, and the
"Watched pages" window (add, remove, capture now, each watch's history, keep watching with the window closed).

`WatchRunner` never blocks the window: which watches are due is read from the vault's replayed
state (in memory); captures go through the same capture queue as "Save links" (so they show there
with their progress); recording a run and looking for her photos in it run on the vault's writer
thread; fingerprinting items sealed before this version runs on a worker of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from evidence_kit import perceptual
from evidence_kit import watches as W
from evidence_kit.timeutil import local_text

from . import fit, i18n, style
from .tasks import Worker

CHECK_MS = 60_000          # how often the runner looks for due watches while the app is open


class WatchRunner(QObject):
    """Captures due watches while the app is open; fingerprints older items once, in the background."""

    runRecorded = Signal(str, object)           # watch id, run dict
    runFailed = Signal(str, str)                # watch id, words
    matchFound = Signal(object, object)         # Item, [perceptual.Match]
    marksChanged = Signal(object)               # {item id: number of matching files}
    fingerprinting = Signal(int, int)           # done, total (background fingerprinting)

    def __init__(self, session, capture_queue=None, parent=None, *, check_ms: int = CHECK_MS):
        super().__init__(parent)
        self.session = session
        self.queue = capture_queue
        self._jobs: dict[int, str] = {}          # capture job -> watch id
        self._stopped = False
        self.marks: dict[str, int] = {}
        self.worker = Worker("fingerprints")
        if capture_queue is not None:
            capture_queue.backend.sealed.connect(self._sealed)
            capture_queue.backend.failed.connect(self._failed)
            capture_queue.backend.cancelled.connect(lambda job: self._jobs.pop(job, None))
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check_due)
        self.timer.start()
        QTimer.singleShot(0, self._start_fingerprints)
        QTimer.singleShot(0, self.check_due)

    # ------------------------------------------------------------------ fingerprints of old items
    def _start_fingerprints(self):
        if self._stopped:
            return
        from .tasks import on_gui

        def progress(done, total):
            on_gui(lambda: self.fingerprinting.emit(done, total), self)

        def job():
            return perceptual.fingerprint_missing(self.session.vault, progress=progress,
                                                  should_stop=lambda: self._stopped or self.session.stop_event.is_set())

        self.worker.submit(job, owner=self, on_done=lambda _n: self.refresh_marks(),
                           on_error=lambda _e: self.refresh_marks())

    def refresh_marks(self):
        if self._stopped:
            return

        def done(marks):
            self.marks = marks
            self.marksChanged.emit(marks)

        self.session.read(perceptual.matched_item_ids, on_done=done, owner=self)

    # ------------------------------------------------------------------ runs
    def in_flight(self) -> set[str]:
        return set(self._jobs.values())

    def check_due(self):
        if self._stopped or self.queue is None:
            return
        busy = self.in_flight()
        self.run([w for w in W.due_watches(self.session.vault) if w["id"] not in busy])

    def run(self, chosen: list[dict]):
        """Capture these watches now (through the capture queue)."""
        if self._stopped or self.queue is None:
            return
        busy = self.in_flight()
        for w in chosen:
            if w["id"] in busy:
                continue
            for job in self.queue.add([w["url"]], w.get("case", ""), {"watch": w["id"]}):
                self._jobs[job.id] = w["id"]

    def _sealed(self, job: int, item):
        wid = self._jobs.pop(job, None)
        if wid is None or self._stopped:
            return

        def record(vault):
            run = W.record_run(vault, wid, item)
            found = perceptual.find_matches(vault, item_ids=[item.id]).matches if item.status == "sealed" else []
            return run, found

        def done(res):
            run, found = res
            self.runRecorded.emit(wid, run)
            if found:
                self.matchFound.emit(item, found)
                self.refresh_marks()

        self.session.write(record, on_done=done, owner=self,
                           on_error=lambda exc: self.runFailed.emit(wid, i18n.error_text(exc)))

    def _failed(self, job: int, words: str, _retry: bool):
        wid = self._jobs.pop(job, None)
        if wid is not None:
            self.runFailed.emit(wid, words)

    def shutdown(self):
        self._stopped = True
        self.timer.stop()
        self.worker.shutdown(wait=True)


EVERY_CHOICES = (1800, 3600, 6 * 3600, 12 * 3600, 86400)


class WatchDialog(QDialog):
    """"Watched pages": add, remove, capture now, history, and how to run it with the app closed."""

    def __init__(self, session, runner: WatchRunner, case_getter=lambda: None, parent=None, *,
                 tray_available=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.runner = runner
        self.case_getter = case_getter
        self._watches: list[dict] = []
        self.setWindowIcon(parent.windowIcon() if parent else self.windowIcon())
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.url = QLineEdit()
        self.every = QComboBox()
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("primary")
        self.add_btn.clicked.connect(self._add)
        row.addWidget(self.url, 1)
        row.addWidget(self.every)
        row.addWidget(self.add_btn)
        lay.addLayout(row)
        self.table = QTableWidget(0, 5)
        fit.whole_headers(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 140), (3, 190), (4, 140)):
            hh.resizeSection(col, width)
        self.table.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self._run_selected)
        self.run_all_btn = QPushButton()
        self.run_all_btn.clicked.connect(lambda: self.runner.run(W.watches(self.session.vault)))
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self._remove)
        for b in (self.run_btn, self.run_all_btn, self.remove_btn):
            row.addWidget(b)
        lay.addLayout(row)
        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: bold")
        lay.addWidget(self.history_title)
        self.history = QTableWidget(0, 4)
        fit.whole_headers(self.history)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().resizeSection(0, 190)
        lay.addWidget(self.history, 2)
        # watching with the window closed: the app stays in the tray with the vault open in
        # memory (ui/tray.py); no passphrase is kept anywhere for it
        from .tray import KEEP_WATCHING, system_tray_available

        self.has_tray = bool((tray_available or system_tray_available)())
        self.keep = QCheckBox()
        self.keep.setChecked(bool(session.setting(KEEP_WATCHING)) and self.has_tray)
        self.keep.setEnabled(self.has_tray)
        self.keep.toggled.connect(lambda on: session.set_settings({KEEP_WATCHING: bool(on)}, owner=self,
                                                                  on_error=self._error))
        lay.addWidget(self.keep)
        self.schedule = style.hint()
        self.schedule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.schedule)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.hide)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        runner.runRecorded.connect(lambda *_: self.reload())
        runner.runFailed.connect(self._run_failed)
        session.itemsChanged.connect(self.reload)
        self.resize(960, 620)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self):
        chosen = self.current()
        self._watches = W.watches(self.session.vault)
        busy = self.runner.in_flight()
        self.table.setRowCount(len(self._watches))
        for r, w in enumerate(self._watches):
            last = w["runs"][-1] if w["runs"] else None
            due = W.next_due(w)
            if w["id"] in busy:
                nxt = self.tr("Saving now…")
            elif due is None or W.is_due(w):
                nxt = self.tr("Due now")
            else:
                nxt = local_text(due)[:16]
            cells = [w["url"], self._every_words(w["every_s"]),
                     local_text(last["at"])[:16] if last else self.tr("Not saved yet"),
                     W.change_words(last, i18n.current()) if last else "", nxt]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setToolTip(text)
                self.table.setItem(r, c, it)
        if chosen is not None:
            for r, w in enumerate(self._watches):
                if w["id"] == chosen["id"]:
                    self.table.selectRow(r)
        self._selected()

    def current(self) -> dict | None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return self._watches[rows[0]] if rows and rows[0] < len(self._watches) else None

    def _selected(self):
        w = self.current()
        self.run_btn.setEnabled(w is not None and self.runner.queue is not None)
        self.remove_btn.setEnabled(w is not None)
        self.run_all_btn.setEnabled(bool(self._watches) and self.runner.queue is not None)
        runs = list(reversed(w["runs"])) if w else []
        self.history.setRowCount(len(runs))
        for r, run in enumerate(runs):
            cells = [local_text(run["at"]), run.get("exhibit", ""), str(run.get("http_status") or "—"),
                     W.change_words(run, i18n.current())]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setToolTip(text)
                self.history.setItem(r, c, it)

    def _every_words(self, seconds: int) -> str:
        return W.every_words(seconds, i18n.current())

    # ------------------------------------------------------------------ actions
    def _add(self):
        from capture.urls import normalise_url

        url = normalise_url(self.url.text())
        if url is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "That is not a web address. Paste an address that starts with http:// or https://."))
            return
        every = self.every.currentData() or W.DEFAULT_EVERY_S
        case = self.case_getter() or None          # no case chosen: a watched page keeps its own

        def done(res):
            self.url.clear()
            self.reload()
            w, _created = res
            self.status.setText(self.tr("Watching {url}. It is saved now and then again and again.").format(url=w["url"]))
            self.runner.run([w])

        self.session.write(lambda v: W.add_watch(v, url, every_s=every, case=case), owner=self,
                           on_done=done, on_error=self._error, items_changed=False)

    def _run_selected(self):
        w = self.current()
        if w is not None:
            self.runner.run([w])
            self.reload()

    def _remove(self):
        w = self.current()
        if w is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Stop watching {url}? The pages already saved stay in the vault.").format(url=w["url"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.write(lambda v: W.remove_watch(v, w["id"]), owner=self, items_changed=False,
                           on_done=lambda _: self.reload(), on_error=self._error)

    def _run_failed(self, wid: str, words: str):
        w = next((x for x in self._watches if x["id"] == wid), None)
        if w is not None:
            self.status.setText(self.tr("{url} could not be saved: {reason}").format(url=w["url"], reason=words))
        self.reload()

    def _error(self, exc):
        QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc))

    # ------------------------------------------------------------------ words
    def retranslate(self):
        self.setWindowTitle(self.tr("Watched pages"))
        self.intro.setText(self.tr(
            "A watched page is saved again and again while this app is open. Each time is sealed as "
            "evidence and compared with the time before: posts added or removed, text edited, the page "
            "taken down or back. If a photo you are looking for appears, you are told."))
        self.url.setPlaceholderText("https://t.me/s/…")
        current = self.every.currentData()
        self.every.clear()
        for s in EVERY_CHOICES:
            self.every.addItem(self._every_words(s), s)
        self.every.setCurrentIndex(max(0, self.every.findData(current or W.DEFAULT_EVERY_S)))
        self.add_btn.setText(self.tr("Watch this page"))
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("How often"), self.tr("Last saved"),
                                              self.tr("What changed"), self.tr("Next time")])
        self.history.setHorizontalHeaderLabels([self.tr("Saved (local time)"), self.tr("Exhibit"),
                                                self.tr("Answer"), self.tr("What changed")])
        self.history_title.setText(self.tr("Every time the chosen page was saved"))
        self.run_btn.setText(self.tr("Save it now"))
        self.run_all_btn.setText(self.tr("Save all now"))
        self.remove_btn.setText(self.tr("Stop watching"))
        self.close_btn.setText(self.tr("Close"))
        self.keep.setText(self.tr("Keep watching while the window is closed"))
        neutral = bool(getattr(self.parent(), "neutral", False))     # "Notes", if she chose that
        app = style.window_title(neutral)
        if self.has_tray:
            self.schedule.setText(self.tr(
                "Closing the window then leaves {app} next to the clock (in the system tray) "
                "with the vault open in this computer's memory, saving each watched page when it is "
                "due. Showing the window again asks for your passphrase; Quit or Quick exit in the "
                "icon's menu stops it. Your passphrase is never written anywhere.").format(app=app))
        else:
            from .tray import no_tray_words

            self.schedule.setText(no_tray_words(neutral))
        if hasattr(self, "_watches"):
            self.reload()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
