"""Vault figures: import, unlock, list and verify. Prints them; asserts nothing.

    .venv/bin/python bench/bench_vault.py [--quick]

- import of a 512 MiB file vs `sha256sum` on the same file, same run (target ≤ 2×), timed as the
  whole `evidence-kit import` command (process start, unlock, seal, exit) and in-process; peak memory
  (≤ 200 MiB)
- unlock time with the default Argon2id parameters (target 0.3–1 s)
- `list` of a vault with 10,000 items (target ≤ 1 s), in-process and as the real command
- `verify` of 1 GiB vs `sha256sum` (target ≤ 3×)
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import json
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

from evidence_kit.jsonutil import dumps_line  # noqa: E402
from evidence_kit.vault import Vault, _crypto  # noqa: E402

PW = "bench passphrase"
CHILD_IMPORT = r"""
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from evidence_kit.vault import Vault
from evidence_kit.importer import import_file
v = Vault.open(sys.argv[2], sys.argv[3])
t = time.perf_counter()
import_file(v, Path(sys.argv[4]))
dt = time.perf_counter() - t
v.close()
print(dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
CHILD_VERIFY = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from evidence_kit.vault import Vault
v = Vault.open(sys.argv[2], sys.argv[3], writable=False)
t = time.perf_counter()
r = v.verify()
print(time.perf_counter() - t, r.ok, r.bytes_checked)
"""


def sha256sum_time(path: Path) -> float:
    t = time.perf_counter()
    subprocess.run(["sha256sum", str(path)], check=True, capture_output=True)
    return time.perf_counter() - t


def make_file(path: Path, size: int) -> None:
    block = os.urandom(1 << 20)
    with open(path, "wb") as f:
        for i in range(size >> 20):
            f.write(block[i % 7:] + block[:i % 7])


def _cli_env(vp: Path) -> dict:
    # no time-stamping services: the figure is the import, not a network round trip
    return dict(os.environ, EVIDENCE_KIT_PASSPHRASE=PW, EVIDENCE_KIT_VAULT=str(vp), EVIDENCE_KIT_TSA="")


def _whole_command(args: list[str], env: dict) -> tuple[float, float]:
    """Wall time of `evidence-kit ARGS` from process start to exit, and its peak memory (MiB)."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c",
                        "import resource, sys; from evidence_kit.cli.main import main; rc = main(sys.argv[1:]); "
                        "sys.stderr.write(f'@maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n'); "
                        "sys.exit(rc)", *args], env=env, cwd=ROOT, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"evidence-kit {' '.join(args)} failed: {r.stderr}")
    rss = next(int(line.split()[1]) for line in r.stderr.splitlines() if line.startswith("@maxrss"))
    return dt, rss / 1024


