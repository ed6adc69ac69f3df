"""Everything the page loaded, as it went over the wire: for the WARC, the media and the metadata.

The browser hands over each response body after it has been decoded (gzip, br removed). Bodies are
kept in memory only, up to a per-file and a per-page limit; what is over a limit is recorded as a gap.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime

from evidence_kit.timeutil import utc_now

from .tasks import TaskSet

HEADER_WAIT = 3.0       # seconds to wait for the raw headers of one request (then use what we have)
BODY_WAIT = 30.0


@dataclass
class Exchange:
    """One request and its response."""
    seq: int
    url: str
    method: str
    resource_type: str
    is_navigation: bool
    main_frame: bool
    started_at: datetime
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    post_data: bytes | None = None
    response_at: datetime | None = None
    status: int | None = None
    status_text: str = ""
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | None = None
    body_note: str | None = None      # why there is no body: redirect, too_large, over_budget, unavailable
    ip: str | None = None
    port: int | None = None
    tls: dict | None = None
    failure: str | None = None
    redirected_from: "Exchange | None" = None
    finished: bool = False
    truncated: str | None = None      # why the body is incomplete (WARC-Truncated): length, time, disconnect
    refetched: bool = False           # fetched by the tool after the page, not loaded by the page
    popup: bool = False               # made by a pop-up window the page opened
    protocol: str | None = None       # as the browser used it: "h2", "http/1.1"... (from wire.Wire)
    tls_version: str | None = None    # "tls/1.3"... for HTTPS (from wire.Wire)

    def header(self, name: str) -> str | None:
        name = name.lower()
        for k, v in self.response_headers:
            if k.lower() == name:
                return v
        return None

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").split(";")[0].strip().lower()


class NetworkRecorder:
    """Listens on the page's browser context, so that the requests of pop-up windows the page
    opens are recorded too (marked `popup`)."""

    def __init__(self, page, *, max_file_bytes: int, max_total_bytes: int, context=None):
        self.page = page
        self.source = context if context is not None else page
        self.max_file = max_file_bytes
        self.max_total = max_total_bytes
        self.kept = 0
        self.exchanges: list[Exchange] = []
        self._by_req: dict[int, Exchange] = {}
        self._tasks = TaskSet()
        self._inflight = 0
        self._last_change = time.monotonic()
        self.too_large: list[str] = []
        for ev, fn in self._listeners():
            self.source.on(ev, fn)

    def _listeners(self):
        return (("request", self._on_request), ("response", self._on_response),
                ("requestfinished", self._on_finished), ("requestfailed", self._on_failed))

    # -- events (called by Playwright on the capture thread's loop)
    def _on_request(self, request) -> None:
        try:
            frame = request.frame
            main = frame == self.page.main_frame
            popup = frame.page != self.page
        except Exception:
            main = popup = False
        ex = Exchange(seq=len(self.exchanges), url=request.url, method=request.method,
                      resource_type=request.resource_type, is_navigation=request.is_navigation_request(),
                      main_frame=main, started_at=utc_now(), popup=popup,
                      request_headers=list(request.headers.items()))
        try:
            ex.post_data = request.post_data_buffer
        except Exception:
            ex.post_data = None
        prev = request.redirected_from
        if prev is not None:
            ex.redirected_from = self._by_req.get(id(prev))
        self.exchanges.append(ex)
        self._by_req[id(request)] = ex
        if not request.url.startswith("data:"):
            self._inflight += 1
        self._last_change = time.monotonic()

    def _on_response(self, response) -> None:
        ex = self._by_req.get(id(response.request))
        if ex is not None:
            ex.response_at = utc_now()
            ex.status = response.status
            ex.status_text = response.status_text
            ex.response_headers = list(response.headers.items())

    def _on_finished(self, request) -> None:
        ex = self._by_req.get(id(request))
        if ex is None:
            return
        self._tasks.spawn(self._finish(request, ex))

    def _on_failed(self, request) -> None:
        ex = self._by_req.get(id(request))
        if ex is None:
            return
        try:
            ex.failure = request.failure or "failed"
        except Exception:
            ex.failure = "failed"
        if ex.status is not None and ex.body is None and ex.body_note != "redirect":
            ex.truncated = "disconnect"        # the answer began, then the connection was lost
        ex.finished = True
        self._done_one(request.url)

    def _done_one(self, url: str) -> None:
        if not url.startswith("data:"):
            self._inflight = max(0, self._inflight - 1)
        self._last_change = time.monotonic()

    async def _finish(self, request, ex: Exchange) -> None:
        try:
            response = await request.response()
            if response is None:
                return
            if ex.status is None:
                self._on_response(response)
            try:
                ex.request_headers = await asyncio.wait_for(request.headers_array(), HEADER_WAIT)
                ex.request_headers = [(h["name"], h["value"]) for h in ex.request_headers]
            except Exception:
                pass
            try:
                raw = await asyncio.wait_for(response.headers_array(), HEADER_WAIT)
                ex.response_headers = [(h["name"], h["value"]) for h in raw]
            except Exception:
                pass
            try:
                addr = await asyncio.wait_for(response.server_addr(), HEADER_WAIT)
                if addr:
                    ex.ip, ex.port = addr.get("ipAddress"), addr.get("port")
            except Exception:
                pass
            if ex.resource_type == "document" or ex.is_navigation:
                try:
                    ex.tls = await asyncio.wait_for(response.security_details(), HEADER_WAIT)
                except Exception:
                    ex.tls = None
            if ex.status is not None and 300 <= ex.status < 400 and ex.header("location"):
                ex.body_note = "redirect"
                return
            try:
                declared = int(ex.header("content-length") or 0)
            except ValueError:
                declared = 0
            if declared > self.max_file:
                ex.body_note, ex.truncated = "too_large", "length"
                self.too_large.append(ex.url)
                return
            if self.kept + declared > self.max_total:
                ex.body_note, ex.truncated = "over_budget", "length"
                return
            try:
                body = await asyncio.wait_for(response.body(), BODY_WAIT)
            except Exception:
                ex.body_note = "unavailable"
                ex.truncated = ex.truncated or "unspecified"
                return
            if len(body) > self.max_file:
                ex.body_note, ex.truncated = "too_large", "length"
                self.too_large.append(ex.url)
                return
            if self.kept + len(body) > self.max_total:
                ex.body_note, ex.truncated = "over_budget", "length"
                return
            self.kept += len(body)
            ex.body = body
        finally:
            ex.finished = True
            self._done_one(request.url)

    # -- waiting
    @property
    def inflight(self) -> int:
        return self._inflight

    async def settle(self, quiet: float, limit: float) -> bool:
        """Wait until no request has been open for `quiet` seconds (at most `limit`). True if settled."""
        end = time.monotonic() + max(0.0, limit)
        while time.monotonic() < end:
            if self._inflight == 0 and time.monotonic() - self._last_change >= quiet:
                return True
            await asyncio.sleep(0.05)
        return self._inflight == 0

    async def drain(self, limit: float) -> None:
        """Let the bodies being read arrive (bounded)."""
        await self._tasks.wait(limit)

    def stop(self) -> None:
        self._tasks.cancel()
        for ev, fn in self._listeners():
            try:
                self.source.remove_listener(ev, fn)
            except Exception:
                pass
        for ex in self.exchanges:     # answers still arriving when the capture ended
            if ex.status is not None and not ex.finished and ex.body is None and not ex.truncated:
                ex.truncated = "time"

    # -- reading
    def main_document(self, final_url: str | None = None) -> Exchange | None:
        """The last main-frame navigation that got a response."""
        docs = [e for e in self.exchanges if e.main_frame and e.is_navigation and e.status is not None]
        if final_url:
            exact = [e for e in docs if e.url == final_url]
            if exact:
                return exact[-1]
        return docs[-1] if docs else None

    def chain(self, ex: Exchange) -> list[Exchange]:
        out = [ex]
        seen = {id(ex)}
        while out[0].redirected_from is not None and id(out[0].redirected_from) not in seen:
            out.insert(0, out[0].redirected_from)
            seen.add(id(out[0]))
        return out

    def failed(self) -> list[Exchange]:
        return [e for e in self.exchanges if e.failure and not e.url.startswith("data:")]
