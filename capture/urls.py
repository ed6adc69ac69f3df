"""Reading the addresses a person gives: from the command line, a file, or the app's text box."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from evidence_kit.errors import BadInput

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_BARE_HOST = re.compile(r"^[\w\-]+(\.[\w\-]+)*\.[a-zA-Z]{2,}(:\d+)?([/?#]|$)", re.UNICODE)


def normalise_url(text: str) -> str | None:
    """The web address to capture, or None if this is not one. "t.me/s/x" becomes "https://t.me/s/x"."""
    t = (text or "").strip()
    if not t or any(c.isspace() for c in t):
        return None
    if not _SCHEME.match(t) or t.lower().startswith(("localhost:", "www.")):
        if _BARE_HOST.match(t) or t.lower().startswith("localhost"):
            t = "https://" + t
        else:
            return None
    try:
        u = urlsplit(t)
        port = u.port             # raises ValueError on a bad port
    except ValueError:
        return None
    if u.scheme.lower() not in ("http", "https") or not u.hostname:
        return None
    if port is not None and not 0 < port < 65536:
        return None
    return t


def read_url_file(path: str) -> list[tuple[int, str]]:
    """(line number, text) for each address in a file: one per line, blank lines and # comments skipped."""
    try:
        raw = Path(path).expanduser().read_text("utf-8-sig")
    except FileNotFoundError:
        raise BadInput("error.no_such_file", path=path) from None
    except (OSError, UnicodeDecodeError):
        raise BadInput("error.cannot_read_file", path=path) from None
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        s = re.split(r"\s+#", s, maxsplit=1)[0].strip()     # "URL   # note"; a '#' inside a URL stays
        if s:
            out.append((n, s))
    return out


def collect_urls(args_urls: list[str], from_file: str | None) -> list[str]:
    """All addresses, in order, duplicates kept once; the first bad one raises BadInput naming it."""
    urls: list[str] = []
    for t in args_urls:
        u = normalise_url(t)
        if u is None:
            raise BadInput("capture.bad_url", url=t)
        urls.append(u)
    if from_file:
        for n, t in read_url_file(from_file):
            u = normalise_url(t)
            if u is None:
                raise BadInput("capture.bad_url_line", line=n, file=from_file, url=t)
            urls.append(u)
    return list(dict.fromkeys(urls))