def bench_import(work: Path, size_mib: int) -> None:
    src = work / "big.bin"
    make_file(src, size_mib << 20)
    sha256sum_time(src)                      # warm the page cache for both
    refs, runs, whole = [], [], []
    for i in range(3):
        refs.append(sha256sum_time(src))
        vp = work / f"v-import-{i}"
        Vault.create(vp, PW)[0].close()
        out = subprocess.run([sys.executable, "-c", CHILD_IMPORT, str(ROOT), str(vp), PW, str(src)],
                             check=True, capture_output=True, text=True).stdout.split()
        runs.append((float(out[0]), int(out[1]) / 1024))
        shutil.rmtree(vp)
        vp = work / f"v-import-cli-{i}"
        Vault.create(vp, PW)[0].close()
        whole.append(_whole_command(["import", str(src)], _cli_env(vp)))
        shutil.rmtree(vp)
    ref = min(refs)
    best = min(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    w_best = min(w[0] for w in whole)
    w_peak = max(w[1] for w in whole)
    print(f"import {size_mib} MiB, whole `evidence-kit import` (start, unlock, seal, exit): {w_best:.2f} s "
          f"(sha256sum {ref:.2f} s, ratio {w_best / ref:.2f}×, target ≤ 2×); peak memory {w_peak:.0f} MiB")
    print(f"import {size_mib} MiB, in-process import_file: {best:.2f} s (ratio {best / ref:.2f}×); "
          f"peak memory {peak:.0f} MiB (target ≤ 200 MiB)")
    src.unlink()


def bench_unlock(work: Path) -> None:
    vp = work / "v-unlock"
    Vault.create(vp, PW)[0].close()
    times = []
    for _ in range(5):
        t = time.perf_counter()
        Vault.open(vp, PW, writable=False).close()
        times.append(time.perf_counter() - t)
    print(f"unlock: median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}; target 0.3–1 s)")
    from evidence_kit.vault import _crypto
    from evidence_kit.vault.keys import DEFAULT_KDF

    kdf = {k: DEFAULT_KDF[k] for k in ("iterations", "memory_kib", "lanes")}
    for name, fn in (("parallel lanes (libargon2)", _crypto.argon2id),
                     ("lane after lane (cryptography)", _crypto.argon2id_sequential)):
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            fn(b"bench", bytes(16), **kdf)
            runs.append(time.perf_counter() - t)
        print(f"  key derivation, {name}: median {statistics.median(runs):.2f} s")


def bench_list(work: Path, n: int) -> None:
    vp = work / "v-list"
    v, _ = Vault.create(vp, PW)
    v.durable = False                        # bench set-up only: skip fsync while making items
    t = time.perf_counter()
    for i in range(n):
        with v.new_item("capture", case=f"case {i % 7}", url=f"https://t.me/s/channel{i % 50}/{i}",
                        final_url=f"https://t.me/s/channel{i % 50}/{i}", title=f"Post {i} — паём",
                        http_status=200, metadata={"n": i}) as d:
            d.add_bytes("text.txt", f"post {i}".encode(), role="text", media_type="text/plain")
            d.seal()
    v.close()
    made = time.perf_counter() - t
    # in-process, phase by phase: what the whole command below spends its time on
    kdf_runs = []
    real_kdf = _crypto.argon2id

    def timed_kdf(*a, **k):
        t0 = time.perf_counter()
        try:
            return real_kdf(*a, **k)
        finally:
            kdf_runs.append(time.perf_counter() - t0)

    _crypto.argon2id = timed_kdf
    try:
        t = time.perf_counter()
        v = Vault.open(vp, PW, writable=False)
        t_open = time.perf_counter() - t
    finally:
        _crypto.argon2id = real_kdf
    t = time.perf_counter()
    rows = [dict(r, metadata=None) for r in v.item_rows()]
    t_rows = time.perf_counter() - t
    t = time.perf_counter()
    "[\n" + ",\n".join("  " + dumps_line(x) for x in rows) + "\n]"
    t_json = time.perf_counter() - t
    v.close()
    assert len(rows) == n
    env = _cli_env(vp)
    cli, start = [], []
    for _ in range(5):
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "list", "--json"], env=env,
                           capture_output=True, cwd=ROOT, check=True)
        cli.append(time.perf_counter() - t)
        # the same command up to where it asks for a passphrase: Python's start, imports, parser
        bare = {k: val for k, val in env.items() if k != "EVIDENCE_KIT_PASSPHRASE"}
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "list", "--json"], env=bare,
                       capture_output=True, cwd=ROOT, stdin=subprocess.DEVNULL)
        start.append(time.perf_counter() - t)
    assert len(json.loads(r.stdout)) == n
    kdf = sum(kdf_runs)
    print(f"list of {n} items (made in {made:.0f} s):")
    print(f"  `evidence-kit list --json`, whole command: median {statistics.median(cli):.2f} s, "
          f"best {min(cli):.2f} s (target ≤ 1 s)")
    print(f"    of which start, imports and parser (up to the passphrase): median "
          f"{statistics.median(start):.2f} s")
    print(f"  in-process: key derivation {kdf:.2f} s, rest of the unlock and index read "
          f"{t_open - kdf:.2f} s, rows {t_rows * 1000:.0f} ms, JSON {t_json * 1000:.0f} ms")


def bench_verify(work: Path, size_mib: int) -> None:
    vp = work / "v-verify"
    v, _ = Vault.create(vp, PW)
    src = work / "verify.bin"
    make_file(src, size_mib << 20)
    from evidence_kit.importer import import_file

    import_file(v, src)
    v.close()
    sha256sum_time(src)
    ref = min(sha256sum_time(src) for _ in range(3))
    src.unlink()
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", CHILD_VERIFY, str(ROOT), str(vp), PW],
                             check=True, capture_output=True, text=True).stdout.split()
        assert out[1] == "True"
        runs.append(float(out[0]))
    best = min(runs)
    print(f"verify {size_mib} MiB: {best:.2f} s (sha256sum of the same bytes {ref:.2f} s, "
          f"ratio {best / ref:.2f}×, target ≤ 3×)")


def main() -> None:
    quick = "--quick" in sys.argv
    base = Path(os.environ.get("BENCH_DIR", "/var/tmp"))
    with tempfile.TemporaryDirectory(dir=base) as d:
        work = Path(d)
        print(f"# vault bench on {os.cpu_count()} cores, {'quick' if quick else 'full'} sizes, in {base}")
        bench_unlock(work)
        bench_import(work, 64 if quick else 512)
        bench_verify(work, 128 if quick else 1024)
        bench_list(work, 1000 if quick else 10000)


if __name__ == "__main__":
    main()
