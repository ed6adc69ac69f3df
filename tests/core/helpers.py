"""Helpers for core tests: run the real command line in a subprocess, snapshot vault files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli_env(tmp_path: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_KIT_") or k == "EVIDENCE_KIT_TSA"}
    env.update({"EVIDENCE_KIT_LANG": "en", "PYTHONPATH": str(ROOT)})
    env.update({k: str(v) for k, v in extra.items()})
    return env


def run_cli(args, env, *, input_text=None, timeout=120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", *map(str, args)], env=env,
                          input=input_text, capture_output=True, text=True, timeout=timeout,
                          stdin=None if input_text is not None else subprocess.DEVNULL, **kw)


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file (the lock file excluded: it is empty and reused)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != "lock":
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
