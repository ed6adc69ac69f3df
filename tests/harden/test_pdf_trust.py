"""A signed PDF is trusted only when its signature leads to the fingerprint handed over on paper.

Black-box: the real command line (`verify-pdf`) on court dossiers exported from real vaults, on a
PDF forged the way the security review described (a fresh P-256 key in a certificate that only
*names* the victim's fingerprint, as Evidence Kit's own certificates did before), on chains that
borrow the victim's real certificates, and on dossiers changed after signing. The README's
stock-tool recipe is run as written, with the values a person reads off `pdfsig` filled in."""

from __future__ import annotations

import asyncio
import io
import json
import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.core.helpers import ROOT, cli_env, run_cli
from tests.site.server import png

FIELD = "EvidenceKitSignature"


def _vault(tmp: Path, name: str, *, export: bool) -> dict:
    env = cli_env(tmp, EVIDENCE_KIT_VAULT=tmp / name, EVIDENCE_KIT_PASSPHRASE="пароли " + name,
                  HOME=tmp / "home")
    assert run_cli(["init", "--collector", "Zarina"], env).returncode == 0
    r = run_cli(["fingerprint"], env)
    assert r.returncode == 0, r.stderr
    out = {"env": env, "fp": r.stdout.strip()}
    if export:
        src = tmp / f"{name}-src"
        src.mkdir()
        (src / "photo.png").write_bytes(png(40, 30, (200, 10, 10), text=name.encode()))
        assert run_cli(["import", src / "photo.png"], env).returncode == 0
        pdf = tmp / f"{name}.pdf"
        r = run_cli(["export", "--kind", "court", "EK-0001", "--out", pdf], env)
        assert r.returncode == 0, r.stderr
        out["pdf"] = pdf
    return out


@pytest.fixture(scope="module")
def vaults(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pdftrust")
    return {"victim": _vault(tmp, "victim", export=True), "other": _vault(tmp, "other", export=False),
            "tmp": tmp}


def _verify(pdf, *extra, lang="en"):
    env = cli_env(Path(pdf).parent, HOME=Path(pdf).parent / "home")
    return run_cli(["--lang", lang, "verify-pdf", pdf, *extra], env)


def _run(cmd: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, text=True, timeout=120)


# ------------------------------------------------------------------ forging, as the review described
def _plain_pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()


def _sign(pdf: bytes, key, certs: list[bytes], name: str) -> bytes:
    """`pdf` signed with pyHanko by `key` (a cryptography private key); certs[0] is the signer's."""
    from asn1crypto import algos, x509 as ax
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    loaded = [ax.Certificate.load(c) for c in certs]

    class Forger(signers.Signer):
        async def async_sign_raw(self, data, digest_algorithm, dry_run=False):
            return key.sign(data, ec.ECDSA(hashes.SHA256()))

    signer = Forger(signing_cert=loaded[0], cert_registry=SimpleCertificateStore.from_certs(loaded),
                    signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, md_algorithm="sha256", name=name,
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        reason="Court dossier exported by Evidence Kit")
    out = io.BytesIO()
    asyncio.run(signers.PdfSigner(meta, signer=signer).async_sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False), output=out))
    return out.getvalue()


