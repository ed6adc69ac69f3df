"""Writing the verification bundle (what it holds: see the package's docstring) into one ZIP,
streamed: the sealed originals (a logged-in capture's WARC as a copy without its login secrets,
redact.py), each exhibit's trusted-time files and WACZ (trust.py), the court PDF, the custody log,
the public key, VERIFY.txt, and SHA256SUMS with its Ed25519 signature.

Sensitive items' files are withheld unless the export was asked to include them; the manifest
lists them with their hashes and says so. The names and the format written here are what
verify.py checks.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from datetime import datetime

from evidence_kit.i18n import tr
from evidence_kit.jsonutil import canonical
from evidence_kit.timeutil import to_iso
from evidence_kit.vault import safe_name

from ..common import TOOL, Selection, is_sensitive, shareable_log
from . import redact, trust

FORMAT = "evidence-kit-bundle"
VERSION = 1
SUMS, SIG, PUBKEY, MANIFEST, LOG, VERIFY = ("SHA256SUMS", "SHA256SUMS.sig", "public-key.pem",
                                            "manifest.json", "custody-log.jsonl", "VERIFY.txt")
_STORED_TYPES = ("image/", "video/", "audio/", "application/zip", "application/pdf", "application/gzip")
ZERO_HASH = "0" * 64
# The README's recipe; `evidence-kit fingerprint` prints the same value from the vault.
FINGERPRINT_RECIPE = "openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum"


# A ZIP written to a stream (into the encryption, for `share`) gives each file's size only after
# its data. This extra field (an id no ZIP tool assigns; others skip it) gives a stored file's
# size before its data, so that `receive` can take the file apart as it is decrypted without
# looking for where it ends (export/bundle/zipstream.py; the central directory has the last word).
SIZE_FIELD_ID = 0x4B45


def size_field(size: int) -> bytes:
    return struct.pack("<HHQ", SIZE_FIELD_ID, 8, size)


def _zinfo(name: str, when: datetime, media_type: str = "") -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    zi.compress_type = (zipfile.ZIP_STORED if media_type.startswith(_STORED_TYPES)
                        else zipfile.ZIP_DEFLATED)
    zi.external_attr = 0o644 << 16
    return zi


EXHIBITS = "exhibits/"


def exhibit_dir(item) -> str:
    return f"{EXHIBITS}{safe_name(item.exhibit or item.id)}"


def write_bundle(out, vault, sel: Selection, *, lang: str, include_sensitive: bool, dossier_id: str,
                 prepared_at: datetime, court_pdf: bytes, court_name: str, progress=None,
                 step_offset: int = 0, total_steps: int | None = None) -> dict:
    """Stream the bundle into the binary file object `out`; returns the manifest."""
    sums: list[tuple[str, str]] = []
    total_steps = total_steps or len(sel.items) + 1
    with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
        def put(name: str, data: bytes, media_type: str = "") -> str:
            zf.writestr(_zinfo(name, prepared_at, media_type), data, compresslevel=6)
            h = hashlib.sha256(data).hexdigest()
            sums.append((h, name))
            return h

        items_out = []
        for n, item in enumerate(sel.items, 1):
            withheld = is_sensitive(item) and not include_sensitive
            files = []
            base = exhibit_dir(item)
            for a in item.artifacts:
                path = f"{base}/{safe_name(a.name)}"
                entry = {"name": a.name, "role": a.role, "media_type": a.media_type, "size": a.size,
                         "sha256": a.sha256}
                if a.source_url:
                    entry["source_url"] = a.source_url
                copy = None if withheld else redact.redacted_warc(vault, item, a)
                if withheld:
                    entry["withheld"] = True
                elif copy is not None:      # a logged-in capture: the copy has no login secrets
                    put(path, copy.data, a.media_type)
                    entry.update(path=path, redacted=copy.info)
                else:
                    h = hashlib.sha256()
                    size = 0
                    zi = _zinfo(path, prepared_at, a.media_type)
                    if zi.compress_type == zipfile.ZIP_STORED:
                        zi.extra = size_field(a.size)
                    with zf.open(zi, "w", force_zip64=a.size > 2**31) as w:
                        for piece in vault.iter_artifact(item.id, a.name):   # checked against the seal
                            h.update(piece)
                            size += len(piece)
                            w.write(piece)
                    digest = h.hexdigest()
                    if digest != a.sha256 or size != a.size:      # iter_artifact already raises; belt and braces
                        from evidence_kit.errors import ObjectDamaged

                        raise ObjectDamaged("error.object_changed", name=item.exhibit)
                    sums.append((digest, path))
                    entry["path"] = path
                files.append(entry)
            extra, trust_info = trust.exhibit_files(vault, item, base, withheld=withheld,
                                                    created=prepared_at, tool=TOOL)
            for p, data, mt in extra:        # record.json, the time stamps, capture.wacz
                put(p, data, mt)
            d = item.to_dict()
            d["artifacts"] = files
            d["files_withheld"] = withheld
            d["trusted_time"], d["trust_files"] = trust_info.pop("trusted_time"), trust_info
            items_out.append(d)
            if progress:
                progress(step_offset + n, total_steps)

        court_sha = put(court_name, court_pdf, "application/pdf")
        log = shareable_log(sel)
        log_bytes = b"".join(canonical(rec) + b"\n" for rec in log)
        log_sha = put(LOG, log_bytes, "application/jsonl")
        pem = vault.public_key_pem()
        put(PUBKEY, pem, "application/x-pem-file")
        extra, trust_info = trust.bundle_files(vault, sel.log)   # custody-head.tsr, PDF certificate
        for p, data, mt in extra:
            put(p, data, mt)
        manifest = {
            "format": FORMAT, "version": VERSION, "dossier_id": dossier_id,
            "created_at": to_iso(prepared_at, ms=True), "tool": TOOL, "language": lang,
            "collector": vault.collector or None, "vault_fingerprint": vault.fingerprint,
            "public_key": PUBKEY, "cases": sel.cases, "include_sensitive": include_sensitive,
            "court_pdf": {"path": court_name, "sha256": court_sha, "size": len(court_pdf)},
            "custody_log": {"path": LOG, "sha256": log_sha, "entries": len(log),
                            "last_hash": log[-1]["hash"] if log else ZERO_HASH,
                            "withheld_entries": sum(1 for r in log if r.get("withheld"))},
            "items": items_out, "trust": trust_info,
        }
        put(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n",
            "application/json")
        put(VERIFY, (verify_text(lang, vault.fingerprint, dossier_id, court_name,
                                 any(i["files_withheld"] for i in items_out))
                     + trust.verify_lines(lang, manifest, court_pdf)).encode("utf-8"), "text/plain")
        sums_bytes = "".join(f"{h}  {name}\n" for h, name in sums).encode("utf-8")
        zf.writestr(_zinfo(SUMS, prepared_at, "text/plain"), sums_bytes)
        zf.writestr(_zinfo(SIG, prepared_at, "application/octet-stream"), vault.sign(sums_bytes))
    return manifest


# How a person checks a bundle with stock tools, step by step: VERIFY.txt and the court dossier's
# appendix both print these (the words' key, then the command to type, if any).
VERIFY_STEPS = (
    ("ex.verify.step_unzip", None),
    ("ex.verify.step_sums", "sha256sum -c SHA256SUMS"),
    ("ex.verify.step_sig", "openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig"),
    ("ex.verify.step_fp_separate", FINGERPRINT_RECIPE),
    ("ex.verify.step_tool_expect", "evidence-kit verify-bundle BUNDLE.zip --expect-fingerprint FINGERPRINT"),
)


def verify_text(lang: str, fingerprint: str, dossier_id: str, court_name: str, withheld: bool) -> str:
    t = lambda k, **kw: tr(k, lang, **kw)  # noqa: E731
    lines = [t("ex.verify.title", id=dossier_id), "", t("ex.verify.intro"), "",
             t("ex.verify.fp"), "", "    " + fingerprint, "", t("ex.verify.fp_separate"), ""]
    for n, (key, cmd) in enumerate(VERIFY_STEPS, 1):
        lines.append(f"{n}. {t(key)}")
        if cmd:
            lines += ["", "    " + cmd, ""]
    lines += ["", t("ex.verify.windows"), "", t("ex.verify.contents", pdf=court_name), "",
              t("ex.verify.means"), ""]
    if withheld:
        lines += [t("ex.verify.withheld"), ""]
    return "\n".join(lines)
