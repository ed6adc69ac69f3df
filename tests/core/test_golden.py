"""Vaults written by earlier versions keep opening, byte for byte, in this one."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from evidence_kit.vault import FORMAT_VERSION, Vault

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = sorted(p for p in DATA.glob("golden-v*") if p.is_dir())


def test_a_golden_vault_exists_for_the_current_format():
    assert (DATA / f"golden-v{FORMAT_VERSION}").is_dir()


@pytest.mark.parametrize("golden", GOLDEN, ids=[p.name for p in GOLDEN])
def test_golden_vault_opens_and_verifies(golden, tmp_path):
    expected = json.loads((DATA / f"{golden.name}.json").read_text("utf-8"))
    copy = tmp_path / golden.name
    shutil.copytree(golden, copy)
    for writable in (False, True):
        v = Vault.open(copy, expected["passphrase"], writable=writable)
        report = v.verify()
        assert report.ok and not report.warnings, [p.message for p in report.problems]
        items = v.items()
        assert [i.id for i in items] == [e["id"] for e in expected["items"]]
        for item, exp in zip(items, expected["items"]):
            assert (item.exhibit, item.url, item.title, item.case) == (exp["exhibit"], exp["url"], exp["title"], expected["case"])
            for art, ea in zip(item.artifacts, exp["artifacts"]):
                data = v.read_artifact(item.id, art.name)
                assert hashlib.sha256(data).hexdigest() == ea["sha256"] and len(data) == ea["size"]
        for iid, changes in expected["after"].items():
            it = next(i for i in items if i.id == iid)
            assert {k: getattr(it, k) for k in changes} == changes
        assert len(v.custody_log()) >= expected["log_events"]
        # trusted time shown honestly: a stamp counts only if its token chains to a trusted root
        # (these vaults hold none, so every item is pending, and nothing claims otherwise)
        from evidence_kit import timestamps

        for item in items:
            judged = timestamps.assess(v, item)
            assert timestamps.status(item, v) == ("stamped" if any(s["trust"] == "trusted" for s in judged)
                                                  else "pending")
            assert all(row["status"] in ("stamped", "untrusted", "pending")
                       for row in timestamps.view(item, ["http://127.0.0.1:9/tsr"], v))
        v.close()
    v = Vault.open(copy, recovery_key=expected["recovery_key"], writable=False)
    assert v.item_count() == len(expected["items"])
    v.close()