def _cert(subject, issuer, public_key, signing_key, *, serial: int, ca: bool = False) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
         .serial_number(serial).not_valid_before(datetime(2020, 1, 1, tzinfo=timezone.utc))
         .not_valid_after(datetime(2099, 12, 31, tzinfo=timezone.utc))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
         .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                                      data_encipherment=False, key_agreement=False, key_cert_sign=ca,
                                      crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False))
    algo = None if isinstance(signing_key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return b.sign(signing_key, algo).public_bytes(serialization.Encoding.DER)


def _old_style_name(fp: str):
    """The subject Evidence Kit's own certificates had before: it only *names* the fingerprint."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Evidence Kit vault {fp[:16]}"),
                      x509.NameAttribute(NameOID.SERIAL_NUMBER, fp),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Zarina"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                                         "Self-signed by the collector's Evidence Kit; not a qualified signature")])


def _signature_certs(pdf: Path) -> list:
    """The certificates inside the PDF's signature (asn1crypto), the signer's first."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(pdf, "rb") as f:
        sig = PdfFileReader(f, strict=False).embedded_signatures[0]
        return [sig.signer_cert, *sig.other_embedded_certs]


def _pdfsig_lines(path: Path) -> list[str]:
    """What pdfsig says of a PDF's signature, less the time, the byte ranges, the full name (whose
    wording a forger copies as easily as the fingerprint in it) and whether NSS trusts the issuer
    (it trusts neither: "unknown" for a lone certificate, "isn't Trusted" for a chain)."""
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    return [ln for ln in out.splitlines()[1:]
            if not ln.strip().startswith(("- Signing Time", "- Signed Ranges", "- Signer full Distinguished",
                                          "- Certificate Validation"))]


@pytest.fixture(scope="module")
def forged(vaults):
    """The review's attack: a fresh P-256 key, a certificate naming the victim's fingerprint exactly
    as the old code's did, a fabricated PDF signed with pyHanko."""
    from cryptography.hazmat.primitives.asymmetric import ec

    fp = vaults["victim"]["fp"]
    key = ec.generate_private_key(ec.SECP256R1())
    name = _old_style_name(fp)
    cert = _cert(name, name, key.public_key(), key, serial=int(fp[:15], 16))
    path = vaults["tmp"] / "forged.pdf"
    path.write_bytes(_sign(_plain_pdf("Fabricated: she threatened him first."), key, [cert],
                           f"Evidence Kit vault {fp[:16]}"))
    return path


# ------------------------------------------------------------------------------------ (a) genuine
def test_a_dossier_verifies_against_its_own_vaults_fingerprint_only(vaults):
    v = vaults["victim"]
    written = " ".join(v["fp"][i:i + 4] for i in range(0, 64, 4)).upper()     # as copied from paper
    r = _verify(v["pdf"], "--expect-fingerprint", written)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "the one you expected" in r.stdout and v["fp"] in r.stdout
    assert "whole document" in r.stdout
    # another vault's fingerprint: refused, in words, in each language
    other = vaults["other"]["fp"]
    r = _verify(v["pdf"], "--expect-fingerprint", other)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "different key" in r.stdout and other in r.stdout and v["fp"] in r.stdout
    r = _verify(v["pdf"], "--expect-fingerprint", other, lang="ru")
    assert r.returncode == 1 and "другим ключом" in r.stdout
    r = _verify(v["pdf"], "--expect-fingerprint", other, lang="tg")
    assert r.returncode == 1 and "бо калиди дигар" in r.stdout
    # --json, as the other commands have it
    r = _verify(v["pdf"], "--expect-fingerprint", v["fp"], "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    d = json.loads(r.stdout)
    assert d["ok"] is True and d["fingerprint"] == v["fp"] and d["fingerprint_matches"] is True
    assert d["whole_document"] is True and d["signature_valid"] is True and d["problems"] == []
    r = _verify(v["pdf"], "--expect-fingerprint", other, "--json")
    d = json.loads(r.stdout)
    assert r.returncode == 1 and d["ok"] is False and [p["code"] for p in d["problems"]] == ["other_key"]


def test_without_a_fingerprint_it_says_the_sender_is_unconfirmed(vaults):
    v = vaults["victim"]
    r = _verify(v["pdf"])
    assert r.returncode == 0, r.stdout + r.stderr
    assert v["fp"] in r.stdout and "on paper" in r.stdout and "not confirmed" in r.stdout
    r = _verify(v["pdf"], lang="tg")
    assert r.returncode == 0 and v["fp"] in r.stdout and "тасдиқ нашудааст" in r.stdout
    r = _verify(v["pdf"], "--json")
    d = json.loads(r.stdout)
    assert d["ok"] is True and d["fingerprint"] == v["fp"] and d["expected_fingerprint"] is None
    assert d["fingerprint_matches"] is None


def test_bad_input_is_exit_2(vaults, tmp_path):
    v = vaults["victim"]
    r = _verify(v["pdf"], "--expect-fingerprint", "abc123")
    assert r.returncode == 2 and "is not a fingerprint" in r.stderr and "Traceback" not in r.stderr
    text = tmp_path / "note.pdf"
    text.write_text("not a PDF at all")
    r = _verify(text)
    assert r.returncode == 2 and "not a PDF" in r.stderr and "Traceback" not in r.stderr
    r = _verify(tmp_path / "missing.pdf")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = _verify(text, lang="ru")
    assert r.returncode == 2 and "не PDF" in r.stderr


# ------------------------------------------------------------------------------------ (b) forged
def test_b_the_reviews_forgery_is_refused(vaults, forged):
    fp = vaults["victim"]["fp"]
    # what the review showed: for pdfsig the forgery is as valid as the genuine dossier, signed by
    # the same name, with the victim's fingerprint in the signer's full name
    assert _pdfsig_lines(forged) == _pdfsig_lines(vaults["victim"]["pdf"])
    out = subprocess.run(["pdfsig", str(forged)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out and "Total document signed" in out and fp in out
    r = _verify(forged, "--expect-fingerprint", fp)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "only names" in r.stdout and "proves nothing" in r.stdout
    r = _verify(forged)                                 # nor is it passed off without one
    assert r.returncode == 1 and "only names" in r.stdout
    r = _verify(forged, "--expect-fingerprint", fp, lang="tg")
    assert r.returncode == 1 and "Traceback" not in r.stderr


def test_b_borrowed_vault_certificates_are_refused(vaults, tmp_path):
    """The forger copies the victim's real root (and leaf) certificate out of a genuine dossier and
    puts them in her signature, or issues her own leaf in the root's name: none of it leads to the
    victim's key, because only the vault's key can sign a certificate that checks under it."""
    from asn1crypto import x509 as ax
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    fp = vaults["victim"]["fp"]
    genuine = _signature_certs(vaults["victim"]["pdf"])
    leaf = genuine[0]
    root = next(c for c in genuine if c.subject == leaf.issuer)
    key = ec.generate_private_key(ec.SECP256R1())
    own_ed = ed25519.Ed25519PrivateKey.generate()
    leaf_name = x509.Name.from_rfc4514_string(x509.load_der_x509_certificate(leaf.dump()).subject.rfc4514_string())
    root_name = x509.load_der_x509_certificate(root.dump()).subject
    pdf = _plain_pdf("Fabricated, with borrowed certificates.")
    cases = {
        # a leaf "issued" by the victim's root, really signed by the forger's own Ed25519 key
        "false issuer": [_cert(leaf_name, root_name, key.public_key(), own_ed, serial=leaf.serial_number),
                         root.dump()],
        # the same, with the victim's real leaf beside it: one issuer and serial, two keys
        "same serial": [_cert(leaf_name, root_name, key.public_key(), own_ed, serial=leaf.serial_number),
                        leaf.dump(), root.dump()],
        # a lookalike root (the victim's root's name, the forger's Ed25519 key) that issues her
        # leaf, with the victim's real root beside it: the chain leads to the forger's key
        "lookalike root": [_cert(leaf_name, root_name, key.public_key(), own_ed, serial=11),
                           _cert(root_name, root_name, own_ed.public_key(), own_ed, serial=12, ca=True),
                           root.dump()],
        # the forger's self-signed leaf, with the victim's real leaf and root beside it
        "genuine leaf beside": [_cert(leaf_name, leaf_name, key.public_key(), key, serial=7),
                                leaf.dump(), root.dump()],
    }
    for label, certs in cases.items():
        path = tmp_path / (label.replace(" ", "-") + ".pdf")
        path.write_bytes(_sign(pdf, key, certs, f"Evidence Kit vault {fp[:16]}"))
        assert ax.Certificate.load(certs[0]).public_key.dump() != leaf.public_key.dump()
        r = _verify(path, "--expect-fingerprint", fp)
        assert r.returncode == 1, label + r.stdout + r.stderr
        assert "✓" not in r.stdout, label


# --------------------------------------------------------------------------------- (c) changed
def test_c_one_changed_byte_is_refused(vaults, tmp_path):
    v = vaults["victim"]
    data = bytearray(v["pdf"].read_bytes())
    at = data.index(b"stream", len(data) // 3) + 40     # inside a page's stream, among the signed bytes
    data[at] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    r = _verify(changed, "--expect-fingerprint", v["fp"])
    assert r.returncode == 1, r.stdout + r.stderr
    assert "changed after it was signed" in r.stdout
    r = _verify(changed, "--expect-fingerprint", v["fp"], lang="ru")
    assert r.returncode == 1 and "изменён после подписания" in r.stdout
    # a changed byte in the signature value itself: the signature is broken
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(v["pdf"], "rb") as f:
        value = PdfFileReader(f, strict=False).embedded_signatures[0].signer_info["signature"].native
    data = bytearray(v["pdf"].read_bytes())
    at = bytes(data).lower().index(value.hex().encode()) + 20      # the value, in hex, in /Contents
    data[at:at + 1] = b"0" if data[at:at + 1] != b"0" else b"1"
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    r = _verify(broken, "--expect-fingerprint", v["fp"])
    assert r.returncode == 1 and "signature does not check" in r.stdout, r.stdout + r.stderr


def test_c_an_update_appended_after_signing_is_refused(vaults, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    v = vaults["victim"]
    original = v["pdf"].read_bytes()
    w = IncrementalPdfFileWriter(io.BytesIO(original), strict=False)
    page = w.root["/Pages"]["/Kids"][0]
    annot = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(x) for x in (50, 50, 300, 100)]),
        generic.NameObject("/Contents"): generic.TextStringObject("She withdrew the complaint."),
    }))
    page = page.get_object()
    page[generic.NameObject("/Annots")] = generic.ArrayObject([annot])
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    updated = tmp_path / "updated.pdf"
    updated.write_bytes(out.getvalue())
    assert updated.read_bytes().startswith(original) and len(updated.read_bytes()) > len(original)
    r = _verify(updated, "--expect-fingerprint", v["fp"])
    assert r.returncode == 1, r.stdout + r.stderr
    assert "added after the signature" in r.stdout and str(len(original)) in r.stdout
    d = json.loads(_verify(updated, "--expect-fingerprint", v["fp"], "--json").stdout)
    assert d["whole_document"] is False and d["signed_bytes"] == len(original)
    assert [p["code"] for p in d["problems"]] == ["added_after"]
    # a file with no signature at all
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(_plain_pdf("no signature"))
    r = _verify(plain, "--expect-fingerprint", v["fp"])
    assert r.returncode == 1 and "not signed" in r.stdout


# ------------------------------------------------------------------- (d) the stock-tool recipe
def _readme_recipe() -> list[str]:
    """The README's commands for checking a PDF with stock tools: the indented block that holds
    `pdfsig -dump`, each line less its comment. They are the court dossier's Appendix F steps."""
    from export.pdfsign import STOCK_STEPS

    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip().startswith("pdfsig -dump"))
    while lines[at - 1].startswith("    "):
        at -= 1
    cmds = []
    for ln in lines[at:]:
        if not ln.startswith("    "):
            break
        cmds.append(ln.split("   #", 1)[0].strip())
    assert cmds == [c for _, step in STOCK_STEPS for c in step]
    return cmds


