"""The unlock screen under the unlock limit: a countdown during a wait (nothing tried, even the
right passphrase, Enter still meaning Open), the wait surviving a restart of the app, and the
failed tries told after the unlock. A fake clock stands in for waiting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from evidence_kit.errors import WrongPassphrase
from evidence_kit.vault import Vault, attempts
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def limited_vault(tmp_path):
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    with v.new_item("capture", url="https://x.test/", title="kept") as d:
        d.add_bytes("a.txt", b"evidence", role="original")
        d.seal()
    attempts.change_settings(v, allowed=3, first_wait_s=5)
    v.close()
    return tmp_path / "vault"


def _enter(qtbot, dlg, text):
    dlg.field.clear()
    dlg.field.setFocus()
    dlg.field.setText(text)
    QTest.keyClick(dlg.field, Qt.Key.Key_Return)


def _answered(qtbot, dlg):
    qtbot.waitUntil(lambda: dlg.field.isEnabled() and not dlg.busy.isVisible()
                    and (dlg.message.isVisible() or dlg.countdown.isVisible()), timeout=20000)


def test_countdown_then_the_right_passphrase_and_the_failures_told(qtbot, controller_factory,
                                                                      limited_vault, clock):
    c = controller_factory(limited_vault)
    c.start()
    dlg = c.screen
    assert not dlg.countdown.isVisible() and dlg.unlock_btn.isEnabled()
    for i in range(3):
        _enter(qtbot, dlg, "not my passphrase")
        _answered(qtbot, dlg)
        assert dlg.message.text().startswith("That passphrase does not open this vault.")
    # the third wrong one begins a 5 s wait: a countdown, Open refused
    assert dlg.countdown.isVisible()
    assert "must wait: 5 seconds" in dlg.countdown.text()
    assert not dlg.unlock_btn.isEnabled()
    _enter(qtbot, dlg, PASSPHRASE)                  # Enter during the wait: nothing is tried
    assert not dlg.busy.isVisible() and c.main is None
    assert attempts.load(limited_vault).failed == 3
    clock.advance(3)
    dlg.wait.tick()
    assert "must wait: 2 seconds" in dlg.countdown.text()
    clock.advance(2)
    dlg.wait.tick()
    assert not dlg.countdown.isVisible() and dlg.unlock_btn.isEnabled()
    _enter(qtbot, dlg, PASSPHRASE)                  # Enter = Open, now tried
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    box = c.failures_box
    assert box.isVisible()
    assert box.text().startswith("3 wrong passphrases were tried since you last opened the vault, "
                                 "the last on 2026-12-06 ")
    assert box.text().endswith(" — 2026-12-06T20:00:00Z.")
    assert [i.title for i in c.session.vault.items()] == ["kept"]      # nothing deleted
    assert c.session.vault.custody_log()[-1]["entry"]["event"] == "unlock_failures"
    box.close()


def test_a_wait_begun_before_the_app_started_shows_at_once(qtbot, controller_factory,
                                                            limited_vault, clock):
    for _ in range(4):                              # the fourth is refused: a wait
        try:
            Vault.open(limited_vault, "wrong")
        except WrongPassphrase:
            pass
        except Exception as exc:                    # UnlockPaused
            assert exc.exit_code == 3
    c = controller_factory(limited_vault)
    c.start()
    dlg = c.screen
    assert dlg.countdown.isVisible() and "5 seconds" in dlg.countdown.text()
    assert dlg.wait.timer.isActive()
    dlg.field.setText(PASSPHRASE)
    qtbot.mouseClick(dlg.unlock_btn, Qt.MouseButton.LeftButton)    # disabled: nothing happens
    assert c.main is None and not dlg.busy.isVisible()
    clock.advance(5)
    dlg.wait.tick()
    assert not dlg.wait.timer.isActive()
    qtbot.mouseClick(dlg.unlock_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    c.failures_box.close()


def test_the_limit_is_set_in_settings(qtbot, controller_factory, limited_vault):
    from tests.ui.conftest import unlock_through_dialog

    c = controller_factory(limited_vault)
    c.start()
    unlock_through_dialog(qtbot, c, PASSPHRASE)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    dlg = c.main.open_settings()
    assert (dlg.unlock_attempts.value(), dlg.unlock_wait.value()) == (3, 5)    # as set before
    assert (dlg.unlock_attempts.minimum(), dlg.unlock_attempts.maximum()) == (3, 20)
    assert dlg.unlock_wait.minimum() == 5
    dlg.unlock_attempts.setValue(7)
    dlg.unlock_wait.setValue(45)
    with qtbot.waitSignal(dlg.accepted, timeout=10000):
        qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    assert attempts.current_settings(limited_vault) == (7, 45)      # readable before unlock
    keys = [r["entry"]["details"].get("key") for r in c.session.vault.custody_log()
            if r["entry"]["event"] == "settings_changed"]
    assert keys.count("unlock_attempts") == 2 and keys.count("unlock_wait_seconds") == 2   # set twice
