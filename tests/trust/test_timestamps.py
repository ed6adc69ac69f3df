"""Trusted time: tokens from a local RFC 3161 authority, checked before they are kept."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from datetime import datetime, timedelta, timezone

import pytest

from evidence_kit import timestamps
from evidence_kit.importer import import_file
from tests.conftest import OFFLINE_TSA
from tests.core.helpers import cli_env, run_cli

from .tsa import TestTSA


def _import(vault, tmp_path, name="photo.txt", text="address of her home"):
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return import_file(vault, p)


def test_stamped_at_once_and_token_checks_with_openssl(vault, tsa, tmp_path):
    item = _import(vault, tmp_path)
    rep = timestamps.stamp_pending(vault)
    assert rep.stamped == [item.id] and rep.pending == [] and rep.tokens == 1
    item = vault.get(item.id)
    assert timestamps.status(item) == "stamped"
    (stamp,) = item.stamps
    assert stamp["tsa"] == tsa.url and stamp["gen_time"].endswith("Z")
    assert "Evidence Kit Test TSA" in stamp["tsa_name"]
    record = timestamps.record_bytes(item)
    assert stamp["record_sha256"] == hashlib.sha256(record).hexdigest()
    # the stored token is a full TimeStampResp that stock openssl verifies against the record
    (tmp_path / "record.json").write_bytes(record)
    (tmp_path / "x.tsr").write_bytes(timestamps.read_token(vault, stamp))
    r = subprocess.run(["openssl", "ts", "-verify", "-data", "record.json", "-in", "x.tsr",
                        "-CAfile", str(tsa.ca_pem)], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0 and "Verification: OK" in r.stdout, r.stdout + r.stderr
    # the record holds what was sealed, and nothing a person may edit later
    rec = json.loads(record)
    assert rec["artifacts"][0]["sha256"] == item.artifacts[0].sha256 and rec["id"] == item.id
    vault.update_item(item.id, notes="edited later", sensitive=True, title="renamed")
    assert timestamps.record_bytes(vault.get(item.id)) == record
    # the custody log says so, the vault verifies, gc keeps the token
    events = [r["entry"]["event"] for r in vault.custody_log(item.id)]
    assert "item_stamped" in events
    assert vault.verify().ok
    assert vault.gc() == 0
    assert timestamps.read_token(vault, stamp)


@pytest.mark.parametrize("mode,key", [("wrong_imprint", "ts.err.imprint"), ("wrong_nonce", "ts.err.nonce"),
                                      ("error500", "ts.err.http"), ("rejection", "ts.err.not_granted"),
                                      ("garbage", "ts.err.garbled")])
def test_a_wrong_reply_is_rejected_and_the_item_stays_pending(vault, tsa, tmp_path, mode, key):
    item = _import(vault, tmp_path)
    tsa.mode = mode
    rep = timestamps.stamp_pending(vault)
    assert rep.stamped == [] and rep.pending == [item.id]
    assert rep.problems[tsa.url].key == key
    assert "{" not in rep.problems[tsa.url].message()
    assert vault.get(item.id).stamps == []
    assert tsa.requests >= 1
    # nothing was stored: no object, no custody entry
    assert vault.verify().ok and not vault.verify().unreferenced
    assert "item_stamped" not in [r["entry"]["event"] for r in vault.custody_log()]


def test_a_time_before_the_capture_began_is_rejected(vault, tsa):
    future = (datetime.now(timezone.utc) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with vault.new_item("capture", url="https://t.me/x/1", captured_at=future, metadata={}) as d:
        d.add_bytes("page.txt", b"text", role="text", media_type="text/plain")
        item = d.seal()
    rep = timestamps.stamp_pending(vault)
    assert rep.pending == [item.id]
    assert rep.problems[tsa.url].key == "ts.err.gen_time"


def test_token_signature_checks(vault, tsa, tmp_path):
    item = _import(vault, tmp_path)
    timestamps.stamp_pending(vault)
    item = vault.get(item.id)
    reply = timestamps.read_token(vault, item.stamps[0])
    digest = hashlib.sha256(timestamps.record_bytes(item)).digest()
    assert timestamps.check_reply(reply, digest).serial == int(item.stamps[0]["serial"], 16)
    # a changed byte inside the signed TSTInfo (the serial number) breaks the signature
    pos = reply.find(digest) + len(digest)
    damaged = bytearray(reply)
    damaged[pos + 2] ^= 0x01
    with pytest.raises(timestamps.TimestampError) as err:
        timestamps.check_reply(bytes(damaged), digest)
    assert err.value.key in ("ts.err.signature", "ts.err.garbled")
    with pytest.raises(timestamps.TimestampError) as err:
        timestamps.check_reply(reply, hashlib.sha256(b"another record").digest())
    assert err.value.key == "ts.err.imprint"


def test_a_damaged_token_in_the_vault_is_reported_by_verify(vault, tsa, tmp_path):
    item = _import(vault, tmp_path)
    timestamps.stamp_pending(vault)
    stamp = vault.get(item.id).stamps[0]
    path = vault.objects.path_for(stamp["object"])
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    rep = vault.verify()
    assert not rep.ok
    assert any(stamp["name"] in p.message for p in rep.errors)


# ------------------------------------------------------------------------------------ the command line
def _env(tmp_path, tsa_url, ca=None):
    extra = {"EVIDENCE_KIT_TSA_CA": ca} if ca else {}
    return cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "v", EVIDENCE_KIT_PASSPHRASE="pass word",
                   EVIDENCE_KIT_TSA=tsa_url, HOME=tmp_path, XDG_CONFIG_HOME=tmp_path / "cfg", **extra)


def test_cli_pending_then_stamped(tmp_path, tsa_dir):
    env = _env(tmp_path, OFFLINE_TSA)
    assert run_cli(["init"], env).returncode == 0
    f = tmp_path / "screenshot.txt"
    f.write_text("phone number posted", "utf-8")
    r = run_cli(["import", f], env)
    assert r.returncode == 0, r.stderr
    assert "waiting for a time-stamping service" in r.stderr      # sealed anyway, said in words
    shown = json.loads(run_cli(["--json", "show", "EK-0001"], env).stdout)
    assert shown["stamps"] == [{"tsa": OFFLINE_TSA, "tsa_name": "", "gen_time": None, "serial": "",
                                "status": "pending"}]
    assert "Trusted time:" in run_cli(["show", "EK-0001"], env).stdout
    r = run_cli(["stamp"], env)
    assert r.returncode == 1
    assert "still has no trusted time: EK-0001" in r.stderr and "could not be reached" in r.stderr
    with TestTSA(tsa_dir) as tsa:
        env = _env(tmp_path, tsa.url, tsa.ca_pem)            # her organisation's authority, its root trusted
        r = run_cli(["stamp"], env)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "Trusted time received for 1 item" in r.stdout
        shown = json.loads(run_cli(["--json", "show", "EK-0001"], env).stdout)
        (s,) = shown["stamps"]
        assert s["status"] == "stamped" and s["tsa"] == tsa.url
        assert datetime.strptime(s["gen_time"], "%Y-%m-%dT%H:%M:%SZ")
        r = run_cli(["stamp"], env)
        assert r.returncode == 0 and "already has a trusted time" in r.stdout
        # a new import is stamped right after it is sealed
        g = tmp_path / "second.txt"
        g.write_text("another post", "utf-8")
        r = run_cli(["import", g], env)
        assert r.returncode == 0 and "Trusted time received for 1 new item" in r.stderr
        assert json.loads(run_cli(["--json", "show", "EK-0002"], env).stdout)["stamps"][0]["status"] == "stamped"
    assert run_cli(["verify"], env).returncode == 0
    log = run_cli(["log", "EK-0001"], env).stdout
    assert "trusted time received" in log


def test_cli_settings_tsa(tmp_path):
    env = cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "v", EVIDENCE_KIT_PASSPHRASE="pass word",
                  HOME=tmp_path, XDG_CONFIG_HOME=tmp_path / "cfg")
    env.pop("EVIDENCE_KIT_TSA")
    assert run_cli(["init"], env).returncode == 0
    info = json.loads(run_cli(["--json", "settings"], env).stdout)
    assert info["tsa"] == list(timestamps.DEFAULT_TSAS) and len(info["tsa"]) >= 2
    r = run_cli(["settings", "--tsa", "http://127.0.0.1:9/a, http://127.0.0.1:9/b"], env)
    assert r.returncode == 0 and "Only a SHA-256 hash" in r.stdout
    assert json.loads(run_cli(["--json", "settings"], env).stdout)["tsa"] == ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"]
    r = run_cli(["settings", "--tsa", "ftp://example/x"], env)
    assert r.returncode == 2 and "not the address of a time-stamping service" in r.stderr
    assert "Traceback" not in r.stderr
    assert run_cli(["settings", "--tsa", "none"], env).returncode == 0
    f = tmp_path / "a.txt"
    f.write_text("x", "utf-8")
    assert run_cli(["import", f], env).returncode == 0
    r = run_cli(["stamp"], env)
    assert r.returncode == 1 and "No time-stamping service is configured" in r.stderr
    # the environment wins over the vault's list
    env["EVIDENCE_KIT_TSA"] = "http://127.0.0.1:9/env"
    assert json.loads(run_cli(["--json", "settings"], env).stdout)["tsa"] == ["http://127.0.0.1:9/env"]
    assert run_cli(["settings", "--tsa", "default"], env).returncode == 0
    env.pop("EVIDENCE_KIT_TSA")
    assert json.loads(run_cli(["--json", "settings"], env).stdout)["tsa"] == list(timestamps.DEFAULT_TSAS)


def test_the_test_suite_is_offline():
    assert os.environ["EVIDENCE_KIT_TSA"] == OFFLINE_TSA
    assert timestamps.configured_tsas() == [OFFLINE_TSA]
