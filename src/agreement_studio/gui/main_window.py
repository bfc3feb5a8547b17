"""The main window: menus, toolbar, the central area, drafts and dropped files.

The central area is a stack: the start page (an empty register), the register view (once
``install_register`` has given the window its register), the drafting workspace (the wizard
with its live preview) and the finished agreement's PDF. ``install_register`` and
``install_verification`` set :attr:`MainWindow.register` and :attr:`MainWindow.verification`;
the window hands imports, finished agreements and dropped PDFs to them directly.

Which page greets is chosen when the window is first shown (or when the register view is
installed), and the start page is only built when it is to be seen: a window that opens on a
register of agreements does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from agreement_studio.gui.main_actions import MainActions
from agreement_studio.gui.window_state import RecentFiles, restore_state, save_state

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement
    from agreement_studio.gui.register.controller import RegisterController
    from agreement_studio.gui.start_page import StartPage
    from agreement_studio.gui.tasks import TaskFailure
    from agreement_studio.gui.verification import Verification
    from agreement_studio.gui.wizard.workspace import DraftingWorkspace

__all__ = ["MainWindow", "classify_files"]

DRAFT_SUFFIXES = (".agreement.json", ".json")


def classify_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Split dropped or named files into drafts and PDFs (anything else is ignored)."""
    drafts = [p for p in paths if p.name.lower().endswith(DRAFT_SUFFIXES)]
    pdfs = [p for p in paths if p.suffix.lower() == ".pdf"]
    return drafts, pdfs


