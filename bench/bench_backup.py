"""Backup figures, each timed as the whole `evidence-kit` command beside `cp -r` + `sync` of the
vault folder in the same run. Prints them; asserts nothing.

    .venv/bin/python bench/bench_backup.py [--size-mib 1024] [--items 10000] [--new-mib 10] [--dir DIR]
                                           [--target-dir DIR] [--first-only]

- first `backup run` of a vault of SIZE MiB to a local folder (target ≤ 1.5× cp -r + sync)
- `backup run` after one new item of NEW MiB (target ≤ 1 s plus the copy of that item)
- `backup run` with nothing new on a vault of ITEMS items (target ≤ 1 s)
- `restore` of the SIZE MiB backup into an empty folder (target ≤ 2× cp -r + sync)

Both sides write to the same disk (DIR, default a temp folder), or, with --target-dir, both the
backup and the plain copy go there (bench/usb_stick.sh makes an emulated USB stick for it, whose
reads and writes are throttled as a stick's are): the figures say what the work costs against a
plain copy to the same place.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence_kit.vault import Vault  # noqa: E402

PW = "bench passphrase"
FAST = {"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1}
MIB = 1 << 20


def ek(*args) -> tuple[float, subprocess.CompletedProcess]:
    env = dict(os.environ, EVIDENCE_KIT_PASSPHRASE=PW, EVIDENCE_KIT_TSA="http://127.0.0.1:9/tsr",
               PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", *map(str, args)], env=env,
                       capture_output=True, text=True, stdin=subprocess.DEVNULL)
    took = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"{args}: exit {r.returncode}\n{r.stdout}\n{r.stderr}")
    return took, r


def cp_sync(src: Path, dst: Path, *, each: bool = False) -> float:
    """`cp -r` + `sync`; with `each`, `sync FILE…` (an fsync of every file, as the backup does):
    on the emulated stick only writes made by the process itself are throttled, and a bare
    `sync` leaves the writing to the system's own threads."""
    t = time.perf_counter()
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    if each:
        files = [str(p) for p in dst.rglob("*") if p.is_file()]
        for at in range(0, len(files), 500):
            subprocess.run(["sync", "--", *files[at:at + 500]], check=True)
    subprocess.run(["sync"], check=True)
    return time.perf_counter() - t


def drop(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    subprocess.run(["sync"], check=True)


def make_vault(path: Path, *, size_mib: int, items: int) -> None:
    """A vault of `items` items holding `size_mib` MiB between them (random bytes: incompressible)."""
    v, _ = Vault.create(path, PW, kdf=FAST)
    per = max(1, size_mib * MIB // max(items, 1))
    for i in range(items):
        with v.new_item("import", title=f"bench {i}") as d:
            d.add_bytes(f"f{i}.bin", os.urandom(per), role="original", media_type="application/octet-stream")
            d.seal()
    v.close()


def add_item(path: Path, mib: int) -> None:
    v = Vault.open(path, PW)
    with v.new_item("import", title="new") as d:
        d.add_bytes("new.bin", os.urandom(mib * MIB), role="original", media_type="application/octet-stream")
        d.seal()
    v.close()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--size-mib", type=int, default=1024)
    p.add_argument("--items", type=int, default=10000)
    p.add_argument("--big-items", type=int, default=64, help="items the SIZE MiB vault holds")
    p.add_argument("--new-mib", type=int, default=10)
    p.add_argument("--dir", help="where to work (default: a temp folder)")
    p.add_argument("--target-dir", help="where the backup and the plain copy go (default: beside the vault)")
    p.add_argument("--first-only", action="store_true", help="only the first backup, against cp")
    p.add_argument("--fsync-each", action="store_true", help="cp's copy synced file by file (bench/usb_stick.sh)")
    a = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ek-bench-backup-", dir=a.dir))
    there = Path(tempfile.mkdtemp(prefix="ek-bench-target-", dir=a.target_dir)) if a.target_dir else work
    try:
        vault, usb = work / "vault", there / "usb"
        make_vault(vault, size_mib=a.size_mib, items=a.big_items)
        usb.mkdir()
        ek("--vault", vault, "backup", "add", "usb", usb)
        subprocess.run(["sync"], check=True)
        cp = cp_sync(vault, there / "cp-copy", each=a.fsync_each)
        drop(there / "cp-copy")
        first, _ = ek("--vault", vault, "backup", "run", "usb")
        print(f"first backup of {a.size_mib} MiB ({a.big_items} items): {first:.2f} s; cp -r + sync {cp:.2f} s "
              f"= {first / cp:.2f}× (target ≤ 1.5×)")
        if a.first_only:
            return

        t = time.perf_counter()
        add_item(vault, a.new_mib)
        subprocess.run(["sync"], check=True)
        item_file = max((f for f in (vault / "objects").rglob("*") if f.is_file()), key=lambda f: f.stat().st_mtime)
        cp1 = cp_sync(item_file, work / "one-item")
        inc, r = ek("--vault", vault, "backup", "run", "usb", "--json")
        got = json.loads(r.stdout)[0]
        print(f"incremental after one new {a.new_mib} MiB item: {inc:.2f} s, {got['bytes_copied'] / MIB:.1f} MiB "
              f"copied; cp + sync of that item {cp1:.2f} s (target ≤ 1 s + the copy)")

        restore_dir = work / "restored"
        subprocess.run(["sync"], check=True)
        cp2 = cp_sync(usb, work / "cp-usb")
        drop(work / "cp-usb")
        rs, _ = ek("--vault", restore_dir, "restore", usb)
        print(f"restore of {a.size_mib + a.new_mib} MiB: {rs:.2f} s; cp -r + sync {cp2:.2f} s = {rs / cp2:.2f}× "
              f"(target ≤ 2×)")
        drop(vault)
        drop(usb)
        drop(restore_dir)

        many = work / "many"
        make_vault(many, size_mib=max(1, a.items // 1000), items=a.items)
        (work / "usb2").mkdir()
        ek("--vault", many, "backup", "add", "usb", work / "usb2")
        ek("--vault", many, "backup", "run", "usb")
        ek("--vault", many, "backup", "run", "usb")      # the entry of the first run copied
        none, r = ek("--vault", many, "backup", "run", "usb", "--json")
        got = json.loads(r.stdout)[0]
        print(f"nothing new on {a.items} items: {none:.2f} s, {got['bytes_copied']} bytes written "
              f"(target ≤ 1 s)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if there != work:
            shutil.rmtree(there, ignore_errors=True)


if __name__ == "__main__":
    main()
