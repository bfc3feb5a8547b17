"""The verification's questions: which PDFs, which folder, which certificates, where to save.

One function per Qt static dialog, so tests replace the static call with ``monkeypatch``.
The folder last used is remembered (window state, not a preference).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from agreement_studio.gui.window_state import window_settings

__all__ = ["certificates", "folder", "pdfs", "save_path"]

translate = QCoreApplication.translate
_KEY = "verification/folder"


def _start() -> str:
    value = window_settings().value(_KEY, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _remember(path: Path) -> None:
    window_settings().setValue(_KEY, str(path if path.is_dir() else path.parent))


def pdfs(parent: QWidget) -> list[Path]:
    """PDF files to verify (empty when cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("VerificationDialogs", "Verify PDF files"),
        _start(),
        translate("VerificationDialogs", "PDF documents (*.pdf);;All files (*)"),
    )
    if names:
        _remember(Path(names[0]))
    return [Path(n) for n in names]


def folder(parent: QWidget) -> Path | None:
    """A folder whose PDFs (subfolders too) to verify, or ``None``."""
    name = QFileDialog.getExistingDirectory(
        parent, translate("VerificationDialogs", "Verify every PDF in a folder"), _start()
    )
    if not name:
        return None
    _remember(Path(name))
    return Path(name)


def certificates(parent: QWidget, intermediate: bool) -> list[Path]:
    """Certificate files (PEM or DER) to trust, or to build chains with, for this session."""
    title = (
        translate("VerificationDialogs", "Add intermediate CA certificates")
        if intermediate
        else translate("VerificationDialogs", "Add trust anchors")
    )
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        title,
        _start(),
        translate("VerificationDialogs", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
    )
    return [Path(n) for n in names]


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """Where to save a file (the suggested suffix added when missing), or ``None``."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_start()) / suggested), filters)
    if not name:
        return None
    path = Path(name)
    suffix = Path(suggested).suffix
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    _remember(path)
    return path
