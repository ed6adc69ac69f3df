"""Unlocking with the passphrase in the app, against `evidence-kit list` on the same vault.
Prints the figures; asserts nothing.

    .venv/bin/python bench/bench_unlock.py [--items 2000] [--rounds 5] [--vault DIR]

- the app: a fresh process (offscreen unless a display is set) shows the unlock screen; the
  time from the click on "Open" to the main window shown with the table filled and painted.
  With the passphrase (Argon2id at the vault's own, real cost: never lowered here) and with the
  recovery key (no Argon2id), and how many times Argon2id ran and on which thread.
- the command line: `evidence-kit list` as a whole (process start, unlock, the list printed).
Both are run in turn, round after round, so a machine busy with other work weighs on both alike;
the figures are the medians. Target: the app within 1.5x of the command.
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PW = "bench passphrase for the app"

APP_CHILD = r"""
import json, os, sys, threading, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[1])
vault_path, how, typing_ms = sys.argv[2], sys.argv[3], int(float(sys.argv[4]) * 1000)
from evidence_kit.vault import _crypto
kdf = []
_argon2id = _crypto.argon2id
def counted(*a, **kw):
    t = time.perf_counter()
    try:
        return _argon2id(*a, **kw)
    finally:
        kdf.append([threading.current_thread().name, round(time.perf_counter() - t, 3)])
_crypto.argon2id = counted
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import AppController, default_capture_backend, prepare_app
app = QApplication(["evidence-kit"])
prepare_app(app, "en")
c = AppController(app, vault_path, capture_backend=default_capture_backend, quit_app=False)
c.start()
dlg = c.screen
marks = {}
def click():
    if how == "recovery":
        dlg._toggle_mode()
        dlg.field.setText(open(vault_path + ".recovery").read())
    else:
        dlg.field.setText(os.environ["EVIDENCE_KIT_PASSPHRASE"])
    marks["click"] = time.perf_counter()
    dlg.unlock_btn.click()
def poll():
    m = c.main
    if m is not None and m.isVisible() and m.proxy.rowCount() > 0:
        m.table.viewport().repaint()
        marks["table"] = time.perf_counter()
        app.quit()
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(max(100, typing_ms), click)
QTimer.singleShot(max(100, typing_ms), poll)
app.exec()
c.shutdown()
print(json.dumps({"seconds": marks["table"] - marks["click"], "kdf": kdf}))
"""


def make_vault(path: Path, n: int) -> None:
    from evidence_kit.vault import Vault

    t = time.perf_counter()
    v, recovery = Vault.create(path, PW)          # the real, default key derivation
    Path(str(path) + ".recovery").write_text(recovery)
    v.durable = False                             # bench set-up only: skip fsync while making items
    for i in range(n):
        with v.new_item("capture", case=f"case {i % 7}", url=f"https://t.me/s/channel{i % 50}/{i}",
                        final_url=f"https://t.me/s/channel{i % 50}/{i}", title=f"Post {i} — паём",
                        http_status=200, metadata={"n": i}) as d:
            d.add_bytes("text.txt", f"post {i}".encode(), role="text", media_type="text/plain")
            d.seal()
    v.close()
    print(f"  (made a vault of {n} items in {time.perf_counter() - t:.0f} s)")


def env_for(vault: Path, home: Path) -> dict:
    env = dict(os.environ, EVIDENCE_KIT_PASSPHRASE=PW, EVIDENCE_KIT_VAULT=str(vault), EVIDENCE_KIT_TSA="",
                EVIDENCE_KIT_LANG="en")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    return env


def cli_list(env: dict) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "evidence_kit.cli.main", "list"], env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t


def app_unlock(env: dict, vault: Path, how: str, typing_s: float) -> dict:
    r = subprocess.run([sys.executable, "-c", APP_CHILD, str(ROOT), str(vault), how, str(typing_s)], env=env, cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    if r.returncode:
        raise SystemExit(f"the app failed ({how}):\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--items", type=int, default=2000)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--vault", help="an existing vault made by this bench (its .recovery file beside it)")
    p.add_argument("--typing", type=float, default=3.0,
                   help="seconds between the unlock screen and the click on Open, as a person types "
                        "(the app gets ready meanwhile); 0 for a click at once")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ek-bench-unlock-") as tmp:
        work = Path(tmp)
        vault = Path(args.vault) if args.vault else work / "vault"
        if not args.vault:
            make_vault(vault, args.items)
        env = env_for(vault, work)
        cli, app, at_once, recovery, kdf_runs = [], [], [], [], []
        for _ in range(args.rounds):
            cli.append(cli_list(env))
            r = app_unlock(env, vault, "passphrase", args.typing)
            app.append(r["seconds"])
            kdf_runs.append(r["kdf"])
            at_once.append(app_unlock(env, vault, "passphrase", 0)["seconds"])
            recovery.append(app_unlock(env, vault, "recovery", args.typing)["seconds"])
            print(f"  round: list {cli[-1]:.2f} s · app (passphrase) {app[-1]:.2f} s, Argon2id {r['kdf']} · "
                  f"clicked at once {at_once[-1]:.2f} s · recovery key {recovery[-1]:.2f} s · "
                  f"load {os.getloadavg()[0]:.1f}")
        c, a, a0, rk = (statistics.median(x) for x in (cli, app, at_once, recovery))
        print(f"unlock with the passphrase, click on Open to the table shown ({args.items} items, "
              f"{args.typing:g} s of typing before): app {a:.2f} s (median of {args.rounds}); "
              f"`evidence-kit list` whole command {c:.2f} s; ratio {a / c:.2f} (target ≤ 1.5). "
              f"Clicked at once: {a0:.2f} s (ratio {a0 / c:.2f}). With the recovery key: {rk:.2f} s. "
              f"Argon2id per unlock: {sorted({len(k) for k in kdf_runs})} time(s), on "
              f"{sorted({n for k in kdf_runs for n, _ in k})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
