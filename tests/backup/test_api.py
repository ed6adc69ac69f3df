"""The API the app calls: progress, a safe cancel from another thread, the last good backup."""

from __future__ import annotations

import threading

import pytest

from evidence_kit import backup
from evidence_kit.vault import Vault
from tests.backup.helpers import make_vault
from tests.conftest import PASSPHRASE


def test_progress_cancel_and_last_complete(tmp_path):
    v, _ = make_vault(tmp_path / "vault", 4, size=400_000)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.add(v, "stick", str(usb))
    assert backup.last_complete(v) is None
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done > 0:
            cancel.set()            # as the app's Cancel button does, from the GUI thread

    with pytest.raises(backup.BackupCancelled):
        backup.run(v, "stick", progress=progress, cancel=cancel)
    assert seen[0][0] == 0 and seen[0][1] > 1_600_000
    [folder] = list(usb.iterdir())
    assert not (folder / "complete").exists()
    assert not list((folder / "tmp").iterdir())            # no half-copied file left behind
    runs = [e["entry"]["details"] for e in v.custody_log() if e["entry"]["event"] == "backup_run"]
    assert runs[-1]["result"] == "cancelled" and runs[-1]["backup"] == folder.name
    assert runs[-1]["bytes"] > 0                            # what it had copied before the stop
    assert backup.last_complete(v) is None
    assert backup.rows(v)[0]["last_result"] == "cancelled"

    seen.clear()
    res = backup.run(v, "stick", progress=lambda d, t: seen.append((d, t)))
    assert res.result == "complete" and seen[-1][0] == seen[-1][1]
    when, name = backup.last_complete(v)
    assert name == "stick" and when.tzinfo is not None
    assert when.isoformat().replace("+00:00", "Z").startswith(res.at[:19])
    v.close()


def test_a_damaged_vault_is_not_copied_over_a_good_backup(tmp_path):
    v, _ = make_vault(tmp_path / "vault", 2)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup.add(v, "stick", str(usb))
    assert backup.run(v, "stick").result == "complete"
    v.close()
    head = tmp_path / "vault" / "head"
    head.write_bytes(head.read_bytes()[:-3] + b"xyz")
    v = Vault.open(tmp_path / "vault", PASSPHRASE)
    try:
        with pytest.raises(backup.BackupRefused) as exc:
            backup.run(v, "stick")
        assert exc.value.exit_code == 4 and "needs attention" in exc.value.message()
    finally:
        v.close()
