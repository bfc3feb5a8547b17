"""Test configuration shared by every layer's tests."""

from __future__ import annotations

import os
from pathlib import Path

# Qt runs without a display in the tests: set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own data and settings folders, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("AGREEMENT_STUDIO_HOME", str(home))
    for name in (
        "AGREEMENT_STUDIO_REGISTER",
        "AGREEMENT_STUDIO_PASSWORD",
        "AGREEMENT_STUDIO_CA_PASSWORD",
    ):
        monkeypatch.delenv(name, raising=False)
    # Sentences come out in English unless a test asks for a language (the developer's own
    # locale must not change what the tests read).
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


# -- nothing is skipped quietly ----------------------------------------------------------------
# A skipped or xfailed test fails the run unless tests/allowed-skips.txt names it with a reason:
# a check that could not be made is not a check that passed.

_ALLOWED = Path(__file__).with_name("allowed-skips.txt")
_unexpected: list[str] = []


def _allowed_skips() -> dict[str, str]:
    allowed = {}
    for line in _ALLOWED.read_text("utf-8").splitlines():
        node, _, reason = line.partition("#")
        if node.strip() and reason.strip():
            allowed[node.strip()] = reason.strip()
    return allowed


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not report.skipped:
        return
    allowed = _allowed_skips()
    base = report.nodeid.split("[", 1)[0]
    if report.nodeid in allowed or base in allowed:
        return
    kind = "xfailed" if hasattr(report, "wasxfail") else "skipped"
    reason = report.wasxfail if kind == "xfailed" else report.longrepr
    if isinstance(reason, tuple):
        reason = reason[2]
    _unexpected.append(f"{report.nodeid} {kind}: {reason}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _unexpected and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter) -> None:
    if _unexpected:
        terminalreporter.section("skipped without a reason in tests/allowed-skips.txt", red=True)
        for line in _unexpected:
            terminalreporter.line(line)
