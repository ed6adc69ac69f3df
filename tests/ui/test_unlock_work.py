"""What unlocking costs: the key is derived once, off the window's thread, and nothing slow is left
for the window's thread between the key and the table (the export package is loaded on a thread
of its own while she types). Figures are bench/bench_unlock.py's; this checks the work, not time."""

from __future__ import annotations

import threading

from evidence_kit.vault import Vault, _crypto
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock_through_dialog


def test_the_key_is_derived_once_off_the_window_and_the_export_loaded_while_she_types(
        qtbot, controller_factory, tmp_path, monkeypatch):
    from ui import app as app_module, export_dialog

    Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)[0].close()
    derived = []
    argon2id = _crypto.argon2id

    def counted(*a, **kw):
        derived.append(threading.current_thread().name)
        return argon2id(*a, **kw)

    monkeypatch.setattr(_crypto, "argon2id", counted)
    loaded = []
    monkeypatch.setattr(export_dialog, "preload_export", lambda: loaded.append(threading.current_thread().name))
    monkeypatch.setattr(app_module.AppController, "_export_loaded", False, raising=False)

    c = controller_factory(tmp_path / "vault")
    c.start()
    assert c.screen is not None
    qtbot.waitUntil(lambda: bool(loaded), timeout=20000)       # while the unlock screen is up
    assert loaded == ["ek-preload"]
    unlock_through_dialog(qtbot, c)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    assert len(derived) == 1, derived                          # one Argon2id for one unlock
    assert derived[0] != threading.main_thread().name
    assert loaded == ["ek-preload"]                           # not again on the window's thread
    # lock and unlock again: loaded once per run of the app, one derivation per unlock
    c.lock("button")
    unlock_through_dialog(qtbot, c)
    qtbot.waitUntil(lambda: c.main is not None, timeout=20000)
    assert len(derived) == 2 and loaded == ["ek-preload"]
