"""Fixtures for capture tests: the local site, a browser (never skipped in CI), captured items."""

from __future__ import annotations

import os

import pytest

from tests.site.server import serve


@pytest.fixture(scope="session")
def site():
    """The local test site (tests/site/server.py) on 127.0.0.1, for the whole session."""
    with serve() as s:
        yield s


@pytest.fixture(scope="session")
def browser_info():
    from capture import find_browser
    from evidence_kit.errors import BrowserNotFound

    try:
        return find_browser()
    except BrowserNotFound:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("No Chromium-family browser found in CI: capture tests must run, not skip.")
        pytest.skip("no Chromium-family browser on this machine")


@pytest.fixture
def capture_urls(vault, browser_info):
    """capture_urls([url, ...], **options) -> list of CaptureResult, captured into `vault`."""
    from capture import CaptureOptions, CaptureService

    def run(urls, case="", **options):
        opts = CaptureOptions(**options)
        with CaptureService(vault, opts, browser=browser_info) as service:
            futures = [service.submit(u, case=case) for u in urls]
            return [f.result(timeout=opts.total_timeout + 60) for f in futures]

    return run
