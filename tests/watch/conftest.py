"""Fixtures for watches and references: the local site, pictures, and items made without a browser."""

from __future__ import annotations

import pytest

from tests.capture.conftest import browser_info  # noqa: F401  (the same fixture: never skipped in CI)
from tests.site import pages_watch
from tests.site.server import serve


@pytest.fixture(scope="module")
def site():
    with serve() as s:
        yield s


@pytest.fixture
def photos():
    return pages_watch


def seal_capture(vault, url: str, *, text: str = "", media: dict[str, bytes] | None = None,
                 http_status: int = 200, status: str = "sealed", platform: dict | None = None,
                 case: str = ""):
    """A capture-like item (what the engine seals), without a browser."""
    md = {"platform": platform} if platform is not None else {}
    with vault.new_item("capture", url=url, final_url=url, title="page", http_status=http_status,
                        status=status, case=case, metadata=md) as d:
        d.add_bytes("page.txt", text.encode(), role="text", media_type="text/plain; charset=utf-8")
        for name, data in (media or {}).items():
            d.add_bytes(name, data, role="media", media_type="image/jpeg")
        return d.seal()
