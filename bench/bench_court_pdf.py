"""Court dossier of screenshots: 100 imported 1366×6000 text screenshots → one court PDF.

    .venv/bin/python bench/bench_court_pdf.py [--items 100] [--text plain|antialiased|both]
                                              [--max-size MB] [--keep DIR]

Targets: ≤ 60 s, peak memory ≤ 1.5 GiB, file < 30 MB, timed as the whole command
(`evidence-kit export --kind court ...` from process start: Python, imports, unlock with the
vault's real key derivation, the export) beside the in-process figure (export_items alone).

Every screenshot slice goes into the PDF without loss at its own pixel size (checked here on a
sample with pdfimages). What that costs depends on the text in the picture, so two kinds are
measured, each with its PNG and a JPEG at quality 62 (the old way) per screenshot:
- plain: text drawn without antialiasing (a few colours), the kind of screenshot the reference
  figures (117 KB lossless vs 611 KB JPEG per screenshot) were measured on;
- antialiased: grey antialiased text on white, as a browser draws it (about 240 greys).
A browser's screenshot of dense coloured text (blue names, grey times on tinted bubbles) has
more than 256 colours and is larger again losslessly; `--max-size` cuts such a dossier into
volumes for e-filing.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import io
import json
import os
import random
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
CASE = "Скриншотҳо — 100"
WORDS = ("Суратҳои шахсии ӯро бе иҷозат нашр карданд суроғаи хонааш ҳам ин ҷост "
         "Личные фотографии опубликованы без согласия вместе с номером телефона "
         "Ҳамаи инро бубинед ва паҳн кунед +992 90 000 00 00").split()


def text_screenshot(seed: int, *, antialias: bool, width: int = 1366, height: int = 6000) -> bytes:
    """A page of posts: a handle and a few lines of Tajik and Russian text each, in a 680 px
    column on white, like a channel page a browser saved."""
    from PIL import Image, ImageDraw, ImageFont

    from evidence_kit.resources import FONT_BOLD, FONT_REGULAR, asset

    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    d.fontmode = "L" if antialias else "1"
    body = ImageFont.truetype(str(asset(*FONT_REGULAR)), 16)
    bold = ImageFont.truetype(str(asset(*FONT_BOLD)), 22)
    col = 680
    x0 = (width - col) // 2
    y = 40
    while y < height - 80:
        d.text((x0, y), f"@leaks_{seed} · {rnd.randrange(1000, 9999)}", font=bold, fill=(40, 40, 40))
        y += 40
        for _ in range(rnd.randrange(2, 7)):
            line = ""
            while True:
                word = rnd.choice(WORDS)
                if d.textlength(f"{line} {word}", font=body) > col:
                    break
                line = f"{line} {word}".strip()
            if y > height - 40:
                break
            d.text((x0, y), line, font=body, fill=(20, 20, 20))
            y += 26
        y += 30
        d.line((x0, y, x0 + col, y), fill=(220, 220, 220))
        y += 30
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def jpeg62(png: bytes) -> int:
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(out, "JPEG", quality=62, optimize=True, subsampling=2)
    return len(out.getvalue())


def build_vault(path: Path, n: int, *, antialias: bool, files: Path) -> dict:
    from evidence_kit.importer import import_file
    from evidence_kit.vault import Vault

    vault, _ = Vault.create(path, PASS, collector="Bench")        # the real key derivation
    vault.durable = False
    files.mkdir(parents=True, exist_ok=True)
    png_total = jpeg_sample = png_sample = 0
    try:
        for i in range(n):
            png = text_screenshot(i, antialias=antialias)
            png_total += len(png)
            if i < 5:
                png_sample += len(png)
                jpeg_sample += jpeg62(png)
            f = files / f"screenshot-{i:03d}.png"
            f.write_bytes(png)
            import_file(vault, f, case=CASE)
            f.unlink()
    finally:
        vault.close()
    return {"png_kb": png_total / n / 1024, "png_sample_kb": png_sample / 5 / 1024,
            "jpeg62_sample_kb": jpeg_sample / 5 / 1024}


def child(vault_dir: str, out: str) -> None:
    import export
    from evidence_kit.vault import Vault

    vault = Vault.open(vault_dir, PASS, writable=True)
    t, cpu = time.perf_counter(), time.process_time()
    res = export.export_items(vault, "court", out, case=CASE, lang="tg")
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    vault.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "peak_bytes": peak, "size": res.size}))


def cli() -> list[str]:
    script = Path(sys.executable).with_name("evidence-kit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "evidence_kit.cli.main"]


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def whole_command(vault_dir: Path, out: Path, extra=()) -> tuple[float, float, int, str]:
    """Wall time, CPU time and peak RSS of `evidence-kit export` run as a process of its own (CPU
    time is what a loaded machine does not inflate much)."""
    env = dict(os.environ, EVIDENCE_KIT_PASSPHRASE=PASS)
    cpu = _children_cpu()
    t = time.perf_counter()
    r = subprocess.run([*cli(), "--vault", str(vault_dir), "--lang", "tg", "--json", "export", "--kind", "court",
                        "--case", CASE, "--out", str(out), *extra], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"evidence-kit export failed ({r.returncode}): {r.stderr[-2000:]}")
    cpu = _children_cpu() - cpu
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024    # the largest child so far
    return wall, cpu, peak, r.stdout


def pages(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")), "?")


def lossless_sample(pdf: Path, work: Path) -> str:
    """Whether the first embedded screenshot slices come back from pdfimages as lossless Flate."""
    lst = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "12", str(pdf)], capture_output=True, text=True).stdout
    encs = {ln.split()[8] for ln in lst.splitlines()[2:] if len(ln.split()) > 8}
    return "Flate only" if encs == {"image"} else f"encodings: {sorted(encs)}"


def run_kind(name: str, antialias: bool, args, work: Path) -> None:
    vault_dir = work / f"vault-{name}"
    t = time.perf_counter()
    sizes = build_vault(vault_dir, args.items, antialias=antialias, files=work / f"files-{name}")
    print(f"\n[{name}] vault with {args.items} imported 1366×6000 screenshots made in "
          f"{time.perf_counter() - t:.0f} s (not part of the figures)")
    print(f"  per screenshot: PNG as imported {sizes['png_kb']:.0f} KB; on 5 of them PNG "
          f"{sizes['png_sample_kb']:.0f} KB vs JPEG q62 {sizes['jpeg62_sample_kb']:.0f} KB")
    out = work / f"dossier-{name}.pdf"
    wall, cpu, peak, _ = whole_command(vault_dir, out)
    size = out.stat().st_size
    print(f"  whole command  `evidence-kit export --kind court`: {wall:.1f} s ({cpu:.1f} s CPU), peak memory "
          f"{peak / 2**20:.0f} MiB, file {size / 1e6:.1f} MB, {pages(out)} pages, {lossless_sample(out, work)}"
          f"   (targets: ≤ 60 s, ≤ 1.5 GiB, < 30 MB)")
    out2 = work / f"dossier-{name}-inproc.pdf"
    r = subprocess.run([sys.executable, __file__, "--child", str(vault_dir), str(out2)], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-2000:])
    m = json.loads(r.stdout.strip().splitlines()[-1])
    print(f"  in-process     export_items() alone:          {m['seconds']:.1f} s ({m['cpu']:.1f} s CPU), peak memory "
          f"{m['peak_bytes'] / 2**20:.0f} MiB, file {m['size'] / 1e6:.1f} MB")
    if args.max_size:
        vols = work / f"volumes-{name}"
        vols.mkdir(exist_ok=True)
        wall, cpu, peak, stdout = whole_command(vault_dir, vols / "dossier.pdf", ("--max-size", str(args.max_size)))
        made = sorted(vols.glob("*.pdf"))
        print(f"  --max-size {args.max_size}: {wall:.1f} s ({cpu:.1f} s CPU), peak {peak / 2**20:.0f} MiB, {len(made)} volumes: "
              + ", ".join(f"{p.stat().st_size / 1e6:.1f} MB" for p in made))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--text", choices=["plain", "antialiased", "both"], default="both")
    ap.add_argument("--max-size", type=float, default=None, metavar="MB")
    ap.add_argument("--keep", metavar="DIR")
    ap.add_argument("--child", nargs=2, metavar=("VAULT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    print(f"load now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures on a shared machine are "
          "slower than on a quiet one)")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ek-bench-court-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        kinds = [("plain", False), ("antialiased", True)]
        for name, aa in kinds:
            if args.text in (name, "both"):
                run_kind(name, aa, args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
