"""The review: the agreement in brief, and everything still missing with a way to its page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from agreement_studio.agreement import CoordinatingGroup
from agreement_studio.drafting import Step, WizardSession, problems_by_step
from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP
from agreement_studio.gui.icons import icon
from agreement_studio.gui.wizard.base import StepPage
from agreement_studio.gui.wizard.fields import format_date

__all__ = ["STEP_TITLES", "ReviewPage", "step_title"]

STEP_TITLES = {
    Step.TEMPLATE: QT_TRANSLATE_NOOP("Steps", "Template and language"),
    Step.NETWORK: QT_TRANSLATE_NOOP("Steps", "Network and purpose"),
    Step.PARTIES: QT_TRANSLATE_NOOP("Steps", "Parties"),
    Step.COORDINATION: QT_TRANSLATE_NOOP("Steps", "Coordination"),
    Step.MEETINGS: QT_TRANSLATE_NOOP("Steps", "Meetings"),
    Step.COMMITMENTS: QT_TRANSLATE_NOOP("Steps", "Commitments"),
    Step.TERM: QT_TRANSLATE_NOOP("Steps", "Term and other clauses"),
    Step.REVIEW: QT_TRANSLATE_NOOP("Steps", "Review"),
}

_STEP = Qt.ItemDataRole.UserRole


def step_title(step: Step) -> str:
    """The translated title of a step's page."""
    return QCoreApplication.translate("Steps", STEP_TITLES[step])


class ReviewPage(StepPage):
    """Everything at a glance before Finish."""

    step = Step.REVIEW
    jump_requested = Signal(object)
    """A :class:`Step` the person wants to go back to."""

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.reveal_all = True  # nothing is "not reached yet" on the last page
        self.setTitle(self.tr("Review"))
        self.setSubTitle(
            self.tr(
                "Check the agreement in the preview. Finish saves it and "
                "prepares the PDF for signing."
            )
        )
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Still to put right"))
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._go)
        self.status.setBuddy(self.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # takes the space only while the list is hidden

    def refresh(self) -> None:
        """List every problem of the draft, by page."""
        found = problems_by_step(self.agreement)
        self.problems.clear()
        for step, problem in found:
            item = QListWidgetItem(
                icon("field-problem"), f"{step_title(step)} — {self.describe(problem)}"
            )
            item.setData(_STEP, step.value)
            self.problems.addItem(item)
        self.problems.setVisible(bool(found))
        if found:
            self.status.setText(
                self.tr(
                    "Put these right before finishing. Choose a line and press Enter to go to "
                    "its &page."
                )
            )
            self.problems.setCurrentRow(0)
        else:
            self.status.setText(
                self.tr(
                    "Everything is in place. Press Finish to save the "
                    "agreement and prepare its PDF."
                )
            )
        self._overview()
        self.announce_complete()

    def _overview(self) -> None:
        a = self.agreement
        parties = ", ".join(escape(p.name) for p in a.parties if p.name) or "–"
        if isinstance(a.coordination, CoordinatingGroup):
            coordination = self.tr("a coordinating group of {count} parties").format(
                count=len(a.coordination.parties)
            )
        else:
            party = a.party(a.coordination.party)
            coordination = escape(party.name) if party else "–"
        if a.term.indefinite:
            term = self.tr("from {start}, until further notice").format(
                start=format_date(a.term.start) or "–"
            )
        else:
            term = f"{format_date(a.term.start) or '–'} – {format_date(a.term.end) or '–'}"
        rows = [
            (self.tr("Network"), escape(a.network.name) or "–"),
            (self.tr("Parties"), parties),
            (self.tr("Coordination"), coordination),
            (self.tr("Planned meetings"), str(len(a.meetings.planned_dates))),
            (self.tr("Term"), term),
        ]
        self.overview.setText(
            "<table>"
            + "".join(
                f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
                for label, value in rows
            )
            + "</table>"
        )

    def _go(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(Step(item.data(_STEP)))
