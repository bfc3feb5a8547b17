"""The type checker's verdict: mypy, as configured in pyproject.toml, finds no errors.

mypy runs once over the whole package (strict for the Qt-free packages, every function body
checked in ``gui/``). Packages still being typed are listed in ``NOT_YET_CLEAN``; their errors
are reported but not failed, and an entry that has become clean fails until it is removed, so
the list only shrinks.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

import agreement_studio

PACKAGE = Path(agreement_studio.__file__).resolve().parent
ROOT = PACKAGE.parents[1]

NOT_YET_CLEAN: tuple[str, ...] = ()
"""Paths under ``src/agreement_studio`` (a folder ends in ``/``) whose mypy errors are waived
for now. The goal is an empty tuple."""

_ERROR = re.compile(r"^(?P<path>[^:\n]+\.py):(?P<line>\d+): error: (?P<text>.*)$", re.MULTILINE)
_CHECKED = re.compile(
    r"\(checked (\d+) source files?\)$|^Success: no issues found in (\d+) source", re.MULTILINE
)
_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
_NAMED_IGNORE = re.compile(r"^\[[a-z0-9-]+(,\s*[a-z0-9-]+)*\]\s+#\s*\S")


def _module_path(path: str) -> str:
    """``src/agreement_studio/pdf/render.py`` -> ``pdf/render.py``."""
    return Path(path).resolve().relative_to(PACKAGE).as_posix()


def _waived(module_path: str) -> str | None:
    for entry in NOT_YET_CLEAN:
        if module_path == entry or (entry.endswith("/") and module_path.startswith(entry)):
            return entry
    return None


@cache
def _mypy() -> tuple[int, str]:
    """mypy's exit status and output, run as configured (pyproject.toml) from the checkout."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-color-output"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=540,
    )
    return result.returncode, result.stdout + result.stderr


def _errors() -> dict[str, list[str]]:
    """mypy's errors by module path (relative to the package)."""
    _status, output = _mypy()
    errors: dict[str, list[str]] = defaultdict(list)
    for match in _ERROR.finditer(output):
        errors[_module_path(match["path"])].append(f"{match['line']}: {match['text']}")
    return errors


def _clean_sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if _waived(path.relative_to(PACKAGE).as_posix()) is None
    )


def test_mypy_ran_over_the_whole_package():
    status, output = _mypy()
    assert status in (0, 1), output  # 2 is a crash or a configuration mistake
    assert "unused section" not in output, output  # an override that matches no module
    checked = _CHECKED.search(output)
    assert checked, output
    count = int(checked[1] or checked[2])
    assert count >= len(list(PACKAGE.rglob("*.py"))), output


def test_mypy_finds_no_errors_outside_the_waived_packages():
    errors = _errors()
    found = {module: lines for module, lines in sorted(errors.items()) if _waived(module) is None}
    report = "\n".join(f"{module}:{line}" for module, lines in found.items() for line in lines)
    assert not found, f"mypy errors:\n{report}"


def test_every_waiver_is_still_needed():
    errors = _errors()
    still_failing = {_waived(module) for module in errors} - {None}
    clean_now = [entry for entry in NOT_YET_CLEAN if entry not in still_failing]
    assert not clean_now, f"mypy finds no errors in {clean_now}: remove them from NOT_YET_CLEAN"


def test_waived_errors_are_counted(capsys):
    # Not a check: the counts show in the log (-rP) while the waivers last.
    by_entry: dict[str, int] = defaultdict(int)
    for module, lines in _errors().items():
        entry = _waived(module)
        if entry:
            by_entry[entry] += len(lines)
    with capsys.disabled():
        for entry, count in sorted(by_entry.items()):
            print(f"mypy errors waived in {entry}: {count}")


@pytest.mark.parametrize("path", _clean_sources(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_every_type_ignore_names_its_code_and_reason(path: Path):
    bad = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        ignore = _IGNORE.search(line)
        if ignore and not _NAMED_IGNORE.match(ignore["rest"].strip()):
            bad.append(f"{number}: {line.strip()}")
    assert not bad, (
        "write '# type: ignore[code]  # why' (for example, "
        "'# type: ignore[attr-defined]  # not in ReportLab's stubs'):\n" + "\n".join(bad)
    )


def test_the_configuration_hides_no_module():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]
    assert config["packages"] == ["agreement_studio"]
    hiding = []
    strict = set()
    for override in config.get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        ours = [m for m in modules if m.split(".")[0] == "agreement_studio"]
        if not ours:
            continue
        if override.get("ignore_errors") or override.get("disable_error_code"):
            hiding.append(ours)
        if override.get("ignore_missing_imports") or override.get("follow_imports") == "skip":
            hiding.append(ours)
        if override.get("strict"):
            strict.update(ours)
    assert not hiding, f"these overrides hide errors in our own modules: {hiding}"
    assert "agreement_studio.*" in strict, "the Qt-free packages are checked strictly"


def test_pre_commit_runs_the_same_checks_without_network():
    text = (ROOT / ".pre-commit-config.yaml").read_text("utf-8")
    entries = re.findall(r"^\s*entry:\s*(.+?)\s*$", text, re.MULTILINE)
    languages = set(re.findall(r"^\s*language:\s*(\S+)", text, re.MULTILINE))
    repos = re.findall(r"^\s*-\s*repo:\s*(\S+)", text, re.MULTILINE)
    assert repos == ["local"] and languages == {"system"}, "local hooks only: no download"
    assert [entry.split(" --")[0] for entry in entries] == [
        "ruff check",
        "ruff format",
        "mypy",
    ], entries
    assert "--check" in entries[1], "the format hook checks; it does not rewrite"
