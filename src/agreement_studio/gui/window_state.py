"""Window state kept between runs in ``QSettings``: geometry, splitters, recent files.

Nothing else goes into ``QSettings`` (preferences are in :mod:`.preferences`). The file sits in
the user's settings folder, so ``AGREEMENT_STUDIO_HOME`` moves it with everything else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from agreement_studio.paths import user_config_dir

__all__ = ["RecentFiles", "restore_state", "save_state", "window_settings"]

MAX_RECENT = 10


def window_settings() -> QSettings:
    """The window-state store (an INI file in the settings folder)."""
    return QSettings(str(user_config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def save_state(widget: QWidget, key: str) -> None:
    """Remember a window's or splitter's geometry and layout under ``key``."""
    settings = window_settings()
    if isinstance(widget, QSplitter):
        settings.setValue(f"{key}/splitter", widget.saveState())
        return
    settings.setValue(f"{key}/geometry", widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        settings.setValue(f"{key}/state", widget.saveState())


def restore_state(widget: QWidget, key: str) -> bool:
    """Put back what :func:`save_state` remembered; False when there was nothing."""
    settings = window_settings()
    if isinstance(widget, QSplitter):
        value = settings.value(f"{key}/splitter")
        return isinstance(value, QByteArray) and widget.restoreState(value)
    geometry = settings.value(f"{key}/geometry")
    restored = isinstance(geometry, QByteArray) and widget.restoreGeometry(geometry)
    state = settings.value(f"{key}/state")
    if isinstance(widget, QMainWindow) and isinstance(state, QByteArray):
        widget.restoreState(state)
    return bool(restored)


class RecentFiles:
    """The drafts opened or saved lately, newest first."""

    def __init__(self, key: str = "recent/drafts") -> None:
        self.key = key

    def paths(self) -> list[Path]:
        """The remembered files that still exist."""
        value = window_settings().value(self.key, [])
        if isinstance(value, str):  # QSettings gives a one-element list back as a string
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and Path(v).is_file()]

    def add(self, path: str | Path) -> None:
        """Put ``path`` first."""
        file = Path(path).resolve()
        kept = [p for p in self.paths() if p != file]
        self._store([file, *kept][:MAX_RECENT])

    def remove(self, path: str | Path) -> None:
        """Forget ``path`` (e.g. it could not be opened)."""
        file = Path(path).resolve()
        self._store([p for p in self.paths() if p != file])

    def clear(self) -> None:
        """Forget every file."""
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        window_settings().setValue(self.key, [str(p) for p in paths])