def _stock_check(pdf: Path, work: Path, fp: str) -> tuple[str | None, subprocess.CompletedProcess | None]:
    """The README's recipe as a person runs it, in a folder holding the PDF as FILE.pdf: END1 and
    START2 are read off pdfsig's "Signed Ranges", cert-N.pem is the certificate whose value is the
    fingerprint on paper. Returns (that certificate's file name or None, the last command's result)."""
    work.mkdir()
    (work / "FILE.pdf").write_bytes(pdf.read_bytes())
    found, last = None, None
    for cmd in _readme_recipe():
        if "END1" in cmd or "START2" in cmd:
            shown = _run("pdfsig FILE.pdf", work).stdout
            m = re.search(r"Signed Ranges: \[0 - (\d+)\], \[(\d+) - (\d+)\]", shown)
            cmd = cmd.replace("END1", m.group(1)).replace("START2", m.group(2))
        if "cert-N.pem" in cmd:
            if found is None:
                return None, None
            cmd = cmd.replace("cert-N.pem", found)
        r = _run(cmd, work)
        assert r.returncode == 0 or cmd.startswith("openssl cms"), cmd + r.stdout + r.stderr
        for ln in r.stdout.splitlines():            # the loop's lines: "cert-2.pem <sha256>  -"
            parts = ln.split()
            if len(parts) >= 2 and parts[0].startswith("cert-") and parts[1] == fp:
                found = parts[0]
        last = r
    return found, last


