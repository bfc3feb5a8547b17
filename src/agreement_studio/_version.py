"""The one version of the application, written only in ``pyproject.toml``.

A source checkout reads it from ``pyproject.toml`` (the truth, even when the installed copy is
older); an installed package from ``_build_version.py``, which the build writes; failing both,
from the package metadata.
"""

from __future__ import annotations

import re
from pathlib import Path


def _read_version() -> str:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    if pyproject.is_file():
        match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.M)
        if match:
            return match.group(1)
    try:
        from agreement_studio._build_version import __version__ as built
    except ImportError:
        pass
    else:
        return str(built)
    from importlib import metadata  # slow to import (about 25 ms): the last resort

    try:
        return metadata.version("agreement-studio")
    except metadata.PackageNotFoundError:  # pragma: no cover - frozen bundle without metadata
        return "0+unknown"


__version__ = _read_version()
