"""Capture metadata as a reader sees it: which fields have a label, which are left out, and any
stored value (nested dicts and lists too) as readable lines in the dossier's language."""

from __future__ import annotations

import re

from evidence_kit.files import human_size
from evidence_kit.i18n import lookup, tr

from ..common import keyed_text, short_when, yes_no
from ..pdfkit import esc

# Capture metadata we know how to label, in the order a reader wants it (anything else is
# still shown, under its own key, in "other technical details").
KNOWN_KEYS = [
    ("redirects", "redirects"), ("redirect_chain", "redirects"),
    ("server", "server_ip"), ("server_ip", "server_ip"), ("server_addr", "server_ip"),
    ("tls", "tls"), ("clock_check", "clock"), ("clock", "clock"),
    ("captured_at", "capture_ran"), ("page", "post"), ("post", "post"), ("platform", "platform"),
    ("post_date", "post_date"), ("published_at", "post_date"),
    ("changes", "changes"), ("gaps", "gaps"), ("not_captured", "gaps"),
    ("browser", "browser"), ("tools", "tool"), ("tool", "tool"), ("tool_version", "tool"),
    ("os", "os"), ("device", "device"), ("viewport", "viewport"), ("network", "network"),
    ("logged_in", "login"), ("screenshot", "screenshot"), ("method", "method"),
    ("original_name", "original_name"), ("original_path", "original_path"),
    ("original_size", "original_size"), ("original_modified_at", "original_modified_at"),
    ("duration_s", "duration"),
]
# Where each field is shown, decided field by field. On the exhibit's own pages: what a judge needs
# to read the exhibit (what was opened, where it led, from where and when, what the page said of
# itself, what was changed and what is missing, and for an imported file what it was called and
# when it was last changed). Everything else is the technical record of how the software ran, in
# the technical appendix (one section per exhibit, named from the exhibit's details).
EXHIBIT_KEYS = {
    "redirects", "redirect_chain",                 # where the address led
    "server", "server_ip", "server_addr",          # the server's address
    "clock_check", "clock",                        # this computer's clock against the server's
    "captured_at",                                 # when the capture ran, start and end
    "page", "post", "platform", "post_date", "published_at",     # what the page said of itself
    "changes", "gaps", "not_captured",             # what was changed, what is missing
    "network", "logged_in",                        # logged in? a proxy or a VPN?
    "method",                                      # how it was captured, in one sentence
    "original_name", "original_path", "original_size", "original_modified_at",   # an imported file
}
# In the technical appendix (named here so that the split reads as a list; any field not in either
# list is technical too, under its own name):
TECHNICAL_KEYS = [
    "browser",              # browser, version, window, user agent, launch command line, settings
    "tools", "tool", "tool_version", "os", "device", "viewport",      # versions, system
    "tls",                  # the certificate: protocol, issuer, subject, validity, the trust check
    "response_headers",     # the server's answer, header by header
    "resolved_addresses", "route", "session",     # the wire: addresses, proxy, session
    "artifacts_made_at",    # when each file was made
    "screenshot", "duration_s", "resources", "refetched", "popup_requests", "dialogs", "popups",
    "downloads", "overlays", "small_pictures",
]
# Repeats of the item's own fields, or noise for a court.
SKIP_KEYS = {"media_type_detected_from", "url", "final_url", "title", "http_status", "collector",
             "imported_at", "timings_s", "options", "warc_records", "status_text", "scroll",
             "page_size", "error_key", "error_params", "error_detail",
             "chat",      # a chat export's transcript has a section of its own (chat.py)
             "received"}  # where a received item came from: its own row and appendix (received.py)


# Sentences older captures stored only in English, and the key of the same sentence (newer
# captures store the key beside the sentence as `<field>_key`).
LEGACY_SENTENCES = {
    "Opened in a fresh browser context (no cookies, no login), scrolled to load late content, then saved "
    "in one pass: screenshots, MHTML, rendered HTML, visible text, print PDF, media files and a WARC of "
    "every network exchange. See docs/methodology.md.": "capture.method.fresh_context",
    "not detected by the tool; the collector should state whether a VPN was used": "capture.network.vpn_unknown",
    "a proxy is set in the environment (the browser may use it)": "capture.network.proxy_set",
    "This computer's clock minus the server's Date header; the server states whole seconds, so "
    "differences under 2 s are normal.": "capture.clock.note",
    "fresh in-memory context per page (no cookies, cache or logins)": "capture.browser.fresh_context",
    "RAM-backed folder, removed afterwards": "capture.browser.temp_ram",
    "system temporary folder, removed afterwards": "capture.browser.temp_system",
    "known consent container": "capture.overlay.known",
    "cookie/consent words and an accept button": "capture.overlay.words",
    "not a consent banner": "capture.overlay.not_consent",
}
_IDENT = re.compile(r"[a-z][a-z0-9_]{1,40}")
_TIME_KEYS = {"at", "start", "end", "valid_from", "valid_to", "local_at_response", "date", "published_time"}


