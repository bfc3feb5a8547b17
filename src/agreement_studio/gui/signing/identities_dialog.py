"""Tools > Identities and trust: your signing identities, a network CA, whom verification trusts.

Changes take effect at once (an identity is written when it is made, a trusted certificate is
saved in Preferences when it is added), so the dialog has only Close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.register.detail_lists import DetailList
from agreement_studio.gui.register.display import format_date
from agreement_studio.gui.register.files import ask_open_file
from agreement_studio.gui.signing.ca_tab import NetworkCaTab
from agreement_studio.gui.signing.form_parts import FieldMessage, ask_password
from agreement_studio.gui.signing.identity_form import IdentityDialog, Purpose
from agreement_studio.gui.signing.identity_store import import_identity, list_identities
from agreement_studio.gui.signing.identity_work import create_own
from agreement_studio.gui.signing.trust_tab import TrustTab
from agreement_studio.gui.tasks import TaskFailure, runner

__all__ = ["IdentitiesDialog", "MyIdentitiesTab"]


class MyIdentitiesTab(QWidget):
    """The identities kept in the app: make one, or import a PKCS#12 file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Identities kept in Agreement Studio, each in a file protected "
                "by its own password. Choose one when you sign."
            )
        )
        intro.setWordWrap(True)
        self.list = DetailList(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Valid until"),
                self.tr("Issued by"),
            ],
            self.tr("My identities"),
        )
        self.create_button = QPushButton(self.tr("&New identity…"))
        self.import_button = QPushButton(self.tr("&Import a file…"))
        for button in (self.create_button, self.import_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.create_button.clicked.connect(self.new_identity)
        self.import_button.clicked.connect(self.import_file)
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.dialog: IdentityDialog | None = None
        self.refresh()

    def refresh(self) -> None:
        """List the identities again."""
        self.list.clear()
        for stored in list_identities():
            cert = stored.certificate
            issuer = self.tr("itself") if cert.self_issued else cert.issuer
            item = self.list.add(
                [cert.name, cert.organisation, format_date(cert.not_valid_after.date()), issuer],
                tips={0: f"{stored.path}\nSHA-256 {cert.grouped_fingerprint}"},
            )
            item.setDisabled(not cert.valid_at())

    def new_identity(self) -> None:
        """Make a self-issued identity (in a dialog; the key is made in the background)."""
        self.message.show_text("")
        self.dialog = IdentityDialog(Purpose.OWN, create_own, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def import_file(self) -> None:
        """Copy a PKCS#12 file into the app, once its password is shown to open it."""
        self.message.show_text("")
        path = ask_open_file(
            self,
            self.tr("Import an identity file"),
            self.tr("Identity files (*.p12 *.pfx);;All files (*)"),
        )
        if path is None:
            return
        self._ask_and_import(path)

    def _ask_and_import(self, path: Path) -> None:
        password = ask_password(
            self,
            self.tr("Import an identity file"),
            self.tr("Password of {name}:").format(name=path.name),
        )
        if password is None:
            return
        runner().run(
            import_identity,
            path,
            password,
            owner=self,
            on_result=lambda _stored: self.refresh(),
            on_error=self.message_failure,
        )

    def message_failure(self, failure: TaskFailure) -> None:
        """Say why (a wrong password in so many words)."""
        from agreement_studio.errors import WrongPassword

        if isinstance(failure.error, WrongPassword):
            self.message.show_text(
                self.tr("The password does not open the file. Nothing was imported.")
            )
        else:
            self.message.show_text(failure.message)


class IdentitiesDialog(QDialog):
    """Identities, the network CA, and trust, in three tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identities and trust"))
        self.resize(760, 520)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Identities and trust"))
        self.mine = MyIdentitiesTab()
        self.ca = NetworkCaTab()
        self.trust = TrustTab()
        self.tabs.addTab(self.mine, self.tr("My identities"))
        self.tabs.addTab(self.ca, self.tr("Network CA"))
        self.tabs.addTab(self.trust, self.tr("Trust and timestamps"))
        self.ca.trust_added.connect(self.trust.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Close, keeping the timestamp server typed."""
        self.trust.save_timestamp()
        super().reject()
