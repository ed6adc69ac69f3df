"""What every platform adapter shares: the page as the capture saw it, the record's agreed shape
(docs: the `metadata["platform"]` section of /work/prompts/schema.md, repeated in
docs/methodology.md), and small readers for HTML.

An adapter is a module with `HOSTS` (host names it recognises) and `parse(view) -> record`. It only
reads; it never fetches. Media are named by address (`source_url`); the capture links each to the
artifact holding its bytes afterwards (`capture.platforms.enrich`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

from evidence_kit.timeutil import to_iso

PAGE_KINDS = ("channel", "post", "video", "profile", "unknown")


@dataclass
class PageView:
    """What a capture saw of one page, for an adapter to read."""
    url: str                      # the address asked for
    final_url: str                # where the browser ended (after redirects)
    html: str = ""                # the rendered DOM, as saved in page.html ("" if none)
    status: int | None = None     # HTTP status of the final page
    documents: dict[str, str] = field(default_factory=dict)   # other HTML the page loaded (frames), by URL
    redirects: list[str] = field(default_factory=list)         # every address of the main redirect chain

    @property
    def path_parts(self) -> list[str]:
        return [p for p in urlsplit(self.url).path.split("/") if p]

    @property
    def final_parts(self) -> list[str]:
        return [p for p in urlsplit(self.final_url or self.url).path.split("/") if p]


def new_record(name: str, page: str = "unknown") -> dict:
    return {"name": name, "page": page if page in PAGE_KINDS else "unknown",
            "account": {"handle": None, "id": None, "title": None}, "posts": [], "gaps": []}


def new_post(post_id: str, url: str) -> dict:
    return {"id": post_id, "url": url, "published_at": None, "text": "", "edited": False, "views": None,
            "author": None, "forwarded_from": None, "reply_to": None, "media": []}


MEDIA_KINDS = ("photo", "video", "sticker", "voice")


def add_media(post: dict, kind: str, source_url: str | None) -> None:
    """A photo, video, sticker or voice message of the post (MEDIA_KINDS), by address; the same
    address is listed once."""
    if source_url and not any(m["source_url"] == source_url for m in post["media"]):
        post["media"].append({"artifact": None, "kind": kind, "source_url": source_url})


def add_gap(record: dict, key: str, **params) -> None:
    entry = {"key": key, "params": params}
    if entry not in record["gaps"]:
        record["gaps"].append(entry)


def set_account(record: dict, *, handle=None, id=None, title=None) -> None:
    """Fill what is still unknown about the account (the first good value wins)."""
    acc = record["account"]
    for k, v in (("handle", handle), ("id", id), ("title", title)):
        if acc.get(k) is None and v not in (None, ""):
            v = str(v).strip()
            if k == "handle":
                v = v.lstrip("@")
            if v:
                acc[k] = v


# ------------------------------------------------------------------------------ reading HTML
def parse_html(text: str):
    """An lxml tree of the HTML (an empty one if there is nothing to read)."""
    import lxml.html

    if not text or not text.strip():
        return lxml.html.fromstring("<html></html>")
    try:
        return lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return lxml.html.fromstring("<html></html>")


def first(el, selector: str):
    found = el.cssselect(selector)
    return found[0] if found else None


_BLOCKS = {"p", "div", "blockquote", "pre", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


_SOURCE_SPACE = re.compile(r"[ \t\r\n\f]+")


def text_of(el) -> str:
    """The text a person reads in an element: line breaks kept (`<br>`, blocks, `<pre>`), spaces tidied,
    emoji images as their characters (Telegram puts the emoji character inside the image element). A
    line break in the HTML source is a space, as a browser shows it (pages re-indented by an editor)."""
    if el is None:
        return ""
    out: list[str] = []

    def walk(e, pre=False):
        tag = e.tag if isinstance(e.tag, str) else ""
        pre = pre or tag in ("pre", "textarea")

        def put(s):
            out.append(s if pre else _SOURCE_SPACE.sub(" ", s))
        if tag == "br":
            out.append("\n")
        elif tag in ("script", "style", "template"):
            pass
        else:
            if tag in _BLOCKS and out and not out[-1].endswith("\n"):
                out.append("\n")
            if e.text:
                put(e.text)
            for child in e:
                walk(child, pre)
                if child.tail:
                    put(child.tail)
            if tag in _BLOCKS and out and not out[-1].endswith("\n"):
                out.append("\n")
    walk(el)
    text = "".join(out)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def meta(doc, *names: str) -> str | None:
    """The content of the first <meta property=NAME> or <meta name=NAME> present."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for m in doc.xpath(f"//meta[@{attr}=$n]", n=name):
                v = (m.get("content") or "").strip()
                if v:
                    return v
    return None


