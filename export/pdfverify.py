"""Checking a signed PDF against the fingerprint handed over on paper (`evidence-kit verify-pdf`).

A PDF passes only when all of this holds:

1. it has a PDF signature (/Sig; a document time stamp alone is not a signature);
2. the newest one covers EVERY byte of the file except its own value: the byte range is
   [0, a, b, c] with a + (the hex string of the value, <...>) = b and b + c = the file's size.
   Evidence Kit appends nothing after its signature, so any later incremental update is refused,
   even one that only adds validation data or a document time stamp: a reader shows what such an
   update says, and telling harmless updates from others is exactly where PDF signature checks
   have been fooled before. The report then gives the signed length, so that the signed version
   (the first bytes of the file) can be cut out and checked on its own;
3. the CMS signature checks with the signer's certificate and its message digest is that of
   the signed bytes;
4. the signer's certificate leads to an Ed25519 key: it is signed by the Ed25519 key of another
   certificate in the signature with the issuer's name (Evidence Kit's "vault root",
   export/pdfsign.py), or is itself an Ed25519 key. The fingerprint is the SHA-256 of that raw
   32-byte key, as `evidence-kit fingerprint` prints it. Only the vault holding that key can
   have made such a certificate; names inside certificates are never trusted (a certificate
   that merely names a fingerprint, as Evidence Kit's were before, is refused);
5. with `expect_fingerprint`, that fingerprint is the expected one.

    report = verify_pdf("dossier.pdf", lang="tg", expect_fingerprint="ab12…")
    report.ok, report.fingerprint, report.problems[i].code / .message

Codes: not_signed, unreadable, broken (the signature value or its certificate does not check),
changed (signed bytes differ), added_after (bytes after the signed part), not_whole (a byte range
that leaves other parts unsigned), not_bound (no vault key in the chain), other_key. A path that
is no file or no PDF raises BadInput (exit 2).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from evidence_kit.errors import BadInput
from evidence_kit.i18n import tr

ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")
_HEX = re.compile(rb"[0-9A-Fa-f]*")


@dataclass
class PdfProblem:
    code: str
    message: str

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass
class PdfReport:
    path: str
    file_bytes: int = 0
    signed: bool = False
    signature_valid: bool = False
    whole_document: bool = False
    signed_bytes: int = 0
    signer: str = ""
    fingerprint: str = ""
    expected_fingerprint: str | None = None
    problems: list[PdfProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.problems and self.signed and self.signature_valid and self.whole_document
                and bool(self.fingerprint))

    @property
    def fingerprint_matches(self) -> bool | None:
        if self.expected_fingerprint is None:
            return None
        return self.fingerprint == self.expected_fingerprint

    def to_dict(self) -> dict:
        return {"ok": self.ok, "path": self.path, "signed": self.signed,
                "signature_valid": self.signature_valid, "whole_document": self.whole_document,
                "signed_bytes": self.signed_bytes, "file_bytes": self.file_bytes, "signer": self.signer,
                "fingerprint": self.fingerprint or None, "expected_fingerprint": self.expected_fingerprint,
                "fingerprint_matches": self.fingerprint_matches,
                "problems": [p.to_dict() for p in self.problems]}


def read_pdf(path) -> bytes:
    """The file's bytes, or BadInput (exit 2) when there is no such file or it is not a PDF."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise BadInput("ex.vb.no_file", path=str(path)) from None
    except OSError as exc:
        from evidence_kit.errors import storage_error

        raise storage_error(exc) from exc
    if b"%PDF-" not in data[:1024]:
        raise BadInput("ex.vp.not_pdf", path=str(path))
    return data


def verify_pdf(path, lang: str | None = None, expect_fingerprint: str | None = None) -> PdfReport:
    data = read_pdf(path)
    rep = PdfReport(path=str(path), file_bytes=len(data), expected_fingerprint=expect_fingerprint)

    def bad(code, **kw):
        rep.problems.append(PdfProblem(code, tr("ex.vp." + code, lang, path=str(path), **kw)))

    with warnings.catch_warnings():      # pyHanko's imports warn of DSA, which nothing here uses
        warnings.simplefilter("ignore")
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation.generic_cms import validate_sig_integrity
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_regular_signatures
    except Exception:          # a damaged or hostile file: say so, never a traceback
        bad("unreadable")
        return rep
    if not sigs:
        bad("not_signed")
        return rep
    rep.signed = True
    sig = sigs[-1]             # the newest: the one that must cover everything
    try:
        cms = sig.pkcs7_content
        byte_range = [int(x) for x in sig.byte_range]
    except Exception:
        bad("broken")
        return rep
    _coverage(rep, data, byte_range, cms, bad)
    try:
        cert = sig.signer_cert
        others = list(sig.other_embedded_certs)
        rep.signer = _common_name(cert)
        intact, valid = validate_sig_integrity(sig.signer_info, cert, "data", sig.compute_digest())
    except Exception:
        bad("broken")
        return rep
    if not valid:
        bad("broken")
        return rep
    if not intact:
        bad("changed")
    else:
        rep.signature_valid = True
    key = _vault_key(cert, others)
    if key is None:
        bad("not_bound")
        return rep
    rep.fingerprint = hashlib.sha256(key).hexdigest()
    if expect_fingerprint is not None and rep.fingerprint != expect_fingerprint:
        bad("other_key", found=rep.fingerprint, expected=expect_fingerprint)
    return rep


def _coverage(rep: PdfReport, data: bytes, byte_range: list[int], cms: bytes, bad) -> None:
    """Rule 2 of the module's docstring: every byte signed but the signature's own value."""
    if len(byte_range) != 4 or byte_range[0] != 0 or min(byte_range) < 0:
        bad("not_whole")
        return
    _, a, b, c = byte_range
    gap = data[a:b]
    own_value = (len(gap) >= 2 and gap[:1] == b"<" and gap[-1:] == b">"
                 and _HEX.fullmatch(gap[1:-1]) is not None and len(gap) % 2 == 0
                 and bytes.fromhex(gap[1:-1].decode("ascii")) == cms)
    if not own_value or a > b or b + c > len(data):
        bad("not_whole")
        return
    rep.signed_bytes = b + c
    if b + c == len(data):
        rep.whole_document = True
    else:
        bad("added_after", signed=b + c, added=len(data) - (b + c))


def _common_name(cert) -> str:
    try:
        return str(cert.subject.native.get("common_name", ""))
    except Exception:
        return ""


def _ed25519_raw(cert) -> bytes | None:
    spki = cert["tbs_certificate"]["subject_public_key_info"].dump()
    if len(spki) == 44 and spki.startswith(ED25519_SPKI_PREFIX):
        return spki[12:]
    return None


def _vault_key(signer, others) -> bytes | None:
    """The raw Ed25519 key the signer's certificate leads to (rule 4), or None."""
    from evidence_kit.vault import verify_signature

    own = _ed25519_raw(signer)
    if own is not None:        # signed by an Ed25519 key itself (its signature was checked above)
        return own
    if (signer["signature_algorithm"]["algorithm"].native != "ed25519"
            or signer["tbs_certificate"]["signature"]["algorithm"].native != "ed25519"):
        return None
    tbs = signer["tbs_certificate"].dump()
    value = signer["signature_value"].native
    for issuer in others:
        raw = _ed25519_raw(issuer)
        if raw is None or issuer.subject != signer.issuer:
            continue
        pem = (b"-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(ED25519_SPKI_PREFIX + raw)
               + b"\n-----END PUBLIC KEY-----\n")
        if verify_signature(pem, tbs, value):
            return raw
    return None
