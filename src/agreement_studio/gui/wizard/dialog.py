"""The new-agreement wizard: one page per step of :mod:`agreement_studio.drafting.wizard`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from agreement_studio.drafting import STEPS, Step, WizardSession, next_step
from agreement_studio.gui.wizard.base import StepPage, plain
from agreement_studio.gui.wizard.commitments_page import CommitmentsPage
from agreement_studio.gui.wizard.coordination_page import CoordinationPage
from agreement_studio.gui.wizard.fields import SubtitleFitter
from agreement_studio.gui.wizard.general_pages import NetworkPage, TemplatePage
from agreement_studio.gui.wizard.meetings_page import MeetingsPage
from agreement_studio.gui.wizard.parties_page import PartiesPage
from agreement_studio.gui.wizard.review_page import ReviewPage
from agreement_studio.gui.wizard.term_page import TermPage

__all__ = ["PAGES", "AgreementWizard"]

PAGES: dict[Step, type[StepPage]] = {
    Step.TEMPLATE: TemplatePage,
    Step.NETWORK: NetworkPage,
    Step.PARTIES: PartiesPage,
    Step.COORDINATION: CoordinationPage,
    Step.MEETINGS: MeetingsPage,
    Step.COMMITMENTS: CommitmentsPage,
    Step.TERM: TermPage,
    Step.REVIEW: ReviewPage,
}
"""The page class of each step; page ids are the steps' positions in :data:`STEPS`."""

_Button = QWizard.WizardButton


class AgreementWizard(QWizard):
    """The wizard, embedded in the window beside its live preview.

    Finish and Cancel do not close it: they ask the workspace (``finish_requested``,
    ``cancel_requested``), which saves or asks about unsaved changes first.
    """

    changed = Signal()
    """A page changed the draft."""
    finish_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.subtitle_fitter = SubtitleFitter(self)  # a long subtitle keeps its last line
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Alt+F and Alt+E open the File and Edit menus, so Finish is Alt+I; Enter also works.
        for button, text in (
            (_Button.BackButton, self.tr("< &Back")),
            (_Button.NextButton, self.tr("&Next >")),
            (_Button.FinishButton, self.tr("Fin&ish")),
            (_Button.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
            self.button(button).setAccessibleName(plain(text).strip("<> "))
        self.pages: dict[Step, StepPage] = {}
        for index, step in enumerate(STEPS):
            page = PAGES[step](session)
            page.changed.connect(self.changed)
            self.setPage(index, page)
            self.pages[step] = page
        review = self.pages[Step.REVIEW]
        assert isinstance(review, ReviewPage)
        review.jump_requested.connect(self.go_to)
        self.currentIdChanged.connect(self._on_page)

    def nextId(self) -> int:
        """The page after this one, as the drafting flow orders the steps."""
        following = next_step(self.current_step()) if self.currentId() >= 0 else STEPS[0]
        return STEPS.index(following) if following is not None else -1

    def current_step(self) -> Step:
        """The step shown now."""
        return STEPS[max(0, self.currentId())]

    def start(self, reveal: bool = False) -> None:
        """Show the first page, then walk forward to the session's step.

        Walking (rather than starting there) keeps Back working on a resumed draft. With
        ``reveal`` every problem is shown at once, as for a draft someone already worked on.
        """
        target = self.session.step
        for page in self.pages.values():
            page.reveal_all = page.reveal_all or reveal
        self.restart()
        self.go_to(target)

    def go_to(self, step: Step) -> None:
        """Go back, or forward over complete pages, to ``step``."""
        target = STEPS.index(step)
        while self.currentId() > target:
            self.back()
        while self.currentId() < target and self.currentPage().isComplete():
            self.next()
        self.focus_page()

    def focus_page(self) -> None:
        """Put the keyboard focus on the current page's first field."""
        page = self.currentPage()
        if page is None:
            return
        widget = page.nextInFocusChain()
        for _ in range(500):  # the chain is a ring through the whole window
            if widget is None or widget is page:
                break
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        # Nothing to type into (a complete review): Enter presses the default button.
        last = self.currentId() == len(STEPS) - 1
        self.button(_Button.FinishButton if last else _Button.NextButton).setFocus()

    def _on_page(self, page_id: int) -> None:
        if page_id >= 0:
            self.session.step = STEPS[page_id]
            self.focus_page()

    def accept(self) -> None:
        """Finish: the workspace saves and hands the agreement on."""
        self.finish_requested.emit()

    def reject(self) -> None:
        """Cancel or Escape: the workspace asks about unsaved changes."""
        self.cancel_requested.emit()
