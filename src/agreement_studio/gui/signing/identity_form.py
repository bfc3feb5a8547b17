"""Who a new certificate names, and the password of its file: a dialog that checks as you type.

One dialog serves three purposes (:class:`Purpose`): a self-issued identity kept in the app,
a network CA, and an identity the CA issues to a partner. The work itself (key generation,
the encrypted file) is given by the caller and runs in the background, after an optional
question on the GUI thread (where to save the file); the dialog closes when the work succeeds
and says why when it does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.signing.form_parts import FieldMessage, PasswordPair, add_row
from agreement_studio.gui.tasks import Task, TaskFailure, runner
from agreement_studio.signing.issuing import SubjectValues

__all__ = ["IdentityDialog", "Purpose", "SubjectValues"]

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class Purpose(Enum):
    """What the dialog makes."""

    OWN = "own"
    CA = "ca"
    ISSUE = "issue"


def business_id_text(value: str) -> str:
    """What is wrong with a Finnish Business ID, in words (empty when it is right or empty)."""
    text = value.strip()
    if not text:  # before the imports: the agreement package costs a second when first loaded
        return ""
    from agreement_studio.agreement import business_id_problem
    from agreement_studio.errors import Problem
    from agreement_studio.gui.messages import problem_text

    rule = business_id_problem(text)
    if rule is None:
        return ""
    # Worded as the wizard words it, from the rule's code.
    return problem_text(Problem("business_id", rule.message, rule.code, {"value": text}))


class IdentityDialog(QDialog):
    """Name, organisation, e-mail, Business ID and a password typed twice."""

    def __init__(
        self,
        purpose: Purpose,
        work: Callable[..., Any],
        parent: QWidget | None = None,
        prepare: Callable[[SubjectValues], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.work = work
        self.prepare = prepare
        """Asked on the GUI thread before the work (e.g. where to save); None cancels."""
        self.result_value: Any = None
        self.task: Task | None = None
        titles = {
            Purpose.OWN: self.tr("New signing identity"),
            Purpose.CA: self.tr("New network CA"),
            Purpose.ISSUE: self.tr("Issue an identity to a partner"),
        }
        self.setWindowTitle(titles[purpose])
        # Wide enough that a message under a field wraps onto a line or two, not five.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        form = QFormLayout()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.business_id = QLineEdit()
        self.business_id.setPlaceholderText(self.tr("e.g. 0208201-1"))
        self.name_message = FieldMessage(self.name)
        self.business_message = FieldMessage(self.business_id)
        self.email_message = FieldMessage(self.email)
        name_label = self.tr("&Name of the CA:") if purpose is Purpose.CA else self.tr("&Name:")
        add_row(form, name_label, self.name, self.name_message)
        add_row(form, self.tr("&Organisation:"), self.organisation)
        if purpose is not Purpose.CA:
            add_row(form, self.tr("&E-mail:"), self.email, self.email_message)
        add_row(form, self.tr("&Business ID:"), self.business_id, self.business_message)
        self.password = PasswordPair()
        self.password.add_to(form, self.tr("&Password:"), self.tr("Password &again:"))
        self.trust = QCheckBox(self.tr("&Trust the identities this CA issues"))
        self.trust.setAccessibleName(self.tr("Trust the identities this CA issues"))
        self.trust.setChecked(True)
        self.trust.setVisible(purpose is Purpose.CA)
        self.message = FieldMessage()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Create") if purpose is not Purpose.ISSUE else self.tr("&Issue"))
        self.ok.setAccessibleName(self.ok.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.create_identity)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.trust, self.message, self.progress, self.buttons):
            layout.addWidget(widget)
        for line in (self.name, self.organisation, self.email, self.business_id):
            line.textChanged.connect(self._check)
        self.password.changed.connect(self._check)
        self._business_id_left = False
        self.business_id.editingFinished.connect(self._left_business_id)
        self._check()

    def _left_business_id(self) -> None:
        self._business_id_left = True
        self._check()

    def _intro(self) -> str:
        if self.purpose is Purpose.CA:
            return self.tr(
                "A network CA issues identities to the partners' signatories. Every "
                "auditor who trusts the CA then trusts their signatures. Keep its "
                "file and password safe."
            )
        if self.purpose is Purpose.ISSUE:
            return self.tr(
                "The identity is saved as a file protected by this password. Hand "
                "the file to its holder and tell the password separately (by "
                "phone, not in the same e-mail)."
            )
        return self.tr(
            "A self-issued identity: its signatures are intact and show your name, "
            "but others trust them only after checking its fingerprint with you."
        )

    # --- checking as the person types ----------------------------------------------------------
    def values(self) -> SubjectValues:
        """What the form holds."""
        return SubjectValues(
            self.name.text().strip(),
            self.organisation.text().strip(),
            self.email.text().strip(),
            self.business_id.text().strip(),
            self.password.password(),
            self.trust.isChecked(),
        )

    def _check(self) -> bool:
        values = self.values()
        problem = business_id_text(values.business_id)
        # Half-typed is not wrong yet: say so once it is complete or the person moves on.
        typed = self._business_id_left or len(values.business_id) >= len("1234567-8")
        self.business_message.show_text(problem if typed else "")
        email_bad = bool(values.email) and not _EMAIL.fullmatch(values.email)
        self.email_message.show_text(
            self.tr("“{value}” is not an e-mail address.").format(value=values.email)
            if email_bad
            else ""
        )
        ready = (
            bool(values.name and values.organisation)
            and not email_bad
            and not problem
            and not self.password.problem()
        )
        self.ok.setEnabled(ready and (self.task is None or not self.task.is_running))
        return ready

    # --- doing it -------------------------------------------------------------------------------
    def create_identity(self) -> None:
        """Run the work in the background; close when it is done."""
        if not self._check():
            return
        values = self.values()
        extra: tuple[Any, ...] = ()
        if self.prepare is not None:
            prepared = self.prepare(values)
            if prepared is None:
                return
            extra = (prepared,)
        self._busy(True)
        self.task = runner().run(
            self.work, values, *extra, owner=self, on_result=self._done, on_error=self._failed
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (
            self.name,
            self.organisation,
            self.email,
            self.business_id,
            self.password.first,
            self.password.second,
            self.trust,
            self.ok,
        ):
            widget.setEnabled(not busy)

    def _done(self, value: Any) -> None:
        self._busy(False)
        self.result_value = value
        self.password.clear()
        self.accept()

    def _failed(self, failure: TaskFailure) -> None:
        self._busy(False)
        self.message.show_text(failure.message)
        self._check()

    def reject(self) -> None:
        """Cancel, unless the work is under way (its result is about to be written)."""
        if self.task is not None and self.task.is_running:
            return
        self.password.clear()
        super().reject()
