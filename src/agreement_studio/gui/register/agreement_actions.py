"""What the detail pane's buttons do: show or save the PDF, export, edit, renew, sign, import.

Every piece of work on the register runs in the background; the person sees a line in the
status bar while it runs and a message if it fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from agreement_studio.gui.register import files
from agreement_studio.gui.register.operations import (
    export_archive,
    open_for_editing,
    renew,
    save_current_pdf,
)

if TYPE_CHECKING:
    from agreement_studio.gui.register.controller import RegisterController
    from agreement_studio.gui.signing.sign_dialog import SignDialog
    from agreement_studio.gui.tasks import TaskFailure

__all__ = ["AgreementActions"]


def _file_stem(title: str) -> str:
    from agreement_studio.agreement import slug

    return slug(title) or "agreement"


class AgreementActions(QObject):
    """The detail pane's actions on the agreement it shows."""

    def __init__(self, controller: RegisterController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.access = controller.access
        self.window = controller.window
        self.sign_dialog: SignDialog | None = None

    def _status(self, text: str, timeout: int = 0) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _title(self) -> str:
        details = self.controller.detail.details
        return details.row.title if details else ""

    # --- the PDF ----------------------------------------------------------------------------------
    def open_pdf(self, document_id: str) -> None:
        """Show the PDF to send on (the final one once everyone has signed) in the PDF tab."""
        if not document_id:
            return
        pane = self.controller.detail.show_pdf_tab(
            self.tr("Reading the PDF…"), busy=True, source=document_id
        )

        def show(data: bytes) -> None:
            if pane.source == document_id:  # not replaced by another agreement's since
                pane.show_pdf(data, document_id)

        def failed(failure: TaskFailure) -> None:
            if pane.source == document_id:
                pane.show_placeholder(failure.message)

        self.access.run(
            lambda register, doc: register.current_pdf(doc),
            document_id,
            owner=pane,
            on_result=show,
            on_error=failed,
        )

    def save_pdf(self, document_id: str) -> None:
        """Save the PDF to send to the next signatory where the person chooses."""
        path = files.ask_save_file(
            self.window,
            self.tr("Save the PDF to send"),
            f"{_file_stem(self._title())}.pdf",
            files.pdf_filter(),
            ".pdf",
        )
        if path is None:
            return
        self._status(self.tr("Saving {name}…").format(name=path.name))
        self.access.run(
            save_current_pdf,
            document_id,
            path,
            owner=self,
            on_result=lambda saved: self._status(
                self.tr("Saved {name}: send it to the next signatory.").format(
                    name=Path(saved).name
                ),
                8000,
            ),
            on_error=self.controller.report,
        )

    def export_archive(self, document_id: str) -> None:
        """Save the agreement's archive package (ZIP) where the person chooses."""
        path = files.ask_save_file(
            self.window,
            self.tr("Export archive package"),
            f"{_file_stem(self._title())}-archive.zip",
            files.zip_filter(),
            ".zip",
        )
        if path is None:
            return
        self._status(self.tr("Writing the archive package {name}…").format(name=path.name))
        self.access.run(
            export_archive,
            document_id,
            path,
            owner=self,
            on_result=lambda saved: self._status(
                self.tr("Archive package saved as {name}.").format(name=Path(saved).name), 8000
            ),
            on_error=self.controller.report,
        )

    # --- drafting -----------------------------------------------------------------------------
    def edit(self, document_id: str) -> None:
        """Open the agreement's current draft in the wizard; Finish records a new version."""
        self._status(self.tr("Opening the draft…"))
        self.access.run(
            open_for_editing,
            document_id,
            owner=self,
            on_result=self._start_drafting,
            on_error=self.controller.report,
        )

    def renew(self, document_id: str) -> None:
        """Record a renewal (the next term, same terms) and open it in the wizard."""
        self._status(self.tr("Preparing the renewal…"))

        def started(found: tuple[str, Any]) -> None:
            new_id, session = found
            self.access.recorded(new_id, added=1)
            self._start_drafting(session)

        self.access.run(
            renew, document_id, owner=self, on_result=started, on_error=self.controller.report
        )

    def _start_drafting(self, session: Any) -> None:
        self.window.statusBar().clearMessage()
        self.window.start_drafting(session)

    # --- signatures -------------------------------------------------------------------------------
    def sign(self) -> None:
        """Open the sign dialog for the agreement shown."""
        from agreement_studio.gui.signing.sign_dialog import SignDialog

        details = self.controller.detail.details
        if details is None:
            return
        dialog = SignDialog(self.access, details, self.window)
        dialog.signed.connect(lambda result: self.access.recorded(result.document_id))
        dialog.finished.connect(dialog.deleteLater)
        self.sign_dialog = dialog
        dialog.open()

    def import_copy(self) -> None:
        """Choose returned PDFs and import them."""
        from agreement_studio.gui.dialogs import ask_pdfs

        paths = ask_pdfs(self.window, self.tr("Import signed copies"))
        if paths:
            self.controller.import_pdfs(paths)
