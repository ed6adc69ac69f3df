"""Platform benchmarks (prints figures; asserts nothing but that the posts were structured).

    .venv/bin/python bench/bench_platforms.py

Target: a Telegram channel preview of 20 posts with photos captured in at most 3 s,
whole command (process start, vault unlock, browser launch, capture, structuring, sealing), with all
posts structured. The made-up t.me is reached through the local test site used as an HTTP proxy.

Printed beside it, in the same run: the same capture inside a running service (browser already
up), the adapter alone (parsing the 20 posts and linking their photos), and a bare Playwright
script's whole process (launch, goto, full-page screenshot) on the same page.

The machine may be shared: figures are medians of REPEAT runs and carry that caveat.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from capture import CaptureOptions, CaptureService, find_browser  # noqa: E402
from evidence_kit.vault import Vault  # noqa: E402
from tests.site import pages_platforms as P  # noqa: E402
from tests.site.server import serve  # noqa: E402

REPEAT = 3
URL = f"http://t.me/s/{P.TG_CHANNEL}"
PASS = "bench pass"

# When `capture --help` shows no --proxy option (an older command line), the same command is run
# with the proxy given to its options by this small launcher, in a process of its own all the same.
LAUNCHER = """
import functools, sys
import capture
capture.CaptureOptions = functools.partial(capture.CaptureOptions, proxy=sys.argv[1])
from evidence_kit.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def has_proxy_flag(env) -> bool:
    out = subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "capture", "--help"], env=env,
                         capture_output=True, text=True).stdout
    return "--proxy" in out


def whole_command(proxy: str, vault: Path, env: dict, native: bool) -> tuple[float, dict]:
    args = ["--vault", str(vault), "--json", "capture", URL]
    cmd = ([sys.executable, "-m", "evidence_kit.cli.main", *args[:3], "capture", "--proxy", proxy, URL] if native
           else [sys.executable, "-c", LAUNCHER, proxy, *args])
    t = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"capture failed ({r.returncode}): {r.stderr[-2000:]}")
    return elapsed, json.loads(r.stdout)[0]


def bare(browser, proxy: str) -> float:
    from playwright.sync_api import sync_playwright

    t = time.perf_counter()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=browser.path, args=["--no-sandbox"] if os.geteuid() == 0 else [],
                              proxy={"server": proxy})
        page = b.new_page()
        page.goto(URL)
        page.screenshot(full_page=True)
        b.close()
    return time.perf_counter() - t


def structured(metadata: dict) -> int:
    pl = metadata.get("platform") or {}
    return sum(1 for p in pl.get("posts", []) if p["text"] and p["published_at"] and p["media"]
               and all(m["artifact"] for m in p["media"]))


def main() -> None:
    browser = find_browser()
    with serve() as site, tempfile.TemporaryDirectory() as d:
        proxy = site.base
        env = dict(os.environ, EVIDENCE_KIT_PASSPHRASE=PASS, EVIDENCE_KIT_LANG="en", PYTHONPATH=str(ROOT))
        native = has_proxy_flag(env)
        vault = Path(d) / "vault"
        subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "--vault", str(vault), "init"], env=env,
                       capture_output=True, check=True)
        whole, posts, steps = [], [], []
        for _ in range(REPEAT):
            t, item = whole_command(proxy, vault, env, native)
            whole.append(t)
            with Vault.open(vault, PASS, writable=False) as v:
                md = v.get(item["id"]).metadata
                posts.append(structured(md))
                steps.append((md["duration_s"], md["timings_s"].get("platform")))
        bare_t = [bare(browser, proxy) for _ in range(REPEAT)]
        v, _ = Vault.create(Path(d) / "v2", PASS, kdf={"name": "argon2id", "iterations": 1, "memory_kib": 8192,
                                                        "lanes": 1})
        inproc, adapter = [], []
        with CaptureService(v, CaptureOptions(proxy=proxy), browser=browser) as service:
            service.submit(URL).result()                          # warm: the browser is up
            for _ in range(REPEAT):
                t = time.perf_counter()
                r = service.submit(URL).result()
                inproc.append(time.perf_counter() - t)
        adapter = [time_adapter(v, r.item) for _ in range(REPEAT)]
        v.close()
    med = statistics.median
    print("Telegram channel preview, 20 posts with photos (median of %d; shared machine, figures are "
          "indicative)" % REPEAT)
    print(f"  whole command {'(--proxy)' if native else '(proxy via launcher)'}: {med(whole):.2f} s  "
          f"(runs: {', '.join(f'{x:.2f}' for x in whole)})   target <= 3 s")
    print(f"  posts structured (text, time, every photo an artifact): {min(posts)} of {P.TG_POSTS}")
    print(f"  inside those commands: page capture {med([a for a, _ in steps]):.2f} s, of which platform "
          f"records and photos {med([b for _, b in steps]) * 1000:.0f} ms")
    print(f"  in a running service (browser up): {med(inproc):.2f} s")
    print(f"  adapter alone (parse 20 posts + link photos): {med(adapter) * 1000:.1f} ms")
    print(f"  bare Playwright script, whole process (launch, goto, full-page screenshot): {med(bare_t):.2f} s")


def time_adapter(vault, item) -> float:
    """Parse the sealed page.html and link the photos again, as the capture does."""
    import asyncio

    from capture.model import PageCapture
    from capture.platforms.linking import link_media, page_view
    from capture.platforms import record_for

    pc = PageCapture(url=item.url, started_at=None, final_url=item.final_url)
    for a in item.artifacts:
        if a.role in ("dom_html", "media"):
            pc.add(a.name, vault.read_artifact(item.id, a.name), a.role, a.media_type, a.source_url)
    t = time.perf_counter()
    record = record_for(page_view(pc, None))
    asyncio.run(link_media(record, pc, None, None))
    elapsed = time.perf_counter() - t
    assert len(record["posts"]) == P.TG_POSTS and all(m["artifact"] for p in record["posts"] for m in p["media"])
    return elapsed


if __name__ == "__main__":
    main()
