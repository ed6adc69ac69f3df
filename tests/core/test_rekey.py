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
from tests.core.helpers import cli_env, run_cli, sha256_file, snapshot

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


def _check_whole(env, tmp_path, items, passphrase, tag, *, extract_all=True, inspect=None):
    """The vault verifies, lists every item, and gives every item's bytes back: through the command
    line for every item, or (`extract_all=False`) for the first, and the rest read in-process
    (where `inspect`, if given, is called with the vault open)."""
    e = dict(env, EVIDENCE_KIT_PASSPHRASE=passphrase)
    r = run_cli(["verify", "--json"], e)
    assert r.returncode == 0, r.stdout + r.stderr
    assert [p for p in json.loads(r.stdout)["problems"] if p["kind"] == "error"] == [], r.stdout
    r = run_cli(["list", "--json"], e)
    assert [i["id"] for i in json.loads(r.stdout)] == [i["id"] for i in items]
    if not extract_all:
        v = Vault.open(tmp_path / "vault", passphrase, writable=False)
        try:
            if inspect:
                inspect(v)
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


# ---------------------------------------------------------------- what the old keys can read
def _old_subkeys(vault_dir, old_recovery):
    """The subkeys of the old master key, as whoever knows the old passphrase or the old recovery
    key (and kept a copy of the old vault.json) has them."""
    from evidence_kit.vault import keys

    header = Vault.read_header(vault_dir)
    master = keys.unwrap(header, passphrase=OLD)
    assert keys.unwrap(header, recovery_key=old_recovery) == master
    return keys.Subkeys.derive(master)


def _keystream_open(key: bytes, nonce: bytes, ciphertext: bytes) -> bytes:
    """AES-GCM's plaintext without checking its tag (AES-CTR from the nonce's counter 2): what
    the key reads out of any sealed bytes, with no need to guess their label or name."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    d = Cipher(algorithms.AES(key), modes.CTR(nonce + b"\0\0\0\2")).decryptor()
    return d.update(ciphertext) + d.finalize()


def _read_with_old_keys(folder: Path, sub) -> list[tuple[str, bool, bytes]]:
    """Every file under `folder` as the old keys read it: (path, sealed, bytes). Sealed records
    (also half-written ones in tmp/) and objects are opened with the old record and object keys;
    anything else is read as it is."""
    from evidence_kit.vault import _crypto

    out = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file():
            continue
        blob = p.read_bytes()
        rel = p.relative_to(folder).as_posix()
        if blob[:4] == b"EKR1" and len(blob) >= 4 + 12 + 16:
            out.append((rel, True, _keystream_open(sub.record_key, blob[4:16], blob[16:-16])))
        elif blob[:4] == b"EKO1" and len(blob) >= 40:
            key = _crypto.hkdf(sub.object_key, b"evidence-kit/v1/object-chunk-key", salt=blob[8:40])
            body, step, pieces = blob[40:], (1 << 20) + 16, []
            for i, off in enumerate(range(0, len(body), step)):
                last = off + step >= len(body)
                nonce = i.to_bytes(11, "big") + (b"\1" if last else b"\0")
                pieces.append(_keystream_open(key, nonce, body[off:off + step][:-16]))
            out.append((rel, True, b"".join(pieces)))
        else:
            out.append((rel, False, blob))
    return out


def _new_secrets(v, recovery: str | None) -> tuple[dict, dict]:
    """What must never be readable with the old keys: the new master key, its subkeys and the new
    recovery key (in every form a program might write them), and the new key slots' material."""
    import base64
    import dataclasses

    from evidence_kit.vault import keys

    def forms(raw: bytes) -> list[bytes]:
        return [raw, base64.b64encode(raw), raw.hex().encode(), raw.hex().upper().encode()]

    secret = {"new master key": forms(v._master)}
    sub = keys.Subkeys.derive(v._master)
    for f in dataclasses.fields(sub):
        secret[f"new {f.name}"] = forms(getattr(sub, f.name))
    if recovery:
        secret["new recovery key"] = (forms(keys.parse_recovery_key(recovery))
                                      + [recovery.encode(), recovery.replace("-", "").encode()])
    slots = {f"new {s['type']} slot": forms(keys.b64d(s["wrapped_key"])) + forms(keys.b64d(s["kdf"]["salt"]))
             for s in v.header["slots"]}
    return secret, slots


