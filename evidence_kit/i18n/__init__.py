"""One translation path for everything outside Qt: the command line and the dossiers.

Each catalogue maps a message key to its text in English (`en`), Russian (`ru`) and Tajik (`tg`).
Texts are whole sentences with `{named}` fields, never concatenated fragments. A key missing in a
language falls back to English (and a test checks that none is missing).

    from evidence_kit.i18n import tr, set_language
    set_language("tg")
    tr("error.wrong_passphrase")
"""

from __future__ import annotations

import locale
import os
from typing import Mapping

LANGUAGES = ("en", "ru", "tg")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "tg": "Тоҷикӣ"}

_current: str | None = None
_catalogues: list[Mapping[str, Mapping[str, str]]] = []


def register(catalogue: Mapping[str, Mapping[str, str]]) -> None:
    """Add a catalogue (a later one may not redefine a key)."""
    if catalogue not in _catalogues:
        _catalogues.append(catalogue)


def normalise(lang: str | None) -> str | None:
    if not lang:
        return None
    lang = lang.strip().lower().replace("-", "_")
    for code in LANGUAGES:
        if lang == code or lang.startswith(code + "_") or lang.startswith(code + "."):
            return code
    if lang.startswith(("tj", "tajik", "тоҷ")):
        return "tg"
    if lang.startswith(("russian", "рус")):
        return "ru"
    if lang.startswith("english"):
        return "en"
    return None


def detect_language() -> str:
    """EVIDENCE_KIT_LANG, then the settings file, then the system's locale, then English."""
    env = normalise(os.environ.get("EVIDENCE_KIT_LANG"))
    if env:
        return env
    try:
        from ..settings import load_settings

        saved = normalise(load_settings().get("language"))
        if saved:
            return saved
    except Exception:  # settings are a convenience; never fail on them
        pass
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalise(os.environ.get(var, "").split(":")[0])
        if found:
            return found
    try:
        found = normalise(locale.getlocale()[0])
        if found:
            return found
    except Exception:
        pass
    return "en"


def set_language(lang: str | None) -> str:
    global _current
    _current = normalise(lang) or "en"
    return _current


def get_language() -> str:
    global _current
    if _current is None:
        _current = detect_language()
    return _current


def lookup(key: str, lang: str) -> str | None:
    for cat in _catalogues:
        entry = cat.get(key)
        if entry is not None:
            return entry.get(lang) or entry.get("en")
    return None


_core_loaded = False


def _load_core() -> None:
    """Register every catalogue module of this package (messages.py and one file per feature)."""
    global _core_loaded
    if _core_loaded:
        return
    _core_loaded = True
    import importlib
    import pkgutil

    for m in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{m.name}")


def tr(key: str, lang: str | None = None, /, **params) -> str:
    """The text for `key` in `lang` (default: the current language), with fields filled in."""
    _load_core()
    text = lookup(key, normalise(lang) or get_language())
    if text is None:
        text = key
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def all_keys() -> dict[str, Mapping[str, str]]:
    _load_core()
    merged: dict[str, Mapping[str, str]] = {}
    for cat in _catalogues:
        merged.update(cat)
    return merged
