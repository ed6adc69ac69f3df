"""The detail pane: what is known about the chosen item, its sealed files, notes, history, picture.

What the index already holds is shown at once; the sealed metadata, the custody events and the
picture are read on the reader thread and shown when they arrive (a late answer for an item that
is no longer chosen is dropped). Changes go to the writer thread.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QTabWidget,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from evidence_kit.files import human_size
from evidence_kit.model import ABUSE_KINDS, Item
from evidence_kit import timestamps, tsa_trust
from evidence_kit.timestamps import tsa_host
from evidence_kit.timeutil import local_text

from . import fit, i18n, style
from .safety import SafetyGuard
from .session import VaultSession
from .viewer import ImageViewer, decode_image


def _sel_label() -> QLabel:
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


NOTES_PAUSE_MS = 1200      # a note is saved this long after the last key press


class DetailPane(QWidget):
    itemChanged = Signal(object)        # an updated Item (notes, sensitive, case …)

    def __init__(self, session: VaultSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.item: Item | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = style.title()
        lay.addWidget(self.heading)
        # nothing chosen: a short hint where the details would be, not a form of empty labels
        self.empty_hint = style.hint()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_hint.setContentsMargins(12, 24, 12, 12)
        lay.addWidget(self.empty_hint, 1)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self._build_details()
        self.viewer = ImageViewer()
        self.viewer.revealRequested.connect(self._log_reveal)
        self.picture_choice = QComboBox()
        self.picture_choice.currentIndexChanged.connect(self._picture_chosen)
        pic = QWidget()
        pl = QVBoxLayout(pic)
        pl.addWidget(self.picture_choice)
        pl.addWidget(self.viewer, 1)
        self.tabs.addTab(pic, "")
        self._build_files()
        self._build_history()
        from .chat_view import ChatView            # a chat export: the conversation (chat_view.py)

        self.chat_view = ChatView(session)
        self.chat_view.marksChanged.connect(lambda iid, _marks: self._refresh_history(iid))
        self.chat_tab = self.tabs.addTab(self.chat_view, "")
        self.tabs.setTabVisible(self.chat_tab, False)
        self.retranslate()
        self.show_item(None)

    # ------------------------------------------------------------------ building
    def _build_details(self):
        page = QWidget()
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.f = {k: _sel_label() for k in ("exhibit", "title", "site", "url", "final_url", "captured",
                                             "captured_utc", "trusted", "received", "status", "error", "source",
                                             "id")}
        self.f_labels = {k: QLabel() for k in self.f}
        for k in self.f:
            self.form.addRow(self.f_labels[k], self.f[k])
        self.case_label = QLabel()
        self.case_box = QComboBox()
        self.case_box.activated.connect(self._case_chosen)
        self.form.addRow(self.case_label, self.case_box)
        self.sensitive = QCheckBox()
        self.sensitive.clicked.connect(self._sensitive_clicked)
        self.form.addRow("", self.sensitive)
        self.abuse_label = QLabel()
        self.abuse = QListWidget()
        self.abuse.setMaximumHeight(120)
        for kind in ABUSE_KINDS:
            li = QListWidgetItem()
            li.setData(Qt.ItemDataRole.UserRole, kind)
            li.setFlags(li.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            li.setCheckState(Qt.CheckState.Unchecked)
            self.abuse.addItem(li)
        self.abuse.itemChanged.connect(self._abuse_changed)
        self.form.addRow(self.abuse_label, self.abuse)
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(80)
        self.notes.textChanged.connect(self._notes_edited)
        # a note is saved by itself: after a short pause in typing, when another item is chosen,
        # and before the vault locks or the app closes
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.flush_notes)
        self._notes_saved: dict[str, str] = {}     # item id -> the note text last sent to the vault
        self.notes_state = style.hint(wrap=False)
        self.save_notes_btn = QPushButton()
        self.save_notes_btn.setEnabled(False)
        self.save_notes_btn.clicked.connect(self._save_notes)
        notes_box = QVBoxLayout()
        notes_box.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(self.notes_state, 1)
        row.addWidget(self.save_notes_btn)
        notes_box.addLayout(row)
        notes_w = QWidget()
        notes_w.setLayout(notes_box)
        self.form.addRow(self.notes_label, notes_w)
        self.meta_label = QLabel()
        self.meta = QTreeWidget()
        self.meta.setColumnCount(2)
        self.meta.setHeaderHidden(True)
        self.meta.setMinimumHeight(140)
        self.form.addRow(self.meta_label, self.meta)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(scroll)
        self.tabs.addTab(page, "")

    def _build_files(self):
        page = QWidget()
        pl = QVBoxLayout(page)
        self.files_hint = style.hint()
        pl.addWidget(self.files_hint)
        self.files = QTableWidget(0, 4)
        fit.whole_headers(self.files)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.verticalHeader().hide()
        self.files.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.files, 1)
        row = QHBoxLayout()
        self.copy_hash_btn = QPushButton()
        self.copy_hash_btn.clicked.connect(self._copy_hash)
        row.addStretch(1)
        row.addWidget(self.copy_hash_btn)
        pl.addLayout(row)
        self.tabs.addTab(page, "")

    def _build_history(self):
        page = QWidget()
        pl = QVBoxLayout(page)
        self.history_hint = style.hint()
        pl.addWidget(self.history_hint)
        self.history = QTableWidget(0, 3)
        fit.whole_headers(self.history)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.history, 1)
        self.tabs.addTab(page, "")

    # ------------------------------------------------------------------ showing an item
    def set_cases(self, cases: list[str]) -> None:
        self._cases = list(cases)
        self._fill_cases()

    def _fill_cases(self):
        self.case_box.blockSignals(True)
        self.case_box.clear()
        self.case_box.addItem(self.tr("(no case)"), "")
        for c in getattr(self, "_cases", []):
            self.case_box.addItem(c, c)
        if self.item is not None:
            i = self.case_box.findData(self.item.case or "")
            if i < 0:
                self.case_box.addItem(self.item.case, self.item.case)
                i = self.case_box.count() - 1
            self.case_box.setCurrentIndex(i)
        self.case_box.blockSignals(False)

    def show_item(self, item: Item | None) -> None:
        same = item is not None and self.item is not None and item.id == self.item.id
        if not same:
            self.flush_notes()       # the note typed for the item being left is kept
        self.item = item
        if not same:
            self.viewer.blur()       # another item: blurred again, always
            self.viewer.clear()
            self.chat_view.show_chat(None)
            is_chat = item is not None and item.source == "chat"
            self.tabs.setTabVisible(self.chat_tab, is_chat)
            if is_chat:
                self.tabs.setCurrentIndex(self.chat_tab)
        enabled = item is not None
        for w in (self.case_box, self.sensitive, self.abuse, self.notes):
            w.setEnabled(enabled)
        self.heading.setVisible(enabled)
        self.tabs.setVisible(enabled)
        self.empty_hint.setVisible(not enabled)
        if item is None:
            self.heading.clear()
            for lab in self.f.values():
                lab.clear()
            self.notes.blockSignals(True)
            self.notes.clear()
            self.notes.blockSignals(False)
            self.files.setRowCount(0)
            self.history.setRowCount(0)
            self.meta.clear()
            self.picture_choice.clear()
            self.viewer.clear()
            return
        self._fill_fields()
        if not same:
            self._fill_files()
            self.notes.blockSignals(True)
            # the text last sent to the writer is newer than the index until the write lands
            self.notes.setPlainText(self._notes_saved.get(item.id, item.notes or ""))
            self.notes.blockSignals(False)
            self.save_notes_btn.setEnabled(False)
            self.notes_state.clear()
            self.meta.clear()
            self.history.setRowCount(0)
            self._load_pictures()
        self._load_details()

    def _fill_fields(self):
        it = self.item
        self.heading.setText(f"{it.exhibit} — {it.title or it.url or ''}")
        f = self.f
        f["exhibit"].setText(it.exhibit)
        f["title"].setText(it.title)
        f["site"].setText(it.site or self.tr("(a file you added)"))
        f["url"].setText(it.url or "")
        f["final_url"].setText(it.final_url if it.final_url and it.final_url != it.url else "")
        f["captured"].setText(local_text(it.captured_at))
        f["captured_utc"].setText(it.captured_at)
        # "trusted time: pending / 2026-…Z by <TSA>" (ui/stamping.py asks for it); a stamp whose
        # trust needs its token read is judged on the reader thread (_details_loaded)
        trust = tsa_trust.roots(self.session.vault)
        self._show_trusted([{**s, "trust": "trusted" if timestamps.stamp_trust(None, s, trust).trusted else None}
                            for s in it.stamps])
        if it.status == "failed":
            f["status"].setText(self.tr("Not captured"))
        elif it.http_status:
            f["status"].setText(self.tr("Sealed (the site answered {code})").format(code=it.http_status))
        else:
            f["status"].setText(self.tr("Sealed"))
        f["error"].setText(it.error or "")
        f["source"].setText(self.tr("Captured from the web") if it.source == "capture" else
                            self.tr("Chat export") if it.source == "chat" else self.tr("Added from a file"))
        f["id"].setText(it.id)
        f["received"].setText("")      # from another vault: said once the item's details are read
        for k in ("final_url", "error", "url", "received"):
            vis = bool(f[k].text())
            f[k].setVisible(vis)
            self.f_labels[k].setVisible(vis)
        self._fill_cases()
        self.sensitive.setChecked(it.sensitive)
        self.abuse.blockSignals(True)
        for i in range(self.abuse.count()):
            li = self.abuse.item(i)
            li.setCheckState(Qt.CheckState.Checked if li.data(Qt.ItemDataRole.UserRole) in it.abuse
                             else Qt.CheckState.Unchecked)
        self.abuse.blockSignals(False)

    def _fill_files(self):
        arts = self.item.artifacts
        self.files.setRowCount(len(arts))
        for r, a in enumerate(arts):
            for c, text in enumerate((a.name, a.media_type, human_size(a.size), a.sha256)):
                cell = QTableWidgetItem(text)
                if c == 3:
                    cell.setFont(style.mono_font())
                self.files.setItem(r, c, cell)
        self.files.resizeColumnsToContents()

    def _load_details(self):
        iid = self.item.id
        cache = self.session.custody

        def job(vault):
            full = vault.get(iid)
            return full, cache.for_item(iid), timestamps.assess(vault, full)

        self.session.read(job, on_done=lambda res: self._details_loaded(iid, res),
                          on_error=lambda exc: self._details_failed(iid, exc), owner=self)

    def _details_loaded(self, iid: str, res):
        if self.item is None or self.item.id != iid:
            return
        full, records, judged = res
        self._show_trusted(judged)
        self.meta.clear()
        md = full.metadata or {}
        got = md.get("received")
        if isinstance(got, dict):          # "from vault <fingerprint> on <date>"
            self.f["received"].setText(i18n.core(
                "share.show.received", fingerprint=got.get("sender_fingerprint", ""),
                date=local_text(got.get("received_at")), exhibit=got.get("sender_exhibit", ""),
                confirmed=i18n.core("share.show.confirmed" if got.get("sender_confirmed") else "share.show.unconfirmed")))
            self.f["received"].setVisible(True)
            self.f_labels["received"].setVisible(True)
        if full.source == "chat" and isinstance(md.get("chat"), dict):
            self.chat_view.show_chat(full, records)
            md = {**md, "chat": {k: v for k, v in md["chat"].items() if k != "messages"}}
        self._add_meta(self.meta.invisibleRootItem(), md)
        self.meta.resizeColumnToContents(0)
        self.history.setRowCount(len(records))
        for r, rec in enumerate(records):
            e = rec["entry"]
            details = e.get("details") or {}
            extra = details.get("artifact") or ""
            if e["event"] in ("item_updated",) and isinstance(details.get("changes"), dict):
                extra = ", ".join(details["changes"])
            event_text = i18n.core("event." + e["event"])
            cells = (local_text(e["at"]), e.get("collector", ""), f"{event_text}  {extra}".strip())
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _show_trusted(self, judged: list[dict]) -> None:
        """The "Trusted time" field: each stamp, a token that is not trusted time said so."""
        lines = []
        for s in judged:
            when, tsa = s["gen_time"], tsa_host(s["tsa"])
            if s.get("trust") == "trusted":
                lines.append(self.tr("{when} by {tsa}").format(when=when, tsa=tsa))
            elif s.get("trust") is None:
                lines.append(self.tr("{when} by {tsa}: checking…").format(when=when, tsa=tsa))
            else:
                lines.append(self.tr("{when} by {tsa}: NOT trusted time (its certificate does not lead to a trusted root; it is kept, and a trusted service is asked again)").format(when=when, tsa=tsa))  # noqa: E501
        if not judged:
            lines.append(self.tr("pending (no time-stamping service has answered yet; the item is safely sealed)"))
        elif not any(s.get("trust") in ("trusted", None) for s in judged):
            lines.append(self.tr("pending (no trusted time yet; the item is safely sealed)"))
        self.f["trusted"].setText("\n".join(lines))

    def _details_failed(self, iid: str, exc: BaseException):
        if self.item is None or self.item.id != iid:
            return
        self.history.setRowCount(1)
        self.history.setItem(0, 2, QTableWidgetItem(i18n.error_text(exc)))

    def _add_meta(self, parent, value, depth=0):
        if isinstance(value, dict):
            for k, v in value.items():
                node = QTreeWidgetItem([str(k), "" if isinstance(v, (dict, list)) else str(v)])
                parent.addChild(node)
                if isinstance(v, (dict, list)) and depth < 4:
                    self._add_meta(node, v, depth + 1)
        elif isinstance(value, list):
            for i, v in enumerate(value[:200]):
                text = "" if isinstance(v, (dict, list)) else str(v)
                node = QTreeWidgetItem([str(i + 1), text])
                parent.addChild(node)
                if isinstance(v, (dict, list)) and depth < 4:
                    self._add_meta(node, v, depth + 1)
        else:
            parent.addChild(QTreeWidgetItem(["", json.dumps(value, ensure_ascii=False)]))

    # ------------------------------------------------------------------ pictures
    def _image_artifacts(self):
        arts = [a for a in self.item.artifacts if a.media_type.startswith("image/")
                and a.media_type != "image/svg+xml"]
        order = ("screenshot_full", "screenshot", "screenshot_viewport", "original")
        arts.sort(key=lambda a: order.index(a.role) if a.role in order else len(order))
        return arts

    def _load_pictures(self):
        arts = self._image_artifacts()
        self.picture_choice.blockSignals(True)
        self.picture_choice.clear()
        for a in arts:
            self.picture_choice.addItem(a.name, a.name)
        self.picture_choice.blockSignals(False)
        self.picture_choice.setVisible(len(arts) > 1)
        if arts:
            self._load_picture(arts[0].name)
        else:
            self.viewer.clear(self.tr("This item has no picture to show. Its files are listed under Files."))

    def _picture_chosen(self, _):
        name = self.picture_choice.currentData()
        if name and self.item is not None:
            self.viewer.blur()
            self._load_picture(name)

    def _load_picture(self, name: str):
        iid = self.item.id
        self.viewer.clear(self.tr("Opening the picture…"))

        def job(vault):
            return decode_image(iid, name, vault.read_artifact(iid, name))

        def done(img):
            if self.item is None or self.item.id != iid:
                return
            if img is None:
                self.viewer.clear(self.tr("This picture could not be shown here. It is kept unchanged in the vault."))
            else:
                self.viewer.set_image(img)

        self.session.read(job, on_done=done, on_error=lambda exc: self.viewer.clear(i18n.error_text(exc))
                          if self.item is not None and self.item.id == iid else None, owner=self)

    def _log_reveal(self, iid: str, name: str):
        self.session.write(lambda v: v.log_event("artifact_revealed", items=[iid], details={"artifact": name}),
                           items_changed=False, owner=self,
                           on_done=lambda _: self._refresh_history(iid))

    def _refresh_history(self, iid: str):
        if self.item is not None and self.item.id == iid:
            self._load_details()

    # ------------------------------------------------------------------ changes
    def _update(self, **changes):
        iid = self.item.id
        self.session.write(lambda v: v.update_item(iid, **changes), owner=self,
                           on_done=self._updated, on_error=self._update_failed)

    def _updated(self, item: Item):
        if self.item is not None and item.id == self.item.id:
            self.item = item
            self._fill_fields()
            self._load_details()
        self.itemChanged.emit(item)

    def _update_failed(self, exc):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, style.window_title(False), i18n.error_text(exc))

    def _sensitive_clicked(self, on: bool):
        if self.item is not None:
            self._update(sensitive=on)

    def _case_chosen(self, _):
        if self.item is not None:
            self._update(case=self.case_box.currentData() or "")

    def _abuse_changed(self, _):
        if self.item is None:
            return
        kinds = [self.abuse.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.abuse.count())
                 if self.abuse.item(i).checkState() == Qt.CheckState.Checked]
        self._update(abuse=kinds)

    def _notes_dirty(self) -> bool:
        if self.item is None:
            return False
        text = self.notes.toPlainText()
        return text != self._notes_saved.get(self.item.id, self.item.notes or "")

    def _notes_edited(self):
        dirty = self._notes_dirty()
        self.save_notes_btn.setEnabled(dirty)
        if dirty:
            self._notes_timer.start()        # restarted by every key press
            self.notes_state.clear()

    def flush_notes(self):
        """Save the note now if it differs from what the vault has; returns the writer's future
        (or None). Used on a pause in typing, on a change of item, on lock and on quick exit."""
        self._notes_timer.stop()
        if not self._notes_dirty():
            return None
        iid, text = self.item.id, self.notes.toPlainText()
        self._notes_saved[iid] = text
        self.save_notes_btn.setEnabled(False)
        self.notes_state.setText(self.tr("Saving the note…"))

        def done(item: Item):
            if self.item is not None and self.item.id == iid and not self._notes_dirty():
                self.notes_state.setText(self.tr("Note saved."))
            self._updated(item)

        def failed(exc):
            self._notes_saved.pop(iid, None)
            if self.item is not None and self.item.id == iid:
                self.notes_state.clear()
                self.save_notes_btn.setEnabled(self._notes_dirty())
            self._update_failed(exc)

        return self.session.write(lambda v: v.update_item(iid, notes=text), owner=self,
                                  on_done=done, on_error=failed, keep=True)

    def _save_notes(self):
        self.flush_notes()

    def _copy_hash(self):
        row = self.files.currentRow()
        if self.item is not None and 0 <= row < len(self.item.artifacts):
            SafetyGuard.instance().copy(self.item.artifacts[row].sha256)

    # ------------------------------------------------------------------ words
    def retranslate(self):
        self.tabs.setTabText(0, self.tr("Details"))
        self.tabs.setTabText(1, self.tr("Picture"))
        self.tabs.setTabText(2, self.tr("Files"))
        self.tabs.setTabText(3, self.tr("History"))
        self.tabs.setTabText(self.chat_tab, self.tr("Conversation"))
        names = {"exhibit": self.tr("Exhibit"), "title": self.tr("Title"), "site": self.tr("Site"),
                 "url": self.tr("Address"), "final_url": self.tr("Opened at"),
                 "captured": self.tr("Captured (local time)"), "captured_utc": self.tr("Captured (UTC)"),
                 "trusted": self.tr("Trusted time"), "received": self.tr("Received"),
                 "status": self.tr("Status"), "error": self.tr("What went wrong"),
                 "source": self.tr("How it was saved"), "id": self.tr("Item ID")}
        for k, lab in self.f_labels.items():
            lab.setText(names[k])
        self.case_label.setText(self.tr("Case"))
        self.sensitive.setText(self.tr("Sensitive (intimate or very private)"))
        self.sensitive.setToolTip(self.tr("Sensitive items are left out of dossiers unless you choose to include them."))
        self.abuse_label.setText(self.tr("What it shows"))
        kinds = {"intimate_image": self.tr("Intimate image"), "home_address": self.tr("Home address"),
                 "phone_number": self.tr("Phone number"), "name_with_insults": self.tr("Name with insults"),
                 "threats": self.tr("Threats"), "impersonation": self.tr("Pretending to be me"),
                 "other": self.tr("Something else")}
        self.abuse.blockSignals(True)
        for i in range(self.abuse.count()):
            li = self.abuse.item(i)
            li.setText(kinds[li.data(Qt.ItemDataRole.UserRole)])
        self.abuse.blockSignals(False)
        self.notes_label.setText(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Anything you want to remember about this item. The saved page itself never changes."))
        self.save_notes_btn.setText(self.tr("Save note"))
        self.meta_label.setText(self.tr("Recorded at capture"))
        self.files_hint.setText(self.tr(
            "Each file is sealed with its SHA-256 fingerprint. Anyone can recompute it later to see "
            "that the file was not changed."))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size"), "SHA-256"])
        self.copy_hash_btn.setText(self.tr("Copy fingerprint"))
        self.history_hint.setText(self.tr("Everything that happened to this item, in order. This record cannot be changed."))
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.picture_choice.setToolTip(self.tr("Which picture"))
        self._fill_cases()           # "(no case)" is the first choice, in the new language too
        self.empty_hint.setText(self.tr("Choose an item in the list to see it here."))
        if self.item is not None:
            self._fill_fields()
            self._load_details()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
