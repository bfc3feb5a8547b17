"""Tools > Identities and trust, added to the main window's menu bar before Help.

The menu is off while the wizard is shown, and has no Alt key then: a disabled menu still takes
its Alt key in Qt, and the wizard's pages use the letters of "Tools" (and of "Työkalut",
"Verktyg") for their own fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from agreement_studio.gui.icons import icon

if TYPE_CHECKING:
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog

__all__ = ["ToolsMenu", "install_tools_menu"]


class ToolsMenu(QObject):
    """The Tools menu and what it opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: IdentitiesDialog | None = None
        self.title = self.tr("&Tools")
        self.menu = QMenu(self.title, window)
        self.identities = self.menu.addAction(icon("signature"), self.tr("&Identities and trust…"))
        self.identities.setStatusTip(
            self.tr(
                "Signing identities, the network CA, trusted certificates and the timestamp server"
            )
        )
        self.identities.triggered.connect(self.open_identities)
        bar = window.menuBar()
        menus = bar.actions()
        if menus:  # before Help, the last menu
            bar.insertMenu(menus[-1], self.menu)
        else:
            bar.addMenu(self.menu)
        window.stack.currentChanged.connect(lambda _index: self._follow_page())

    def _follow_page(self) -> None:
        drafting = (
            self.window.workspace is not None
            and self.window.stack.currentWidget() is self.window.workspace
        )
        self.menu.menuAction().setEnabled(not drafting)
        self.menu.setTitle(without_mnemonic(self.title) if drafting else self.title)

    def open_identities(self) -> None:
        """Open the identities and trust dialog."""
        from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog

        register = self.window.register
        self.dialog = IdentitiesDialog(self.window, register.access if register else None)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()


def without_mnemonic(text: str) -> str:
    """``text`` with no Alt key: its ``&`` marker gone, a literal ``&&`` kept."""
    return "&&".join(part.replace("&", "") for part in text.split("&&"))


def install_tools_menu(window: MainWindow) -> ToolsMenu:
    """Add the Tools menu to ``window`` (once: the menu it has already, if any)."""
    return window.findChild(ToolsMenu) or ToolsMenu(window)
