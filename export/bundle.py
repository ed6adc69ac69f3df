"""The verification bundle: a ZIP anyone can check with stock tools.

    exhibits/EK-0001/<file>   the sealed originals, byte-identical to the vault
    manifest.json             items, metadata, every file with its SHA-256, the court PDF's hash
    custody-log.jsonl         the custody log, one entry a line, with its hash chain
    court-dossier-<id>.pdf    the court dossier
    VERIFY.txt                how to check all this, in the chosen language
    public-key.pem            the vault's Ed25519 public key
    SHA256SUMS                `sha256sum -c` lines for every file above
    SHA256SUMS.sig            Ed25519 signature of SHA256SUMS (`openssl pkeyutl -verify -rawin`)

Sensitive items' files are withheld unless the export was asked to include them; the manifest
lists them with their hashes and says so.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime

from evidence_kit.i18n import tr
from evidence_kit.jsonutil import canonical
from evidence_kit.timeutil import to_iso
from evidence_kit.vault import safe_name, verify_signature

from . import redact, trust
from .common import TOOL, Selection, is_sensitive, shareable_log

FORMAT = "evidence-kit-bundle"
VERSION = 1
SUMS, SIG, PUBKEY, MANIFEST, LOG, VERIFY = ("SHA256SUMS", "SHA256SUMS.sig", "public-key.pem",
                                            "manifest.json", "custody-log.jsonl", "VERIFY.txt")
ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")
_STORED_TYPES = ("image/", "video/", "audio/", "application/zip", "application/pdf", "application/gzip")
ZERO_HASH = "0" * 64
# The README's recipe; `evidence-kit fingerprint` prints the same value from the vault.
FINGERPRINT_RECIPE = "openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum"
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError)


def _zinfo(name: str, when: datetime, media_type: str = "") -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    zi.compress_type = (zipfile.ZIP_STORED if media_type.startswith(_STORED_TYPES)
                        else zipfile.ZIP_DEFLATED)
    zi.external_attr = 0o644 << 16
    return zi


def exhibit_dir(item) -> str:
    return f"exhibits/{safe_name(item.exhibit or item.id)}"


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
                    with zf.open(_zinfo(path, prepared_at, a.media_type), "w", force_zip64=a.size > 2**31) as w:
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
                     + trust.verify_lines(lang, manifest)).encode("utf-8"), "text/plain")
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


# ----------------------------------------------------------------------------- checking
@dataclass
class BundleProblem:
    code: str
    message: str
    path: str = ""

    def to_dict(self):
        return {"code": self.code, "message": self.message, "path": self.path}


@dataclass
class BundleReport:
    path: str
    problems: list[BundleProblem] = field(default_factory=list)
    files_checked: int = 0
    signature_ok: bool = False
    fingerprint: str = ""
    dossier_id: str = ""
    withheld_files: int = 0
    log_entries: int = 0
    tokens_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"ok": self.ok, "path": self.path, "files_checked": self.files_checked,
                "signature_ok": self.signature_ok, "fingerprint": self.fingerprint,
                "dossier_id": self.dossier_id, "withheld_files": self.withheld_files,
                "log_entries": self.log_entries, "tokens_checked": self.tokens_checked,
                "problems": [p.to_dict() for p in self.problems]}


def _raw_key(pem: bytes) -> bytes | None:
    try:
        text = pem.decode("ascii")
        body = "".join(line for line in text.splitlines() if line and not line.startswith("-----"))
        der = base64.b64decode(body, validate=True)
    except (ValueError, UnicodeDecodeError):
        return None
    if len(der) != 44 or not der.startswith(ED25519_SPKI_PREFIX):
        return None
    return der[12:]


def _parse_sums(data: bytes) -> list[tuple[str, str]] | None:
    out = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line) < 67 or line[64:66] not in ("  ", " *"):
            return None
        h = line[:64].lower()
        if any(c not in "0123456789abcdef" for c in h):
            return None
        out.append((h, line[66:]))
    return out


def _check_structure(infos: list[zipfile.ZipInfo], bad) -> None:
    """The ZIP's own structure, before any content is trusted.

    A ZIP may hold two entries of one name; tools disagree on which they show (Python and
    `unzip -o` take the last, others the first), so an altered copy placed before or after the
    genuine one could be what a person reads while the check passed on the other. Names that
    climb out of the folder (`..`, absolute paths, drive letters), backslashes (a folder separator
    on Windows only), names that differ only in case or Unicode form (one file on Windows and
    macOS), and folder entries that shadow a file are refused for the same reason: what is
    checked must be exactly what is unpacked."""
    import unicodedata
    from collections import Counter

    counts = Counter(i.filename for i in infos)
    for name, n in counts.items():
        if n > 1:
            bad("duplicate", name, count=n)
    files = {i.filename for i in infos if not i.is_dir()}
    folders = {i.filename.rstrip("/") for i in infos if i.is_dir()}
    for name in sorted(files):
        parts = name.split("/")
        for k in range(1, len(parts)):
            folders.add("/".join(parts[:k]))
    for name in sorted(counts):
        parts = name.rstrip("/").split("/")
        if ("\\" in name or name.startswith("/") or ".." in parts or "" in parts[:-1]
                or (len(name) > 1 and name[1] == ":") or any(ord(c) < 32 for c in name)):
            bad("unsafe_name", name)
    for name in sorted(files & folders):
        bad("shadowed", name)
    folded: dict[str, list[str]] = {}
    for name in counts:
        folded.setdefault(unicodedata.normalize("NFC", name).casefold(), []).append(name)
    for names in folded.values():
        if len(names) > 1:
            bad("case_collision", " / ".join(sorted(names)))


def verify_bundle(path, lang: str | None = None, expect_fingerprint: str | None = None) -> BundleReport:
    """Check a bundle as VERIFY.txt tells a person to, and say in words what is wrong.

    With `expect_fingerprint` (64 hex, obtained from the collector through a separate channel),
    a bundle signed with any other key is a problem: the key inside a bundle proves nothing alone."""
    rep = BundleReport(path=str(path))

    def bad(code, p="", **kw):
        rep.problems.append(BundleProblem(code, tr("ex.vb." + code, lang, path=p, **kw), p))

    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        bad("no_file", str(path))
        return rep
    except (zipfile.BadZipFile, OSError, ValueError):
        bad("not_zip", str(path))
        return rep
    with zf:
        infos = zf.infolist()
        _check_structure(infos, bad)
        names = list(dict.fromkeys(i.filename for i in infos if not i.is_dir()))
        present = set(names)

        def read(name) -> bytes | None:
            try:
                return zf.read(name)
            except KeyError:
                bad("missing", name)
            except _ZIP_ERRORS:
                bad("damaged", name)
            return None

        missing = [r for r in (SUMS, SIG, PUBKEY, MANIFEST) if r not in present]
        for required in missing:
            bad("missing", required)
        if missing:
            return rep
        sums = read(SUMS)
        sig = read(SIG)
        pem = read(PUBKEY)
        if sums is None or sig is None or pem is None:
            return rep
        raw = _raw_key(pem)
        if raw is None:
            bad("bad_key", PUBKEY)
        else:
            rep.fingerprint = hashlib.sha256(raw).hexdigest()
            rep.signature_ok = verify_signature(pem, sums, sig)
            if not rep.signature_ok:
                bad("bad_signature", SIG)
        if expect_fingerprint and rep.fingerprint != expect_fingerprint:
            bad("unexpected_key", PUBKEY, found=rep.fingerprint or "—", expected=expect_fingerprint)
        listed = _parse_sums(sums)
        if listed is None:
            bad("bad_sums", SUMS)
            return rep
        listed_names = set()
        for h, name in listed:
            listed_names.add(name)
            if name not in present:
                bad("listed_missing", name)
                continue
            d = hashlib.sha256()
            try:
                with zf.open(name) as f:
                    while True:
                        piece = f.read(1 << 20)
                        if not piece:
                            break
                        d.update(piece)
            except _ZIP_ERRORS:
                bad("damaged", name)
                continue
            rep.files_checked += 1
            if d.hexdigest() != h:
                bad("changed", name)
        for name in names:
            if name not in listed_names and name not in (SUMS, SIG, PUBKEY):
                bad("not_listed", name)
        # the manifest: its own story must agree with the files and the key
        mbytes = read(MANIFEST) if MANIFEST in present else None
        manifest = None
        if mbytes is not None:
            try:
                manifest = json.loads(mbytes.decode("utf-8"))
                if manifest.get("format") != FORMAT:
                    raise ValueError
            except (ValueError, UnicodeDecodeError):
                bad("bad_manifest", MANIFEST)
                manifest = None
        if manifest is not None:
            rep.dossier_id = str(manifest.get("dossier_id", ""))
            if rep.fingerprint and manifest.get("vault_fingerprint") != rep.fingerprint:
                bad("fingerprint_differs", PUBKEY)
            sums_map = {n: h for h, n in listed}
            pdf = manifest.get("court_pdf") or {}
            if pdf.get("path") and sums_map.get(pdf["path"]) not in (None, pdf.get("sha256")):
                bad("manifest_disagrees", pdf["path"])
            for it in manifest.get("items", []):
                for a in it.get("artifacts", []):
                    if a.get("withheld"):
                        rep.withheld_files += 1
                        continue
                    p = a.get("path")
                    if not p or p not in present:
                        bad("listed_missing", p or a.get("name", "?"))
                    elif sums_map.get(p) != (a.get("redacted") or {}).get("sha256", a.get("sha256")):
                        bad("manifest_disagrees", p)
            logp = (manifest.get("custody_log") or {}).get("path", LOG)
            hashes: dict = {}
            if logp in present:
                _check_log(zf, logp, rep, bad, hashes)
            rep.tokens_checked = trust.check_bundle(zf, manifest, sums_map, present, bad, hashes)
    return rep


def _check_log(zf, name, rep, bad, hashes: dict | None = None) -> None:
    try:
        lines = zf.read(name).decode("utf-8").splitlines()
    except _ZIP_ERRORS + (UnicodeDecodeError,):
        bad("damaged", name)
        return
    prev = ZERO_HASH
    expect = 1
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if rec.get("withheld"):
                seq, at_prev, h = rec["seq"], rec["prev"], rec["hash"]
            else:
                e = rec["entry"]
                seq, at_prev, h = e["seq"], e["prev"], rec["hash"]
                if hashlib.sha256(canonical(e)).hexdigest() != h:
                    bad("log_entry_changed", name, seq=seq)
                    return
        except (ValueError, KeyError, TypeError):
            bad("log_unreadable", name, line=n)
            return
        if seq != expect:
            bad("log_gap", name, seq=expect)
            return
        if at_prev != prev:
            bad("log_chain_broken", name, seq=seq)
            return
        prev = h
        expect += 1
        rep.log_entries += 1
        if hashes is not None:
            hashes[seq] = h
