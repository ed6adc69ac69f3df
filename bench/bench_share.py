"""Hand-over benchmark: `share` against `export --kind bundle` of the same items, and `receive`
against `import` of the same files, each a whole command in a process of its own.

    .venv/bin/python bench/bench_share.py [--mib 1024] [--file-mib 64] [--repeat 3] [--keep DIR]

The case is `--mib` MiB of files that do not compress (like videos and photos), `--file-mib`
MiB each. Each round imports them into a new vault, exports that as a bundle, shares it, and
receives the share into a copy of a lawyer's vault; rounds alternate so that a busy machine
weighs on every command alike. Prints each round, then each command's median time and highest
peak memory (resident, of the command's own process), and the two ratios of the medians. Targets: share ≤ 1.5 × export --kind bundle,
receive ≤ 2 × import, peak memory ≤ 300 MiB for a 1 GiB case.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASS = "bench passphrase"
CASE = "Парвандаи супурдан"

# runs one command and reports its own peak memory (RUSAGE_CHILDREN of a parent that ran nothing else)
_MEASURE = r"""
import resource, subprocess, sys, time
out, argv = sys.argv[1], sys.argv[2:]
t = time.monotonic()
rc = subprocess.call(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
took = time.monotonic() - t
with open(out, "w") as f:
    f.write(f"{rc} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {took}")
"""


def measured(tmp: Path, env: dict, *args) -> tuple[float, float]:
    """(seconds, peak MiB) of `evidence-kit ARGS`; exits on a failure. What the commands before
    wrote is flushed first (`sync`), so that no command pays for the last one's writing: receive
    runs just after share has written a file of the case's size."""
    out = tmp / "measured.txt"
    os.sync()
    argv = [sys.executable, "-m", "evidence_kit.cli.main", *map(str, args)]
    subprocess.run([sys.executable, "-c", _MEASURE, str(out), *argv], env=env, check=True)
    rc, kib, took = out.read_text().split()
    if rc != "0":
        sys.exit(f"failed ({rc}): {' '.join(map(str, args))}")
    return float(took), int(kib) / 1024


def make_files(folder: Path, total_mib: int, file_mib: int) -> list[Path]:
    folder.mkdir()
    paths, left, k = [], total_mib, 0
    block = 1 << 20
    while left > 0:
        k += 1
        size = min(file_mib, left)
        p = folder / f"video-{k:03d}.mp4"
        with open(p, "wb") as f:
            f.write(b"\x00\x00\x00\x18ftypmp42")          # an MP4's first bytes, so it is seen as one
            for _ in range(size):
                f.write(os.urandom(block))
        paths.append(p)
        left -= size
    return paths


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=1024, help="size of the case in MiB")
    ap.add_argument("--file-mib", type=int, default=64, help="size of each file in MiB")
    ap.add_argument("--repeat", type=int, default=3, help="rounds, alternating the commands (medians are shown)")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and leave it there")
    args = ap.parse_args()
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ek-bench-share-"))
    tmp.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, EVIDENCE_KIT_PASSPHRASE=PASS, EVIDENCE_KIT_LANG="en", PYTHONPATH=str(ROOT),
               EVIDENCE_KIT_TSA="http://127.0.0.1:9/tsr")        # no time-stamping service: offline
    ek = [sys.executable, "-m", "evidence_kit.cli.main"]
    try:
        from evidence_kit.vault import Vault
        from tests.conftest import FAST_KDF

        def new_vault(name: str) -> Path:
            Vault.create(tmp / name, PASS, kdf=FAST_KDF, collector=name)[0].close()
            return tmp / name

        files = make_files(tmp / "files", args.mib, args.file_mib)
        lawyer = new_vault("lawyer")
        recipient = subprocess.run([*ek, "--vault", lawyer, "identity", "--json"], env=env, capture_output=True,
                                   text=True, check=True)
        recipient = json.loads(recipient.stdout)["recipient"]
        rounds: list[dict] = []
        for k in range(args.repeat):
            got = {}
            victim = new_vault(f"victim{k}")
            got["import"] = measured(tmp, env, "--vault", victim, "import", "--case", CASE, *files)
            got["export --kind bundle"] = measured(tmp, env, "--vault", victim, "export", "--kind", "bundle",
                                                   "--case", CASE, "--out", tmp / "case.zip")
            os.unlink(tmp / "case.zip")
            got["share"] = measured(tmp, env, "--vault", victim, "share", "--case", CASE,
                                    "--to", recipient, "--out", tmp / "case.age")
            shutil.copytree(lawyer, tmp / "lawyer-copy")
            got["receive"] = measured(tmp, env, "--vault", tmp / "lawyer-copy", "receive", tmp / "case.age")
            share_mib = os.path.getsize(tmp / "case.age") / 2**20
            for p in (tmp / "lawyer-copy", victim):
                shutil.rmtree(p)
            os.unlink(tmp / "case.age")
            rounds.append(got)
            print(f"round {k + 1}: " + ", ".join(f"{n} {t:.1f} s" for n, (t, _) in got.items())
                  + f"; share/export {got['share'][0] / got['export --kind bundle'][0]:.2f}, "
                  f"receive/import {got['receive'][0] / got['import'][0]:.2f}", flush=True)
        print(f"case: {args.mib} MiB in files of {args.file_mib} MiB; share file {share_mib:.0f} MiB; "
              f"medians of {args.repeat} rounds")
        med = {n: (statistics.median(r[n][0] for r in rounds), max(r[n][1] for r in rounds)) for n in rounds[0]}
        for name, (took, peak) in med.items():
            print(f"  {name:<22} {took:7.1f} s   peak {peak:6.0f} MiB")
        share = med["share"][0] / med["export --kind bundle"][0]
        receive = med["receive"][0] / med["import"][0]
        print(f"share / export --kind bundle: {share:.2f} (target ≤ 1.5)")
        print(f"receive / import:             {receive:.2f} (target ≤ 2)")
        peak = max(p for _, p in med.values())
        print(f"highest peak memory:          {peak:.0f} MiB (target ≤ 300 for 1 GiB)")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
