"""Saving pages from links: a queue with each link's progress and result, cancel and retry.

The window never drives a browser itself. It talks to a `CaptureBackend`, which emits Qt signals
on the GUI thread:

    progress(job, words)     started(job)     sealed(job, Item)     failed(job, words, can_retry)
    cancelled(job)

`ServiceBackend` adapts the real `capture.CaptureService` (Playwright on its own thread);
tests and the bench may pass any other backend with the same signals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt,
                            Signal)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPlainTextEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from evidence_kit.model import Item

from . import fit, style

URL_RE = re.compile(r"""https?://[^\s<>"'\]\[)(]+""", re.IGNORECASE)


def find_links(text: str) -> list[str]:
    """Every http(s) link in the text, in order, once each, trailing punctuation removed."""
    out: list[str] = []
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:!?»”’")
        if url not in out:
            out.append(url)
    return out


class CaptureBackend(QObject):
    started = Signal(int)
    progress = Signal(int, str)
    sealed = Signal(int, object)
    failed = Signal(int, str, bool)
    cancelled = Signal(int)

    def submit(self, job: int, url: str, case: str, options: dict) -> None:
        raise NotImplementedError

    def cancel(self, job: int) -> None:
        raise NotImplementedError

    def shutdown(self) -> None:
        """Stop: drop what is waiting, let the page in hand finish or stop, end the thread."""


# ------------------------------------------------------------------------------------- the queue
WAITING, RUNNING, SEALED, FAILED, CANCELLED = "waiting", "running", "sealed", "failed", "cancelled"


@dataclass
class Job:
    id: int
    url: str
    case: str
    state: str = WAITING
    detail: str = ""
    item: Item | None = None
    can_retry: bool = True
    attempts: int = 1
    extra: dict = field(default_factory=dict)


class CaptureQueueModel(QAbstractTableModel):
    COLS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.jobs: list[Job] = []

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [QCoreApplication.translate("CaptureQueueModel", "Link"), QCoreApplication.translate("CaptureQueueModel", "State"), QCoreApplication.translate("CaptureQueueModel", "Details")][section]
        return None

    def state_text(self, job: Job) -> str:
        return {WAITING: QCoreApplication.translate("CaptureQueueModel", "Waiting"), RUNNING: QCoreApplication.translate("CaptureQueueModel", "Saving…"), SEALED: QCoreApplication.translate("CaptureQueueModel", "Sealed"),
                FAILED: QCoreApplication.translate("CaptureQueueModel", "Not saved"), CANCELLED: QCoreApplication.translate("CaptureQueueModel", "Cancelled")}[job.state]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        job = self.jobs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return job.url
            if col == 1:
                return self.state_text(job)
            if job.state == SEALED and job.item is not None:
                code = job.item.http_status
                if code and code >= 400:
                    return QCoreApplication.translate(
                        "CaptureQueueModel", "Saved as {exhibit}. The site answered {code}: the post may "
                        "have been removed; the answer itself is kept as evidence.").format(
                            exhibit=job.item.exhibit, code=code)
                return QCoreApplication.translate("CaptureQueueModel", "Saved as {exhibit}").format(exhibit=job.item.exhibit)
            return job.detail
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return job.detail
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            if job.state == FAILED:
                return QBrush(QColor("#8a2c0f"))
            if job.state == SEALED:
                return QBrush(QColor("#1f5a2c"))
        return None

    def add(self, job: Job) -> None:
        self.beginInsertRows(QModelIndex(), len(self.jobs), len(self.jobs))
        self.jobs.append(job)
        self.endInsertRows()

    def find(self, job_id: int) -> tuple[int, Job | None]:
        for r, j in enumerate(self.jobs):
            if j.id == job_id:
                return r, j
        return -1, None

    def changed(self, job_id: int) -> None:
        r, _ = self.find(job_id)
        if r >= 0:
            self.dataChanged.emit(self.index(r, 0), self.index(r, self.COLS - 1))

    def retranslate(self):
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLS - 1)
        if self.jobs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.jobs) - 1, self.COLS - 1))


