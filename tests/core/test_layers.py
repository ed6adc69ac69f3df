"""Layering as a contract: who may import whom, and who may touch cryptography.hazmat."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("evidence_kit", "capture", "export", "ui")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    pkg_parts = path.relative_to(ROOT).with_suffix("").parts
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg_parts[:-node.level] if path.name != "__init__.py" else pkg_parts[:len(pkg_parts) - node.level]
                mod = ".".join(base + ((node.module,) if node.module else ()))
            else:
                mod = node.module or ""
            names.add(mod)
    return names


def _modules():
    for pkg in PACKAGES:
        for p in sorted((ROOT / pkg).rglob("*.py")):
            yield pkg, p


# who may import which of our packages (the command line and the app put the parts together)
FORBIDDEN = {"evidence_kit": {"capture", "export", "ui"}, "evidence_kit/cli": {"ui"},
             "capture": {"export", "ui"}, "export": {"capture", "ui"}, "ui": set()}
# the one allowed exception: `evidence-kit gui` starts the app, importing it lazily inside gui_main
EXCEPTIONS = {("evidence_kit/cli/main.py", "ui")}


def test_layers():
    problems = []
    for pkg, p in _modules():
        rel = p.relative_to(ROOT).as_posix()
        rule = "evidence_kit/cli" if rel.startswith("evidence_kit/cli/") else pkg
        tops = {m.split(".")[0] for m in _imports(p)}
        bad = {t for t in tops & FORBIDDEN[rule] if (rel, t) not in EXCEPTIONS}
        if bad:
            problems.append(f"{rel} imports {sorted(bad)}")
    assert problems == []


def test_core_knows_nothing_of_qt_playwright_reportlab():
    for pkg, p in _modules():
        rel = p.relative_to(ROOT).as_posix()
        if pkg == "evidence_kit" and not rel.startswith("evidence_kit/cli/"):
            tops = {m.split(".")[0] for m in _imports(p)}
            assert not tops & {"PySide6", "playwright", "reportlab"}, rel


def test_only_one_module_touches_hazmat():
    users = [p.relative_to(ROOT).as_posix() for _, p in _modules()
             if any(m.startswith("cryptography.hazmat") for m in _imports(p))]
    assert users == ["evidence_kit/vault/_crypto.py"]
