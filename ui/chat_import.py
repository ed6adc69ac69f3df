"""Importing chat exports in the app: which zone the phone's clock was in, asked once per import.

WhatsApp (and old Telegram exports) write the phone's local time with no zone. Before such an
export is sealed, `ask_zone` asks which zone that was, offering this computer's zone first; her
answer is recorded as stated. Cancelling imports nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout)

from evidence_kit.chats.zones import all_zone_names, computer_zone_name

from . import style


class ZoneDialog(QDialog):
    def __init__(self, parent=None, default: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time zone of the chat"))
        lay = QVBoxLayout(self)
        text = QLabel(self.tr(
            "WhatsApp writes each message's time as the phone showed it, without a time zone. "
            "In which time zone was the phone? Evidence Kit records your answer as stated by you."))
        text.setWordWrap(True)
        lay.addWidget(text)
        self.zones = QComboBox()
        self.zones.setEditable(True)
        here = default or computer_zone_name()
        names = [here] + [n for n in all_zone_names() if n != here]
        self.zones.addItems(names)
        self.zones.setCurrentIndex(0)
        lay.addWidget(self.zones)
        hint = style.hint(self.tr("Dushanbe is Asia/Dushanbe, Moscow is Europe/Moscow. The first choice is this computer's zone."))
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(480, 200)

    def zone(self) -> str:
        return self.zones.currentText().strip()


def ask_zone(parent) -> str | None:
    """The zone she confirms, or None if she cancelled."""
    dlg = ZoneDialog(parent)
    return dlg.zone() if dlg.exec() else None
