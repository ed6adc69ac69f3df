"""Checking a verification bundle as VERIFY.txt tells a person to, with no vault and no passphrase:
the ZIP's structure, every file against SHA256SUMS, the signature of SHA256SUMS, the manifest
against the files and the key, the custody log's chain, and the trusted-time tokens (trust.py).
Every problem is said in words (`BundleReport.problems`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from evidence_kit.i18n import tr
from evidence_kit.jsonutil import canonical
from evidence_kit.vault import verify_signature

from . import trust
from .write import FORMAT, LOG, MANIFEST, PUBKEY, SIG, SUMS, ZERO_HASH

ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError)


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
    tokens_trusted: int = 0      # of those checked, how many are trusted time (a trusted root)
    untrusted_tokens: list[dict] = field(default_factory=list)   # given as NOT trusted time by the bundle

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"ok": self.ok, "path": self.path, "files_checked": self.files_checked,
                "signature_ok": self.signature_ok, "fingerprint": self.fingerprint,
                "dossier_id": self.dossier_id, "withheld_files": self.withheld_files,
                "log_entries": self.log_entries, "tokens_checked": self.tokens_checked,
                "tokens_trusted": self.tokens_trusted, "untrusted_tokens": self.untrusted_tokens,
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


def verify_bundle(path, lang: str | None = None, expect_fingerprint: str | None = None, *,
                  tee=None, streamed: dict | None = None) -> BundleReport:
    """Check a bundle as VERIFY.txt tells a person to, and say in words what is wrong.

    With `expect_fingerprint` (64 hex, obtained from the collector through a separate channel),
    a bundle signed with any other key is a problem: the key inside a bundle proves nothing alone.

    `tee(name)`, when given, may return a sink for a file listed in SHA256SUMS: its bytes are then
    written into it (`write`) instead of being hashed here, its `sha256()` (lowercase hex of what
    it was given) is checked against the list, and it is closed (`close()`), or `abort()`ed when
    the file cannot be read. Receiving a share seals the exhibits this way, reading them once.

    `streamed`: {name: zipstream.Entry} of entries already read whole as the ZIP streamed in; such an
    entry's SHA-256 is taken as read there, when the central directory puts that very entry at
    the same place, stored the same way, with the same size (else it is read here)."""
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
        buf = bytearray(1 << 20)
        view = memoryview(buf)
        for h, name in listed:
            listed_names.add(name)
            if name not in present:
                bad("listed_missing", name)
                continue
            seen = (streamed or {}).get(name)
            if seen is not None and same_entry(zf, name, seen):
                rep.files_checked += 1
                if seen.sha256 != h:
                    bad("changed", name)
                continue
            sink = tee(name) if tee is not None else None
            d = hashlib.sha256() if sink is None else sink
            write = d.update if sink is None else sink.write
            try:
                with zf.open(name) if sink is None else open_member(zf, name) as f:
                    while n := f.readinto(buf):
                        write(view[:n])
                digest = d.hexdigest() if sink is None else sink.sha256()
                if sink is not None:
                    sink.close()
            except _ZIP_ERRORS:
                if sink is not None:
                    sink.abort()
                bad("damaged", name)
                continue
            except BaseException:
                if sink is not None:
                    sink.abort()
                raise
            rep.files_checked += 1
            if digest != h:
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
            rep.tokens_checked, rep.tokens_trusted = trust.check_bundle(
                zf, manifest, sums_map, present, bad, hashes, lang=lang,
                untrusted=lambda p, reason: rep.untrusted_tokens.append({"path": p, "reason": reason}))
    return rep


def same_entry(zf: zipfile.ZipFile, name: str, seen) -> bool:
    """Whether the central directory puts the entry `name` where the stream read it (`seen`, a
    zipstream.Entry), stored the same way, with the same size."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return False
    return (info.header_offset, info.compress_type, info.compress_size) == (seen.offset, seen.method, seen.compressed)


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


class _StoredMember:
    """The bytes of a ZIP entry stored without compression (photos, videos), read straight from
    the archive's file. Its SHA-256 is what is checked (against the signed SHA256SUMS), so the
    ZIP's CRC-32 is not computed a second time over a large file."""

    def __init__(self, fp, start: int, size: int):
        self._fp, self._pos, self._left = fp, start, size

    def readinto(self, buf) -> int:
        view = memoryview(buf).cast("B")[:max(0, self._left)]
        if not view:
            return 0
        self._fp.seek(self._pos)
        n = self._fp.readinto(view)
        if not n:
            raise EOFError("the archive ends inside a file")
        self._pos += n
        self._left -= n
        return n

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def open_member(zf: zipfile.ZipFile, name: str):
    """A file object over the entry `name` of `zf`: its stored bytes directly when it is stored,
    else zipfile's own reader (which inflates it and checks its CRC-32)."""
    info = zf.getinfo(name)
    if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
        return zf.open(info)
    fp = zf.fp
    fp.seek(info.header_offset)
    head = fp.read(30)
    if len(head) != 30 or head[:4] != b"PK\x03\x04":
        return zf.open(info)
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    local_name = fp.read(name_len)
    if local_name.decode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace") != info.orig_filename:
        return zf.open(info)          # zipfile says in words what is wrong with such an entry
    return _StoredMember(fp, info.header_offset + 30 + name_len + extra_len, info.compress_size)
