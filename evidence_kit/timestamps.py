"""Trusted time: RFC 3161 time-stamp tokens over each item's record, from outside the vault.

An item's **record** is the canonical JSON of what was sealed (id, exhibit, source, addresses,
capture time, status, every artifact's name, size, type and SHA-256, and the metadata). Only its
SHA-256 leaves the computer: a time-stamping authority (TSA) signs "this hash existed at genTime"
and gives back a token. Anyone can later check the token against the record with stock tools
(`openssl ts -verify -data record.json -in X.tsr -CAfile ROOT.pem`).

    from evidence_kit import timestamps
    report = timestamps.stamp_pending(vault)          # ask for every missing token; never raises for a TSA
    report.stamped, report.pending, report.problems
    timestamps.status(item, vault)                    # "stamped" (trusted time) or "pending"
    timestamps.assess(vault, item)                    # each stamp with "trust": trusted | untrusted
    timestamps.record_bytes(item)                     # the exact bytes that were stamped

Sealing never waits for a TSA: stamping runs after items are sealed, and a TSA that is unreachable,
refuses or answers wrongly leaves the item **pending** (`evidence-kit stamp` and the app ask again).
Every reply is checked before it is kept: status granted, the message imprint is our hash, the nonce
is ours, genTime is not before the capture began (allowing CLOCK_ALLOWANCE_S for this computer's
clock running ahead), the token's signature checks with the certificate it names, and that
certificate is a TSA certificate (critical extendedKeyUsage timeStamping) valid at genTime. ASN.1 is
read and written by asn1crypto; signatures are checked by `cryptography` (vault/_crypto.py).

A token that passes these checks is **trusted time** only when its signing certificate chains to a
trusted root (tsa_trust.py: the built-in authorities' roots, or one she added). Anyone can make a
certificate with a timeStamping key usage, so any other token (e.g. one a man in the middle put in
place of the authority's answer) is kept (it is never evidence to throw away) but marked
**untrusted**: it never counts as trusted time, and the item stays pending, so that a trusted
authority is asked again. Trust is judged again whenever it is shown, against the roots trusted
then: a root she adds later makes the tokens that chain to it trusted, one she removes untrusted.

Requests go through the proxy in force (proxy.py: EVIDENCE_KIT_PROXY or the vault's setting, or
the route of the capture just made), with names resolved by the proxy. With a proxy set nothing is
ever sent directly: when it does not answer, the items stay pending and the report says why.

Each token is stored in the vault as an object, with a custody entry `item_stamped` whose replay puts
the stamp on the item (`item.stamps`). `stamp_head` stamps the custody log's newest entry (at export).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
import time
import weakref
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from . import tsa_trust
from .errors import BadInput, EvidenceKitError
from .jsonutil import canonical, canonical_chunks
from .timeutil import from_iso, to_iso

# Independent public authorities whose roots are bundled (assets/tsa-roots/). Whether their
# time is trusted never rests on the connection: a token counts only when its certificate chains
# to a bundled or added root, so an answer changed on the way is kept as "untrusted" at worst.
# HTTPS where the operator offers it keeps the request (a hash) from onlookers and such answers out:
# - Sectigo: https://timestamp.sectigo.com answers RFC 3161 requests over HTTPS as over HTTP.
# - DigiCert documents only http://timestamp.digicert.com; we are not confident that its HTTPS
#   address is offered for time stamps, so it stays as documented.
# FreeTSA (https://freetsa.org/tsr) is not among them: its root is in no package we can take it
# from here, so its tokens could only ever be "untrusted" (README in assets/tsa-roots/).
DEFAULT_TSAS = ("http://timestamp.digicert.com", "https://timestamp.sectigo.com")
# Lists that were the default once: a vault that saved one (Settings, `--tsa default`) follows
# the default of today instead.
FORMER_DEFAULTS = {("http://timestamp.digicert.com", "http://timestamp.sectigo.com", "http://freetsa.org/tsr")}
ENV = "EVIDENCE_KIT_TSA"
SETTING = "tsa"
TIMEOUT_S = 10.0                 # one request; an authority slower than this is "unreachable" for now
CLOCK_ALLOWANCE_S = 300          # genTime may precede the capture's start (by this computer's clock) by this much
MAX_REPLY = 1 << 20
RECORD_FORMAT = "evidence-kit-record"
_OID_TIMESTAMPING = "1.3.6.1.5.5.7.3.8"


class TimestampError(EvidenceKitError):
    """One TSA's answer could not be used (the item stays pending). `.key` says why, in words."""
    key = "ts.err.other"


