"""Verification for auditors: PDFs and folders in, a verdict per file and signature out.

:func:`install_verification` plugs it into the main window (the ``verify_pdfs`` hook, File >
Verify a folder, folders dropped on the window). It stays light: the view, its model and the
controller are loaded when something is first verified, so the window opens as quickly as
without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.verification.controller import VerificationController

__all__ = ["Verification", "install_verification"]


class Verification(QObject):
    """The window's verification: made at start-up, its controller on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("verification")
        self.window = window
        self._controller: VerificationController | None = None
        self.folder_action = QAction(self.tr("Verify a &folder…"), window)
        self.folder_action.setStatusTip(self.tr("Check the signatures of every PDF in a folder"))
        self.folder_action.triggered.connect(self._ask_folder)
        window.installEventFilter(self)  # folders dropped on the window (it takes only files)

    @property
    def controller(self) -> VerificationController:
        """The controller (and its view), made the first time it is needed."""
        if self._controller is None:
            from agreement_studio.gui.verification.controller import VerificationController

            self._controller = VerificationController(self.window)
        return self._controller

    def verify(self, paths: list[Path]) -> None:
        """The ``verify_pdfs`` hook: show the view and verify these PDFs and folders."""
        self.controller.verify(list(paths))

    def _ask_folder(self) -> None:
        self.controller.show()
        self.controller.open_folder()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drags that bring folders; the window handles everything else itself."""
        kind = event.type()
        if watched is self.window and kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            folders = _folders(event)  # type: ignore[arg-type]  # a DragEnter or Drop event is a QDropEvent
            if folders:
                event.acceptProposedAction()  # type: ignore[attr-defined]  # a DragEnter or Drop event is a QDropEvent
                if kind == QEvent.Type.Drop:
                    from agreement_studio.gui.verification.view import dropped_paths

                    self.verify(dropped_paths(event))  # type: ignore[arg-type]  # a DragEnter or Drop event is a QDropEvent
                return True
        return super().eventFilter(watched, event)


def _folders(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [
        Path(u.toLocalFile())
        for u in data.urls()
        if u.isLocalFile() and Path(u.toLocalFile()).is_dir()
    ]


def _add_to_file_menu(window: MainWindow, action: QAction) -> None:
    """Put ``action`` right after File > Verify signatures."""
    verify = window.actions.verify
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if not isinstance(menu, QMenu) or verify not in menu.actions():
            continue
        items = menu.actions()
        after = items.index(verify) + 1
        if after < len(items):
            menu.insertAction(items[after], action)
        else:
            menu.addAction(action)
        return


def install_verification(window: MainWindow) -> Verification:
    """Give ``window`` its verification: File > Verify, a folder, dropped PDFs and folders."""
    verification = Verification(window)
    window.verification = verification
    _add_to_file_menu(window, verification.folder_action)
    window.actions.update_enabled()
    return verification
