"""Capture benchmarks (prints figures; asserts nothing).

    .venv/bin/python bench/bench_capture.py

1. One capture of the long local post with every artifact (service start + launch + capture + seal
   + close) against a bare Playwright script (launch, goto, full-page screenshot, close) on the same
   page, in the same run. Target: at most 1.5x.
2. A batch of 50 local URLs with the default 2 concurrent pages. Target: at most 2 s per URL.
3. Peak memory of that batch: this process plus the browser and driver processes. Target: 1.5 GiB.
   Measured as the sum of PSS (shared pages split between processes) and, for scale, of RSS.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from capture import CaptureOptions, CaptureService, find_browser  # noqa: E402
from evidence_kit.vault import Vault  # noqa: E402
from tests.site.server import serve  # noqa: E402

KDF = {"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1}
REPEAT = 3


def bare(browser, url: str) -> float:
    from playwright.sync_api import sync_playwright

    t = time.perf_counter()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser.path, args=["--no-sandbox"] if os.geteuid() == 0 else [])
        page = b.new_page()
        page.goto(url)
        page.screenshot(full_page=True)
        b.close()
    return time.perf_counter() - t


def ours(browser, url: str, folder: Path) -> tuple[float, int]:
    vault, _ = Vault.create(folder, "bench", kdf=KDF)
    try:
        t = time.perf_counter()
        with CaptureService(vault, CaptureOptions(), browser=browser) as service:
            r = service.submit(url).result()
        elapsed = time.perf_counter() - t
        assert r.ok, r.error
        return elapsed, len(r.item.artifacts)
    finally:
        vault.close()


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


def batch(browser, site, folder: Path, n: int = 50) -> tuple[float, int, int, int]:
    vault, _ = Vault.create(folder, "bench", kdf=KDF)
    peak = [0, 0]
    stop = threading.Event()
    detached = set()

    def sample():
        while not stop.is_set():
            pids = set(_descendants(os.getpid()))
            # Playwright starts the browser detached from the driver: find it by its private folder
            for d in os.listdir("/proc"):
                if d.isdigit() and int(d) not in pids:
                    try:
                        with open(f"/proc/{d}/cmdline", "rb") as f:
                            if b"/ekb-" in f.read():
                                detached.add(int(d))
                    except OSError:
                        pass
            pids |= {q for p in detached for q in _descendants(p)}
            pss, rss = _mem(pids)
            peak[0], peak[1] = max(peak[0], pss), max(peak[1], rss)
            stop.wait(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    try:
        t = time.perf_counter()
        with CaptureService(vault, CaptureOptions(), browser=browser) as service:
            futures = [service.submit(site.url(f"/batch/{i}")) for i in range(n)]
            results = [f.result() for f in futures]
        elapsed = time.perf_counter() - t
    finally:
        stop.set()
        th.join()
    ok = sum(r.ok for r in results)
    assert vault.verify().ok
    vault.close()
    return elapsed, ok, peak[0], peak[1]


def main() -> None:
    browser = find_browser()
    with serve() as site, tempfile.TemporaryDirectory() as tmp:
        url = site.url("/post")
        bare(browser, url)                       # warm the disk cache for both
        b_times, o_times, arts = [], [], 0
        for i in range(REPEAT):
            b_times.append(bare(browser, url))
            t, arts = ours(browser, url, Path(tmp) / f"v{i}")
            o_times.append(t)
        b, o = statistics.median(b_times), statistics.median(o_times)
        print(f"browser: {browser.name} at {browser.path}; {os.cpu_count()} cores")
        print(f"1. long post ({url}), median of {REPEAT}:")
        print(f"   bare Playwright (launch, goto, full-page screenshot): {b:.2f} s")
        print(f"   Evidence Kit capture, all {arts} artifacts, sealed:    {o:.2f} s")
        print(f"   ratio: {o / b:.2f}x   (target <= 1.5x)")
        elapsed, ok, pss, rss = batch(browser, site, Path(tmp) / "batch")
        print(f"2. batch of 50 local URLs (2 at a time): {elapsed:.1f} s, {elapsed / 50:.2f} s/URL, "
              f"{ok}/50 sealed   (target <= 2 s/URL)")
        print(f"3. peak memory of the batch incl. browser: {pss / 2**30:.2f} GiB PSS "
              f"({rss / 2**30:.2f} GiB summed RSS)   (target <= 1.5 GiB)")


if __name__ == "__main__":
    main()
