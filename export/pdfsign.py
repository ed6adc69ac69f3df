"""Signing exported PDFs: a PAdES signature over the whole document, with a trusted time when a
time-stamping service answers with one (PAdES B-T), otherwise without one (B-B).

The time stamp is asked for like an item's (evidence_kit.timestamps): through the proxy in force
(never directly while one is set), and kept only when its certificate leads to a trusted root, so
that the PDF never carries a time that is not trusted time.

The signing key is the vault's ECDSA P-256 key (derived from its master key; it never leaves
`evidence_kit.vault._crypto`), because PDF readers (poppler's pdfsig, Acrobat) check ECDSA and RSA
but not Ed25519 document signatures. Its certificate is ISSUED BY THE VAULT'S OWN Ed25519 KEY, the
key whose SHA-256 is the fingerprint handed over on paper; that key's self-signed "vault root"
certificate travels in the signature too. So the chain itself leads to the fingerprint: signer
certificate -> signed by the vault key -> SHA-256 of that key = the fingerprint. A certificate that
merely names a fingerprint (as these did before) proves nothing; `export.pdfverify` and the
openssl recipe in the README and VERIFY.txt check the chain instead. The signature is added as an
incremental update (pyHanko), so the bytes before it, and a PDF/A declaration in them, stay as
they were.

    signed, info = sign_pdf(vault, pdf_bytes, reason=..., lang="tg")
    info == {"signed": True, "timestamp": {"tsa": url, "gen_time": "...Z"} | None, "certificate_sha256": ...}
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from datetime import datetime, timezone

from evidence_kit import timestamps, tsa_trust

FIELD = "EvidenceKitSignature"
BYTES_RESERVED = 32768      # room for the CMS signature and a TSA token with its certificate chain
CERT_NOT_BEFORE = datetime(2020, 1, 1, tzinfo=timezone.utc)
CERT_NOT_AFTER = datetime(2099, 12, 31, 23, 59, 59, tzinfo=timezone.utc)


# How a person checks a PDF's signature with stock tools (poppler's pdfsig, OpenSSL 3.0 or later,
# a POSIX shell), from the PDF alone: the README and the court dossier's Appendix F give these
# steps (the words' key, then the commands). The reader fills in FILE.pdf, END1 and START2 (from
# pdfsig's "Signed Ranges: [0 - END1], [START2 - END2]") and cert-N.pem (the certificate whose
# value is the fingerprint on paper). VERIFY.txt gives the same check with the bundle's
# pdf-signing-root.pem and the numbers filled in (`bundle_steps`).
STOCK_STEPS = (
    ("ex.verify.pdf_step_pdfsig", ("pdfsig FILE.pdf",)),
    ("ex.verify.pdf_step_dump", (
        "pdfsig -dump FILE.pdf",
        "openssl pkcs7 -inform DER -in FILE.pdf.sig0 -print_certs | awk '/BEGIN/{n++; f=\"cert-\" n \".pem\"} n{print > f}'")),
    ("ex.verify.pdf_step_root", (
        'for c in cert-*.pem; do echo "$c $(openssl x509 -in $c -pubkey -noout | openssl pkey -pubin -outform DER'
        ' | tail -c 32 | sha256sum)"; done',)),
    ("ex.verify.pdf_step_cms", (
        "head -c END1 FILE.pdf > signed.bin && tail -c +$((START2 + 1)) FILE.pdf >> signed.bin",
        "openssl cms -verify -binary -inform DER -in FILE.pdf.sig0 -content signed.bin -purpose any"
        " -CAfile cert-N.pem -out /dev/null")),
)
ROOT_FINGERPRINT = ("openssl x509 -in {root} -pubkey -noout | openssl pkey -pubin -outform DER | tail -c 32"
                    " | sha256sum")


def signed_ranges(pdf: bytes) -> tuple[int, int, int] | None:
    """(END1, START2, END2) of the newest signature's byte range, as pdfsig shows them."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        sig = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_regular_signatures[-1]
        _, a, b, c = (int(x) for x in sig.byte_range)
    except Exception:
        return None
    return a, b, b + c


def bundle_steps(name: str, pdf: bytes, root: str) -> list[str] | None:
    """The commands VERIFY.txt gives for the bundle's PDF `name`: its signature checked with the
    bundle's vault root certificate `root` as the only trusted one, then that root's fingerprint."""
    ranges = signed_ranges(pdf)
    if ranges is None:
        return None
    end1, start2, _ = ranges
    return [f"pdfsig -dump {name}",
            f"head -c {end1} {name} > signed.bin && tail -c +{start2 + 1} {name} >> signed.bin",
            f"openssl cms -verify -binary -inform DER -in {name}.sig0 -content signed.bin -purpose any"
            f" -CAfile {root} -out /dev/null",
            ROOT_FINGERPRINT.format(root=root)]


