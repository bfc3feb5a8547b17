"""Test configuration shared by every layer's tests."""

from __future__ import annotations

import os

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
    return home
