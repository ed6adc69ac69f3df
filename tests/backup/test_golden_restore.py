"""The golden vaults of every format, backed up and restored: the same items, byte for byte."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from evidence_kit import backup
from evidence_kit.vault import Vault
from tests.core.test_golden import DATA, GOLDEN


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_vault_restores_from_its_backup(golden, tmp_path):
    expected = json.loads((DATA / f"{golden.name}.json").read_text("utf-8"))
    copy = tmp_path / golden.name
    shutil.copytree(golden, copy)
    usb = tmp_path / "usb"
    usb.mkdir()
    v = Vault.open(copy, expected["passphrase"])
    backup.add(v, "stick", str(usb))
    assert backup.run(v, "stick").result == "complete"
    assert backup.check(v, "stick").ok
    v.close()
    rep = backup.restore(str(usb), tmp_path / "restored", recovery_key=expected["recovery_key"])
    assert rep.ok and not [p for p in rep.problems if p.kind == "warning"], [p.message for p in rep.problems]
    v = Vault.open(tmp_path / "restored", expected["passphrase"], writable=False)
    try:
        assert v.verify().ok
        items = v.items()
        assert [i.id for i in items] == [e["id"] for e in expected["items"]]
        for item, exp in zip(items, expected["items"]):
            for art, ea in zip(item.artifacts, exp["artifacts"]):
                data = v.read_artifact(item.id, art.name)
                assert hashlib.sha256(data).hexdigest() == ea["sha256"] and len(data) == ea["size"]
        assert v.custody_log()[-1]["entry"]["event"] == "vault_restored"
    finally:
        v.close()
