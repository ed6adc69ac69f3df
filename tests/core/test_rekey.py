"""`evidence-kit rekey`: every key changed, nothing lost, and a crash at any moment leaves either the
old or the new vault whole, opened by its own secrets."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence_kit.vault import Vault
from tests.core.helpers import cli_env, run_cli, sha256_file

OLD = "кӯҳна пароль ҷ"
NEW = "пароли нав ғ 2026"


@pytest.fixture
def env(tmp_path):
    return cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE=OLD,
                   HOME=tmp_path / "home")


def _setup(env, tmp_path, files=3, size=4000):
    r = run_cli(["init", "--json"], env)
    assert r.returncode == 0, r.stderr
    recovery = json.loads(r.stdout)["recovery_key"]
    src = tmp_path / "src"
    src.mkdir()
    for n in range(files):
        (src / f"photo-{n}.bin").write_bytes(os.urandom(size))
    r = run_cli(["import", src, "--json", "--case", "Парванда"], env)
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    r = run_cli(["edit", items[0]["id"], "--note", "Паём дар шаб омад"], env)
    assert r.returncode == 0, r.stderr
    return recovery, items


def _log_hashes(env):
    r = run_cli(["log", "--json"], env)
    assert r.returncode == 0, r.stderr
    return [(e["seq"], e["hash"]) for e in json.loads(r.stdout)]


def _check_whole(env, tmp_path, items, passphrase, tag, *, extract_all=True):
    """The vault verifies, lists every item, and gives every item's bytes back: through the command
    line for every item, or (`extract_all=False`) for the first, and the rest read in-process."""
    e = dict(env, EVIDENCE_KIT_PASSPHRASE=passphrase)
    r = run_cli(["verify", "--json"], e)
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_cli(["list", "--json"], e)
    assert [i["id"] for i in json.loads(r.stdout)] == [i["id"] for i in items]
    if not extract_all:
        v = Vault.open(tmp_path / "vault", passphrase, writable=False)
        try:
            for it in items[1:]:
                art = it["artifacts"][0]
                data = v.read_artifact(it["id"], art["name"])
                assert hashlib.sha256(data).hexdigest() == art["sha256"], (tag, it["id"])
        finally:
            v.close()
        items = items[:1]
    for it in items:
        out = tmp_path / f"out-{tag}-{it['id']}"
        r = run_cli(["extract", it["id"], "--out", out], e)
        assert r.returncode == 0, r.stderr
        f = next(out.iterdir())
        assert sha256_file(f) == it["artifacts"][0]["sha256"]


def test_rekey_changes_every_key_and_keeps_everything(env, tmp_path):
    old_recovery, items = _setup(env, tmp_path)
    vault_dir = tmp_path / "vault"
    old_files = {p.name for p in (vault_dir / "objects").rglob("*") if p.is_file()}
    hashes_before = _log_hashes(env)
    old_fp = Vault.open(vault_dir, OLD, writable=False).fingerprint

    r = run_cli(["rekey"], dict(env, EVIDENCE_KIT_NEW_PASSPHRASE=NEW))
    assert r.returncode == 0, r.stderr
    assert "%" in r.stderr and "100%" in r.stderr                      # progress was shown
    groups = [ln.strip() for ln in r.stdout.splitlines() if ln.strip().count("-") == 7]
    assert len(groups) == 1
    new_recovery = groups[0]
    assert new_recovery != old_recovery

    assert run_cli(["list"], env).returncode == 3                     # old passphrase: gone
    assert run_cli(["list"], dict(env, EVIDENCE_KIT_RECOVERY_KEY=old_recovery),).returncode == 3
    _check_whole(env, tmp_path, items, NEW, "new")
    e = dict(env, EVIDENCE_KIT_PASSPHRASE=NEW)
    hashes_after = _log_hashes(e)
    assert hashes_after[:len(hashes_before)] == hashes_before          # the chain is the same chain
    last = json.loads(run_cli(["log", "--json"], e).stdout)[len(hashes_before)]
    assert last["event"] == "vault_rekeyed"
    v = Vault.open(vault_dir, NEW, writable=False)
    assert v.fingerprint != old_fp
    assert last["details"] == {"old_fingerprint": old_fp, "new_fingerprint": v.fingerprint,
                               "unlocked_with": "passphrase"}
    assert v.get(items[0]["id"]).notes == "Паём дар шаб омад"
    v.close()
    new_files = {p.name for p in vault_dir.rglob("*") if p.is_file()}
    assert not (old_files & new_files)                                 # new names on disk
    assert sorted(p.name for p in vault_dir.iterdir() if p.name != "lock")[0].startswith("g-")
    assert not (vault_dir / "objects").exists() and not (vault_dir / "log").exists()
    r = run_cli(["passwd", "--use-recovery-key"], dict(e, EVIDENCE_KIT_RECOVERY_KEY=new_recovery,
                                                       EVIDENCE_KIT_NEW_PASSPHRASE="сеюм"))
    assert r.returncode == 0, r.stderr
    # a second change of keys works from a changed vault too, and new items still seal
    e3 = dict(env, EVIDENCE_KIT_PASSPHRASE="сеюм")
    assert run_cli(["rekey"], dict(e3, EVIDENCE_KIT_NEW_PASSPHRASE=NEW)).returncode == 0
    (tmp_path / "later.txt").write_text("баъдтар")
    assert run_cli(["import", tmp_path / "later.txt"], e).returncode == 0
    assert run_cli(["verify"], e).returncode == 0
    assert len([p for p in vault_dir.iterdir() if p.name.startswith("g-")]) == 1


def test_an_unfinished_rekey_keeps_the_old_vault_readable_and_refuses_writes(env, tmp_path, monkeypatch):
    _, items = _setup(env, tmp_path)
    from evidence_kit.vault import rekey as rk

    v = Vault.open(tmp_path / "vault", OLD)

    def power_cut(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(rk, "_copy_records", power_cut)
    with pytest.raises(KeyboardInterrupt):
        rk.rekey(v, NEW)
    v.close()
    monkeypatch.undo()
    r = run_cli(["list", "--json"], env)
    assert r.returncode == 0 and len(json.loads(r.stdout)) == len(items)
    r = run_cli(["edit", items[0]["id"], "--note", "x"], env)
    assert r.returncode == 4 and "evidence-kit rekey" in r.stderr
    r = run_cli(["verify", "--json"], env)
    assert "verify.rekey_unfinished" in [p["code"] for p in json.loads(r.stdout)["problems"]]
    r = run_cli(["rekey"], env)                          # resumes with the secrets chosen before
    assert r.returncode == 0, r.stderr
    _check_whole(env, tmp_path, items, NEW, "resumed")


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_kill_at_any_moment_leaves_old_or_new_vault_whole(env, tmp_path):
    recovery, items = _setup(env, tmp_path, files=16, size=1_000_000)
    base = tmp_path / "vault"
    pristine = tmp_path / "pristine"
    import shutil

    shutil.copytree(base, pristine)
    e = dict(env, EVIDENCE_KIT_NEW_PASSPHRASE=NEW)
    cmd = [sys.executable, "-m", "evidence_kit.cli.main", "rekey"]
    t0 = time.monotonic()
    r = subprocess.run(cmd, env=e, capture_output=True, text=True, timeout=300)
    full = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    outcomes = {"old": 0, "new": 0}
    for i, frac in enumerate((0.1, 0.3, 0.5, 0.7, 0.85, 0.97)):
        shutil.rmtree(base)
        shutil.copytree(pristine, base)
        p = subprocess.Popen(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(full * frac)
        p.send_signal(signal.SIGKILL)
        p.wait()
        old_opens = run_cli(["list"], env).returncode == 0
        new_opens = run_cli(["list"], dict(env, EVIDENCE_KIT_PASSPHRASE=NEW)).returncode == 0
        assert old_opens != new_opens, (frac, old_opens, new_opens)
        which = OLD if old_opens else NEW
        outcomes["old" if old_opens else "new"] += 1
        r = run_cli(["verify", "--json"], dict(env, EVIDENCE_KIT_PASSPHRASE=which))
        errors = [p for p in json.loads(r.stdout)["problems"] if p["kind"] == "error"]
        assert errors == [], (frac, errors)
        # finishing it: with the old passphrase if the old vault is still the one, else nothing to do
        if old_opens:
            r = run_cli(["rekey"], e)
            assert r.returncode == 0, (frac, r.stderr)
        _check_whole(env, tmp_path, items, NEW, f"k{i}", extract_all=False)
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes


def test_rekey_carries_logins_caches_and_trusted_time_tokens(tmp_path):
    """Everything the vault keeps besides items goes across: login sessions (private records), the
    fingerprint cache, and the objects of trusted-time tokens; the old files are gone."""
    from evidence_kit import sessions
    from evidence_kit.vault import rekey as rk
    from tests.conftest import FAST_KDF

    v, _ = Vault.create(tmp_path / "v", OLD, kdf=FAST_KDF)
    with v.new_item("import", title="a") as d:
        d.add_bytes("a.bin", b"evidence" * 500, role="original")
        item = d.seal()
    token = v.objects.put_bytes(b"a time-stamp token, as received", 1)
    v.log_event("item_stamped", items=[item.id], details={"stamps": [
        {"tsa": "http://127.0.0.1:9/tsr", "tsa_name": "test", "gen_time": "2026-12-01T10:00:00Z",
         "name": "timestamp-1.tsr", "object": token.name, "sha256": token.sha256, "size": token.size}]})
    state = {"cookies": [{"name": "sid", "value": "ekCookieSecret", "domain": ".example.org", "path": "/",
                          "expires": -1, "httpOnly": True, "secure": True, "sameSite": "Lax"}], "origins": []}
    sessions.add_session(v, "research", state, "cookies_file")
    v.write_cache("perceptual", {"algorithm": "pdq", "prints": {"x": 1}})
    old_private = {p.name for p in (tmp_path / "v" / "private").iterdir()}
    rk.rekey(v, NEW)
    v = Vault.open(tmp_path / "v", NEW)
    try:
        assert [s.name for s in sessions.list_sessions(v)] == ["research"]
        assert sessions.load_session(v, "research")[1]["cookies"][0]["value"] == "ekCookieSecret"
        assert v.read_cache("perceptual") == {"algorithm": "pdq", "prints": {"x": 1}}
        st = v.get(item.id).stamps[0]
        assert v.objects.read_bytes(st["object"], 1, expected_sha256=st["sha256"]) == b"a time-stamp token, as received"
        rep = v.verify()
        assert rep.ok and not rep.warnings, [p.message for p in rep.problems]
        assert not (tmp_path / "v" / "private").exists()         # the old keys' files are gone
        assert {p.name for p in (v.data / "private").iterdir()} == old_private   # same names: same key
    finally:
        v.close()
