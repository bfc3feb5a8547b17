"""Running the real command line in a child process, as a user or a script would."""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_cli(
    *args: str, env: dict[str, str] | None = None, input: str | None = None, cwd=None
) -> subprocess.CompletedProcess[str]:
    """Run ``agreement-studio ARGS`` and return the finished process (never raises)."""
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        input=input,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli
