"""Languages in the app: Qt translators for the window texts, the core catalogue for messages.

Window texts go through `self.tr()`; Russian and Tajik live in `assets/i18n/*.ts`, compiled to
`.qm` by `scripts/build_translations.sh`. If a `.qm` file is missing the app still starts, in
English. Switching language installs the new translator; Qt then sends every widget a
LanguageChange event and each one sets its texts again (`retranslate()`), so no restart is needed.

Counts use Qt's plural ("numerus") forms: `self.tr("%n file(s) added.", "", n)`; Qt puts the
number in place of `%n` and picks the form for that number from the `.qm` (Russian has three:
1 файл, 2 файла, 5 файлов; Tajik two). English is a language with a translator too:
`evidence_kit_en.ts` holds only these plural texts ("%n file(s)" -> "1 file" / "2 files"), so
English gets a translator like the others; without its `.qm` English would read "1 file(s)".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evidence_kit import i18n as core_i18n
from evidence_kit.i18n import tr as _core_text  # not Qt's tr(): the core catalogue
from evidence_kit.resources import asset

log = logging.getLogger(__name__)

LANGUAGES = core_i18n.LANGUAGES                 # ("en", "ru", "tg")
LANGUAGE_NAMES = core_i18n.LANGUAGE_NAMES       # shown in their own words, never translated

_installed: list[QTranslator] = []
_current = "en"


def qm_path(lang: str):
    return asset("i18n", f"evidence_kit_{lang}.qm")


def current() -> str:
    return _current


def set_language(lang: str | None) -> str:
    """Switch the whole app (window texts and core messages) to `lang`. Returns the language used."""
    global _current
    lang = core_i18n.normalise(lang) or "en"
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ours = QTranslator(app)
    path = qm_path(lang)
    if path.is_file() and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif lang == "en":
        log.warning("no translation file %s; counts read like '1 file(s)'", path)
    else:
        log.warning("no translation file %s; the windows stay in English", path)
    if lang != "en":
        # Qt's own words (file dialogs, context menus): Russian, which most Tajik readers also read
        # (Qt has no Tajik). qtbase_ru lacks a few labels of Qt's file dialog ("Look in:"):
        # qtbase_extra_ru, ours, adds them.
        qt = QTranslator(app)
        if qt.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.warning("Qt's Russian translation (qtbase_ru) was not found; Qt's own words stay in English")
        extra = QTranslator(app)
        path = asset("i18n", "qtbase_extra_ru.qm")
        if path.is_file() and extra.load(str(path)):
            app.installTranslator(extra)
            _installed.append(extra)
    QLocale.setDefault(QLocale({"en": QLocale.Language.English, "ru": QLocale.Language.Russian,
                                "tg": QLocale.Language.Tajik}[lang]))
    core_i18n.set_language(lang)
    _current = lang
    # installing or removing a translator makes Qt send LanguageChange to every widget
    return lang


def core(key: str, **params) -> str:
    """A message from the core catalogue in the app's current language."""
    return _core_text(key, _current, **params)


def error_text(exc: BaseException) -> str:
    """Words for any error: the core's own message, or a calm generic one."""
    from evidence_kit.errors import EvidenceKitError

    if isinstance(exc, EvidenceKitError):
        return exc.message(_current)
    if isinstance(exc, OSError):
        from evidence_kit.errors import storage_error

        return storage_error(exc).message(_current)
    log.error("unexpected error", exc_info=exc)
    return _core_text("error.generic", _current)
