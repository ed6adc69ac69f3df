"""Crashes and full disks: sealed evidence is never lost, the vault always opens and verifies."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time

import pytest

from evidence_kit.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.helpers import ROOT, cli_env, run_cli

CHILD = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from evidence_kit.vault import Vault
from evidence_kit.importer import import_file
v = Vault.open(sys.argv[2], sys.argv[3])
for p in sys.argv[4:]:
    item = import_file(v, Path(p))
    print("sealed", item.id, item.artifacts[0].sha256, flush=True)
v.close()
"""


@pytest.fixture
def sources(tmp_path):
    rnd = random.Random(7)
    src = tmp_path / "src"
    src.mkdir()
    files = []
    for i in range(12):
        size = rnd.choice([0, 10, 5000, 1 << 20, 9 << 20, 24 << 20])
        p = src / f"file-{i:02d}.bin"
        p.write_bytes(os.urandom(size))
        files.append(p)
    return files


def test_kill_9_during_import_never_loses_sealed_items(tmp_path, sources):
    path = tmp_path / "vault"
    v, _ = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    v.close()
    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    confirmed: dict[str, str] = {}
    rnd = random.Random(20261125)
    for round_ in range(6):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), str(path), PASSPHRASE,
                                 *map(str, sources)], stdout=subprocess.PIPE, text=True)
        time.sleep(rnd.uniform(0.05, 1.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        for line in out.splitlines():
            _, iid, sha = line.split()
            confirmed[iid] = sha
        # after every crash the vault opens, verifies (warnings allowed) and keeps what was sealed
        v = Vault.open(path, PASSPHRASE, writable=True)
        report = v.verify()
        assert report.ok, [p.message for p in report.errors]
        have = {i.id: i for i in v.items()}
        for iid, sha in confirmed.items():
            assert iid in have and have[iid].artifacts[0].sha256 == sha
        for it in have.values():
            assert it.artifacts[0].sha256 in expected
            data = v.read_artifact(it.id, it.artifacts[0].name)
            assert hashlib.sha256(data).hexdigest() == it.artifacts[0].sha256
        v.close()
    # leftovers are only warnings, and gc clears them
    v = Vault.open(path, PASSPHRASE, writable=True)
    v.gc()
    report = v.verify()
    assert report.ok and not report.unreferenced
    v.close()


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.fail("this test needs root to mount a small tmpfs (CI runs as root)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_full_disk_keeps_sealed_items_and_says_so(tmp_path, small_disk):
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=small_disk / "vault", EVIDENCE_KIT_PASSPHRASE="pw",
                  HOME=tmp_path / "home")
    assert run_cli(["init"], env).returncode == 0
    small = tmp_path / "small.txt"
    small.write_text("first evidence")
    r = run_cli(["import", small], env)
    assert r.returncode == 0, r.stderr
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(20 << 20))
    r = run_cli(["import", big], env)
    assert r.returncode == 1
    assert "The disk is full" in r.stderr and "Traceback" not in r.stderr
    # the vault still opens, verifies, and holds the first item; no temp file is left behind
    r = run_cli(["verify"], env)
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_cli(["list", "--json"], env)
    assert [i["title"] for i in __import__("json").loads(r.stdout)] == ["small.txt"]
    assert not any((small_disk / "vault" / "tmp").iterdir())
