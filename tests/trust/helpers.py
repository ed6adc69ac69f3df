"""Evidence for the trust tests: a capture sealed with a WARC (as the capture engine writes one),
optionally made with a login session whose cookies are in the WARC's headers."""

from __future__ import annotations

import io

from tests.export.helpers import post_png

SECRET_COOKIE = "sessionid=SECRET-COOKIE-7f3a9"
SECRET_TOKEN = "Bearer SECRET-TOKEN-c41d"


def make_warc(url: str, *, with_secrets: bool) -> bytes:
    """A gzip-per-record WARC/1.1 with a warcinfo, a request and a response (and a picture)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=True, warc_version="1.1")
    w.write_record(w.create_warcinfo_record("capture.warc.gz", {"software": "Evidence Kit tests"}))
    body = ("<!doctype html><html><head><title>Post</title></head><body>"
            "<p>Суроғаи хонааш ин ҷост</p><img src='/photo.png'></body></html>").encode()
    resp_headers = [("Content-Type", "text/html; charset=utf-8")]
    req_headers = [("Host", url.split("/")[2]), ("User-Agent", "Chrome")]
    if with_secrets:
        resp_headers.append(("Set-Cookie", SECRET_COOKIE + "; HttpOnly"))
        req_headers += [("Cookie", SECRET_COOKIE), ("Authorization", SECRET_TOKEN)]
    resp = w.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                http_headers=StatusAndHeaders("200 OK", resp_headers, protocol="HTTP/1.1"))
    req = w.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0,
                               http_headers=StatusAndHeaders("GET /p/1 HTTP/1.1", req_headers,
                                                             is_http_request=True))
    w.write_record(resp)
    w.write_record(req)
    img = post_png(200, 120, seed=3)
    pic = w.create_warc_record(url.rsplit("/", 2)[0] + "/photo.png", "response", payload=io.BytesIO(img),
                               length=len(img),
                               http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                                             protocol="HTTP/1.1"))
    w.write_record(pic)
    return out.getvalue()


def add_warc_capture(vault, *, case: str = "Case", url: str = "https://www.instagram.com/p/Cx1/",
                     session: str | None = None, title: str = "Instagram post"):
    md = {"browser": {"name": "Chromium", "version": "156"}, "changes": [], "gaps": [],
          "session": {"name": session} if session else None}
    with vault.new_item("capture", case=case, url=url, final_url=url, title=title, http_status=200,
                        metadata=md) as d:
        d.add_bytes("screenshot-full.png", post_png(400, 900, seed=2), role="screenshot_full",
                    media_type="image/png")
        d.add_bytes("screenshot-viewport.png", post_png(400, 300, seed=4), role="screenshot_viewport",
                    media_type="image/png")
        d.add_bytes("capture.warc.gz", make_warc(url, with_secrets=bool(session)), role="warc",
                    media_type="application/warc")
        return d.seal()
