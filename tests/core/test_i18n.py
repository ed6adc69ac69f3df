"""Every word a user reads exists in English, Russian and Tajik, with the same fields."""

from __future__ import annotations

import importlib
import re
import string

import pytest

from evidence_kit import i18n

TAJIK_LETTERS = set("ғӣқӯҳҷҒӢҚӮҲҶ")


def _load_all():
    """Every catalogue: evidence_kit/i18n/*.py, and capture/ and export/ messages*.py."""
    import pkgutil
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for pkg in ("capture", "export"):
        for m in pkgutil.iter_modules([str(root / pkg)]):
            if m.name.startswith("messages"):
                importlib.import_module(f"{pkg}.{m.name}")
    return i18n.all_keys()


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_key_in_three_languages():
    keys = _load_all()
    assert len(keys) > 100
    bad = []
    for key, entry in keys.items():
        for lang in ("en", "ru", "tg"):
            if not entry.get(lang, "").strip():
                bad.append(f"{key}: no {lang}")
        if _fields(entry["en"]) != _fields(entry.get("ru", "")) or _fields(entry["en"]) != _fields(entry.get("tg", "")):
            bad.append(f"{key}: fields differ")
    assert bad == []


def test_tajik_is_tajik_not_russian():
    keys = _load_all()
    tg = " ".join(e["tg"] for e in keys.values())
    assert TAJIK_LETTERS & set(tg)
    same = [k for k, e in keys.items() if e["tg"] == e["ru"] and re.search("[а-яА-Я]{4,}", e["ru"])]
    assert len(same) < 0.05 * len(keys), same


@pytest.mark.parametrize("lang", ["en", "ru", "tg"])
def test_errors_speak_the_language(lang):
    from evidence_kit.errors import VaultInUse

    msg = VaultInUse().message(lang)
    assert msg and msg == i18n.tr("error.vault_in_use", lang)
