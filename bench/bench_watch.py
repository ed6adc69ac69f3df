"""Watch and reference benchmarks (prints figures; asserts nothing).

    .venv/bin/python bench/bench_watch.py [--quick]

1. Fingerprinting at seal time: a capture of a local page with 20 photos, with PDQ fingerprints
   and without (the same in-process CaptureService, runs alternated, median of 5), and the whole
   `evidence-kit capture` command both ways. Target: at most 10 % more.
2. `evidence-kit matches` over 10,000 fingerprinted pictures and 20 photos to look for: the whole
   command (process start, unlock with the real Argon2id, reading the cache, comparing) and
   `find_matches` in-process. Target: at most 1 s.
3. `evidence-kit watch run --all` of 50 local addresses: the whole command, per address, beside
   `evidence-kit capture` of the same 50 addresses in the same run. Target: at most 2 s per address.
4. The app while 10 watched pages are captured (real capture service), her photo among them:
   the GUI event loop's longest stall (bench_gui.py's 5 ms timer). Target (the app's): 100 ms.

Figures depend on the machine's load: on a shared machine, compare the pairs of the same run.
"""

from __future__ import annotations

import _as_installed  # noqa: F401  (first: timed as a user meets the program, bytecode compiled)

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from capture import CaptureOptions, CaptureService, find_browser  # noqa: E402
from evidence_kit import perceptual  # noqa: E402
from evidence_kit.vault import Vault  # noqa: E402
from tests.site import pages_watch as pw  # noqa: E402
from tests.site.server import serve  # noqa: E402

KDF = {"name": "argon2id", "iterations": 1, "memory_kib": 8192, "lanes": 1}
PASS = "bench pass"
NO_FINGERPRINTS = ("import sys, evidence_kit.perceptual as p; p.after_seal = lambda v, i: None; "
                   "from evidence_kit.cli.main import main; sys.exit(main(sys.argv[1:]))")


