"""The vault under damage, rollback and hostile files: nothing sealed is ever lost or silently changed.

Each test is a scenario of damage or attack, run the way a person meets it: through the command
line in a subprocess, with the vault's files changed on disk in between.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from evidence_kit.errors import BadInput, VaultCorrupt
from evidence_kit.vault import Vault
from evidence_kit.vault import fsutil
from evidence_kit.vault.keys import DEFAULT_KDF
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.helpers import cli_env, run_cli, snapshot

PW = "пароли ман ҷ"


@pytest.fixture
def env(tmp_path):
    return cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "vault", EVIDENCE_KIT_PASSPHRASE=PW,
                   HOME=tmp_path / "home")


@pytest.fixture
def vault_dir(env, tmp_path):
    r = run_cli(["init", "--json"], env)
    assert r.returncode == 0, r.stderr
    return tmp_path / "vault"


def _import(env, tmp_path, *names, expect=0):
    src = tmp_path / "src"
    src.mkdir(exist_ok=True)
    paths = []
    for n in names:
        p = src / n
        p.write_bytes(f"evidence {n} ".encode() * 400 + os.urandom(64))
        paths.append(p)
    r = run_cli(["import", *paths, "--json"], env)
    assert r.returncode == expect, r.stderr
    return json.loads(r.stdout) if expect == 0 else None


def _objects(vault_dir: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(vault_dir).items() if k.startswith("objects/")}


def _no_traceback(r):
    assert "Traceback" not in r.stderr + r.stdout


def _flip(path: Path, at: int = 40) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x55
    path.write_bytes(bytes(data))


# ---------------------------------------------------------------- 1. gc after a damaged entry
def test_gc_deletes_nothing_while_an_entry_is_unreadable(env, vault_dir, tmp_path):
    _import(env, tmp_path, "a.txt", "b.txt", "c.txt")
    before = _objects(vault_dir)
    assert len(before) == 6                      # three artifacts, three manifests
    _flip(vault_dir / "log" / "000000000001")
    (vault_dir / "index").unlink()
    r = run_cli(["gc"], env)
    assert r.returncode == 4 and "Nothing was removed" in r.stderr, r.stderr + r.stdout
    _no_traceback(r)
    assert _objects(vault_dir) == before
    v = run_cli(["verify", "--json"], env)
    assert v.returncode == 1
    codes = [p["code"] for p in json.loads(v.stdout)["problems"]]
    assert "verify.log_changed" in codes


def test_gc_keeps_a_readable_manifest_the_log_does_not_name(vault):
    """A manifest with no custody entry that is not provably an interrupted save (here: one from
    another copy of the vault, mixed in by a sync tool) is evidence: gc keeps it and its files."""
    with vault.new_item("import", title="kept") as d:
        d.add_bytes("photo.png", b"\x89PNG" + os.urandom(3000), role="original")
        item = d.seal()
    other = vault.objects.put_bytes(os.urandom(2000), 1)
    from evidence_kit.jsonutil import canonical
    foreign = {"format": "evidence-kit-manifest", "version": 1, "vault_id": vault.vault_id,
               "sealed_at": "2026-11-02T10:00:00.000Z", "tool": "Evidence Kit 0.1.0",
               "item": {"id": "zzzzzzzzzz", "exhibit": "EK-0042", "title": "from the other copy",
                        "artifacts": [{"name": "x.bin", "sha256": other.sha256, "size": other.size,
                                       "object": other.name}]}}
    mref = vault.objects.put_bytes(canonical(foreign), 2)
    rep = vault.verify()
    assert [p.code for p in rep.errors] == ["verify.not_in_log"]
    assert "EK-0042" in rep.errors[0].message and "from the other copy" in rep.errors[0].message
    assert rep.unreferenced == []
    assert vault.gc() == 0
    assert vault.objects.exists(mref.name) and vault.objects.exists(other.name)
    assert vault.read_artifact(item.id, "photo.png")[:4] == b"\x89PNG"


def test_gc_removes_an_interrupted_save(vault, monkeypatch):
    """The one case gc may delete a manifest: its custody entry was never written."""
    with vault.new_item("import", title="sealed") as d:
        d.add_bytes("a.bin", os.urandom(2000), role="original")
        d.seal()
    before = set(vault.objects.all_names())

    def crash(*a, **kw):
        raise KeyboardInterrupt   # the power goes between the manifest and the custody entry

    d = vault.new_item("import", title="interrupted")
    d.add_bytes("b.bin", os.urandom(2000), role="original")
    monkeypatch.setattr(vault, "_write_record", crash)
    monkeypatch.setattr(d, "discard", lambda: None)     # a real crash cleans up nothing
    monkeypatch.setattr(vault.objects, "delete", lambda name: None)
    with pytest.raises(KeyboardInterrupt):
        d.seal()
    monkeypatch.undo()
    vault.close()
    vault = Vault.open(vault.path, PASSPHRASE)      # the next start after the crash
    assert len(set(vault.objects.all_names()) - before) == 2
    rep = vault.verify()
    assert rep.ok and len(rep.unreferenced) == 2, [p.message for p in rep.problems]
    assert vault.gc() == 2
    assert set(vault.objects.all_names()) == before
    assert vault.verify().ok
    vault.close()


# ---------------------------------------------------------------- 2. the newest entries removed
def test_removed_newest_entry_is_not_forgotten_after_another_write(env, vault_dir, tmp_path):
    items = _import(env, tmp_path, "a.txt", "b.txt")
    newest = max((vault_dir / "log").iterdir())
    before_objects = _objects(vault_dir)
    newest.unlink()
    # a write (a verify logs itself; a note; an import) must not paper over the gap
    for args in (["verify"], ["edit", items[0]["id"], "--note", "x"], ["gc"]):
        r = run_cli(args, env)
        assert r.returncode != 0, (args, r.stdout, r.stderr)
        _no_traceback(r)
    r = run_cli(["import", tmp_path / "src" / "a.txt"], env)
    assert r.returncode == 4 and "newest entries" in r.stderr
    v = run_cli(["verify", "--json"], env)
    rep = json.loads(v.stdout)
    codes = [p["code"] for p in rep["problems"]]
    assert v.returncode == 1 and "verify.log_truncated" in codes and "verify.not_in_log" in codes
    assert "verify.unreferenced" not in codes
    assert _objects(vault_dir) == before_objects
    assert max((vault_dir / "log").iterdir()).name < newest.name   # nothing written in its place


def test_missing_head_beside_a_log_is_an_error_and_refuses_writes(env, vault_dir, tmp_path):
    _import(env, tmp_path, "a.txt")
    (vault_dir / "head").unlink()
    v = run_cli(["verify", "--json"], env)
    assert v.returncode == 1
    assert "verify.head_missing" in [p["code"] for p in json.loads(v.stdout)["problems"]]
    r = run_cli(["import", tmp_path / "src" / "a.txt"], env)
    assert r.returncode == 4 and "newest entry is missing" in r.stderr
    _no_traceback(r)
    assert not (vault_dir / "head").exists()


def test_head_binds_its_sequence_number_and_hash(vault, tmp_path):
    head = vault._read_record("head")
    assert set(head) == {"seq", "hash", "mac"}
    vault._write_record("head", dict(head, seq=head["seq"] + 1))   # re-sealed, MAC left as it was
    with pytest.raises(VaultCorrupt):
        vault._read_head()
    vault.close()
    v = Vault.open(vault.path, PASSPHRASE)
    with pytest.raises(VaultCorrupt):
        v.log_event("settings_changed", details={"key": "x"})
    assert "verify.head_damaged" in [p.code for p in v.verify().errors]
    v.close()


def test_a_crash_right_after_creation_leaves_a_vault_that_takes_writes(tmp_path, monkeypatch):
    v, _ = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    v.close()
    # the state a crash between the first entry and its head leaves: head still at 0
    v = Vault.open(tmp_path / "v", PASSPHRASE)
    v._write_head(0, "0" * 64)
    v.close()
    v = Vault.open(tmp_path / "v", PASSPHRASE)
    assert v._read_head()["seq"] == 1          # brought up to date by the writer
    v.log_event("settings_changed", details={"key": "x"})
    assert v.verify().ok
    v.close()


# ---------------------------------------------------------------- 3. failures after the commit point
@pytest.mark.parametrize("failing", ["head", "index"])
def test_a_failure_after_the_custody_entry_keeps_the_item(vault, monkeypatch, failing):
    import evidence_kit.vault.log as logmod

    monkeypatch.setattr(logmod, "INDEX_FLUSH_EVERY", 1)
    real = vault._write_record

    def full_disk(label, obj, path=None):
        if label == failing:
            raise fsutil.storage_error(OSError(28, "No space left on device"))
        return real(label, obj, path)

    monkeypatch.setattr(vault, "_write_record", full_disk)
    with vault.new_item("import", title="survives") as d:
        d.add_bytes("a.bin", b"sealed bytes" * 100, role="original")
        item = d.seal()
    monkeypatch.undo()
    assert vault.read_artifact(item.id, "a.bin") == b"sealed bytes" * 100
    vault.close()
    v = Vault.open(vault.path, PASSPHRASE)       # the next writer brings head/index up to date
    assert [i.id for i in v.items()] == [item.id]
    rep = v.verify()
    assert rep.ok and not rep.unreferenced, [p.message for p in rep.problems]
    v.close()


def test_entry_on_disk_despite_an_error_counts_as_written(vault, monkeypatch):
    """The rename went through but the folder's fsync failed: the entry is there, so is the item."""
    real = fsutil.fsync_dir
    calls = {"n": 0}

    def flaky(path):
        if Path(path).name == "log" and calls["n"] == 0:
            calls["n"] += 1
            raise OSError(5, "Input/output error")
        return real(path)

    monkeypatch.setattr(fsutil, "fsync_dir", flaky)
    with vault.new_item("import", title="kept") as d:
        d.add_bytes("a.bin", b"x" * 5000, role="original")
        item = d.seal()
    assert calls["n"] == 1
    assert vault.items()[0].id == item.id and vault.verify().ok


