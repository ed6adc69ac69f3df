"""What a bundle carries so that its evidence is anchored outside the vault, and the checks of it.

Per exhibit (exhibits/EK-NNNN/):
    record.json                  the exact bytes that were time-stamped (evidence_kit.timestamps.record)
    timestamp-HOST-SERIAL.tsr    one full RFC 3161 TimeStampResp per token
    capture.wacz                 a captured page as WACZ 1.1.1 (wacz.py)
For the whole bundle:
    custody-head.tsr             a token over the custody log's newest entry's hash, taken at export
    pdf-signing-certificate.pem  the certificate of the key that signs the bundle's PDFs, issued by
                                 the vault's own Ed25519 key (public-key.pem)
    pdf-signing-root.pem         that key's self-signed certificate: the root of the PDF signature's
                                 chain (export/pdfsign.py), also inside the PDF's signature

`verify_bundle` (verify.py) calls `check_bundle` for the tokens: each must be a granted
reply for the SHA-256 of its record.json (or of the custody entry), signed by a time-stamping
certificate; record.json must agree with the manifest. A token is trusted time only when its
certificate leads to a trusted root (evidence_kit.tsa_trust: the built-in authorities' roots, and
EVIDENCE_KIT_TSA_CA's for the one checking): the manifest says of each stamp whether it was
(`trust`), and a token it gives as trusted time that is not is a problem; one it gives as
untrusted is reported as such.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from evidence_kit import timestamps, tsa_trust
from evidence_kit.i18n import tr

from .. import pdfsign
from . import wacz

RECORD = "record.json"
HEAD_TOKEN = "custody-head.tsr"
CERT = "pdf-signing-certificate.pem"
PDF_ROOT = "pdf-signing-root.pem"


def exhibit_files(vault, item, base: str, *, withheld: bool, created: datetime, tool: str):
    """(files [(path, bytes, media type)], manifest info) for one exhibit."""
    files = []
    # the bytes that were stamped: from the sealed item, not from the export's copy of it (which
    # may have local paths taken out of its metadata)
    record = timestamps.record_bytes(vault.get(item.id))
    rec_sha = hashlib.sha256(record).hexdigest()
    files.append((f"{base}/{RECORD}", record, "application/json"))
    stamps = []
    judged = timestamps.assess(vault, item, tsa_trust.roots(vault))
    for s in judged:
        path = f"{base}/{s['name']}"
        files.append((path, timestamps.read_token(vault, s), "application/timestamp-reply"))
        entry = {"tsa": s["tsa"], "tsa_name": s.get("tsa_name", ""), "gen_time": s["gen_time"],
                 "serial": s.get("serial", ""), "path": path,
                 "record_matches": s.get("record_sha256") == rec_sha, "trust": s["trust"]}
        if s["trust"] == timestamps.TRUSTED:
            entry["root_sha256"] = s["trust_root"]
        else:
            entry["trust_reason"] = s["trust_reason"]
        stamps.append(entry)
    trusted = any(s["trust"] == timestamps.TRUSTED for s in judged)
    info = {"record": {"path": f"{base}/{RECORD}", "sha256": rec_sha},
            "trusted_time": {"status": "stamped" if trusted else "pending", "stamps": stamps}}
    if wacz.can_build(item) and not withheld:
        data = wacz.build_wacz(vault, item, created=created, tool=tool)
        path = f"{base}/capture.wacz"
        files.append((path, data, "application/wacz"))
        info["wacz"] = {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                        "redacted": any(a.role == "warc" for a in item.artifacts)
                        and bool((item.metadata or {}).get("session"))}
    return files, info


def head_stamp(log: list[dict]) -> dict | None:
    """The newest `log_stamped` entry's details in the (already read) custody log, if any."""
    for rec in reversed(log):
        e = rec.get("entry") or {}
        if e.get("event") == "log_stamped":
            return e.get("details") or None
    return None


