"""Importing chat exports in the app: which zone the phone's clock was in, asked once per import.

WhatsApp (and old Telegram exports) write the phone's local time with no zone. Before such an
export is sealed, `ask_zone` asks which zone that was, offering this computer's zone first; her
answer is recorded as stated. Cancelling imports nothing.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout)

from evidence_kit.chats.zones import all_zone_names, computer_zone_name

OTHER = "\x00other"


def utc_offset(name: str) -> str:
    """"UTC+5", "UTC-4:30", "UTC" for the zone's offset now."""
    try:
        off = datetime.now(ZoneInfo(name)).utcoffset()
    except Exception:
        return ""
    minutes = int(off.total_seconds() // 60) if off is not None else 0
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else "")

from . import fit, style


class ZoneDialog(QDialog):
    def __init__(self, parent=None, default: str | None = None):
        super().__init__(parent)
        fit.grow(self)
        self.setWindowTitle(self.tr("Time zone of the chat"))
        lay = QVBoxLayout(self)
        text = QLabel(self.tr(
            "WhatsApp writes each message's time as the phone showed it, without a time zone. "
            "In which time zone was the phone? Evidence Kit records your answer as stated by you."))
        text.setWordWrap(True)
        lay.addWidget(text)
        # cities she knows, with their offsets, in her language; "Other…" opens every zone
        cities = [("Asia/Dushanbe", self.tr("Dushanbe")), ("Europe/Moscow", self.tr("Moscow")),
                  ("Asia/Tashkent", self.tr("Tashkent")), ("Asia/Almaty", self.tr("Almaty")),
                  ("Asia/Bishkek", self.tr("Bishkek")), ("Europe/Istanbul", self.tr("Istanbul")),
                  ("Europe/Berlin", self.tr("Berlin")), ("Europe/London", self.tr("London")),
                  ("America/New_York", self.tr("New York")), ("UTC", "UTC")]
        here = default or computer_zone_name()
        self.zones = QComboBox()
        if here not in {z for z, _ in cities}:
            self.zones.addItem(self.tr("{zone} — this computer's zone").format(zone=here) + f" ({utc_offset(here)})", here)
        for z, city in cities:
            self.zones.addItem(f"{city} ({utc_offset(z)})" if z != "UTC" else "UTC", z)
        self.zones.addItem(self.tr("Other…"), OTHER)
        self.zones.setCurrentIndex(max(0, self.zones.findData(here)))
        lay.addWidget(self.zones)
        self.others = QComboBox()          # every zone the system knows, by its name
        self.others.setEditable(True)
        self.others.addItems(all_zone_names())
        self.others.setCurrentText(here)
        self.others.setVisible(False)
        self.zones.currentIndexChanged.connect(
            lambda _: self.others.setVisible(self.zones.currentData() == OTHER))
        lay.addWidget(self.others)
        hint = style.hint(self.tr("Choose the city whose time the phone showed. The first choice is this computer's zone; "
                                  "“Other…” lists every time zone."))
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(480, 200)

    def zone(self) -> str:
        z = self.zones.currentData()
        return self.others.currentText().strip() if z == OTHER else z


def ask_zone(parent) -> str | None:
    """The zone she confirms, or None if she cancelled."""
    dlg = ZoneDialog(parent)
    return dlg.zone() if dlg.exec() else None
