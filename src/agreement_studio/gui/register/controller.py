"""The register in the main window: the view connected to the register, and what it takes on.

:func:`install_register` puts the register view in the window and makes the controller the
window's ``register``: File > Import and dropped PDFs import returned copies, a finished
wizard adds its agreement (or the next version of one), and an empty register greets with the
start page. The register is opened after the window shows.

What only a person's action needs (the agreement actions, the import report, message boxes)
loads when first used, so that none of it delays the window's first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from agreement_studio.gui.first_paint import FIRST_PAINT_WAIT_MS, AfterFirstPaint
from agreement_studio.gui.register.access import RegisterAccess
from agreement_studio.gui.register.model import RegisterModel
from agreement_studio.gui.register.view import RegisterView

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.register.agreement_actions import AgreementActions
    from agreement_studio.gui.register.long_term_action import LongTermAction
    from agreement_studio.gui.register.operations import ImportedFile, Recorded
    from agreement_studio.gui.tasks import Task, TaskFailure
    from agreement_studio.register import AgreementDetails

__all__ = ["RegisterController", "install_register"]

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the register is asked (one query per pause, not per key)."""


class RegisterController(QObject):
    """Connects the register view, the register and the main window."""

    def __init__(self, window: MainWindow, access: RegisterAccess | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.access = access or RegisterAccess(parent=self)
        self.model = RegisterModel(self.access, self)
        self.view = RegisterView(self.model)
        self.detail = self.view.detail
        self._actions: AgreementActions | None = None
        self._long_term: LongTermAction | None = None
        self._wanted: str | None = None
        self._details_task: Task | None = None
        self._details_wanted: str | None = None
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DELAY_MS)
        self._search.timeout.connect(self._apply_search)
        self._connect()
        window.set_register_view(self.view)
        window.register = self
        window.actions.update_enabled()
        window.show_home()
        if not self.access.missing():
            # Opened once the view has been painted (saying "Opening the register…"), so that
            # nothing delays that paint; in a shown window, after FIRST_PAINT_WAIT_MS at most.
            wait = FIRST_PAINT_WAIT_MS if window.isVisible() else None
            AfterFirstPaint(self.view, self._after_first_paint, wait)

    @property
    def actions(self) -> AgreementActions:
        """What the detail pane's buttons do (made when first used)."""
        if self._actions is None:
            from agreement_studio.gui.register.agreement_actions import AgreementActions

            self._actions = AgreementActions(self)
        return self._actions

    @property
    def long_term(self) -> LongTermAction:
        """Extending an agreement for long-term validation (made when first used)."""
        if self._long_term is None:
            from agreement_studio.gui.register.long_term_action import LongTermAction

            self._long_term = LongTermAction(self)
        return self._long_term

    def _after_first_paint(self) -> None:
        self.view.complete()  # behind the "Opening" sentence, not on a person's first click
        self.access.open()

    def _connect(self) -> None:
        access, view, detail = self.access, self.view, self.detail
        access.opened.connect(self._on_opened)
        access.open_failed.connect(lambda failure: view.show_message(failure.message))
        access.damaged.connect(self._on_damaged)
        access.changed.connect(self._on_changed)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(view.show_message)
        self.window.search_changed.connect(lambda _text: self._search.start())
        view.status_filter.currentIndexChanged.connect(
            lambda _index: self.model.set_statuses(view.chosen_statuses())
        )
        view.selected.connect(self.show_details)
        view.activated.connect(lambda document_id: self.actions.open_pdf(document_id))
        detail.open_pdf_requested.connect(lambda: self.actions.open_pdf(self._shown()))
        detail.save_pdf_requested.connect(lambda: self.actions.save_pdf(self._shown()))
        detail.archive_requested.connect(lambda: self.actions.export_archive(self._shown()))
        detail.edit_requested.connect(lambda: self.actions.edit(self._shown()))
        detail.renew_requested.connect(lambda: self.actions.renew(self._shown()))
        detail.sign_requested.connect(lambda: self.actions.sign())
        detail.import_requested.connect(lambda: self.actions.import_copy())
        detail.long_term_requested.connect(lambda: self.long_term.start(self._shown()))

    def _shown(self) -> str:
        return self.detail.document_id() or ""

    # --- the register's state -----------------------------------------------------------------
    def _on_opened(self) -> None:
        self.model.reload()
        self.window.show_home()

    def _on_damaged(self, failure: TaskFailure) -> None:
        """The quick check after opening found the file damaged: say so where the rows were
        and in the status bar (writes are refused from now on)."""
        self.view.show_message(failure.message)
        self.window.statusBar().showMessage(failure.message)

    def _on_changed(self, document_id: str) -> None:
        self._wanted = document_id
        self.model.reload(keep=len(self.model.rows))
        if self.window.stack.currentWidget() is self.window.start_page:
            self.window.show_home()  # the first agreement replaces the start page

    def _on_loaded(self) -> None:
        wanted, self._wanted = self._wanted, None
        target = wanted or self.detail.document_id()
        if target and not self.view.select(target) and wanted:
            self.show_details(wanted)  # filtered out of the table: still show it

    def _apply_search(self) -> None:
        self.model.set_text(self.window.actions.search.text())

    # --- the detail pane ----------------------------------------------------------------------
    def show_details(self, document_id: str) -> None:
        """Read the agreement's details and show them."""
        self._details_wanted = document_id

        def shown(details: AgreementDetails) -> None:
            if document_id == self._details_wanted:  # not one chosen before it
                self.detail.show_details(details)

        self._details_task = self.access.run(
            lambda register, doc: register.details(doc),
            document_id,
            owner=self,
            on_result=shown,
            on_error=self.report,
        )

    # --- what the window hands over ------------------------------------------------------------
    def add_finished(self, agreement: Agreement, path: Path) -> None:
        """The wizard finished: record the agreement (or its new version) and show its PDF."""
        from agreement_studio.gui.register.operations import record_agreement

        bar = self.window.statusBar()
        bar.showMessage(self.tr("Recording the agreement in the register…"))
        # Shown at once, with the PDF tab saying it is being prepared (it takes seconds).
        self.detail.show_pending(agreement)
        self.access.recording += 1  # the window shows the register, not the start page
        if not self.model.rows:
            self.view.show_message(self.tr("Recording the agreement in the register…"))
        self.access.run(
            record_agreement,
            agreement,
            owner=self,
            on_result=self._recorded,
            on_error=self._not_recorded,
        )

    def _not_recorded(self, failure: TaskFailure) -> None:
        self.access.recording -= 1
        self.detail.end_pending()
        self.window.show_home()
        self.report(failure)

    def _recorded(self, recorded: Recorded) -> None:
        self.access.recording -= 1
        if recorded.version is None:
            text = self.tr("Nothing was changed, so no new version was recorded.")
        elif recorded.version == 1:
            text = self.tr("The agreement is in the register.")
        else:
            text = self.tr("Version {number} is in the register.").format(number=recorded.version)
        self.window.statusBar().showMessage(text, 8000)
        self.access.recorded(recorded.document_id, added=1 if recorded.version == 1 else 0)
        self.show_details(recorded.document_id)
        self.actions.open_pdf(recorded.document_id)

    def import_pdfs(self, paths: list[Path]) -> None:
        """Import returned PDFs (File > Import, Ctrl+I, or dropped on the window)."""
        if not paths:
            return
        from agreement_studio.gui.register.operations import import_pdfs

        self.window.statusBar().showMessage(
            self.tr("Importing {count} PDF files…").format(count=len(paths))
        )
        self.access.run(
            import_pdfs, list(paths), owner=self, on_result=self._imported, on_error=self.report
        )

    def _imported(self, outcomes: list[ImportedFile]) -> None:
        from PySide6.QtWidgets import QMessageBox

        from agreement_studio.gui.register.import_report import import_summary

        self.window.statusBar().clearMessage()
        accepted = [o.result for o in outcomes if o.result is not None]
        title, text, all_ok = import_summary(outcomes)
        for result in accepted:
            self.access.recorded(result.document_id)
        if accepted:
            self.show_details(accepted[-1].document_id)
        show = QMessageBox.information if all_ok else QMessageBox.warning
        show(self.window, title, text)

    def report(self, failure: TaskFailure) -> None:
        """Say what went wrong."""
        from PySide6.QtWidgets import QMessageBox

        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("Register"), failure.message)


def install_register(window: MainWindow) -> RegisterController:
    """Give ``window`` its register and the register view; the register opens after it shows."""
    from agreement_studio.gui.signing.tools_menu import install_tools_menu

    controller = RegisterController(window)
    install_tools_menu(window)
    return controller
