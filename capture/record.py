"""The capture's record: when, from where, with what, what was changed and what is missing; and
the check of the server's certificate against this computer's trust store."""

from __future__ import annotations

import asyncio
import os
import platform
import ssl
from urllib.parse import urlsplit

from evidence_kit import __version__
from evidence_kit.i18n import tr
from evidence_kit.timeutil import to_iso, utc_now

from .launch import BrowserSession, version_of
from .media import sniff
from .model import PageCapture
from .network import NetworkRecorder
from .page_events import PageEvents
from . import platforms
from .route import check_tls

async def tls_trust(host: str, port: int, *, ip: str | None, proxy=None, timeout: float = 5.0) -> dict:
    """Does this computer's certificate store trust the server's certificate for `host`?

    The browser accepts any certificate so that a page behind a bad one is still captured; a court
    should know whether the certificate was valid, so one more handshake checks it with the system's
    trust store: to the same server address, or through the capture's proxy when there is one."""
    ctx = ssl.create_default_context()
    try:
        await check_tls(host, port, ctx, ip=ip, proxy=proxy, timeout=timeout)
        return {"trusted_by_this_computer": True, "trust_check": None,
                "trust_check_key": "capture.tls.trusted", "trust_check_params": {}}
    except ssl.SSLCertVerificationError as exc:
        reason = exc.verify_message or str(exc)
        return {"trusted_by_this_computer": False, "trust_check": reason,
                "trust_check_key": _TLS_REASONS.get(exc.verify_code, "capture.tls.untrusted"),
                "trust_check_params": {"reason": reason[:300]}}
    except (OSError, ssl.SSLError, asyncio.TimeoutError) as exc:
        return {"trusted_by_this_computer": None,
                "trust_check": f"could not connect again to check: {type(exc).__name__}",
                "trust_check_key": "capture.tls.not_checked",
                "trust_check_params": {"reason": type(exc).__name__}}


def start_tls_check(pc: PageCapture, opts, url: str, wire) -> None:
    """Begin the certificate check of an HTTPS page as soon as it has answered, so that it runs
    while the page loads and is copied (it used to run after everything else)."""
    u = urlsplit(url)
    if u.scheme != "https" or not u.hostname:
        return
    facts = wire.by_url.get(url) or {}
    proxy = opts.route
    ip = None if proxy else facts.get("ip")
    port = (facts.get("port") if not proxy else None) or u.port or 443
    if not proxy and not ip:
        return                               # the address is not known yet: checked at the end
    task = asyncio.ensure_future(tls_trust(u.hostname, int(port), ip=ip, proxy=proxy))
    pc.facts["tls_check"] = (u.hostname, ip, task)


async def finish_tls(pc: PageCapture, opts) -> None:
    """The certificate check's result into metadata["tls"]: the one begun early if it was for the
    page's final address, else a new one."""
    tls, server = pc.metadata.get("tls"), pc.metadata.get("server")
    early = pc.facts.pop("tls_check", None)
    if tls and pc.final_url and (server or opts.route):
        u = urlsplit(pc.final_url)
        host = u.hostname or (server or {}).get("ip")
        ip = server["ip"] if server else None
        if early is not None and early[:2] == (host, ip):
            try:
                tls.update(await asyncio.wait_for(early[2], 10))
                return
            except Exception:
                pass
        port = int(server["port"]) if server else (u.port or 443)
        tls.update(await tls_trust(host, port, ip=ip, proxy=opts.route))
    elif early is not None:
        early[2].cancel()


async def apply_wire(wire, rec: NetworkRecorder, pc: PageCapture) -> None:
    """What the browser's network stack said: each exchange's protocol (and the address where
    Playwright did not give it), the page's certificate chain and the addresses connected to."""
    for ex in rec.exchanges:
        if ex.refetched:          # the tool's own request client, not the browser's network stack
            continue
        ex.protocol = wire.protocol(ex.url)
        if ex.url.startswith("https://"):
            ex.tls_version = wire.tls_version(ex.url)
        facts = wire.by_url.get(ex.url) or {}
        if not ex.ip and facts.get("ip"):
            ex.ip, ex.port = facts["ip"], facts.get("port")
    main = rec.main_document(pc.final_url)
    if main is not None and main.url.startswith("https://"):
        pc.facts["certificate"] = await wire.certificate(main.url)
    pc.facts["addresses"] = wire.addresses()


