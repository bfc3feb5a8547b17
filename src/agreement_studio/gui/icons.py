"""Icons drawn as SVG in ``resources/icons``: sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from agreement_studio.paths import resources_dir

__all__ = ["VERDICTS", "app_icon", "icon"]

VERDICTS = ("valid", "untrusted", "modified", "invalid", "error", "unsigned")
"""The verdicts of a verification, each with an icon ``verdict-<name>``."""


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if it is missing)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    """The application's own icon."""
    return icon("agreement-studio")