def cli(args, env, *, fingerprints: bool = True) -> float:
    code = ["-m", "evidence_kit.cli.main"] if fingerprints else ["-c", NO_FINGERPRINTS]
    t = time.perf_counter()
    r = subprocess.run([sys.executable, *code, *map(str, args)], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if r.returncode not in (0, 1):
        raise SystemExit(f"{args}: exit {r.returncode}\n{r.stderr}")
    return elapsed


def env_for(vault: Path, browser) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_KIT_")}
    env.update({"EVIDENCE_KIT_VAULT": str(vault), "EVIDENCE_KIT_PASSPHRASE": PASS, "EVIDENCE_KIT_LANG": "en",
                "EVIDENCE_KIT_BROWSER": browser.path, "PYTHONPATH": str(ROOT)})
    return env


def bench_seal(work: Path, site, browser, repeat: int) -> None:
    url = site.url("/watch/photos20")
    with_fp, without_fp = [], []
    v, _ = Vault.create(work / "seal", PASS, kdf=KDF)
    real = perceptual.after_seal
    try:
        with CaptureService(v, CaptureOptions(), browser=browser) as service:
            service.submit(url).result()                       # warm up: browser, caches, imports
            for n in range(repeat):
                for on in ((True, False) if n % 2 == 0 else (False, True)):
                    perceptual.after_seal = real if on else (lambda vault, item: None)
                    t = time.perf_counter()
                    r = service.submit(url).result()
                    (with_fp if on else without_fp).append(time.perf_counter() - t)
                    assert r.ok and sum(a.role == "media" for a in r.item.artifacts) == 20
        item = r.item
        perceptual.after_seal = real
        t = time.perf_counter()
        for a in item.artifacts:
            if perceptual.is_fingerprintable(a):
                perceptual.fingerprint_artifact(v, item.id, a)
        alone = time.perf_counter() - t
    finally:
        perceptual.after_seal = real
        v.close()
    a, b = statistics.median(with_fp), statistics.median(without_fp)
    print(f"1. capture of a page with 20 photos, in-process (median of {repeat}): "
          f"{a:.2f} s with fingerprints, {b:.2f} s without: +{100 * (a - b) / b:.1f} %  (target <= 10 %)")
    print(f"   fingerprinting those 20 photos alone: {alone * 1000:.0f} ms")
    env = env_for(work / "cli-seal", browser)
    cli(["init"], env)
    cmd_with, cmd_without = [], []
    for n in range(repeat):
        for on in ((True, False) if n % 2 == 0 else (False, True)):
            (cmd_with if on else cmd_without).append(cli(["capture", url], env, fingerprints=on))
    a, b = statistics.median(cmd_with), statistics.median(cmd_without)
    print(f"   whole `evidence-kit capture` command: {a:.2f} s with, {b:.2f} s without: +{100 * (a - b) / b:.1f} %")


def bench_matches(work: Path, count: int) -> None:
    folder = work / "matches"
    v, _ = Vault.create(folder, PASS)                            # the real Argon2id: unlock is timed too
    v.durable = False                                            # set-up only: no fsync per item
    real = perceptual.after_seal
    perceptual.after_seal = lambda vault, item: None
    t = time.perf_counter()
    try:
        for i in range(count):
            with v.new_item("import", title=f"photo-{i}.jpg") as d:
                d.add_bytes(f"photo-{i}.jpg", b"\xff\xd8\xff\xe0" + i.to_bytes(8, "big"), role="original",
                            media_type="image/jpeg")
                d.seal()
    finally:
        perceptual.after_seal = real
    cache = perceptual.cache_for(v)
    rnd = random.Random(7)
    for it in v.items():                                         # fingerprints as PDQ gives them
        cache.prints[it.artifacts[0].sha256] = [[None, f"{rnd.getrandbits(256):064x}", 100]]
    cache.dirty = 1
    refs = folder.parent / "refs"
    refs.mkdir(exist_ok=True)
    from evidence_kit.references import add_reference

    for k in range(20):
        p = refs / f"ref-{k}.jpg"
        p.write_bytes(pw.jpeg(pw.photo(600 + k)))
        add_reference(v, p)
    cache.flush(v)
    v.close()
    made = time.perf_counter() - t
    v = Vault.open(folder, PASS, writable=False)
    try:
        times = []
        for _ in range(5):
            perceptual._caches.pop(v, None)                     # read the cache record each time
            s = time.perf_counter()
            report = perceptual.find_matches(v)
            times.append(time.perf_counter() - s)
        assert report.compared == count and report.references == 20 and report.pending == 0
    finally:
        v.close()
    env = {k: val for k, val in os.environ.items() if not k.startswith("EVIDENCE_KIT_")}
    env.update({"EVIDENCE_KIT_VAULT": str(folder), "EVIDENCE_KIT_PASSPHRASE": PASS, "PYTHONPATH": str(ROOT)})
    whole = statistics.median(cli(["matches"], env) for _ in range(3))
    unlock = statistics.median(cli(["settings"], env) for _ in range(3))
    print(f"2. `evidence-kit matches`, {count:,} fingerprinted pictures x 20 references: whole command "
          f"{whole:.2f} s (target <= 1 s); in-process find_matches {statistics.median(times) * 1000:.0f} ms; "
          f"for scale, `evidence-kit settings` (start + unlock) {unlock:.2f} s  [set-up {made:.0f} s]")


def bench_watch_run(work: Path, site, browser, count: int) -> None:
    urls = [site.url(f"/watch/bench/{n}") for n in range(count)]
    env = env_for(work / "watch", browser)
    cli(["init"], env)
    from evidence_kit.watches import add_watch

    with Vault.open(work / "watch", PASS) as v:                  # 50 × `watch add` in one go
        for u in urls:
            add_watch(v, u)
    run = cli(["watch", "run", "--all"], env)
    (work / "links.txt").write_text("\n".join(urls))
    env2 = env_for(work / "plain", browser)
    cli(["init"], env2)
    plain = cli(["capture", "--from", work / "links.txt"], env2)
    again = cli(["watch", "run", "--all"], env)                  # second run: compared with the first
    print(f"3. `evidence-kit watch run --all` of {count} local addresses: {run:.1f} s, {run / count:.2f} s per "
          f"address; second run (each compared with the first) {again / count:.2f} s per address "
          f"(target <= 2 s); `evidence-kit capture` of the same {count}: {plain / count:.2f} s per address")


def bench_app(work: Path, site, browser, count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.bench_gui import StallMeter
    from evidence_kit import watches as W
    from evidence_kit.references import add_reference
    from ui.app import prepare_app
    from ui.capture_backend import ServiceBackend
    from ui.capture_queue import CaptureQueue
    from ui.session import VaultSession
    from ui.watch_view import WatchRunner

    app = QApplication.instance() or QApplication([])
    prepare_app(app, "en")
    os.environ["EVIDENCE_KIT_BROWSER"] = browser.path
    v, _ = Vault.create(work / "app", PASS, kdf=KDF)
    (work / "me.jpg").write_bytes(pw.reference_bytes())
    add_reference(v, work / "me.jpg")
    pw.set_version("bench-app", 2)                               # the page with the copy of her photo
    urls = [site.url("/watch/feed/bench-app")] + [site.url(f"/watch/bench/{n}") for n in range(count - 1)]
    for u in urls:
        W.add_watch(v, u)
    session = VaultSession(v)
    backend = ServiceBackend(session)
    queue = CaptureQueue(backend)
    found = []
    meter = StallMeter()
    meter.start()
    t = time.perf_counter()
    runner = WatchRunner(session, queue, check_ms=3_600_000)       # runs what is due at once
    runner.matchFound.connect(lambda item, matches: found.append(item))
    while sum(len(w["runs"]) for w in W.watches(v)) < count and time.perf_counter() - t < 600:
        app.processEvents()
        time.sleep(0.002)
    elapsed = time.perf_counter() - t
    worst = meter.stop()
    runner.shutdown()
    # the same pages saved through "Save links" (no watch), in the same session: the baseline
    meter.start()
    t = time.perf_counter()
    queue.add(urls, "")
    while queue.active() and time.perf_counter() - t < 600:
        app.processEvents()
        time.sleep(0.002)
    plain, plain_s = meter.stop(), time.perf_counter() - t
    backend.shutdown()
    session.close()
    print(f"4. app capturing {count} watched pages ({elapsed:.1f} s, her photo found: {len(found)}): longest "
          f"GUI stall {worst * 1000:.0f} ms; the same pages as plain captures ({plain_s:.1f} s): "
          f"{plain * 1000:.0f} ms (target <= 100 ms)")


def main() -> None:
    quick = "--quick" in sys.argv
    browser = find_browser()
    work = Path(tempfile.mkdtemp(prefix="ek-bench-watch-"))
    try:
        with serve() as site:
            bench_seal(work, site, browser, 3 if quick else 5)
            bench_matches(work, 1000 if quick else 10_000)
            bench_watch_run(work, site, browser, 10 if quick else 50)
            bench_app(work, site, browser, 10)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("(measured on a machine shared with other work: compare the figures of one run with each other)")


if __name__ == "__main__":
    main()
