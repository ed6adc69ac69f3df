"""HTTPS: the certificate the server presented is recorded with the capture."""

from __future__ import annotations

import pytest

from evidence_kit.timeutil import from_iso
from tests.site.server import serve
from tests.site.tls import COMMON_NAME, server_context

pytestmark = pytest.mark.browser


def test_tls_details_are_recorded(tmp_path, capture_urls, vault):
    with serve(tls=server_context(tmp_path)) as site:
        assert site.base.startswith("https://")
        [result] = capture_urls([site.url("/post-short")])
    item = vault.get(result.item.id)
    assert item.status == "sealed" and item.http_status == 200
    tls = item.metadata["tls"]
    assert tls is not None and tls["protocol"].startswith("TLS")
    assert COMMON_NAME in tls["subject"] and COMMON_NAME in tls["issuer"]
    assert from_iso(tls["valid_from"]) < from_iso(item.captured_at) < from_iso(tls["valid_to"])
    assert item.metadata["server"]["ip"] == "127.0.0.1"
    # the browser accepted the self-signed certificate; the record says it is not trusted, and why
    assert tls["trusted_by_this_computer"] is False and "self" in tls["trust_check"].lower()
    # and the key of the same reason beside it, so a dossier can say it in Tajik or Russian
    assert tls["trust_check_key"] == "capture.tls.self_signed"
    assert tls["trust_check_params"]["reason"] == tls["trust_check"]
    assert vault.verify().ok
