"""Where things live: built-in resources and templates, and the user's own folders.

Built-ins are found inside the installed package (``agreement_studio/templates``,
``agreement_studio/resources``) and, in a source checkout, at the top of the repository.
User folders come from platformdirs; ``AGREEMENT_STUDIO_HOME`` moves all of them under one
folder (tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "agreement-studio"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _built_in(name: str) -> Path:
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # a PyInstaller bundle
        candidates.insert(0, Path(frozen) / "agreement_studio" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the built-in folder {name!r} is missing from this installation")


@cache
def resources_dir() -> Path:
    """The built-in resources folder (fonts, icons, translations)."""
    return _built_in("resources")


@cache
def templates_dir() -> Path:
    """The built-in templates folder."""
    return _built_in("templates")


def font_path(file_name: str) -> Path:
    """A font shipped in ``resources/fonts``."""
    return resources_dir() / "fonts" / file_name


def _home_override() -> Path | None:
    value = os.environ.get("AGREEMENT_STUDIO_HOME")
    return Path(value) if value else None


def user_data_dir() -> Path:
    """The user's data folder (register, identities, user templates)."""
    override = _home_override()
    if override is not None:
        return override / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_config_dir() -> Path:
    """The user's settings folder."""
    override = _home_override()
    if override is not None:
        return override / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """The user's cache folder: things that are rebuilt when missing (e.g. the stamp's font)."""
    override = _home_override()
    if override is not None:
        return override / "cache"
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def user_templates_dir() -> Path:
    """Where a user adds templates of their own."""
    return user_data_dir() / "templates"


def user_identities_dir() -> Path:
    """Where identities created in the application are kept."""
    return user_data_dir() / "identities"
