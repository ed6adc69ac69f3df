"""A backup to a WebDAV remote (rclone serve webdav on 127.0.0.1), through rclone's own config."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time

import pytest

from tests.backup.helpers import CANARY, ek, env, make_vault
from tests.canary import find_canary

RCLONE = shutil.which("rclone")
pytestmark = pytest.mark.skipif(RCLONE is None, reason="rclone is not installed")
DAV_PASS = "dav-Secret-Pass-42"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def webdav(tmp_path):
    served = tmp_path / "served"
    served.mkdir()
    port = _free_port()
    proc = subprocess.Popen([RCLONE, "serve", "webdav", str(served), "--addr", f"127.0.0.1:{port}",
                             "--user", "ek", "--pass", DAV_PASS], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        obscured = subprocess.run([RCLONE, "obscure", DAV_PASS], capture_output=True, text=True,
                                  check=True).stdout.strip()
        conf = tmp_path / "rclone.conf"
        conf.write_text(f"[dav]\ntype = webdav\nurl = http://127.0.0.1:{port}\nvendor = other\n"
                        f"user = ek\npass = {obscured}\n")
        yield served, conf, obscured
    finally:
        proc.terminate()
        proc.wait(10)


def test_backup_to_webdav_then_check_and_restore(tmp_path, webdav):
    served, conf, obscured = webdav
    v, _ = make_vault(tmp_path / "vault", 3, size=300_000)
    v.close()
    e = env(tmp_path, RCLONE_CONFIG=conf)
    vault = tmp_path / "vault"
    assert ek(vault, "backup", "add", "cloud", "rclone:dav:evidence", env=e).returncode == 0
    r = ek(vault, "backup", "check", "cloud", env=e)                     # never run: said in words
    assert r.returncode == 1 and "nothing in the backup's folder" in r.stdout, r.stdout + r.stderr
    r = ek(vault, "backup", "run", env=e)
    assert r.returncode == 0, r.stderr
    [bid] = [p.name for p in (served / "evidence").iterdir()]
    assert (served / "evidence" / bid / "complete").is_file()
    r = ek(vault, "backup", "run", "cloud", "--json", env=e)            # nothing new: a few KiB
    assert r.returncode == 0 and json.loads(r.stdout)[0]["bytes_copied"] < 8192
    r = ek(vault, "backup", "list", "--json", env=e)
    assert DAV_PASS not in r.stdout and obscured not in r.stdout
    assert json.loads(r.stdout)[0]["last_complete"]
    r = ek(vault, "backup", "check", "cloud", env=e)
    assert r.returncode == 0, r.stdout + r.stderr
    assert find_canary([served], CANARY) == [] and find_canary([served], "cloud") == []
    # a flipped byte on the server is found
    big = max((p for p in served.rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)
    data = bytearray(big.read_bytes())
    data[-20] ^= 0x04
    big.write_bytes(bytes(data))
    r = ek(vault, "backup", "check", "cloud", env=e)
    assert r.returncode == 1 and "changed or is damaged" in r.stdout
    data[-20] ^= 0x04
    big.write_bytes(bytes(data))
    r = ek(tmp_path / "restored", "restore", "rclone:dav:evidence", env=e)
    assert r.returncode == 0, r.stdout + r.stderr
    assert ek(tmp_path / "restored", "verify", env=e).returncode == 0
    assert not list((vault / "tmp").iterdir())                   # the check's copy is gone


def test_a_server_that_is_not_there_fails_in_words(tmp_path):
    conf = tmp_path / "rclone.conf"
    conf.write_text(f"[dav]\ntype = webdav\nurl = http://127.0.0.1:{_free_port()}\nvendor = other\n")
    v, _ = make_vault(tmp_path / "vault", 1)
    v.close()
    e = env(tmp_path, RCLONE_CONFIG=conf)
    assert ek(tmp_path / "vault", "backup", "add", "cloud", "rclone:dav:evidence", env=e).returncode == 0
    r = ek(tmp_path / "vault", "backup", "run", env=e)
    assert r.returncode == 1 and "did not complete" in r.stderr and "Traceback" not in r.stderr


def test_no_rclone_says_how_to_get_it(tmp_path):
    v, _ = make_vault(tmp_path / "vault", 1)
    v.close()
    e = env(tmp_path, PATH=str(tmp_path / "empty-bin"))
    r = ek(tmp_path / "vault", "backup", "add", "cloud", "rclone:dav:evidence", env=e)
    assert r.returncode == 2 and "apt install rclone" in r.stderr
