"""The user's domain preferences: a small typed model saved as JSON in the settings folder.

Only window state (geometry, splitters, recent files) lives in ``QSettings``; what the user
chooses about the work itself lives here, readable by a person and by the command line. This
module does not import Qt. Unknown or mistyped values fall back to their defaults, so a hand
edit gone wrong never stops the window from opening.
"""

from __future__ import annotations

import logging
from pathlib import Path

from agreement_studio.paths import user_config_dir

__all__ = [
    "UI_LANGUAGES",
    "Preferences",
    "load_preferences",
    "preferences_path",
    "save_preferences",
]

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en")
"""Languages of the window; an empty preference follows the system."""


class Preferences:
    """What the user has chosen in Preferences.

    A plain class rather than a dataclass: the window reads the preferences on its way to the
    screen, and importing ``dataclasses`` would cost that start-up time.
    """

    FIELDS = ("ui_language", "timestamp_url", "trust_anchors", "register_location")
    """The preferences' names, in the order they are saved."""
    __slots__ = ("register_location", "timestamp_url", "trust_anchors", "ui_language")

    def __init__(
        self,
        ui_language: str = "",
        timestamp_url: str = "",
        trust_anchors: list[str] | None = None,
        register_location: str = "",
    ) -> None:
        self.ui_language = ui_language if ui_language in ("", *UI_LANGUAGES) else ""
        """The window's language (``fi``, ``sv``, ``en``); empty follows the system and ``LANG``."""
        self.timestamp_url = timestamp_url
        """The RFC 3161 timestamp server used when signing; empty signs without a timestamp."""
        self.trust_anchors: list[str] = [] if trust_anchors is None else trust_anchors
        """Files of CA certificates whose signatures verification trusts."""
        self.register_location = register_location
        """The register: an SQLite file or a database URL; empty uses the one in the data
        folder."""

    def as_dict(self) -> dict[str, object]:
        """The preferences by name, as they are saved."""
        return {name: getattr(self, name) for name in self.FIELDS}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Preferences):
            return NotImplemented
        return self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  # changeable, like the dataclass it was

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={value!r}" for name, value in self.as_dict().items())
        return f"Preferences({values})"


def preferences_path() -> Path:
    """Where the preferences are kept."""
    return user_config_dir() / "preferences.json"


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults when there are none (or they cannot be read)."""
    file = path or preferences_path()
    try:
        text = file.read_text("utf-8")
    except FileNotFoundError:
        return Preferences()  # (before importing json: a first start does without it)
    except (OSError, ValueError) as error:
        log.warning("ignoring unreadable preferences %s: %s", file, error)
        return Preferences()
    import json

    try:
        data = json.loads(text)
    except ValueError as error:
        log.warning("ignoring unreadable preferences %s: %s", file, error)
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    return Preferences(
        ui_language=_text(data, "ui_language"),
        timestamp_url=_text(data, "timestamp_url"),
        trust_anchors=_texts(data, "trust_anchors"),
        register_location=_text(data, "register_location"),
    )


def _text(data: dict[str, object], name: str) -> str:
    """The saved text ``name``; empty (every text's default) when missing or not text."""
    value = data.get(name)
    return value if isinstance(value, str) else ""


def _texts(data: dict[str, object], name: str) -> list[str] | None:
    """The saved list of texts ``name``; None (the default) when missing or not such a list."""
    value = data.get(name)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    return None


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    """Save the preferences atomically; raises :class:`~agreement_studio.errors.OutputError`."""
    import json

    from agreement_studio.fileio import write_text_atomic

    file = path or preferences_path()
    file.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(preferences.as_dict(), indent=2, ensure_ascii=False) + "\n"
    return write_text_atomic(file, text)
