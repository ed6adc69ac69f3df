"""Every word a user reads outside the Qt app exists in English, Russian and Tajik: one gettext
catalogue per language, complete, with the same {fields} and the plural forms the language has."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest

from evidence_kit import i18n

ROOT = Path(__file__).resolve().parents[2]
TAJIK_LETTERS = set("ғӣқӯҳҷҒӢҚӮҲҶ")
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py: the catalogue tool)


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _texts(lang):
    """Every text of `lang`, each plural form too."""
    out = []
    for key, entry in i18n.messages().items():
        if isinstance(entry, i18n.Plural):
            out += [i18n.lookup(key, lang, n) for n in (1, 2, 5)]
        else:
            out.append(i18n.lookup(key, lang))
    return out


@pytest.mark.parametrize("lang", ["ru", "tg"])
def test_every_message_is_translated_with_the_same_fields_and_forms(lang):
    assert len(i18n.messages()) > 1000
    assert translations.problems(lang) == []


def test_the_template_is_made_from_the_english_source():
    """evidence_kit.pot is what Babel's extractor makes of english.py today (translators' tools
    read it): no message is missing from it, none is extra, no English text differs."""
    from babel.messages.pofile import read_po

    with open(translations.POT, "rb") as fh:
        committed = {(m.context, m.id) for m in read_po(fh) if m.id}
    fresh = {(m.context, m.id) for m in translations.extract() if m.id}
    assert committed == fresh
    assert {c for c, _ in fresh} == set(i18n.messages())


@pytest.mark.parametrize("lang", ["ru", "tg"])
def test_plural_rules_are_cldr_rules(lang):
    """The catalogue's Plural-Forms picks, for every whole number, the form CLDR gives the language
    (Russian: one, few, many; Tajik: one for 0 and 1, other from 2)."""
    from babel import Locale
    from babel.messages.pofile import read_po

    with open(i18n.catalogue_path(lang), "rb") as fh:
        cat = read_po(fh, locale=lang)
    import gettext

    pick = gettext.c2py(cat.plural_expr)
    rule = Locale.parse(lang).plural_form
    order = {"ru": ["one", "few", "many"], "tg": ["one", "other"]}[lang]
    assert cat.num_plurals == len(order)
    for n in range(0, 1001):
        assert order[pick(n)] == rule(n), n


def test_counts_take_the_right_form():
    assert i18n.tr("list.count", "en", count=1) == "1 item."
    assert i18n.tr("list.count", "en", count=2) == "2 items."
    ru = {n: i18n.tr("import.done", "ru", count=n) for n in (1, 2, 5, 11, 21, 22, 25)}
    assert "1 файл " in ru[1] and "21 файл " in ru[21]
    assert "2 файла " in ru[2] and "22 файла " in ru[22]
    assert "5 файлов " in ru[5] and "11 файлов " in ru[11] and "25 файлов " in ru[25]
    assert "1 файл" in i18n.tr("import.done", "tg", count=1)
    assert "0 файл" in i18n.tr("import.done", "tg", count=0)

    # every counted message, in every form, shows the number it counts (its other fields filled
    # with placeholders that hold no digit)
    plurals = {k: e for k, e in i18n.messages().items() if isinstance(e, i18n.Plural)}
    assert len(plurals) >= 70
    missing = []
    for key, entry in plurals.items():
        placeholders = {f: f"‹{f}›" for f in _fields(entry.other)}
        assert entry.count in placeholders and _fields(entry.one) == set(placeholders), key
        for lang in ("en", "ru", "tg"):
            for n in (0, 1, 2, 5, 11, 21, 22):
                text = i18n.tr(key, lang, **{**placeholders, entry.count: n})
                if not re.search(rf"(?<!\d){n}(?!\d)", text) or "{" in text:
                    missing.append(f"{lang} {key} n={n}: {text[:90]}")
    assert missing == []

    # the Russian forms are real forms (one, few, many), not one text copied three times
    from babel.messages.pofile import read_po

    with open(i18n.catalogue_path("ru"), "rb") as fh:
        ru_cat = {m.context: m for m in read_po(fh, locale="ru") if m.id and m.context}
    same = [k for k in plurals if len(set(ru_cat[k].string)) == 1]
    assert all(len(ru_cat[k].string) == 3 for k in plurals)
    assert len(same) <= 0.1 * len(plurals), same


# A plural written in brackets: "item(s)", "match(es)", "элемента(ов)", "строк(и)", "раз(а)",
# "элемент(а)". Not the Russian gender forms of a verb or of "сам" ("Собрал(а)", "делал(а)",
# "сам(а)", "нижеподписавшийся(аяся)"): those say who, not how many.
BRACKETED_PLURAL = re.compile(r"\w\((?:s|es|ов|ей|ы|и)\)|(?<=\w)(?<![лЛ])(?<!\bсам)\(а\)")


def test_no_count_is_written_with_a_bracketed_plural():
    """'{count} item(s)', 'элемента(ов)', 'раз(а)': a count picks its form, it is not bracketed."""
    for text in ("{count} item(s).", "{count} match(es)", "{count} элемента(ов)", "{count} раз(а)",
                 "{count} элемент(а)", "{count} файл(ы)", "{count} строк(и)", "{count} записей(ей)"):
        assert BRACKETED_PLURAL.search(text), text
    for text in ("Собрал(а)", "Подготовил(а) {who}", "я делал(а) и видел(а)", "Я сам(а) собрал(а)",
                 "difference (s)", "duration (s)", "нижеподписавшийся(аяся)"):
        assert not BRACKETED_PLURAL.search(text), text
    bad = []
    for lang in ("en", "ru", "tg"):
        for text in _texts(lang):
            if BRACKETED_PLURAL.search(text or ""):
                bad.append(f"{lang}: {text[:90]}")
    assert bad == []


def test_tajik_is_tajik_not_russian():
    tg, ru = _texts("tg"), _texts("ru")
    assert TAJIK_LETTERS & set(" ".join(tg))
    same = [a for a, b in zip(tg, ru) if a == b and re.search("[а-яА-Я]{4,}", b)]
    assert len(same) < 0.05 * len(tg), same


@pytest.mark.parametrize("lang", ["en", "ru", "tg"])
def test_errors_speak_the_language(lang):
    from evidence_kit.errors import VaultInUse

    msg = VaultInUse().message(lang)
    assert msg and msg == i18n.tr("error.vault_in_use", lang)
    if lang != "en":
        assert msg != i18n.tr("error.vault_in_use", "en")


def test_every_character_of_our_words_is_in_the_bundled_fonts():
    """A glyph missing from Noto Sans prints as a blank in the dossier: none may be missing."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from evidence_kit.resources import FONT_BOLD, FONT_REGULAR, asset

    chars = {ch for lang in ("en", "ru", "tg") for t in _texts(lang) for ch in t if not ch.isspace()}
    chars -= {"⚠"}   # only the command line's watch report shows it (a terminal's font)
    for font in (FONT_REGULAR, FONT_BOLD):
        cmap = set(TTFontFile(str(asset(*font))).charToGlyph)
        assert {ch for ch in chars if ord(ch) not in cmap} == set(), font


