"""Capture benchmarks (prints figures; asserts nothing).

    .venv/bin/python bench/bench_capture.py [--repeat N] [--batch N]

Whole processes, timed from start to exit, in the same run:

1. One capture of the long local post (/post: photos, video, audio, 40 comments' worth of text, a
   lazy image) with every artifact, sealed, by `evidence-kit capture URL` (interpreter start,
   unlock with the vault's real Argon2id cost, browser launch, capture, seal, exit) against a bare
   Playwright script process (interpreter start, launch, goto, full-page screenshot, exit) on the
   same page. Target: at most 1.5x. Each run captures the post as if posted anew (/post?v=N: its
   own headline and photo files), so nothing of it is in the vault already: the pictures are
   stored and fingerprinted as a new post's are, not found there from the run before. Beside it,
   in-process figures from the item's own record, and the same capture into a vault with the
   cheapest key settings (what the unlock costs).
2. A batch of 50 local URLs by `evidence-kit capture --from FILE` (2 pages at a time). Target: at
   most 2 s per URL. Peak memory of that process and every process below it (browser included),
   as summed PSS (shared pages split between processes) and, for scale, summed RSS. Target 1.5 GiB.

The machine this runs on may be shared: give the figures with that caveat.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from capture import find_browser  # noqa: E402
from tests.site.server import serve  # noqa: E402

PASSPHRASE = "bench passphrase"

BARE = r"""
import os, sys
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    b = p.chromium.launch(executable_path=sys.argv[1], args=["--no-sandbox"] if os.geteuid() == 0 else [])
    page = b.new_page()
    page.goto(sys.argv[2])
    page.screenshot(full_page=True)
    b.close()
