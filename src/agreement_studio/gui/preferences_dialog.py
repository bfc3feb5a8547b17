"""Edit > Preferences: the choices kept in :class:`~.preferences.Preferences`.

The later phase adds its rows (trust anchors, timestamp server) with :meth:`add_row` and reads
or writes its fields of ``self.preferences`` before the dialog saves them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.errors import AgreementStudioError
from agreement_studio.gui.i18n import language_name
from agreement_studio.gui.messages import error_message
from agreement_studio.gui.preferences import (
    UI_LANGUAGES,
    Preferences,
    load_preferences,
    save_preferences,
)

__all__ = ["PreferencesDialog"]


class PreferencesDialog(QDialog):
    """The preferences, saved when the person presses OK."""

    def __init__(
        self, parent: QWidget | None = None, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.preferences = preferences or load_preferences()
        self.form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.preferences.ui_language)))
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.add_row(self.tr("&Language of the window:"), self.language)
        note = QLabel(self.tr("A new language is used from the next start of the application."))
        note.setWordWrap(True)
        self.form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def add_row(self, label: str, field: QWidget) -> None:
        """Add a labelled field (``&`` in the label gives its Alt shortcut)."""
        text = QLabel(label)
        text.setBuddy(field)
        self.form.addRow(text, field)

    def accept(self) -> None:
        """Save the preferences, or say why they could not be saved."""
        self.preferences.ui_language = self.language.currentData() or ""
        try:
            save_preferences(self.preferences)
        except AgreementStudioError as error:
            QMessageBox.warning(self, self.windowTitle(), error_message(error))
            return
        super().accept()
