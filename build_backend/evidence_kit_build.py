"""Evidence Kit's build backend: setuptools, plus the translations compiled into the package.

Two sets of translations, both text in git, both compiled here (docs/translating.md):
- the app's window texts, `assets/i18n/*.ts` (Qt Linguist; `evidence_kit_en.ts` holds only
  English's plural forms, "1 file", "2 files"), compiled to `.qm` with the `lrelease` of PySide6
  (a build requirement);
- everything else (command line, capture records, dossiers), the gettext catalogues
  `evidence_kit/locale/*/LC_MESSAGES/evidence_kit.po`, compiled to `.mo` with Babel (a build
  requirement).
Whoever installs Evidence Kit — `pip install .`, `pip install -e .`, a wheel, or the frozen app of
`build_installer.py` — must get compiled files made from the sources of that very tree. So every
wheel (and editable install) this backend builds compiles them first, and fails loudly when it
cannot: a build without translations would silently give an English-only program.

    python build_backend/evidence_kit_build.py      compile both (one command)

PEP 517 hooks are setuptools' own (`setuptools.build_meta`); only the wheel hooks add the step.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403  (every PEP 517 hook not redefined here)

ROOT = Path(__file__).resolve().parent.parent
I18N = Path("assets") / "i18n"
LOCALE = Path("evidence_kit") / "locale"
LANGUAGES = ("ru", "tg")


def find_lrelease() -> str | None:
    """Qt's lrelease: the one in the PySide6 package (build requirement), else on PATH."""
    exe = "lrelease.exe" if os.name == "nt" else "lrelease"
    try:
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        for cand in (base / exe, base / "Qt" / "libexec" / exe, base / "Qt" / "bin" / exe):
            if cand.is_file():
                return str(cand)
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    return None


def compile_translations(root: str | os.PathLike | None = None) -> list[Path]:
    """Compile every `assets/i18n/*.ts` under `root` into the `.qm` beside it; returns the .qm files."""
    root = Path(root) if root is not None else Path.cwd()
    sources = sorted((root / I18N).glob("*.ts"))
    if not sources:
        return []
    lrelease = find_lrelease()
    if lrelease is None:
        raise RuntimeError("Cannot compile the app's translations: Qt's lrelease was not found "
                           "(it comes with PySide6: pip install pyside6-essentials).")
    made = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        done = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True,
                              text=True)
        if done.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed on {ts}: {(done.stderr or done.stdout).strip()}")
        made.append(qm)
    return made


def compile_catalogues(root: str | os.PathLike | None = None) -> list[Path]:
    """Compile each language's gettext catalogue (.po) into the .mo beside it, with Babel.
    A catalogue with errors (a translation whose {fields} differ, a broken header) stops the build."""
    root = Path(root) if root is not None else Path.cwd()
    try:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po
    except ImportError as exc:
        raise RuntimeError("Cannot compile the translations: Babel is missing (pip install babel).") from exc
    made = []
    for lang in LANGUAGES:
        po = root / LOCALE / lang / "LC_MESSAGES" / "evidence_kit.po"
        if not po.is_file():
            raise RuntimeError(f"Cannot compile the translations: {po} is missing.")
        with open(po, "rb") as fh:
            cat = read_po(fh, locale=lang, abort_invalid=True)
        errors = [f"{m.context}: {e}" for m, errs in cat.check() for e in errs]
        if errors:
            raise RuntimeError(f"{po}: " + "; ".join(errors[:5]))
        mo = po.with_suffix(".mo")
        tmp = mo.with_suffix(".mo.tmp")
        with open(tmp, "wb") as fh:
            write_mo(fh, cat, use_fuzzy=False)
        os.replace(tmp, mo)
        made.append(mo)
    return made


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    compile_translations()
    compile_catalogues()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    compile_translations()
    compile_catalogues()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


if __name__ == "__main__":
    try:
        made = compile_translations(ROOT) + compile_catalogues(ROOT)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)
    print("Translations compiled: " + " ".join(str(p.relative_to(ROOT)) for p in made), file=sys.stderr)