# ----------------------------------------------------------------------------- configuration
def parse_urls(text: str) -> list[str]:
    """`URL[,URL…]` → a clean list; an address that is not http(s) is bad input, said in words."""
    out = []
    for part in text.replace("\n", ",").split(","):
        url = part.strip()
        if not url:
            continue
        u = urlsplit(url)
        if u.scheme not in ("http", "https") or not u.hostname:
            raise BadInput("ts.bad_url", url=url)
        if url not in out:
            out.append(url)
    return out


def configured_tsas(vault=None) -> list[str]:
    """EVIDENCE_KIT_TSA (comma-separated; empty means none), else the vault's setting, else the
    default list."""
    env = os.environ.get(ENV)
    if env is not None:
        try:
            return parse_urls(env)
        except BadInput:
            return []
    if vault is not None:
        saved = vault.settings().get(SETTING)
        if isinstance(saved, list) and tuple(saved) not in FORMER_DEFAULTS:
            return [u for u in saved if isinstance(u, str)]
    return list(DEFAULT_TSAS)


def tsa_host(url: str) -> str:
    return (urlsplit(url).hostname or url).lower()


# ----------------------------------------------------------------------------- the record
# Metadata that says where a file was on her computer (its path holds her login name): sealed in
# the item, but not part of what is stamped, since record.json goes into every bundle.
LOCAL_KEYS = ("original_path",)


def record(item) -> dict:
    """What is stamped for an item: everything sealed about it, nothing a person may edit later,
    and nothing about where a file was on her computer (LOCAL_KEYS)."""
    return {
        "format": RECORD_FORMAT, "version": 1,
        "id": item.id, "exhibit": item.exhibit, "source": item.source,
        "url": item.url, "final_url": item.final_url, "captured_at": item.captured_at,
        "status": item.status, "http_status": item.http_status,
        "artifacts": [{"name": a.name, "sha256": a.sha256, "size": a.size, "media_type": a.media_type}
                      for a in item.artifacts],
        "metadata": {k: v for k, v in (item.metadata or {}).items() if k not in LOCAL_KEYS},
    }


def record_bytes(item) -> bytes:
    """The exact bytes that are stamped (and that the bundle holds as record.json)."""
    if item.metadata is None:
        raise ValueError("record_bytes needs the item with its metadata (vault.get)")
    return canonical(record(item))


def record_digest(item) -> bytes:
    """SHA-256 of `record_bytes(item)`, the record read a piece at a time (a chat's is large)."""
    if item.metadata is None:
        raise ValueError("record_digest needs the item with its metadata (vault.get)")
    h = hashlib.sha256()
    for piece in canonical_chunks(record(item)):
        h.update(piece)
    return h.digest()


_digests: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()    # vault -> {item id: digest}
_digests_lock = threading.Lock()


def remember_digest(vault, item) -> None:
    """Keep the record digest of an item this program has just sealed, with its metadata still
    in hand: stamping it then need not read its whole manifest back (a chat's transcript, held
    twice over while it is read). Only for metadata whose keys are all strings, as a chat's are
    (made from JSON or by us), so that it is the digest the sealed manifest gives too."""
    digest = record_digest(item)
    with _digests_lock:
        _digests.setdefault(vault, {})[item.id] = digest


def _remembered(vault, item_id: str) -> bytes | None:
    with _digests_lock:
        return _digests.get(vault, {}).get(item_id)


# ----------------------------------------------------------------------------- one token
@dataclass
class Token:
    reply: bytes                 # the whole TimeStampResp, as received (what `openssl ts -reply` writes)
    gen_time: datetime
    serial: int
    tsa_name: str                # the signing certificate's subject
    policy: str
    hash_algorithm: str
    imprint: bytes
    chain: list[str] = field(default_factory=list)   # subjects, signer first
    trusted: bool = False        # the signing certificate chains to a trusted root (tsa_trust.py)
    root_sha256: str = ""        # that root, when trusted
    trust_reason: str = ""       # why not (a message key), when not trusted

    @property
    def gen_time_iso(self) -> str:
        return to_iso(self.gen_time, ms=self.gen_time.microsecond != 0)

    @property
    def trust(self) -> str:
        return TRUSTED if self.trusted else UNTRUSTED


