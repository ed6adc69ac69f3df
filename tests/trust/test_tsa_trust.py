"""Trusted time only from a trusted root: a token signed by any self-made time-stamping certificate
(a man in the middle's, since the built-in authorities answer over HTTP) is kept, marked
untrusted, never called trusted time, and leaves the item pending; a root she adds
(`settings --tsa-ca`, EVIDENCE_KIT_TSA_CA for one run) makes its tokens trusted."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from evidence_kit import timestamps
from evidence_kit.importer import import_file
from tests.core.helpers import ROOT, cli_env, run_cli

from .tsa import TestTSA


def _import(vault, tmp_path, name="photo.txt", text="address of her home"):
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return import_file(vault, p)


def _pdftext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


# ------------------------------------------------------------------------------------ in the library
def test_a_token_from_an_untrusted_root_is_kept_untrusted_and_the_item_stays_pending(vault, untrusted_tsa,
                                                                                       tmp_path):
    item = _import(vault, tmp_path)
    rep = timestamps.stamp_pending(vault)
    assert rep.stamped == [] and rep.pending == [item.id] and rep.untrusted == [item.id]
    assert rep.problems[untrusted_tsa.url].key == "ts.err.untrusted"
    assert "NOT trusted time" in rep.problems[untrusted_tsa.url].message()
    item = vault.get(item.id)
    (stamp,) = item.stamps                                   # kept: never thrown away
    assert stamp["trust"] == "untrusted" and timestamps.read_token(vault, stamp)
    assert timestamps.status(item, vault) == "pending"
    (judged,) = timestamps.assess(vault, item)
    assert judged["trust"] == "untrusted" and judged["trust_reason"] == "ts.untrusted.no_root"
    view = timestamps.view(item, [untrusted_tsa.url], vault)
    assert [v["status"] for v in view] == ["untrusted", "pending"]
    assert "does not lead to a root certificate" in view[0]["untrusted_reason"]
    # asked again next time (a trusted authority may answer), without piling up copies
    asked = untrusted_tsa.requests
    rep = timestamps.stamp_pending(vault)
    assert rep.pending == [item.id] and untrusted_tsa.requests == asked + 1
    assert len(vault.get(item.id).stamps) == 1
    assert vault.verify().ok


def test_the_root_added_later_makes_the_kept_token_trusted(vault, untrusted_tsa, tmp_path, monkeypatch):
    from evidence_kit import tsa_trust
    item = _import(vault, tmp_path)
    timestamps.stamp_pending(vault)
    assert timestamps.status(vault.get(item.id), vault) == "pending"
    added = tsa_trust.add_to_vault(vault, untrusted_tsa.ca_pem)
    assert [r.subject for r in added] == ["Common Name: Evidence Kit Test Root CA"]
    assert timestamps.status(vault.get(item.id), vault) == "stamped"
    asked = untrusted_tsa.requests
    rep = timestamps.stamp_pending(vault)
    assert rep.pending == [] and untrusted_tsa.requests == asked      # nothing left to ask for
    tsa_trust.remove_from_vault(vault, added[0].sha256[:12])
    assert timestamps.status(vault.get(item.id), vault) == "pending"


def test_the_chain_is_validated_not_only_matched_by_name(vault, tmp_path, monkeypatch, tsa_dir):
    """Root → a certificate that may not issue certificates (CA:FALSE) → the TSA's: each signature
    checks and the names chain, but it is no valid path, so even with that root trusted the token
    is not trusted time."""
    with TestTSA(tsa_dir.parent / "not-a-ca", not_a_ca=True) as bad:
        monkeypatch.setenv("EVIDENCE_KIT_TSA", bad.url)
        monkeypatch.setenv("EVIDENCE_KIT_TSA_CA", str(bad.ca_pem))
        item = _import(vault, tmp_path)
        rep = timestamps.stamp_pending(vault)
    assert rep.pending == [item.id] and rep.problems[bad.url].key == "ts.err.untrusted"
    (judged,) = timestamps.assess(vault, vault.get(item.id))
    assert judged["trust"] == "untrusted" and judged["trust_reason"] == "ts.untrusted.invalid"


def test_check_reply_trusts_only_the_roots_given(vault, tsa, tmp_path):
    from evidence_kit import tsa_trust
    item = _import(vault, tmp_path)
    timestamps.stamp_pending(vault)
    item = vault.get(item.id)
    reply = timestamps.read_token(vault, item.stamps[0])
    digest = hashlib.sha256(timestamps.record_bytes(item)).digest()
    bundled = tsa_trust.TrustRoots(tsa_trust.bundled())
    assert timestamps.check_reply(reply, digest, roots=bundled).trusted is False
    tok = timestamps.check_reply(reply, digest, roots=tsa_trust.roots())          # + EVIDENCE_KIT_TSA_CA
    assert tok.trusted and tok.root_sha256 == hashlib.sha256(
        tsa_trust.read_file(tsa.ca_pem)[0].der).hexdigest()
    # the token's own copy of its (self-made) root is no trust anchor
    assert timestamps.check_reply(reply, digest, roots=tsa_trust.TrustRoots()).trusted is False


def test_a_stamp_written_before_trust_was_recorded_is_judged_from_its_token(vault, tsa, tmp_path, monkeypatch):
    """Vaults written by earlier versions hold stamps without `trust`: judged again, honestly."""
    item = _import(vault, tmp_path)
    digest = hashlib.sha256(timestamps.record_bytes(vault.get(item.id))).digest()
    tok = timestamps.request_token(tsa.url, digest)
    ref = vault.objects.put_bytes(tok.reply, 1)
    vault.log_event("item_stamped", items=[item.id], details={"stamps": [
        {"tsa": tsa.url, "tsa_name": tok.tsa_name, "gen_time": tok.gen_time_iso, "serial": format(tok.serial, "x"),
         "name": "timestamp-old.tsr", "object": ref.name, "sha256": ref.sha256, "size": ref.size,
         "record_sha256": digest.hex()}]})
    assert timestamps.status(vault.get(item.id), vault) == "stamped"          # its root is trusted (env)
    monkeypatch.delenv("EVIDENCE_KIT_TSA_CA")
    assert timestamps.status(vault.get(item.id), vault) == "pending"
    assert timestamps.view(vault.get(item.id), [], vault)[0]["status"] == "untrusted"


def test_bundled_roots_are_the_ones_the_readme_names():
    from evidence_kit import tsa_trust
    readme = (ROOT / "assets" / "tsa-roots" / "README.md").read_text("utf-8")
    roots = tsa_trust.bundled()
    assert len(roots) == 3 and all(r.origin == "bundled" for r in roots)
    for r in roots:
        assert f"`{r.sha256}`" in readme, r.subject
    names = {r.subject for r in roots}
    assert any("DigiCert Trusted Root G4" in n for n in names)
    assert any("USERTrust RSA Certification Authority" in n for n in names)
    # every built-in authority is one whose root is bundled; FreeTSA's is not, so it is not built in
    assert not any("freetsa" in u for u in timestamps.DEFAULT_TSAS)
    assert timestamps.DEFAULT_TSAS == ("http://timestamp.digicert.com", "https://timestamp.sectigo.com")


def test_a_vault_that_saved_the_former_default_list_follows_todays(vault, monkeypatch):
    monkeypatch.delenv("EVIDENCE_KIT_TSA")
    vault.set_setting("tsa", ["http://timestamp.digicert.com", "http://timestamp.sectigo.com", "http://freetsa.org/tsr"])
    assert timestamps.configured_tsas(vault) == list(timestamps.DEFAULT_TSAS)
    vault.set_setting("tsa", ["http://freetsa.org/tsr"])                     # her own choice stays
    assert timestamps.configured_tsas(vault) == ["http://freetsa.org/tsr"]


# ------------------------------------------------------------------------------------ the command line
def _env(tmp_path, tsa_url, **extra):
    return cli_env(tmp_path, EVIDENCE_KIT_VAULT=tmp_path / "v", EVIDENCE_KIT_PASSPHRASE="pass word",
                   EVIDENCE_KIT_TSA=tsa_url, HOME=tmp_path, XDG_CONFIG_HOME=tmp_path / "cfg", **extra)


def _stamps(env, exhibit="EK-0001"):
    r = run_cli(["--json", "show", exhibit], env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["stamps"]


def test_cli_untrusted_then_trusted_with_settings_tsa_ca(tmp_path, untrusted_tsa):
    env = _env(tmp_path, untrusted_tsa.url)
    assert run_cli(["init"], env).returncode == 0
    f = tmp_path / "screenshot.txt"
    f.write_text("phone number posted", "utf-8")
    r = run_cli(["import", f], env)
    assert r.returncode == 0, r.stderr
    assert "NOT trusted time" in r.stderr
    stamps = _stamps(env)
    assert [s["status"] for s in stamps] == ["untrusted", "pending"]
    assert stamps[0]["tsa"] == untrusted_tsa.url and stamps[0]["gen_time"].endswith("Z")
    shown = run_cli(["show", "EK-0001"], env).stdout
    assert "NOT trusted time" in shown and "pending" in shown
    r = run_cli(["stamp"], env)
    assert r.returncode == 1
    assert "no trusted time: EK-0001" in r.stderr and "NOT trusted time" in r.stderr
    assert len(_stamps(env)) == 2                         # still one kept token, and the pending line
    # a file that is no certificate: bad input, in words, nothing changed
    (tmp_path / "not-a-cert.pem").write_text("hello", "utf-8")
    r = run_cli(["settings", "--tsa-ca", tmp_path / "not-a-cert.pem"], env)
    assert r.returncode == 2 and "holds no certificate" in r.stderr and "Traceback" not in r.stderr
    # her organisation's authority: she adds its root
    r = run_cli(["settings", "--tsa-ca", untrusted_tsa.ca_pem], env)
    assert r.returncode == 0, r.stderr
    assert "now count as trusted time" in r.stdout
    assert "Evidence Kit Test Root CA" in r.stdout and "added by you" in r.stdout
    info = json.loads(run_cli(["--json", "settings"], env).stdout)
    mine = [c for c in info["tsa_ca"] if c["origin"] == "vault"]
    assert len(mine) == 1 and "Evidence Kit Test Root CA" in mine[0]["subject"]
    assert sum(1 for c in info["tsa_ca"] if c["origin"] == "bundled") == 3
    stamps = _stamps(env)
    assert [s["status"] for s in stamps] == ["stamped"]          # the kept token now counts
    r = run_cli(["stamp"], env)
    assert r.returncode == 0 and "already has a trusted time" in r.stdout
    # the root is kept in the vault, not in the settings file readable before unlock
    cfg = "".join(p.read_text("utf-8", "replace") for p in (tmp_path / "cfg").rglob("*") if p.is_file())
    assert "BEGIN CERTIFICATE" not in cfg
    # removed again: by its fingerprint, as `settings` lists it
    r = run_cli(["settings", "--tsa-ca-remove", "00000000"], env)
    assert r.returncode == 2 and "No root you added" in r.stderr
    r = run_cli(["settings", "--tsa-ca-remove", mine[0]["sha256"][:16]], env)
    assert r.returncode == 0 and "No longer trusted" in r.stdout
    assert [s["status"] for s in _stamps(env)] == ["untrusted", "pending"]
    assert run_cli(["settings", "--tsa-ca", untrusted_tsa.ca_pem, "--tsa-ca", untrusted_tsa.ca_pem], env).returncode == 0
    r = run_cli(["settings", "--tsa-ca", "none"], env)
    assert r.returncode == 0 and "Removed 1 root" in r.stdout
    assert [c["origin"] for c in json.loads(run_cli(["--json", "settings"], env).stdout)["tsa_ca"]] == ["bundled"] * 3
    assert run_cli(["verify"], env).returncode == 0


def test_cli_env_ca_trusts_for_one_run_only(tmp_path, untrusted_tsa):
    env = _env(tmp_path, untrusted_tsa.url)
    assert run_cli(["init"], env).returncode == 0
    f = tmp_path / "post.txt"
    f.write_text("a post", "utf-8")
    assert run_cli(["import", f], env).returncode == 0
    once = dict(env, EVIDENCE_KIT_TSA_CA=str(untrusted_tsa.ca_pem))
    assert [s["status"] for s in _stamps(once)] == ["stamped"]
    info = json.loads(run_cli(["--json", "settings"], once).stdout)
    assert [c["origin"] for c in info["tsa_ca"]].count("env") == 1
    assert "for this run only" in run_cli(["settings"], once).stdout
    assert run_cli(["stamp"], once).returncode == 0
    # the next run, without it: the same token is not trusted time
    assert [s["status"] for s in _stamps(env)] == ["untrusted", "pending"]
    assert run_cli(["stamp"], env).returncode == 1
    assert "env" not in [c["origin"] for c in json.loads(run_cli(["--json", "settings"], env).stdout)["tsa_ca"]]
    bad = dict(env, EVIDENCE_KIT_TSA_CA=str(tmp_path / "missing.pem"))
    assert "EVIDENCE_KIT_TSA_CA adds no trusted root" in run_cli(["settings"], bad).stderr


# ------------------------------------------------------------------------------------ what is exported
@pytest.fixture(scope="module")
def untrusted_export(tmp_path_factory):
    """A vault whose one item has only an untrusted token, exported as a bundle and a court PDF;
    and a second bundle made while the authority's root was trusted (EVIDENCE_KIT_TSA_CA)."""
    import os

    from evidence_kit.vault import Vault
    from export import export_items
    from tests.conftest import FAST_KDF

    from .helpers import add_warc_capture

    root = tmp_path_factory.mktemp("untrusted")
    saved = {k: os.environ.get(k) for k in ("EVIDENCE_KIT_TSA", "EVIDENCE_KIT_TSA_CA")}
    out = {}
    with TestTSA(root / "tsa") as tsa:
        os.environ["EVIDENCE_KIT_TSA"] = tsa.url
        os.environ.pop("EVIDENCE_KIT_TSA_CA", None)
        vault, _ = Vault.create(root / "vault", "pass phrase", kdf=FAST_KDF)
        try:
            item = add_warc_capture(vault)
            timestamps.stamp_pending(vault)
            out["item"] = vault.get(item.id)
            out["bundle"] = export_items(vault, "bundle", root / "bundle.zip", case="Case", lang="en").path
            out["court"] = export_items(vault, "court", root / "court.pdf", case="Case", lang="en").path
            out["log"] = vault.custody_log()
            os.environ["EVIDENCE_KIT_TSA_CA"] = str(tsa.ca_pem)
            out["trusted_bundle"] = export_items(vault, "bundle", root / "trusted.zip", case="Case",
                                                 lang="en").path
            out["ca_pem"] = tsa.ca_pem
        finally:
            vault.close()
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    out["root"] = root
    return out


