"""Quick delete: the keys go first (neither passphrase nor recovery key opens what is left, even if
the rest is cut short), then the folder, the settings that name it and stale browser folders.
Without a terminal it needs --yes-destroy-this-copy; on a terminal, a typed word."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_kit.errors import EvidenceKitError
from evidence_kit.vault import Vault, destroy
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.backup.helpers import run_ending
from tests.core.helpers import ROOT, cli_env, on_a_terminal, run_cli, snapshot

FLAG = "--yes-destroy-this-copy"


def _vault(tmp_path: Path, name: str = "vault") -> tuple[Path, str, Vault]:
    v, rk = Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
    with v.new_item("capture", url="https://x.test/", title="a") as d:
        d.add_bytes("a.txt", b"evidence " * 1000, role="original")
        d.seal()
    return tmp_path / name, rk, v


def _secrets(path: Path) -> list[bytes]:
    """What unwraps the master key, as it stands in vault.json: salts and wrapped keys."""
    header = json.loads((path / "vault.json").read_text())
    out = []
    for slot in header["slots"]:
        out += [slot["wrapped_key"].encode(), slot["kdf"]["salt"].encode()]
    return out


def _nothing_opens(path: Path, rk: str) -> None:
    for kw in ({"passphrase": PASSPHRASE}, {"recovery_key": rk}):
        with pytest.raises(EvidenceKitError):
            Vault.open(path, **kw)


def _no_file_holds(path: Path, secrets: list[bytes]) -> None:
    for p in path.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert not any(s in data for s in secrets), p


def test_no_terminal_and_no_flag_touches_nothing(tmp_path):
    path, _, v = _vault(tmp_path)
    v.close()
    before = snapshot(path)
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=path)
    r = run_cli(["destroy"], env)
    assert r.returncode == 2 and "--yes-destroy-this-copy" in r.stderr and "Traceback" not in r.stderr
    assert snapshot(path) == before and (path / "vault.json").is_file()


def test_not_a_vault_is_never_removed(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "letter.txt").write_text("mine")
    env = cli_env(tmp_path)
    r = run_cli(["--vault", home, "destroy", FLAG], env)
    assert r.returncode == 4 and "Traceback" not in r.stderr
    assert (home / "letter.txt").read_text() == "mine"
    (home / "vault.json").write_text("{\"something\": \"else\"}")
    r = run_cli(["--vault", home, "destroy", FLAG], env)
    assert r.returncode == 4 and (home / "letter.txt").is_file()


def test_a_vault_in_use_is_not_deleted(tmp_path):
    path, _, v = _vault(tmp_path)
    try:
        r = run_cli(["--vault", path, "destroy", FLAG], cli_env(tmp_path))
        assert r.returncode == 4 and "in use" in r.stderr
        assert v.items() and (path / "vault.json").is_file()
    finally:
        v.close()


def test_destroy_removes_vault_settings_and_stale_browser_folders(tmp_path):
    from evidence_kit.settings import load_settings, save_settings

    path, _, v = _vault(tmp_path)
    v.close()
    save_settings(vault_path=str(path), language="tg")
    temp = tmp_path / "temp"
    stale = temp / "ekb-abcd1234"                     # a login window's profile, left by a crash
    (stale / "profile").mkdir(parents=True)
    (stale / "profile" / "Cookies").write_bytes(b"session=secret")
    (stale / ".ek-owner").write_text("123")
    other = temp / "not-ours"
    other.mkdir()
    env = cli_env(tmp_path, TMPDIR=temp, EVIDENCE_KIT_TEMP_ON_DISK=1)
    r = run_cli(["--vault", path, "destroy", FLAG], env)
    assert r.returncode == 0, r.stderr
    assert "Deleted" in r.stdout and "Backups were not touched" in r.stdout
    assert not path.exists()
    assert load_settings() == {"language": "tg"}      # the vault's place is forgotten, not the rest
    assert not stale.exists() and other.is_dir()
    r = run_cli(["--vault", path, "destroy", FLAG], env)
    assert r.returncode == 4                          # nothing there any more


def test_settings_naming_another_vault_are_kept(tmp_path):
    from evidence_kit.settings import load_settings, save_settings

    path, _, v = _vault(tmp_path)
    v.close()
    save_settings(vault_path=str(tmp_path / "other"))
    assert run_cli(["--vault", path, "destroy", FLAG], cli_env(tmp_path)).returncode == 0
    assert load_settings()["vault_path"] == str(tmp_path / "other")


def test_interrupted_after_the_keys_are_gone_in_process(tmp_path, monkeypatch):
    path, rk, v = _vault(tmp_path)
    v.close()
    secrets = _secrets(path)

    def cut():
        raise KeyboardInterrupt

    monkeypatch.setattr(destroy, "_after_keys_gone", cut)
    with pytest.raises(KeyboardInterrupt):
        destroy.destroy(path)
    monkeypatch.undo()
    assert (path / "objects").is_dir() and (path / "vault.json").is_file()   # the rest is still there
    _nothing_opens(path, rk)
    _no_file_holds(path, secrets)
    r = run_cli(["--vault", path, "destroy", FLAG], cli_env(tmp_path))
    assert r.returncode == 0, r.stderr
    assert "interrupted" in r.stdout
    assert not path.exists()


def test_killed_after_the_keys_are_gone(tmp_path):
    """kill -9 of the real command at the moment the keys are gone, then destroy again."""
    path, rk, v = _vault(tmp_path)
    v.close()
    secrets = _secrets(path)
    code = ("import os, signal, sys\n"
            "from evidence_kit.vault import destroy\n"
            "destroy._after_keys_gone = lambda: os.kill(os.getpid(), signal.SIGKILL)\n"
            "from evidence_kit.cli.main import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    env = cli_env(tmp_path)
    r = subprocess.run([sys.executable, "-c", code, "--vault", str(path), "destroy", FLAG], env=env,
                       capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, cwd=ROOT)
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert (path / "objects").is_dir()
    _nothing_opens(path, rk)
    _no_file_holds(path, secrets)
    r = run_cli(["--vault", path, "list"], dict(env, EVIDENCE_KIT_PASSPHRASE=PASSPHRASE))
    assert r.returncode == 4 and "Traceback" not in r.stderr
    r = run_cli(["--vault", path, "destroy", FLAG], env)
    assert r.returncode == 0, r.stderr
    assert not path.exists()


def test_an_unfinished_key_change_is_made_unopenable_too(tmp_path, monkeypatch):
    """A key change cut short leaves a plan whose slot opens the new keys with the new passphrase:
    it is overwritten with the header."""
    from evidence_kit.vault import rekey as rk_mod

    path, rk, v = _vault(tmp_path)

    def power_cut(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(rk_mod, "_copy_records", power_cut)
    with pytest.raises(KeyboardInterrupt):
        rk_mod.rekey(v, "нав ва дароз парол")
    v.close()
    monkeypatch.undo()
    plan = path / "rekey"
    assert plan.is_file()
    slot = json.loads(plan.read_text())["slot"]
    secrets = _secrets(path) + [slot["wrapped_key"].encode(), slot["kdf"]["salt"].encode()]
    monkeypatch.setattr(destroy, "_after_keys_gone", power_cut)
    with pytest.raises(KeyboardInterrupt):
        destroy.destroy(path)
    monkeypatch.undo()
    _nothing_opens(path, rk)
    _no_file_holds(path, secrets)
    destroy.destroy(path)
    assert not path.exists()


def test_the_warning_says_whether_and_when_a_backup_was_made(tmp_path):
    path, _, v = _vault(tmp_path)
    v.close()
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=path)
    with_pass = dict(env, EVIDENCE_KIT_PASSPHRASE=PASSPHRASE)
    # no passphrase: it cannot be told (and the deletion does not need one)
    path2, _, v2 = _vault(tmp_path, "v2")
    v2.close()
    r = run_cli(["--vault", path2, "destroy", FLAG], env)
    assert r.returncode == 0 and "cannot be told whether a backup" in r.stdout
    # no backup ever completed (a failed run does not count)
    v = Vault.open(path, PASSPHRASE)
    run_ending(v, "failed", tmp_path / "usb")
    v.close()
    path3, _, v3 = _vault(tmp_path, "v3")
    run_ending(v3, "cancelled", tmp_path / "usb3")
    v3.close()
    r = run_cli(["--vault", path3, "destroy", FLAG], with_pass)
    assert r.returncode == 0 and "No backup of this vault was ever completed" in r.stdout, r.stdout
    v = Vault.open(path, PASSPHRASE)
    run_ending(v, "complete", tmp_path / "usb")
    from evidence_kit.backup import rows

    at = rows(v)[0]["last_complete"]                          # said to the second
    run_ending(v, "failed", tmp_path / "usb")
    assert rows(v)[0]["last_result"] == "failed"
    v.close()
    r = run_cli(["destroy", FLAG], with_pass)
    assert r.returncode == 0, r.stderr
    assert "The last complete backup was made on" in r.stdout and f" — {at}, with 1 item." in r.stdout
    assert not path.exists()


def test_on_a_terminal_she_types_the_word_in_her_language(tmp_path):
    path, _, v = _vault(tmp_path)
    v.close()
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=path, EVIDENCE_KIT_LANG="tg")

    def converse(args, dialogue):
        return on_a_terminal(args, env, dialogue)

    from evidence_kit.i18n import tr

    word = tr("destroy.word", "tg")
    assert word != tr("destroy.word", "en")
    prompt_pass = tr("destroy.prompt_passphrase", "tg")[:20]
    prompt_word = tr("destroy.type_word", "tg", word=word)[:20]
    code, out = converse(["destroy"], [(prompt_pass, ""), (prompt_word, "DELETE")])
    assert code == 2 and (path / "vault.json").is_file(), out
    code, out = converse(["destroy"], [(prompt_pass, PASSPHRASE), (prompt_word, word.lower())])
    assert code == 0, out
    assert not path.exists()
