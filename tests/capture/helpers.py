"""Small readers for captured artifacts."""

from __future__ import annotations

import io

from PIL import Image


def png_image(vault, item_id: str, name: str) -> Image.Image:
    im = Image.open(io.BytesIO(vault.read_artifact(item_id, name)))
    im.load()
    return im.convert("RGB")


def warc_records(vault, item_id: str) -> list:
    """[(type, uri, warc headers, http status or None, payload bytes)] from the item's WARC."""
    from warcio.archiveiterator import ArchiveIterator

    data = vault.read_artifact(item_id, "capture.warc.gz")
    out = []
    for rec in ArchiveIterator(io.BytesIO(data)):
        status = rec.http_headers.get_statuscode() if (rec.http_headers and rec.rec_type == "response") else None
        out.append((rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), rec.rec_headers,
                    int(status) if status else None, rec.content_stream().read()))
    return out


def keys(entries) -> list[str]:
    return [e["key"] for e in entries]
