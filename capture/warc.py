"""WARC/1.1 writing (via warcio): a warcinfo record, then request and response records for the page
and every resource it loaded, each record its own gzip member, streamed into a vault artifact.

Nothing here touches the disk: warcio would spool a record of unknown length to a temporary file,
so every record is given its length and the spool is replaced by memory.

The browser gives response bodies decoded. The records say so: the original Content-Encoding,
Transfer-Encoding and Content-Length headers are kept as X-Archive-Orig-* and the Content-Length is
that of the body stored, so that replay tools (pywb) serve the bytes correctly.
"""

from __future__ import annotations

import io
import json
import zlib
from datetime import datetime, timezone
from http import HTTPStatus
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from .network import Exchange

_COMPRESSED_TYPES = ("image/", "video/", "audio/", "font/", "application/zip", "application/pdf",
                     "application/octet-stream", "application/x-font", "application/font")
_REWRITE = {"content-encoding", "transfer-encoding", "content-length"}


class _MemoryWriter(WARCWriter):
    """warcio's writer without temporary files, with SHA-256 digests."""

    @staticmethod
    def _create_temp_file():
        return io.BytesIO()

    @staticmethod
    def _create_digester():
        return Digester("sha256")


def _status_text(ex: Exchange) -> str:
    if ex.status_text:
        return ex.status_text
    try:
        return HTTPStatus(ex.status).phrase
    except ValueError:
        return "Unknown"


def _response_headers(ex: Exchange, body_len: int) -> list[tuple[str, str]]:
    out = []
    for k, v in ex.response_headers:
        if k.lower() in _REWRITE:
            out.append((f"X-Archive-Orig-{k}", v))
        elif k.startswith(":"):
            continue          # HTTP/2 pseudo-headers
        else:
            out.append((k, v))
    out.append(("Content-Length", str(body_len)))
    return out


def _request_target(url: str) -> tuple[str, str]:
    u = urlsplit(url)
    path = (u.path or "/") + (f"?{u.query}" if u.query else "")
    return path, u.netloc


