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
    assert r.returncode == 2 and "cannot be read as JSON" in r.stderr and "Traceback" not in r.stderr
    r = run_cli(["verify"], env)
    assert r.returncode == 0


def test_a_malformed_telegram_export_is_bad_input_and_says_nothing_of_whatsapp(tmp_path):
    env, home, _ = _env(tmp_path)
    bad = tmp_path / "ChatExport_2026-11-20"
    bad.mkdir()
    # an old export (times without date_unixtime: they would be read in a stated zone), cut short
    (bad / "result.json").write_text('{"name": "x", "type": "personal_chat", "id": 1, "messages": '
                                     '[{"id": 1, "type": "message", "date": "2026-11-20T15:00:00", "text": "a"}, oops')
    r = run_cli(["import", bad], env)
    assert r.returncode == 2, r.stderr                 # bad input, as a missing file is
    assert "cannot be read as JSON" in r.stderr and "Traceback" not in r.stderr
    assert "WhatsApp" not in r.stderr and "--tz" not in r.stderr, r.stderr
    r = run_cli(["--lang", "ru", "import", bad, "--json"], env)
    assert r.returncode == 2 and json.loads(r.stdout) == [] and "WhatsApp" not in r.stderr
    # with a good export beside it: partly failed, exit 1; the zone is spoken of for what was sealed
    good = fx.whatsapp_us(tmp_path / "in")
    r = run_cli(["import", bad, good], env)
    assert r.returncode == 1, r.stderr
    assert "cannot be read as JSON" in r.stderr and "WhatsApp times were read in the zone" in r.stderr
    r = run_cli(["import", bad, good], env)        # the good one is already in: still partly failed
    assert r.returncode == 1 and "Already in the vault as EK-0001" in r.stderr
    # an old Telegram export read well: its zone is said, as Telegram's
    ok = tmp_path / "old" / "ChatExport_2020-01-01"
    ok.mkdir(parents=True)
    (ok / "result.json").write_text(json.dumps({"name": "Old", "type": "personal_chat", "id": 2, "messages": [
        {"id": 1, "type": "message", "date": "2020-01-01T10:00:00", "from": "A", "from_id": "user1", "text": "a"}]}))
    r = run_cli(["import", ok, "--tz", "Asia/Dushanbe"], env)
    assert r.returncode == 0, r.stderr
    assert "WhatsApp" not in r.stderr and "Telegram" in r.stderr and "Asia/Dushanbe" in r.stderr, r.stderr
    r = run_cli(["verify"], env)
    assert r.returncode == 0
