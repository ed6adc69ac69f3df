"""Layering as a contract: who may import whom, and who may touch cryptography.hazmat."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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


# ----------------------------------------------------------------------------- import cycles
def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """module -> the modules of ours it imports (see test_no_import_cycles for what counts)."""
    files = {_module_name(p): p for _, p in _modules()}

    def ours(name: str) -> str | None:          # the most precise module of ours that `name` is in
        parts = name.split(".")
        while parts and ".".join(parts) not in files:
            parts.pop()
        return ".".join(parts) or None

    graph: dict[str, set[str]] = {}
    for mod, path in files.items():
        package = mod.split(".") if path.name == "__init__.py" else mod.split(".")[:-1]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
                # `from export import bundle` imports the module export.bundle, when there is one
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            else:
                continue
            for target in filter(None, map(ours, targets)):
                if target != mod and not mod.startswith(target + "."):   # not a package holding it
                    edges.add(target)
        graph[mod] = edges
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    """No two of our modules import each other, directly or round a longer loop.

    The graph: one node per module of evidence_kit, capture, export and ui (a package is its
    `__init__.py`); one edge per `import` or `from … import` anywhere in the file — at the top,
    inside a function (a "lazy" import is still a dependency, it only runs later) or under
    `if TYPE_CHECKING:`. An import goes to the most precise module of ours it names:
    `from export import bundle` to export.bundle when that is a module, `from .common import x`
    to export.common, `from . import KINDS` to the package export.

    One kind of import is left out: a module importing from a package that holds it
    (`from . import KINDS` in export/_run.py, `from .. import tool_version` in
    evidence_kit/vault/items.py). Python runs a package's `__init__` before any module in it
    whatever the module imports, so that edge adds no order that was not there; and a package's
    `__init__` importing its own modules (to re-export them, or to call one on demand) is how a
    package shows its face. Every other edge counts, those out of a package's `__init__` too: a
    loop through one (evidence_kit.importer -> evidence_kit.chats -> evidence_kit.chats.detect ->
    evidence_kit.importer) is a cycle."""
    cycles = _cycles(_import_graph())
    assert cycles == [], "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


# Cycles there once were, each broken by putting the shared piece where both sides may import it;
# the import that closed the loop must not come back.
BROKEN_CYCLES = [
    # capture.tempdirs holds ram_temp_root: the browser uses the temporary folders, not they it
    ("capture.tempdirs", "capture.browser"),
    # opening the files she names and telling their media type live in evidence_kit.files
    ("evidence_kit.chats", "evidence_kit.importer"),
    # the vault makes item drafts; a draft does not know the Vault class
    ("evidence_kit.vault.items", "evidence_kit.vault.vault"),
]


@pytest.mark.parametrize("importer,imported", BROKEN_CYCLES)
def test_broken_cycles_stay_broken(importer, imported):
    graph = _import_graph()
    back = sorted(m for m, edges in graph.items()
                  if (m == importer or m.startswith(importer + ".")) and imported in edges)
    assert back == [], f"{back} import {imported}"