def preload() -> None:
    """Import what asking an authority needs, ahead of the first request (e.g. while a page is
    captured, before the item it stamps is sealed). Never raises."""
    for name in ("asn1crypto.tsp", "urllib.request", "cryptography.x509", "pyhanko_certvalidator",
                 "python_socks.sync.v2"):
        try:
            __import__(name)
        except Exception:
            pass


def build_request(digest: bytes, nonce: int) -> bytes:
    from asn1crypto import tsp

    return tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "nonce": nonce, "cert_req": True}).dump()


def check_reply(reply: bytes, digest: bytes, *, nonce: int | None = None,
                not_before: datetime | None = None, roots: tsa_trust.TrustRoots | None = None) -> Token:
    """Check a TimeStampResp against our hash (and nonce, and the earliest acceptable genTime).
    Returns the token's facts, with whether its certificate chains to one of `roots` (default: the
    bundled roots and EVIDENCE_KIT_TSA_CA's); raises TimestampError with a reason key when the
    token cannot be used at all."""
    from asn1crypto import core, tsp

    class _Status(core.Sequence):      # a refusal carries a status and no token
        _fields = [("status", tsp.PKIStatusInfo), ("token", core.Any, {"optional": True})]

    try:
        st = _Status.load(reply)["status"]["status"].native
    except Exception as exc:
        raise TimestampError("ts.err.garbled") from exc
    if st not in ("granted", "granted_with_mods"):
        raise TimestampError("ts.err.not_granted", status=str(st))
    try:
        token = tsp.TimeStampResp.load(reply)["time_stamp_token"]
        if token["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        sd = token["content"]
        eci = sd["encap_content_info"]
        if eci["content_type"].native != "tst_info":
            raise ValueError("not a TSTInfo")
        tst_der = eci["content"].contents
        info = tsp.TSTInfo.load(tst_der)
        imprint = info["message_imprint"]
        algo = imprint["hash_algorithm"]["algorithm"].native
        message = imprint["hashed_message"].native
        gen_time = info["gen_time"].native
        serial = info["serial_number"].native
        policy = info["policy"].dotted
        their_nonce = info["nonce"].native
    except TimestampError:
        raise
    except Exception as exc:
        raise TimestampError("ts.err.garbled") from exc
    if algo != "sha256" or message != digest:
        raise TimestampError("ts.err.imprint")
    if nonce is not None and their_nonce != nonce:
        raise TimestampError("ts.err.nonce")
    if gen_time.tzinfo is None:
        gen_time = gen_time.replace(tzinfo=timezone.utc)
    if not_before is not None and gen_time < not_before - timedelta(seconds=CLOCK_ALLOWANCE_S):
        raise TimestampError("ts.err.gen_time", gen_time=to_iso(gen_time), start=to_iso(not_before))
    chain, signer, certs = _check_signature(sd, tst_der, gen_time)
    verdict = tsa_trust.chain_trust(signer, certs, gen_time, roots if roots is not None else tsa_trust.roots())
    return Token(reply=bytes(reply), gen_time=gen_time, serial=int(serial), tsa_name=chain[0],
                 policy=policy, hash_algorithm=algo, imprint=message, chain=chain,
                 trusted=verdict.trusted, root_sha256=verdict.root_sha256, trust_reason=verdict.reason)


def _check_signature(sd, tst_der: bytes, gen_time: datetime) -> tuple[list[str], object, list]:
    """The token's one SignerInfo: its signed attributes bind the TSTInfo and the signing
    certificate, its signature checks with that certificate's key, and the certificate is a TSA's,
    valid at genTime. Returns the subjects of the certificates in the token (signer first), the
    signing certificate and every certificate the token carries (asn1crypto). Whether any of them
    leads to a trusted root is tsa_trust's question, not this one's."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    from .vault._crypto import verify_certificate_signature

    infos = list(sd["signer_infos"])
    if len(infos) != 1:
        raise TimestampError("ts.err.signature")
    si = infos[0]
    certs = [c.chosen for c in sd["certificates"] if c.name == "certificate"] if sd["certificates"].native else []
    sid = si["sid"]
    signer = None
    for c in certs:
        if sid.name == "issuer_and_serial_number":
            if (c.issuer == sid.chosen["issuer"] and c.serial_number == sid.chosen["serial_number"].native):
                signer = c
        elif c.key_identifier == sid.chosen.native:
            signer = c
        if signer is not None:
            break
    if signer is None:
        raise TimestampError("ts.err.no_certificate")
    hash_name = si["digest_algorithm"]["algorithm"].native
    if hash_name not in ("sha256", "sha384", "sha512"):
        raise TimestampError("ts.err.signature")
    attrs = si["signed_attrs"]
    if not attrs.native:
        raise TimestampError("ts.err.signature")
    found = {a["type"].native: a["values"][0] for a in attrs}
    if found.get("content_type") is None or found["content_type"].native != "tst_info":
        raise TimestampError("ts.err.signature")
    if found.get("message_digest") is None or \
            found["message_digest"].native != hashlib.new(hash_name, tst_der).digest():
        raise TimestampError("ts.err.signature")
    # ESS: the signed attributes name the certificate that signs (RFC 3161 section 2.4.1, RFC 5816)
    cert_der = signer.dump()
    ess = found.get("signing_certificate_v2") or found.get("signing_certificate")
    if ess is None:
        raise TimestampError("ts.err.no_certificate")
    first = ess["certs"][0]
    ess_algo = first["hash_algorithm"]["algorithm"].native if "hash_algorithm" in first else "sha1"
    if first["cert_hash"].native != hashlib.new(ess_algo, cert_der).digest():
        raise TimestampError("ts.err.no_certificate")
    sig_algo = si["signature_algorithm"]
    scheme = sig_algo.signature_algo
    salt = None
    if scheme == "rsassa_pss":
        salt = sig_algo["parameters"]["salt_length"].native
    # the signature covers the attributes as a SET (RFC 5652 section 5.4)
    to_check = b"\x31" + attrs.dump()[1:]
    if not verify_certificate_signature(signer.public_key.dump(), to_check, si["signature"].native,
                                        scheme=scheme, hash_name=hash_name, pss_salt_length=salt):
        raise TimestampError("ts.err.signature")
    # the certificate: a TSA's (critical EKU timeStamping only), valid when it signed
    cert = x509.load_der_x509_certificate(cert_der)
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        raise TimestampError("ts.err.not_tsa_certificate") from None
    if not eku.critical or ExtendedKeyUsageOID.TIME_STAMPING not in eku.value:
        raise TimestampError("ts.err.not_tsa_certificate")
    if not (cert.not_valid_before_utc <= gen_time <= cert.not_valid_after_utc):
        raise TimestampError("ts.err.certificate_expired")
    # the other certificates the token carries: each must be issued by the next one, if there
    ordered = [cert]
    rest = [x509.load_der_x509_certificate(c.dump()) for c in certs if c.dump() != cert_der]
    while rest:
        nxt = next((c for c in rest if c.subject == ordered[-1].issuer), None)
        if nxt is None or nxt == ordered[-1]:
            break
        try:
            ordered[-1].verify_directly_issued_by(nxt)
        except Exception:
            raise TimestampError("ts.err.certificate_chain") from None
        ordered.append(nxt)
        rest.remove(nxt)
    return [c.subject.rfc4514_string() for c in ordered], signer, certs


# ----------------------------------------------------------------------------- the way out
_FROM_SETTINGS = object()       # "the proxy in force": EVIDENCE_KIT_PROXY, else the vault's setting


def configured_route(vault=None):
    """The proxy requests go through (proxy.Proxy), or None for a direct connection. A proxy that
    is set but cannot be used raises TimestampError: never a direct connection in its place."""
    from . import proxy as proxy_mod

    try:
        return proxy_mod.configured(vault)
    except BadInput as exc:
        raise TimestampError("ts.err.proxy_bad", detail=exc.message()) from None


def _route(vault, proxy):
    return configured_route(vault) if proxy is _FROM_SETTINGS else proxy


def post_query(url: str, body: bytes, *, proxy=None, timeout: float = TIMEOUT_S) -> bytes:
    """POST a time-stamp query to `url` and return the reply's body (HTTP 200 only). Through
    `proxy` (proxy.Proxy) when one is given, which then also resolves the authority's name; else
    directly. Raises TimestampError in words."""
    timeout = min(timeout, TIMEOUT_S)
    if proxy is not None:
        return _post_via(proxy, url, body, timeout)
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/timestamp-query",
                                          "Accept": "application/timestamp-reply",
                                          "User-Agent": "Evidence Kit"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            reply = r.read(MAX_REPLY + 1)
    except urllib.error.HTTPError as exc:
        raise TimestampError("ts.err.http", status=exc.code) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise TimestampError("ts.err.unreachable") from exc
    if len(reply) > MAX_REPLY:
        raise TimestampError("ts.err.garbled")
    return reply


class _Received:
    """What http.client.HTTPResponse reads a whole received answer from."""

    def __init__(self, data: bytes):
        self._data = data

    def makefile(self, *_a, **_k):
        import io

        return io.BytesIO(self._data)


def _post_via(proxy, url: str, body: bytes, timeout: float) -> bytes:
    """One HTTP/1.1 POST through an HTTP(S) proxy (CONNECT) or a SOCKS5 proxy with remote name
    resolution (python-socks, rdns): this computer never looks the authority's name up."""
    import http.client
    import ssl

    from python_socks import ProxyConnectionError, ProxyError, ProxyTimeoutError, ProxyType
    from python_socks.sync.v2 import Proxy as SocksProxy

    u = urlsplit(url)
    https = u.scheme == "https"
    try:
        port = u.port or (443 if https else 80)
    except ValueError:
        raise TimestampError("ts.err.unreachable") from None
    host = u.hostname or ""
    kind = ProxyType.SOCKS5 if proxy.scheme == "socks5" else ProxyType.HTTP
    via = SocksProxy(kind, proxy.host, proxy.port, proxy.username, proxy.password, rdns=True,
                     proxy_ssl=ssl.create_default_context() if proxy.scheme == "https" else None)
    shown = proxy.server
    deadline = time.monotonic() + timeout
    try:
        stream = via.connect(host, port, dest_ssl=ssl.create_default_context() if https else None,
                             timeout=timeout)
    except (ProxyConnectionError, ProxyTimeoutError):
        raise TimestampError("ts.err.proxy", proxy=shown) from None
    except ProxyError:
        raise TimestampError("ts.err.proxy_tsa", proxy=shown) from None
    except ssl.SSLError:
        raise TimestampError("ts.err.tls") from None
    except OSError:
        raise TimestampError("ts.err.proxy", proxy=shown) from None
    try:
        target = (u.path or "/") + (f"?{u.query}" if u.query else "")
        netloc = f"[{host}]" if ":" in host else host
        if u.port:
            netloc += f":{u.port}"
        head = (f"POST {target} HTTP/1.1\r\nHost: {netloc}\r\n"
                "Content-Type: application/timestamp-query\r\nAccept: application/timestamp-reply\r\n"
                f"User-Agent: Evidence Kit\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n")
        stream.socket.settimeout(timeout)
        stream.write(head.encode("ascii") + body)
        got, size = [], 0
        while True:
            if time.monotonic() > deadline:
                raise TimestampError("ts.err.unreachable")
            try:
                piece = stream.read(65536)
            except (ssl.SSLEOFError, ssl.SSLZeroReturnError):
                piece = b""
            if not piece:
                break
            size += len(piece)
            if size > MAX_REPLY + 65536:
                raise TimestampError("ts.err.garbled")
            got.append(piece)
    except TimestampError:
        raise
    except (OSError, ValueError):
        raise TimestampError("ts.err.unreachable") from None
    finally:
        try:
            stream.close()
        except Exception:
            pass
    resp = http.client.HTTPResponse(_Received(b"".join(got)))
    try:
        resp.begin()
        reply = resp.read()
    except (http.client.HTTPException, OSError, ValueError):
        raise TimestampError("ts.err.garbled") from None
    if resp.status != 200:
        raise TimestampError("ts.err.http", status=resp.status)
    if len(reply) > MAX_REPLY:
        raise TimestampError("ts.err.garbled")
    return reply


def request_token(url: str, digest: bytes, *, not_before: datetime | None = None,
                  timeout: float = TIMEOUT_S, proxy=None, roots: tsa_trust.TrustRoots | None = None) -> Token:
    """Ask one TSA for a token over `digest` (SHA-256), with a fresh nonce and certReq, through
    `proxy` when one is given; check it (and whether it chains to one of `roots`)."""
    nonce = secrets.randbits(63)
    reply = post_query(url, build_request(digest, nonce), proxy=proxy, timeout=timeout)
    return check_reply(reply, digest, nonce=nonce, not_before=not_before, roots=roots)


# ----------------------------------------------------------------------------- trust of stored stamps
TRUSTED, UNTRUSTED = "trusted", "untrusted"


def _token_trust(reply: bytes, trust: tsa_trust.TrustRoots) -> tsa_trust.Verdict:
    """The trust of a stored token (its imprint and nonce were checked when it arrived)."""
    from asn1crypto import tsp

    try:
        resp = tsp.TimeStampResp.load(reply)
        sd = resp["time_stamp_token"]["content"]
        tst_der = sd["encap_content_info"]["content"].contents
        gen_time = tsp.TSTInfo.load(tst_der)["gen_time"].native
        if gen_time.tzinfo is None:
            gen_time = gen_time.replace(tzinfo=timezone.utc)
        _, signer, certs = _check_signature(sd, tst_der, gen_time)
    except TimestampError as exc:
        return tsa_trust.Verdict(False, reason=exc.key)
    except Exception:
        return tsa_trust.Verdict(False, reason="ts.err.garbled")
    return tsa_trust.chain_trust(signer, certs, gen_time, trust)


def stamp_trust(vault, stamp: dict, trust: tsa_trust.TrustRoots | None = None) -> tsa_trust.Verdict:
    """Whether a stored stamp is trusted time now. A stamp that chained to a root still trusted is
    (the chain and its validity at genTime do not change); any other is judged again from its token."""
    trust = trust if trust is not None else tsa_trust.roots(vault)
    if stamp.get("trust") == TRUSTED and trust.has(stamp.get("root_sha256")):
        return tsa_trust.Verdict(True, root_sha256=stamp["root_sha256"])
    if vault is None:
        return tsa_trust.Verdict(False, reason="ts.untrusted.no_root")
    try:
        reply = read_token(vault, stamp)
    except Exception:
        return tsa_trust.Verdict(False, reason="ts.untrusted.unreadable")
    return _token_trust(reply, trust)


def assess(vault, item, trust: tsa_trust.TrustRoots | None = None) -> list[dict]:
    """Each stamp of `item` with `trust` ("trusted" or "untrusted"), the root it leads to
    (`trust_root`, SHA-256) or, when untrusted, why (`trust_reason`, a message key)."""
    if not item.stamps:
        return []
    trust = trust if trust is not None else tsa_trust.roots(vault)
    out = []
    for s in item.stamps:
        v = stamp_trust(vault, s, trust)
        out.append({**s, "trust": TRUSTED if v.trusted else UNTRUSTED,
                    "trust_reason": "" if v.trusted else v.reason, "trust_root": v.root_sha256})
    return out


def trusted_stamps(vault, item, trust: tsa_trust.TrustRoots | None = None) -> list[dict]:
    return [s for s in assess(vault, item, trust) if s["trust"] == TRUSTED]


def status(item, vault=None, trust: tsa_trust.TrustRoots | None = None) -> str:
    """"stamped" when the item has a trusted time, else "pending" (no token, or only untrusted ones)."""
    return "stamped" if trusted_stamps(vault, item, trust) else "pending"


def untrusted_words(reason: str, lang: str | None = None) -> str:
    """Why a token is not trusted time, in words."""
    from .i18n import tr

    return tr(reason if reason.startswith(("ts.untrusted.", "ts.err.")) else "ts.untrusted.invalid", lang)


def view(item, tsas: list[str] | None = None, vault=None, trust: tsa_trust.TrustRoots | None = None) -> list[dict]:
    """Each stamp as `show --json` lists it ("stamped" when it is trusted time, "untrusted" when
    not, with `untrusted_reason` in words), plus a pending line for each configured TSA without a
    trusted stamp."""
    out = []
    for s in assess(vault, item, trust):
        row = {"tsa": s["tsa"], "tsa_name": s.get("tsa_name", ""), "gen_time": s["gen_time"],
               "serial": s.get("serial", ""), "status": "stamped" if s["trust"] == TRUSTED else UNTRUSTED}
        if s["trust"] != TRUSTED:
            row["untrusted_reason"] = untrusted_words(s["trust_reason"])
        out.append(row)
    have = {r["tsa"] for r in out if r["status"] == "stamped"}
    for url in tsas or []:
        if url not in have:
            out.append({"tsa": url, "tsa_name": "", "gen_time": None, "serial": "", "status": "pending"})
    return out


# ----------------------------------------------------------------------------- stamping items
@dataclass
class StampReport:
    stamped: list[str] = field(default_factory=list)       # item ids that received trusted time now
    pending: list[str] = field(default_factory=list)       # item ids that still have no trusted time
    untrusted: list[str] = field(default_factory=list)     # item ids that received an untrusted token now
    tokens: int = 0
    problems: dict[str, TimestampError] = field(default_factory=dict)   # TSA url (or "proxy", "vault") -> why
    tsas: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"stamped": self.stamped, "pending": self.pending, "untrusted": self.untrusted,
                "tokens": self.tokens, "tsas": self.tsas,
                "problems": {u: {"key": e.key, "message": e.message()} for u, e in self.problems.items()}}


