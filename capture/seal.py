"""Putting a finished capture into the vault: artifacts, WARC (streamed), manifest, custody entry.

Runs on the vault's single writer thread. Nothing is visible in the vault until `seal()`; if the
batch is stopped meanwhile (`abort` set) the draft is discarded and leaves nothing behind.
"""

from __future__ import annotations

import threading

from evidence_kit import __version__
from evidence_kit.timeutil import to_iso, utc_now

from . import scrub
from .model import PageCapture, Stopped
from .warc import WarcStream

ROLE_ORDER = {"screenshot_full": 0, "screenshot_viewport": 1, "pdf": 2, "mhtml": 3, "dom_html": 4,
              "served_html": 4, "text": 5, "warc": 6, "media": 7, "download": 8}


def _check(abort: threading.Event | None) -> None:
    if abort is not None and abort.is_set():
        raise Stopped()


def _add(draft, a):
    """One artifact into the item: a file in a private RAM folder (a video saved by yt-dlp,
    capture/video.py) is streamed in, not held in memory."""
    if a.path is not None:
        with open(a.path, "rb") as f:
            return draft.add_stream(a.name, f, role=a.role, media_type=a.media_type, source_url=a.source_url)
    return draft.add_bytes(a.name, a.data, role=a.role, media_type=a.media_type, source_url=a.source_url)


def write_warc(out, pc: PageCapture) -> int:
    md = pc.metadata
    browser = md.get("browser", {})
    tools = md.get("tools", {})
    proxy = (md.get("route") or {}).get("proxy")
    w = WarcStream(out, proxied=proxy is not None)
    info = {
        "software": f"Evidence Kit {__version__} (Playwright {tools.get('playwright')}, warcio {tools.get('warcio')})",
        "browser": f"{browser.get('name')} {browser.get('version')}",
        "http-header-user-agent": browser.get("user_agent", ""),
        "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "description": f"Capture of {pc.url} started {to_iso(pc.started_at, ms=True)}",
        "note": "Response bodies are stored as the browser decoded them; original Content-Encoding, "
                "Transfer-Encoding and Content-Length headers are kept as X-Archive-Orig-*. "
                "WARC-Protocol gives the HTTP and TLS versions as the browser used them (the HTTP "
                "status lines say HTTP/1.1 for replay tools). Files the tool fetched itself after the "
                "page are resource records with a metadata record beside them; requests that failed are "
                "listed in a metadata record at the end.",
    }
    if proxy:
        info["proxy"] = f"{proxy['scheme']}://{proxy['host']}:{proxy['port']} (WARC-IP-Address omitted: " \
                        "the browser connected to the proxy, not to the sites)"
    w.warcinfo("capture.warc.gz", info)
    exchanges = [e for e in pc.exchanges if e.status is not None]
    main = [e for e in exchanges if e.main_frame and e.is_navigation]
    rest = [e for e in exchanges if not (e.main_frame and e.is_navigation)]
    for ex in main + rest:
        w.exchange(ex)
    failed = [e for e in pc.exchanges if e.failure and not e.url.startswith("data:")]
    if failed:
        w.metadata(pc.final_url or pc.url, {
            "failed_requests": [{"url": e.url, "method": e.method, "resource_type": e.resource_type,
                                 "reason": e.failure, "popup": e.popup,
                                 "started_at": to_iso(e.started_at, ms=True),
                                 "answer_began": e.status is not None} for e in failed]})
    return w.records


def seal_capture(vault, pc: PageCapture, *, case: str = "", abort: threading.Event | None = None):
    """Seal one capture (sealed or failed) as an evidence item; returns the Item."""
    try:
        return _seal(vault, pc, case, abort)
    finally:
        pc.release()          # the private folder of a streamed-in video, sealed or not


def _seal(vault, pc: PageCapture, case: str, abort: threading.Event | None):
    md = scrub.for_record(pc.metadata)      # no login secret nor home folder in what is sealed and stamped
    md["collector"] = vault.collector
    arts = sorted(pc.artifacts, key=lambda a: ROLE_ORDER.get(a.role, 9))
    with vault.new_item("capture", case=case, url=pc.url, title=pc.title,
                        captured_at=to_iso(pc.started_at, ms=True), metadata=md) as draft:
        draft.final_url = pc.final_url
        draft.http_status = pc.http_status
        draft.status = pc.status
        draft.error = pc.error
        made: list[dict] = []           # each artifact's own time (the WARC's: when it was written)

        def add(a):
            _check(abort)
            art = _add(draft, a)
            made.append({"name": art.name, "at": to_iso(a.made_at, ms=True)})

        for a in arts:
            if ROLE_ORDER.get(a.role, 9) < ROLE_ORDER["warc"]:
                add(a)
        if any(e.status is not None for e in pc.exchanges):
            _check(abort)
            with draft.artifact_writer("capture.warc.gz", role="warc", media_type="application/warc") as out:
                draft.metadata["warc_records"] = write_warc(out, pc)
            made.append({"name": out.artifact.name, "at": to_iso(utc_now(), ms=True)})
        for a in arts:
            if ROLE_ORDER.get(a.role, 9) >= ROLE_ORDER["warc"]:
                add(a)
        draft.metadata["artifacts_made_at"] = made
        _check(abort)
        return draft.seal()