def _leaks(readable, secret: dict, slots: dict) -> list[tuple[str, str]]:
    """(file, what) for every new secret found in what the old keys read; new key slots count
    only inside what they decrypt (vault.json and the plan hold slots in clear by design)."""
    found = []
    for rel, sealed, text in readable:
        for what, forms in list(secret.items()) + (list(slots.items()) if sealed else []):
            if any(f in text for f in forms):
                found.append((rel, what))
    return found


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
    problems = json.loads(r.stdout)["problems"]
    assert "verify.rekey_unfinished" in [p["code"] for p in problems]
    assert [p for p in problems if p["kind"] == "error" or p["code"] == "verify.strays"] == []
    # resuming needs the new passphrase: without it, or with another one, nothing changes
    before = snapshot(tmp_path / "vault")
    r = run_cli(["rekey"], env)
    assert r.returncode == 2 and "EVIDENCE_KIT_NEW_PASSPHRASE" in r.stderr, r.stderr
    r = run_cli(["rekey"], dict(env, EVIDENCE_KIT_NEW_PASSPHRASE=OLD))
    assert r.returncode == 3 and "not the new passphrase chosen" in r.stderr, r.stderr
    assert snapshot(tmp_path / "vault") == before
    r = run_cli(["rekey"], dict(env, EVIDENCE_KIT_NEW_PASSPHRASE=NEW))   # the secrets chosen before
    assert r.returncode == 0, r.stderr
    assert "interrupted" in r.stderr
    _check_whole(env, tmp_path, items, NEW, "resumed")


def _power_cut(*a, **kw):
    raise KeyboardInterrupt


@pytest.mark.parametrize("cut", ["_copy_records", "finish_retirement"])
def test_the_old_keys_never_read_the_new_ones(tmp_path, monkeypatch, cut):
    """Stopped before the commit point (the copy) or after it (the old files still there): the
    old keys read every file of the vault folder and find nothing of the new keys; the plan's slot
    does not open with the old passphrase; the new passphrase resumes or opens it."""
    from evidence_kit.errors import WrongPassphrase
    from evidence_kit.vault import keys
    from evidence_kit.vault import rekey as rk
    from tests.conftest import FAST_KDF

    v, old_recovery = Vault.create(tmp_path / "v", OLD, kdf=FAST_KDF)
    with v.new_item("import", title="a") as d:
        d.add_bytes("a.bin", b"evidence" * 500, role="original")
        item = d.seal()
    old = keys.Subkeys.derive(v._master)
    monkeypatch.setattr(rk, cut, _power_cut)
    with pytest.raises(KeyboardInterrupt):
        rk.rekey(v, NEW)
    v.close()
    monkeypatch.undo()
    readable = _read_with_old_keys(tmp_path / "v", old)
    if cut == "_copy_records":                   # before the commit point: the old vault, whole
        plan = json.loads((tmp_path / "v" / "rekey").read_text())
        with pytest.raises(WrongPassphrase):
            keys.unwrap({"vault_id": v.vault_id, "slots": [plan["slot"]]}, passphrase=OLD)
        v = Vault.open(tmp_path / "v", recovery_key=old_recovery)
        assert v.read_artifact(item.id, "a.bin") == b"evidence" * 500
        assert rk.plan_state(v) == "sealed"
        recovery = rk.rekey(v, NEW)
    else:                                         # after it: only the new passphrase opens
        assert (tmp_path / "v" / "rekey").is_file() and (tmp_path / "v" / "objects").is_dir()
        with pytest.raises(WrongPassphrase):
            Vault.open(tmp_path / "v", OLD)
        recovery = None
    v = Vault.open(tmp_path / "v", NEW)
    try:
        assert not (tmp_path / "v" / "rekey").exists()
        recovery = recovery or rk.pending_recovery_key(v)
        assert recovery and Vault.open(tmp_path / "v", recovery_key=recovery, writable=False).item_count() == 1
        assert _leaks(readable, *_new_secrets(v, recovery)) == []
        assert v.read_artifact(item.id, "a.bin") == b"evidence" * 500
        rep = v.verify()
        assert rep.ok and not rep.warnings, [p.message for p in rep.problems]
    finally:
        v.close()


