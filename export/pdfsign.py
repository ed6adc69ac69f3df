"""Signing exported PDFs: a PAdES signature over the whole document, with a trusted time when a
time-stamping service answers with one (PAdES B-T), otherwise without one (B-B).

The time stamp is asked for like an item's (evidence_kit.timestamps): through the proxy in force
(never directly while one is set), and kept only when its certificate leads to a trusted root, so
that the PDF never carries a time that is not trusted time.

The key is the vault's own ECDSA P-256 key (derived from its master key; it never leaves
`evidence_kit.vault._crypto`), in a self-signed certificate whose subject names the vault's
fingerprint and, when she gave one, the collector. The signature is added as an incremental update
(pyHanko), so the bytes before it, and a PDF/A declaration in them, stay as they were.

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


def certificate_der(vault) -> bytes:
    """The vault's self-signed signing certificate (the same subject and key on every export)."""
    fp = vault.fingerprint
    names = [("CN", f"Evidence Kit vault {fp[:16]}"), ("serialNumber", fp)]
    collector = (vault.settings().get("collector") or "").strip()
    if collector:
        names.append(("O", collector[:64]))
    names.append(("OU", "Self-signed by the collector's Evidence Kit; not a qualified signature"))
    return vault.pdf_signer().self_signed_certificate(
        names, not_before=CERT_NOT_BEFORE, not_after=CERT_NOT_AFTER, serial=int(fp[:15], 16) or 1)


def certificate_pem(vault) -> bytes:
    import base64

    b64 = base64.encodebytes(certificate_der(vault)).replace(b"\n", b"")
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return b"-----BEGIN CERTIFICATE-----\n" + b"\n".join(lines) + b"\n-----END CERTIFICATE-----\n"


def _signer(vault, cert_der: bytes):
    from asn1crypto import algos, x509
    from pyhanko.sign.signers import Signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(cert_der)
    key = vault.pdf_signer()

    class VaultSigner(Signer):
        async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
            return key.sign(data, digest_algorithm)

    return VaultSigner(signing_cert=cert, cert_registry=SimpleCertificateStore.from_certs([cert]),
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

    cert_der = certificate_der(vault)
    urls = timestamps.configured_tsas(vault) if tsas is None else list(tsas)
    meta = signers.PdfSignatureMetadata(field_name=FIELD, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, reason=reason,
                                        location=location or None,
                                        name=f"Evidence Kit vault {vault.fingerprint[:16]}")
    signer = _signer(vault, cert_der)
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
                    "certificate_sha256": hashlib.sha256(cert_der).hexdigest()}
