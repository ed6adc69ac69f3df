"""Settings → "Change every key…": the files written again under new keys, a new recovery key shown
once, the vault locked, then opened only with the new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidence_kit.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import create_through_dialogs, tiny_png, type_text, unlock_through_dialog

NEW = "пароли нав ғ 2026 ҷ"


def test_change_every_key_from_settings(qtbot, controller_factory, tmp_path):
    c = controller_factory(tmp_path / "vault")
    old_recovery = create_through_dialogs(qtbot, c)
    with c.session.vault.new_item("import", title="сурат.png") as d:
        d.add_bytes("сурат.png", tiny_png(), role="original", media_type="image/png")
        item = d.seal()
    old_fp = c.session.vault.fingerprint

    settings = c.main.open_settings()
    assert "change every key" in settings.keys_hint.text().lower()
    dlg = settings.open_rekey()
    qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    assert "current passphrase" in dlg.error.text()              # nothing typed yet: words, no change
    type_text(qtbot, dlg.p0, "not it at all")
    type_text(qtbot, dlg.p1, NEW)
    type_text(qtbot, dlg.p2, NEW)
    qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.error.isVisibleTo(dlg) and "Nothing was changed" in dlg.error.text(),
                    timeout=20000)
    dlg.p0.clear()
    type_text(qtbot, dlg.p0, PASSPHRASE)
    qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 1, timeout=60000)
    assert dlg.bar.value() == 100
    new_recovery = dlg.key_label.text()
    assert new_recovery.count("-") == 7 and new_recovery != old_recovery
    assert old_fp not in dlg.fingerprint.text() and len(dlg.fingerprint.text().split()[-1]) == 64
    dlg.reject()                                                  # cannot leave without confirming
    assert dlg.isVisible()
    assert not dlg.finish_btn.isEnabled()
    dlg.saved.setChecked(True)
    qtbot.mouseClick(dlg.finish_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: type(c.screen).__name__ == "UnlockDialog", timeout=10000)

    unlock_through_dialog(qtbot, c, PASSPHRASE)                   # the old passphrase: refused
    qtbot.waitUntil(lambda: "does not open" in c.screen.message.text(), timeout=20000)
    c.screen.field.clear()
    unlock_through_dialog(qtbot, c, NEW)
    qtbot.waitUntil(lambda: c.main is not None and c.session is not None, timeout=20000)
    v = c.session.vault
    assert v.read_artifact(item.id, "сурат.png") == tiny_png()
    assert v.verify().ok
    # the old passphrase tried once above: this unlock logs it (the unlock limit) after the change
    assert [r["entry"]["event"] for r in v.custody_log()][-2:] == ["vault_rekeyed", "unlock_failures"]
    assert Vault.open(tmp_path / "vault", recovery_key=new_recovery, writable=False).item_count() == 1