def test_a_plan_an_earlier_version_left_is_discarded_not_resumed(tmp_path):
    """A plan sealed under the old keys (as Evidence Kit wrote it before) holds new keys that the
    old passphrase reads: it is never resumed; its folder and it are removed and the change starts
    again with the new passphrase given now."""
    import os as _os

    from evidence_kit.vault import keys
    from evidence_kit.vault import rekey as rk
    from tests.conftest import FAST_KDF

    v, _ = Vault.create(tmp_path / "v", OLD, kdf=FAST_KDF)
    with v.new_item("import", title="a") as d:
        d.add_bytes("a.bin", b"evidence" * 500, role="original")
        item = d.seal()
    # what the earlier version wrote before it was stopped: the plan under the old keys, and
    # part of the copy in the new folder
    exposed_master = keys.new_master_key()
    recovery_text, recovery_raw = keys.new_recovery_key()
    folder = "g-" + _os.urandom(8).hex()
    header = {"format": keys.HEADER_FORMAT, "version": keys.FORMAT_VERSION, "vault_id": v.vault_id,
              "slots": [keys.passphrase_slot(v.vault_id, exposed_master, NEW, FAST_KDF),
                        keys.recovery_slot(v.vault_id, exposed_master, recovery_raw)]}
    v._write_record("rekey", {"folder": folder, "master": keys.b64e(exposed_master), "header": header,
                              "recovery_key": recovery_text, "unlocked_with": "passphrase",
                              "old_fingerprint": v.fingerprint})
    rk._copy_objects(v, rk._NewKeys(v, exposed_master, folder), None)
    v.close()

    v = Vault.open(tmp_path / "v", OLD)
    assert rk.plan_state(v) == "exposed" and (tmp_path / "v" / folder).is_dir()
    with pytest.raises(Exception, match="rekey"):
        v.update_item(item.id, notes="x")                 # writes wait for the change, as before
    recovery = rk.rekey(v, NEW)
    assert recovery != recovery_text
    assert not (tmp_path / "v" / folder).exists()
    v = Vault.open(tmp_path / "v", NEW)
    try:
        assert v._master != exposed_master and keys.data_folder(v.header) != folder
        assert v.read_artifact(item.id, "a.bin") == b"evidence" * 500
        rep = v.verify()
        assert rep.ok and not rep.warnings, [p.message for p in rep.problems]
    finally:
        v.close()


