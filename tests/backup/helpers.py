"""Vaults with items and backups of them, driven through the real command line."""

from __future__ import annotations

import os
from pathlib import Path

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
