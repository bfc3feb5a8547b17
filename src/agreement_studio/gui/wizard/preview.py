"""The live preview: the draft rendered to PDF in the background, shortly after typing stops.

Every change restarts a short timer (``DELAY_MS``); when it fires, a copy of the draft is
rendered by the background helper while the person keeps typing. Only one rendering runs at a
time: changes made meanwhile are rendered as soon as it is done, and a result that arrives
after the preview was shut down is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from agreement_studio.drafting import WizardSession
from agreement_studio.gui.document_page import render
from agreement_studio.gui.pdf_view import PdfPane
from agreement_studio.gui.tasks import Task, TaskFailure, runner

__all__ = ["DELAY_MS", "LivePreview"]

DELAY_MS = 300


class LivePreview(QObject):
    """Keeps a :class:`PdfPane` showing the session's draft."""

    rendered = Signal(int)
    """A rendering was shown; its generation number."""

    def __init__(
        self,
        session: WizardSession,
        pane: PdfPane,
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.pane = pane
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.render_now)
        self.generation = 0
        self.shown = 0
        self.task: Task | None = None
        self.pending = False
        self.last_pdf: bytes | None = None
        pane.show_placeholder(self.tr("Preparing the preview…"))

    def schedule(self) -> None:
        """Render a moment after the last change."""
        self.timer.start()

    def render_now(self) -> None:
        """Render the draft as it is now (or as soon as the running rendering ends)."""
        self.timer.stop()
        if self.task is not None and self.task.is_running:
            self.pending = True
            return
        self.pending = False
        self.generation += 1
        generation = self.generation
        snapshot = self.session.agreement.model_copy(deep=True)  # typing goes on meanwhile
        self.pane.show_message(self.tr("Updating the preview…"))
        self.task = runner().run(
            render,
            snapshot,
            owner=self,
            on_result=lambda data: self._show(generation, data),
            on_error=lambda failure: self._failed(generation, failure),
            at_quit="abandon",  # a picture of the draft: quitting need not wait for it
        )
        self.task.done.connect(self._next)

    def _show(self, generation: int, data: bytes) -> None:
        if generation != self.generation:
            return  # stale: shut down, or a newer rendering has been shown
        self.last_pdf = data
        self.shown = generation
        self.pane.show_message("")
        self.pane.show_pdf(data)
        self.rendered.emit(generation)

    def _failed(self, generation: int, failure: TaskFailure) -> None:
        if generation == self.generation:
            self.pane.show_message(
                self.tr("The preview cannot be updated: {reason}").format(reason=failure.message)
            )

    def _next(self) -> None:
        if self.pending:
            self.render_now()

    def shutdown(self) -> None:
        """Stop rendering; results still on their way are dropped."""
        self.timer.stop()
        self.pending = False
        self.generation += 1
        if self.task is not None:
            self.task.cancel()
