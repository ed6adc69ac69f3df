"""The local test site and the browser, as the capture tests have them."""

from tests.capture.conftest import browser_info, site  # noqa: F401  (fixtures)
