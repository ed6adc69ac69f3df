"""kill -9 at every moment of a backup run: the target is always a whole earlier backup (or,
before the first complete run, recognised as incomplete), and the next run completes it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from evidence_kit import backup
from evidence_kit.vault import Vault
from tests.backup.helpers import add_items, ek, env, make_vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import ROOT


def _killed(tmp_path, at: int, e) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "tests" / "backup" / "_killed_run.py"), str(at),
                           "--vault", str(tmp_path / "vault"), "backup", "run", "stick"],
                          env=e, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def _restored_ids(tmp_path, usb, n) -> list[str] | None:
    """The items a restore of the target brings back (verify clean), or None if it is refused
    as incomplete."""
    dest = tmp_path / f"restored-{n}"
    try:
        rep = backup.restore(str(usb), dest, passphrase=PASSPHRASE)
    except Exception as exc:
        assert getattr(exc, "key", "") == "backup.err.half_written", exc
        assert not dest.exists()
        return None
    assert rep.ok, [p.message for p in rep.problems]
    assert not [p for p in rep.problems if p.kind == "warning"], [p.message for p in rep.problems]
    v = Vault.open(dest, PASSPHRASE, writable=False)
    try:
        ids = [i.id for i in v.items()]
        for i in v.items():
            for a in i.artifacts:
                v.read_artifact(i.id, a.name)
        return ids
    finally:
        v.close()
        shutil.rmtree(dest)


def _sweep(tmp_path, usb, e, before_ids, all_ids, *, first: bool):
    saved, saved_vault = tmp_path / "saved-target", tmp_path / "saved-vault"
    for src, copy in ((usb, saved), (tmp_path / "vault", saved_vault)):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(src, copy)
    at, killed = 1, 0
    while True:
        # each moment from the same start: the vault and its target as they were
        for src, copy in ((usb, saved), (tmp_path / "vault", saved_vault)):
            shutil.rmtree(src)
            shutil.copytree(copy, src)
        r = _killed(tmp_path, at, e)
        if r.returncode == 0:             # the run got through all its operations: the sweep is over
            assert int(re.search(r"ops=(\d+)", r.stdout).group(1)) < at
            break
        assert r.returncode == -9, r.stderr
        killed += 1
        got = _restored_ids(tmp_path, usb, at)
        if got is None:
            assert first, f"a complete backup became unrestorable when killed at operation {at}"
        else:
            assert got in (before_ids, all_ids), at      # a whole backup, old or new
        v = Vault.open(tmp_path / "vault", PASSPHRASE)
        try:
            rep = backup.check(v, "stick")
            assert rep.ok == (got is not None), (at, rep.messages())
            assert backup.run(v, "stick").result == "complete"      # the next run completes it
        finally:
            v.close()
        assert _restored_ids(tmp_path, usb, f"{at}-after") == all_ids
        at += 1
    return killed


@pytest.mark.timeout(900)
def test_kill_9_at_every_moment_of_a_first_and_of_a_later_run(tmp_path):
    v, _ = make_vault(tmp_path / "vault", 2)
    first_ids = [i.id for i in v.items()]
    v.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    e = env(tmp_path)
    assert ek(tmp_path / "vault", "backup", "add", "stick", usb, env=e).returncode == 0
    killed = _sweep(tmp_path, usb, e, None, first_ids, first=True)
    assert killed > 20
    v = Vault.open(tmp_path / "vault", PASSPHRASE)
    add_items(v, 2)
    all_ids = [i.id for i in v.items()]
    v.close()
    killed = _sweep(tmp_path, usb, e, first_ids, all_ids, first=False)
    assert killed > 10
