"""Vaults with items and backups of them, driven through the real command line."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.helpers import cli_env, run_cli

CANARY = "Zarina-Canary-7Qx"        # a case, a title, an address, a backup name: never on a target


def make_vault(path: Path, items: int = 3, *, size: int = 5000, canary: str = CANARY):
    from evidence_kit.vault import Vault

    v, recovery = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, collector=f"{canary} collector")
    add_items(v, items, size=size, canary=canary)
    return v, recovery


def add_items(v, count: int, *, size: int = 5000, canary: str = CANARY) -> list[str]:
    ids = []
    for i in range(count):
        with v.new_item("capture", url=f"https://{canary.lower()}.example/post/{i}", title=f"{canary} post {i}",
                        case=f"{canary} case", http_status=200) as d:
            d.add_bytes("screenshot-full.png", os.urandom(size), role="screenshot_full", media_type="image/png")
            d.add_bytes("page.html", f"<html>{canary} {i} {os.urandom(8).hex()}</html>".encode(), role="dom_html", media_type="text/html")
            ids.append(d.seal().id)
    return ids


def env(tmp_path: Path, **extra) -> dict:
    return cli_env(tmp_path, **{"EVIDENCE_KIT_PASSPHRASE": PASSPHRASE, **extra})


def ek(vault: Path, *args, env, **kw):
    return run_cli(["--vault", vault, *args], env, **kw)


def backup_dirs(target: Path) -> list[Path]:
    return sorted(p for p in target.iterdir() if p.is_dir())


def run_ending(v, result: str, usb: Path) -> None:
    """A real backup run of `v` to the folder `usb` (added as "stick") that ends with `result`:
    complete, failed (the folder not there), or cancelled."""
    from evidence_kit import backup

    usb.mkdir(exist_ok=True)
    if "stick" not in {r["name"] for r in backup.rows(v)}:
        backup.add(v, "stick", str(usb))
    if result == "complete":
        backup.run(v, "stick")
        return
    if result == "failed":                     # the stick is not plugged in
        usb.rename(usb.with_name(usb.name + "-away"))
        try:
            with pytest.raises(backup.BackupFailed):
                backup.run(v, "stick")
        finally:
            usb.with_name(usb.name + "-away").rename(usb)
        return
    stop = threading.Event()                   # cancelled before its first file
    stop.set()
    with pytest.raises(backup.BackupCancelled):
        backup.run(v, "stick", cancel=stop)
