"""Tests that cannot lie: the rules every test file keeps, checked on their syntax trees.

- No fixed waits (``time.sleep``, ``QTest.qWait``, ``qtbot.wait``): wait on the condition,
  with a deadline (``qtbot.waitUntil``, ``qtbot.waitSignal``, an event, a pipe).
- No wall-clock assertions: an ``assert`` does not read the clock (speed lives in
  ``benchmarks/``).
- Import failures fail: no ``pytest.importorskip``, no ``except ImportError`` in a test.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# (file, rule) -> why it is not a wait, a clock assertion or a hidden import failure
ALLOWED = {
    ("register/test_register_crash.py", "fixed wait"): (
        "a random delay before SIGKILL: the moment of the crash is what is randomised"
    ),
}

_WAITS = {("time", "sleep"), ("QTest", "qWait"), ("qtbot", "wait"), ("QThread", "sleep")}
_CLOCKS = {("time", "time"), ("time", "monotonic"), ("time", "perf_counter")}
_CLOCKS |= {("time", "monotonic_ns"), ("time", "perf_counter_ns")}


def _call_name(node: ast.AST) -> tuple[str, str] | None:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        owner = node.func.value
        if isinstance(owner, ast.Name):
            return owner.id, node.func.attr
    return None


def _broken_rules(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        name = _call_name(node)
        bare = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        if name in _WAITS or (bare and node.func.id in {"sleep", "qWait"}):
            found.append((node.lineno, "fixed wait"))
        if name == ("pytest", "importorskip"):
            found.append((node.lineno, "import failure skipped"))
        clock = isinstance(node, ast.Assert) and any(
            _call_name(inner) in _CLOCKS for inner in ast.walk(node)
        )
        if clock:
            found.append((node.lineno, "wall-clock assertion"))
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            names = {c.id for c in caught if isinstance(c, ast.Name)}
            if names & {"ImportError", "ModuleNotFoundError"}:
                found.append((node.lineno, "import failure caught"))
    return found


def test_no_test_waits_on_the_clock_asserts_on_it_or_skips_a_failed_import():
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        relative = path.relative_to(TESTS).as_posix()
        for line, rule in _broken_rules(ast.parse(path.read_text("utf-8"))):
            if (relative, rule) not in ALLOWED:
                offenders.append(f"{relative}:{line}: {rule}")
    assert not offenders, "\n".join(offenders)


def test_the_rules_catch_what_they_are_about():
    bad = """
import time, pytest
def test_x(qtbot):
    started = time.monotonic()
    time.sleep(1)
    sleep(1)
    qtbot.wait(50)
    pytest.importorskip("numpy")
    try:
        import numpy
    except ImportError:
        pytest.skip("no numpy")
    assert time.monotonic() - started < 5
"""
    rules = sorted(rule for _, rule in _broken_rules(ast.parse(bad)))
    assert rules == [
        "fixed wait",
        "fixed wait",
        "fixed wait",
        "import failure caught",
        "import failure skipped",
        "wall-clock assertion",
    ]
    good = """
def test_y(qtbot, deadline):
    qtbot.waitUntil(lambda: True, timeout=1000)
    remaining = deadline - time.monotonic()
    assert remaining
"""
    assert _broken_rules(ast.parse(good)) == []