class MainWindow(QMainWindow):
    """The application's window."""

    search_changed = Signal(str)
    """The text of the toolbar's search field (the register view filters by it)."""

    # The window's menu and toolbar actions by name. It hides QWidget.actions(), which no code
    # calls on the window (the menus are reached through menuBar()).
    actions: MainActions  # type: ignore[assignment]  # an object, not QWidget.actions()

    def __init__(self) -> None:
        super().__init__()
        self.register: RegisterController | None = None
        """The register: File > Import, finished agreements, the register view."""
        self.verification: Verification | None = None
        """The verification: File > Verify and dropped PDFs."""
        self.recent = RecentFiles()
        self.workspace: DraftingWorkspace | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(720, 480)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start_page: StartPage | None = None
        self._page_chosen = False  # until then, the first show greets (show_home)
        self.register_view: QWidget | None = None
        self.opening: QWidget | None = None
        """The sentence standing for the register's view until it is installed."""
        self.document_page: QWidget | None = None
        self.actions = MainActions(self)
        self.statusBar()
        if not restore_state(self, "main"):
            self.resize(1200, 800)
        self.refresh_recent()
        self.actions.update_enabled()

    @property
    def start_page(self) -> StartPage:
        """The start page: made the first time it is shown or asked for."""
        if self._start_page is None:
            from agreement_studio.gui.start_page import StartPage

            page = StartPage()
            self.stack.insertWidget(0, page)
            page.create_requested.connect(self.new_agreement)
            page.example_requested.connect(self.open_example)
            page.open_requested.connect(self.open_draft)
            page.recent_requested.connect(self.open_draft)
            page.set_recent(self.recent.paths())
            self._start_page = page
        return self._start_page

    def show_opening(self) -> None:
        """Until the register's view is installed: a sentence in its place, the title and the
        toolbar as they will be (the program installs the view just after the window's first
        paint, gui/app.py, so that the window appears without waiting for it)."""
        from PySide6.QtWidgets import QLabel

        label = QLabel(self.tr("Opening the register…"))
        label.setObjectName("openingRegister")
        label.setProperty("alignment", "AlignCenter")  # not Qt's enums: benchmarks/startup.py
        self.stack.addWidget(label)
        self.stack.setCurrentWidget(label)
        self.opening = label
        self._page_chosen = True
        self.set_view_title(self.tr("Register"))
        self.actions.update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown for the first time: greet with the register or the start page."""
        if not self._page_chosen:
            self.show_home()
        super().showEvent(event)

    # --- the register's view --------------------------------------------------------------

    def set_register_view(self, view: QWidget) -> None:
        """Show ``view`` as the register (in place of any earlier one)."""
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        if self.register_view is not None:
            self.stack.removeWidget(self.register_view)
            self.register_view.deleteLater()
        self.stack.addWidget(view)
        self.register_view = view
        self.show_home()

    # --- where the window is ---------------------------------------------------------------

    def show_home(self) -> None:
        """The register view, or the start page when there is nothing in the register yet."""
        self._page_chosen = True
        if self.workspace is not None:
            self.stack.setCurrentWidget(self.workspace)
            return
        register, view = self.register, self.register_view
        if view is None or (register is not None and register.access.is_empty()):
            self.stack.setCurrentWidget(self.start_page)
            if self.focusWidget() is None:
                # What the first of the focus chain would have had, had it been made first.
                self.start_page.create_button.setFocus()
        else:
            self.stack.setCurrentWidget(view)
        on_register = self.stack.currentWidget() is view and view is not None
        self.set_view_title(self.tr("Register") if on_register else "")
        self.actions.update_enabled()

    def set_view_title(self, view: str, *, modifiable: bool = False) -> None:
        """Title the window "<view> — Agreement Studio" (the application's name alone without
        a view); ``modifiable`` adds the ``[*]`` that shows unsaved changes."""
        name = QApplication.applicationDisplayName() or "Agreement Studio"
        marker = "[*]" if modifiable else ""
        self.setWindowTitle(f"{view}{marker} — {name}" if view else name)
        if not modifiable:
            self.setWindowModified(False)

    def refresh_recent(self) -> None:
        """Show the recent drafts on the start page and in File > Open recent."""
        paths = self.recent.paths()
        if self._start_page is not None:
            self._start_page.set_recent(paths)
        self.actions.set_recent(paths)

    # --- drafting --------------------------------------------------------------------------

    def new_agreement(self) -> None:
        """Start the wizard on an empty draft."""
        from agreement_studio.drafting import WizardSession

        self._start_drafting(lambda: WizardSession())

    def open_example(self) -> None:
        """Start the wizard on a complete example draft in the window's language."""
        from agreement_studio.agreement import example_agreement
        from agreement_studio.drafting import Step, WizardSession
        from agreement_studio.gui.i18n import ui_language
        from agreement_studio.preferences import load_preferences

        language = ui_language(load_preferences().ui_language)
        self._start_drafting(
            lambda: WizardSession(example_agreement(language=language, prepared=None), Step.REVIEW)
        )

    def open_draft(self, path: Path | str | None = None) -> None:
        """Open a draft (asking which when no path is given) and resume the wizard there."""
        if not path:
            from agreement_studio.gui.dialogs import ask_open_draft

            path = ask_open_draft(self)
            if path is None:
                return
        file = Path(path)
        from agreement_studio.drafting import WizardSession
        from agreement_studio.gui.tasks import runner

        if not self._close_workspace():
            return
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=file.name))
        runner().run(
            WizardSession.resume,
            file,
            owner=self,
            on_result=lambda session: self._opened(session, file),
            on_error=lambda failure: self._open_failed(failure, file),
        )

    def start_drafting(self, session: Any) -> None:
        """Open the wizard on ``session`` (e.g. an agreement taken from the register)."""
        self._start_drafting(lambda: session)

    def _opened(self, session: Any, file: Path) -> None:
        self.statusBar().clearMessage()
        self.recent.add(file)
        self.refresh_recent()
        self._start_drafting(lambda: session)

    def _open_failed(self, failure: TaskFailure, file: Path) -> None:
        self.statusBar().clearMessage()
        if not file.exists():
            self.recent.remove(file)
            self.refresh_recent()
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Open draft"), failure.message)

    def _start_drafting(self, make_session: Callable[[], Any]) -> None:
        if not self._close_workspace():
            return
        from agreement_studio.gui.wizard.workspace import DraftingWorkspace

        self.workspace = DraftingWorkspace(make_session(), self)
        self.workspace.closed.connect(self._on_workspace_closed)
        self.workspace.finished.connect(self._on_agreement_finished)
        self.workspace.saved.connect(self._on_saved)
        self.workspace.title_changed.connect(self._on_title_changed)
        self.workspace.modified_changed.connect(self.setWindowModified)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._page_chosen = True
        self._on_title_changed(self.workspace.title())
        self.actions.update_enabled()
        self.workspace.wizard.focus_page()

    def _close_workspace(self) -> bool:
        """Close the open draft, asking first if it has unsaved changes; False if kept."""
        if self.workspace is None:
            return True
        if not self.workspace.confirm_close():
            return False
        self._discard_workspace()
        return True

    def _discard_workspace(self) -> None:
        if self.workspace is None:
            return
        workspace, self.workspace = self.workspace, None
        self.stack.removeWidget(workspace)
        workspace.shutdown()
        workspace.deleteLater()

    def _on_workspace_closed(self) -> None:
        self._discard_workspace()
        self.show_home()

    def _on_title_changed(self, title: str) -> None:
        self.set_view_title(title, modifiable=True)

    def _on_saved(self, path: Path) -> None:
        self.recent.add(path)
        self.refresh_recent()
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 5000)

    def _on_agreement_finished(self, agreement: Agreement, path: Path) -> None:
        self._discard_workspace()
        if self.register is not None:
            self.register.add_finished(agreement, path)
            self.show_home()
            return
        from agreement_studio.gui.document_page import DocumentPage

        if self.document_page is not None:
            self.stack.removeWidget(self.document_page)
            self.document_page.deleteLater()
        page = DocumentPage(agreement, path, self)
        page.close_requested.connect(self._close_document)
        self.document_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._page_chosen = True
        self.set_view_title(path.name)
        self.actions.update_enabled()

    def _close_document(self) -> None:
        if self.document_page is not None:
            self.stack.removeWidget(self.document_page)
            self.document_page.deleteLater()
            self.document_page = None
        self.show_home()

    def save_draft(self) -> bool:
        """File > Save draft."""
        return self.workspace is not None and self.workspace.save()

    def save_draft_as(self) -> bool:
        """File > Save draft as."""
        return self.workspace is not None and self.workspace.save_as()

    # --- files from outside: the command line, drag and drop, File > Import -------------

    def open_files(self, paths: list[Path]) -> None:
        """Open drafts and hand PDFs to the register or the verification."""
        drafts, pdfs = classify_files(paths)
        if drafts:
            self.open_draft(drafts[0])
        if pdfs:
            self.handle_pdfs(pdfs)

    def handle_pdfs(self, pdfs: list[Path]) -> None:
        """PDFs dropped or named: import them, verify them, or ask which when both can be done."""
        importer = self.register.import_pdfs if self.register is not None else None
        verifier = self.verification.verify if self.verification is not None else None
        if importer and verifier:
            from agreement_studio.gui.dialogs import ask_import_or_verify

            choice = ask_import_or_verify(self, len(pdfs))
            target = {"import": importer, "verify": verifier}.get(choice or "")
        else:
            target = importer or verifier
        if target is None:
            self.statusBar().showMessage(
                self.tr("Importing and verifying PDFs is not available in this version."), 8000
            )
            return
        target(pdfs)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept drafts and PDFs dragged from the file manager."""
        drafts, pdfs = classify_files(_local_files(event))
        if drafts or pdfs:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open the dropped drafts and PDFs."""
        files = _local_files(event)
        if classify_files(files) != ([], []):
            event.acceptProposedAction()
            self.open_files(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, then remember the window's place and size."""
        if not self._close_workspace():
            event.ignore()
            return
        save_state(self, "main")
        event.accept()


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
