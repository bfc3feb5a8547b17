"""The network CA tab's list of issued certificates: revoke one, export the CRL.

Revoking asks for the reason and a confirmation in one small dialog; the work (signing with the
CA's key, rewriting its record) runs in the background (``signing/ca_records.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP
from agreement_studio.gui.register.detail_lists import DetailList
from agreement_studio.gui.register.display import format_date
from agreement_studio.gui.register.files import ask_save_file
from agreement_studio.gui.signing.form_parts import FieldMessage, add_row
from agreement_studio.gui.tasks import TaskFailure, runner
from agreement_studio.signing.ca_records import (
    ExportedCrl,
    IssuedRow,
    export_crl,
    issued_rows,
    revoke_issued,
)

__all__ = ["IssuedPanel", "RevokeDialog"]

_REASONS = (  # RFC 5280 reasons a network uses (signing.REASON_NAMES), in a person's words
    ("unspecified", QT_TRANSLATE_NOOP("RevokeDialog", "No particular reason")),
    ("affiliation-changed", QT_TRANSLATE_NOOP("RevokeDialog", "Left the organisation")),
    ("superseded", QT_TRANSLATE_NOOP("RevokeDialog", "Replaced by a new identity")),
    ("key-compromise", QT_TRANSLATE_NOOP("RevokeDialog", "The key or its password got out")),
    ("cessation-of-operation", QT_TRANSLATE_NOOP("RevokeDialog", "No longer signs for anyone")),
    ("privilege-withdrawn", QT_TRANSLATE_NOOP("RevokeDialog", "No longer allowed to sign")),
)


class RevokeDialog(QDialog):
    """Why, and are you sure: one dialog, the reason chosen and then Revoke pressed."""

    def __init__(self, row: IssuedRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Revoke a certificate"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        question = QLabel(
            self.tr(
                "Revoke the certificate of {name} ({organisation}), serial {serial}? From now "
                "on its signatures count as revoked wherever the network's CRL is used. "
                "This cannot be undone."
            ).format(name=row.name, organisation=row.organisation, serial=row.serial)
        )
        question.setWordWrap(True)
        self.reason = QComboBox()
        for value, text in _REASONS:
            self.reason.addItem(QCoreApplication.translate("RevokeDialog", text), value)
        form = QFormLayout()
        add_row(form, self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox()
        self.revoke_button = QPushButton(self.tr("Re&voke"))
        self.revoke_button.setAccessibleName(self.tr("Revoke"))
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not revoke by accident
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_reason(self) -> str:
        """The RFC 5280 reason, as the command line spells it."""
        return str(self.reason.currentData())


class IssuedPanel(QWidget):
    """The certificates the open CA issued, with Revoke and Export a CRL."""

    changed = Signal()
    """The list changed (a certificate revoked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ca: Any = None
        self.rows: list[IssuedRow] = []
        self.list = DetailList(
            [
                self.tr("Serial"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Valid"),
                self.tr("State"),
            ],
            self.tr("Issued certificates"),
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.export_button = QPushButton(self.tr("E&xport a CRL…"))
        for button in (self.revoke_button, self.export_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setEnabled(False)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.export_button.clicked.connect(self.export)
        self.list.itemSelectionChanged.connect(self._follow_selection)
        self.message = FieldMessage()
        self.done = QLabel()
        self.done.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Certificates this CA issued:")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        self.dialog: RevokeDialog | None = None

    def set_ca(self, ca: Any) -> None:
        """Show what ``ca`` issued (its record is already read)."""
        self.ca = ca
        self.export_button.setEnabled(True)
        self.show_rows(issued_rows(ca))

    def refresh(self) -> None:
        """List again (after an identity was issued)."""
        if self.ca is not None:
            self.show_rows(issued_rows(self.ca))

    def show_rows(self, rows: list[IssuedRow]) -> None:
        """Fill the list."""
        self.rows = rows
        self.list.clear()
        for row in rows:
            valid = f"{format_date(row.not_before.date())} – {format_date(row.not_after.date())}"
            if row.revoked_at is not None:
                state = self.tr("Revoked {date}").format(date=format_date(row.revoked_at.date()))
            else:
                state = self.tr("Valid")
            self.list.add([str(row.serial), row.name, row.organisation, valid, state])
        self._follow_selection()

    def _selected(self) -> IssuedRow | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return self.rows[self.list.indexOfTopLevelItem(items[0])]

    def _follow_selection(self) -> None:
        row = self._selected()
        self.revoke_button.setEnabled(row is not None and row.revoked_at is None)

    def _say(self, text: str = "", problem: str = "") -> None:
        self.done.setText(text)
        self.message.show_text(problem)

    # --- revoke -------------------------------------------------------------------------------
    def ask_revoke(self) -> None:
        """Ask the reason and a confirmation for the selected certificate."""
        self._say()
        row = self._selected()
        if row is None or self.ca is None:
            return
        self.dialog = RevokeDialog(row, self)
        self.dialog.accepted.connect(self._revoke)
        self.dialog.open()

    def _revoke(self) -> None:
        assert self.dialog is not None
        row, reason = self.dialog.row, self.dialog.chosen_reason()
        self.revoke_button.setEnabled(False)
        runner().run(
            revoke_issued,
            self.ca,
            row.serial,
            reason,
            owner=self,
            on_result=lambda rows: self._revoked(row, rows),
            on_error=self._failed,
        )

    def _revoked(self, row: IssuedRow, rows: list[IssuedRow]) -> None:
        self.show_rows(rows)
        self._say(
            self.tr(
                "Revoked the certificate of {name}. Export a CRL and publish it, so that "
                "verifiers learn of it."
            ).format(name=row.name)
        )
        self.changed.emit()

    def _failed(self, failure: TaskFailure) -> None:
        self._follow_selection()
        self._say(problem=failure.message)

    # --- export a CRL -------------------------------------------------------------------------
    def export(self) -> None:
        """Sign a new CRL and save it where the person chooses."""
        self._say()
        if self.ca is None:
            return
        path = ask_save_file(
            self,
            self.tr("Export the network's CRL"),
            "network.crl",
            self.tr("Certificate revocation lists (*.crl);;All files (*)"),
            ".crl",
        )
        if path is None:
            return
        runner().run(
            export_crl,
            self.ca,
            Path(path),
            owner=self,
            on_result=self._exported,
            on_error=self._failed,
        )

    def _exported(self, exported: ExportedCrl) -> None:
        self._say(
            self.tr(
                "Saved {name}: {count} revoked, valid until {date}. Publish it where the "
                "certificates point, and export a new one before then."
            ).format(
                name=exported.path.name,
                count=exported.revoked,
                date=format_date(exported.next_update.date()),
            )
        )