_BG_URL = re.compile(r"background-image\s*:\s*url\(\s*(['\"]?)(.*?)\1\s*\)", re.I)


def background_url(style: str | None, base: str) -> str | None:
    """The address in a `background-image: url(...)` style, made absolute."""
    m = _BG_URL.search(style or "")
    if not m or not m.group(2).strip():
        return None
    return absolute(m.group(2).strip(), base)


def absolute(url: str | None, base: str) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.startswith(("data:", "blob:", "javascript:")):
        return None
    return urljoin(base, url)


def iso_utc(value) -> str | None:
    """An ISO 8601 time (any offset) or a Unix time as UTC '...Z'; None if it is not a time."""
    if value in (None, ""):
        return None
    try:
        if isinstance(value, (int, float)) or (isinstance(value, str) and re.fullmatch(r"\d{9,11}", value)):
            dt = datetime.fromtimestamp(int(value), timezone.utc)
        else:
            dt = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
            if dt.tzinfo is None:
                return None         # a time without its zone is not a UTC time; do not guess
    except (ValueError, OverflowError, OSError):
        return None
    return to_iso(dt)


def count(text: str | None) -> int | None:
    """'1.2K' -> 1200, '3,4M' -> 3400000, '987' -> 987, '12 345' -> 12345; None if not a number."""
    if not text:
        return None
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([KkMmBb]|тыс\.?|млн\.?|млрд\.?)?", t)
    if not m:
        digits = re.sub(r"[ ,.'’]", "", t)
        return int(digits) if digits.isdigit() else None
    num, unit = m.group(1), (m.group(2) or "").lower().rstrip(".")
    mult = {"": 1, "k": 1_000, "тыс": 1_000, "m": 1_000_000, "млн": 1_000_000, "b": 1_000_000_000,
            "млрд": 1_000_000_000}[unit]
    if mult == 1:
        return int(re.sub(r"[.,]", "", num))
    return int(round(float(num.replace(",", ".")) * mult))


def json_objects(doc, pattern: str) -> list:
    """JSON values assigned in inline scripts (e.g. `var ytInitialPlayerResponse = {...};`), for
    script text matching `pattern` before the value; values that do not parse are skipped."""
    out = []
    rx = re.compile(pattern)
    dec = json.JSONDecoder()
    for script in doc.xpath("//script[not(@src)]"):
        text = script.text or ""
        for m in rx.finditer(text):
            start = text.find("{", m.end() - 1)
            if start < 0:
                continue
            try:
                value, _ = dec.raw_decode(text, start)
            except ValueError:
                continue
            out.append(value)
    return out


def script_json(doc, selector: str) -> list:
    """The JSON content of <script> elements matching a CSS selector (ld+json, hydration data)."""
    out = []
    for s in doc.cssselect(selector):
        try:
            out.append(json.loads(s.text or ""))
        except ValueError:
            continue
    return out


def find_key(value, key: str, limit: int = 20000):
    """Every value stored under `key` anywhere in nested JSON, in document order (bounded)."""
    found = []
    stack = [value]
    seen = 0
    while stack and seen < limit:
        v = stack.pop(0)
        seen += 1
        if isinstance(v, dict):
            for k, x in v.items():
                if k == key:
                    found.append(x)
                if isinstance(x, (dict, list)):
                    stack.append(x)
        elif isinstance(v, list):
            stack.extend(x for x in v if isinstance(x, (dict, list)))
    return found


# ------------------------------------------------------------------------------ login walls
_LOGIN_PATHS = re.compile(r"^/(accounts/login|login(\.php)?|signin|sign-in|challenge|checkpoint|auth)(/|$)", re.I)


def login_wall(view: PageView, doc, *, markers: tuple[str, ...] = ()) -> bool:
    """Did the site show a login form instead of (or over) the post? The browser ended on a login
    address, or the page holds a password field or one of the platform's login-wall `markers`."""
    final = urlsplit(view.final_url or view.url)
    if _LOGIN_PATHS.match(final.path or "/"):
        return True
    if final.hostname and final.hostname.lower().startswith(("login.", "id.", "accounts.")):
        return True
    if doc.xpath("//input[translate(@type, 'PASSWORD', 'password')='password']"):
        return True
    return any(doc.cssselect(m) for m in markers)
