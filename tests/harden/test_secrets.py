"""Secrets given in the environment never reach a program Evidence Kit starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.helpers import ROOT, cli_env, run_cli
from tests.site import pages_harden

SECRETS = {"EVIDENCE_KIT_PASSPHRASE": "ekPass" + os.urandom(6).hex(),
           "EVIDENCE_KIT_RECOVERY_KEY": "ekRecovery" + os.urandom(6).hex(),
           "EVIDENCE_KIT_NEW_PASSPHRASE": "ekNewPass" + os.urandom(6).hex()}


def _children(pid: int) -> set[int]:
    """Every process descended from `pid` (read from /proc)."""
    parent_of = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            parent_of[int(d.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parent_of.items() if pp in frontier} - found
        found |= frontier
    return found


def _environ(pid: int) -> bytes | None:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return None


def _exe(pid: int) -> str:
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return ""


@pytest.mark.browser
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")
def test_driver_and_browser_never_hold_the_passphrase(tmp_path, site, browser_info):
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", HOME=tmp_path / "home",
                  EVIDENCE_KIT_BROWSER=browser_info.path, **SECRETS)
    assert run_cli(["init"], env).returncode == 0
    token = "t" + os.urandom(4).hex()
    proc = subprocess.Popen([sys.executable, "-m", "evidence_kit.cli.main", "capture", "--json",
                             site.url(f"/harden/hold/{token}")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    try:
        assert pages_harden.arrived(token).wait(120), "the browser never asked for the page"
        time.sleep(0.5)           # every renderer and helper of the browser has started by now
        kids = _children(proc.pid)
        seen = {pid: _environ(pid) for pid in kids}
        seen = {pid: e for pid, e in seen.items() if e is not None}
        exes = {pid: _exe(pid) for pid in seen}
    finally:
        pages_harden.release(token)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err.decode()
    assert json.loads(out)[0]["status"] == "sealed"
    # the driver (node) and the browser (several processes) were running and were looked at
    assert any(Path(e).name == "node" for e in exes.values()), exes
    assert sum(1 for e in exes.values() if "chrom" in Path(e).name) >= 2, exes
    for pid, environ in seen.items():
        names = [v.split(b"=", 1)[0].decode() for v in environ.split(b"\0") if v]
        for name, value in SECRETS.items():
            assert value.encode() not in environ, f"{exes[pid]} (pid {pid}) holds {name}"
            assert name not in names, f"{exes[pid]} (pid {pid}) has {name} in its environment"


def test_secrets_leave_the_environment_once_read(monkeypatch):
    """In-process: after the command line has read them, os.environ no longer has them, so
    nothing started later (subprocess, os.system) can inherit them."""
    from evidence_kit import secrets_env
    from evidence_kit.cli.main import main

    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("EVIDENCE_KIT_LANG", "en")
    assert main(["list", "--vault", "/nonexistent/ek-vault"]) == 4
    for k in SECRETS:
        assert k not in os.environ
    assert secrets_env.secret("EVIDENCE_KIT_PASSPHRASE") == SECRETS["EVIDENCE_KIT_PASSPHRASE"]
    child = subprocess.run([sys.executable, "-c", "import os; print(sorted(os.environ))"],
                           capture_output=True, text=True, check=True)
    for k in SECRETS:
        assert k not in child.stdout
    # a child environment built by hand keeps everything but the secrets
    built = secrets_env.child_env({"PATH": "/bin", "EVIDENCE_KIT_LANG": "tg",
                                   "EVIDENCE_KIT_SYNC_TOKEN": "x", **SECRETS})
    assert built == {"PATH": "/bin", "EVIDENCE_KIT_LANG": "tg"}
