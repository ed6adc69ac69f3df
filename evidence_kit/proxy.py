"""The proxy in force: the route every connection of Evidence Kit takes when she has set one (an
HTTP/HTTPS proxy, or a SOCKS5 proxy such as Tor at socks5://127.0.0.1:9050).

Captures (capture/route.py) and trusted-time requests (timestamps.py, and the PDF signature's time
stamp) both go this way: with a proxy set, nothing connects directly, and names are resolved by the
proxy (SOCKS5 with remote DNS, "socks5h"; an HTTP proxy resolves them itself).

Where the proxy comes from, first found wins: the `--proxy` option of the command (or none with
`--no-proxy`), the EVIDENCE_KIT_PROXY variable, the vault's setting `proxy` (the app's Settings).

What is recorded of a proxy is its scheme, host and port: never a user name or password.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from .errors import BadInput

ENV_VAR = "EVIDENCE_KIT_PROXY"
SETTING = "proxy"               # the vault's setting (a URL, "" for none)
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


def configured(vault=None) -> Proxy | None:
    """The proxy in force without a command's options: EVIDENCE_KIT_PROXY, else the vault's
    setting. Raises BadInput when the one set cannot be used (never "no proxy" instead)."""
    setting = vault.settings().get(SETTING) if vault is not None else None
    return choose(None, setting=setting if isinstance(setting, str) else None)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() == "localhost"