class WarcStream:
    """Writes records one by one into `out` (anything with .write). The warcinfo record comes first;
    every record after it names it (WARC-Warcinfo-ID)."""

    def __init__(self, out, *, proxied: bool = False):
        self.out = out
        self._buf = io.BytesIO()
        self._w = _MemoryWriter(self._buf, gzip=False, warc_version="1.1")
        self.records = 0
        self.warcinfo_id: str | None = None
        self.proxied = proxied        # the browser's peer was a proxy: its address is not the site's

    def _emit(self, record, compressible: bool) -> str:
        if self.warcinfo_id and record.rec_type != "warcinfo":
            record.rec_headers.add_header("WARC-Warcinfo-ID", self.warcinfo_id)
        self._buf.seek(0)
        self._buf.truncate()
        self._w.write_record(record)
        c = zlib.compressobj(6 if compressible else 1, zlib.DEFLATED, 31)
        self.out.write(c.compress(self._buf.getvalue()) + c.flush())
        self.records += 1
        return record.rec_headers.get_header("WARC-Record-ID")

    def warcinfo(self, filename: str, info: dict) -> None:
        rec = self._w.create_warcinfo_record(filename, info)
        self.warcinfo_id = self._emit(rec, True)

    def exchange(self, ex: Exchange, *, body: bytes | None = None) -> None:
        """A response and the request that asked for it (as the page made them)."""
        if ex.status is None:
            return
        if ex.refetched:
            self.refetched(ex)
            return
        body = (ex.body if body is None else body) or b""
        date = _date(ex.response_at or ex.started_at)
        http = StatusAndHeaders(f"{ex.status} {_status_text(ex)}", _response_headers(ex, len(body)),
                                protocol="HTTP/1.1")
        wh = {"WARC-Date": date}
        if ex.ip and not self.proxied:
            wh["WARC-IP-Address"] = ex.ip
        truncated = ex.truncated or (None if ex.body_note in (None, "redirect") else "unspecified")
        if truncated:
            wh["WARC-Truncated"] = truncated
        resp = self._w.create_warc_record(ex.url, "response", payload=io.BytesIO(body), length=len(body),
                                          http_headers=http, warc_headers_dict=wh)
        for proto in _protocols(ex):
            resp.rec_headers.add_header("WARC-Protocol", proto)
        path, host = _request_target(ex.url)
        req_headers = list(ex.request_headers)
        if not any(k.lower() == "host" for k, _ in req_headers):
            req_headers.insert(0, ("Host", host))
        req_headers = [(k, v) for k, v in req_headers if not k.startswith(":")]
        post = ex.post_data or b""
        req_http = StatusAndHeaders(f"{ex.method} {path} HTTP/1.1", req_headers, is_http_request=True)
        req = self._w.create_warc_record(ex.url, "request", payload=io.BytesIO(post), length=len(post),
                                         http_headers=req_http,
                                         warc_headers_dict={"WARC-Date": date})
        for proto in _protocols(ex):
            req.rec_headers.add_header("WARC-Protocol", proto)
        req.rec_headers.add_header("WARC-Concurrent-To", resp.rec_headers.get_header("WARC-Record-ID"))
        compressible = not ex.content_type.startswith(_COMPRESSED_TYPES)
        self._emit(resp, compressible)
        self._emit(req, True)

    def refetched(self, ex: Exchange) -> None:
        """A file the tool fetched itself after the page (the page named it but did not load it
        whole): a `resource` record of the bytes, and a `metadata` record beside it saying so,
        with the request as the tool made it and the server's answer."""
        rid = None
        if ex.body is not None:          # (an answer without the file is told in the metadata alone)
            ctype = ex.header("content-type") or "application/octet-stream"
            wh = {"WARC-Date": _date(ex.response_at or ex.started_at)}
            rec = self._w.create_warc_record(ex.url, "resource", payload=io.BytesIO(ex.body),
                                             length=len(ex.body), warc_content_type=ctype, warc_headers_dict=wh)
            rid = self._emit(rec, not ctype.startswith(_COMPRESSED_TYPES))
        about = {"fetched_by": "Evidence Kit, after the page had loaded; the page itself did not load "
                               "this file whole",
                 "request": {"method": ex.method, "url": ex.url, "headers": [list(h) for h in ex.request_headers],
                             "sent_by": "Playwright's request client of the capture's browser context "
                                        "(its user agent, language, proxy and cookies)"},
                 "response": {"status": ex.status, "status_text": ex.status_text, "url": ex.url,
                              "headers": [list(h) for h in ex.response_headers]},
                 "started_at": _date(ex.started_at), "answered_at": _date(ex.response_at or ex.started_at)}
        if ex.body is None:
            about["file"] = f"not kept ({ex.truncated or ex.body_note or 'no file in the answer'})"
        self.metadata(ex.url, about, refers_to=rid, date=ex.response_at or ex.started_at)

    def metadata(self, uri: str, obj: dict, *, refers_to: str | None = None, date=None) -> None:
        """A `metadata` record holding JSON (what the tool knows about the capture)."""
        data = json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")
        wh = {"WARC-Date": _date(date or datetime.now(timezone.utc))}
        if refers_to:
            wh["WARC-Refers-To"] = refers_to
        rec = self._w.create_warc_record(uri, "metadata", payload=io.BytesIO(data), length=len(data),
                                         warc_content_type="application/json", warc_headers_dict=wh)
        self._emit(rec, True)

    def resource(self, uri: str, data: bytes, content_type: str, date) -> None:
        """A resource record (e.g. a file fetched directly, outside the page)."""
        wh = {"WARC-Date": _date(date)}
        rec = self._w.create_warc_record(uri, "resource", payload=io.BytesIO(data), length=len(data),
                                         warc_content_type=content_type, warc_headers_dict=wh)
        self._emit(rec, not content_type.startswith(_COMPRESSED_TYPES))


def _date(when) -> str:
    return datetime_to_iso_date(when.astimezone(timezone.utc).replace(tzinfo=None), use_micros=True)


def _protocols(ex: Exchange) -> list[str]:
    """WARC-Protocol values (the IIPC proposal, repeated field): the HTTP version as the browser
    used it, then the TLS version for HTTPS."""
    out = []
    if ex.protocol:
        out.append(ex.protocol)
    if ex.tls_version:
        out.append(ex.tls_version)
    return out
