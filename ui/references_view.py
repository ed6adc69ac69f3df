""""Photos to look for": the photos she wants found again, what was found, and a match side by side.

Her photos are shown only blurred until she chooses to see one (and that is recorded, as for every
picture); a match is shown as two blurred pictures side by side, each revealed on its own. All
reading and comparing happens on the vault's worker threads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from evidence_kit import perceptual
from evidence_kit.timeutil import local_text

from . import file_choice, fit, i18n, style
from .viewer import ImageViewer, decode_image


def _load_into(session, viewer: ImageViewer, owner, item_id: str, artifact, frame_s, failed_text: str):
    """Decrypt and decode one picture (or a video's frame) on the reader thread, blurred."""
    def job(vault):
        return decode_image(item_id, artifact.name, perceptual.picture_bytes(vault, item_id, artifact, frame_s))

    def done(img):
        if img is None:
            viewer.clear(failed_text)
        else:
            viewer.set_image(img)

    session.read(job, on_done=done, owner=owner, on_error=lambda exc: viewer.clear(i18n.error_text(exc)))


def _enter_is_harmless(dialog: QDialog, default: QPushButton | None) -> None:
    """Enter in a dialog presses its default button, which Qt otherwise picks by itself (the
    first button after the focus): "Show the picture", a file chooser... Only `default` (or no
    button at all) answers Enter here."""
    for b in dialog.findChildren(QPushButton):
        b.setAutoDefault(False)
    if default is not None:
        default.setDefault(True)


def _log_reveal(session, owner, item_id: str, name: str):
    session.write(lambda v: v.log_event("artifact_revealed", items=[item_id], details={"artifact": name}),
                  items_changed=False, owner=owner)


class MatchDialog(QDialog):
    """The picture found and her photo, side by side, both blurred until each is revealed."""

    def __init__(self, session, match: perceptual.Match, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.match = match
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        split = QSplitter()
        self.found_label, self.ref_label = QLabel(), QLabel()
        self.found, self.reference = ImageViewer(), ImageViewer()
        for label, viewer in ((self.found_label, self.found), (self.ref_label, self.reference)):
            w = QWidget()
            wl = QVBoxLayout(w)
            label.setStyleSheet("font-weight: bold")
            label.setWordWrap(True)
            wl.addWidget(label)
            wl.addWidget(viewer, 1)
            split.addWidget(w)
            viewer.revealRequested.connect(lambda iid, name: _log_reveal(session, self, iid, name))
        lay.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.close)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        self.resize(980, 620)
        _enter_is_harmless(self, default=self.close_btn)
        self.retranslate()
        v = session.vault
        failed = self.tr("This picture could not be shown here. It is kept unchanged in the vault.")
        _load_into(session, self.found, self, match.item_id, v.artifact_object(match.item_id, match.artifact),
                   match.frame_s, failed)
        _load_into(session, self.reference, self, match.reference_id,
                   v.artifact_object(match.reference_id, match.reference_artifact), match.reference_frame_s, failed)

    def retranslate(self):
        m = self.match
        self.setWindowTitle(self.tr("A photo you are looking for was found"))
        where = m.artifact if m.frame_s is None else self.tr("{name}, at {s} s").format(name=m.artifact, s=m.frame_s)
        self.found_label.setText(self.tr("Found: {exhibit} — {name}").format(exhibit=m.exhibit, name=where))
        self.ref_label.setText(self.tr("Your photo: {exhibit}").format(exhibit=m.reference_exhibit))
        text = self.tr("%n of 256 bits of their fingerprints differ (a match is {limit} or fewer); "
                       "picture quality {quality} of 100.", "", m.distance).format(limit=perceptual.MATCH_DISTANCE,
                                                                                  quality=m.quality)
        if m.transform != "original":
            text += " " + i18n.core("matches.transformed", how=i18n.core("matches.transform." + m.transform))
        self.summary.setText(text)
        self.close_btn.setText(self.tr("Close"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReferencesDialog(QDialog):
    """Her photos (blurred), what was found, and how StopNCII could help, in plain words."""

    def __init__(self, session, runner=None, parent=None):
        super().__init__(parent)
        fit.grow(self)
        self.session = session
        self.runner = runner
        self._refs: list = []
        self._matches: list[perceptual.Match] = []
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        split = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        fit.whole_headers(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        ll.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("primary")
        self.add_btn.clicked.connect(self.choose_files)
        self.remove_btn = QPushButton()
        self.remove_btn.clicked.connect(self._remove)
        row.addWidget(self.add_btn)
        row.addWidget(self.remove_btn)
        row.addStretch(1)
        ll.addLayout(row)
        self.found_title = QLabel()
        self.found_title.setStyleSheet("font-weight: bold")
        ll.addWidget(self.found_title)
        self.found = QTableWidget(0, 3)
        fit.whole_headers(self.found)
        self.found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.found.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.found.verticalHeader().hide()
        self.found.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.found.itemDoubleClicked.connect(lambda *_: self.show_match())
        ll.addWidget(self.found, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.side_btn = QPushButton()
        # clicked(bool) would hand its `checked` to show_match's `match`: call it with nothing
        self.side_btn.clicked.connect(lambda: self.show_match())
        row.addWidget(self.side_btn)
        ll.addLayout(row)
        split.addWidget(left)
        self.viewer = ImageViewer()
        self.viewer.revealRequested.connect(lambda iid, name: _log_reveal(session, self, iid, name))
        split.addWidget(self.viewer)
        split.setSizes([520, 380])
        lay.addWidget(split, 1)
        self.stopncii = style.hint()
        lay.addWidget(self.stopncii)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.close_btn = QPushButton()
        self.close_btn.clicked.connect(self.hide)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        if runner is not None:
            runner.marksChanged.connect(lambda _m: self.reload())
        self.resize(960, 660)
        _enter_is_harmless(self, default=None)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self):
        def job(vault):
            return perceptual.references(vault), perceptual.find_matches(vault)

        self.session.read(job, on_done=self._loaded, owner=self)

    def _loaded(self, res):
        refs, report = res
        chosen = self.current()
        self._refs = refs
        self._matches = report.matches
        counts: dict[str, int] = {}
        for m in report.matches:
            counts[m.reference_id] = counts.get(m.reference_id, 0) + 1
        self.table.setRowCount(len(refs))
        for r, it in enumerate(refs):
            cells = [f"{it.exhibit}  {it.title}", local_text(it.captured_at)[:16], str(counts.get(it.id, 0))]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c == 0 and it.id in report.too_large_references:
                    cell.setToolTip(i18n.core("reference.too_large", mp=perceptual.MAX_DECODE_PIXELS // 1_000_000))
                    cell.setForeground(Qt.GlobalColor.darkRed)
                elif c == 0 and it.id in report.weak_references + report.unreadable_references:
                    cell.setToolTip(i18n.core("reference.too_plain" if it.id in report.weak_references
                                              else "reference.unreadable"))
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, cell)
            if chosen is not None and it.id == chosen.id:
                self.table.selectRow(r)
        self.found.setRowCount(len(report.matches))
        for r, m in enumerate(report.matches):
            where = m.artifact if m.frame_s is None else self.tr("{name}, at {s} s").format(name=m.artifact, s=m.frame_s)
            for c, text in enumerate([m.exhibit, where, m.reference_exhibit]):
                self.found.setItem(r, c, QTableWidgetItem(text))
        self.side_btn.setEnabled(bool(report.matches))
        self.remove_btn.setEnabled(self.current() is not None)
        if report.pending:
            self.status.setText(self.tr("%n picture(s) still being fingerprinted; matches among them "
                                        "will show when that is done.", "", report.pending))
        else:
            self.status.setText(self.tr("%n picture(s) compared.", "", report.compared))

    def current(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return self._refs[rows[0]] if rows and rows[0] < len(self._refs) else None

    def _chosen(self):
        it = self.current()
        self.remove_btn.setEnabled(it is not None)
        self.viewer.blur()
        if it is None:
            self.viewer.clear()
            return
        art = next((a for a in it.artifacts if perceptual.is_fingerprintable(a)), it.artifacts[0])
        _load_into(self.session, self.viewer, self, it.id, art, None,
                   self.tr("This picture could not be shown here. It is kept unchanged in the vault."))

    # ------------------------------------------------------------------ actions
    def choose_files(self):
        paths = file_choice.open_files(self, self.tr("Choose the photos or videos to look for"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]):
        from evidence_kit.references import add_references

        def done(res):
            added, failed = res
            lines = [self.tr("%n file(s) added. They are looked for in every page you save.", "", len(added))]
            for path, exc in failed[:20]:
                lines.append(self.tr("Not added: {name} — {reason}").format(
                    name=Path(path).name, reason=exc.message(i18n.current())))
            self.status.setText("\n".join(lines))
            self.reload()
            if self.runner is not None:
                self.runner.refresh_marks()

        self.status.setText(self.tr("Adding…"))
        self.session.write(lambda v: add_references(v, paths), owner=self, on_done=done,
                           on_error=lambda exc: QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc)))

    def _remove(self):
        it = self.current()
        if it is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Stop looking for {exhibit}? It stays sealed in the vault, like everything you saved, "
            "but is no longer compared with new pages.").format(exhibit=it.exhibit))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from evidence_kit.references import remove_reference

        def done(_):
            self.reload()
            if self.runner is not None:
                self.runner.refresh_marks()

        self.session.write(lambda v: remove_reference(v, it.id), owner=self, on_done=done,
                           on_error=lambda exc: QMessageBox.warning(self, self.windowTitle(), i18n.error_text(exc)))

    def show_match(self, match: perceptual.Match | None = None):
        if match is None:
            rows = sorted({i.row() for i in self.found.selectedIndexes()})
            if not self._matches:
                return None
            match = self._matches[rows[0] if rows else 0]
        dlg = MatchDialog(self.session, match, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()
        return dlg

    # ------------------------------------------------------------------ words
    def retranslate(self):
        self.setWindowTitle(self.tr("Photos to look for"))
        self.intro.setText(self.tr(
            "Add the photos or videos of you that you fear will be posted again. They stay encrypted "
            "on this computer and are never shown unless you click “Show the picture”. Only their "
            "fingerprints are compared with the pictures of every page you save; nothing is uploaded "
            "anywhere."))
        self.table.setHorizontalHeaderLabels([self.tr("Photo"), self.tr("Added"), self.tr("Found")])
        self.found.setHorizontalHeaderLabels([self.tr("Found in"), self.tr("File"), self.tr("Your photo")])
        self.found_title.setText(self.tr("Where they were found"))
        self.add_btn.setText(self.tr("Add photos…"))
        self.remove_btn.setText(self.tr("Stop looking for this one"))
        self.side_btn.setText(self.tr("Show side by side"))
        self.close_btn.setText(self.tr("Close"))
        self.stopncii.setText(i18n.core("reference.stopncii"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