# ---------------------------------------------------------------- 4. key-derivation settings
def _header(vault_dir):
    return json.loads((vault_dir / "vault.json").read_text())


def test_huge_kdf_settings_are_refused_in_words(env, vault_dir):
    h = _header(vault_dir)
    h["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    (vault_dir / "vault.json").write_text(json.dumps(h))
    r = run_cli(["list"], env, timeout=30)
    assert r.returncode == 4 and "safe limits" in r.stderr
    _no_traceback(r)
    h["slots"][0]["kdf"]["memory_kib"] = 131072
    h["slots"][0]["kdf"]["iterations"] = 10 ** 9
    (vault_dir / "vault.json").write_text(json.dumps(h))
    r = run_cli(["list"], env, timeout=30)
    assert r.returncode == 4 and "safe limits" in r.stderr


def test_weakened_settings_never_reach_a_new_slot(env, vault_dir, tmp_path):
    r = run_cli(["init", "--json"], dict(env, EVIDENCE_KIT_VAULT=str(tmp_path / "v2")))
    recovery = json.loads(r.stdout)["recovery_key"]
    v2 = tmp_path / "v2"
    h = _header(v2)
    h["slots"][0]["kdf"].update(iterations=1, memory_kib=64, lanes=1)   # lowered by someone
    (v2 / "vault.json").write_text(json.dumps(h))
    e = dict(env, EVIDENCE_KIT_VAULT=str(v2))
    assert run_cli(["list"], e).returncode == 3          # the lowered slot no longer opens
    r = run_cli(["passwd", "--use-recovery-key"], dict(e, EVIDENCE_KIT_RECOVERY_KEY=recovery,
                                                        EVIDENCE_KIT_NEW_PASSPHRASE="нав ҷ пароль"))
    assert r.returncode == 0, r.stderr
    kdf = _header(v2)["slots"][0]["kdf"]
    assert all(kdf[k] >= DEFAULT_KDF[k] for k in ("iterations", "memory_kib", "lanes")), kdf
    assert run_cli(["list"], dict(e, EVIDENCE_KIT_PASSPHRASE="нав ҷ пароль")).returncode == 0


# ---------------------------------------------------------------- 8. entries carry a nonce
def test_every_new_entry_carries_a_random_nonce(vault):
    vault.log_event("settings_changed", details={"key": "collector"})
    vault.log_event("settings_changed", details={"key": "collector"})
    entries = [r["entry"] for r in vault.custody_log()]
    nonces = [e["nonce"] for e in entries]
    assert all(len(n) == 32 and int(n, 16) >= 0 for n in nonces)
    assert len(set(nonces)) == len(nonces)


# ---------------------------------------------------------------- 12. the index checked against the log
def test_an_index_from_another_copy_is_not_trusted(env, vault_dir, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(vault_dir, copy)
    a = _import(env, tmp_path, "ours.txt")[0]
    b = _import(dict(env, EVIDENCE_KIT_VAULT=str(copy)), tmp_path, "theirs.txt")[0]
    shutil.copy2(copy / "index", vault_dir / "index")   # a sync tool mixes the two copies
    r = run_cli(["list", "--json"], env)
    ids = [i["id"] for i in json.loads(r.stdout)]
    assert ids == [a["id"]] and b["id"] not in ids


# ---------------------------------------------------------------- 13. re-import repairs a damaged object
def test_reimporting_the_same_bytes_replaces_a_damaged_object(env, vault_dir, tmp_path):
    first = _import(env, tmp_path, "photo.bin")[0]
    objs = [p for p in (vault_dir / "objects").rglob("*") if p.is_file()]
    for p in objs:
        _flip(p, at=100)
    assert run_cli(["verify"], env).returncode == 1
    r = run_cli(["import", tmp_path / "src" / "photo.bin", "--json"], env)
    assert r.returncode == 0, r.stderr
    r = run_cli(["extract", first["id"], "--out", tmp_path / "out"], env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out" / "photo.bin").read_bytes() == (tmp_path / "src" / "photo.bin").read_bytes()


# ---------------------------------------------------------------- 14. strays in log/
def test_stray_names_in_the_log_folder_block_nothing(env, vault_dir, tmp_path):
    (vault_dir / "log" / "٠٠٠٠٠٠٠٠٠٠٠٩").write_bytes(b"junk")          # Arabic-Indic digits
    (vault_dir / "log" / "000000000099.bak").write_bytes(b"junk")
    _import(env, tmp_path, "a.txt")
    v = run_cli(["verify", "--json"], env)
    rep = json.loads(v.stdout)
    assert v.returncode == 0 and "verify.log_strays" in [p["code"] for p in rep["problems"]]


# ---------------------------------------------------------------- 15. pipes and swaps on import
def test_a_pipe_named_directly_is_refused_at_once(env, vault_dir, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    r = run_cli(["import", fifo], env, timeout=20)
    assert r.returncode == 2 and "not an ordinary file" in r.stderr
    _no_traceback(r)


def test_a_file_swapped_for_a_pipe_after_the_check_is_refused(vault, tmp_path):
    from evidence_kit import importer
    from evidence_kit.files import collect_files

    p = tmp_path / "swap.bin"
    p.write_bytes(b"x")
    files, _ = collect_files([p])
    p.unlink()
    os.mkfifo(p)                                  # swapped between the check and the open
    done = threading.Event()
    err = []

    def run():
        try:
            importer.import_file(vault, files[0])
        except BadInput as exc:
            err.append(exc)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(10), "import waited on a pipe"
    assert err and err[0].key == "error.not_regular_file"
    assert vault.items() == []


# ---------------------------------------------------------------- 16. extract never overwrites
def test_extract_never_replaces_a_file_created_meanwhile(vault, tmp_path, monkeypatch):
    with vault.new_item("import", title="a") as d:
        d.add_bytes("report.txt", b"sealed" * 1000, role="original")
        item = d.seal()
    out = tmp_path / "out"
    out.mkdir()
    real = vault.objects.iter_content

    def racing(*a, **kw):
        for piece in real(*a, **kw):
            (out / "report.txt").write_bytes(b"hers, written meanwhile")
            yield piece

    monkeypatch.setattr(vault.objects, "iter_content", racing)
    with pytest.raises(BadInput):
        vault.extract(item.id, out)
    assert (out / "report.txt").read_bytes() == b"hers, written meanwhile"
    assert [p.name for p in out.iterdir()] == ["report.txt"]     # no partial file left


# ---------------------------------------------------------------- 17. new object folders are durable
def test_a_new_object_folder_is_fsynced_in_its_parent(vault, monkeypatch):
    synced = []
    real = fsutil.fsync_dir
    monkeypatch.setattr(fsutil, "fsync_dir", lambda p: (synced.append(Path(p)), real(p)))
    for _ in range(40):                     # enough objects that some land in new xy/ folders
        vault.objects.put_bytes(os.urandom(600), 1)
    assert vault.path / "objects" in synced
