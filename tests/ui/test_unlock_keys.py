"""Enter always means "Open" for the field she is typing in, however often she tries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from evidence_kit.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _type_and_enter(qtbot, dlg, text: str, key=Qt.Key.Key_Return):
    dlg.field.setFocus()
    qtbot.keyClicks(dlg.field, text)
    QTest.keyClick(dlg.field, key)


def _wait_answer(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.field.isEnabled() and not dlg.busy.isVisible()
                    and dlg.message.isVisible(), timeout=20000)


def test_enter_after_a_wrong_passphrase_stays_with_the_passphrase(qtbot, controller_factory, tmp_path):
    Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)[0].close()
    c = controller_factory(tmp_path / "vault")
    c.start()
    dlg = c.screen
    dlg.activateWindow()
    wrong = "not my passphrase"
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Return):
        _type_and_enter(qtbot, dlg, wrong, key)
        _wait_answer(qtbot, dlg)
        assert not dlg.use_recovery, "Enter switched to the recovery key"
        assert dlg.field.echoMode() == dlg.field.EchoMode.Password
        assert dlg.field_label.text() == "Passphrase"
        assert "recovery key does not open" not in dlg.message.text()
        assert dlg.message.text().startswith("That passphrase does not open this vault.")
        assert dlg.field.hasFocus() or dlg.field.selectedText() == wrong
        dlg.field.clear()
    # and the right one opens the vault, with Enter
    dlg.field.setText(PASSPHRASE)       # not ASCII: QTest cannot type it
    QTest.keyClick(dlg.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)


def test_enter_in_recovery_mode_stays_in_recovery_mode(qtbot, controller_factory, tmp_path):
    Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)[0].close()
    c = controller_factory(tmp_path / "vault")
    c.start()
    dlg = c.screen
    qtbot.mouseClick(dlg.mode_btn, Qt.MouseButton.LeftButton)
    assert dlg.use_recovery
    for _ in range(3):
        _type_and_enter(qtbot, dlg, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        _wait_answer(qtbot, dlg)
        assert dlg.use_recovery
        assert dlg.field_label.text() == "Recovery key"
        assert "passphrase does not open" not in dlg.message.text()
        dlg.field.clear()


def test_enter_on_the_first_run_screens_goes_forward_only(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    c.start()
    dlg = c.screen
    QTest.keyClick(dlg, Qt.Key.Key_Return)            # the welcome page: Enter means "Next"
    assert dlg.pages.currentIndex() == 1
    dlg.pass1.setFocus()
    qtbot.keyClicks(dlg.pass1, "a long enough passphrase")
    QTest.keyClick(dlg.pass1, Qt.Key.Key_Return)      # the first field: on to the second
    assert dlg.pages.currentIndex() == 1 and dlg.focusWidget() is dlg.pass2
    qtbot.keyClicks(dlg.pass2, "a different one entirely")
    QTest.keyClick(dlg.pass2, Qt.Key.Key_Return)      # not the same: said, nothing else happens
    assert dlg.pages.currentIndex() == 1 and dlg.pass_error.isVisible()
    assert not (tmp_path / "vault").exists()
