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


def on_a_terminal(args, env, dialogue) -> tuple[int, str]:
    """Run `evidence-kit ARGS` on a pseudo-terminal; answer each prompt once, only after it has
    appeared. Returns (exit code, everything shown).

    `dialogue` is [(prompt text, answer), ...]. getpass turns echo off and flushes what was typed
    before its prompt (TCSAFLUSH), so an answer typed early would be lost and the program would
    wait for ever: never type ahead of the prompt."""
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "evidence_kit.cli.main", *map(str, args)], env=env,
                            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT)
    os.close(slave)
    out, seen, pending = b"", 0, list(dialogue)     # output before `seen` has been answered
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            proc.kill()
            raise AssertionError(f"no answer from {args}: {out!r}")
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if pending:
            prompt, answer = pending[0]
            at = out.find(prompt.encode(), seen)
            if at >= 0:
                pending.pop(0)
                seen = at + len(prompt.encode())
                os.write(master, answer.encode() + b"\n")
    proc.wait(timeout=60)
    os.close(master)
    assert not pending, (args, pending, out)
    return proc.returncode, out.decode("utf-8", "replace")


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file (the lock file excluded: it is empty and reused; and
    the unlock limit's counter, which a wrong passphrase changes by design)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name not in ("lock", "unlock-attempts.json"):
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# a parent that runs one command and says the command's peak memory: the test's own process has
# run other children before, whose peaks RUSAGE_CHILDREN would report too
_MEASURE = r"""
import resource, subprocess, sys, time
out, limit, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def cap():      # a safety net: a regression fails with MemoryError instead of eating the machine
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
t = time.monotonic()
rc = subprocess.call(argv, preexec_fn=cap if limit else None)
took = time.monotonic() - t
with open(out, "w") as f:
    f.write(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {took}")
sys.exit(rc)
"""


def run_measured(argv, env, tmp_path: Path, *, address_space_cap: int = 0, timeout=300
                 ) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run `argv` (a whole command: sys.executable first) in its own process; returns
    (the completed process with text stdout/stderr, its peak resident memory in MiB, seconds).
    `address_space_cap`: bytes of address space the command may reserve at most (0: no cap)."""
    out = tmp_path / "measured.txt"
    r = subprocess.run([sys.executable, "-c", _MEASURE, str(out), str(address_space_cap), *map(str, argv)],
                       env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    kib, took = out.read_text().split()
    return r, int(kib) / 1024, float(took)


def cli_argv(*args) -> list[str]:
    return [sys.executable, "-m", "evidence_kit.cli.main", *map(str, args)]
