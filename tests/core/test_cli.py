"""The command line, run as a person would: real subprocesses, exit codes, words, no tracebacks."""

from __future__ import annotations

import json
import os

import pytest

from tests.core.helpers import cli_env, on_a_terminal, run_cli, sha256_file, snapshot

PW = "пароли ман ҷ"


@pytest.fixture
def env(tmp_path):
    return cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE=PW,
                   HOME=tmp_path / "home")


@pytest.fixture
def initialised(env, tmp_path):
    r = run_cli(["init", "--json"], env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _no_traceback(r):
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def test_init_prints_recovery_key_in_groups(env, tmp_path):
    r = run_cli(["init"], env)
    assert r.returncode == 0, r.stderr
    groups = [line.strip() for line in r.stdout.splitlines() if line.count("-") == 7]
    assert len(groups) == 1 and all(len(g) == 4 for g in groups[0].split("-"))
    r2 = run_cli(["init"], env)
    assert r2.returncode == 2 and "already holds a vault" in r2.stderr
    _no_traceback(r2)


def test_import_list_show_extract_verify_log(env, initialised, tmp_path):
    src = tmp_path / "src"
    (src / "deep").mkdir(parents=True)
    (src / "chat.txt").write_text("Салом, ин паём аст\n", "utf-8")
    (src / "deep" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(70000))
    (src / "empty.bin").write_bytes(b"")
    before = {p: sha256_file(p) for p in src.rglob("*") if p.is_file()}
    mtimes = {p: p.stat().st_mtime_ns for p in before}
    r = run_cli(["import", src, "--case", "Дело", "--json"], env)
    assert r.returncode == 0, r.stderr
    items = json.loads(r.stdout)
    assert len(items) == 3
    by_name = {i["title"]: i for i in items}
    assert by_name["photo.png"]["artifacts"][0]["media_type"] == "image/png"
    assert by_name["chat.txt"]["artifacts"][0]["media_type"] == "text/plain"
    for p, h in before.items():           # the originals are untouched
        assert sha256_file(p) == h and p.stat().st_mtime_ns == mtimes[p]
        assert by_name[p.name]["artifacts"][0]["sha256"] == h
    r = run_cli(["list", "--json"], env)
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 3
    assert all(i["metadata"] is None for i in json.loads(r.stdout))
    full = json.loads(run_cli(["list", "--json", "--full"], env).stdout)
    assert {i["metadata"]["original_name"] for i in full} == {"chat.txt", "photo.png", "empty.bin"}
    r = run_cli(["list"], env)
    assert "EK-0003" in r.stdout
    iid = by_name["photo.png"]["id"]
    r = run_cli(["show", iid[:4], "--json"], env)
    shown = json.loads(r.stdout)
    assert shown["metadata"]["original_name"] == "photo.png"
    assert shown["metadata"]["original_modified_at"].endswith("Z")
    out = tmp_path / "out"
    r = run_cli(["extract", iid, "--out", out], env)
    assert r.returncode == 0, r.stderr
    assert sha256_file(out / "photo.png") == before[src / "deep" / "photo.png"]
    r = run_cli(["extract", iid, "--out", out], env)   # never overwrites
    assert r.returncode == 2 and "never overwrites" in r.stderr
    r = run_cli(["verify"], env)
    assert r.returncode == 0 and "All is in order" in r.stdout
    r = run_cli(["log", "--json"], env)
    events = [e["event"] for e in json.loads(r.stdout)]
    assert events[:4] == ["vault_created", "item_imported", "item_imported", "item_imported"]
    assert "artifact_extracted" in events and events[-1] == "verified"


def test_edit_and_settings(env, initialised, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    iid = json.loads(run_cli(["import", f, "--json"], env).stdout)[0]["id"]
    r = run_cli(["edit", iid, "--sensitive", "yes", "--abuse", "home_address,threats", "--note", "қайд"], env)
    assert r.returncode == 0, r.stderr
    item = json.loads(run_cli(["show", iid, "--json"], env).stdout)
    assert item["sensitive"] is True and item["abuse"] == ["home_address", "threats"] and item["notes"] == "қайд"
    r = run_cli(["edit", iid, "--abuse", "gossip"], env)
    assert r.returncode == 2 and "Unknown kind of abuse" in r.stderr
    r = run_cli(["settings", "--collector", "Адвокат Н.", "--json"], env)
    assert json.loads(r.stdout)["collector"] == "Адвокат Н."
    log = json.loads(run_cli(["log", "--json"], env).stdout)
    assert log[-1]["collector"] == "Адвокат Н."


def test_wrong_passphrase_exit_3_and_nothing_changed(env, initialised, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("evidence")
    assert run_cli(["import", f], env).returncode == 0
    before = snapshot(tmp_path / "vault")
    bad = dict(env, EVIDENCE_KIT_PASSPHRASE="not it")
    for args in (["list"], ["import", f], ["verify"], ["passwd"], ["show", "x"]):
        r = run_cli(args, bad)
        assert r.returncode == 3, (args, r.stderr)
        assert "does not open this vault" in r.stderr
        _no_traceback(r)
    assert snapshot(tmp_path / "vault") == before


def test_passwd_with_recovery_key(env, initialised, tmp_path):
    rk = initialised["recovery_key"]
    f = tmp_path / "a.txt"
    f.write_text("evidence")
    run_cli(["import", f], env)
    e = dict(env, EVIDENCE_KIT_RECOVERY_KEY=rk, EVIDENCE_KIT_NEW_PASSPHRASE="нав")
    e.pop("EVIDENCE_KIT_PASSPHRASE")
    r = run_cli(["passwd", "--use-recovery-key"], e)
    assert r.returncode == 0, r.stderr
    assert run_cli(["list"], env).returncode == 3
    ok = dict(env, EVIDENCE_KIT_PASSPHRASE="нав")
    assert run_cli(["verify"], ok).returncode == 0
    pf = tmp_path / "pw.txt"
    pf.write_text("нав\n", "utf-8")
    e2 = dict(env)
    e2.pop("EVIDENCE_KIT_PASSPHRASE")
    assert run_cli(["list", "--passphrase-file", pf], e2).returncode == 0


def test_error_paths(env, tmp_path):
    cases = []
    # no vault yet
    r = run_cli(["list"], env)
    cases.append((r, 4, "There is no evidence vault"))
    assert run_cli(["init"], env).returncode == 0
    r = run_cli(["import", tmp_path / "missing.jpg"], env)
    cases.append((r, 2, "There is no file or folder"))
    r = run_cli(["show", "zzzzzz"], env)
    cases.append((r, 2, "No item has the id"))
    r = run_cli(["frobnicate"], env)
    cases.append((r, 2, "not understood"))
    r = run_cli(["extract", "x"], env)
    cases.append((r, 2, "not understood"))
    nopass = dict(env)
    nopass.pop("EVIDENCE_KIT_PASSPHRASE")
    r = run_cli(["list"], nopass)
    cases.append((r, 2, "A passphrase is needed"))
    r = run_cli(["list", "--passphrase-file", tmp_path / "nope"], nopass)
    cases.append((r, 2, "There is no file or folder"))
    other = tmp_path / "notempty"
    other.mkdir()
    (other / "x").write_text("x")
    r = run_cli(["init", "--vault", other], env)
    cases.append((r, 2, "already holds other files"))
    (tmp_path / "vault" / "vault.json").write_text("{not json")
    r = run_cli(["list"], env)
    cases.append((r, 4, "damaged"))
    for r, code, words in cases:
        assert r.returncode == code, (r.args, r.returncode, r.stderr)
        assert words in r.stderr, (r.args, r.stderr)
        _no_traceback(r)


def test_messages_in_tajik_and_russian(env, tmp_path):
    r = run_cli(["list"], dict(env, EVIDENCE_KIT_LANG="tg"))
    assert r.returncode == 4 and "хазинаи далелҳо нест" in r.stderr
    r = run_cli(["--lang", "ru", "list"], env)
    assert "нет хранилища доказательств" in r.stderr


def test_vault_in_use(env, initialised, tmp_path):
    from evidence_kit.vault import Vault

    v = Vault.open(tmp_path / "vault", PW, writable=True)
    try:
        f = tmp_path / "a.txt"
        f.write_text("x")
        r = run_cli(["import", f], env)
        assert r.returncode == 4 and "in use" in r.stderr
        _no_traceback(r)
        assert run_cli(["list"], env).returncode == 0        # readers may run beside the writer
        r = run_cli(["verify"], env)
        assert r.returncode == 0 and "not added to the custody log" in r.stderr
    finally:
        v.close()


def test_help_documents_exit_codes(env):
    r = run_cli(["--help"], env)
    assert r.returncode == 0 and "5 no browser found" in r.stdout


def test_prompts_on_a_terminal(tmp_path):
    """A person at a terminal types the passphrase (hidden) twice at init and her name (or
    nothing), once to unlock."""
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", HOME=tmp_path / "home")

    def converse(args, dialogue):
        return on_a_terminal(args, env, dialogue)

    code, out = converse(["init"], [("New passphrase:", "ман ҳастам"), ("Type it again:", "ман ҳастам"),
                                    ("Your name as the collector", "Zarina N.")])
    assert code == 0, out
    assert "New passphrase:" in out and "Type it again:" in out
    assert "ман ҳастам" not in out      # typed, never echoed
    shown = run_cli(["settings", "--json"], dict(env, EVIDENCE_KIT_PASSPHRASE="ман ҳастам"))
    assert json.loads(shown.stdout)["collector"] == "Zarina N."
    code, out = converse(["list"], [("Passphrase:", "ман ҳастам")])
    assert code == 0 and "no evidence yet" in out, out
    code, out = converse(["list"], [("Passphrase:", "wrong")])
    assert code == 3, out


def test_gui_without_a_screen_says_so(tmp_path):
    env = cli_env(tmp_path, HOME=tmp_path / "home")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    r = run_cli(["gui"], env)
    assert r.returncode == 2 and "needs a desktop screen" in r.stderr
    _no_traceback(r)
