"""The register window's "Add long-term data": B-LT or B-LTA for a signed agreement, or renewing it.

A small dialog asks for the level (with one paragraph on what the levels mean); the work —
asking the timestamp server, gathering the validation data, recording the new revision — runs
in the background through the register access (:mod:`agreement_studio.register.long_term`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.signing.form_parts import add_row
from agreement_studio.preferences import load_preferences

if TYPE_CHECKING:
    from agreement_studio.gui.register.controller import RegisterController

__all__ = ["LongTermAction", "LongTermDialog", "extend_in_register"]

_LEVELS = ("B-LT", "B-LTA")  # the levels extend adds (the combo box's data)


class LongTermDialog(QDialog):
    """Which level to add: B-LT (validation data) or B-LTA (and a document timestamp)."""

    def __init__(self, title: str, timestamp_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timestamp_url = timestamp_url.strip()
        self.setWindowTitle(self.tr("Add long-term validation data"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = QLabel(title)
        heading.setWordWrap(True)
        self.level = QComboBox()
        names = (
            self.tr("B-LT: the data to check the signatures for years"),
            self.tr("B-LTA: and a document timestamp over it"),
        )
        for name, level in zip(names, _LEVELS, strict=True):
            self.level.addItem(name, level)
        explanation = self.tr(
            "Once the last signature is in, the certificates and revocation lists that check "
            "each signature are stored in the PDF (B-LT), so it can be verified long after the "
            "certificates expire. B-LTA adds a document timestamp over them; add it again "
            "before that timestamp's certificate expires to renew it. The result is recorded "
            "as a new revision of the agreement."
        )
        if not self.timestamp_url:
            explanation += " " + self.tr(
                "B-LTA needs a timestamp server: set one under Tools › Identities and trust."
            )
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.level.setAccessibleDescription(explanation)
        model = self.level.model()
        assert isinstance(model, QStandardItemModel)
        model.item(1).setEnabled(bool(self.timestamp_url))
        self.level.setCurrentIndex(1 if self.timestamp_url else 0)
        form = QFormLayout()
        add_row(form, self.tr("&Level:"), self.level)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add"))
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)

    def chosen_level(self) -> str:
        """``B-LT`` or ``B-LTA``."""
        return str(self.level.currentData())


def extend_in_register(register: Any, document_id: str, level: str, tsa_url: str) -> Any:
    """The background work: extend with the window's trust anchors and the network's CRLs."""
    from agreement_studio.gui.register.operations import trust_store
    from agreement_studio.register.long_term import extend_agreement
    from agreement_studio.signing.network_crls import with_network_crls

    tsa = tsa_url if level == "B-LTA" else None
    return extend_agreement(
        register,
        document_id,
        level=level,
        tsa_url=tsa,
        trust=with_network_crls(trust_store()),
    )


class LongTermAction(QObject):
    """Ask for the level, then extend in the background; the status bar says what happened."""

    def __init__(self, controller: RegisterController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.dialog: LongTermDialog | None = None

    def start(self, document_id: str) -> LongTermDialog | None:
        """Open the dialog for the agreement shown."""
        details = self.controller.detail.details
        if not document_id or details is None:
            return None
        timestamp_url = load_preferences().timestamp_url
        dialog = LongTermDialog(details.row.title, timestamp_url, self.window)
        dialog.accepted.connect(
            lambda: self._extend(document_id, dialog.chosen_level(), timestamp_url)
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _extend(self, document_id: str, level: str, timestamp_url: str) -> None:
        self.window.statusBar().showMessage(self.tr("Adding long-term validation data…"))
        self.controller.access.run(
            extend_in_register,
            document_id,
            level,
            timestamp_url,
            owner=self,
            on_result=lambda outcome: self._done(document_id, outcome),
            on_error=self.controller.report,
        )

    def _done(self, document_id: str, outcome: Any) -> None:
        extended = outcome.extended
        text = self.tr("Added {level} validation data; recorded as a new revision.").format(
            level=extended.level.value
        )
        if extended.renew_before is not None:
            text += " " + self.tr("Renew it before {date}.").format(
                date=f"{extended.renew_before:%Y-%m-%d}"
            )
        if outcome.warnings:
            from agreement_studio.i18n import render

            text += " " + " ".join(render(warning) for warning in outcome.warnings)
        self.window.statusBar().showMessage(text)
        self.controller.access.recorded(document_id)