"""


def _env(home: Path, browser: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_KIT_")}
    env.update(HOME=str(home), EVIDENCE_KIT_PASSPHRASE=PASSPHRASE, EVIDENCE_KIT_BROWSER=browser,
               EVIDENCE_KIT_LANG="en", PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    return env


def _cli(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", *args], env=env,
                          capture_output=True, text=True, timeout=600)


def _timed(cmd: list[str], env: dict | None = None, sample=None) -> tuple[float, subprocess.CompletedProcess]:
    t = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()
    th = threading.Thread(target=sample, args=(p.pid, stop), daemon=True) if sample else None
    if th:
        th.start()
    out, err = p.communicate(timeout=900)
    elapsed = time.perf_counter() - t
    stop.set()
    if th:
        th.join()
    return elapsed, subprocess.CompletedProcess(cmd, p.returncode, out, err)


def _descendants(pid: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _mem(pids) -> tuple[int, int]:
    pss = rss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
        except OSError:
            pass
    return pss, rss


class Peak:
    """Peak summed PSS/RSS of a process and all below it. Playwright starts the browser detached
    from its driver: it is found by its private folder, which carries the capture's process id."""

    def __init__(self):
        self.pss = self.rss = 0

    def __call__(self, pid: int, stop: threading.Event) -> None:
        needle = f"/ekb-{pid}-".encode()
        detached: set[int] = set()
        while not stop.is_set():
            pids = set(_descendants(pid))
            for d in os.listdir("/proc"):
                if d.isdigit() and int(d) not in pids and int(d) not in detached:
                    try:
                        with open(f"/proc/{d}/cmdline", "rb") as f:
                            if needle in f.read():
                                detached.add(int(d))
                    except OSError:
                        pass
            pids |= {q for p in detached for q in _descendants(p)}
            pss, rss = _mem(pids)
            self.pss, self.rss = max(self.pss, pss), max(self.rss, rss)
            stop.wait(0.1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--batch", type=int, default=50)
    a = ap.parse_args()
    browser = find_browser()
    with serve() as site, tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = _env(home, browser.path)
        vault = home / "vault"
        r = _cli(["--vault", str(vault), "init"], env)          # the real (default) Argon2id cost
        assert r.returncode == 0, r.stderr
        url = site.url("/post")
        fresh = iter(range(1, 10_000))          # every run a post the vault has not seen

        def bare_cmd():
            return [sys.executable, "-c", BARE, browser.path, f"{url}?v={next(fresh)}"]

        def ours_cmd(into=vault):
            return [sys.executable, "-m", "evidence_kit.cli.main", "--vault", str(into), "capture",
                    f"{url}?v={next(fresh)}", "--json"]
        # the same capture into a vault with the cheapest Argon2id settings: what the unlock costs
        from evidence_kit.vault import Vault

        cheap_vault = home / "vault-cheap-kdf"
        Vault.create(cheap_vault, PASSPHRASE, kdf={"name": "argon2id", "iterations": 1, "memory_kib": 8192,
                                                   "lanes": 1})[0].close()
        _timed(bare_cmd())                                        # warm the disk cache for both
        _timed(ours_cmd(), env)
        _timed(ours_cmd(cheap_vault), env)
        b_times, o_times, c_times, inner = [], [], [], []
        for _ in range(a.repeat):                                 # alternated, so load hits all alike
            b_times.append(_timed(bare_cmd())[0])
            t, r = _timed(ours_cmd(), env)
            assert r.returncode == 0, r.stderr
            o_times.append(t)
            item = json.loads(r.stdout)[0]
            inner.append((item["metadata"]["duration_s"], len(item["artifacts"]), item["metadata"]["timings_s"]))
            t, r = _timed(ours_cmd(cheap_vault), env)
            assert r.returncode == 0, r.stderr
            c_times.append(t)
        b, o, c = statistics.median(b_times), statistics.median(o_times), statistics.median(c_times)
        print(f"browser: {browser.name} at {browser.path}; {os.cpu_count()} cores; "
              f"load average before: {os.getloadavg()[0]:.1f}")
        print(f"1. long post ({url}?v=N, a new N each run), whole processes, median of {a.repeat} (alternated):")
        print(f"   bare Playwright script (start, launch, goto, full-page screenshot, exit): {b:.2f} s"
              f"   [{', '.join(f'{x:.2f}' for x in b_times)}]")
        print(f"   evidence-kit capture (start, unlock, launch, capture, seal, exit):       {o:.2f} s"
              f"   [{', '.join(f'{x:.2f}' for x in o_times)}]")
        print(f"   ratio: {o / b:.2f}x   (target <= 1.5x)")
        print(f"   for comparison, into a vault with the cheapest Argon2id settings (1 pass, 8 MiB): {c:.2f} s, "
              f"{c / b:.2f}x   [{', '.join(f'{x:.2f}' for x in c_times)}]")
        dur = statistics.median(d for d, _, _ in inner)
        print(f"   in-process: the page itself (open to copies done, {inner[0][1]} artifacts): {dur:.2f} s; "
              f"steps of the last run: {json.dumps(inner[-1][2])}")
        lst = Path(tmp) / "urls.txt"
        lst.write_text("\n".join(site.url(f"/batch/{i}") for i in range(a.batch)) + "\n", "utf-8")
        peak = Peak()
        t, r = _timed([sys.executable, "-m", "evidence_kit.cli.main", "--vault", str(vault), "capture",
                       "--from", str(lst), "--json"], env, sample=peak)
        ok = sum(1 for i in json.loads(r.stdout) if i["status"] == "sealed") if r.stdout else 0
        print(f"2. batch of {a.batch} local URLs, one whole process (2 at a time): {t:.1f} s, "
              f"{t / a.batch:.2f} s/URL, {ok}/{a.batch} sealed   (target <= 2 s/URL)")
        print(f"3. peak memory of that process and all below it: {peak.pss / 2**30:.2f} GiB PSS "
              f"({peak.rss / 2**30:.2f} GiB summed RSS)   (target <= 1.5 GiB)")


if __name__ == "__main__":
    main()
