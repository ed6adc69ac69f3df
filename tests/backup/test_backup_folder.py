"""Backups to a folder, their check and restore, through the real command line."""

from __future__ import annotations

import hashlib
import json
import shutil

from evidence_kit.vault import Vault
from tests.backup.helpers import CANARY, add_items, backup_dirs, ek, env, make_vault
from tests.canary import find_canary
from tests.conftest import PASSPHRASE
from tests.core.helpers import snapshot


def _setup(tmp_path, items=3):
    v, recovery = make_vault(tmp_path / "vault", items)
    v.write_private("sessions", {"format": 1, "sessions": {"mail": {"name": "mail", "source": "browser",
                                                                     "storage_state": {"cookies": [], "origins": []}}}})
    v.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    e = env(tmp_path)
    r = ek(tmp_path / "vault", "backup", "add", "stick", usb, env=e)
    assert r.returncode == 0, r.stderr
    return usb, e, recovery


def _contents(path, passphrase=PASSPHRASE):
    v = Vault.open(path, passphrase, writable=False)
    try:
        out = {}
        for item in v.items():
            out[item.id] = (item.exhibit, item.title, item.case,
                            {a.name: hashlib.sha256(v.read_artifact(item.id, a.name)).hexdigest()
                             for a in item.artifacts})
        return out, v.collector, v.read_private("sessions")
    finally:
        v.close()


def test_run_then_restore_brings_everything_back_and_records_both(tmp_path):
    usb, e, _ = _setup(tmp_path)
    r = ek(tmp_path / "vault", "backup", "run", env=e)
    assert r.returncode == 0, r.stderr
    assert "complete" in r.stdout
    [folder] = backup_dirs(usb)
    assert (folder / "complete").is_file() and (folder / "vault.json").is_file()
    # the custody log: one entry for the run, naming the backup by its id only
    v = Vault.open(tmp_path / "vault", PASSPHRASE, writable=False)
    runs = [en["entry"] for en in v.custody_log() if en["entry"]["event"] == "backup_run"]
    v.close()
    assert [r_["details"] for r_ in runs] == [{"backup": folder.name, "items": 3, "bytes": runs[0]["details"]["bytes"],
                                                "result": "complete"}]
    assert runs[0]["details"]["bytes"] > 15000
    r = ek(tmp_path / "restored", "restore", usb, env=e)
    assert r.returncode == 0, r.stdout + r.stderr
    assert _contents(tmp_path / "restored") == _contents(tmp_path / "vault")
    r = ek(tmp_path / "restored", "verify", env=e)
    assert r.returncode == 0, r.stdout
    v = Vault.open(tmp_path / "restored", PASSPHRASE, writable=False)
    restored = [en["entry"] for en in v.custody_log() if en["entry"]["event"] == "vault_restored"]
    v.close()
    assert len(restored) == 1 and restored[0]["details"]["backup"] == folder.name
    assert restored[0]["details"]["made_at"].endswith("Z")


def test_restore_with_the_recovery_key(tmp_path):
    usb, e, recovery = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    e2 = env(tmp_path, EVIDENCE_KIT_RECOVERY_KEY=recovery)
    del e2["EVIDENCE_KIT_PASSPHRASE"]
    r = ek(tmp_path / "restored", "restore", usb, "--use-recovery-key", env=e2)
    assert r.returncode == 0, r.stdout + r.stderr
    assert _contents(tmp_path / "restored") == _contents(tmp_path / "vault")


