"""Drafting in the window: the wizard beside its live PDF preview, saving and finishing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from agreement_studio.agreement import slug
from agreement_studio.drafting import WizardSession
from agreement_studio.errors import AgreementStudioError
from agreement_studio.gui import dialogs
from agreement_studio.gui.messages import error_message
from agreement_studio.gui.pdf_view import PdfPane
from agreement_studio.gui.window_state import restore_state, save_state
from agreement_studio.gui.wizard.dialog import AgreementWizard
from agreement_studio.gui.wizard.preview import LivePreview

__all__ = ["DraftingWorkspace"]


class DraftingWorkspace(QWidget):
    """One draft being written; the main window shows it in its central area."""

    finished = Signal(object, object)
    """The agreement is complete and saved: ``(agreement, draft path)``."""
    closed = Signal()
    """The person closed the draft (after saving or discarding changes)."""
    saved = Signal(object)
    """The draft was saved at this path."""
    title_changed = Signal(str)
    modified_changed = Signal(bool)

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.wizard = AgreementWizard(session)
        self.pdf = PdfPane()
        self.pdf.setMinimumWidth(280)
        self.preview = LivePreview(session, self.pdf, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.wizard)
        self.splitter.addWidget(self.pdf)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        if not restore_state(self.splitter, "drafting"):
            self.splitter.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.wizard)
        self.wizard.changed.connect(self._changed)
        self.wizard.finish_requested.connect(self.finish)
        self.wizard.cancel_requested.connect(self.cancel)
        self.wizard.start(reveal=session.path is not None)
        self.preview.render_now()

    def title(self) -> str:
        """The draft's file name, or "New agreement" before it is saved."""
        return self.session.path.name if self.session.path else self.tr("New agreement")

    def _changed(self) -> None:
        self.preview.schedule()
        self.modified_changed.emit(self.session.is_modified())

    def _suggested_name(self) -> str:
        name = slug(self.session.agreement.network.name) or self.tr("agreement")
        return f"{name}.agreement.json"

    def save(self) -> bool:
        """Save the draft (asking where the first time); False if not saved."""
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        """Save the draft under a new name."""
        path = dialogs.ask_save_draft(self, self._suggested_name())
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            saved = self.session.save(path)
        except AgreementStudioError as error:
            QMessageBox.warning(self, self.tr("Save draft"), error_message(error))
            return False
        self.saved.emit(saved)
        self.title_changed.emit(self.title())
        self.modified_changed.emit(False)
        return True

    def confirm_close(self) -> bool:
        """Whether the draft may close: saved, or the person chose to discard or save it."""
        if not self.session.is_modified():
            return True
        answer = dialogs.ask_save_changes(self, self.title())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def cancel(self) -> None:
        """Cancel (Escape): close the draft, asking about unsaved changes first."""
        if self.confirm_close():
            self.closed.emit()

    def finish(self) -> None:
        """Finish: save the complete draft and hand the agreement on."""
        if not self.wizard.currentPage().isComplete():
            return
        self.session.finish()  # records when the draft was made ready (its PDF's creation date)
        if not self.save():
            return
        self.finished.emit(self.session.agreement, self.session.path)

    def shutdown(self) -> None:
        """Stop the preview and remember the splitter before the workspace goes away."""
        self.preview.shutdown()
        save_state(self.splitter, "drafting")
