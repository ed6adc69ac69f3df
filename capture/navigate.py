"""Opening an address within limits: errors turned into words, the deadline of one capture, and
waiting until a page has settled."""

from __future__ import annotations

import asyncio
import re
import time

from . import scripts
from .model import CaptureOptions
from .network import NetworkRecorder

_NET = [("ERR_NAME_NOT_RESOLVED", "capture.err.dns"), ("ERR_NAME_RESOLUTION_FAILED", "capture.err.dns"),
        ("ERR_CONNECTION_REFUSED", "capture.err.refused"),
        ("ERR_CONNECTION_TIMED_OUT", "capture.err.timeout"), ("ERR_TIMED_OUT", "capture.err.timeout"),
        ("ERR_CONNECTION_RESET", "capture.err.connection_lost"),
        ("ERR_CONNECTION_CLOSED", "capture.err.connection_lost"),
        ("ERR_CONNECTION_ABORTED", "capture.err.connection_lost"),
        ("ERR_EMPTY_RESPONSE", "capture.err.connection_lost"),
        ("ERR_INCOMPLETE_CHUNKED_ENCODING", "capture.err.connection_lost"),
        ("ERR_INTERNET_DISCONNECTED", "capture.err.offline"), ("ERR_ADDRESS_UNREACHABLE", "capture.err.offline"),
        ("ERR_NETWORK_CHANGED", "capture.err.offline"), ("ERR_NETWORK_ACCESS_DENIED", "capture.err.offline"),
        ("ERR_PROXY_CONNECTION_FAILED", "capture.err.offline"), ("ERR_TUNNEL_CONNECTION_FAILED", "capture.err.offline"),
        ("ERR_TOO_MANY_REDIRECTS", "capture.err.redirect_loop"),
        ("ERR_CERT_", "capture.err.certificate"), ("ERR_SSL_", "capture.err.certificate"),
        ("ERR_BLOCKED_BY", "capture.err.blocked"),
        ("ERR_UNKNOWN_URL_SCHEME", "capture.err.unsupported"), ("ERR_INVALID_URL", "capture.err.unsupported")]

# errors that, with a proxy set, come from the proxy or from its way to the site
_PROXY_NET = [("ERR_PROXY_", "capture.err.proxy"), ("ERR_SOCKS_CONNECTION_FAILED", "capture.err.proxy"),
              ("ERR_MANDATORY_PROXY", "capture.err.proxy"),
              ("ERR_SOCKS_CONNECTION_HOST_UNREACHABLE", "capture.err.proxy_site"),
              ("ERR_TUNNEL_CONNECTION_FAILED", "capture.err.proxy_site")]


def classify(exc: BaseException, options: CaptureOptions, *, navigating: bool) -> tuple[str, dict, str]:
    """(message key, fields, technical detail) for an error met while capturing."""
    text = str(exc)
    detail = text.splitlines()[0][:300] if text else type(exc).__name__
    m = re.search(r"net::(ERR_[A-Z_]+)", text)
    if m:
        code = m.group(1)
        proxy = options.route
        if proxy is not None:          # through a proxy: say whether the proxy or the site failed
            for prefix, key in _PROXY_NET:
                if code.startswith(prefix):
                    return key, {"proxy": f"{proxy.host}:{proxy.port}"}, code
        for prefix, key in _NET:
            if code.startswith(prefix):
                params = {"seconds": int(options.first_response_timeout)} if key == "capture.err.timeout" else {}
                return key, params, code
        return "capture.err.other", {}, code
    name = type(exc).__name__
    if name == "TimeoutError" or isinstance(exc, asyncio.TimeoutError):
        secs = options.first_response_timeout if navigating else options.total_timeout
        return "capture.err.timeout", {"seconds": int(secs)}, detail
    low = text.lower()
    if "crash" in low:
        return "capture.err.page_crashed", {}, detail
    if "has been closed" in low or "browser has disconnected" in low or "target closed" in low:
        return "capture.err.browser_crashed", {}, detail
    return "capture.err.other", {}, detail


class Deadline:
    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self, cap: float | None = None, floor: float = 0.1) -> float:
        r = max(floor, self.end - time.monotonic())
        return min(r, cap) if cap is not None else r


async def settle(page, rec: NetworkRecorder, opts: CaptureOptions, answered_at: float, limit: float) -> bool:
    """Wait (at most `limit` s) until the network is quiet, the DOM has stopped changing, and the
    short timers the page set within `timer_horizon` s of answering have run."""
    end = time.monotonic() + limit
    quiet_ms = opts.settle_quiet * 1000
    while True:
        try:
            horizon_ms = (opts.timer_horizon - (time.monotonic() - answered_at)) * 1000
            st = await asyncio.wait_for(page.evaluate(scripts.QUIET_STATE, None), 2)
            horizon = st.get("now", 0) + max(0.0, horizon_ms)
            if horizon_ms > 0:
                st = await asyncio.wait_for(page.evaluate(scripts.QUIET_STATE, horizon), 2)
            else:
                st["timers"] = 0
        except Exception:
            st = {"timers": 0, "sinceMutation": 1e9}
        net_since = time.monotonic() - rec._last_change
        net_quiet = rec.inflight == 0 and net_since >= opts.settle_quiet
        if net_quiet and st["timers"] == 0 and st["sinceMutation"] >= quiet_ms:
            return True
        if time.monotonic() >= end:
            return False
        # look again when the quiet could first be complete (a change meanwhile restarts the wait);
        # both parts are at most settle_quiet, so no look is further away than that
        wait = 0.08
        if rec.inflight == 0 and st["timers"] == 0:
            wait = max(opts.settle_quiet - net_since, (quiet_ms - st["sinceMutation"]) / 1000)
        await asyncio.sleep(max(0.02, wait))
