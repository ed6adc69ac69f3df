"""Playwright's driver failing is told apart from the browser failing, each in its own words and
exit code; setup.sh installs what the driver needs on a minimal Debian."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.helpers import ROOT, cli_env, run_cli

# libraries a minimal Debian 12 (debootstrap --variant=minbase) already has
MINBASE = {"libc6", "libgcc-s1", "libstdc++6"}


def _script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return path


@pytest.fixture
def env(tmp_path, browser_info):
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE="pw",
                  HOME=tmp_path / "home", EVIDENCE_KIT_BROWSER=browser_info.path)
    assert run_cli(["init"], env).returncode == 0
    return env


def test_driver_missing_a_library_is_not_blamed_on_the_browser(env, tmp_path, site):
    # what the dynamic loader prints on a bare Debian 12, from a stand-in for Playwright's node
    node = _script(tmp_path / "node", 'echo "$0: error while loading shared libraries: libatomic.so.1: '
                                      'cannot open shared object file: No such file or directory" >&2\nexit 127\n')
    r = run_cli(["capture", site.url("/post-short")], dict(env, PLAYWRIGHT_NODEJS_PATH=str(node)))
    assert r.returncode == 6, r.stderr
    assert "Playwright's driver" in r.stderr and "libatomic.so.1" in r.stderr
    assert "sudo apt-get install libatomic1" in r.stderr
    assert "not a problem with the browser" in r.stderr
    assert "The browser (" not in r.stderr and "Traceback" not in r.stderr
    r = run_cli(["--lang", "tg", "capture", site.url("/post-short")], dict(env, PLAYWRIGHT_NODEJS_PATH=str(node)))
    assert r.returncode == 6 and "Мушкил дар браузер нест" in r.stderr


def test_a_browser_that_cannot_start_is_the_browsers_fault(env, tmp_path, site):
    broken = _script(tmp_path / "chrome", "echo 'cannot open display' >&2\nexit 1\n")
    r = run_cli(["capture", site.url("/post-short")], dict(env, EVIDENCE_KIT_BROWSER=str(broken)))
    assert r.returncode == 5, r.stderr
    assert f"The browser ({broken}) could not be started" in r.stderr
    assert "Playwright's driver" not in r.stderr and "Traceback" not in r.stderr


def test_help_lists_exit_code_6():
    r = run_cli(["--help"], cli_env(Path("/tmp")))
    assert "6 the capture engine (Playwright's driver) cannot run" in r.stdout


@pytest.mark.skipif(shutil.which("ldd") is None, reason="needs ldd (Linux)")
def test_setup_installs_every_library_the_driver_needs():
    from capture.driver import DEBIAN_PACKAGES, driver_executable

    node = driver_executable()
    assert node and Path(node).is_file()
    out = subprocess.run(["ldd", node], capture_output=True, text=True).stdout
    needed = set(re.findall(r"^\s*(lib[^\s]+\.so[.\d]*)\s", out, re.M))
    assert "libatomic.so.1" in needed
    setup = (ROOT / "scripts" / "setup.sh").read_text()
    listed = set(re.search(r"apt_pkgs=\((.*?)\)", setup, re.S).group(1).split())
    for lib in sorted(needed):
        if lib.startswith(("libc.so", "ld-linux")):
            continue
        assert lib in DEBIAN_PACKAGES, f"{lib}: add its Debian package to capture/driver.py"
        package = DEBIAN_PACKAGES[lib]
        assert package in MINBASE or package in listed, f"setup.sh must install {package} ({lib})"
