"""Which time stamps count as trusted time: the roots a token's signing certificate must chain to.

A token whose signature checks proves only that *someone* holding the key of the certificate inside
it signed the time: anyone can make a certificate with a timeStamping key usage. It is **trusted
time** only when that certificate chains, at the token's genTime, to a trusted root:

- the bundled roots of the built-in authorities (`assets/tsa-roots/`, README there says where each
  came from);
- roots she added herself: `evidence-kit settings --tsa-ca FILE` (kept in the vault's settings,
  `SETTING`, encrypted like everything in it);
- a file named by EVIDENCE_KIT_TSA_CA, for one run (also how someone checking a bundle without a
  vault adds an authority's root).

The chain is validated by pyhanko-certvalidator (RFC 5280 path building and validation: every
signature, name chaining, basic constraints and path length, validity of every certificate at
genTime, extendedKeyUsage timeStamping on the signer). Revocation is not checked: Evidence Kit is
offline-first and fetches no CRL or OCSP answer (nor could it, through her proxy, without telling
the CA which token she checks).

    roots = tsa_trust.roots(vault)                # bundled + the vault's + EVIDENCE_KIT_TSA_CA
    verdict = tsa_trust.chain_trust(signer, certs, gen_time, roots)
    verdict.trusted, verdict.root_sha256, verdict.reason
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime

from .errors import BadInput

ENV = "EVIDENCE_KIT_TSA_CA"
SETTING = "tsa_ca"              # the vault's setting: [{"pem": ..., "sha256": ..., "subject": ...}, ...]
MAX_FILE = 1 << 20              # a root certificate file is a few KiB


@dataclass(frozen=True)
class Root:
    der: bytes
    sha256: str                 # of the DER: the root's fingerprint
    subject: str
    origin: str                 # "bundled", "vault" or "env"
    not_after: str = ""

    def to_dict(self) -> dict:
        return {"sha256": self.sha256, "subject": self.subject, "origin": self.origin,
                "not_after": self.not_after}


@dataclass
class TrustRoots:
    roots: list[Root] = field(default_factory=list)

    @property
    def key(self) -> frozenset:
        return frozenset(r.sha256 for r in self.roots)

    def has(self, sha256: str | None) -> bool:
        return bool(sha256) and any(r.sha256 == sha256 for r in self.roots)

    def add(self, more: list[Root]) -> None:
        have = self.key
        self.roots += [r for r in more if r.sha256 not in have]


@dataclass(frozen=True)
class Verdict:
    trusted: bool
    root_sha256: str = ""       # the root the chain ends in, when trusted
    reason: str = ""            # a message key, when not trusted


# ----------------------------------------------------------------------------- reading certificates
def _der_blocks(data: bytes) -> list[bytes]:
    """Every certificate in a PEM file (one or several), or the one DER certificate."""
    from asn1crypto import pem

    if pem.detect(data):
        return [der for kind, _, der in pem.unarmor(data, multiple=True) if kind == "CERTIFICATE"]
    return [data]


def _root(der: bytes, origin: str) -> Root:
    from asn1crypto import x509

    cert = x509.Certificate.load(der)
    cert.native                                          # parses every field: garbage raises here
    return Root(der=cert.dump(), sha256=hashlib.sha256(cert.dump()).hexdigest(),
                subject=cert.subject.human_friendly, origin=origin,
                not_after=cert["tbs_certificate"]["validity"]["not_after"].native.strftime("%Y-%m-%d"))


def parse_file(data: bytes, origin: str, *, name: str = "") -> list[Root]:
    """The certificates in a root file; BadInput in words when it holds none that can be read."""
    try:
        out = [_root(der, origin) for der in _der_blocks(data)]
    except Exception:
        out = []
    if not out or len(data) > MAX_FILE:
        raise BadInput("ts.ca.bad_file", path=name)
    return out


def read_file(path) -> list[Root]:
    from pathlib import Path

    p = Path(path).expanduser()
    try:
        data = p.read_bytes()
    except OSError:
        raise BadInput("ts.ca.no_file", path=str(path)) from None
    return parse_file(data, "vault", name=str(path))


_bundled: list[Root] | None = None
_bundled_lock = threading.Lock()


def bundled() -> list[Root]:
    """The roots in assets/tsa-roots/ (read once)."""
    global _bundled
    with _bundled_lock:
        if _bundled is None:
            from .resources import asset

            out: list[Root] = []
            folder = asset("tsa-roots")
            for p in sorted(folder.glob("*.pem")) if folder.is_dir() else []:
                out += parse_file(p.read_bytes(), "bundled", name=p.name)
            _bundled = out
        return list(_bundled)


def saved(vault) -> list[Root]:
    """The roots she added to this vault (`settings --tsa-ca`); entries that no longer read are left out."""
    out = []
    entries = vault.settings().get(SETTING) if vault is not None else None
    for e in entries if isinstance(entries, list) else []:
        try:
            out += parse_file(str(e.get("pem", "")).encode("ascii"), "vault")
        except (BadInput, AttributeError, UnicodeEncodeError):
            continue
    return out


def from_env() -> list[Root]:
    """The roots in the file EVIDENCE_KIT_TSA_CA names (for this run). A file that cannot be read
    adds none (and `settings` says so, see env_problem)."""
    path = os.environ.get(ENV)
    if not path:
        return []
    try:
        return [Root(r.der, r.sha256, r.subject, "env", r.not_after) for r in read_file(path)]
    except BadInput:
        return []


def env_problem() -> BadInput | None:
    """Why the file EVIDENCE_KIT_TSA_CA names adds no root, or None."""
    path = os.environ.get(ENV)
    if not path:
        return None
    try:
        read_file(path)
    except BadInput as exc:
        return exc
    return None


def roots(vault=None) -> TrustRoots:
    """Every root trusted now: bundled, then the vault's, then EVIDENCE_KIT_TSA_CA's."""
    out = TrustRoots(list(bundled()))
    out.add(saved(vault))
    out.add(from_env())
    return out


# ----------------------------------------------------------------------------- the vault's list
def pem_text(der: bytes) -> str:
    import base64

    b64 = base64.b64encode(der).decode("ascii")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) \
        + "\n-----END CERTIFICATE-----\n"


def add_to_vault(vault, path) -> list[Root]:
    """Add the certificates in the file `path` to the vault's trusted roots; returns those added."""
    new = read_file(path)
    entries = [e for e in (vault.settings().get(SETTING) or []) if isinstance(e, dict)]
    have = {e.get("sha256") for e in entries}
    added = [r for r in new if r.sha256 not in have]
    if added:
        entries += [{"sha256": r.sha256, "subject": r.subject, "not_after": r.not_after, "pem": pem_text(r.der)}
                    for r in added]
        vault.set_setting(SETTING, entries)
    return added


