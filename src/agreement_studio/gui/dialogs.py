"""The small questions the window asks: which file, save changes, import or verify.

Each is one function over a Qt static dialog, so tests replace the static call with
``monkeypatch`` and the callers stay free of dialog details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from agreement_studio.gui.window_state import window_settings

__all__ = [
    "ask_import_or_verify",
    "ask_open_draft",
    "ask_pdfs",
    "ask_save_changes",
    "ask_save_draft",
]

translate = QCoreApplication.translate


def _last_folder() -> str:
    folder = window_settings().value("dialogs/folder", "")
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _remember_folder(path: Path) -> None:
    window_settings().setValue("dialogs/folder", str(path.parent))


def _draft_filter() -> str:
    return translate("Dialogs", "Agreement drafts (*.agreement.json);;All files (*)")


def ask_open_draft(parent: QWidget) -> Path | None:
    """A draft file to open, or ``None``."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Open draft"), _last_folder(), _draft_filter()
    )
    if not name:
        return None
    _remember_folder(Path(name))
    return Path(name)


def ask_save_draft(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a draft (``.agreement.json`` added when missing), or ``None``."""
    start = str(Path(_last_folder()) / suggested)
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save draft"), start, _draft_filter()
    )
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(".agreement.json"):
        path = path.with_name(path.name.removesuffix(".json") + ".agreement.json")
    _remember_folder(path)
    return path


def ask_pdfs(parent: QWidget, title: str) -> list[Path]:
    """PDF files to import or verify (empty when cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, title, _last_folder(), translate("Dialogs", "PDF documents (*.pdf);;All files (*)")
    )
    if names:
        _remember_folder(Path(names[0]))
    return [Path(n) for n in names]


def ask_save_changes(parent: QWidget, name: str) -> str:
    """``"save"``, ``"discard"`` or ``"cancel"`` for a draft with unsaved changes."""
    button = QMessageBox.question(
        parent,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "Save the changes to “{name}” before closing it?").format(name=name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(button, "cancel")


def ask_import_or_verify(parent: QWidget, count: int) -> str | None:
    """For dropped PDFs: ``"import"`` into the register, ``"verify"`` only, or ``None``."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "PDF files"),
        translate("Dialogs", "What should be done with the PDF files ({count})?").format(
            count=count
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    import_button = box.addButton(
        translate("Dialogs", "&Import into the register"), QMessageBox.ButtonRole.AcceptRole
    )
    verify_button = box.addButton(
        translate("Dialogs", "&Verify signatures"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(import_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is import_button:
        return "import"
    if clicked is verify_button:
        return "verify"
    return None