def test_incremental_runs_copy_only_what_is_new(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", "--json", env=e).returncode == 0
    before = snapshot(usb)
    r = ek(tmp_path / "vault", "backup", "run", "stick", "--json", env=e)
    assert r.returncode == 0, r.stderr
    [res] = json.loads(r.stdout)
    assert res["result"] == "complete" and res["bytes_copied"] < 8192      # a few kilobytes
    after = snapshot(usb)
    objects_before = {k: h for k, h in before.items() if "/objects/" in k}
    assert {k: h for k, h in after.items() if "/objects/" in k} == objects_before
    v = Vault.open(tmp_path / "vault", PASSPHRASE)
    add_items(v, 1, size=200_000)
    v.close()
    r = ek(tmp_path / "vault", "backup", "run", "stick", "--json", env=e)
    [res] = json.loads(r.stdout)
    new = snapshot(usb)
    added = [k for k in new if "/objects/" in k and k not in objects_before]
    assert len(added) == 3                       # two artifacts and the manifest of the new item
    assert 200_000 < res["bytes_copied"] < 240_000
    r = ek(tmp_path / "vault", "backup", "check", "stick", env=e)
    assert r.returncode == 0, r.stdout


def test_nothing_readable_on_the_target(tmp_path):
    usb, e, _ = _setup(tmp_path)
    name = f"{CANARY}-stick"
    assert ek(tmp_path / "vault", "backup", "add", name, usb, env=e).returncode == 0
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    for canary in (CANARY, name, str(usb), "stick", "example/post"):
        assert find_canary([usb], canary) == [], canary
    assert len(backup_dirs(usb)) == 2          # two backups of the vault, each under its own id


def test_check_finds_a_flipped_byte_a_deleted_file_and_a_rollback(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    [folder] = backup_dirs(usb)
    old = tmp_path / "old-copy"
    shutil.copytree(usb, old)
    v = Vault.open(tmp_path / "vault", PASSPHRASE)
    add_items(v, 1)
    v.close()
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    assert ek(tmp_path / "vault", "backup", "check", "stick", env=e).returncode == 0
    pristine = tmp_path / "pristine"
    shutil.copytree(usb, pristine)

    objects = sorted(p for p in (folder / "objects").rglob("*") if p.is_file())
    big = max(objects, key=lambda p: p.stat().st_size)
    data = bytearray(big.read_bytes())
    data[len(data) // 2] ^= 0x01
    big.write_bytes(bytes(data))
    r = ek(tmp_path / "vault", "backup", "check", "stick", env=e)
    assert r.returncode == 1
    assert "in the backup was changed or is damaged" in r.stdout and "EK-000" in r.stdout

    shutil.rmtree(usb)
    shutil.copytree(pristine, usb)
    sorted((folder / "log").iterdir())[1].unlink()
    r = ek(tmp_path / "vault", "backup", "check", "stick", env=e)
    assert r.returncode == 1 and "Custody log entry 2 is missing from the backup" in r.stdout

    shutil.rmtree(usb)
    shutil.copytree(pristine, usb)
    objects[0].unlink()
    r = ek(tmp_path / "vault", "backup", "check", "stick", "--json", env=e)
    assert r.returncode == 1
    assert any(p["code"] == "backup.check.item_missing" for p in json.loads(r.stdout)["problems"])

    shutil.rmtree(usb)
    shutil.copytree(old, usb)                 # the target put back as it was after the first run
    r = ek(tmp_path / "vault", "backup", "check", "stick", env=e)
    assert r.returncode == 1 and "older than the vault's last complete run" in r.stdout


def test_restore_refuses_a_folder_that_holds_anything(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    dest = tmp_path / "busy"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine")
    before = snapshot(dest)
    r = ek(dest, "restore", usb, env=e)
    assert r.returncode == 2 and "is not empty" in r.stderr and "nothing was touched" in r.stderr
    assert snapshot(dest) == before
    r = ek(tmp_path / "vault", "restore", usb, env=e)         # the vault itself: refused as well
    assert r.returncode == 2


def test_restore_with_a_wrong_passphrase_exits_3_and_writes_nothing(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    r = ek(tmp_path / "restored", "restore", usb, env=env(tmp_path, EVIDENCE_KIT_PASSPHRASE="not it"))
    assert r.returncode == 3
    assert not (tmp_path / "restored").exists()
    r = ek(tmp_path / "restored", "restore", tmp_path / "vault", env=e)   # no backup there
    assert r.returncode == 2 and "no Evidence Kit backup there" in r.stderr


def test_a_damaged_backup_restores_the_rest_and_names_the_damaged_item(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    [folder] = backup_dirs(usb)
    big = max((p for p in (folder / "objects").rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)
    data = bytearray(big.read_bytes())
    data[100] ^= 0x80
    big.write_bytes(bytes(data))
    r = ek(tmp_path / "restored", "restore", usb, env=e)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "did not come back whole" in r.stdout and "EK-000" in r.stdout
    v = Vault.open(tmp_path / "restored", PASSPHRASE, writable=False)
    intact = 0
    for item in v.items():
        try:
            for a in item.artifacts:
                v.read_artifact(item.id, a.name)
            intact += 1
        except Exception:
            pass
    v.close()
    assert intact == 2


def test_the_unlock_counter_is_never_copied(tmp_path):
    usb, e, _ = _setup(tmp_path)
    (tmp_path / "vault" / "unlock-attempts.json").write_text('{"failed": 2}')
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    assert not list(usb.rglob("unlock-attempts.json"))
    assert ek(tmp_path / "restored", "restore", usb, env=e).returncode == 0
    assert not (tmp_path / "restored" / "unlock-attempts.json").exists()


def test_list_and_remove_and_bad_input(tmp_path):
    usb, e, _ = _setup(tmp_path)
    r = ek(tmp_path / "vault", "backup", "list", "--json", env=e)
    [row] = json.loads(r.stdout)
    assert row["name"] == "stick" and row["target"] == str(usb) and row["last_complete"] is None
    assert ek(tmp_path / "vault", "backup", "add", "stick", usb, env=e).returncode == 2
    assert ek(tmp_path / "vault", "backup", "add", "x", tmp_path / "nowhere", env=e).returncode == 1
    r = ek(tmp_path / "vault", "backup", "run", env=env(tmp_path, EVIDENCE_KIT_PASSPHRASE="not it"))
    assert r.returncode == 3 and not list(usb.iterdir())
    r = ek(tmp_path / "vault", "backup", "run", "nosuch", env=e)
    assert r.returncode == 2 and "no backup called" in r.stderr
    r = ek(tmp_path / "vault", "backup", "add", "cloud",
           "rclone::webdav,url=http://127.0.0.1:1,user=me,pass=c2VjcmV0cGFzcw:evidence", env=e)
    assert r.returncode == 0, r.stderr
    r = ek(tmp_path / "vault", "backup", "list", env=e)
    assert "c2VjcmV0cGFzcw" not in r.stdout and "pass=***" in r.stdout
    assert ek(tmp_path / "vault", "backup", "remove", "stick", env=e).returncode == 0
    r = ek(tmp_path / "vault", "backup", "list", "--json", env=e)
    assert [x["name"] for x in json.loads(r.stdout)] == ["cloud"]


def test_a_run_after_every_key_changed_replaces_the_old_keys_files(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    [folder] = backup_dirs(usb)
    old_files = set(snapshot(folder))
    r = ek(tmp_path / "vault", "rekey", env=env(tmp_path, EVIDENCE_KIT_NEW_PASSPHRASE="new words here"))
    assert r.returncode == 0, r.stderr
    e2 = env(tmp_path, EVIDENCE_KIT_PASSPHRASE="new words here")
    r = ek(tmp_path / "vault", "backup", "check", "stick", env=e2)
    assert r.returncode == 1 and "before the vault's keys were changed" in r.stdout
    assert ek(tmp_path / "vault", "backup", "run", env=e2).returncode == 0
    now = set(snapshot(folder))
    assert not (now & old_files - {"vault.json", "complete"})       # nothing under the old keys
    assert ek(tmp_path / "vault", "backup", "check", "stick", env=e2).returncode == 0
    assert ek(tmp_path / "restored", "restore", usb, env=e).returncode == 3      # the old passphrase
    r = ek(tmp_path / "restored", "restore", usb, env=e2)
    assert r.returncode == 0, r.stdout + r.stderr
    assert _contents(tmp_path / "restored", "new words here")[0] == _contents(tmp_path / "vault", "new words here")[0]


def test_a_first_backup_that_never_completed_is_refused_in_words(tmp_path):
    usb, e, _ = _setup(tmp_path)
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    [folder] = backup_dirs(usb)
    (folder / "complete").unlink()               # as a first run stopped before its marker leaves it
    r = ek(tmp_path / "restored", "restore", usb, env=e)
    assert r.returncode == 2 and "never completed" in r.stderr
    assert not (tmp_path / "restored").exists()
    r = ek(tmp_path / "vault", "backup", "check", "stick", env=e)
    assert r.returncode == 1 and "never completed" in r.stdout
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0       # the next run completes it
    assert ek(tmp_path / "restored", "restore", usb, env=e).returncode == 0


def test_the_vaults_age_identity_comes_back_with_a_restore(tmp_path):
    """A lawyer's vault restored from its backup still opens what clients encrypted to it."""
    import pyrage

    usb, e, _ = _setup(tmp_path)
    r = ek(tmp_path / "vault", "--json", "identity", env=e)
    assert r.returncode == 0, r.stderr
    before = json.loads(r.stdout)
    assert before["recipient"].startswith("age1")
    assert ek(tmp_path / "vault", "backup", "run", env=e).returncode == 0
    r = ek(tmp_path / "restored", "restore", usb, env=e)
    assert r.returncode == 0, r.stdout + r.stderr
    after = json.loads(ek(tmp_path / "restored", "--json", "identity", env=e).stdout)
    assert (after["recipient"], after["fingerprint"]) == (before["recipient"], before["fingerprint"])
    from evidence_kit import identity

    v = Vault.open(tmp_path / "restored", PASSPHRASE, writable=False)
    try:
        secret = identity._secret(v)
    finally:
        v.close()
    sealed = pyrage.encrypt(b"for the lawyer", [pyrage.x25519.Recipient.from_str(before["recipient"])])
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(secret)]) == b"for the lawyer"
