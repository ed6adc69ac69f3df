"""A local RFC 3161 authority for the trust tests (openssl ts -reply behind HTTP on 127.0.0.1)."""

from __future__ import annotations

import shutil

import pytest

from .tsa import TestTSA


@pytest.fixture(scope="session")
def tsa_dir(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.fail("the trust tests need openssl (scripts/setup.sh installs it)")
    return tmp_path_factory.mktemp("tsa")


@pytest.fixture
def tsa(tsa_dir, monkeypatch):
    """A running local TSA; EVIDENCE_KIT_TSA points at it for this test."""
    with TestTSA(tsa_dir) as t:
        monkeypatch.setenv("EVIDENCE_KIT_TSA", t.url)
        yield t
