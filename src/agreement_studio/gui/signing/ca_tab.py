"""The network CA tab: make the network's CA, open it, and issue identities to partners, one at
a time or one for each signatory of an agreement in the register (:mod:`.identity_batch`).

The work is the core's (:mod:`agreement_studio.signing.issuing`), run in the background with
the files encrypted in another process, so the window never waits on it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agreement_studio.gui.register.display import format_date
from agreement_studio.gui.register.files import ask_open_file, ask_save_file
from agreement_studio.gui.signing.form_parts import FieldMessage, ask_password
from agreement_studio.gui.signing.identity_batch import SignatoriesIssueDialog
from agreement_studio.gui.signing.identity_form import IdentityDialog, Purpose
from agreement_studio.gui.signing.issued_panel import IssuedPanel
from agreement_studio.gui.tasks import TaskFailure, runner
from agreement_studio.preferences import add_trust_anchor
from agreement_studio.signing.issuing import SubjectValues, create_ca, issue_to_partner, open_ca

__all__ = ["NetworkCaTab"]


class NetworkCaTab(QWidget):
    """Create or open the network CA, then issue identities with it."""

    trust_added = Signal()
    """A CA certificate was added to the trusted ones."""

    def __init__(self, parent: QWidget | None = None, access: Any = None) -> None:
        super().__init__(parent)
        self.ca: Any = None
        self.access = access
        """The window's register (for the signatories of its agreements); None without one."""
        intro = QLabel(
            self.tr(
                "The coordinator can run the network's own certificate authority (CA): it issues "
                "each partner's signatory an identity, and whoever trusts the CA trusts their "
                "signatures."
            )
        )
        intro.setWordWrap(True)
        self.state = QLabel(self.tr("No network CA is open."))
        self.state.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create a network CA…"))
        self.open_button = QPushButton(self.tr("&Open a network CA…"))
        self.issue_button = QPushButton(self.tr("Issue an identity to a &partner…"))
        self.issue_button.setEnabled(False)
        self.signatories_button = QPushButton(self.tr("Issue for an agreement's &signatories…"))
        self.signatories_button.setEnabled(False)
        self.signatories_button.setVisible(access is not None)
        self.signatories_button.clicked.connect(self.issue_for_agreement)
        for button in (
            self.create_button,
            self.open_button,
            self.issue_button,
            self.signatories_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.create_button.clicked.connect(self.new_ca)
        self.open_button.clicked.connect(self.open_file)
        self.issue_button.clicked.connect(self.issue)
        self.message = FieldMessage()
        self.done = QLabel()
        self.done.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.create_button,
            self.open_button,
            self.issue_button,
            self.signatories_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        for widget in (intro, self.state):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        for widget in (self.message, self.done):
            layout.addWidget(widget)
        self.issued = IssuedPanel()
        self.issued.setVisible(False)  # until a CA is open
        layout.addWidget(self.issued, 1)
        layout.addStretch(0)  # until a CA is open, the room left stays below, not between
        self.dialog: IdentityDialog | None = None
        self.batch: SignatoriesIssueDialog | None = None

    def _p12_filter(self) -> str:
        return self.tr("Identity files (*.p12);;All files (*)")

    def _ask_path(self, title: str, values: SubjectValues) -> Path | None:
        from agreement_studio.agreement import slug

        return ask_save_file(
            self, title, f"{slug(values.name) or 'identity'}.p12", self._p12_filter(), ".p12"
        )

    def _say(self, text: str = "", problem: str = "") -> None:
        self.done.setText(text)
        self.message.show_text(problem)

    def _use(self, ca: Any) -> None:
        self.ca = ca
        self.state.setText(
            self.tr("Open: {name} ({organisation}), valid until {date}.").format(
                name=ca.name,
                organisation=ca.organisation,
                date=format_date(ca.not_valid_after.date()),
            )
        )
        self.issue_button.setEnabled(True)
        self.signatories_button.setEnabled(self.access is not None)
        self.issued.set_ca(ca)
        self.issued.setVisible(True)

    # --- create -------------------------------------------------------------------------------
    def new_ca(self) -> None:
        """Ask who the CA is and where to keep it, then make it in the background."""
        self._say()
        self.dialog = IdentityDialog(
            Purpose.CA,
            partial(create_ca, apart=True),
            self,
            prepare=lambda values: self._ask_path(self.tr("Save the network CA"), values),
        )
        self.dialog.accepted.connect(self._created)
        self.dialog.open()

    def _created(self) -> None:
        assert self.dialog is not None
        ca, certificate = self.dialog.result_value
        self._use(ca)
        text = self.tr("The CA is saved. Give auditors its certificate {name}.").format(
            name=certificate.name
        )
        if self.dialog.values().trust:
            add_trust_anchor(certificate)
            self.trust_added.emit()
        self._say(text)

    # --- open ---------------------------------------------------------------------------------
    def open_file(self) -> None:
        """Open a CA file with its password (checked in the background)."""
        self._say()
        path = ask_open_file(self, self.tr("Open a network CA"), self._p12_filter())
        if path is None:
            return
        password = ask_password(
            self,
            self.tr("Open a network CA"),
            self.tr("Password of {name}:").format(name=path.name),
        )
        if password is None:
            return
        runner().run(
            open_ca, path, password, owner=self, on_result=self._use, on_error=self._failed
        )

    def _failed(self, failure: TaskFailure) -> None:
        from agreement_studio.errors import WrongPassword

        if isinstance(failure.error, WrongPassword):
            self._say(problem=self.tr("The password does not open the CA file."))
        else:
            self._say(problem=failure.message)

    # --- issue --------------------------------------------------------------------------------
    def issue(self) -> None:
        """Ask whom to issue for and where to save the file to hand over."""
        self._say()
        if self.ca is None:
            return
        self.dialog = IdentityDialog(
            Purpose.ISSUE,
            partial(issue_to_partner, self.ca, apart=True),
            self,
            prepare=lambda values: self._ask_path(
                self.tr("Save the identity to hand over"), values
            ),
        )
        self.dialog.accepted.connect(self._issued)
        self.dialog.open()

    def _issued(self) -> None:
        assert self.dialog is not None
        self.issued.refresh()
        self._say(
            self.tr("Saved {name}. Hand it over, and tell its password separately.").format(
                name=Path(self.dialog.result_value).name
            )
        )

    def issue_for_agreement(self) -> None:
        """Issue one identity per signatory of an agreement chosen from the register."""
        self._say()
        if self.ca is None or self.access is None:
            return
        self.batch = SignatoriesIssueDialog(self.ca, self.access, self)
        self.batch.finished.connect(lambda _result: self.issued.refresh())
        self.batch.open()
