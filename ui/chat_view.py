"""A chat item shown as a conversation: who wrote what, when (UTC and this computer's time).

The messages come from the item's sealed transcript (`metadata["chat"]`) and sit in a table model
(10,000 messages are 10,000 rows, never 10,000 widgets). Search filters them as she types;
"Exhibit these" marks the chosen messages (a custody entry: the sealed item never changes) and
"Only marked" shows those. A picture sent in the chat is shown below, blurred until she chooses
to see it (and that is recorded), like every picture in the app; the viewer is there only while
the chosen message has a picture.
"""

from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from evidence_kit.chats.marks import marked_in
from evidence_kit.chats.words import gap_text, kind_name, phone_time
from evidence_kit.model import Item
from evidence_kit.timeutil import local_text

from . import fit, i18n, style
from .viewer import ImageViewer, decode_image

COL_MARK, COL_NO, COL_TIME, COL_FROM, COL_TEXT = range(5)
_MARKED_BG = QBrush(QColor("#fff3c4"))
_SERVICE_FG = QBrush(QColor("#555555"))


class ChatModel(QAbstractTableModel):
    """The messages of one chat; the text of each row is made once, when first asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.messages: list[dict] = []
        self.marks: set[int] = set()
        self._text: dict[int, str] = {}
        self._headers = ["", "", "", "", ""]
        self.platform = ""
        self.chat: dict = {}
        self.retranslate()

    def set_chat(self, chat: dict | None, marks: set[int]) -> None:
        self.beginResetModel()
        self.messages = list((chat or {}).get("messages") or [])
        self.platform = (chat or {}).get("platform") or ""
        self.chat = chat or {}
        self.marks = set(marks)
        self._text.clear()
        self.endResetModel()
        self.retranslate()

    def set_marks(self, marks: set[int]) -> None:
        self.marks = set(marks)
        if self.messages:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.messages) - 1, COL_TEXT))

    def retranslate(self) -> None:
        # a WhatsApp chat's times are the phone's own, read in the zone she stated: the column
        # shows what her phone showed beside UTC (as the court dossier does); other chats' UTC
        # times are shown in this computer's zone too
        when = (self.tr("When (UTC / as the phone showed it)") if self.platform == "whatsapp"
                else self.tr("When (UTC / this computer)"))
        self._headers = ["★", self.tr("No."), when, self.tr("From"), self.tr("Message")]
        self._text.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.messages)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def time_text(self, m: dict) -> str:
        """UTC, and beside it the time her phone showed (a WhatsApp chat) or this computer's."""
        at = m.get("at")
        if not at:
            return self.tr("no time in the export")
        return f"{at}\n{phone_time(m, self.chat, i18n.current()) or local_text(at)}"

    def message_text(self, row: int) -> str:
        """Everything the row says about its message, in words (also what search looks in)."""
        if row in self._text:
            return self._text[row]
        m = self.messages[row]
        lines = []
        flags = []
        if m.get("type") == "service":
            flags.append(self.tr("service message") + (f": {m['action']}" if m.get("action") else ""))
        if m.get("forwarded_from"):
            flags.append(self.tr("forwarded from {name}").format(name=m["forwarded_from"]))
        if m.get("reply_to") is not None:
            flags.append(self.tr("reply to message {id}").format(id=m["reply_to"]))
        if m.get("edited_at") or m.get("edited"):
            flags.append(self.tr("edited") + (f" {m['edited_at']}" if m.get("edited_at") else ""))
        if m.get("deleted"):
            flags.append(self.tr("deleted"))
        if flags:
            lines.append("[" + " · ".join(flags) + "]")
        if m.get("text"):
            lines.append(m["text"])
        for link in m.get("links") or ():
            if link.get("url") and link.get("url") != link.get("text"):
                lines.append(f"→ {link['url']}")
        for x in m.get("media") or ():
            if x.get("artifact"):
                lines.append(self.tr("[{kind}: {name}]").format(kind=kind_name(x.get("kind"), i18n.current()),
                                                                name=x["artifact"]))
        for g in m.get("gaps") or ():
            lines.append("⚠ " + gap_text(g, i18n.current()))
        text = "\n".join(lines)
        self._text[row] = text
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.messages[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_MARK:
                return "★" if m.get("n") in self.marks else ""
            if col == COL_NO:
                return f"{m.get('n')}" + (f"  (id {m['id']})" if m.get("id") is not None else "")
            if col == COL_TIME:
                return self.time_text(m)
            if col == COL_FROM:
                who = m.get("from") or ""
                return f"{who}\n{m['from_id']}" if m.get("from_id") else who
            return self.message_text(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and m.get("n") in self.marks:
            return _MARKED_BG
        if role == Qt.ItemDataRole.ForegroundRole and m.get("type") == "service":
            return _SERVICE_FG
        if role == Qt.ItemDataRole.FontRole and col == COL_MARK:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.UserRole:
            return m
        return None


class ChatFilter(QSortFilterProxyModel):
    """Search words (all must appear, in the text, the sender or the number) and "only marked"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.only_marked = False

    def refilter(self, change=None) -> None:
        if hasattr(self, "beginFilterChange"):          # Qt 6.9 and later
            self.beginFilterChange()
            if change:
                change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            if change:
                change()
            self.invalidateRowsFilter()

    def set_search(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "words", [w.casefold() for w in text.split() if w]))

    def set_only_marked(self, on: bool) -> None:
        self.refilter(lambda: setattr(self, "only_marked", on))

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        src: ChatModel = self.sourceModel()
        m = src.messages[row]
        if self.only_marked and m.get("n") not in src.marks:
            return False
        if not self.words:
            return True
        hay = " ".join((src.message_text(row), str(m.get("from") or ""), str(m.get("from_id") or ""),
                        str(m.get("n")), str(m.get("id") or ""))).casefold()
        return all(w in hay for w in self.words)


class ChatView(QWidget):
    """The "Conversation" tab of a chat item."""

    marksChanged = Signal(str, list)       # item id, the marks in force

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.item: Item | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)                 # the lines above the messages take little of the pane
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.summary)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(lambda: self._apply_search())
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.only_marked = QCheckBox()
        self.only_marked.toggled.connect(self._only_marked)
        self.mark_btn = QPushButton()
        self.mark_btn.clicked.connect(lambda: self.mark_selected(True))
        self.unmark_btn = QPushButton()
        self.unmark_btn.clicked.connect(lambda: self.mark_selected(False))
        # the search field has a line of its own, the counts with "Only marked" the next, the
        # buttons the third: on one line their longer Tajik and Russian words squeezed the field
        # to nothing, and made the pane wider than a 1024-pixel window has room for
        lay.addWidget(self.search)
        self.count = style.hint()
        counts = QHBoxLayout()
        counts.addWidget(self.count, 1)
        counts.addWidget(self.only_marked)
        lay.addLayout(counts)
        bar.addStretch(1)
        bar.addWidget(self.mark_btn)
        bar.addWidget(self.unmark_btn)
        lay.addLayout(bar)
        self.model = ChatModel(self)
        self.proxy = ChatFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        fit.whole_headers(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # fixed heights: 10,000 rows must not each be measured; the chosen message is shown whole below
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, w in ((COL_MARK, 26), (COL_NO, 90), (COL_TIME, 200), (COL_FROM, 130)):
            hh.resizeSection(col, w)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.viewer = ImageViewer()
        self.viewer.revealRequested.connect(self._log_reveal)
        self.full = QLabel()              # the chosen message, whole
        self.full.setWordWrap(True)
        self.full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the messages have the pane; the chosen message's whole text and its picture (only if it
        # has one) appear below them, and a hidden part of a splitter gives its room back
        self.full.setMargin(4)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.full)
        split.addWidget(self.viewer)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 0)
        split.setStretchFactor(2, 2)
        self.split = split
        self.full.hide()
        self.viewer.hide()
        lay.addWidget(split, 1)
        self.retranslate()
        self.show_chat(None)

    # ------------------------------------------------------------------ content
    def show_chat(self, item: Item | None, records: list | None = None) -> None:
        """Show a chat item (with its metadata) and the marks its custody records hold."""
        same = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        chat = (item.metadata or {}).get("chat") if item is not None else None
        marks = set(marked_in(records or [], item.id)) if item is not None else set()
        if same:
            self.model.set_marks(marks)
        else:
            self.viewer.blur()
            self.viewer.clear()
            self.full.clear()
            self._show_below(full=False, picture=False)
            self.model.set_chat(chat if isinstance(chat, dict) else None, marks)
        self._summarise(chat if isinstance(chat, dict) else None)
        self._update_buttons()

    def _summarise(self, chat: dict | None) -> None:
        if not chat:
            self.summary.setText("")
            self.count.setText("")
            return
        platform = {"telegram": "Telegram", "whatsapp": "WhatsApp"}.get(chat.get("platform"), "")
        n = chat.get("counts") or {}
        parts = [f"<b>{_html(chat.get('name') or '')}</b> · {platform}"]
        if chat.get("telegram_id") is not None:
            parts.append(self.tr("Telegram id {id}").format(id=chat["telegram_id"]))
        # each count has its own plural form; the sentence around them is one text, so a
        # translation can put them in its own order
        parts.append(self.tr("{messages}, {files}, {gaps}", "a chat's counts: 5 messages, 2 files, 0 gaps").format(
            messages=self.tr("%n message(s)", "", n.get("total", 0)),
            files=self.tr("%n file(s)", "", n.get("media", 0)),
            gaps=self.tr("%n gap(s)", "", n.get("gaps", 0))))
        times = chat.get("times") or {}
        zone = times.get("zone") or {}
        if times.get("source") == "date_unixtime":
            note = self.tr("Times: UTC from Telegram's own time stamps.")
        elif zone.get("how") == "stated":
            note = self.tr("Times: written by the phone without a zone; read in {zone}, as you stated.").format(zone=zone.get("zone"))
        else:
            note = self.tr("Times: written by the phone without a zone; read in {zone}, this computer's zone.").format(zone=zone.get("zone"))
        self.summary.setText(" · ".join(parts) + "<br>" + _html(note))
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(self.tr("{shown} · {marked}", "the chat's counts: 3 of 10 messages shown · 2 marked").format(
            shown=self.tr("{shown} of %n message(s) shown", "", total).format(shown=self.proxy.rowCount()),
            marked=self.tr("%n marked", "", len(self.model.marks))))

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search.text())
        self._update_count()

    def _only_marked(self, on: bool) -> None:
        self.proxy.set_only_marked(on)
        self._update_count()

    def selected_numbers(self) -> list[int]:
        out = []
        for idx in self.table.selectionModel().selectedRows():
            m = self.proxy.data(idx, Qt.ItemDataRole.UserRole)
            if m is not None:
                out.append(m.get("n"))
        return sorted(out)

    def _update_buttons(self) -> None:
        has = bool(self.item) and bool(self.table.selectionModel().selectedRows())
        self.mark_btn.setEnabled(has)
        self.unmark_btn.setEnabled(has)
        self.search.setEnabled(self.item is not None)

    # ------------------------------------------------------------------ marks
    def mark_selected(self, marked: bool) -> None:
        ns = self.selected_numbers()
        if self.item is None or not ns:
            return
        iid = self.item.id
        from evidence_kit.chats import mark

        def done(marks: list[int]):
            if self.item is not None and self.item.id == iid:
                self.model.set_marks(set(marks))
                self.proxy.refilter()
                self._update_count()
            self.marksChanged.emit(iid, marks)

        def failed(exc):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.window().windowTitle(), i18n.error_text(exc))

        self.session.write(lambda v: mark(v, iid, ns, marked=marked), items_changed=False, owner=self,
                           on_done=done, on_error=failed)

    # ------------------------------------------------------------------ pictures
    def _current_changed(self, current, _previous) -> None:
        m = self.proxy.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.viewer.blur()
        self._show_full(current)
        pic = None
        if m and self.item is not None:
            for x in m.get("media") or ():
                art = self.item.artifact(x.get("artifact") or "\x00")
                if art is not None and art.media_type.startswith("image/") and art.media_type != "image/svg+xml":
                    pic = art.name
                    break
        self._show_below(full=m is not None, picture=pic is not None)
        if pic is None:                   # no empty frame where a picture would be
            self.viewer.clear()
            return
        iid = self.item.id
        self.viewer.clear(self.tr("Opening the picture…"))

        def job(vault):
            return decode_image(iid, pic, vault.read_artifact(iid, pic))

        def done(img):
            if self.item is None or self.item.id != iid:
                return
            if img is None:
                self.viewer.clear(self.tr("This picture could not be shown here. It is kept unchanged in the vault."))
            else:
                self.viewer.set_image(img)

        self.session.read(job, on_done=done, owner=self,
                          on_error=lambda exc: self.viewer.clear(i18n.error_text(exc)))

    def _show_full(self, current) -> None:
        """The chosen message, whole, below the table (made again when the language changes)."""
        m = self.proxy.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if m is None:
            self.full.clear()
            return
        src = self.proxy.mapToSource(current).row()
        head = " · ".join(x for x in (str(m.get("n")), m.get("from") or "",
                                      self.model.time_text(m).replace("\n", " · ")) if x)
        self.full.setText(f"{head}\n{self.model.message_text(src)}")

    def _show_below(self, full: bool, picture: bool) -> None:
        """The chosen message's text and its picture, below the messages, only when there is
        something to show; the messages keep the rest of the pane. Sizes are set only when what
        is shown changes, so a divider she moved stays where she put it."""
        if full == self.full.isVisibleTo(self) and picture == self.viewer.isVisibleTo(self):
            return
        self.full.setVisible(full)
        self.viewer.setVisible(picture)
        total = sum(self.split.sizes()) or self.split.height()
        text_h = min(self.full.heightForWidth(max(1, self.split.width())) + 8, total // 3) if full else 0
        picture_h = int(total * 0.45) if picture else 0
        self.split.setSizes([max(1, total - text_h - picture_h), text_h, picture_h])

    def _log_reveal(self, iid: str, name: str) -> None:
        self.session.write(lambda v: v.log_event("artifact_revealed", items=[iid], details={"artifact": name}),
                           items_changed=False, owner=self)

    # ------------------------------------------------------------------ words
    def retranslate(self) -> None:
        fit.placeholder(self.search, self.tr("Search this chat (words, a sender, a message number)"))
        self.only_marked.setText(self.tr("Only marked"))
        self.mark_btn.setText(self.tr("Exhibit these"))
        self.mark_btn.setToolTip(self.tr("Mark the chosen messages as the ones that matter. The dossier then shows "
                                         "them; the mark is recorded and the sealed chat never changes."))
        self.unmark_btn.setText(self.tr("Unmark"))
        self.model.retranslate()
        self._show_full(self.table.currentIndex())
        if self.item is not None:
            chat = (self.item.metadata or {}).get("chat")
            self._summarise(chat if isinstance(chat, dict) else None)

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _html(text: str) -> str:
    from html import escape

    return escape(str(text))