def _store(vault, url: str, token: Token, record_sha: str) -> dict:
    from .vault.objects import KIND_ARTIFACT

    ref = vault.objects.put_bytes(token.reply, KIND_ARTIFACT, durable=vault.durable)
    out = {"tsa": url, "tsa_name": token.tsa_name, "gen_time": token.gen_time_iso,
           "serial": format(token.serial, "x"), "policy": token.policy,
           "name": f"timestamp-{tsa_host(url)}-{format(token.serial, 'x')[-16:]}.tsr",
           "object": ref.name, "sha256": ref.sha256, "size": ref.size, "record_sha256": record_sha,
           "hash_algorithm": token.hash_algorithm, "trust": token.trust}
    if token.trusted:
        out["root_sha256"] = token.root_sha256
    else:
        out["trust_reason"] = token.trust_reason
    return out


def _untrusted_problem(tok: Token) -> TimestampError:
    return TimestampError("ts.err.untrusted", name=tok.tsa_name, why=untrusted_words(tok.trust_reason))


def stamp_pending(vault, item_ids=None, *, tsas: list[str] | None = None, budget_s: float | None = None,
                  workers: int = 4, should_stop=None, timeout_s: float = TIMEOUT_S, proxy=_FROM_SETTINGS,
                  trust: tsa_trust.TrustRoots | None = None) -> StampReport:
    """Ask every configured TSA that has not given an item trusted time yet (all items, or `item_ids`).

    Never raises for a TSA: a TSA that fails once is left alone for the rest of this round (so an
    offline computer costs one failed connection per TSA, not one per item). `budget_s` bounds the
    whole round. Tokens are stored and logged as they arrive; a round cut short loses nothing.
    Requests go through `proxy` (default: the proxy in force, see configured_route); with a proxy
    set but unusable nothing is sent. A token that is not trusted time is kept (one per authority
    and item: asking again does not pile up copies) and the item stays pending."""
    tsas = configured_tsas(vault) if tsas is None else list(tsas)
    rep = StampReport(tsas=list(tsas))
    trust = trust if trust is not None else tsa_trust.roots(vault)
    ids = list(item_ids) if item_ids is not None else [i.id for i in vault.items()]
    # which stamps each has: from the index (an item's metadata, a chat's whole transcript, is
    # read only by the worker that stamps it, and let go when that one is done)
    summaries = {i.id: i for i in vault.items()}
    todo = []
    captured: dict[str, str] = {}
    it = None
    for iid in ids:
        it = summaries.get(iid) or vault.get(iid)
        judged = assess(vault, it, trust)
        have = {s["tsa"] for s in judged if s["trust"] == TRUSTED}
        kept = {s["tsa"] for s in judged if s["trust"] != TRUSTED}
        missing = [u for u in tsas if u not in have]
        if missing:
            todo.append((it.id, missing, bool(have), kept))
            captured[it.id] = it.captured_at
    del summaries, it
    try:
        route = _route(vault, proxy) if todo and tsas else None
    except TimestampError as exc:            # a proxy is set but cannot be used: nothing is sent
        rep.problems = {"proxy": exc}
        rep.pending = [iid for iid, _, had, _ in todo if not had]
        return rep
    if not todo or not tsas:
        rep.pending = [iid for iid, _, had, _ in todo if not had]
        return rep
    deadline = time.monotonic() + budget_s if budget_s else None
    down: dict[str, TimestampError] = {}
    lock = threading.Lock()
    untrusted_now: set[str] = set()

    def one(iid: str, missing: list[str], kept: set[str]) -> bool:
        digest = _remembered(vault, iid)
        if digest is None:
            digest = record_digest(vault.get(iid))
        start = from_iso(captured[iid])
        got = []
        for url in missing:
            with lock:
                if url in down:
                    continue
            left = None if deadline is None else deadline - time.monotonic()
            if (left is not None and left <= 0.5) or (should_stop and should_stop()):
                break
            try:
                tok = request_token(url, digest, not_before=start, proxy=route, roots=trust,
                                    timeout=timeout_s if left is None else min(timeout_s, left))
            except TimestampError as exc:
                with lock:
                    down.setdefault(url, exc)
                continue
            if not tok.trusted:
                with lock:
                    down.setdefault(url, _untrusted_problem(tok))   # said once, not asked again this round
                if url in kept:
                    continue                  # one untrusted token per authority is enough to keep
                with lock:
                    untrusted_now.add(iid)
            got.append(_store(vault, url, tok, digest.hex()))
        if got:
            vault.log_event("item_stamped", items=[iid], details={"stamps": got})
            with lock:
                rep.tokens += len(got)
        return any(s["trust"] == TRUSTED for s in got)

    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max(1, min(workers, len(todo))),
                                               thread_name_prefix="stamp") as pool:
        futures = {pool.submit(one, iid, missing, kept): (iid, had) for iid, missing, had, kept in todo}
        for f in concurrent.futures.as_completed(futures):
            iid, had = futures[f]
            try:
                ok = f.result()
            except EvidenceKitError as exc:          # the vault refused a write: say so, keep going
                with lock:
                    down.setdefault("vault", TimestampError("ts.err.store", detail=exc.message()))
                ok = False
            if ok:
                rep.stamped.append(iid)
            elif not had:
                rep.pending.append(iid)
    rep.problems = down
    order = {iid: n for n, iid in enumerate(ids)}
    rep.untrusted = sorted(untrusted_now, key=order.get)
    rep.stamped.sort(key=order.get)
    rep.pending.sort(key=order.get)
    return rep


