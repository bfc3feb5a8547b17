"""The trust tab: certificates verification trusts (Preferences' trust anchors), and the
timestamp server used when signing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.errors import AgreementStudioError
from agreement_studio.gui.messages import error_message
from agreement_studio.gui.register.detail_lists import DetailList
from agreement_studio.gui.register.display import format_date
from agreement_studio.gui.register.files import ask_open_file
from agreement_studio.gui.signing.form_parts import FieldMessage, add_row
from agreement_studio.preferences import (
    add_trust_anchor,
    load_preferences,
    remove_trust_anchor,
    save_preferences,
)
from agreement_studio.signing.certificate_info import read_certificate_file

__all__ = ["TrustTab"]

_URL_ROLE = Qt.ItemDataRole.UserRole


class TrustTab(QWidget):
    """Trusted certificates, added and removed as files, and the timestamp server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "A signature is trusted when its certificate was issued by one "
                "of these certificates (for example your network's CA)."
            )
        )
        intro.setWordWrap(True)
        self.list = DetailList(
            [
                self.tr("Certificate"),
                self.tr("Organisation"),
                self.tr("Valid"),
                self.tr("Fingerprint (SHA-256)"),
            ],
            self.tr("Trusted certificates"),
        )
        self.add_button = QPushButton(self.tr("&Add a certificate…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        for button in (self.add_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self.timestamp = QLineEdit()
        self.timestamp.setPlaceholderText(self.tr("e.g. http://timestamp.example.fi/tsa"))
        self.timestamp.setText(load_preferences().timestamp_url)
        self.timestamp.editingFinished.connect(self.save_timestamp)
        self.timestamp_message = FieldMessage(self.timestamp)
        form = QFormLayout()
        add_row(form, self.tr("&Timestamp server:"), self.timestamp, self.timestamp_message)
        note = QLabel(
            self.tr(
                "With a timestamp server, each signature carries a time "
                "confirmed by it (PAdES B-T); leave empty to sign without."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        """List the certificates of every trust anchor file."""
        self.list.clear()
        for anchor in load_preferences().trust_anchors:
            try:
                infos = read_certificate_file(anchor)
            except AgreementStudioError:
                item = self.list.add(
                    [Path(anchor).name, "", self.tr("cannot be read"), ""], tips={0: anchor}
                )
                item.setData(0, _URL_ROLE, anchor)
                continue
            for info in infos:
                validity = (
                    f"{format_date(info.not_valid_before.date())} – "
                    f"{format_date(info.not_valid_after.date())}"
                )
                item = self.list.add(
                    [info.name, info.organisation, validity, info.grouped_fingerprint],
                    tips={0: anchor, 3: info.grouped_fingerprint},
                )
                item.setData(0, _URL_ROLE, anchor)
                item.setDisabled(not info.valid_at())
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def add(self) -> None:
        """Trust the certificates of a PEM or DER file (read first, to refuse anything else)."""
        self.message.show_text("")
        path = ask_open_file(
            self,
            self.tr("Trust a certificate"),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        if path is None:
            return
        try:
            read_certificate_file(path)
            add_trust_anchor(path)
        except AgreementStudioError as error:
            self.message.show_text(error_message(error))
            return
        self.refresh()

    def remove(self) -> None:
        """Stop trusting the chosen certificate's file."""
        item = self.list.currentItem()
        if item is None:
            return
        try:
            remove_trust_anchor(item.data(0, _URL_ROLE))
        except AgreementStudioError as error:
            self.message.show_text(error_message(error))
        self.refresh()

    def save_timestamp(self) -> None:
        """Keep the timestamp server's address (http or https, or nothing)."""
        url = self.timestamp.text().strip()
        if url and not url.lower().startswith(("http://", "https://")):
            self.timestamp_message.show_text(
                self.tr("Give an address that begins with http:// or https://.")
            )
            return
        self.timestamp_message.show_text("")
        preferences = load_preferences()
        if preferences.timestamp_url != url:
            preferences.timestamp_url = url
            try:
                save_preferences(preferences)
            except AgreementStudioError as error:
                self.timestamp_message.show_text(error_message(error))
