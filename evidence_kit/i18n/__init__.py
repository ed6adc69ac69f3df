"""One translation path for everything outside Qt: the command line, capture records and the
exports. The Qt app's window texts are Qt's own (`assets/i18n/*.ts`); see docs/translating.md.

The English words and their keys are in `english.py` (the source); Russian and Tajik are gettext
catalogues, `evidence_kit/locale/{ru,tg}/LC_MESSAGES/evidence_kit.po`, in which each message's
msgctxt is its key and its msgid the English text. Builds compile them to `.mo` files
(build_backend/evidence_kit_build.py); from a source tree without them, the `.po` is compiled in
memory (Babel). A message the catalogue lacks comes out in English.

    from evidence_kit.i18n import tr, set_language
    set_language("tg")
    tr("error.wrong_passphrase")
    tr("import.done", count=3)      # a count picks the plural form of the language (ngettext)
"""

from __future__ import annotations

import gettext
import io
import locale
import os
from pathlib import Path
from typing import NamedTuple

LANGUAGES = ("en", "ru", "tg")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "tg": "Тоҷикӣ"}
DOMAIN = "evidence_kit"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_current: str | None = None


class Plural(NamedTuple):
    """A message that shows a count: its English forms and the name of the field with the count."""

    one: str
    other: str
    count: str = "count"


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


# ---------------------------------------------------------------------------------- catalogues

_english: dict[str, str | Plural] | None = None
_translations: dict[str, gettext.NullTranslations] = {}


def messages() -> dict[str, str | Plural]:
    """Every message: key -> English text (or Plural)."""
    global _english
    if _english is None:
        from .english import MESSAGES

        _english = MESSAGES
    return _english


def catalogue_path(lang: str, suffix: str = ".po") -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / (DOMAIN + suffix)


def _load(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang`; the .po compiled in memory when no current .mo exists."""
    found = _translations.get(lang)
    if found is not None:
        return found
    mo, po = catalogue_path(lang, ".mo"), catalogue_path(lang, ".po")
    trans: gettext.NullTranslations = gettext.NullTranslations()
    try:
        if mo.is_file() and not (po.is_file() and po.stat().st_mtime > mo.stat().st_mtime):
            with open(mo, "rb") as fh:
                trans = gettext.GNUTranslations(fh)
        elif po.is_file():
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with open(po, "rb") as fh:
                cat = read_po(fh, locale=lang, domain=DOMAIN)
            buf = io.BytesIO()
            write_mo(buf, cat)
            buf.seek(0)
            trans = gettext.GNUTranslations(buf)
    except Exception:  # a broken catalogue: English, never a traceback for a translation
        trans = gettext.NullTranslations()
    _translations[lang] = trans
    return trans


def _count(value) -> int:
    try:
        return abs(int(value))
    except (TypeError, ValueError):
        return 2  # not a number: the "many" form reads best


def lookup(key: str, lang: str, n: int | None = None) -> str | None:
    """The text of `key` in `lang`, fields not filled in; None for a key there is no message for.
    A counted message takes the form for `n` (for "many" when n is not given)."""
    entry = messages().get(key)
    if entry is None:
        return None
    lang = normalise(lang) or "en"
    if isinstance(entry, Plural):
        n = _count(n)
        if lang == "en":
            return entry.one if n == 1 else entry.other
        return _load(lang).npgettext(key, entry.one, entry.other, n)
    if lang == "en":
        return entry
    return _load(lang).pgettext(key, entry)


def tr(key: str, lang: str | None = None, /, **params) -> str:
    """The text for `key` in `lang` (default: the current language), with fields filled in. A
    counted message picks its form by the field it names (e.g. `count`)."""
    entry = messages().get(key)
    n = params.get(entry.count) if isinstance(entry, Plural) else None
    text = lookup(key, normalise(lang) or get_language(), n)
    if text is None:
        text = key
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def all_keys() -> dict[str, str | Plural]:
    """Every message key, with its English."""
    return dict(messages())
