#!/usr/bin/env bash
# Compiles the app's translations: assets/i18n/*.ts (sources, in git) -> *.qm (built, not in git;
# every wheel and editable install compiles them too: build_backend/evidence_kit_build.py).
#   bash scripts/build_translations.sh            compile the .qm files
#   bash scripts/build_translations.sh --update   first refresh the .ts files from the code (lupdate),
#                                                 keeping every existing translation
# Uses pyside6-lupdate / pyside6-lrelease from the virtual environment (or PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
tool() { if [ -x "$bin/$1" ]; then echo "$bin/$1"; else command -v "$1"; fi; }
lupdate=$(tool pyside6-lupdate || true)
lrelease=$(tool pyside6-lrelease || true)
if [ -z "$lrelease" ]; then
  echo "pyside6-lrelease not found: the app will start in English only." >&2
  exit 1
fi
if [ "${1:-}" = "--update" ]; then
  [ -n "$lupdate" ] || { echo "pyside6-lupdate not found" >&2; exit 1; }
  for lang in ru tg; do
    "$lupdate" -no-obsolete -locations none ui/*.py -ts "assets/i18n/evidence_kit_${lang}.ts" >&2
  done
  # English needs only the plural texts ("%n file(s)" -> "1 file" / "2 files")
  "$lupdate" -pluralonly -no-obsolete -locations none ui/*.py -ts assets/i18n/evidence_kit_en.ts >&2
fi
# the same compile step as every wheel's (build_backend/evidence_kit_build.py)
py=.venv/bin/python; [ -x "$py" ] || py=python3
"$py" build_backend/evidence_kit_build.py
