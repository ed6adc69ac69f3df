"""A captured page as a WACZ 1.1.1 file, built at export time from the sealed artifacts, so it opens
in ReplayWeb.page and other Webrecorder tools.

    archive/capture.warc.gz       the capture's WARC (for a logged-in capture: the redacted copy)
    archive/screenshots.warc.gz   each screenshot as a WARC `resource` record (file:///NAME), as
                                  Harvard's Scoop stores its attachments
    indexes/index.cdx             CDXJ index of both WARCs (cdxj-indexer, Webrecorder's indexer)
    pages/pages.jsonl             the page: its address, capture time and title
    datapackage.json              every file above with its SHA-256 and size
    datapackage-digest.json       the SHA-256 of datapackage.json

WARCs and the index are stored uncompressed in the ZIP (they are gzip already, and replay tools
read them by offset), as the WACZ specification asks.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
import zlib
from datetime import datetime

from evidence_kit.timeutil import from_iso, to_iso

from .redact import _writer, redacted_warc

WACZ_VERSION = "1.1.1"
SCREENSHOT_ROLES = ("screenshot_full", "screenshot_viewport", "screenshot_before_overlay")


def warc_artifact(item):
    return next((a for a in item.artifacts if a.role == "warc"), None)


def can_build(item) -> bool:
    return item.source == "capture" and warc_artifact(item) is not None


def _screenshots_warc(vault, item) -> bytes:
    from warcio.timeutils import datetime_to_iso_date

    out = io.BytesIO()
    shots = [a for a in item.artifacts if a.role.startswith("screenshot") or a.role in SCREENSHOT_ROLES]
    when = from_iso(item.captured_at).replace(tzinfo=None)
    page = item.final_url or item.url or ""
    for a in shots:
        data = vault.read_artifact(item.id, a.name)
        buf = io.BytesIO()
        w = _writer(buf)
        headers = {"WARC-Date": datetime_to_iso_date(when, use_micros=True)}
        if page:
            headers["WARC-Refers-To-Target-URI"] = page
        rec = w.create_warc_record(f"file:///{a.name}", "resource", payload=io.BytesIO(data),
                                   length=len(data), warc_content_type=a.media_type,
                                   warc_headers_dict=headers)
        w.write_record(rec)
        c = zlib.compressobj(1, zlib.DEFLATED, 31)
        out.write(c.compress(buf.getvalue()) + c.flush())
    return out.getvalue()


def _index(warcs: dict[str, bytes]) -> bytes:
    from cdxj_indexer.main import CDXJIndexer

    lines: list[str] = []
    for name, data in warcs.items():
        if not data:
            continue
        text = io.StringIO()
        CDXJIndexer(text, [io.BytesIO(data)], filename=name, records="all", fields="referrer").process_all()
        lines += [ln for ln in text.getvalue().splitlines() if ln and not ln.startswith("!")]
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8")


def build_wacz(vault, item, *, created: datetime, tool: str, warc: bytes | None = None) -> bytes:
    """The WACZ of one captured page. `warc`: the WARC bytes to package (default: the sealed one,
    or its redacted copy for a logged-in capture)."""
    art = warc_artifact(item)
    if art is None:
        raise ValueError("not a captured page with a WARC")
    if warc is None:
        copy = redacted_warc(vault, item, art)
        warc = copy.data if copy is not None else vault.read_artifact(item.id, art.name)
    files: dict[str, bytes] = {"archive/capture.warc.gz": warc}
    shots = _screenshots_warc(vault, item)
    if shots:
        files["archive/screenshots.warc.gz"] = shots
    files["indexes/index.cdx"] = _index({p.split("/")[-1]: d for p, d in files.items()})
    page_url = item.final_url or item.url or ""
    pages = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"},
             {"id": uuid.uuid5(uuid.NAMESPACE_URL, f"{item.id}:{page_url}").hex, "url": page_url,
              "ts": item.captured_at, "title": item.title or page_url}]
    files["pages/pages.jsonl"] = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages).encode("utf-8")
    resources = [{"name": path.split("/")[-1], "path": path,
                  "hash": "sha256:" + hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                 for path, data in files.items()]
    package = {"profile": "data-package", "wacz_version": WACZ_VERSION, "resources": resources,
               "created": to_iso(created), "modified": to_iso(created), "software": tool,
               "title": f"{item.exhibit} {item.title or page_url}".strip(),
               "mainPageURL": page_url, "mainPageDate": item.captured_at}
    package_bytes = json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")
    digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()}
    out = io.BytesIO()
    when = created.timetuple()[:6]
    with zipfile.ZipFile(out, "w") as zf:
        for path, data in [*files.items(), ("datapackage.json", package_bytes),
                           ("datapackage-digest.json", json.dumps(digest).encode("utf-8"))]:
            zi = zipfile.ZipInfo(path, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if path.startswith(("archive/", "indexes/")) \
                else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return out.getvalue()