def key_label(key: str, lang: str) -> str:
    """A metadata field's name for a reader: `court.key.<field>`; the field itself if unknown."""
    text = lookup("court.key." + str(key), lang)
    return text if text is not None else str(key).replace("_", " ")


def _sentence(v: str, lang: str) -> str:
    """A stored value as a reader sees it: a known identifier or sentence in `lang`, else as stored."""
    if _IDENT.fullmatch(v):
        text = lookup("court.val." + v, lang)
        if text is not None:
            return text
    key = LEGACY_SENTENCES.get(v)
    if key:
        return keyed_text(key, {}, lang) or v
    return v


def _fields(d: dict, lang: str) -> list[tuple[str, object, str | None]]:
    """(field, value, text-from-key) of a metadata dict: `<f>_key`/`<f>_params` beside `<f>` give
    the sentence for `<f>` in `lang` and are not shown themselves."""
    out = []
    for k, x in d.items():
        k = str(k)
        base = k[:-4] if k.endswith("_key") else k[:-7] if k.endswith("_params") else None
        if base and base in d:
            continue
        out.append((k, x, keyed_text(d.get(k + "_key"), d.get(k + "_params"), lang)))
    return out


def _value_text(v, lang: str, depth: int = 0, key: str | None = None) -> str:
    """Any metadata value as readable lines (escaped for a Paragraph), every field name and every
    stored sentence in the dossier's language."""
    if isinstance(v, bool):
        return esc(yes_no(v, lang))
    if v is None or v == "":
        return "—"
    if isinstance(v, (int, float)):
        if key and key.endswith("_bytes") and isinstance(v, int):
            return esc(human_size(v))
        return esc(v)
    if isinstance(v, str):
        if key in _TIME_KEYS or (key or "").endswith("_at"):
            return esc(short_when(v)) if re.match(r"\d{4}-\d\d-\d\dT", v) else esc(v)
        if len(v) > 1200:
            v = v[:1200] + " …"
        return esc(_sentence(v, lang))
    if isinstance(v, dict):
        parts = []
        for k, x, text in _fields(v, lang):
            if text is not None:
                shown = esc(text)
            else:
                shown = _value_text(x, lang, depth + 1, k)
            parts.append(f"<i>{esc(key_label(k, lang))}</i>: {shown}")
        return ("<br/>" if depth == 0 else "; ").join(parts) or "—"
    if isinstance(v, (list, tuple)):
        if not v:
            return "—"
        lines = []
        for x in v[:60]:
            if isinstance(x, (list, tuple)) and len(x) == 2 and all(isinstance(y, (str, int, float)) for y in x):
                lines.append(f"{esc(x[0])}: {esc(x[1])}")        # a header: name and value as sent
            else:
                lines.append(_value_text(x, lang, max(depth, 1) + 1 if isinstance(x, dict) else depth + 1, key))
        if len(v) > 60:
            lines.append(esc(tr("court.more_lines", lang, count=len(v) - 60)))
        return ("<br/>" if depth <= 1 else " | ").join(lines)
    return esc(v)




def technical_fields(md: dict) -> list[str]:
    """The fields of a metadata dict that belong in the technical appendix, in the order a reader
    wants them (the known ones first)."""
    keyed = {k for k in md if (k.endswith("_key") and k[:-4] in md) or (k.endswith("_params") and k[:-7] in md)}
    out = []
    for k in [k for k, _ in KNOWN_KEYS] + TECHNICAL_KEYS + list(md):
        if (k in md and k not in out and k not in EXHIBIT_KEYS and k not in SKIP_KEYS and k not in keyed
                and md[k] not in (None, "", [], {})):
            out.append(k)
    return out
