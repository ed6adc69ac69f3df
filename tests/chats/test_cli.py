"""`evidence-kit import` with chat exports and `evidence-kit mark`, as a person runs them; and nothing
from an export lands outside the vault."""

from __future__ import annotations

import json

from evidence_kit.vault import Vault
from tests.canary import find_canary
from tests.chats import fixtures as fx
from tests.conftest import FAST_KDF
from tests.core.helpers import cli_env, run_cli


def _env(tmp_path):
    """A private HOME and TMPDIR, and a vault in HOME made with a cheap key derivation (each
    command unlocks it; the real Argon2id cost is tested elsewhere)."""
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    env = cli_env(tmp_path, HOME=home, TMPDIR=tmp, XDG_CONFIG_HOME=home / ".config",
                  XDG_DATA_HOME=home / ".local/share", XDG_CACHE_HOME=home / ".cache",
                  XDG_STATE_HOME=home / ".local/state", EVIDENCE_KIT_PASSPHRASE="pw",
                  EVIDENCE_KIT_VAULT=home / "vault")
    Vault.create(home / "vault", "pw", kdf=FAST_KDF)[0].close()
    return env, home, tmp


def test_nothing_from_an_export_lands_outside_the_vault(tmp_path):
    env, home, tmp = _env(tmp_path)
    src = tmp_path / "src"
    paths = [fx.telegram_single(src / "tg"), fx.whatsapp_android_folder(src / "wa"), fx.whatsapp_ios_zip(src / "z")]
    r = run_cli(["import", *paths, "--tz", "Asia/Dushanbe", "--json"], env)
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert [i["source"] for i in items] == ["chat", "chat", "chat"]
    for args in (["list"], ["show", items[0]["id"]], ["log"], ["verify"], ["mark", items[0]["id"], "2", "8"]):
        assert run_cli(args, env).returncode == 0, args
    out = tmp_path / "out"
    out.mkdir()
    r = run_cli(["export", "--kind", "court", items[0]["exhibit"], "--out", out / "c.pdf"], env)
    assert r.returncode == 0, r.stderr
    assert find_canary([home, tmp, tmp_path], fx.CANARY, exclude=[src, out]) == []
    assert find_canary([src], fx.CANARY) != []                # the search works: the exports hold it
    assert sorted(p.name for p in (src / "z").iterdir()) == ["WhatsApp Chat - Bob.zip"]   # not unpacked


def test_import_words_duplicates_and_exit_codes(tmp_path):
    env, home, _ = _env(tmp_path)
    wa = fx.whatsapp_us(tmp_path / "in")
    r = run_cli(["import", wa, "--tz", "Mars/Olympus"], env)           # refused before the vault opens
    assert r.returncode == 2 and "Mars/Olympus" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(["import", wa], env)
    assert r.returncode == 0
    assert "WhatsApp times were read in the zone" in r.stderr and "this computer's zone" in r.stderr
    assert "chat «Bob US»: 3 messages; files: 0, gaps: 1" in r.stderr
    r = run_cli(["import", wa, "--tz", "Asia/Dushanbe"], env)
    assert r.returncode == 0 and "Already in the vault as EK-0001, not sealed again: Bob US" in r.stderr
    r = run_cli(["list", "--json"], env)
    assert len(json.loads(r.stdout)) == 1
    r = run_cli(["mark", "EK-0001", "2", "--json"], env)
    assert r.returncode == 0 and json.loads(r.stdout) == {"exhibit": "EK-0001", "marked": [2]}
    r = run_cli(["mark", "EK-0001", "42"], env)
    assert r.returncode == 2 and "no message number 42" in r.stderr
    r = run_cli(["--lang", "tg", "mark", "EK-0001", "2", "--unmark"], env)
    assert r.returncode == 0 and "қайдшуда" in r.stdout
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "x", "type": "personal_chat", "id": 1, "messages": [oops')
    r = run_cli(["import", bad], env)
    assert r.returncode == 1 and "cannot be read as JSON" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(["verify"], env)
    assert r.returncode == 0
