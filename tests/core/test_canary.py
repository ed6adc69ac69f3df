"""Nothing readable on disk: after import and list, the canary is nowhere outside the source file."""

from __future__ import annotations

import json

from tests.canary import find_canary
from tests.core.helpers import cli_env, run_cli

CANARY = "ekcanary7Qx9zVb"


def test_import_and_list_leave_no_plaintext(tmp_path):
    home, tmp, vault, src = (tmp_path / n for n in ("home", "tmp", "vault", "src"))
    for d in (home, tmp, src):
        d.mkdir()
    env = cli_env(tmp_path, HOME=home, TMPDIR=tmp, XDG_CONFIG_HOME=home / ".config",
                  XDG_DATA_HOME=home / ".local/share", XDG_CACHE_HOME=home / ".cache",
                  XDG_STATE_HOME=home / ".local/state", EVIDENCE_KIT_PASSPHRASE="pw")
    env.pop("EVIDENCE_KIT_VAULT", None)     # the default location, under HOME's data folder
    f = src / f"screenshot-{CANARY}.txt"
    f.write_text(f"leaked address: {CANARY} https://t.me/{CANARY}/5\n" * 50)
    assert run_cli(["init"], env).returncode == 0
    r = run_cli(["import", src, "--case", f"case-{CANARY}", "--json"], env)
    assert r.returncode == 0, r.stderr
    iid = json.loads(r.stdout)[0]["id"]
    for args in (["list"], ["list", "--json"], ["show", iid], ["log"], ["verify"]):
        assert run_cli(args, env).returncode == 0
    r = run_cli(["edit", iid, "--note", f"note {CANARY}"], env)
    assert r.returncode == 0
    vaults = list(home.rglob("vault.json"))
    assert len(vaults) == 1, "the vault should be in the user's data folder under HOME"
    hits = find_canary([home, tmp, tmp_path], CANARY, exclude=[src])
    assert hits == []
    # the search itself works: it finds the source file it was told to skip
    assert find_canary([src], CANARY) != []
