"""The unlock limit: after N wrong secrets in a row every further try waits, doubling, up to an hour;
during a wait nothing is tried; the right secret afterwards resets the count, logs the failures
and tells her; nothing is ever deleted. A fake clock stands in for waiting."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from evidence_kit.errors import BadInput, UnlockPaused, WrongPassphrase
from evidence_kit.vault import Vault, attempts
from tests.conftest import PASSPHRASE, UNLOCK_T0 as T0
from tests.core.helpers import cli_env, run_cli, snapshot


@pytest.fixture
def closed_vault(make_vault, tmp_path):
    v, rk = make_vault()
    with v.new_item("capture", url="https://x.test/", title="a") as d:
        d.add_bytes("a.txt", b"evidence", role="original")
        d.seal()
    v.close()
    return tmp_path / "vault", rk


def _wrong(path, n=1, **kw):
    for _ in range(n):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, "not it", **kw) if not kw else Vault.open(path, **kw)


def test_waits_double_and_the_right_passphrase_is_refused_during_a_wait(closed_vault, clock):
    path, _ = closed_vault
    before = snapshot(path)
    with Vault.open(path, PASSPHRASE) as v:        # three tries before waits, a 5 s first wait
        attempts.change_settings(v, allowed=3, first_wait_s=5)
    _wrong(path, 3)
    # the fourth try waits 5 s: refused without being tried, even the right passphrase
    with pytest.raises(UnlockPaused) as paused:
        Vault.open(path, PASSPHRASE)
    assert paused.value.exit_code == 3 and paused.value.seconds == 5
    assert "5 seconds more" in paused.value.message("en")
    assert "nothing was deleted" in paused.value.message("en")
    clock.advance(3)
    with pytest.raises(UnlockPaused) as paused:
        Vault.open(path, PASSPHRASE)
    assert paused.value.seconds == 2
    assert attempts.load(path).failed == 3             # a refused try is not counted
    clock.advance(2)
    _wrong(path)                                        # wrong again after the wait: 10 s now
    with pytest.raises(UnlockPaused) as paused:
        Vault.open(path, PASSPHRASE)
    assert paused.value.seconds == 10
    clock.advance(10)
    _wrong(path)
    clock.advance(19)
    with pytest.raises(UnlockPaused) as paused:
        Vault.open(path, PASSPHRASE)
    assert paused.value.seconds == 1                    # 20 s after the fifth wrong one
    clock.advance(1)
    v = Vault.open(path, PASSPHRASE)                    # the right one after the wait
    try:
        told = v.unlock_failures
        assert told.count == 5 and told.passphrase == 5 and told.recovery_key == 0
        assert told.last_at == "2026-12-06T20:00:15Z"
        text = attempts.failures_text(told, "en")
        assert text.startswith("5 wrong passphrases were tried since you last opened the vault, the last on ")
        assert text.endswith(" — 2026-12-06T20:00:15Z.")
        entry = v.custody_log()[-1]["entry"]
        assert entry["event"] == "unlock_failures"
        assert entry["details"]["count"] == 5 and len(entry["details"]["at"]) == 5
        assert entry["details"]["first_at"] == "2026-12-06T20:00:00Z"
        assert v.items()[0].title == "a"                # nothing deleted
    finally:
        v.close()
    assert attempts.load(path).failed == 0
    # the count was reset: three wrong ones again before a wait
    _wrong(path, 2)
    Vault.open(path, PASSPHRASE).close()
    # nothing of the evidence changed, only the counter and the log grew
    after = snapshot(path)
    assert {k: v for k, v in after.items() if k in before and not k.startswith(("log/", "head", "index", "settings"))} \
        == {k: v for k, v in before.items() if not k.startswith(("log/", "head", "index", "settings"))}


def test_the_wait_is_capped_at_one_hour_and_a_clock_set_back_does_not_lengthen_it(closed_vault, clock):
    path, _ = closed_vault
    c = attempts.load(path)
    c.failed, c.passphrase, c.failed_at = 40, 40, [attempts.to_iso(T0)]
    attempts.save(path, c)
    with pytest.raises(UnlockPaused) as paused:
        Vault.open(path, PASSPHRASE)
    assert paused.value.seconds == 3600
    assert "1 hour more" in paused.value.message("en")
    clock.now = T0 - timedelta(days=1)                  # the clock went back a day
    with pytest.raises(UnlockPaused) as paused:
        Vault.open(path, PASSPHRASE)
    assert paused.value.seconds == 3600
    clock.advance(3600)
    Vault.open(path, PASSPHRASE).close()


def test_wrong_recovery_keys_count_too(closed_vault, clock):
    path, rk = closed_vault
    for bad in ("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "short"):
        with pytest.raises((WrongPassphrase, BadInput)):
            Vault.open(path, recovery_key=bad)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "not it")
    v = Vault.open(path, recovery_key=rk)
    try:
        assert (v.unlock_failures.recovery_key, v.unlock_failures.passphrase) == (2, 1)
        assert attempts.failures_text(v.unlock_failures, "en").startswith(
            "3 wrong passphrases or recovery keys were tried")
    finally:
        v.close()


def test_a_read_only_open_logs_the_failures_and_one_in_use_keeps_them_for_later(closed_vault, clock):
    path, _ = closed_vault
    _wrong(path, 2)
    writer = Vault.open(path, PASSPHRASE)             # the app has the vault open...
    writer.close()
    assert writer.custody_log is not None
    _wrong(path, 1)
    holder = Vault(path, Vault.read_header(path), writer._master, writable=True)   # ...and holds it
    try:
        ro = Vault.open(path, PASSPHRASE, writable=False)
        assert ro.unlock_failures.count == 1          # told now
        ro.close()
        assert attempts.load(path).unlogged.count == 1   # written when a writer can
    finally:
        holder.close()
    v = Vault.open(path, PASSPHRASE)
    try:
        assert v.unlock_failures is None              # told already
        events = [r["entry"] for r in v.custody_log() if r["entry"]["event"] == "unlock_failures"]
        assert [e["details"]["count"] for e in events] == [2, 1]
    finally:
        v.close()
    assert attempts.load(path).unlogged is None


def test_settings_bounds(closed_vault):
    path, _ = closed_vault
    with Vault.open(path, PASSPHRASE) as v:
        for bad in (2, 21, "x"):
            with pytest.raises(BadInput):
                attempts.change_settings(v, allowed=bad)
        for bad in (4, 3601):
            with pytest.raises(BadInput):
                attempts.change_settings(v, first_wait_s=bad)
        attempts.change_settings(v, allowed=20, first_wait_s=3600)
        assert [e["entry"]["details"]["key"] for e in v.custody_log()[-2:]] == \
            ["unlock_attempts", "unlock_wait_seconds"]
    assert attempts.current_settings(path) == (20, 3600)
    # the file lost its settings (removed by someone with the disk): the vault's come back at unlock
    attempts.path_of(path).unlink()
    assert attempts.current_settings(path) == (5, 30)
    Vault.open(path, PASSPHRASE).close()
    assert attempts.current_settings(path) == (20, 3600)


def test_the_counter_holds_counts_and_times_only(closed_vault, clock):
    path, _ = closed_vault
    _wrong(path, 2)
    d = json.loads(attempts.path_of(path).read_text())
    assert set(d) == {"format", "version", "failed", "passphrase", "recovery_key", "failed_at"}
    assert d["failed_at"] == ["2026-12-06T20:00:00Z"] * 2


# ------------------------------------------------------------------ the command line, in processes
def test_cli_wait_survives_restarts_and_tells_after_unlock(tmp_path):
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE=PASSPHRASE)
    Vault.create(tmp_path / "vault", PASSPHRASE, kdf={"name": "argon2id", "iterations": 1,
                                                        "memory_kib": 8192, "lanes": 1})[0].close()
    r = run_cli(["settings", "--unlock-attempts", "2"], env)
    assert r.returncode == 2 and "from 3 to 20" in r.stderr
    r = run_cli(["settings", "--unlock-attempts", "3"], env)
    assert r.returncode == 0, r.stderr
    r = run_cli(["settings", "--unlock-wait", "4"], env)
    assert r.returncode == 2 and "from 5 to 3600" in r.stderr
    r = run_cli(["settings", "--unlock-wait", "5"], env)
    assert r.returncode == 0, r.stderr
    assert "Wrong tries before a wait:" in r.stdout and "5 seconds, doubling" in r.stdout
    bad = dict(env, EVIDENCE_KIT_PASSPHRASE="not it")
    for _ in range(3):                                  # each its own process
        r = run_cli(["list"], bad)
        assert r.returncode == 3 and "does not open this vault" in r.stderr
    # a new process, the right passphrase, during the wait: refused without trying
    r = run_cli(["list"], env)
    assert r.returncode == 3, r.stderr
    assert "3 wrong passphrases or recovery keys were tried in a row" in r.stderr
    assert "more, until" in r.stderr and "Traceback" not in r.stderr
    # time passes (the counter's last time moved back, as a clock would move forward)
    f = attempts.path_of(tmp_path / "vault")
    d = json.loads(f.read_text())
    d["failed_at"] = ["2026-01-01T00:00:00Z"] * len(d["failed_at"])
    f.write_text(json.dumps(d))
    r = run_cli(["list"], env)
    assert r.returncode == 0, r.stderr
    assert "3 wrong passphrases were tried since you last opened the vault, the last on 2026-01-01" in r.stderr
    assert "— 2026-01-01T00:00:00Z." in r.stderr
    log = json.loads(run_cli(["log", "--json"], env).stdout)
    assert log[-1]["event"] == "unlock_failures" and log[-1]["details"]["count"] == 3
    r = run_cli(["list"], env)                          # told once
    assert r.returncode == 0 and "wrong" not in r.stderr
    r = run_cli(["verify"], env)
    assert r.returncode == 0 and "!" not in r.stdout, r.stdout     # the counter is no stray file
