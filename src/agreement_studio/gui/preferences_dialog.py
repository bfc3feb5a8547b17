"""Edit > Preferences: the choices kept in :mod:`agreement_studio.preferences`.

The same preferences the command line reads: the window's language, the register's location,
the trust anchors verification uses and the timestamp server used when signing (the latter two
also in Tools > Identities and trust). Nothing is saved until OK; then the file is read again and
the dialog's fields replaced in it, so a preference this dialog does not show is kept.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.errors import AgreementStudioError
from agreement_studio.gui.i18n import language_name
from agreement_studio.gui.messages import error_message
from agreement_studio.gui.register.files import ask_open_file
from agreement_studio.gui.signing.form_parts import FieldMessage
from agreement_studio.paths import user_data_dir
from agreement_studio.preferences import (
    REGISTER_ENV,
    UI_LANGUAGES,
    Preferences,
    load_preferences,
    save_preferences,
)
from agreement_studio.signing.certificate_info import read_certificate_file

__all__ = ["PreferencesDialog"]

_PATH_ROLE = Qt.ItemDataRole.UserRole


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if number == 0 else 0)
    return row


class PreferencesDialog(QDialog):
    """The preferences, saved when the person presses OK."""

    def __init__(
        self, parent: QWidget | None = None, preferences: Preferences | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        from agreement_studio.gui.help import add_help_key

        add_help_key(self, "preferences")  # F1: this dialog's help (the window's F1 cannot reach)
        self.preferences = preferences or load_preferences()
        self.form = QFormLayout()
        # --- language ---------------------------------------------------------------------------
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.preferences.ui_language)))
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.add_row(self.tr("&Language of the window:"), self.language)
        # --- register ---------------------------------------------------------------------------
        self.register = QLineEdit(self.preferences.register_location)
        self.register.setPlaceholderText(str(user_data_dir() / "register.sqlite"))
        self.register.setToolTip(self.register.placeholderText())
        # The default path shown whole (up to a reasonable width: a longer one has its tip).
        metrics = self.register.fontMetrics()
        whole = metrics.horizontalAdvance(self.register.placeholderText()) + 12
        self.register.setMinimumWidth(min(whole, metrics.averageCharWidth() * 80))
        self.register.setAccessibleName(self.tr("Register location"))
        self.register_browse = QPushButton(self.tr("&Browse…"))
        self.register_browse.setAccessibleName(self.tr("Choose the register file"))
        self.register_browse.clicked.connect(self._browse_register)
        self.register_message = FieldMessage(self.register)
        self.add_row(
            self.tr("&Register:"), _row(self.register, self.register_browse), self.register
        )
        self.form.addRow("", self.register_message)
        overridden = os.environ.get(REGISTER_ENV, "")
        register_note = self.tr(
            "An SQLite file, or a database address such as postgresql://server/agreements. "
            "Empty uses the register in your data folder. The command line uses the same one "
            "unless --register or {variable} names another."
        ).format(variable=REGISTER_ENV)
        if overridden:
            register_note += " " + self.tr("Now {variable} names {location}.").format(
                variable=REGISTER_ENV, location=overridden
            )
        self.form.addRow(self._note(register_note))
        # --- trust anchors ----------------------------------------------------------------------
        self.anchors = QListWidget()
        self.anchors.setAccessibleName(self.tr("Trust anchors"))
        for anchor in self.preferences.trust_anchors:
            self._add_anchor_item(anchor)
        self.anchor_add = QPushButton(self.tr("A&dd…"))
        self.anchor_add.setAccessibleName(self.tr("Add a trust anchor"))
        self.anchor_remove = QPushButton(self.tr("Re&move"))
        self.anchor_remove.setAccessibleName(self.tr("Remove the trust anchor"))
        self.anchor_add.clicked.connect(self._add_anchor)
        self.anchor_remove.clicked.connect(self._remove_anchor)
        self.anchors.currentRowChanged.connect(lambda _row: self._follow_anchor())
        self.anchor_message = FieldMessage(self.anchors)
        anchor_buttons = QWidget()
        buttons_layout = QVBoxLayout(anchor_buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(self.anchor_add)
        buttons_layout.addWidget(self.anchor_remove)
        buttons_layout.addStretch()
        self.add_row(self.tr("&Trust anchors:"), _row(self.anchors, anchor_buttons), self.anchors)
        self.form.addRow("", self.anchor_message)
        self.form.addRow(
            self._note(
                self.tr(
                    "Signatures whose certificates these CA certificates issued are trusted, "
                    "in the window and by the command line's verify (unless --trust names "
                    "others)."
                )
            )
        )
        # --- timestamp server -------------------------------------------------------------------
        self.timestamp = QLineEdit(self.preferences.timestamp_url)
        self.timestamp.setPlaceholderText(self.tr("e.g. http://timestamp.example.fi/tsa"))
        self.timestamp.setAccessibleName(self.tr("Timestamp server"))
        self.timestamp_message = FieldMessage(self.timestamp)
        self.add_row(self.tr("T&imestamp server:"), self.timestamp)
        self.form.addRow("", self.timestamp_message)
        self.form.addRow(
            self._note(
                self.tr(
                    "A new language or register is used from the next start of the application."
                )
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.register.textChanged.connect(lambda _text: self.register_message.show_text(""))
        self.timestamp.textChanged.connect(lambda _text: self.timestamp_message.show_text(""))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self._follow_anchor()

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        return note

    def add_row(self, label: str, field: QWidget, buddy: QWidget | None = None) -> None:
        """Add a labelled field (``&`` in the label gives its Alt shortcut, to ``buddy``)."""
        text = QLabel(label)
        text.setBuddy(buddy or field)
        self.form.addRow(text, field)

    # --- register -------------------------------------------------------------------------------
    def _browse_register(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the register file"),
            self.register.text() or str(user_data_dir()),
            self.tr("SQLite registers (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.register.setText(name)

    def register_problem(self) -> str:
        """What is wrong with the register typed, or an empty string."""
        text = self.register.text().strip()
        if not text:
            return ""
        if "://" in text:
            scheme = text.split("://", 1)[0].lower()
            if not scheme.startswith(("postgresql", "postgres", "sqlite")):
                return self.tr(
                    "A register is an SQLite file or a postgresql:// address, not {scheme}://."
                ).format(scheme=scheme)
            return ""
        path = Path(text).expanduser()
        if path.is_dir():
            return ""  # the register.sqlite inside it
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""

    # --- trust anchors --------------------------------------------------------------------------
    def _add_anchor_item(self, anchor: str) -> None:
        item = QListWidgetItem(anchor)
        try:
            names = ", ".join(info.name for info in read_certificate_file(anchor))
        except AgreementStudioError:
            names = self.tr("cannot be read")
        item.setText(f"{names} — {anchor}")
        item.setToolTip(anchor)
        item.setData(_PATH_ROLE, anchor)
        self.anchors.addItem(item)

    def trust_anchors(self) -> list[str]:
        """The trust anchor files as listed."""
        return [str(self.anchors.item(row).data(_PATH_ROLE)) for row in range(self.anchors.count())]

    def _follow_anchor(self) -> None:
        self.anchor_remove.setEnabled(self.anchors.currentRow() >= 0)

    def _add_anchor(self) -> None:
        self.anchor_message.show_text("")
        path = ask_open_file(
            self,
            self.tr("Trust a certificate"),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        if path is None:
            return
        try:
            read_certificate_file(path)
        except AgreementStudioError as error:
            self.anchor_message.show_text(error_message(error))
            return
        text = str(path.resolve())
        if text not in self.trust_anchors():
            self._add_anchor_item(text)
        self.anchors.setCurrentRow(self.trust_anchors().index(text))

    def _remove_anchor(self) -> None:
        row = self.anchors.currentRow()
        if row >= 0:
            self.anchors.takeItem(row)
        self._follow_anchor()

    # --- saving ---------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the preferences, or say why they could not be saved."""
        problem = self.register_problem()
        self.register_message.show_text(problem)
        url = self.timestamp.text().strip()
        bad_url = bool(url) and not url.lower().startswith(("http://", "https://"))
        self.timestamp_message.show_text(
            self.tr("Give an address that begins with http:// or https://.") if bad_url else ""
        )
        if problem:
            self.register.setFocus()
            return
        if bad_url:
            self.timestamp.setFocus()
            return
        # the file as it is now: only this dialog's fields change
        self.preferences = load_preferences()
        self.preferences.ui_language = self.language.currentData() or ""
        self.preferences.register_location = self.register.text().strip()
        self.preferences.trust_anchors = self.trust_anchors()
        self.preferences.timestamp_url = url
        try:
            save_preferences(self.preferences)
        except AgreementStudioError as error:
            QMessageBox.warning(self, self.windowTitle(), error_message(error))
            return
        super().accept()
