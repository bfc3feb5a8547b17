"""The register package reads as one thing: its modules' imports run one way.

The verbs (``api``) call the operations, which all work on the lower-level ``store``; nothing
below ``api`` imports it, and no module imports itself back through others. Every import is
counted, those made only for type checking and those inside functions too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import agreement_studio.register as package

PACKAGE = "agreement_studio.register"
FOLDER = Path(package.__file__).parent


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PACKAGE:  # from agreement_studio.register import witness
                found.update(f"{PACKAGE}.{alias.name}" for alias in node.names)
            else:
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    modules = {f"{PACKAGE}.{p.stem}" for p in FOLDER.glob("*.py")}
    return {name for name in found if name in modules}


def _graph() -> dict[str, set[str]]:
    return {
        f"{PACKAGE}.{path.stem}": _imports(path) - {f"{PACKAGE}.{path.stem}"}
        for path in FOLDER.glob("*.py")
        if path.stem != "__init__"
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_module_of_the_register_imports_itself_back():
    assert _cycle(_graph()) is None, " -> ".join(_cycle(_graph()) or [])


def test_the_cycle_finder_finds_a_cycle():
    # the test above cannot pass by finding nothing: a made-up circle is found
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_operations_work_on_the_store_not_on_the_verbs():
    graph = _graph()
    users_of_api = sorted(name for name, targets in graph.items() if f"{PACKAGE}.api" in targets)
    assert users_of_api == []
    store_users = {name for name, targets in graph.items() if f"{PACKAGE}.store" in targets}
    for operation in ("changes", "commit", "importing", "query", "export", "check", "archive"):
        assert f"{PACKAGE}.{operation}" in store_users
    assert not graph[f"{PACKAGE}.store"] & {
        f"{PACKAGE}.{m}" for m in ("changes", "importing", "query", "export", "check", "api")
    }
