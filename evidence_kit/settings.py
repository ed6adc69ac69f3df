"""Settings readable before unlock: only the language and where the vault is. Never evidence.

Everything else (the collector's name, capture options) lives inside the vault, encrypted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ALLOWED_KEYS = {"language", "vault_path", "neutral_title"}


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("evidence-kit", appauthor=False))


def default_vault_path() -> Path:
    env = os.environ.get("EVIDENCE_KIT_VAULT")
    if env:
        return Path(env).expanduser()
    saved = load_settings().get("vault_path")
    if saved:
        return Path(saved).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("evidence-kit", appauthor=False)) / "vault"


def _settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> dict:
    try:
        data = json.loads(_settings_file().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if k in ALLOWED_KEYS} if isinstance(data, dict) else {}


def save_settings(**changes) -> None:
    bad = set(changes) - ALLOWED_KEYS
    if bad:
        raise ValueError(f"not a pre-unlock setting: {sorted(bad)}")
    data = load_settings()
    data.update(changes)
    path = _settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".settings-{os.urandom(4).hex()}")
    tmp.write_text(json.dumps(data, indent=1), "utf-8")
    os.replace(tmp, path)


def forget_vault(path: str | os.PathLike) -> bool:
    """Remove the saved vault location if it names `path` (a vault being deleted): the settings
    then name no vault. True if something was removed."""
    data = load_settings()
    saved = data.get("vault_path")
    if not saved:
        return False
    try:
        same = Path(saved).expanduser().resolve() == Path(path).expanduser().resolve()
    except OSError:
        same = False
    if not same:
        return False
    data.pop("vault_path")
    file = _settings_file()
    tmp = file.with_name(f".settings-{os.urandom(4).hex()}")
    tmp.write_text(json.dumps(data, indent=1), "utf-8")
    os.replace(tmp, file)
    return True