def test_d_the_readme_stock_tool_recipe_gives_the_fingerprint(vaults, forged, tmp_path):
    v = vaults["victim"]
    out = _run("pdfsig " + str(v["pdf"]), tmp_path).stdout
    assert "Signature is Valid" in out and "Total document signed" in out            # (e)
    # the dossier's Appendix F prints the same commands, each on one line
    text = subprocess.run(["pdftotext", "-layout", str(v["pdf"]), "-"], capture_output=True, text=True).stdout
    for cmd in _readme_recipe():
        assert cmd in text, cmd
    found, last = _stock_check(v["pdf"], tmp_path / "genuine", v["fp"])
    assert found is not None, "no certificate in the signature has the vault's fingerprint"
    assert last.returncode == 0 and "Verification successful" in last.stderr, last.stdout + last.stderr
    # the forgery: no certificate in its signature has the victim's fingerprint
    found, _ = _stock_check(forged, tmp_path / "forged", v["fp"])
    assert found is None


def test_d_the_stock_check_refuses_borrowed_certificates(vaults, tmp_path):
    """A forger who puts the victim's real root and leaf in her signature gets past the
    fingerprint loop, but not past `openssl cms -verify` with that root as the only trusted one."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec

    v = vaults["victim"]
    genuine = _signature_certs(v["pdf"])
    leaf = genuine[0]
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.load_der_x509_certificate(leaf.dump()).subject
    path = tmp_path / "borrowed.pdf"
    path.write_bytes(_sign(_plain_pdf("Fabricated."), key,
                           [_cert(name, name, key.public_key(), key, serial=9), *(c.dump() for c in genuine)],
                           "x"))
    found, last = _stock_check(path, tmp_path / "work", v["fp"])
    assert found is not None                       # the victim's root is in there, copied
    assert last.returncode != 0 and "Verification successful" not in last.stderr
    # nor a leaf in the root's name from a lookalike root (the forger's key under the victim's
    # root's name), with the real root beside it
    from cryptography.hazmat.primitives.asymmetric import ed25519

    root = next(c for c in genuine if c.subject == leaf.issuer)
    root_name = x509.load_der_x509_certificate(root.dump()).subject
    own_ed = ed25519.Ed25519PrivateKey.generate()
    path = tmp_path / "lookalike.pdf"
    path.write_bytes(_sign(_plain_pdf("Fabricated."), key,
                           [_cert(name, root_name, key.public_key(), own_ed, serial=21),
                            _cert(root_name, root_name, own_ed.public_key(), own_ed, serial=22, ca=True),
                            root.dump()], "x"))
    found, last = _stock_check(path, tmp_path / "work2", v["fp"])
    assert found is not None
    assert last.returncode != 0 and "Verification successful" not in last.stderr
