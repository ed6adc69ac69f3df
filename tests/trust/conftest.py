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
    """A running local TSA; EVIDENCE_KIT_TSA points at it for this test, and its throwaway root is
    trusted for this run (EVIDENCE_KIT_TSA_CA), as an organisation's own authority would be."""
    with TestTSA(tsa_dir) as t:
        monkeypatch.setenv("EVIDENCE_KIT_TSA", t.url)
        monkeypatch.setenv("EVIDENCE_KIT_TSA_CA", str(t.ca_pem))
        yield t


@pytest.fixture
def untrusted_tsa(tsa_dir, monkeypatch):
    """The same local TSA, but nothing trusts its root: its tokens are what a forger's would be."""
    with TestTSA(tsa_dir) as t:
        monkeypatch.setenv("EVIDENCE_KIT_TSA", t.url)
        monkeypatch.delenv("EVIDENCE_KIT_TSA_CA", raising=False)
        yield t