class CaptureQueue(QObject):
    """The queue itself (no widgets): jobs in, backend signals back, counts for the window."""

    itemSealed = Signal(object)
    changed = Signal()

    def __init__(self, backend: CaptureBackend, parent=None):
        super().__init__(parent)
        self.backend = backend
        self.model = CaptureQueueModel(self)
        self._next = 1
        backend.started.connect(self._started)
        backend.progress.connect(self._progress)
        backend.sealed.connect(self._sealed)
        backend.failed.connect(self._failed)
        backend.cancelled.connect(self._cancelled)

    def add(self, urls: list[str], case: str, options: dict | None = None) -> list[Job]:
        jobs = []
        for url in urls:
            job = Job(self._next, url, case, extra=dict(options or {}))
            self._next += 1
            self.model.add(job)
            self.backend.submit(job.id, url, case, job.extra)
            jobs.append(job)
        self.changed.emit()
        return jobs

    def retry(self, job: Job) -> None:
        if job.state in (FAILED, CANCELLED):
            job.state, job.detail = WAITING, ""
            job.attempts += 1
            self.model.changed(job.id)
            self.backend.submit(job.id, job.url, job.case, job.extra)
            self.changed.emit()

    def cancel(self, job: Job) -> None:
        if job.state in (WAITING, RUNNING):
            self.backend.cancel(job.id)

    def cancel_all(self) -> None:
        """Cancel what waits, and stop the pages being saved right now."""
        for job in self.model.jobs:
            self.cancel(job)
        if any(j.state == RUNNING for j in self.model.jobs) and hasattr(self.backend, "cancel_running"):
            self.backend.cancel_running()

    def active(self) -> int:
        return sum(j.state in (WAITING, RUNNING) for j in self.model.jobs)

    def counts(self) -> dict[str, int]:
        out = {WAITING: 0, RUNNING: 0, SEALED: 0, FAILED: 0, CANCELLED: 0}
        for j in self.model.jobs:
            out[j.state] += 1
        return out

    def _job(self, job_id: int) -> Job | None:
        return self.model.find(job_id)[1]

    def _started(self, job_id: int):
        job = self._job(job_id)
        if job and job.state == WAITING:
            job.state, job.detail = RUNNING, QCoreApplication.translate("CaptureQueueModel", "Opening the page…")
            self.model.changed(job_id)
            self.changed.emit()

    def _progress(self, job_id: int, words: str):
        job = self._job(job_id)
        if job and job.state in (WAITING, RUNNING):
            job.state, job.detail = RUNNING, words
            self.model.changed(job_id)

    def _sealed(self, job_id: int, item: Item):
        job = self._job(job_id)
        if job:
            job.state, job.item, job.detail = SEALED, item, ""
            if item.status == "failed":
                # the engine kept a record of the failure (e.g. the post is gone: 404)
                job.detail = item.error or ""
            self.model.changed(job_id)
            self.itemSealed.emit(item)
            self.changed.emit()

    def _failed(self, job_id: int, words: str, can_retry: bool):
        job = self._job(job_id)
        if job:
            job.state, job.detail, job.can_retry = FAILED, words, can_retry
            self.model.changed(job_id)
            self.changed.emit()

    def _cancelled(self, job_id: int):
        job = self._job(job_id)
        if job and job.state in (WAITING, RUNNING):
            job.state, job.detail = CANCELLED, ""
            self.model.changed(job_id)
            self.changed.emit()


