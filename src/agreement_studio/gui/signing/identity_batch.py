"""Network CA › Issue for an agreement's signatories: one identity each, from the register.

The coordinator chooses an agreement; its signatories fill a table (name, the party as the
organisation, e-mail, Business ID), which the coordinator checks, edits or unticks, then
chooses a folder. The identities are issued in the background, each in its own file under its
own new password; the result lists the files and passwords to hand over separately. The work
is the core's (:mod:`agreement_studio.signing.issuing`).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.signing.form_parts import FieldMessage, add_row
from agreement_studio.gui.tasks import Task, TaskFailure, runner
from agreement_studio.signing.issuing import (
    IssuedFile,
    SignatoryIdentity,
    agreement_choices,
    issue_to_signatories,
    register_signatories,
)

__all__ = ["SignatoriesIssueDialog"]

_NAME, _ORGANISATION, _EMAIL, _BUSINESS_ID = range(4)


class SignatoriesIssueDialog(QDialog):
    """Choose an agreement, confirm its signatories, issue each an identity."""

    def __init__(self, ca: Any, access: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ca = ca
        self.access = access
        self.signatories: list[SignatoryIdentity] = []
        self.issued: list[IssuedFile] = []
        self.kept = True
        """Whether the passwords shown were copied or saved (nothing shown: nothing to keep)."""
        self.confirm: QMessageBox | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Issue identities to an agreement's signatories"))
        self.resize(820, 520)
        intro = QLabel(
            self.tr(
                "Each signatory of the agreement gets an identity issued by {ca}, saved in its "
                "own file with a password of its own. Check the names, organisations and "
                "e-mail addresses; untick anyone who already has an identity."
            ).format(ca=ca.name)
        )
        intro.setWordWrap(True)
        self.agreement = QComboBox()
        self.agreement.addItem(self.tr("Reading the register…"), None)
        self.agreement.setEnabled(False)
        self.agreement_message = FieldMessage(self.agreement)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("The folder for the identity files"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the folder"))
        self.browse.clicked.connect(self._browse)
        self.folder_message = FieldMessage(self.folder)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(self.browse)
        form = QFormLayout()
        add_row(form, self.tr("&Agreement:"), self.agreement, self.agreement_message)
        label = add_row(form, self.tr("&Folder:"), row, self.folder_message)
        label.setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("E-mail"), self.tr("Business ID")]
        )
        self.table.setAccessibleName(self.tr("Signatories"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.outcomes = QTableWidget(0, 4)
        self.outcomes.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("File"),
                self.tr("Password"),
                self.tr("Fingerprint (SHA-256)"),
            ]
        )
        self.outcomes.setAccessibleName(self.tr("Issued identities"))
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.setTabKeyNavigation(False)
        self.outcomes.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.outcomes.horizontalHeader().setStretchLastSection(True)
        self.outcomes.verticalHeader().setVisible(False)
        self.outcomes.setVisible(False)
        self.message = FieldMessage()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = QPushButton(self.tr("&Issue"))
        self.issue_button.setAccessibleName(self.tr("Issue"))
        self.issue_button.setEnabled(False)
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = QPushButton(self.tr("&Copy all"))
        self.copy_button.setAccessibleName(self.tr("Copy all the passwords"))
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the passwords to a file"))
        for button in (self.copy_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setVisible(False)
        self.copy_button.clicked.connect(self.copy_all)
        self.save_button.clicked.connect(self.save_to_file)
        self.buttons.rejected.connect(self.reject)
        self.issue_button.clicked.connect(self.issue)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcomes, 1)
        for widget in (self.message, self.summary, self.progress, self.buttons):
            layout.addWidget(widget)
        self.agreement.currentIndexChanged.connect(lambda _index: self._load_signatories())
        self.table.itemChanged.connect(lambda _item: self._check())
        self.folder.textChanged.connect(lambda _text: self._check())
        self._load_agreements()

    # --- the register ---------------------------------------------------------------------------
    def _load_agreements(self) -> None:
        self.access.run(
            agreement_choices,
            owner=self,
            create=False,
            on_result=self._show_agreements,
            on_error=self._failed,
        )

    def _show_agreements(self, choices: list[tuple[str, str, int]] | None) -> None:
        self.agreement.blockSignals(True)
        self.agreement.clear()
        for document_id, title, count in choices or []:
            self.agreement.addItem(
                self.tr("{title} ({count} signatories)").format(title=title, count=count),
                document_id,
            )
        self.agreement.blockSignals(False)
        if not choices:
            self.agreement.addItem(self.tr("The register has no agreements yet"), None)
            self.agreement.setEnabled(False)
            self._check()
            return
        self.agreement.setEnabled(True)
        self._load_signatories()

    def _load_signatories(self) -> None:
        document_id = self.agreement.currentData()
        self.agreement_message.show_text("")
        if not document_id:
            return
        self.access.run(
            register_signatories,
            document_id,
            owner=self,
            on_result=self.show_signatories,
            on_error=self._failed,
        )

    def show_signatories(self, signatories: list[SignatoryIdentity]) -> None:
        """Fill the table, every row ticked and editable."""
        self.signatories = signatories
        self.table.blockSignals(True)
        self.table.setRowCount(len(signatories))
        for row, signatory in enumerate(signatories):
            values = (
                signatory.name,
                signatory.organisation,
                signatory.email,
                signatory.business_id,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == _NAME:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                    if signatory.title:
                        item.setToolTip(signatory.title)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if not signatories:
            self.agreement_message.show_text(self.tr("This agreement names no signatories yet."))
        self._check()

    def chosen(self) -> list[SignatoryIdentity]:
        """The ticked rows, as the coordinator left them."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(4)]
            first = cells[_NAME]
            if first is None or first.checkState() != Qt.CheckState.Checked:
                continue
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            found.append(SignatoryIdentity(*texts))
        return found

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the identity files"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _check(self) -> bool:
        chosen = self.chosen()
        ready = bool(chosen) and bool(self.folder.text().strip())
        if self.task is None or not self.task.is_running:
            self.issue_button.setEnabled(ready)
            self.issue_button.setText(
                self.tr("&Issue identities ({count})").format(count=len(chosen))
                if chosen
                else self.tr("&Issue")
            )
        return ready

    # --- issuing --------------------------------------------------------------------------------
    def issue(self) -> None:
        """Issue the ticked rows' identities in the background."""
        if not self._check():
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            self.folder_message.show_text(self.tr("Choose a folder that exists."))
            return
        self.folder_message.show_text("")
        self.message.show_text("")
        self._busy(True)
        self.task = runner().run(
            partial(issue_to_signatories, apart=True),
            self.ca,
            self.chosen(),
            folder,
            owner=self,
            on_result=self._issued,
            on_error=self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.agreement, self.table, self.folder, self.browse, self.issue_button):
            widget.setEnabled(not busy)

    def _issued(self, issued: list[IssuedFile]) -> None:
        self._busy(False)
        self.issued = issued
        self.table.setVisible(False)
        self.issue_button.setVisible(False)
        self.outcomes.setRowCount(len(issued))
        for row, made in enumerate(issued):
            fingerprint = made.fingerprint_sha256.upper()
            grouped = ":".join(fingerprint[i : i + 2] for i in range(0, len(fingerprint), 2))
            values = (made.signatory.name, made.path.name, made.password, grouped)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(str(made.path) if column == 1 else text)
                self.outcomes.setItem(row, column, item)
        self.outcomes.setVisible(True)
        self.outcomes.setFocus()
        self.kept = not issued
        self.copy_button.setVisible(bool(issued))
        self.save_button.setVisible(bool(issued))
        self.summary.setText(
            self.tr(
                "Identities issued: {count}, saved in {folder}. Hand each file to its holder "
                "and tell the password separately (by phone, not in the same e-mail). The "
                "passwords are not kept anywhere: note them before you close this window."
            ).format(count=len(issued), folder=str(issued[0].path.parent) if issued else "")
        )

    def _failed(self, failure: TaskFailure) -> None:
        self._busy(False)
        self.message.show_text(failure.message)
        self._check()

    # --- keeping the passwords -----------------------------------------------------------------
    def passwords_text(self) -> str:
        """The issued identities as text: a warning line, then one tab-separated line each."""
        lines = [
            self.tr(
                "# Passwords of the identities issued by {ca}. This file holds secrets: hand "
                "each password to its holder separately, then delete this file."
            ).format(ca=self.ca.name),
            "\t".join(
                (
                    self.tr("Name"),
                    self.tr("File"),
                    self.tr("Password"),
                    self.tr("Fingerprint (SHA-256)"),
                )
            ),
        ]
        for made in self.issued:
            lines.append(
                "\t".join(
                    (made.signatory.name, str(made.path), made.password, made.fingerprint_sha256)
                )
            )
        return "\n".join(lines) + "\n"

    def copy_all(self) -> None:
        """Every file and password to the clipboard, to paste into a safe place."""
        QApplication.clipboard().setText(self.passwords_text())
        self.kept = True
        self.message.show_text("")
        self.summary.setText(
            self.tr(
                "The names, files and passwords are on the clipboard. Paste them somewhere safe "
                "(a password manager), not into an e-mail with the files."
            )
        )

    def save_to_file(self) -> bool:
        """Save every file name and password to a file the person chooses; False if not saved."""
        from agreement_studio.errors import AgreementStudioError
        from agreement_studio.fileio import write_text_atomic
        from agreement_studio.gui.messages import error_message

        folder = self.issued[0].path.parent if self.issued else Path.home()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the passwords"),
            str(folder / self.tr("passwords.txt")),
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return False
        try:
            write_text_atomic(path, self.passwords_text(), mode=0o600)
        except (AgreementStudioError, OSError) as error:
            self.message.show_text(error_message(error))
            return False
        self.kept = True
        self.message.show_text("")
        self.summary.setText(
            self.tr(
                "The passwords were saved in {path}. That file holds secrets: only you can read "
                "it; delete it once every password has been handed over."
            ).format(path=path)
        )
        return True

    def reject(self) -> None:
        """Close, unless the identities are being issued (their files are about to be written);
        ask first while the passwords shown are the only copy."""
        if self.task is not None and self.task.is_running:
            return
        if self.kept:
            super().reject()
            return
        self._ask_before_closing()

    def _ask_before_closing(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Close without keeping the passwords?"),
            self.tr(
                "The passwords of the {count} identities issued are shown only here and are not "
                "kept anywhere. Without them the identity files cannot be opened. Save them to a "
                "file or copy them before you close."
            ).format(count=len(self.issued)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        save = box.addButton(self.tr("&Save to a file…"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("&Copy all"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(
            self.tr("Close &without them"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)  # a second Escape does not lose them either
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm = box

        def chosen(button: Any) -> None:
            if button is save and self.save_to_file():
                super(SignatoriesIssueDialog, self).reject()
            elif button is copy:
                self.copy_all()
                super(SignatoriesIssueDialog, self).reject()
            elif button is close:
                self.kept = True
                super(SignatoriesIssueDialog, self).reject()

        box.buttonClicked.connect(chosen)
        box.open()
