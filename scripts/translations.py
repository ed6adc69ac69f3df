"""The translations of everything outside the Qt app (command line, capture records, dossiers):
one gettext catalogue per language, kept with Babel. docs/translating.md explains the workflow.

    python scripts/translations.py extract   english.py -> evidence_kit/locale/evidence_kit.pot
    python scripts/translations.py update    the .pot -> each language's .po (keeps translations;
                                             a changed English text marks its translation fuzzy)
    python scripts/translations.py compile   each .po -> .mo (builds do this themselves)
    python scripts/translations.py check     what is missing, fuzzy or has other {fields}; exit 1

The source of the English is `evidence_kit/i18n/english.py`: `_(key, text)` and
`_n(key, one, other, count=...)`. The extractor is Babel's own Python extractor with the
keywords `_:1c,2` and `_n:1c,2,3`: the key becomes the message's context (msgctxt).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_backend"))
sys.path.insert(0, str(ROOT))

from evidence_kit_build import LANGUAGES, LOCALE, compile_catalogues  # noqa: E402

SOURCE = ROOT / "evidence_kit" / "i18n" / "english.py"
POT = ROOT / LOCALE / "evidence_kit.pot"
KEYWORDS = {"_": ((1, "c"), 2), "_n": ((1, "c"), 2, 3)}


def extract():
    """The template catalogue made from english.py (msgctxt = key, msgid = English)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract as babel_extract

    cat = Catalog(project="Evidence Kit", version="0.1", copyright_holder="Evidence Kit contributors",
                  msgid_bugs_address="", charset="utf-8", fuzzy=False)
    with open(SOURCE, "rb") as fh:
        for lineno, message, comments, context in babel_extract(
                "python", fh, keywords=KEYWORDS, comment_tags=("Translators:",), strip_comment_tags=True):
            cat.add(message, None, auto_comments=comments, context=context)
    return cat


def _po(lang: str) -> Path:
    return ROOT / LOCALE / lang / "LC_MESSAGES" / "evidence_kit.po"


def _read(path: Path, lang: str | None = None):
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        return read_po(fh, locale=lang)


def _write(path: Path, cat) -> None:
    from babel.messages.pofile import write_po

    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        write_po(fh, cat, width=0, no_location=True, omit_header=False, include_previous=True)
    tmp.replace(path)


def cmd_extract() -> int:
    cat = extract()
    _write(POT, cat)
    print(f"{POT.relative_to(ROOT)}: {len(cat)} messages")
    return 0


def cmd_update() -> int:
    template = extract()
    for lang in LANGUAGES:
        cat = _read(_po(lang), lang)
        cat.update(template, no_fuzzy_matching=False, update_header_comment=False)
        cat.obsolete.clear()          # a removed key's translation is in git's history
        _write(_po(lang), cat)
        print(f"{_po(lang).relative_to(ROOT)}: updated")
    return 0


def problems(lang: str) -> list[str]:
    """What a translator still has to do in `lang`: untranslated, fuzzy, stale or wrong fields."""
    import string

    from evidence_kit import i18n

    def fields(text: str) -> set[str]:
        try:
            return {f for _, f, _, _ in string.Formatter().parse(text) if f}
        except ValueError:
            return {"<broken braces>"}

    cat = _read(_po(lang), lang)
    found = {m.context: m for m in cat if m.id and m.context}
    out = []
    for key, english in i18n.messages().items():
        m = found.get(key)
        ids = (english.one, english.other) if isinstance(english, i18n.Plural) else english
        if m is None:
            out.append(f"{lang}: {key}: not translated")
            continue
        if m.id != ids:
            out.append(f"{lang}: {key}: translated from an older English text")
        if m.fuzzy:
            out.append(f"{lang}: {key}: marked fuzzy (needs review)")
        forms = list(m.string) if isinstance(m.string, (tuple, list)) else [m.string]
        if isinstance(english, i18n.Plural) and len(forms) != cat.num_plurals:
            out.append(f"{lang}: {key}: {len(forms)} plural forms, the language has {cat.num_plurals}")
        want = fields(english.other if isinstance(english, i18n.Plural) else english)
        for form in forms:
            if not (form or "").strip():
                out.append(f"{lang}: {key}: a form is empty")
            elif fields(form) != want:
                out.append(f"{lang}: {key}: fields {sorted(fields(form))} instead of {sorted(want)}")
    for key in found.keys() - i18n.messages().keys():
        out.append(f"{lang}: {key}: no longer in english.py (run update)")
    return out


def cmd_check() -> int:
    out = [p for lang in LANGUAGES for p in problems(lang)]
    for line in out:
        print(line)
    print(f"{len(out)} problems" if out else "All translations are complete.")
    return 1 if out else 0


def cmd_compile() -> int:
    for mo in compile_catalogues(ROOT):
        print(mo.relative_to(ROOT))
    return 0


def main(argv: list[str]) -> int:
    cmds = {"extract": cmd_extract, "update": cmd_update, "check": cmd_check, "compile": cmd_compile}
    if len(argv) != 1 or argv[0] not in cmds:
        print(__doc__)
        return 2
    return cmds[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
