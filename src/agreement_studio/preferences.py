"""The user's preferences: one small JSON file that the window and the command line both read.

Language of the window, the register's location, the trust anchors and the timestamp server are
kept in ``preferences.json`` in the settings folder (platformdirs' config folder, or
``$AGREEMENT_STUDIO_HOME/config``), written atomically. Only window state (geometry, splitters,
recent files) lives in ``QSettings``. This module imports neither Qt nor anything heavy: the
window reads it on its way to the screen and ``--help`` stays quick.

What wins when several places name the same thing (first one given):

- the register: ``--register``, then ``$AGREEMENT_STUDIO_REGISTER``, then Preferences'
  register location, then ``register.sqlite`` in the data folder (:func:`register_location`);
- trust when verifying: ``--trust`` on the command line, else Preferences' trust anchors; the
  certificates in the settings folder's ``trust-anchors/`` are added to either, and
  ``--no-configured-trust`` leaves out both Preferences' and the folder's
  (:func:`configured_trust_anchors`).

Unknown or mistyped values fall back to their defaults, so a hand edit gone wrong never stops
the window from opening or a command from running.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from agreement_studio.paths import user_config_dir

__all__ = [
    "REGISTER_ENV",
    "UI_LANGUAGES",
    "Preferences",
    "add_trust_anchor",
    "configured_trust_anchors",
    "load_preferences",
    "preferences_path",
    "register_location",
    "remove_trust_anchor",
    "save_preferences",
]

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en")
"""Languages of the window; an empty preference follows the system."""

REGISTER_ENV = "AGREEMENT_STUDIO_REGISTER"
"""The register layer's own variable (``register/location.py``)."""


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
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        from agreement_studio.errors import OutputError

        raise OutputError(f"cannot create the settings folder {file.parent}: {error}") from None
    text = json.dumps(preferences.as_dict(), indent=2, ensure_ascii=False) + "\n"
    return write_text_atomic(file, text)


# --- what the preferences decide ----------------------------------------------------------------
def register_location(given: str | os.PathLike[str] | None = None) -> str | None:
    """The register to open: ``given`` (``--register``), else ``$AGREEMENT_STUDIO_REGISTER``,
    else Preferences' register location; None means the default file in the data folder."""
    for value in (
        os.fspath(given) if given is not None else "",
        os.environ.get(REGISTER_ENV, ""),
        load_preferences().register_location,
    ):
        if value.strip():
            return value.strip()
    return None


def sqlite_register_file(location: str | None) -> Path | None:
    """The SQLite file a register location names (None for a database server's URL); the
    default file in the data folder for none. As :func:`agreement_studio.register.
    resolve_location` finds it for a path, without loading SQLAlchemy."""
    from agreement_studio.paths import user_data_dir

    if location and "://" in location:
        return None
    path = Path(location).expanduser() if location else user_data_dir() / "register.sqlite"
    return path / "register.sqlite" if path.is_dir() else path


def configured_trust_anchors(given: list[str] | None = None) -> list[Path]:
    """Trust anchor files when verifying with nothing else said: ``given`` (``--trust``), else
    Preferences' trust anchors; then the files of the settings folder's ``trust-anchors/``.

    A file listed in Preferences that no longer exists is left out (with a warning in the log),
    so a moved certificate does not stop every verification.
    """
    from agreement_studio.verification.trust import configured_anchor_files

    if given:
        anchors = [Path(a) for a in given]
    else:
        anchors = []
        for anchor in load_preferences().trust_anchors:
            if Path(anchor).is_file():
                anchors.append(Path(anchor))
            else:
                log.warning("the trust anchor %s in Preferences is missing; left out", anchor)
    return anchors + [p for p in configured_anchor_files() if p not in anchors]


def add_trust_anchor(path: str | os.PathLike[str]) -> bool:
    """Add a certificate file to Preferences' trust anchors; False when it was there already."""
    preferences = load_preferences()
    text = str(Path(path).resolve())
    if text in preferences.trust_anchors:
        return False
    preferences.trust_anchors.append(text)
    save_preferences(preferences)
    return True


def remove_trust_anchor(path: str | os.PathLike[str]) -> None:
    """Stop trusting the certificates of a file (the file itself is left alone)."""
    preferences = load_preferences()
    preferences.trust_anchors = [a for a in preferences.trust_anchors if a != os.fspath(path)]
    save_preferences(preferences)
