"""Tools > Identities and trust: your signing identities, a network CA, whom verification trusts.

The identities' store and the making of them are the core's (``signing/identity_store.py``,
``signing/issuing.py``); ``access`` (the window's register) lets the CA tab issue identities
for an agreement's signatories.

Changes take effect at once (an identity is written when it is made, a trusted certificate is
saved in Preferences when it is added), so the dialog has only Close.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.register.detail_lists import DetailList
from agreement_studio.gui.register.display import format_date
from agreement_studio.gui.register.files import ask_open_file
from agreement_studio.gui.signing.ca_tab import NetworkCaTab
from agreement_studio.gui.signing.form_parts import FieldMessage, ask_password
from agreement_studio.gui.signing.identity_form import IdentityDialog, Purpose
from agreement_studio.gui.signing.trust_tab import TrustTab
from agreement_studio.gui.tasks import TaskFailure, runner
from agreement_studio.signing.identity_store import (
    StoredIdentity,
    import_identity,
    list_identities,
    remove_identity,
)
from agreement_studio.signing.issuing import create_own

__all__ = ["IdentitiesDialog", "MyIdentitiesTab"]


def _order(stored: StoredIdentity) -> tuple[str, str, Path]:
    """The list's order, as ``list_identities`` gives it: by name, organisation, then file."""
    return stored.name.casefold(), stored.organisation.casefold(), stored.path


class MyIdentitiesTab(QWidget):
    """The identities kept in the app: make one, import a PKCS#12 file, or remove one."""

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
                self.tr("Valid from"),
                self.tr("Valid until"),
                self.tr("Issued by"),
                self.tr("Fingerprint (SHA-256)"),
            ],
            self.tr("My identities"),
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.identities: list[StoredIdentity] = []
        self.create_button = QPushButton(self.tr("&New identity…"))
        self.import_button = QPushButton(self.tr("&Import a file…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        for button in (self.create_button, self.import_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.create_button.clicked.connect(self.new_identity)
        self.import_button.clicked.connect(self.import_file)
        self.remove_button.clicked.connect(self.ask_remove)
        self.list.itemSelectionChanged.connect(self._follow_selection)
        self.message = FieldMessage()
        self.done = QLabel()
        self.done.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.done)
        self.dialog: IdentityDialog | None = None
        self.confirm: QMessageBox | None = None
        self.refresh()

    def refresh(self) -> None:
        """List the identities again (every certificate file read anew)."""
        self.list.clear()
        self.identities = list_identities()
        for stored in self.identities:
            self._add_row(stored)
        self._follow_selection()

    def add_created(self, stored: StoredIdentity) -> None:
        """Show an identity just made, in its place by name, without reading every other
        certificate file again on the GUI thread (the list grows with each identity)."""
        key = _order(stored)
        index = next(
            (i for i, listed in enumerate(self.identities) if _order(listed) > key),
            len(self.identities),
        )
        self.identities.insert(index, stored)
        self._add_row(stored, index)
        self._follow_selection()

    def _add_row(self, stored: StoredIdentity, index: int | None = None) -> None:
        cert = stored.certificate
        issuer = self.tr("itself") if cert.self_issued else cert.issuer
        until = format_date(cert.not_valid_after.date())
        if cert.expired():
            until = self.tr("{date} (expired)").format(date=until)
        texts = [
            cert.name,
            cert.organisation,
            format_date(cert.not_valid_before.date()),
            until,
            issuer,
            cert.grouped_fingerprint,
        ]
        tips = {0: str(stored.path), 5: f"SHA-256 {cert.grouped_fingerprint}"}
        item = self.list.add(texts, tips=tips)
        if index is not None:  # added last: move it to its place
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
            self.list.insertTopLevelItem(index, item)
        if not cert.valid_at() or cert.is_ca or not cert.signs_documents:
            self._grey(item)  # cannot sign, but can still be chosen and removed

    def _grey(self, item: QTreeWidgetItem) -> None:
        colour = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column in range(self.list.columnCount()):
            item.setForeground(column, colour)

    def selected(self) -> StoredIdentity | None:
        """The identity chosen in the list."""
        items = self.list.selectedItems()
        if not items:
            return None
        index = self.list.indexOfTopLevelItem(items[0])
        return self.identities[index] if 0 <= index < len(self.identities) else None

    def _follow_selection(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def _say(self, text: str = "", problem: str = "") -> None:
        self.done.setText(text)
        self.message.show_text(problem)

    def new_identity(self) -> None:
        """Make a self-issued identity (in a dialog; the key is made in the background)."""
        self._say()
        # the file is encrypted in another process: the key derivation would hold the GIL
        dialog = IdentityDialog(Purpose.OWN, partial(create_own, apart=True), self)
        dialog.accepted.connect(lambda: self.add_created(dialog.result_value))
        self.dialog = dialog
        dialog.open()

    def import_file(self) -> None:
        """Copy a PKCS#12 file into the app, once its password is shown to open it."""
        self._say()
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
        """Say why (a wrong password, a CA's file, in so many words)."""
        from agreement_studio.errors import CertificateNotUsable, WrongPassword

        if isinstance(failure.error, WrongPassword):
            self._say(problem=self.tr("The password does not open the file. Nothing was imported."))
        elif isinstance(failure.error, CertificateNotUsable):
            self._say(
                problem=self.tr(
                    "This file is not a signing identity: its certificate is a certificate "
                    "authority's (CA) or is not allowed to sign. Import an identity the CA "
                    "issued instead. Nothing was imported."
                )
            )
        else:
            self._say(problem=failure.message)

    # --- remove ---------------------------------------------------------------------------------
    def ask_remove(self) -> None:
        """Ask before removing the chosen identity (Cancel is the default button)."""
        self._say()
        stored = self.selected()
        if stored is None:
            return
        cert = stored.certificate
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove an identity"),
            self.tr(
                "Remove the identity of {name} ({organisation}), SHA-256 {fingerprint}? Its key "
                "file is deleted from Agreement Studio and you can no longer sign with it. "
                "Agreements already signed with it, and the register, stay as they are."
            ).format(
                name=cert.name, organisation=cert.organisation, fingerprint=cert.grouped_fingerprint
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setAccessibleName(self.tr("Remove"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter does not remove by accident
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm = box
        box.buttonClicked.connect(lambda button: self._remove(stored) if button is remove else None)
        box.open()

    def _remove(self, stored: StoredIdentity) -> None:
        from agreement_studio.errors import AgreementStudioError
        from agreement_studio.gui.messages import error_message

        try:
            remove_identity(stored)
        except AgreementStudioError as error:
            self._say(problem=error_message(error))
        else:
            self._say(self.tr("Removed the identity of {name}.").format(name=stored.name))
        self.refresh()


class IdentitiesDialog(QDialog):
    """Identities, the network CA, and trust, in three tabs."""

    def __init__(self, parent: QWidget | None = None, access: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identities and trust"))
        from agreement_studio.gui.help import add_help_key

        add_help_key(self, "identities")  # F1: this dialog's help (the window's F1 cannot reach)
        self.resize(760, 520)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Identities and trust"))
        self.mine = MyIdentitiesTab()
        self.ca = NetworkCaTab(access=access)
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
