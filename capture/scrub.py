"""What a capture's recorded details (its metadata) must not hold, taken out before they are sealed
and time-stamped: record.json is the exact bytes stamped, and the court PDF, manifest.json and
record.json are made from them, so nothing can be cleaned afterwards.

- Login secrets: the values of the headers `Cookie`, `Set-Cookie`, `Authorization` and
  `Proxy-Authorization` (any case), wherever the metadata records a header: as a [name, value]
  pair, as a {"name": ..., "value": ...} entry, or as a key of a headers dict. The header's name
  stays; `Set-Cookie` keeps each cookie's name and attributes (Path, HttpOnly, ...), not its value.
  The sealed WARC keeps the headers as they went over the wire (the faithful record); exported
  copies of it are redacted apart (export/bundle/redact.py).
- Her login name: the home folder (e.g. /home/zarina, C:\\Users\\Zarina) in any recorded text, such
  as the path of a browser installed in it (/home/zarina/.cache/ms-playwright/…), becomes "~".
  Only where it stands as a whole path: /home/zarina2 or /x/home/zarina are not her home.
"""

from __future__ import annotations

import os
import re

SECRET_HEADERS = frozenset(("cookie", "set-cookie", "authorization", "proxy-authorization"))
REMOVED = "[removed: login secret]"


def _is_secret(name) -> bool:
    return isinstance(name, str) and name.strip().lower() in SECRET_HEADERS


def _one_set_cookie(line: str) -> str:
    first, sep, attributes = line.partition(";")
    name, eq, _value = first.partition("=")
    if not eq:                          # a value without a name
        return REMOVED + sep + attributes
    return f"{name.strip()}={REMOVED}{sep}{attributes}"


def secret_header_value(name: str, value) -> str:
    """The value a header may be recorded with: `REMOVED` for a login secret, keeping the cookie
    names and attributes of a Set-Cookie (several cookies may be joined by new lines)."""
    if name.strip().lower() == "set-cookie" and isinstance(value, str):
        return "\n".join(_one_set_cookie(line) for line in value.split("\n"))
    return REMOVED


def without_secrets(value):
    """A copy of `value` (metadata: dicts, lists, strings...) with every secret header's value removed."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if _is_secret(k) and isinstance(v, str):
                out[k] = secret_header_value(k, v)
            else:
                out[k] = without_secrets(v)
        if _is_secret(out.get("name")) and isinstance(out.get("value"), str):
            out["value"] = secret_header_value(out["name"], out["value"])
        return out
    if isinstance(value, (list, tuple)):
        items = [without_secrets(v) for v in value]
        if len(items) == 2 and _is_secret(items[0]) and isinstance(items[1], str):
            items[1] = secret_header_value(items[0], items[1])
        return items                    # (a tuple is sealed as a JSON list anyway)
    return value


def home_folders() -> list[str]:
    """This user's home folder as it may be written: as given (HOME, USERPROFILE) and resolved."""
    found = []
    for home in (os.path.expanduser("~"), os.environ.get("USERPROFILE") if os.name == "nt" else None):
        if not home or home == "~":
            continue
        for h in (home, os.path.realpath(home)):
            h = h.rstrip("/\\")
            if len(h) > 3 and h not in found:          # never "/" or "C:\\": that would match everything
                found.append(h)
    return sorted(found, key=len, reverse=True)


def _home_pattern(homes: list[str]) -> re.Pattern | None:
    if not homes:
        return None
    alternatives = []
    for h in homes:
        alternatives.append(re.escape(h))
        if os.name == "nt":          # the same folder written with forward slashes
            alternatives.append(re.escape(h.replace("\\", "/")))
    # the folder as a whole path: not inside a longer name (/home/zarina2) nor after one (/x/home/zarina)
    return re.compile(r"(?<![\w.\-])(?:" + "|".join(alternatives) + r")(?![\w.\-])",
                      re.IGNORECASE if os.name == "nt" else 0)


def without_home(value, pattern: re.Pattern | None):
    """A copy of `value` with the home folder written as "~" in every text."""
    if pattern is None:
        return value
    if isinstance(value, str):
        return pattern.sub("~", value)
    if isinstance(value, dict):
        return {k: without_home(v, pattern) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_home(v, pattern) for v in value]
    return value


def for_record(metadata: dict) -> dict:
    """The metadata as it may be sealed and stamped."""
    return without_home(without_secrets(dict(metadata)), _home_pattern(home_folders()))
