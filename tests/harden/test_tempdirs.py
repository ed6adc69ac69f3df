"""The browser's temporary folders. Stale `ekb-*` folders (ours only, stale only) are swept when
a capture starts; one that cannot be removed is reported in words."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.helpers import cli_env, run_cli

pytestmark = pytest.mark.browser


def _folder(root: Path, name: str, *, lock: bool, age_s: float = 0) -> Path:
    d = root / name
    d.mkdir(mode=0o700)
    (d / "page-copy.html").write_text("<p>a copy of a page</p>")
    if lock:
        (d / ".ek-owner").write_text("12345")
    if age_s:
        t = time.time() - age_s
        os.utime(d, (t, t))
    return d


@pytest.mark.skipif(os.name == "nt", reason="POSIX locks")
def test_stale_folders_are_swept_live_and_foreign_ones_kept(tmp_path, site, browser_info):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    stale = _folder(tmp, "ekb-crashed1", lock=True)              # its owner is gone: lock free
    legacy = _folder(tmp, "ekb-oldversn", lock=False, age_s=2 * 3600)
    young = _folder(tmp, "ekb-justmade", lock=False)            # too young to judge: kept
    live = _folder(tmp, "ekb-running1", lock=True)
    foreign = _folder(tmp, "ekb-4242-notourname", lock=False, age_s=2 * 3600)   # not mkdtemp's name
    elsewhere = tmp_path / "not-a-temp-folder"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    (tmp / "ekb-linkname").symlink_to(elsewhere)                     # a link: never followed nor removed
    (tmp / "ekb-filename").write_text("a file, not a folder")
    other = _folder(tmp, "other-folder", lock=False, age_s=2 * 3600)
    # a running capture elsewhere holds its folder's lock
    holder = subprocess.Popen([sys.executable, "-c",
                               "import fcntl, sys, time\n"
                               f"f = open({str(live / '.ek-owner')!r}, 'r+')\n"
                               "fcntl.flock(f, fcntl.LOCK_EX)\n"
                               "print('held', flush=True)\n"
                               "time.sleep(600)\n"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE="pw",
                      HOME=tmp_path / "home", EVIDENCE_KIT_BROWSER=browser_info.path, TMPDIR=tmp,
                      EVIDENCE_KIT_TEMP_ON_DISK="1")
        assert run_cli(["init"], env).returncode == 0
        r = run_cli(["capture", site.url("/post-short")], env)
        assert r.returncode == 0, r.stderr
        assert "could not be removed" not in r.stderr
        assert not stale.exists() and not legacy.exists()
        assert young.is_dir() and live.is_dir() and (live / "page-copy.html").is_file()
        assert (tmp / "ekb-linkname").is_symlink() and (elsewhere / "keep.txt").is_file()
        assert (tmp / "ekb-filename").is_file() and other.is_dir() and foreign.is_dir()
        # and the capture's own folder is gone
        assert sorted(p.name for p in tmp.iterdir()) == sorted(
            ["ekb-justmade", "ekb-running1", "ekb-linkname", "ekb-filename", "other-folder", "ekb-4242-notourname"])
    finally:
        holder.kill()
        holder.wait()


def test_a_folder_that_cannot_be_removed_is_reported(tmp_path, site, browser_info, monkeypatch, capsys):
    """As root nothing refuses a removal, so the file system's refusal is played by rmtree."""
    from capture import tempdirs
    from evidence_kit.cli.main import main

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    real = shutil.rmtree

    def stubborn(path, ignore_errors=False, onerror=None, **kw):
        if onerror is not None:          # removing the session's own folder: a file in it is busy
            onerror(os.unlink, os.path.join(path, "busy"), (PermissionError, PermissionError(13, "busy"), None))
            return None
        return real(path, ignore_errors=ignore_errors, **kw)

    monkeypatch.setattr(tempdirs.shutil, "rmtree", stubborn)
    for k, v in {"TMPDIR": tmp, "EVIDENCE_KIT_TEMP_ON_DISK": "1", "EVIDENCE_KIT_PASSPHRASE": "pw",
                 "EVIDENCE_KIT_BROWSER": browser_info.path, "HOME": tmp_path / "home"}.items():
        monkeypatch.setenv(k, str(v))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)           # re-read TMPDIR
    vault = str(tmp_path / "vault")
    try:
        assert main(["--vault", vault, "init"]) == 0
        capsys.readouterr()
        monkeypatch.setenv("EVIDENCE_KIT_PASSPHRASE", "pw")  # taken from the environment by init
        assert main(["--vault", vault, "capture", site.url("/post-short")]) == 0
        err = capsys.readouterr().err
        left = [p for p in tmp.iterdir() if p.name.startswith("ekb-")]
        assert left, "the stubborn removal should have left the folder"
        assert f"a temporary folder of the browser could not be removed: {left[0]}" in err
        assert "copies of the pages" in err
    finally:
        monkeypatch.undo()
        for p in tmp.iterdir():
            real(p, ignore_errors=True)