def stamp_head(vault, *, tsas: list[str] | None = None, budget_s: float = TIMEOUT_S, proxy=_FROM_SETTINGS,
               trust: tsa_trust.TrustRoots | None = None) -> dict | None:
    """Stamp the custody log's newest entry (its hash is the imprint) with the first TSA that
    answers with trusted time, and record it (event `log_stamped`, the token inside the entry).
    None if none did: an export anchors its log only in trusted time, and nothing is sent when a
    proxy is set but cannot be used."""
    import base64

    tsas = configured_tsas(vault) if tsas is None else list(tsas)
    seq, h = vault.head()
    if not tsas or not seq:
        return None
    try:
        route = _route(vault, proxy)
    except TimestampError:
        return None
    trust = trust if trust is not None else tsa_trust.roots(vault)
    deadline = time.monotonic() + budget_s
    for url in tsas:
        left = deadline - time.monotonic()
        if left <= 0.5:
            break
        try:
            tok = request_token(url, bytes.fromhex(h), timeout=min(TIMEOUT_S, left), proxy=route, roots=trust)
        except TimestampError:
            continue
        if not tok.trusted:
            continue
        stamp = {"seq": seq, "hash": h, "tsa": url, "tsa_name": tok.tsa_name, "gen_time": tok.gen_time_iso,
                 "serial": format(tok.serial, "x"), "token_sha256": hashlib.sha256(tok.reply).hexdigest(),
                 "token": base64.b64encode(tok.reply).decode("ascii"), "trust": TRUSTED,
                 "root_sha256": tok.root_sha256}
        vault.log_event("log_stamped", details=stamp)
        return stamp
    return None


def head_trust(stamp: dict, trust: tsa_trust.TrustRoots) -> tsa_trust.Verdict:
    """Whether a custody head's stamp (its token inline) is trusted time now."""
    import base64

    if stamp.get("trust") == TRUSTED and trust.has(stamp.get("root_sha256")):
        return tsa_trust.Verdict(True, root_sha256=stamp["root_sha256"])
    try:
        reply = base64.b64decode(stamp["token"])
    except (KeyError, ValueError, TypeError):
        return tsa_trust.Verdict(False, reason="ts.untrusted.unreadable")
    return _token_trust(reply, trust)


def read_token(vault, stamp: dict) -> bytes:
    """A stored token's bytes, checked against its recorded SHA-256."""
    from .vault.objects import KIND_ARTIFACT

    return vault.objects.read_bytes(stamp["object"], KIND_ARTIFACT, expected_sha256=stamp["sha256"])