def bundle_files(vault, log: list[dict]):
    """(files, manifest info) for the whole bundle: the custody head's token, the PDF certificate
    and the vault root certificate that issued it."""
    import base64

    files = [(CERT, pdfsign.certificate_pem(vault), "application/x-pem-file"),
             (PDF_ROOT, pdfsign.root_certificate_pem(vault), "application/x-pem-file")]
    info = {"pdf_signing_certificate": CERT, "pdf_signing_root": PDF_ROOT, "custody_head": None}
    head = head_stamp(log)
    if head:
        token = base64.b64decode(head["token"])
        files.append((HEAD_TOKEN, token, "application/timestamp-reply"))
        verdict = timestamps.head_trust(head, tsa_trust.roots(vault))
        info["custody_head"] = {"path": HEAD_TOKEN, "seq": head["seq"], "hash": head["hash"],
                                "tsa": head["tsa"], "tsa_name": head.get("tsa_name", ""),
                                "gen_time": head["gen_time"],
                                "trust": timestamps.TRUSTED if verdict.trusted else timestamps.UNTRUSTED}
        if verdict.trusted:
            info["custody_head"]["root_sha256"] = verdict.root_sha256
        else:
            info["custody_head"]["trust_reason"] = verdict.reason
    return files, info


def verify_lines(lang: str, manifest: dict, court_pdf: bytes | None = None) -> str:
    """VERIFY.txt's part on trusted time, the signed PDF, the WACZ files and redacted copies."""
    t = lambda k, **kw: tr(k, lang, **kw)  # noqa: E731
    items = manifest.get("items", [])
    lines = ["", t("ex.verify.ts_title"), "", t("ex.verify.ts_intro"), ""]
    example = next((s for it in items for s in ((it.get("trusted_time") or {}).get("stamps") or [])), None)
    rec_path = example["path"].rsplit("/", 1)[0] + "/" + RECORD if example else "exhibits/EK-0001/" + RECORD
    tsr_path = example["path"] if example else "exhibits/EK-0001/timestamp-….tsr"
    lines += ["    openssl ts -verify -data " + rec_path + " -in " + tsr_path + " -CAfile ROOT.pem", ""]
    lines += [t("ex.verify.ts_root"), "",
              "    openssl ts -reply -in " + tsr_path + " -token_out -out token.der",
              "    openssl pkcs7 -inform DER -in token.der -print_certs -noout", ""]
    tsas = sorted({s["tsa"] for it in items for s in ((it.get("trusted_time") or {}).get("stamps") or [])})
    head = (manifest.get("trust") or {}).get("custody_head")
    if head and head["tsa"] not in tsas:
        tsas.append(head["tsa"])
    for url in tsas:
        where = ROOTS.get(timestamps.tsa_host(url))
        lines.append(f"  - {url}: " + (where if where else t("ex.verify.ts_root_unknown")))
    if not tsas:
        lines.append("  " + t("ex.verify.ts_none"))
    pending = [it["exhibit"] for it in items if (it.get("trusted_time") or {}).get("status") == "pending"]
    if pending:
        lines += ["", t("ex.verify.ts_pending", exhibits=", ".join(pending))]
    untrusted = [s["path"] for it in items for s in ((it.get("trusted_time") or {}).get("stamps") or [])
                 if s.get("trust") == timestamps.UNTRUSTED]
    if untrusted:
        lines += ["", t("ex.verify.ts_untrusted", paths=", ".join(untrusted))]
    if head and head.get("trust") == timestamps.UNTRUSTED:
        lines += ["", t("ex.verify.ts_head_untrusted", seq=head["seq"], when=head["gen_time"])]
    elif head:
        lines += ["", t("ex.verify.ts_head", seq=head["seq"], when=head["gen_time"]), "",
                  f"    openssl ts -verify -digest {head['hash']} -in {HEAD_TOKEN} -CAfile ROOT.pem"]
    else:
        lines += ["", t("ex.verify.ts_no_head")]
    pdf = (manifest.get("court_pdf") or {}).get("path", "court-dossier.pdf")
    lines += ["", t("ex.verify.pdf_title"), "", t("ex.verify.pdf_sig", cert=CERT, root=PDF_ROOT), "",
              f"    pdfsig {pdf}", ""]
    steps = pdfsign.bundle_steps(pdf, court_pdf, PDF_ROOT) if court_pdf else None
    if steps:
        lines += [t("ex.verify.pdf_chain", root=PDF_ROOT), ""] + ["    " + c for c in steps] + [""]
    lines += [t("ex.verify.pdf_alone"), "", f"    evidence-kit verify-pdf {pdf} --expect-fingerprint FINGERPRINT", "",
              t("ex.verify.pdf_means")]
    waczs = [it["trust_files"]["wacz"]["path"] for it in items if (it.get("trust_files") or {}).get("wacz")]
    if waczs:
        lines += ["", t("ex.verify.wacz", count=len(waczs)), "", "    wacz validate -f " + waczs[0]]
    redacted = [(it["exhibit"], a) for it in items for a in it.get("artifacts", []) if a.get("redacted")]
    if redacted:
        lines += ["", t("ex.verify.redacted_intro")]
        for exhibit, a in redacted:
            lines.append("  - " + t("ex.verify.redacted_file", path=a.get("path", a["name"]),
                                    headers=", ".join(a["redacted"]["headers"]),
                                    original=a["redacted"]["original_sha256"], copy=a["redacted"]["sha256"]))
    return "\n".join(lines) + "\n"


