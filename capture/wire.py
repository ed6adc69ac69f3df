"""What the browser's own network stack says about each response, through the DevTools protocol:
the protocol actually used (h2, http/1.1, h3), the address it connected to, and for HTTPS the TLS
details and the certificate chain exactly as the browser saw them. Playwright's API does not give
these, so one more DevTools session listens on each page (it keeps no response bodies).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
from urllib.parse import urlsplit

from evidence_kit.timeutil import to_iso

WARC_TLS = {"TLS 1.3": "tls/1.3", "TLS 1.2": "tls/1.2", "TLS 1.1": "tls/1.1", "TLS 1.0": "tls/1.0",
            "QUIC": "quic"}


class Wire:
    def __init__(self):
        self.by_url: dict[str, dict] = {}        # URL -> facts of its last response
        self._sessions: list = []

    async def attach(self, ctx, page) -> None:
        """Listen on `page` (the captured page, or a pop-up). Never fails the capture."""
        try:
            cdp = await ctx.new_cdp_session(page)
            cdp.on("Network.responseReceived", self._on_response)
            await cdp.send("Network.enable", {"maxTotalBufferSize": 1, "maxResourceBufferSize": 1})
            self._sessions.append(cdp)
        except Exception:
            pass

    def _on_response(self, event: dict) -> None:
        r = event.get("response") or {}
        url = r.get("url") or ""
        if not url.startswith(("http://", "https://")):
            return
        facts = {"protocol": (r.get("protocol") or "").lower() or None, "ip": r.get("remoteIPAddress") or None,
                 "port": r.get("remotePort"), "security": r.get("securityDetails")}
        self.by_url[url] = facts

    def protocol(self, url: str) -> str | None:
        """The protocol the browser used for this URL ("h2", "http/1.1", "h3"...), or None when
        it was not seen (never guessed from another URL of the same site)."""
        f = self.by_url.get(url)
        return f["protocol"] if f else None

    def tls_version(self, url: str) -> str | None:
        f = self.by_url.get(url) or {}
        sec = f.get("security") or {}
        return WARC_TLS.get(sec.get("protocol") or "")

    async def certificate(self, url: str, timeout: float = 3.0) -> dict | None:
        """The TLS details of `url`'s response as the browser saw them: protocol, cipher, SAN
        names, and the certificate chain (each certificate's SHA-256 fingerprint over its DER
        bytes, subject, issuer, validity), leaf first."""
        f = self.by_url.get(url) or {}
        sec = f.get("security")
        if not sec or not self._sessions:
            return None
        out = {"protocol": sec.get("protocol"), "cipher": sec.get("cipher"),
               "key_exchange_group": sec.get("keyExchangeGroup") or None,
               "san": list(sec.get("sanList") or []),
               "certificate_transparency": sec.get("certificateTransparencyCompliance"),
               "chain": []}
        try:
            got = await asyncio.wait_for(self._sessions[0].send("Network.getCertificate",
                                                                {"origin": _origin(url)}), timeout)
        except Exception:
            got = {}
        for der_b64 in got.get("tableNames") or []:
            try:
                der = base64.b64decode(der_b64)
            except ValueError:
                continue
            out["chain"].append(describe_certificate(der))
        if out["chain"]:
            out["leaf_sha256"] = out["chain"][0]["sha256"]
        return out

    def addresses(self) -> list[dict]:
        """[{"host", "addresses"}]: the addresses the browser connected to for each host."""
        out: dict[str, set[str]] = {}
        for url, f in self.by_url.items():
            host = urlsplit(url).hostname
            if host and f.get("ip"):
                out.setdefault(host, set()).add(f["ip"])
        return [{"host": h, "addresses": sorted(ips)} for h, ips in sorted(out.items())]

    async def detach(self) -> None:
        for s in self._sessions:
            try:
                await asyncio.wait_for(s.detach(), 2)
            except Exception:
                pass
        self._sessions = []


def describe_certificate(der: bytes) -> dict:
    """SHA-256 of the DER bytes, and the names and dates a person reads."""
    out = {"sha256": hashlib.sha256(der).hexdigest(), "der_bytes": len(der)}
    try:
        from cryptography import x509

        cert = x509.load_der_x509_certificate(der)
        out.update(subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string(),
                   serial=format(cert.serial_number, "x"),
                   not_before=to_iso(cert.not_valid_before_utc), not_after=to_iso(cert.not_valid_after_utc))
    except Exception:        # a certificate this library cannot read: its hash still stands
        pass
    return out


def _origin(url: str) -> str:
    u = urlsplit(url)
    return f"{u.scheme}://{u.netloc}"
