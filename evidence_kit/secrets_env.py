"""Secrets given through the environment, kept away from every program Evidence Kit starts.

`EVIDENCE_KIT_PASSPHRASE`, `EVIDENCE_KIT_NEW_PASSPHRASE` and `EVIDENCE_KIT_RECOVERY_KEY` let a
script unlock a vault without a prompt. A child process inherits its parent's environment, so
left in `os.environ` they would reach Playwright's driver and every browser process — a renderer
on a hostile page would hold the passphrase. So:

- `take_secrets()` moves them out of `os.environ` (which also unsets them for the C library, so
  `subprocess` and `os.exec*` no longer pass them on) into this module, once, at the start of
  the command line and the app; `secret(name)` reads them from here afterwards;
- `child_env(env)` is the environment for any program we start: the given one (or ours) without
  any `EVIDENCE_KIT_*` secret, for code that builds a child's environment itself.

What this cannot do: the operating system keeps a process's *initial* environment block
(`/proc/<pid>/environ` on Linux) for the life of the process, readable by the same user. A
passphrase file (`--passphrase-file`) or the prompt leaves no such trace.
"""

from __future__ import annotations

import os
import re
from typing import Mapping

SECRET_VARS = ("EVIDENCE_KIT_PASSPHRASE", "EVIDENCE_KIT_NEW_PASSPHRASE", "EVIDENCE_KIT_RECOVERY_KEY")
# any other EVIDENCE_KIT_* variable that names a secret (a later feature's token or key)
_SECRET_NAME = re.compile(r"EVIDENCE_KIT_\w*(PASS|KEY|SECRET|TOKEN|PASSWORD|CREDENTIAL)\w*", re.I)

_taken: dict[str, str] = {}


def is_secret(name: str) -> bool:
    return name in SECRET_VARS or bool(_SECRET_NAME.fullmatch(name))


def take_secrets() -> None:
    """Move every EVIDENCE_KIT_* secret from the environment into this process's memory only."""
    for name in [n for n in os.environ if is_secret(n)]:
        value = os.environ.pop(name)        # os.environ.pop also unsets it for the C library
        if value:
            _taken[name] = value


def secret(name: str) -> str | None:
    """A secret given in the environment (read once, then gone from the environment)."""
    take_secrets()
    return _taken.get(name) or None


def child_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """`env` (default: this process's environment) without any EVIDENCE_KIT_* secret."""
    source = os.environ if env is None else env
    return {k: v for k, v in source.items() if not is_secret(k)}


def forget() -> None:
    """Drop the secrets taken (tests, and after a command has used them)."""
    _taken.clear()