def remove_from_vault(vault, which: str) -> list[dict]:
    """Remove roots she added: `all`, or one by its SHA-256 (at least 8 leading hex digits, spaces
    and colons ignored). Returns the entries removed; BadInput when none matches."""
    entries = [e for e in (vault.settings().get(SETTING) or []) if isinstance(e, dict)]
    text = which.strip().lower()
    if text in ("all", "none"):
        gone = entries
    else:
        want = text.replace(":", "").replace(" ", "")
        if len(want) < 8 or any(c not in "0123456789abcdef" for c in want):
            raise BadInput("ts.ca.bad_fingerprint", value=which)
        gone = [e for e in entries if str(e.get("sha256", "")).startswith(want)]
        if len(gone) != 1:
            raise BadInput("ts.ca.not_found", value=which)
    if gone:
        vault.set_setting(SETTING, [e for e in entries if e not in gone])
    return gone


# ----------------------------------------------------------------------------- validating a chain
_cache: dict = {}
_cache_lock = threading.Lock()


def chain_trust(signer, certs: list, gen_time: datetime, trust: TrustRoots) -> Verdict:
    """Does `signer` (asn1crypto certificate) chain through `certs` (those the token carries) to a
    root in `trust`, every certificate valid at `gen_time`, the signer's key usage timeStamping?"""
    if not trust.roots:
        return Verdict(False, reason="ts.untrusted.no_root")
    key = (hashlib.sha256(signer.dump()).digest(),
           hashlib.sha256(b"".join(sorted(c.dump() for c in certs))).digest(), gen_time, trust.key)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None:
        return hit
    verdict = _validate(signer, certs, gen_time, trust)
    with _cache_lock:
        if len(_cache) > 4096:
            _cache.clear()
        _cache[key] = verdict
    return verdict


def _validate(signer, certs, gen_time, trust: TrustRoots) -> Verdict:
    from asn1crypto import x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import (InvalidCertificateError, PathBuildingError,
                                              PathValidationError)

    anchors = [x509.Certificate.load(r.der) for r in trust.roots]
    others = [c for c in certs if c.dump() != signer.dump()]

    async def run():
        # trust_roots given explicitly: never the operating system's list; no fetching of anything
        ctx = ValidationContext(trust_roots=anchors, other_certs=others, moment=gen_time,
                                allow_fetching=False, revocation_mode="soft-fail")
        v = CertificateValidator(signer, intermediate_certs=others, validation_context=ctx)
        return await v.async_validate_usage(set(), extended_key_usage={"time_stamping"})

    try:
        path = _run(run)
    except PathBuildingError:
        return Verdict(False, reason="ts.untrusted.no_root")
    except InvalidCertificateError:
        return Verdict(False, reason="ts.untrusted.invalid")
    except PathValidationError:
        return Verdict(False, reason="ts.untrusted.invalid")
    except Exception:
        return Verdict(False, reason="ts.untrusted.invalid")
    anchor = getattr(path.trust_anchor, "authority", None)
    cert = getattr(anchor, "certificate", None)
    if cert is None:
        return Verdict(False, reason="ts.untrusted.invalid")
    sha = hashlib.sha256(cert.dump()).hexdigest()
    return Verdict(True, root_sha256=sha) if trust.has(sha) else Verdict(False, reason="ts.untrusted.invalid")


def _run(factory):
    """Run a coroutine to its end from synchronous code, also when this thread already runs an
    event loop (the PDF signature's time stamp is checked inside pyHanko's)."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()
