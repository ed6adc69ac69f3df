"""Changing the passphrase from Settings, with the vault already unlocked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_dialogs, unlock_through_dialog

NEW = "four new words nobody knows"


def test_change_passphrase_in_settings(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    create_through_dialogs(qtbot, c)
    settings = c.main.open_settings()
    qtbot.mouseClick(settings.passwd_btn, Qt.MouseButton.LeftButton)
    from ui.unlock import NewPassphraseDialog

    dlg = settings.findChild(NewPassphraseDialog)
    assert dlg is not None and dlg.isVisible() and dlg.p0.isVisible()
    header = (tmp_path / "vault" / "vault.json").read_bytes()

    # the new one typed differently twice: refused at once
    dlg.p0.setText(PASSPHRASE)
    dlg.p1.setText(NEW)
    assert dlg.strength.text()                  # a strength hint while typing
    dlg.p2.setText(NEW + "x")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert dlg.error.isVisible() and dlg.isVisible()

    # a wrong current passphrase: a calm message, and the vault's key file is untouched
    dlg.p0.setText("not my passphrase at all")
    dlg.p2.setText(NEW)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.busy_now, timeout=20000)
    assert "not your current passphrase" in dlg.error.text()
    assert (tmp_path / "vault" / "vault.json").read_bytes() == header

    # the right one
    dlg.p0.setText(PASSPHRASE)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.passwd_done.text() != "", timeout=20000)
    events = [r["entry"]["event"] for r in c.session.vault.custody_log()]
    assert events.count("passphrase_changed") == 1

    # then the vault opens with the new passphrase and not with the old one
    c.lock()
    unlock_through_dialog(qtbot, c, PASSPHRASE)
    qtbot.waitUntil(lambda: c.screen.message.isVisible(), timeout=20000)
    assert c.main is None
    c.screen.field.clear()
    unlock_through_dialog(qtbot, c, NEW)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
