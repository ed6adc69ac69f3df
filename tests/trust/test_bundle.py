"""The bundle's anchors outside the vault: record.json and tokens that stock openssl verifies, a
stamped custody head, a signed court PDF, WACZ files that `wacz validate` accepts, and WARC
copies without login secrets."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from evidence_kit import timestamps
from evidence_kit.importer import import_file
from tests.conftest import FAST_KDF

from .helpers import SECRET_COOKIE, SECRET_TOKEN, add_warc_capture
from .tsa import TestTSA

WACZ = Path(sys.executable).with_name("wacz")


def run(*cmd, cwd=None):
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, timeout=180)


class Exported:
    pass


@pytest.fixture(scope="module")
def ex(tmp_path_factory):
    """One vault: a capture made with a login session (stamped), one without (stamped), an import
    left pending; exported as a bundle, a court PDF and a platform report with the TSA running."""
    from evidence_kit.vault import Vault
    from export import export_items

    root = tmp_path_factory.mktemp("trustbundle")
    e = Exported()
    e.root = root
    old = os.environ.get("EVIDENCE_KIT_TSA")
    with TestTSA(root / "tsa") as tsa:
        e.tsa = tsa
        os.environ["EVIDENCE_KIT_TSA_CA"] = str(tsa.ca_pem)    # trusted for this export (popped below)
        vault, _ = Vault.create(root / "vault", "pass phrase", kdf=FAST_KDF, collector="Зарина Раҳимова")
        e.vault = vault
        e.session_item = add_warc_capture(vault, session="alt-account")
        e.plain_item = add_warc_capture(vault, url="https://t.me/leaks_dushanbe/77", title="Telegram post")
        timestamps.stamp_pending(vault, tsas=[tsa.url])
        f = root / "чат.txt"
        f.write_text("суроға ва рақами телефон", "utf-8")
        e.pending_item = import_file(vault, f, case="Case")
        os.environ["EVIDENCE_KIT_TSA"] = tsa.url
        try:
            e.bundle = export_items(vault, "bundle", root / "bundle.zip", case="Case", lang="en")
            e.court = export_items(vault, "court", root / "court.pdf", case="Case", lang="tg")
            e.platform = export_items(vault, "platform", root / "platform.pdf", case="Case", lang="ru")
        finally:
            os.environ.pop("EVIDENCE_KIT_TSA_CA", None)
            if old is None:
                os.environ.pop("EVIDENCE_KIT_TSA", None)
            else:
                os.environ["EVIDENCE_KIT_TSA"] = old
        e.dir = root / "unpacked"
        with zipfile.ZipFile(e.bundle.path) as zf:
            zf.extractall(e.dir)
        e.manifest = json.loads((e.dir / "manifest.json").read_text("utf-8"))
        e.verify_txt = (e.dir / "VERIFY.txt").read_text("utf-8")
        yield e
        vault.close()


def _item(ex, item):
    return next(i for i in ex.manifest["items"] if i["id"] == item.id)


def test_stock_tools_verify_every_file_and_every_token(ex):
    r = run("sha256sum", "-c", "SHA256SUMS", cwd=ex.dir)
    assert r.returncode == 0, r.stdout + r.stderr
    tokens = sorted(ex.dir.glob("exhibits/*/*.tsr"))
    assert len(tokens) == 2
    for tsr in tokens:
        record = tsr.parent / "record.json"
        r = run("openssl", "ts", "-verify", "-data", record, "-in", tsr, "-CAfile", ex.tsa.ca_pem)
        assert r.returncode == 0 and "Verification: OK" in r.stdout, r.stdout + r.stderr
        # a record.json that says anything else fails
        other = ex.root / "other-record.json"
        other.write_bytes(record.read_bytes().replace(b'"status":"sealed"', b'"status":"failed"'))
        r = run("openssl", "ts", "-verify", "-data", other, "-in", tsr, "-CAfile", ex.tsa.ca_pem)
        assert r.returncode != 0
    # the command VERIFY.txt gives, as given (ROOT.pem is the authority's root)
    shutil.copy(ex.tsa.ca_pem, ex.dir / "ROOT.pem")
    cmd = next(ln.strip() for ln in ex.verify_txt.splitlines() if ln.strip().startswith("openssl ts -verify -data"))
    r = subprocess.run(cmd, shell=True, cwd=ex.dir, capture_output=True, text=True)
    assert "Verification: OK" in r.stdout, r.stdout + r.stderr
    # ... and the ones that show which root to get
    for cmd in [ln.strip() for ln in ex.verify_txt.splitlines()
                if ln.strip().startswith(("openssl ts -reply", "openssl pkcs7"))]:
        r = subprocess.run(cmd, shell=True, cwd=ex.dir, capture_output=True, text=True)
        assert r.returncode == 0, cmd + r.stderr
    assert "issuer=CN = Evidence Kit Test Root CA" in r.stdout
    # the custody log's head, stamped at export: the imprint is the hash of an entry in the log
    head = ex.manifest["trust"]["custody_head"]
    cmd = next(ln.strip() for ln in ex.verify_txt.splitlines() if ln.strip().startswith("openssl ts -verify -digest"))
    r = subprocess.run(cmd, shell=True, cwd=ex.dir, capture_output=True, text=True)
    assert "Verification: OK" in r.stdout, r.stdout + r.stderr
    log = [json.loads(ln) for ln in (ex.dir / "custody-log.jsonl").read_text("utf-8").splitlines()]
    entry = next(rec for rec in log if (rec.get("entry") or rec)["seq"] == head["seq"])
    assert entry["hash"] == head["hash"]
    stamped = [rec for rec in log if not rec.get("withheld") and rec["entry"]["event"] == "log_stamped"]
    assert stamped and stamped[-1]["entry"]["details"]["seq"] == head["seq"]


def test_record_json_is_what_was_sealed(ex):
    item = ex.vault.get(ex.session_item.id)
    data = (ex.dir / "exhibits" / item.exhibit / "record.json").read_bytes()
    assert data == timestamps.record_bytes(item)
    rec = json.loads(data)
    assert [a["sha256"] for a in rec["artifacts"]] == [a.sha256 for a in item.artifacts]
    tt = _item(ex, item)["trusted_time"]
    assert tt["status"] == "stamped" and tt["stamps"][0]["record_matches"] is True
    assert tt["stamps"][0]["trust"] == "trusted" and len(tt["stamps"][0]["root_sha256"]) == 64
    assert _item(ex, ex.pending_item)["trusted_time"] == {"status": "pending", "stamps": []}
    assert "Not time-stamped yet" in ex.verify_txt and ex.pending_item.exhibit in ex.verify_txt


def test_verify_bundle_checks_the_tokens(ex, tmp_path, monkeypatch):
    from export import verify_bundle

    monkeypatch.setenv("EVIDENCE_KIT_TSA_CA", str(ex.tsa.ca_pem))     # the one checking trusts its root
    rep = verify_bundle(ex.bundle.path)
    assert rep.ok, rep.to_dict()
    assert rep.tokens_checked == 3          # two exhibits and the custody head
    assert rep.tokens_trusted == 3 and rep.untrusted_tokens == []
    # a token moved to the other exhibit: the files still match SHA256SUMS (recomputed by a forger
    # who also re-signs nothing), but the token is not for that record
    a, b = sorted(ex.dir.glob("exhibits/*/*.tsr"))
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(ex.bundle.path) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == a.relative_to(ex.dir).as_posix():
                data = b.read_bytes()
            dst.writestr(info, data)
    rep = verify_bundle(forged)
    codes = {p.code for p in rep.problems}
    assert "ts_token_bad" in codes and "changed" in codes
    msg = next(p.message for p in rep.problems if p.code == "ts_token_bad")
    assert "another hash" in msg


def test_the_court_pdf_is_signed_over_the_whole_document(ex):
    pdf = next(ex.dir.glob("court-dossier-*.pdf"))
    for path in (pdf, ex.court.path, ex.platform.path):
        r = run("pdfsig", path)
        assert "Signature is Valid" in r.stdout, r.stdout + r.stderr
        assert "Total document signed" in r.stdout
        assert "Evidence Kit vault " + ex.vault.fingerprint[:16] in r.stdout
        r = run("qpdf", "--check", path)
        assert r.returncode == 0, r.stdout + r.stderr
        # the signature is an incremental update: the PDF/A identification in the XMP stays
        from pypdf import PdfReader

        xmp = PdfReader(str(path)).trailer["/Root"]["/Metadata"].get_object().get_data()
        assert b"<pdfaid:part>" in xmp and b"pyHanko" not in xmp
    # the bundle's PDF is byte-identical to its line in SHA256SUMS and to the manifest's hash
    sums = dict(reversed(ln.split("  ", 1)) for ln in (ex.dir / "SHA256SUMS").read_text().splitlines())
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert sums[pdf.name] == digest == ex.manifest["court_pdf"]["sha256"] == ex.bundle.pdf_sha256
    # the certificate in the bundle is the one that signed, and names the vault and the collector
    cert = run("openssl", "x509", "-in", ex.dir / "pdf-signing-certificate.pem", "-noout", "-subject")
    assert ex.vault.fingerprint in cert.stdout and "Evidence Kit vault" in cert.stdout
    # a trusted time was attached from the TSA (PAdES B-T), recorded in the custody log
    exported = [r["entry"] for r in ex.vault.custody_log() if r["entry"]["event"] == "exported"]
    assert all(e["details"]["pdf_signature"]["pades"] == "B-T" for e in exported)
    assert exported[0]["details"]["pdf_signature"]["tsa"] == ex.tsa.url


def test_verify_txt_commands_lead_the_pdf_signature_to_the_fingerprint(ex, tmp_path):
    """VERIFY.txt's commands for the court PDF, run as written: the signature checks against the
    bytes it signs with the bundle's vault root as the only trusted certificate, and that root's
    key is the vault's (its fingerprint, and public-key.pem's)."""
    work = tmp_path / "bundle"
    shutil.copytree(ex.dir, work)
    pdf = next(work.glob("court-dossier-*.pdf")).name
    lines = ex.verify_txt.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip() == f"pdfsig -dump {pdf}")
    cmds = []
    for ln in lines[at:]:
        if not ln.startswith("    "):
            break
        cmds.append(ln.strip())
    assert len(cmds) == 4 and cmds[2].startswith("openssl cms -verify") and "pdf-signing-root.pem" in cmds[2]
    results = [subprocess.run(c, shell=True, cwd=work, capture_output=True, text=True, timeout=120) for c in cmds]
    for c, r in zip(cmds, results):
        assert r.returncode == 0, c + r.stdout + r.stderr
    assert "CMS Verification successful" in results[2].stderr
    assert results[3].stdout.split()[0] == ex.vault.fingerprint
    # the root is the vault's key, and it issued the signing certificate
    r = subprocess.run("openssl pkey -pubin -in public-key.pem -outform DER | sha256sum; "
                       "openssl x509 -in pdf-signing-root.pem -pubkey -noout | openssl pkey -pubin -outform DER | sha256sum",
                       shell=True, cwd=work, capture_output=True, text=True)
    a, b = r.stdout.split("\n")[:2]
    assert a == b
    r = run("openssl", "verify", "-CAfile", "pdf-signing-root.pem", "pdf-signing-certificate.pem", cwd=work)
    assert r.returncode == 0 and ": OK" in r.stdout, r.stdout + r.stderr
    assert ex.manifest["trust"]["pdf_signing_root"] == "pdf-signing-root.pem"
    # ... and Evidence Kit's own check says the same of every signed PDF made (B-T, with the TSA)
    from export import verify_pdf

    for path in (work / pdf, ex.court.path, ex.platform.path):
        rep = verify_pdf(path, expect_fingerprint=ex.vault.fingerprint)
        assert rep.ok, rep.to_dict()
    # a changed command fails: the court PDF's signature with another certificate as the root
    bad = cmds[2].replace("pdf-signing-root.pem", "pdf-signing-certificate.pem")
    r = subprocess.run(bad, shell=True, cwd=work, capture_output=True, text=True)
    assert r.returncode != 0
    assert f"evidence-kit verify-pdf {pdf} --expect-fingerprint FINGERPRINT" in ex.verify_txt


def test_the_court_pdf_states_trusted_time_in_words(ex):
    text = run("pdftotext", "-layout", ex.court.path, "-").stdout
    assert "Вақти боэътимод" in text
    assert "Тамғаи вақт нест" in text          # the pending import, in Tajik
    assert "127.0.0.1" in text                 # the authority of the stamped exhibits
    assert "Имзо ва вақти боэътимод чиро исбот мекунанд" in text


def test_wacz_of_each_capture_validates(ex, tmp_path):
    waczs = sorted(ex.dir.glob("exhibits/*/capture.wacz"))
    assert len(waczs) == 2
    for w in waczs:
        r = run(WACZ, "validate", "-f", w)
        assert r.returncode == 0 and "Validation succeeded" in r.stdout, r.stdout + r.stderr
        with zipfile.ZipFile(w) as zf:
            names = set(zf.namelist())
            assert {"archive/capture.warc.gz", "archive/screenshots.warc.gz", "pages/pages.jsonl",
                    "datapackage.json", "indexes/index.cdx"} <= names
            pages = [json.loads(ln) for ln in zf.read("pages/pages.jsonl").decode().splitlines()]
            assert pages[0]["format"] == "json-pages-1.0" and pages[1]["url"].startswith("https://")
            shots = zf.read("archive/screenshots.warc.gz")
            assert zf.getinfo("archive/capture.warc.gz").compress_type == zipfile.ZIP_STORED
        from warcio.archiveiterator import ArchiveIterator

        recs = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                for r in ArchiveIterator(io.BytesIO(shots))]
        item = ex.vault.get(next(i for i in ex.manifest["items"] if i["exhibit"] == w.parent.name)["id"])
        assert recs[0][:2] == ("resource", "file:///screenshot-full.png")
        assert recs[0][2] == ex.vault.read_artifact(item.id, "screenshot-full.png")    # the pixels as sealed


def test_login_secrets_never_leave_the_vault(ex):
    item = ex.vault.get(ex.session_item.id)
    sealed = ex.vault.read_artifact(item.id, "capture.warc.gz")
    assert SECRET_COOKIE.encode() in gzip.decompress(sealed)          # the original is untouched
    assert hashlib.sha256(sealed).hexdigest() == item.artifact("capture.warc.gz").sha256
    folder = ex.dir / "exhibits" / item.exhibit
    copy = (folder / "capture.warc.gz").read_bytes()
    with zipfile.ZipFile(folder / "capture.wacz") as zf:
        in_wacz = zf.read("archive/capture.warc.gz")
    for data in (gzip.decompress(copy), gzip.decompress(in_wacz)):
        assert b"SECRET" not in data
        assert b"Cookie: REDACTED-BY-EVIDENCE-KIT" in data and b"Authorization: REDACTED-BY-EVIDENCE-KIT" in data
    assert SECRET_TOKEN.split()[1].encode() not in Path(ex.bundle.path).read_bytes()
    art = next(a for a in _item(ex, item)["artifacts"] if a["name"] == "capture.warc.gz")
    assert art["sha256"] == item.artifact("capture.warc.gz").sha256           # the sealed original's
    assert art["redacted"]["original_sha256"] == art["sha256"]
    assert art["redacted"]["sha256"] == hashlib.sha256(copy).hexdigest()
    assert art["redacted"]["headers"] == ["Authorization", "Cookie", "Set-Cookie"]
    assert "redacted copies" in ex.verify_txt and art["redacted"]["sha256"] in ex.verify_txt
    # every record of the copy still checks (warcio), the page body is unchanged
    r = run(Path(sys.executable).with_name("warcio"), "check", folder / "capture.warc.gz")
    assert r.returncode == 0, r.stdout + r.stderr
    # a capture without a session is exported byte for byte
    plain = ex.vault.get(ex.plain_item.id)
    pa = next(a for a in _item(ex, plain)["artifacts"] if a["name"] == "capture.warc.gz")
    assert "redacted" not in pa
    assert (ex.dir / "exhibits" / plain.exhibit / "capture.warc.gz").read_bytes() == \
        ex.vault.read_artifact(plain.id, "capture.warc.gz")


def test_offline_export_is_signed_without_a_time_and_says_so(vault, tmp_path):
    from export import export_items, verify_bundle

    add_warc_capture(vault)
    r = export_items(vault, "bundle", tmp_path / "b.zip", case="Case")
    assert verify_bundle(r.path).ok
    with zipfile.ZipFile(r.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        text = zf.read("VERIFY.txt").decode()
        pdf = next(n for n in zf.namelist() if n.startswith("court-dossier"))
        (tmp_path / "c.pdf").write_bytes(zf.read(pdf))
    assert manifest["trust"]["custody_head"] is None
    assert "could not be time-stamped" in text
    out = run("pdfsig", tmp_path / "c.pdf").stdout
    assert "Signature is Valid" in out and "Total document signed" in out
    exported = [r["entry"] for r in vault.custody_log() if r["entry"]["event"] == "exported"][-1]
    assert exported["details"]["pdf_signature"]["pades"] == "B-B"
