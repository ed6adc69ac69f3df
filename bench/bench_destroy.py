"""Quick delete: how long until the vault no longer opens, and until its folder is gone, beside
`rm -rf` of a copy of the same folder. Prints the figures; asserts nothing.

    python bench/bench_destroy.py [--items 1000] [--size-kib 256] [--rounds 3]

- keys gone: in-process, from the call to the moment every key slot is overwritten and synced
  (from then on neither the passphrase nor the recovery key opens the vault);
- the whole command: `evidence-kit destroy --yes-destroy-this-copy` (process start included);
- `rm -rf` of an identical copy, then `sync`.
Each round deletes a fresh copy of one vault; the figures are the medians.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHEAP_KDF = {"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1}


def make_vault(path: Path, items: int, size: int) -> None:
    from evidence_kit.vault import Vault

    v, _ = Vault.create(path, "bench passphrase", kdf=CHEAP_KDF)
    try:
        for i in range(items):
            with v.new_item("capture", url=f"https://x.test/{i}", title=f"item {i}") as d:
                d.add_bytes("page.bin", os.urandom(size), role="original")
                d.seal()
    finally:
        v.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--size-kib", type=int, default=256)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    from evidence_kit.vault import destroy

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        t = time.perf_counter()
        make_vault(base, a.items, a.size_kib * 1024)
        files = sum(1 for p in base.rglob("*") if p.is_file())
        mib = sum(p.stat().st_size for p in base.rglob("*") if p.is_file()) / 2 ** 20
        print(f"vault: {a.items} items, {files} files, {mib:.0f} MiB (made in {time.perf_counter() - t:.1f} s)")
        keys_gone, whole, rm = [], [], []
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        for r in range(a.rounds):
            copy = Path(tmp) / f"c{r}"
            shutil.copytree(base, copy)
            subprocess.run(["sync"], check=False)
            start = time.perf_counter()
            marks = {}
            destroy._after_keys_gone = lambda: marks.setdefault("keys", time.perf_counter())
            destroy.destroy(copy)
            keys_gone.append(marks["keys"] - start)
            copy = Path(tmp) / f"d{r}"
            shutil.copytree(base, copy)
            subprocess.run(["sync"], check=False)
            t = time.perf_counter()
            p = subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "--vault", str(copy), "destroy",
                                "--yes-destroy-this-copy"], env=env, capture_output=True, text=True,
                               stdin=subprocess.DEVNULL)
            whole.append(time.perf_counter() - t)
            assert p.returncode == 0, p.stderr
            copy = Path(tmp) / f"e{r}"
            shutil.copytree(base, copy)
            subprocess.run(["sync"], check=False)
            t = time.perf_counter()
            subprocess.run(["rm", "-rf", str(copy)], check=True)
            subprocess.run(["sync"], check=False)
            rm.append(time.perf_counter() - t)
        med = statistics.median
        print(f"keys gone (in-process):                       {med(keys_gone) * 1000:.0f} ms")
        print(f"evidence-kit destroy --yes-destroy-this-copy: {med(whole):.2f} s")
        print(f"rm -rf + sync of a copy:                      {med(rm):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
