"""No import cycles inside a layer: a cycle is what splitting a file without a seam makes.

Counts every import (TYPE_CHECKING and function-level ones too): a cycle that only type
checking closes is still two modules that cannot be understood apart.
"""

from __future__ import annotations

import grimp
import pytest

# Cycles that exist today and are being taken apart; none may be added.
KNOWN: list[frozenset[str]] = []


def cycles(graph: grimp.ImportGraph, package: str) -> list[frozenset[str]]:
    """The strongly connected groups of more than one module inside ``package``."""
    inside = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph.find_modules_directly_imported_by(module)):
            if not (target == package or target.startswith(package + ".")):
                continue
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group: set[str] = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(frozenset(group))

    for module in inside:
        if module not in index:
            visit(module)
    return found


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("app", exclude_type_checking_imports=False)


@pytest.mark.parametrize(
    "package",
    ["app.models", "app.rules", "app.schemas", "app.client", "app.server", "app.views",
     "app.reports", "app.charts"],
)  # fmt: skip
def test_no_import_cycles(graph: grimp.ImportGraph, package: str) -> None:
    new = [c for c in cycles(graph, package) if c not in KNOWN]
    assert new == [], f"import cycles in {package}: {[sorted(c) for c in new]}"


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for a, b in (("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")):
        graph.add_import(importer=a, imported=b)
    assert cycles(graph, "p") == [frozenset({"p.a", "p.b", "p.c"})]
