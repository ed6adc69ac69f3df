"""Exported copies of a capture's WARC without login secrets.

A capture made with a login session (`metadata["session"]` set) has the session's cookies and
tokens in its WARC's request and response headers. The sealed original never changes; what leaves
the vault (the bundle's WARC, the WACZ) is a copy in which the values of `Cookie`, `Set-Cookie`,
`Authorization` and `Proxy-Authorization` are replaced by REDACTED_VALUE. Records without such
headers are copied byte for byte; a changed record gets a new block digest and length (its payload,
and so WARC-Payload-Digest, is unchanged). The copy's and the original's SHA-256 are both recorded.

    copy = redacted_warc(vault, item, artifact)     # None when nothing needs redacting
    copy.data, copy.info == {"sha256", "original_sha256", "size", "headers", "records"}
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass

SECRET_HEADERS = ("cookie", "set-cookie", "authorization", "proxy-authorization")
REDACTED_VALUE = "REDACTED-BY-EVIDENCE-KIT"


@dataclass
class RedactedCopy:
    data: bytes
    info: dict


def needs_redaction(item) -> bool:
    """Captured with a login session: its exported WARC copies must not carry the session's secrets."""
    return bool((item.metadata or {}).get("session"))


def _writer(buf):
    from warcio.utils import Digester
    from warcio.warcwriter import WARCWriter

    class MemoryWriter(WARCWriter):          # no temporary files; SHA-256 digests as the capture writes
        @staticmethod
        def _create_temp_file():
            return io.BytesIO()

        @staticmethod
        def _create_digester():
            return Digester("sha256")

    return MemoryWriter(buf, gzip=False, warc_version="1.1")


def redact_warc_bytes(data: bytes) -> tuple[bytes, set[str], int]:
    """(the copy, the header names redacted, how many records changed) of a WARC (gzip or not)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeaders

    out = io.BytesIO()
    names: set[str] = set()
    changed = 0
    stream = io.BytesIO(data)
    it = ArchiveIterator(stream, no_record_parse=False, arc2warc=False, ensure_http_headers=False)
    gz = data[:2] == b"\x1f\x8b"
    for record in it:
        http = record.http_headers
        hits = [(k, v) for k, v in (http.headers if http else []) if k.lower() in SECRET_HEADERS]
        raw_body = record.raw_stream.read()
        it.read_to_end(record)
        offset, length = it.get_record_offset(), it.get_record_length()
        if not hits:
            out.write(data[offset:offset + length])
            continue
        changed += 1
        names.update(k for k, _ in hits)
        headers = [(k, REDACTED_VALUE if k.lower() in SECRET_HEADERS else v) for k, v in http.headers]
        new_http = StatusAndHeaders(http.statusline, headers, protocol=http.protocol,
                                    is_http_request=record.rec_type == "request")
        warc_headers = StatusAndHeaders(record.rec_headers.statusline,
                                        [(k, v) for k, v in record.rec_headers.headers
                                         if k.lower() not in ("content-length", "warc-block-digest")],
                                        protocol=record.rec_headers.protocol)
        buf = io.BytesIO()
        w = _writer(buf)
        rec = w.create_warc_record(record.rec_headers.get_header("WARC-Target-URI"), record.rec_type,
                                   payload=io.BytesIO(raw_body), length=len(raw_body),
                                   http_headers=new_http, warc_headers=warc_headers)
        w.write_record(rec)
        if gz:
            c = zlib.compressobj(6, zlib.DEFLATED, 31)
            out.write(c.compress(buf.getvalue()) + c.flush())
        else:
            out.write(buf.getvalue())
    return out.getvalue(), names, changed


def redacted_warc(vault, item, artifact) -> RedactedCopy | None:
    """The exported copy of `artifact` (a WARC of a logged-in capture) without session secrets."""
    if artifact.role != "warc" or not needs_redaction(item):
        return None
    original = vault.read_artifact(item.id, artifact.name)
    data, names, changed = redact_warc_bytes(original)
    if not changed:
        return None
    canonical_names = {"cookie": "Cookie", "set-cookie": "Set-Cookie", "authorization": "Authorization",
                       "proxy-authorization": "Proxy-Authorization"}
    return RedactedCopy(data, {
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "original_sha256": artifact.sha256,
        "original_size": artifact.size, "records": changed,
        "headers": sorted({canonical_names[n.lower()] for n in names}),
        "replaced_with": REDACTED_VALUE})
