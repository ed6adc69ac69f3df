"""Capturing web pages as sealed evidence (Playwright + a Chromium-family browser).

    from capture import CaptureService, CaptureOptions, find_browser
    with CaptureService(vault, CaptureOptions()) as service:
        result = service.submit("https://t.me/s/channel").result()

See service.py for threads, engine.py for one capture, docs/methodology.md for what it proves.
"""

from .browser import BrowserInfo, find_browser
from .model import CaptureOptions, CaptureResult

__all__ = ["BrowserInfo", "CaptureJob", "CaptureOptions", "CaptureResult", "CaptureService", "find_browser"]


def __getattr__(name: str):
    # The service (and with it Playwright, ~50 ms) is imported when first asked for, so that
    # `capture.urls` can check a command's input, and the vault's unlock can start, before it.
    if name in ("CaptureJob", "CaptureService"):
        from . import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
