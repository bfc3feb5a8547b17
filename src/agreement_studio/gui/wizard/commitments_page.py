"""Commitments: what each party puts in (a table, one row per party), and competence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from agreement_studio.drafting import Step, WizardSession, sync_commitments
from agreement_studio.errors import Problem
from agreement_studio.gui.wizard.base import StepPage, plain
from agreement_studio.gui.wizard.fields import ColumnFitter
from agreement_studio.gui.wizard.parties_page import make_table
from agreement_studio.gui.wizard.tables import CommitmentsModel

__all__ = ["CommitmentsPage"]


class CommitmentsPage(StepPage):
    """Staff time with its mandate, money, premises: each party's share."""

    step = Step.COMMITMENTS

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Commitments"))
        self.setSubTitle(
            self.tr(
                "What each party commits a year. Staff time counts only with "
                "the mandate to use it: say what the staff may do for the "
                "network. Type in a cell to change it; Tab moves to the next "
                "cell."
            )
        )
        self.model = CommitmentsModel(self.agreement, self)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Commitments of each party:"))
        self.table = make_table(self.model, plain(caption.text()))
        self.table.setMinimumHeight(160)
        # Every header whole at any width; the mandate takes the room left.
        self.columns = ColumnFitter(self.table, stretch=CommitmentsModel.MANDATE)
        caption.setBuddy(self.table)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.binder.text(
            form,
            self.tr("How competence is &kept current:"),
            "competence_development",
            placeholder=self.tr("e.g. two joint training days a year"),
        )
        layout.addLayout(form)
        self.add_footer(layout)
        self.model.edited.connect(self.edited)

    def load_extra(self) -> None:
        """One row per party, in the parties' order (new parties get an empty row)."""
        sync_commitments(self.agreement)
        self.model.reload()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, CommitmentsModel.HOURS))
        self.columns.fit()

    def show_problems(self, found: Sequence[Problem]) -> None:
        """Mark the cells with a problem."""
        self.model.set_problems([p for p in found if self.visible(p)])