# Where the operators of two default authorities publish their root certificates. For any other
# authority VERIFY.txt says how to read the root's name from the token (ex.verify.ts_root_unknown).
ROOTS = {
    "timestamp.digicert.com": "https://www.digicert.com/kb/digicert-root-certificates.htm",
    "freetsa.org": "https://freetsa.org/files/cacert.pem",
}


# ----------------------------------------------------------------------------- checking a bundle
def check_bundle(zf, manifest: dict, sums_map: dict, present: set, bad, log_hashes: dict,
                 untrusted=None, lang: str | None = None) -> tuple[int, int]:
    """Check every token in the bundle; report problems through `bad(code, path, **kw)`. Returns how
    many tokens were checked and how many of them are trusted time. `log_hashes` maps custody seq
    -> entry hash (from custody-log.jsonl). A token that checks but is not trusted time is a
    problem when the manifest gives it as trusted; when the manifest itself says it is not, it is
    told to `untrusted(path, reason)`."""
    checked = trusted = 0
    roots = tsa_trust.roots()

    def judge(tok, entry: dict, path: str) -> None:
        nonlocal trusted
        if tok.trusted:
            trusted += 1
            return
        reason = timestamps.untrusted_words(tok.trust_reason, lang)
        if entry.get("trust") == timestamps.UNTRUSTED:
            if untrusted is not None:
                untrusted(path, reason)
        else:
            bad("ts_untrusted", path, reason=reason)

    def read(path):
        try:
            return zf.read(path)
        except KeyError:
            bad("listed_missing", path)
        except Exception:
            bad("damaged", path)
        return None

    for it in manifest.get("items", []):
        tf = it.get("trust_files") or {}
        rec_info = tf.get("record")
        stamps = (it.get("trusted_time") or {}).get("stamps") or []
        if not rec_info:
            continue
        record = read(rec_info["path"]) if rec_info["path"] in present else None
        if record is None:
            if rec_info["path"] not in present:
                bad("listed_missing", rec_info["path"])
            continue
        digest = hashlib.sha256(record).digest()
        try:
            rec = json.loads(record.decode("utf-8"))
            sealed = [(a["name"], a["sha256"]) for a in it.get("artifacts", [])]
            if rec.get("id") != it.get("id") or [(a["name"], a["sha256"]) for a in rec["artifacts"]] != sealed:
                bad("ts_record_differs", rec_info["path"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            bad("ts_record_differs", rec_info["path"])
        for s in stamps:
            token = read(s["path"]) if s["path"] in present else None
            if token is None:
                if s["path"] not in present:
                    bad("listed_missing", s["path"])
                continue
            try:
                tok = timestamps.check_reply(token, digest, roots=roots)
            except timestamps.TimestampError as exc:
                bad("ts_token_bad", s["path"], reason=exc.message(lang))
                continue
            checked += 1
            if tok.gen_time_iso != s.get("gen_time"):
                bad("ts_time_differs", s["path"], when=tok.gen_time_iso)
            judge(tok, s, s["path"])
    head = (manifest.get("trust") or {}).get("custody_head")
    if head:
        token = read(head["path"]) if head["path"] in present else None
        if token is not None:
            try:
                tok = timestamps.check_reply(token, bytes.fromhex(head["hash"]), roots=roots)
                checked += 1
                judge(tok, head, head["path"])
            except (timestamps.TimestampError, ValueError) as exc:
                reason = exc.message(lang) if isinstance(exc, timestamps.TimestampError) else ""
                bad("ts_token_bad", head["path"], reason=reason)
            if log_hashes and log_hashes.get(head["seq"]) != head["hash"]:
                bad("ts_head_not_in_log", head["path"], seq=head["seq"])
        elif head["path"] not in present:
            bad("listed_missing", head["path"])
    return checked, trusted
