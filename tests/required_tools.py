"""The command-line tools the tests use, and the Debian package to install when one is missing.

A missing tool fails the test that needs it, with the line to run: the suite never skips
quietly past a check it could not make (the README lists every package).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

__all__ = ["PACKAGES", "require_file", "require_tools"]

PACKAGES = {
    "qpdf": "qpdf",
    "pdfsig": "poppler-utils",
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "certutil": "libnss3-tools",
    "softhsm2-util": "softhsm2",
    "pkcs11-tool": "opensc",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "initdb": "postgresql",
    "pg_ctl": "postgresql",
    "ps": "procps",
}


def _fail(packages: list[str], what: str) -> None:
    line = "sudo apt-get install " + " ".join(sorted(set(packages)))
    pytest.fail(f"{what} is needed for this test: install it with `{line}`", pytrace=False)


def require_tools(*names: str) -> None:
    """Fail the running test, naming the install line, unless every tool is on ``PATH``."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        _fail([PACKAGES.get(name, name) for name in missing], ", ".join(missing))


def require_file(path: str | Path, package: str) -> None:
    """Fail the running test unless ``path`` (a library a package installs) exists."""
    if not Path(path).exists():
        _fail([package], str(path))
