"""The package's import graph: one-way layers, no cycle, no private name across modules.

Every ``import`` statement of the package counts, including those inside
functions; only ``if TYPE_CHECKING:`` blocks are left out (they never run).
``docs/architecture.md`` describes the layers this test enforces.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "yte_targets"

#: The layers, lowest first: a module may import its own layer and the layers before it.
LAYERS = (
    ("errors", "optional"),
    ("core",),
    ("catalog",),
    ("evaluate",),
    ("io",),
    ("frame",),
    ("render",),
    ("documents",),
    ("read",),
    ("cli", "__main__", ""),  # "" is the package's __init__: the public API
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["yte_targets", *parts])


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    top = module.split(".")[1] if "." in module else ""
    for index, names in enumerate(LAYERS):
        if top in names:
            return index
    raise AssertionError(f"{module} is in no layer: add its folder to LAYERS")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return skipped


def imports(module: str) -> Iterator[tuple[str, str, int]]:
    """(imported module, imported name or "", line) for each import of ``module``."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "yte_targets":
                    yield alias.name, "", node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if source.split(".")[0] != "yte_targets":
                continue
            for alias in node.names:
                full = f"{source}.{alias.name}"
                if full in MODULES:
                    yield full, "", node.lineno
                else:
                    yield source, alias.name, node.lineno


def graph() -> dict[str, set[str]]:
    return {m: {target for target, _, _ in imports(m) if target != m} for m in MODULES}


def test_the_walk_sees_the_package() -> None:
    assert len(MODULES) > 40
    edges = graph()
    # function-level imports are seen (cli imports its commands inside functions)
    assert "yte_targets.io.convert" in edges["yte_targets.cli"]
    assert "yte_targets.core.units" in edges["yte_targets.core.indicator"]


def find_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycle() -> None:
    assert find_cycles(graph()) == []


def test_the_cycle_finder_finds_cycles() -> None:
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_layers_import_only_downwards(module: str) -> None:
    own = layer_of(module)
    upward = [
        f"line {line}: {target}"
        for target, _, line in imports(module)
        if target in MODULES and layer_of(target) > own
    ]
    assert upward == [], f"{module} imports a layer above its own"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_name_crosses_a_module(module: str) -> None:
    private = [
        f"line {line}: {target}.{name}"
        for target, name, line in imports(module)
        if name.startswith("_") and not name.startswith("__") and target != module
    ]
    assert private == []


def test_core_imports_nothing_above_core() -> None:
    for module in MODULES:
        if module.startswith("yte_targets.core"):
            assert all(
                layer_of(t) <= layer_of(module) for t, _, _ in imports(module) if t in MODULES
            ), module