# OpenSSL's verification codes (X509_V_ERR_*), as reasons a court can read
_TLS_REASONS = {9: "capture.tls.not_yet_valid", 10: "capture.tls.expired",
                18: "capture.tls.self_signed", 19: "capture.tls.self_signed_chain",
                20: "capture.tls.unknown_issuer", 21: "capture.tls.unknown_issuer",
                23: "capture.tls.revoked", 62: "capture.tls.wrong_host", 64: "capture.tls.wrong_host"}


def finish_metadata(session: BrowserSession, pc: PageCapture, rec: NetworkRecorder | None,
                     events: PageEvents | None, elapsed: float) -> None:
    md = pc.metadata
    opts = session.options
    main = rec.main_document(pc.final_url) if rec is not None else None
    chain = rec.chain(main) if (rec is not None and main is not None) else []
    if main is None and rec is not None:      # never answered: the hops that did happen
        hops = [e for e in rec.exchanges if e.main_frame and e.is_navigation]
        chain = rec.chain(hops[-1]) if hops else []
    is_file = any(g["key"] == "capture.gap.file_not_page" for g in pc.gaps)
    if events is not None:
        for d in events.downloads:
            if d.get("data") is not None:
                data = d.pop("data")
                name = d.get("suggested_filename") or "download"
                ex = next((e for e in rec.exchanges if e.url == d["url"]), None) if rec else None
                ctype = (ex.content_type if ex and ex.content_type else sniff(data))
                pc.add(name, data, "download", ctype, source_url=d["url"])
                if pc.status == "sealed" and not is_file:
                    pc.change("capture.change.download", name=name)
    redirects = [{"url": e.url, "status": e.status, "location": e.header("location"),
                  "at": to_iso(e.response_at, ms=True) if e.response_at else None} for e in chain]
    # through a proxy the browser's peer is the proxy: that address is not the site's
    server = {"ip": main.ip, "port": main.port} if main and main.ip and opts.route is None else None
    tls = None
    if main is not None and main.tls:
        t = main.tls
        tls = {"protocol": t.get("protocol"), "issuer": t.get("issuer"), "subject": t.get("subjectName"),
               "valid_from": _epoch_iso(t.get("validFrom")), "valid_to": _epoch_iso(t.get("validTo"))}
        cert = pc.facts.get("certificate")
        if cert:      # as the browser saw it: SAN names, leaf fingerprint, the chain it was sent
            tls.update({k: cert[k] for k in ("san", "leaf_sha256", "chain", "cipher", "key_exchange_group",
                                            "certificate_transparency") if k in cert})
    clock = None
    if main is not None and main.header("date") and main.response_at is not None:
        from email.utils import parsedate_to_datetime
        try:
            server_at = parsedate_to_datetime(main.header("date"))
            diff = (main.response_at - server_at).total_seconds()
            clock = {"server_date": main.header("date"), "local_at_response": to_iso(main.response_at, ms=True),
                     "difference_s": round(diff, 1),
                     "note": "This computer's clock minus the server's Date header; the server states "
                             "whole seconds, so differences under 2 s are normal.",
                     "note_key": "capture.clock.note"}
        except (TypeError, ValueError):
            clock = None
    failed = rec.failed() if rec is not None else []
    downloaded = {d.get("url") for d in (events.downloads if events else [])}
    failed = [e for e in failed if e.url not in downloaded and e is not main]
    if failed and pc.status == "sealed":
        pc.gap("capture.gap.resources_failed", count=len(failed))
    if pc.status == "failed" and not pc.artifacts:
        pc.gap("capture.gap.no_page")
    exchanges = rec.exchanges if rec is not None else []
    md.update({
        "captured_at": {"start": to_iso(pc.started_at, ms=True), "end": to_iso(pc.finished_at or utc_now(), ms=True)},
        "duration_s": round(elapsed, 2),
        "url": pc.url, "final_url": pc.final_url, "title": pc.title,
        "http_status": pc.http_status, "status_text": main.status_text if main else None,
        "redirects": redirects, "server": server, "tls": tls,
        "response_headers": [[k, v] for k, v in main.response_headers] if main else [],
        "clock_check": clock,
        "browser": session.describe(),
        "tools": {"evidence_kit": __version__, "playwright": session.playwright_version,
                  "python": platform.python_version(), "warcio": version_of("warcio")},
        "os": {"system": platform.system(), "release": platform.release(), "version": platform.version()[:200],
               "machine": platform.machine()},
        "network": _network(opts, pc.session),
        "resolved_addresses": _addresses(opts, pc),
        "popup_requests": sum(1 for e in exchanges if e.popup),
        "refetched": [{"url": e.url[:500], "status": e.status, "at": to_iso(e.response_at or e.started_at, ms=True)}
                      for e in exchanges if e.refetched][:100],
        "route": _route(opts),
        "session": {"name": pc.session} if pc.session else None,
        "platform": md.get("platform") or platforms.from_url(pc.final_url or pc.url),
        "dialogs": events.dialogs if events else [], "popups": events.popups if events else [],
        "downloads": events.downloads if events else [],
        "resources": {"requests": len(exchanges), "kept_bytes": rec.kept if rec else 0,
                      "failed": [{"url": e.url[:500], "reason": e.failure} for e in failed[:100]],
                      "not_kept": [{"url": e.url[:500], "reason": e.body_note} for e in exchanges
                                   if e.body_note in ("too_large", "over_budget", "unavailable")][:100]},
        "changes": pc.changes, "gaps": pc.gaps,
        "options": opts.to_dict(),
        "method": "Opened in a fresh browser context (no cookies, no login), scrolled to load late content, "
                  "then saved in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media "
                  "files and a WARC of the requests and responses the browser recorded. See docs/methodology.md.",
        "method_key": "capture.method.fresh_context",
    })
    if pc.session:
        md.update(method=tr("capture.method.with_session", "en", name=pc.session),
                  method_key="capture.method.with_session", method_params={"name": pc.session})
    if pc.status == "failed":
        md.update(error_key=pc.error_key, error_params=pc.error_params, error_detail=pc.error_detail)


