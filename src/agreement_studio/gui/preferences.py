"""The window's name for the core preferences, :mod:`agreement_studio.preferences`.

The preferences moved out of ``gui/`` so that the command line reads the same ones; this module
only re-exports them for the window's modules that import them from here.
"""

from agreement_studio.preferences import (
    UI_LANGUAGES,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)

__all__ = [
    "UI_LANGUAGES",
    "Preferences",
    "load_preferences",
    "preferences_path",
    "save_preferences",
]
