"""Where to save a PDF to send, an archive package, or an identity: one function per question.

Each wraps a static ``QFileDialog`` call, so tests replace it with ``monkeypatch``. They start
in the folder the other file dialogs last used (the same window-state key).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from agreement_studio.gui.window_state import window_settings

__all__ = ["ask_open_file", "ask_save_file", "pdf_filter", "zip_filter"]

translate = QCoreApplication.translate
_FOLDER_KEY = "dialogs/folder"


def _start_folder() -> Path:
    folder = window_settings().value(_FOLDER_KEY, "")
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        return Path(folder)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _remember(path: Path) -> None:
    window_settings().setValue(_FOLDER_KEY, str(path.parent))


def pdf_filter() -> str:
    """PDF files first, then anything."""
    return translate("Files", "PDF documents (*.pdf);;All files (*)")


def zip_filter() -> str:
    """ZIP packages."""
    return translate("Files", "ZIP packages (*.zip);;All files (*)")


def ask_save_file(
    parent: QWidget, title: str, suggested: str, filters: str, suffix: str
) -> Path | None:
    """Where to save (``suffix`` added when the name lacks it), or ``None``."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(_start_folder() / suggested), filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    _remember(path)
    return path


def ask_open_file(parent: QWidget, title: str, filters: str) -> Path | None:
    """A file to read, or ``None``."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(_start_folder()), filters)
    if not name:
        return None
    _remember(Path(name))
    return Path(name)
