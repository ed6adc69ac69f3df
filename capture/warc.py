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
import zlib
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
    """Writes records one by one into `out` (anything with .write)."""

    def __init__(self, out):
        self.out = out
        self._buf = io.BytesIO()
        self._w = _MemoryWriter(self._buf, gzip=False, warc_version="1.1")
        self.records = 0

    def _emit(self, record, compressible: bool) -> None:
        self._buf.seek(0)
        self._buf.truncate()
        self._w.write_record(record)
        c = zlib.compressobj(6 if compressible else 1, zlib.DEFLATED, 31)
        self.out.write(c.compress(self._buf.getvalue()) + c.flush())
        self.records += 1

    def warcinfo(self, filename: str, info: dict) -> None:
        rec = self._w.create_warcinfo_record(filename, info)
        self._emit(rec, True)

    def exchange(self, ex: Exchange, *, body: bytes | None = None) -> None:
        if ex.status is None:
            return
        body = ex.body if body is None else body
        if body is None:
            body = b""
            if ex.body_note and ex.body_note != "redirect":
                pass
        date = datetime_to_iso_date((ex.response_at or ex.started_at).replace(tzinfo=None), use_micros=True)
        http = StatusAndHeaders(f"{ex.status} {_status_text(ex)}", _response_headers(ex, len(body)),
                                protocol="HTTP/1.1")
        wh = {"WARC-Date": date}
        if ex.ip:
            wh["WARC-IP-Address"] = ex.ip
        if ex.body_note and ex.body_note not in ("redirect",):
            wh["WARC-Truncated"] = "length" if ex.body_note in ("too_large", "over_budget") else "unspecified"
        resp = self._w.create_warc_record(ex.url, "response", payload=io.BytesIO(body), length=len(body),
                                          http_headers=http, warc_headers_dict=wh)
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
        req.rec_headers.add_header("WARC-Concurrent-To", resp.rec_headers.get_header("WARC-Record-ID"))
        compressible = not ex.content_type.startswith(_COMPRESSED_TYPES)
        self._emit(resp, compressible)
        self._emit(req, True)

    def resource(self, uri: str, data: bytes, content_type: str, date) -> None:
        """A resource record (e.g. a file fetched directly, outside the page)."""
        wh = {"WARC-Date": datetime_to_iso_date(date.replace(tzinfo=None), use_micros=True)}
        rec = self._w.create_warc_record(uri, "resource", payload=io.BytesIO(data), length=len(data),
                                         warc_content_type=content_type, warc_headers_dict=wh)
        self._emit(rec, not content_type.startswith(_COMPRESSED_TYPES))
