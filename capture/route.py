"""The route a capture takes to the sites: directly, or through a proxy (an HTTP/HTTPS proxy, or a
SOCKS5 proxy such as Tor at socks5://127.0.0.1:9050).

A proxy applies to every request of a capture: the browser's (Playwright's launch option, which
for SOCKS5 also stops the browser resolving names itself), the media the tool fetches again through
the page's browser context, and the tool's own TLS check (`open_tls`, through python-socks). A
capture never falls back to a direct connection when the proxy does not answer: it fails, in words.

What is recorded of a proxy is its scheme, host and port: never a user name or password.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from evidence_kit.errors import BadInput


ENV_VAR = "EVIDENCE_KIT_PROXY"
SCHEMES = {"http": "http", "https": "https", "socks5": "socks5", "socks5h": "socks5"}
TOR_PORTS = (9050, 9150)        # the Tor daemon's and the Tor Browser's SOCKS ports


@dataclass(frozen=True)
class Proxy:
    scheme: str                 # "http", "https" or "socks5"
    host: str
    port: int
    username: str | None = None
    password: str | None = None

    @property
    def _netloc(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    @property
    def server(self) -> str:
        """The proxy's address without credentials, e.g. "socks5://127.0.0.1:9050"."""
        return f"{self.scheme}://{self._netloc}"

    @property
    def url(self) -> str:
        """The proxy's URL with its credentials (kept in memory only, to hand to the browser)."""
        if self.username is None:
            return self.server
        from urllib.parse import quote

        cred = quote(self.username, safe="") + ":" + quote(self.password or "", safe="")
        return f"{self.scheme}://{cred}@{self._netloc}"

    def for_playwright(self) -> dict:
        out = {"server": self.server}
        if self.username is not None:
            out.update(username=self.username, password=self.password or "")
        return out

    def record(self) -> dict:
        """What an item records of the route: never credentials."""
        return {"scheme": self.scheme, "host": self.host, "port": self.port}

    @property
    def looks_like_tor(self) -> bool:
        return self.scheme == "socks5" and self.port in TOR_PORTS


def parse_proxy(text: str | None) -> Proxy | None:
    """A proxy from its URL ("", None: no proxy). Raises BadInput (exit 2) in words otherwise."""
    t = (text or "").strip()
    if not t:
        return None
    shown = redact(t)
    if "://" not in t or any(c.isspace() for c in t):
        raise BadInput("capture.bad_proxy", proxy=shown)
    try:
        u = urlsplit(t)
        port = u.port
    except ValueError:
        raise BadInput("capture.bad_proxy", proxy=shown) from None
    scheme = SCHEMES.get(u.scheme.lower())
    if scheme is None:
        raise BadInput("capture.bad_proxy_scheme", proxy=shown)
    if not u.hostname or port is None or not 0 < port < 65536 or (u.path not in ("", "/")) or u.query:
        raise BadInput("capture.bad_proxy", proxy=shown)
    user = unquote(u.username) if u.username is not None else None
    password = unquote(u.password) if u.password is not None else None
    if scheme == "socks5" and user is not None:
        # Chromium has no SOCKS5 authentication: a proxy that needs it would refuse every page
        raise BadInput("capture.proxy_socks_auth", proxy=shown)
    return Proxy(scheme, u.hostname, port, user, password)


def redact(text: str) -> str:
    """A proxy URL with any user name and password replaced by "***" (for messages)."""
    if "@" not in text:
        return text
    head, _, rest = text.partition("://")
    if not rest:
        head, rest = "", text
    return (head + "://" if head else "") + "***@" + rest.rsplit("@", 1)[1]


def choose(option: str | None, *, no_proxy: bool = False, setting: str | None = None) -> Proxy | None:
    """The proxy for a capture: the --proxy option, else none if --no-proxy, else EVIDENCE_KIT_PROXY,
    else the vault's setting (the app's Settings)."""
    if option:
        return parse_proxy(option)
    if no_proxy:
        return None
    env = os.environ.get(ENV_VAR)
    if env:
        return parse_proxy(env)
    return parse_proxy(setting)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() == "localhost"


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