def test_abandon_gives_up_an_unfinished_change(tmp_path, monkeypatch):
    """A lost new passphrase: `rekey --abandon` (with the old one) removes the new folder and the
    plan; the vault is as it was and takes writes again."""
    from evidence_kit.errors import BadInput, WrongPassphrase
    from evidence_kit.vault import rekey as rk
    from tests.conftest import FAST_KDF
    from tests.core.helpers import cli_env

    v, _ = Vault.create(tmp_path / "v", OLD, kdf=FAST_KDF)
    with v.new_item("import", title="a") as d:
        d.add_bytes("a.bin", b"evidence" * 500, role="original")
        item = d.seal()
    monkeypatch.setattr(rk, "_copy_records", _power_cut)
    with pytest.raises(KeyboardInterrupt):
        rk.rekey(v, NEW)
    v.close()
    monkeypatch.undo()
    folders = [p.name for p in (tmp_path / "v").iterdir() if p.name.startswith("g-")]
    assert len(folders) == 1
    before = snapshot(tmp_path / "v")
    v = Vault.open(tmp_path / "v", OLD)
    with pytest.raises(WrongPassphrase) as wrong:
        rk.rekey(v, "забыта")
    assert wrong.value.key == "error.rekey_wrong_new_passphrase"
    v.close()
    assert snapshot(tmp_path / "v") == before
    e = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "v", EVIDENCE_KIT_PASSPHRASE=OLD,
                HOME=tmp_path / "home")
    r = run_cli(["rekey", "--abandon"], e)
    assert r.returncode == 0 and "given up" in r.stdout, r.stdout + r.stderr
    assert not (tmp_path / "v" / "rekey").exists() and not (tmp_path / "v" / folders[0]).exists()
    v = Vault.open(tmp_path / "v", OLD)
    try:
        v.update_item(item.id, notes="writes again")
        assert v.read_artifact(item.id, "a.bin") == b"evidence" * 500
        rep = v.verify()
        assert rep.ok and not rep.warnings, [p.message for p in rep.problems]
        with pytest.raises(BadInput):
            rk.abandon(v)
    finally:
        v.close()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_kill_at_any_moment_leaves_old_or_new_vault_whole(env, tmp_path):
    """Killed at any moment: the old or the new vault whole, opened by its own secrets; whatever the
    old passphrase and recovery key can read then (every file, records and objects of the old and
    new data folders, the plan) holds no new key; resuming needs the new passphrase and ends whole."""
    recovery, items = _setup(env, tmp_path, files=16, size=1_000_000)
    base = tmp_path / "vault"
    pristine = tmp_path / "pristine"
    import shutil

    shutil.copytree(base, pristine)
    old = _old_subkeys(pristine, recovery)
    # the reading is real: the old keys read the old records and the evidence's bytes
    seen = _read_with_old_keys(pristine, old)
    assert any(rel == "head" and text.startswith(b'{"hash":') for rel, _, text in seen)
    photo = (tmp_path / "src" / "photo-0.bin").read_bytes()
    assert any(photo in text for rel, sealed, text in seen if sealed and rel.startswith("objects/"))
    e = dict(env, EVIDENCE_KIT_NEW_PASSPHRASE=NEW)
    cmd = [sys.executable, "-m", "evidence_kit.cli.main", "rekey"]
    t0 = time.monotonic()
    r = subprocess.run(cmd, env=e, capture_output=True, text=True, timeout=300)
    full = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    ino = None                                   # vault.json's as copied, set below

    def new_folder():
        return next((d for d in base.iterdir() if d.name.startswith("g-")), None)

    def copied(n):
        g = new_folder()
        return g is not None and sum(1 for f in (g / "objects").rglob("*") if f.is_file()) >= n

    # the moments, each seen on disk (a fraction of the time alone misses the short ones on a busy
    # machine): opening, the plan just written, objects half copied, records copied, vault.json
    # just replaced (the old files still there), the end
    moments = [("opening", lambda t: t >= full * 0.1),
               ("plan written", lambda t: (base / "rekey").is_file()),
               ("copying", lambda t: copied(12)),
               ("records copied", lambda t: (new_folder() or base / "none").joinpath("head").is_file()),
               ("committed", lambda t: os.stat(base / "vault.json").st_ino != ino),
               ("late", lambda t: t >= full * 0.97)]
    outcomes = {"old": 0, "new": 0, "planned": 0}
    for i, (when, moment) in enumerate(moments):
        shutil.rmtree(base)
        shutil.copytree(pristine, base)
        ino = os.stat(base / "vault.json").st_ino
        p = subprocess.Popen(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t0 = time.monotonic()
        while p.poll() is None and not moment(time.monotonic() - t0):
            time.sleep(0.003)
        p.send_signal(signal.SIGKILL)
        p.wait()
        readable = _read_with_old_keys(base, old)       # the moment of the kill, as the old keys see it
        outcomes["planned"] += (base / "rekey").is_file()
        old_opens = run_cli(["list"], env).returncode == 0
        new_opens = run_cli(["list"], dict(env, EVIDENCE_KIT_PASSPHRASE=NEW)).returncode == 0
        assert old_opens != new_opens, (when, old_opens, new_opens)
        which = OLD if old_opens else NEW
        outcomes["old" if old_opens else "new"] += 1
        outcomes[when] = "old" if old_opens else "new"
        r = run_cli(["verify", "--json"], dict(env, EVIDENCE_KIT_PASSPHRASE=which))
        errors = [p for p in json.loads(r.stdout)["problems"] if p["kind"] == "error"]
        assert errors == [], (when, errors)
        # finishing it: with the old passphrase (to open) and the new one (to resume) if the old
        # vault is still the one, else nothing to do
        new_recovery = None
        if old_opens:
            r = run_cli(["rekey"], e)
            assert r.returncode == 0, (when, r.stderr)
            new_recovery = next(ln.strip() for ln in r.stdout.splitlines() if ln.strip().count("-") == 7)
        found = {}

        def inspect(v):
            from evidence_kit.vault import rekey as rk

            found["leaks"] = _leaks(readable, *_new_secrets(v, new_recovery or rk.pending_recovery_key(v)))

        _check_whole(env, tmp_path, items, NEW, f"k{i}", extract_all=False, inspect=inspect)
        assert found["leaks"] == [], (when, found["leaks"])
    assert outcomes["old"] >= 1 and outcomes["new"] >= 1 and outcomes["planned"] >= 1, outcomes


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
