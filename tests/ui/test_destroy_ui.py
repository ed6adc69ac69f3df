"""Settings → "Delete this vault from this computer now": a warning in large type that says
whether a backup exists and when, a second confirmation, then the vault, the settings that name it
and stale browser folders are gone and the first screen is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from evidence_kit.backup import rows
from evidence_kit.errors import EvidenceKitError
from evidence_kit.settings import load_settings, save_settings
from evidence_kit.vault import Vault
from tests.backup.helpers import run_ending
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock_through_dialog


def _vault(tmp_path, backup: str | None):
    v, rk = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    with v.new_item("capture", url="https://x.test/", title="a") as d:
        d.add_bytes("a.txt", b"evidence", role="original")
        d.seal()
    at = None
    if backup:
        run_ending(v, backup, tmp_path / "usb")
        at = rows(v)[0]["last_complete"]
    v.close()
    return tmp_path / "vault", rk, at


def _open(qtbot, controller_factory, path):
    c = controller_factory(path)
    c.start()
    unlock_through_dialog(qtbot, c, PASSPHRASE)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    settings = c.main.open_settings()
    dlg = settings.open_destroy()
    qtbot.waitUntil(lambda: dlg.backup_read, timeout=10000)
    return c, settings, dlg


def test_delete_from_settings_with_a_backup(qtbot, controller_factory, tmp_path, monkeypatch):
    from ui.unlock import FirstRunDialog

    path, rk, at = _vault(tmp_path, "complete")
    save_settings(vault_path=str(path), language="en")
    temp = tmp_path / "temp"
    stale = temp / "ekb-zz11yy22"
    stale.mkdir(parents=True)
    (stale / "Cookies").write_bytes(b"login")
    (stale / ".ek-owner").write_text("123")         # its owner gone: its lock is free
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("EVIDENCE_KIT_TEMP_ON_DISK", "1")
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    c, settings, dlg = _open(qtbot, controller_factory, path)
    assert dlg.isVisible()
    assert dlg.backup_text.text().startswith("The last complete backup was made on ")
    assert f" — {at}, with 1 item." in dlg.backup_text.text()
    assert "neither your passphrase nor your recovery key" in dlg.warning.text()
    assert dlg.warning.font().pointSize() >= 15 and dlg.backup_text.font().pointSize() >= 13
    assert "SSDs" in dlg.remains.text()
    qtbot.mouseClick(dlg.delete_btn, Qt.MouseButton.LeftButton)      # first: only the question
    assert dlg.confirm_text.isVisible() and "Are you sure?" in dlg.confirm_text.text()
    assert dlg.delete_btn.text() == "Yes, delete it now"
    assert Vault.exists(path) and c.main is not None
    qtbot.mouseClick(dlg.delete_btn, Qt.MouseButton.LeftButton)      # second: deleted
    qtbot.waitUntil(lambda: isinstance(c.screen, FirstRunDialog), timeout=20000)
    assert c.main is None and c.session is None
    assert not path.exists()
    assert "vault_path" not in load_settings() and load_settings().get("language") == "en"
    assert not stale.exists()
    for kw in ({"passphrase": PASSPHRASE}, {"recovery_key": rk}):
        with pytest.raises(EvidenceKitError):
            Vault.open(path, **kw)


def test_no_backup_is_said_and_keep_the_vault_changes_nothing(qtbot, controller_factory, tmp_path):
    path, _, _ = _vault(tmp_path, "failed")
    c, settings, dlg = _open(qtbot, controller_factory, path)
    assert dlg.backup_text.text() == "No backup of this vault was ever completed: everything in it will be gone for good."
    qtbot.mouseClick(dlg.delete_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.cancel_btn, Qt.MouseButton.LeftButton)     # "Keep the vault"
    assert not dlg.isVisible() and c.main is not None
    assert Vault.exists(path) and c.session.vault.items()
