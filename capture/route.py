"""The route a capture takes to the sites: directly, or through a proxy (an HTTP/HTTPS proxy, or a
SOCKS5 proxy such as Tor at socks5://127.0.0.1:9050).

A proxy applies to every request of a capture: the browser's (Playwright's launch option, which
for SOCKS5 also stops the browser resolving names itself), the media the tool fetches again through
the page's browser context, and the tool's own TLS check (`open_tls`, through python-socks). A
capture never falls back to a direct connection when the proxy does not answer: it fails, in words.

What is recorded of a proxy is its scheme, host and port: never a user name or password.
"""

from __future__ import annotations

import ssl

from evidence_kit.proxy import (  # noqa: F401  (moved to the core: trusted-time requests use them too)
    ENV_VAR, SCHEMES, TOR_PORTS, Proxy, choose, is_loopback, parse_proxy, redact)


async def check_tls(host: str, port: int, context: ssl.SSLContext, *, ip: str | None, proxy: Proxy | None,
                    timeout: float) -> None:
    """Make one TLS handshake with `host`:`port` and close: to `ip` when there is no proxy (so that
    the server the browser used is the one checked), else through the proxy (which resolves the
    name). Raises ssl.SSLCertVerificationError, OSError (ConnectionError) or TimeoutError."""
    import asyncio

    if proxy is None:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(ip or host, port, ssl=context, server_hostname=host), timeout)
        writer.close()
        return
    from python_socks import ProxyError, ProxyTimeoutError, ProxyType
    from python_socks.async_.asyncio.v2 import Proxy as SocksProxy

    kind = ProxyType.SOCKS5 if proxy.scheme == "socks5" else ProxyType.HTTP
    via = SocksProxy(kind, proxy.host, proxy.port, proxy.username, proxy.password, rdns=True,
                     proxy_ssl=ssl.create_default_context() if proxy.scheme == "https" else None)
    try:
        stream = await via.connect(host, port, dest_ssl=context, timeout=timeout)
    except ProxyTimeoutError as exc:
        raise TimeoutError(str(exc)) from exc
    except ProxyError as exc:
        raise ConnectionError(f"proxy: {exc}") from exc
    try:
        await stream.close()
    except Exception:
        pass