def test_a_source_tree_without_compiled_catalogues_still_speaks_russian(tmp_path, monkeypatch):
    """No .mo (a checkout never built): the .po is compiled in memory, not English shown."""
    import shutil

    for lang in ("ru", "tg"):
        d = tmp_path / lang / "LC_MESSAGES"
        d.mkdir(parents=True)
        shutil.copy(i18n.catalogue_path(lang), d / "evidence_kit.po")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_translations", {})
    assert i18n.tr("error.wrong_passphrase", "ru").startswith("Эта парольная фраза")


def test_every_key_used_in_the_code_exists():
    """A key written in the code (tr("..."), an error's key, a gap's code) that the catalogue lacks
    would reach a person as a raw key."""
    known = set(i18n.messages())
    prefixes = {k.split(".")[0] for k in known}
    used = set()
    for pkg in ("evidence_kit", "capture", "export", "ui"):
        for p in (ROOT / pkg).rglob("*.py"):
            if p.name == "english.py":
                continue
            for m in re.finditer(r"[\"']((?:%s)\.[a-z0-9_]+(?:\.[a-z0-9_]+)*)[\"']" % "|".join(prefixes),
                                 p.read_text("utf-8")):
                used.add((m.group(1), p.relative_to(ROOT).as_posix()))
    # a key's start joined to the rest in code ("court.source_" + kind), or its end ("ex." + key),
    # and file or host names ("capture.warc.gz", "help.instagram.com") are not keys
    missing = sorted(f"{k} ({where})" for k, where in used
                     if k not in known and not any(x.startswith(k) or x.endswith("." + k) for x in known)
                     and k.rsplit(".", 1)[-1] not in {"gz", "com", "json", "txt", "zip", "pdf"})
    assert missing == []


@pytest.mark.parametrize("lang", ["en", "ru", "tg"])
def test_the_command_lines_help_is_words_not_keys(lang):
    """Every command's --help, in each language: sentences, never a message key."""
    import argparse

    from evidence_kit.cli.main import build_parser

    before = i18n._current
    i18n.set_language(lang)
    try:
        parser = build_parser()
        texts = [parser.format_help()]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                texts += [p.format_help() for p in action.choices.values()]
    finally:
        i18n._current = before
    known = set(i18n.messages())
    found = {k for t in texts for k in re.findall(r"\b[a-z]+(?:\.[a-z0-9_]+)+\b", t) if k in known}
    assert len(texts) > 15 and found == set()
