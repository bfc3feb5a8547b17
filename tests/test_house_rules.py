"""The rules of the house that a test can check."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import agreement_studio

PACKAGE = Path(agreement_studio.__file__).resolve().parent
ROOT = PACKAGE.parents[1]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_gui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        qt = {
            m
            for m in _imported_modules(path)
            if m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
        }
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(qt)}")
    assert not offenders, "only gui/ may import Qt:\n" + "\n".join(offenders)


def test_command_line_help_does_not_load_qt_or_pyhanko():
    code = (
        "import sys; from agreement_studio.cli import build_parser; build_parser(); "
        "bad = [m for m in ('PySide6', 'pyhanko', 'reportlab', 'sqlalchemy') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_code_is_ruff_clean():
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [sys.executable, "-m", "ruff"]
    result = subprocess.run(
        [*command, "check", "--no-cache", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_ruff_formatted():
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [sys.executable, "-m", "ruff"]
    result = subprocess.run(
        [*command, "format", "--check", "--no-cache", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, "run 'ruff format <files>':\n" + result.stdout + result.stderr


def test_test_modules_have_unique_names():
    # Test folders are not packages: two test files with one name would shadow each other.
    names: dict[str, Path] = {}
    clashes = []
    for path in (ROOT / "tests").rglob("*.py"):
        if "corpus" in path.parts or path.name in ("conftest.py", "__init__.py"):
            continue
        if path.name in names:
            clashes.append(f"{names[path.name].relative_to(ROOT)} and {path.relative_to(ROOT)}")
        names[path.name] = path
    assert not clashes, "test modules share a name: " + "; ".join(clashes)
