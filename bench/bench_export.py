"""Export benchmark: a court dossier of 100 items with full-page screenshots.

    .venv/bin/python bench/bench_export.py [--items 100] [--keep DIR]

Prints the time to build the dossier (target ≤ 60 s), the export's peak memory (≤ 1.5 GiB,
measured in a child process that only opens the vault and exports) and the PDF's size (< 30 MB
for typical posts). Also times the bundle, which holds the court PDF and every original.
Screenshots are 1366 px wide (the capture's window) and 1,500–6,000 px tall, with Tajik and
Russian text and a photo, like a channel page or a post with comments. Each post also has the
photos saved from the page (960×720 JPEGs): three, and twenty on every fifth (a channel page),
so the dossier's cap on pictures per exhibit is part of the figures.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASS = "bench passphrase"
CASE = "Парвандаи санҷишӣ — 100 пост"


def build_vault(path: Path, n: int) -> None:
    from evidence_kit.vault import Vault
    from tests.conftest import FAST_KDF
    from tests.export.helpers import add_capture, photo_jpeg, post_png

    vault, _ = Vault.create(path, PASS, kdf=FAST_KDF, collector="Bench")
    vault.durable = False
    photos_pool = [photo_jpeg(960, 720, seed=k) for k in range(40)]
    hosts = ["https://t.me/s/leaks_tj/{}", "https://www.instagram.com/p/C{}xyz/", "https://vk.com/wall-1_{}",
             "https://www.youtube.com/watch?v=v{}", "https://ok.ru/group/5/topic/{}"]
    try:
        for i in range(n):
            height = (1500, 2200, 3000, 4000, 6000)[i % 5]
            png = post_png(1366, height, seed=i, title=f"Пост {i}")
            photos = [photos_pool[(i + k) % len(photos_pool)] for k in range(20 if i % 5 == 0 else 3)]
            media = [(f"media-{k + 1:03d}-photo.jpg", data, "image/jpeg", f"https://cdn.example/{i}/{k}.jpg")
                     for k, data in enumerate(photos)]
            add_capture(vault, case=CASE, url=hosts[i % len(hosts)].format(1000 + i), title=f"Пост {i} — таҳқир",
                        png=png, sensitive=(i % 25 == 0), abuse=["home_address"] if i % 3 == 0 else [],
                        media=media)
    finally:
        vault.close()


def child(vault_dir: str, kind: str, out: str) -> None:
    import export
    from evidence_kit.vault import Vault

    vault = Vault.open(vault_dir, PASS, writable=True)
    t = time.perf_counter()
    res = export.export_items(vault, kind, out, case=CASE, lang="tg")
    elapsed = time.perf_counter() - t
    vault.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": elapsed, "peak_bytes": peak, "size": res.size}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--keep", metavar="DIR")
    ap.add_argument("--child", nargs=3, metavar=("VAULT", "KIND", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ek-bench-export-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        vault_dir = work / "vault"
        t = time.perf_counter()
        if not vault_dir.exists():
            build_vault(vault_dir, args.items)
        print(f"vault with {args.items} captures made in {time.perf_counter() - t:.1f} s (not part of the figures)")
        shots = sum(p.stat().st_size for p in (vault_dir / "objects").rglob("*") if p.is_file())
        print(f"vault size: {shots / 2**20:.1f} MiB")
        for kind, name in (("court", "dossier.pdf"), ("bundle", "bundle.zip")):
            out = work / name
            if out.exists():
                out.unlink()
            r = subprocess.run([sys.executable, __file__, "--child", str(vault_dir), kind, str(out)],
                               capture_output=True, text=True)
            if r.returncode != 0:
                print(r.stderr)
                return 1
            m = json.loads(r.stdout.strip().splitlines()[-1])
            pages = ""
            if kind == "court":
                info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
                pages = next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")), "?")
                pages = f", {pages} pages"
            target = " (targets: ≤ 60 s, ≤ 1.5 GiB, < 30 MB)" if kind == "court" else ""
            print(f"{kind:7} {args.items} items: {m['seconds']:.1f} s, peak memory {m['peak_bytes'] / 2**20:.0f} MiB, "
                  f"file {m['size'] / 1e6:.1f} MB{pages}{target}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
