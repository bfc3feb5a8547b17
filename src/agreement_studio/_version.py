"""The one version of the application, read from the installed package's metadata.

``pyproject.toml`` is the only place the version is written. A source checkout that is not
installed reads it from there.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path


def _read_version() -> str:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    if pyproject.is_file():
        # A source checkout (editable or not installed): pyproject.toml is the truth, even if
        # the installed metadata is older.
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
        if match:
            return match.group(1)
    try:
        return metadata.version("agreement-studio")
    except metadata.PackageNotFoundError:  # pragma: no cover - frozen bundle without metadata
        return "0+unknown"


__version__ = _read_version()