def _epoch_iso(v) -> str | None:
    if v is None:
        return None
    from datetime import datetime, timezone
    try:
        return to_iso(datetime.fromtimestamp(float(v), timezone.utc))
    except (TypeError, ValueError, OSError, OverflowError):
        return None


def _network(opts, session_name: str | None) -> dict:
    """What the tool knows of the network. Each English sentence is kept for the record, with the
    key of its text beside it (`<field>_key`) so a document can say it in the reader's language."""
    net = {"logged_in": bool(session_name), "proxy": None,
           "vpn": "not detected by the tool; the collector should state whether a VPN was used",
           "vpn_key": "capture.network.vpn_unknown"}
    proxy = opts.route
    if proxy is not None:
        net.update(proxy=f"every request of this capture went through the proxy {proxy.server}",
                   proxy_key="capture.network.proxy_used", proxy_params={"proxy": proxy.server})
    elif _proxy_in_env():
        net.update(proxy="a proxy is set in the environment (the browser may use it)",
                   proxy_key="capture.network.proxy_set")
    return net


def _addresses(opts, pc: PageCapture) -> dict:
    """The addresses the browser connected to, per host, as it resolved them."""
    if opts.route is not None:
        return {"hosts": [], "note": "Names were resolved by the proxy; this computer did not see the "
                                     "sites' addresses.", "note_key": "capture.addresses.by_proxy"}
    return {"hosts": pc.facts.get("addresses") or [],
            "note": "The address the browser connected to for each host, as its own resolver gave it.",
            "note_key": "capture.addresses.browser"}


def _route(opts) -> dict:
    proxy = opts.route
    if proxy is None:
        return {"proxy": None}
    return {"proxy": proxy.record(),
            "note": "The browser connected to the proxy, not to the site: the site's own address was "
                    "not seen by this computer, and the site saw the proxy's address.",
            "note_key": "capture.route.via_proxy"}


def _proxy_in_env() -> bool:
    return any(os.environ.get(v) for v in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                                           "ALL_PROXY", "all_proxy"))
