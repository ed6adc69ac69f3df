"""A private browser folder left by a capture process that was killed is removed by the next one."""

from __future__ import annotations

import os
import subprocess
import sys


def test_folders_of_ended_processes_are_removed_and_others_kept(tmp_path):
    from capture.browser import make_private_dir, owner_pid, remove_stale_private_dirs

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f"ekb-{dead}-abc"
    (stale / "profile").mkdir(parents=True)
    (stale / "profile" / "Cookies").write_bytes(b"page data")
    live = tmp_path / f"ekb-{os.getppid()}-def"          # a process that is still running
    live.mkdir()
    foreign = tmp_path / "ekb-notours"
    foreign.mkdir()
    assert owner_pid(stale.name) == int(dead) and owner_pid(foreign.name) is None
    assert remove_stale_private_dirs(str(tmp_path)) == [str(stale)]
    assert not stale.exists() and live.exists() and foreign.exists()
    path, _ = make_private_dir()
    try:
        assert owner_pid(os.path.basename(path)) == os.getpid()
    finally:
        os.rmdir(path)
