"""What trusted time, PDF signing and WACZ cost (there are no targets; these are figures).

    .venv/bin/python bench/bench_trust.py [--items 50]

A local RFC 3161 authority (openssl ts -reply behind HTTP on 127.0.0.1, as the tests use) stands in
for the public ones: network round trips to a real authority add their own latency on top.
Prints: stamping N items in process and as the whole `evidence-kit stamp` command; signing one court
PDF (and its size before/after); one WACZ; a bundle export with and without an authority.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=50)
    args = ap.parse_args()
    from datetime import datetime, timezone

    from evidence_kit import timestamps
    from evidence_kit.vault import Vault
    from export import export_items, pdfsign
    from export.bundle import wacz
    from tests.conftest import FAST_KDF
    from tests.trust.helpers import add_warc_capture
    from tests.trust.tsa import TestTSA

    tmp = Path(tempfile.mkdtemp(prefix="ek-bench-trust-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None))
    print(f"machine load caveat: figures from a shared 2-core machine (load {os.getloadavg()[0]:.1f})")
    try:
        with TestTSA(tmp / "tsa") as tsa:
            os.environ["EVIDENCE_KIT_TSA"] = tsa.url
            os.environ["EVIDENCE_KIT_TSA_CA"] = str(tsa.ca_pem)      # its tokens count as trusted time
            vault, _ = Vault.create(tmp / "vault", "bench pass", kdf=FAST_KDF)
            for n in range(args.items):
                add_warc_capture(vault, url=f"https://t.me/bench/{n}", title=f"post {n}")
            t = time.perf_counter()
            rep = timestamps.stamp_pending(vault)
            dt = time.perf_counter() - t
            print(f"stamp {len(rep.stamped)} items in process: {dt:.2f} s ({dt / max(1, len(rep.stamped)) * 1000:.0f} ms/item)")
            for n in range(args.items, 2 * args.items):
                add_warc_capture(vault, url=f"https://t.me/bench/{n}", title=f"post {n}")
            vault.close()
            env = dict(os.environ, EVIDENCE_KIT_VAULT=str(tmp / "vault"), EVIDENCE_KIT_PASSPHRASE="bench pass",
                       PYTHONPATH=str(ROOT))
            t = time.perf_counter()
            r = subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "stamp"], env=env,
                               capture_output=True, text=True)
            print(f"whole command `evidence-kit stamp` for {args.items} pending items: "
                  f"{time.perf_counter() - t:.2f} s (exit {r.returncode})")
            vault = Vault.open(tmp / "vault", "bench pass")
            from export import court
            from export.common import now, select

            pdf = court.build(vault, select(vault, case="Case"), lang="en", paper="a4", include_sensitive=False,
                              dossier_id="EKD-BENCH", prepared_at=now())
            t = time.perf_counter()
            signed, info = pdfsign.sign_pdf(vault, pdf, reason="bench")
            print(f"sign a {len(pdf) / 1e6:.1f} MB court PDF ({info['pades']}): {time.perf_counter() - t:.2f} s, "
                  f"+{(len(signed) - len(pdf)) / 1024:.0f} KiB")
            item = vault.get(vault.items()[0].id)
            t = time.perf_counter()
            data = wacz.build_wacz(vault, item, created=datetime.now(timezone.utc), tool="bench")
            print(f"one WACZ: {(time.perf_counter() - t) * 1000:.0f} ms, {len(data) / 1024:.0f} KiB")
            for label, url in (("with the local authority", tsa.url), ("offline (refused at once)", "http://127.0.0.1:9/")):
                os.environ["EVIDENCE_KIT_TSA"] = url
                t = time.perf_counter()
                export_items(vault, "bundle", tmp / f"b-{len(label)}.zip", case="Case")
                print(f"bundle of {2 * args.items} captures, {label}: {time.perf_counter() - t:.2f} s")
            vault.close()
    finally:                      # also when the run is stopped half-way
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