def certificates_der(vault) -> tuple[bytes, bytes]:
    """(signing certificate, vault root certificate), DER; the same on every export (as long as
    the collector's name stays the same: it is in the signing certificate)."""
    fp = vault.fingerprint
    leaf = [("CN", f"Evidence Kit vault {fp[:16]}"), ("serialNumber", fp)]
    collector = (vault.settings().get("collector") or "").strip()
    if collector:
        leaf.append(("O", collector[:64]))
    leaf.append(("OU", "Issued by the vault key below; not a qualified signature"))
    root = [("CN", f"Evidence Kit vault root {fp[:16]}"), ("serialNumber", fp),
            ("OU", "The vault's Ed25519 key: its SHA-256 is the fingerprint")]
    return vault.pdf_certificates(leaf, root, not_before=CERT_NOT_BEFORE, not_after=CERT_NOT_AFTER)


def pem(der: bytes) -> bytes:
    import base64

    b64 = base64.encodebytes(der).replace(b"\n", b"")
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return b"-----BEGIN CERTIFICATE-----\n" + b"\n".join(lines) + b"\n-----END CERTIFICATE-----\n"


def certificate_pem(vault) -> bytes:
    """The signing certificate (PEM)."""
    return pem(certificates_der(vault)[0])


def root_certificate_pem(vault) -> bytes:
    """The vault root certificate (PEM): its public key is the vault's Ed25519 key."""
    return pem(certificates_der(vault)[1])


def _signer(vault, cert_der: bytes, root_der: bytes):
    from asn1crypto import algos, x509
    from pyhanko.sign.signers import Signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(cert_der)
    root = x509.Certificate.load(root_der)
    key = vault.pdf_signer()

    class VaultSigner(Signer):
        async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
            return key.sign(data, digest_algorithm)

    # the signature carries both certificates: the chain from the signing key to the vault key
    return VaultSigner(signing_cert=cert, cert_registry=SimpleCertificateStore.from_certs([cert, root]),
                       signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}))


def _timestamper(urls: list[str], used: dict, *, proxy=None, roots=None):
    """pyHanko asks this for the signature's time stamp: the first service that answers with a
    reply that passes our checks (evidence_kit.timestamps.check_reply) and is trusted time gives
    it. Requests go through `proxy` when one is set."""
    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper

    class FirstAnswering(TimeStamper):
        async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
            digest = req["message_imprint"]["hashed_message"].native
            nonce = req["nonce"].native
            for url in urls:
                try:
                    reply = timestamps.post_query(url, req.dump(), proxy=proxy)
                    tok = timestamps.check_reply(reply, digest, nonce=nonce, roots=roots)
                except timestamps.TimestampError:
                    continue
                if not tok.trusted:
                    continue
                used.update({"tsa": url, "tsa_name": tok.tsa_name, "gen_time": tok.gen_time_iso})
                return tsp.TimeStampResp.load(reply)
            raise OSError("no time-stamping service answered")

    return FirstAnswering()


def sign_pdf(vault, pdf: bytes, *, reason: str, location: str = "", tsas: list[str] | None = None
             ) -> tuple[bytes, dict]:
    """`pdf` with a PAdES signature over all of it appended; and what was done."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    cert_der, root_der = certificates_der(vault)
    urls = timestamps.configured_tsas(vault) if tsas is None else list(tsas)
    meta = signers.PdfSignatureMetadata(field_name=FIELD, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, reason=reason,
                                        location=location or None,
                                        name=f"Evidence Kit vault {vault.fingerprint[:16]}")
    signer = _signer(vault, cert_der, root_der)
    used: dict = {}

    class KeepMetadata(IncrementalPdfFileWriter):
        """pyHanko would replace the XMP packet (dropping the PDF/A identification) and touch the
        info dictionary; the signature needs neither, so the document's own stay as they are."""

        def _update_meta(self):
            pass

        def ensure_output_version(self, version):
            # PDF/A-2 is PDF 1.7: ECDSA signatures are valid there through the ESIC extension
            # (PAdES), so the update never asks for PDF 2.0 (pyHanko would, for a P-256 key)
            super().ensure_output_version(min(tuple(version), (1, 7)))

        def register_extension(self, ext):
            from pyhanko.sign.signers import constants as sc

            if ext in (sc.ISO32001, sc.ISO32002):
                return      # PDF 2.0 extensions: not declared in a PDF 1.7 file
            super().register_extension(ext)

    def run(stamper) -> bytes:
        writer = KeepMetadata(io.BytesIO(pdf), strict=False)
        pdf_signer = signers.PdfSigner(meta, signer=signer, timestamper=stamper)
        out = io.BytesIO()
        asyncio.run(pdf_signer.async_sign_pdf(writer, output=out, bytes_reserved=BYTES_RESERVED))
        return out.getvalue()

    signed = None
    try:
        route = timestamps.configured_route(vault) if urls else None
    except timestamps.TimestampError:      # a proxy is set but cannot be used: no time stamp, nothing sent
        urls = []
    if urls:
        try:
            signed = run(_timestamper(urls, used, proxy=route, roots=tsa_trust.roots(vault)))
        except OSError:
            signed, used = None, {}
    if signed is None:
        signed = run(None)
    return signed, {"signed": True, "pades": "B-T" if used else "B-B", "timestamp": used or None,
                    "certificate_sha256": hashlib.sha256(cert_der).hexdigest(),
                    "root_certificate_sha256": hashlib.sha256(root_der).hexdigest()}
