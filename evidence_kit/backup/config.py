"""The backups a vault knows (name, target, id, last run), kept sealed inside the vault itself as
the private record `backups`: a folder's path and a remote's name are hers, never on disk in
plain text. Each backup has a random id: the folder it fills on its target, and the only thing
the custody log says about it."""

from __future__ import annotations

import os
import re
from datetime import datetime

from ..errors import BadInput
from ..timeutil import from_iso, now_iso
from .targets import open_target, parse_target, public_target

LABEL = "backups"
NAME_MAX = 64
_BAD_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def load(vault) -> dict:
    cfg = vault.read_private(LABEL) or {}
    if not isinstance(cfg.get("backups"), dict):
        cfg = {"format": 1, "backups": {}}
    return cfg


def save(vault, cfg: dict) -> None:
    vault.write_private(LABEL, cfg)


def get(vault, name: str) -> dict:
    cfg = load(vault)
    if name not in cfg["backups"]:
        raise BadInput("backup.err.no_such_backup", name=name)
    return cfg["backups"][name]


def add(vault, name: str, target: str) -> dict:
    """Remember a new backup (nothing is copied yet). The folder must be there now."""
    vault.require_writable()
    name = (name or "").strip()
    if not name or len(name) > NAME_MAX or _BAD_NAME.search(name):
        raise BadInput("backup.err.bad_name", max=NAME_MAX)
    kind, where = parse_target(target)
    cfg = load(vault)
    if name in cfg["backups"]:
        raise BadInput("backup.err.name_taken", name=name)
    text = where if kind == "folder" else f"rclone:{where}"
    t = open_target(text)
    if kind == "folder":
        t.reachable()
    entry = {"name": name, "id": os.urandom(16).hex(), "target": text, "added_at": now_iso(),
             "last": None, "last_attempt": None, "sent": {}}
    cfg["backups"][name] = entry
    save(vault, cfg)
    vault.log_event("settings_changed", details={"key": "backups"})
    return entry


def remove(vault, name: str) -> None:
    """Forget a backup. What it copied stays on its target, untouched."""
    vault.require_writable()
    cfg = load(vault)
    if name not in cfg["backups"]:
        raise BadInput("backup.err.no_such_backup", name=name)
    del cfg["backups"][name]
    save(vault, cfg)
    vault.log_event("settings_changed", details={"key": "backups"})


def rows(vault) -> list[dict]:
    """Each backup as it may be shown (a remote's secrets hidden), in the order added."""
    out = []
    for e in load(vault)["backups"].values():
        last = e.get("last") or {}
        attempt = e.get("last_attempt") or {}
        out.append({"name": e["name"], "id": e["id"], "target": public_target(e["target"]),
                    "kind": parse_target(e["target"])[0], "added_at": e.get("added_at"),
                    "last_complete": last.get("at"), "items": last.get("items"),
                    "seq": last.get("seq"), "last_attempt": attempt.get("at"),
                    "last_result": attempt.get("result")})
    return out


def last_complete(vault) -> tuple[datetime, str] | None:
    """(UTC time, backup name) of the newest complete run of any backup, or None."""
    best = None
    for e in load(vault)["backups"].values():
        at = (e.get("last") or {}).get("at")
        if at and (best is None or from_iso(at) > best[0]):
            best = (from_iso(at), e["name"])
    return best
