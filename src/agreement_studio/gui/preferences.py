"""The user's domain preferences: a small typed model saved as JSON in the settings folder.

Only window state (geometry, splitters, recent files) lives in ``QSettings``; what the user
chooses about the work itself lives here, readable by a person and by the command line. This
module does not import Qt. Unknown or mistyped values fall back to their defaults, so a hand
edit gone wrong never stops the window from opening.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from agreement_studio.fileio import write_text_atomic
from agreement_studio.paths import user_config_dir

__all__ = ["UI_LANGUAGES", "Preferences", "load_preferences", "preferences_path",
           "save_preferences"]

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en")
"""Languages of the window; an empty preference follows the system."""


@dataclass
class Preferences:
    """What the user has chosen in Preferences."""

    ui_language: str = ""
    """The window's language (``fi``, ``sv``, ``en``); empty follows the system and ``LANG``."""
    timestamp_url: str = ""
    """The RFC 3161 timestamp server used when signing; empty signs without a timestamp."""
    trust_anchors: list[str] = field(default_factory=list)
    """Files of CA certificates whose signatures verification trusts."""
    register_location: str = ""
    """The register: an SQLite file or a database URL; empty uses the one in the data folder."""

    def __post_init__(self) -> None:
        if self.ui_language not in ("", *UI_LANGUAGES):
            self.ui_language = ""


def preferences_path() -> Path:
    """Where the preferences are kept."""
    return user_config_dir() / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults when there are none (or they cannot be read)."""
    file = path or preferences_path()
    try:
        data = json.loads(file.read_text("utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable preferences %s: %s", file, error)
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    defaults = Preferences()
    values = {}
    for item in fields(Preferences):
        value = data.get(item.name, getattr(defaults, item.name))
        default = getattr(defaults, item.name)
        if isinstance(default, list):
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        else:
            ok = isinstance(value, type(default))
        values[item.name] = value if ok else default
    return Preferences(**values)


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    """Save the preferences atomically; raises :class:`~agreement_studio.errors.OutputError`."""
    file = path or preferences_path()
    file.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(preferences), indent=2, ensure_ascii=False) + "\n"
    return write_text_atomic(file, text)
