"""Login sessions for captures ("accounts for captures"), kept only inside the vault.

A session is what a browser needs to be logged in to a site: its cookies and its sites' local
storage, in the shape Playwright's `storage_state` uses. It comes from a Netscape `cookies.txt`
file (as browser extensions and yt-dlp write it) or from a browser window in which the person
logged in (capture/login.py). All sessions live in one private, encrypted record of the vault
(`Vault.write_private`); the custody log records only that a session was added or removed, by
name. Nothing of a session is ever written outside the vault, and no value of a cookie is ever
shown, logged or recorded with a capture.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import BadInput
from .timeutil import now_iso

RECORD = "sessions"
FORMAT = 1
MAX_NAME = 64


@dataclass(frozen=True)
class SessionInfo:
    """What may be shown of a session: never its cookies' values."""
    name: str
    added_at: str
    source: str                 # "cookies_file" or "browser"
    sites: tuple[str, ...]      # the sites it holds a login for (cookie domains, storage origins)
    cookies: int
    origins: int

    def to_dict(self) -> dict:
        return {"name": self.name, "added_at": self.added_at, "source": self.source,
                "sites": list(self.sites), "cookies": self.cookies, "origins": self.origins}


def check_name(name: str) -> str:
    """A session's name as typed, tidied; BadInput if it cannot be one."""
    n = unicodedata.normalize("NFC", (name or "").strip())
    if not n or len(n) > MAX_NAME or any(unicodedata.category(c).startswith("C") for c in n):
        raise BadInput("session.bad_name", max=MAX_NAME)
    return n


# ------------------------------------------------------------------------------ cookies.txt
def parse_cookies_txt(text: str) -> list[dict]:
    """Cookies of a Netscape cookies.txt, as Playwright cookie dicts.

    Written by hand rather than with http.cookiejar.MozillaCookieJar, which refuses files without
    the "# Netscape HTTP Cookie File" first line and files whose subdomain flag disagrees with the
    domain's leading dot; browser extensions write both. Lines: domain, include-subdomains flag,
    path, secure, expiry (Unix seconds, 0 = until the browser closes), name, value, separated by
    tabs; "#HttpOnly_" before the domain marks an HttpOnly cookie; other "#" lines are comments."""
    out = []
    for raw in text.splitlines():
        line = raw.rstrip("\r\n")
        http_only = False
        if line.startswith("#HttpOnly_"):
            http_only, line = True, line[len("#HttpOnly_"):]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 6:                     # a cookie with an empty value may lose its last tab
            parts.append("")
        if len(parts) != 7:
            continue
        domain, subdomains, path, secure, expires, name, value = parts
        domain = domain.strip().lower()
        if not domain or not name:
            continue
        if subdomains.strip().upper() == "TRUE" and not domain.startswith("."):
            domain = "." + domain
        try:
            exp = int(float(expires or 0))
        except ValueError:
            exp = 0
        is_secure = secure.strip().upper() == "TRUE"
        # the file does not keep SameSite: a secure cookie may go with the site's own sub-requests
        # (as the browser that set it sent it); a plain one gets the browsers' default, Lax
        out.append({"name": name, "value": value, "domain": domain, "path": path or "/",
                    "expires": exp if exp > 0 else -1, "httpOnly": http_only, "secure": is_secure,
                    "sameSite": "None" if is_secure else "Lax"})
    return out


def state_from_cookies_file(path: str) -> dict:
    from pathlib import Path

    try:
        text = Path(path).expanduser().read_text("utf-8-sig", errors="replace")
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=path) from None
    except OSError:
        raise BadInput("error.cannot_read_file", path=path) from None
    return state_from_text(text, path)


def state_from_text(text: str, where: str = "") -> dict:
    """The storage state of a cookies.txt's text; BadInput if it holds no cookie."""
    cookies = parse_cookies_txt(text)
    if not cookies:
        raise BadInput("session.no_cookies", path=where)
    return {"cookies": cookies, "origins": []}


# ------------------------------------------------------------------------------ in the vault
def _load(vault) -> dict:
    rec = vault.read_private(RECORD) or {}
    return dict(rec.get("sessions") or {})


def _info(entry: dict) -> SessionInfo:
    state = entry.get("storage_state") or {}
    return SessionInfo(entry["name"], entry.get("added_at", ""), entry.get("source", ""),
                       tuple(sites_of(state)), len(state.get("cookies") or []), len(state.get("origins") or []))


def sites_of(state: dict) -> list[str]:
    sites = {c.get("domain", "").lstrip(".") for c in state.get("cookies") or []}
    sites |= {urlsplit(o.get("origin", "")).hostname or "" for o in state.get("origins") or []}
    return sorted(s for s in sites if s)


def list_sessions(vault) -> list[SessionInfo]:
    return [_info(e) for _, e in sorted(_load(vault).items(), key=lambda kv: kv[0].casefold())]


def add_session(vault, name: str, storage_state: dict, source: str, *, replace: bool = False) -> SessionInfo:
    """Seal a session in the vault (one writer at a time: the vault's own lock)."""
    name = check_name(name)
    if not (storage_state.get("cookies") or storage_state.get("origins")):
        raise BadInput("session.empty", name=name)
    vault.require_writable()
    sessions = _load(vault)
    existed = name in sessions
    if existed and not replace:
        raise BadInput("session.exists", name=name)
    entry = {"name": name, "added_at": now_iso(), "source": source,
             "storage_state": {"cookies": list(storage_state.get("cookies") or []),
                               "origins": list(storage_state.get("origins") or [])}}
    sessions[name] = entry
    vault.write_private(RECORD, {"format": FORMAT, "sessions": sessions})
    vault.log_event("session_added", details={"name": name, "source": source, "replaced": existed})
    return _info(entry)


def remove_session(vault, name: str) -> None:
    """Remove a session: its cookies and storage are no longer anywhere in the vault."""
    vault.require_writable()
    sessions = _load(vault)
    key = _find(sessions, name)
    del sessions[key]
    if sessions:
        vault.write_private(RECORD, {"format": FORMAT, "sessions": sessions})
    else:
        vault.delete_private(RECORD)
    vault.log_event("session_removed", details={"name": key})


def load_session(vault, name: str) -> tuple[str, dict]:
    """(name, storage_state) of a stored session; BadInput naming the ones there are if missing."""
    sessions = _load(vault)
    key = _find(sessions, name)
    return key, sessions[key]["storage_state"]


def _find(sessions: dict, name: str) -> str:
    n = unicodedata.normalize("NFC", (name or "").strip())
    if n in sessions:
        return n
    folded = [k for k in sessions if k.casefold() == n.casefold()]
    if len(folded) == 1:
        return folded[0]
    if sessions:
        raise BadInput("session.not_found", name=n, names=", ".join(sorted(sessions)))
    raise BadInput("session.none_yet", name=n)
