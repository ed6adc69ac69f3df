"""Shared fixtures: a real vault in tmp_path, and an isolated HOME/config for every test."""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A test run started in the background by a script (`cmd &` in a non-interactive shell) inherits
# Ctrl-C as ignored, and so would every program the tests start: the tests of what Ctrl-C does
# would then see it ignored. Give the run Ctrl-C's usual meaning, as a terminal would.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# A cheap Argon2id for vaults made inside tests (the real default costs ~0.4 s per unlock).
FAST_KDF = {"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1}
PASSPHRASE = "correct horse батарея ҷавоб"
OFFLINE_TSA = "http://127.0.0.1:9/tsr"     # the discard port: refused at once


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Never read or write the real user's settings; messages in English unless a test says so."""
    cfg = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(cfg / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(cfg / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cfg / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(cfg / "state"))
    monkeypatch.setenv("EVIDENCE_KIT_LANG", "en")
    monkeypatch.delenv("EVIDENCE_KIT_PASSPHRASE", raising=False)
    monkeypatch.delenv("EVIDENCE_KIT_VAULT", raising=False)
    # No test may reach the internet: time-stamping services point at loopback, where nothing
    # listens unless a test runs its own (tests/trust/tsa.py) and sets this to its address.
    monkeypatch.setenv("EVIDENCE_KIT_TSA", OFFLINE_TSA)
    monkeypatch.delenv("EVIDENCE_KIT_TSA_CA", raising=False)     # no extra trusted root unless a test adds one
    monkeypatch.delenv("EVIDENCE_KIT_PROXY", raising=False)
    from evidence_kit import i18n, secrets_env

    secrets_env.forget()             # secrets an earlier in-process command took from the environment
    i18n.set_language("en")
    yield
    i18n._current = None
    secrets_env.forget()


@pytest.fixture
def make_vault(tmp_path):
    """make_vault(name="vault") -> (open writable Vault, recovery key); closed after the test."""
    from evidence_kit.vault import Vault

    opened = []

    def make(name: str = "vault", passphrase: str = PASSPHRASE, **kw):
        v, rk = Vault.create(tmp_path / name, passphrase, kdf=FAST_KDF, **kw)
        opened.append(v)
        return v, rk

    yield make
    for v in opened:
        v.close()


@pytest.fixture
def vault(make_vault):
    return make_vault()[0]


UNLOCK_T0 = datetime(2026, 12, 6, 20, 0, 0, tzinfo=timezone.utc)


class FakeClock:
    """The unlock limit's clock (evidence_kit/vault/attempts.py), moved by hand: waits without
    waiting."""

    def __init__(self):
        self.now = UNLOCK_T0

    def __call__(self):
        return self.now

    def advance(self, seconds: float):
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    from evidence_kit.vault import attempts

    c = FakeClock()
    monkeypatch.setattr(attempts, "clock", c)
    return c