def test_an_untrusted_token_is_never_called_trusted_time_in_the_exports(untrusted_export):
    with zipfile.ZipFile(untrusted_export["bundle"]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        verify_txt = zf.read("VERIFY.txt").decode()
        tokens = [n for n in zf.namelist() if n.endswith(".tsr")]
    (it,) = manifest["items"]
    tt = it["trusted_time"]
    assert tt["status"] == "pending"
    (s,) = tt["stamps"]
    assert s["trust"] == "untrusted" and s["path"] in tokens          # kept, and said to be untrusted
    assert "NOT trusted time: " + s["path"] in verify_txt
    assert "Not time-stamped yet" in verify_txt and it["exhibit"] in verify_txt
    # no custody head is anchored with a time that is not trusted
    assert manifest["trust"]["custody_head"] is None and "custody-head.tsr" not in tokens
    assert not [r for r in untrusted_export["log"] if r["entry"]["event"] == "log_stamped"]
    # the court PDF: signed without a time stamp (none was trusted), and says so in words
    exported = [r["entry"] for r in untrusted_export["log"] if r["entry"]["event"] == "exported"]
    assert exported[0]["details"]["pdf_signature"]["pades"] == "B-B"
    text = re.sub(r"\s+", " ", _pdftext(untrusted_export["court"]))
    assert "NOT trusted time" in text and "No trusted time so far" in text
    assert "for 0 of 1 exhibit" in text


def test_verify_bundle_reports_untrusted_tokens(untrusted_export, tmp_path):
    env = cli_env(tmp_path, HOME=tmp_path)
    # the bundle says its token is not trusted time: reported, in words and in --json
    r = run_cli(["verify-bundle", untrusted_export["bundle"]], env)
    assert r.returncode == 0, r.stdout
    assert "as NOT trusted time" in r.stdout and "does not lead to a root certificate" in r.stdout
    js = json.loads(run_cli(["verify-bundle", "--json", untrusted_export["bundle"]], env).stdout)
    assert js["tokens_checked"] == 1 and js["tokens_trusted"] == 0
    (u,) = js["untrusted_tokens"]
    assert u["path"].endswith(".tsr") and "root certificate" in u["reason"]
    # a bundle that gives a token as trusted time which, for the one checking, is not: a problem
    with zipfile.ZipFile(untrusted_export["trusted_bundle"]) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    (it,) = manifest["items"]
    assert it["trusted_time"]["status"] == "stamped" and it["trusted_time"]["stamps"][0]["trust"] == "trusted"
    assert manifest["trust"]["custody_head"]["trust"] == "trusted"
    r = run_cli(["verify-bundle", untrusted_export["trusted_bundle"]], env)
    assert r.returncode == 1 and "is given as trusted time, but it is not" in r.stdout
    assert "EVIDENCE_KIT_TSA_CA" in r.stdout
    js = json.loads(run_cli(["verify-bundle", "--json", untrusted_export["trusted_bundle"]], env).stdout)
    assert js["ok"] is False and js["untrusted_tokens"] == []
    assert sorted(p["path"] for p in js["problems"] if p["code"] == "ts_untrusted") == \
        sorted([it["trusted_time"]["stamps"][0]["path"], "custody-head.tsr"])
    # ... and passes for one who trusts that authority's root
    r = run_cli(["verify-bundle", untrusted_export["trusted_bundle"]],
                dict(env, EVIDENCE_KIT_TSA_CA=str(untrusted_export["ca_pem"])))
    assert r.returncode == 0, r.stdout
    assert "time stamps are trusted time" in r.stdout          # the exhibit's and the custody head's


def test_words_in_russian_and_tajik(untrusted_export, tmp_path):
    env = cli_env(tmp_path, HOME=tmp_path)
    for lang in ("ru", "tg"):
        r = run_cli(["--lang", lang, "verify-bundle", untrusted_export["bundle"]], env)
        assert r.returncode == 0 and "NOT trusted" not in r.stdout and "! " in r.stdout