class CaptureDialog(QDialog):
    """Paste links (or drop a text file with links), watch each one being saved."""

    def __init__(self, queue: CaptureQueue, case_getter, parent=None, accounts_getter=None):
        super().__init__(parent)
        fit.grow(self)
        self.queue = queue
        self.case_getter = case_getter
        self.accounts_getter = accounts_getter or (lambda: [])     # names of the saved accounts
        self.setAcceptDrops(True)
        self.setWindowIcon(parent.windowIcon() if parent else style.app_icon(False))
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.links = QPlainTextEdit()
        self.links.setMaximumHeight(110)
        lay.addWidget(self.links)
        self.visit_note = style.hint()
        lay.addWidget(self.visit_note)
        self.account_row = QWidget()
        ar = QHBoxLayout(self.account_row)
        ar.setContentsMargins(0, 0, 0, 0)
        self.account_label = QLabel()
        self.account = QComboBox()
        self.account.activated.connect(self._account_chosen)
        ar.addWidget(self.account_label)
        ar.addWidget(self.account, 1)
        lay.addWidget(self.account_row)
        self.refresh_accounts()
        row = QHBoxLayout()
        self.case_note = style.hint()
        row.addWidget(self.case_note, 1)
        self.start_btn = QPushButton()
        self.start_btn.setObjectName("primary")
        self.start_btn.clicked.connect(self._start)
        row.addWidget(self.start_btn)
        lay.addLayout(row)
        self.table = QTableView()
        self.table.setModel(queue.model)
        fit.whole_headers(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.resizeSection(0, 300)
        hh.resizeSection(1, 110)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.retry_btn = QPushButton()
        self.retry_btn.clicked.connect(self._retry)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self._cancel)
        self.cancel_all_btn = QPushButton()
        self.cancel_all_btn.clicked.connect(queue.cancel_all)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.hide)
        for b in (self.retry_btn, self.cancel_btn, self.cancel_all_btn, self.close_btn):
            row.addWidget(b)
        lay.addLayout(row)
        queue.changed.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.resize(820, 520)
        self.retranslate()

    def add_links(self, urls: list[str]) -> None:
        text = self.links.toPlainText().strip()
        self.links.setPlainText("\n".join([text] + urls if text else urls))

    # -- drop a text file of links (or links dragged from a browser)
    def dragEnterEvent(self, event):  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        md = event.mimeData()
        found: list[str] = []
        for u in md.urls() if md.hasUrls() else []:
            if u.isLocalFile():
                try:
                    found += find_links(Path(u.toLocalFile()).read_text("utf-8", errors="replace")[:2_000_000])
                except OSError:
                    pass
            elif u.scheme() in ("http", "https"):
                found.append(u.toString())
        if not found and md.hasText():
            found = find_links(md.text())
        if found:
            self.add_links(found)
            event.acceptProposedAction()

    # -- actions
    def refresh_accounts(self) -> None:
        """The accounts she can open pages with; "not logged in" first (and chosen by default)."""
        current = self.account.currentData()
        self.account.clear()
        self.account.addItem(self.tr("Not logged in (recommended)"), None)
        for name in self.accounts_getter():
            self.account.addItem(self.tr("Logged in as “{name}”").format(name=name), name)
        i = self.account.findData(current)
        self.account.setCurrentIndex(max(0, i))

    def _account_chosen(self, index: int):
        if self.account.itemData(index) is None:
            return
        from .accounts import warning_text

        answer = QMessageBox.warning(
            self, self.windowTitle(),
            warning_text() + "\n\n" + self.tr("Open pages with this login?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.account.setCurrentIndex(0)

    def _start(self):
        urls = find_links(self.links.toPlainText())
        if not urls:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "No links found. Paste addresses that start with http:// or https://, one or more."))
            return
        session = self.account.currentData() if self.account_row.isVisibleTo(self) else None
        options = {"logged_in": bool(session), "session": session}
        self.queue.add(urls, self.case_getter() or "", options)
        self.links.clear()

    def _selected_jobs(self) -> list[Job]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.queue.model.jobs[r] for r in sorted(rows) if r < len(self.queue.model.jobs)]

    def _retry(self):
        jobs = self._selected_jobs() or [j for j in self.queue.model.jobs if j.state == FAILED]
        for j in jobs:
            if j.state in (FAILED, CANCELLED):
                self.queue.retry(j)

    def _cancel(self):
        for j in self._selected_jobs():
            self.queue.cancel(j)

    def _update(self, *_):
        c = self.queue.counts()
        self.summary.setText("   ·   ".join((self.tr("%n page(s) sealed", "", c[SEALED]),
                                             self.tr("%n not saved", "", c[FAILED]),
                                             self.tr("%n still to do", "", c[WAITING] + c[RUNNING]))))
        sel = self._selected_jobs()
        self.retry_btn.setEnabled(any(j.state in (FAILED, CANCELLED) for j in (sel or self.queue.model.jobs)))
        self.cancel_btn.setEnabled(any(j.state in (WAITING, RUNNING) for j in sel))
        self.cancel_all_btn.setEnabled(self.queue.active() > 0)
        case = self.case_getter()
        self.case_note.setText(self.tr("New items go into the case: {case}").format(case=case) if case
                               else self.tr("New items are not put in a case (you can move them later)."))

    def retranslate(self):
        self.setWindowTitle(self.tr("Save pages from links"))
        self.intro.setText(self.tr(
            "Paste one or more links below (one per line is fine), or drop a text file with links. "
            "Each page is opened, saved with its time and sealed."))
        self.links.setPlaceholderText("https://t.me/s/…\nhttps://www.instagram.com/p/…\nhttps://www.youtube.com/watch?v=…")
        self.visit_note.setText(self.tr(
            "Opening a page is a visit like any other: the site sees this computer's internet "
            "address. Nothing is posted or liked."))
        self.account_label.setText(self.tr("Open the pages:"))
        self.refresh_accounts()
        self.start_btn.setText(self.tr("Save these pages"))
        self.retry_btn.setText(self.tr("Try again"))
        self.cancel_btn.setText(self.tr("Cancel selected"))
        self.cancel_all_btn.setText(self.tr("Cancel all"))
        self.close_btn.setText(self.tr("Close"))
        self.queue.model.retranslate()
        self._update()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
