"""The main window's actions, menus, toolbar and shortcuts.

Shortcuts use the platform's standard keys where Qt has one (``QKeySequence.StandardKey``), so
they match what people know from their other programs: New Ctrl+N, Open Ctrl+O, Save Ctrl+S,
Find Ctrl+F, Help F1, Quit Ctrl+Q (Cmd on macOS).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QSizePolicy, QToolBar, QWidget

from agreement_studio.gui.icons import icon

if TYPE_CHECKING:
    from agreement_studio.gui.main_window import MainWindow

__all__ = ["MainActions"]

_Key = QKeySequence.StandardKey


class MainActions(QObject):
    """Builds the window's actions and keeps their enabled state current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        self.new = self._action(
            self.tr("&New agreement…"),
            "document-new",
            _Key.New,
            w.new_agreement,
            self.tr("Start a new agreement in the wizard"),
        )
        self.open = self._action(
            self.tr("&Open draft…"),
            "document-open",
            _Key.Open,
            lambda: w.open_draft(None),
            self.tr("Continue a saved draft"),
        )
        self.example = self._action(
            self.tr("Open an &example"),
            "example",
            None,
            w.open_example,
            self.tr("Open a complete example draft"),
        )
        self.save = self._action(
            self.tr("&Save draft"),
            "document-save",
            _Key.Save,
            w.save_draft,
            self.tr("Save the draft to continue later"),
        )
        self.save_as = self._action(self.tr("Save draft &as…"), None, _Key.SaveAs, w.save_draft_as)
        self.import_pdf = self._action(
            self.tr("&Import signed PDF…"),
            "document-import",
            QKeySequence("Ctrl+I"),
            self._import,
            self.tr("Add a signed copy of an agreement to the register"),
        )
        self.verify = self._action(
            self.tr("&Verify signatures…"),
            "verify",
            QKeySequence("Ctrl+Shift+V"),
            self._verify,
            self.tr("Check the signatures of any PDF"),
        )
        self.preferences = self._action(
            self.tr("&Preferences…"), "preferences", _Key.Preferences, self._preferences
        )
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._action(self.tr("&Quit"), None, _Key.Quit, w.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.find = self._action(self.tr("&Find…"), "find", _Key.Find, self._find)
        self.help = self._action(
            self.tr("Agreement Studio &help"), "help", _Key.HelpContents, self._help
        )
        self.about = self._action(self.tr("&About Agreement Studio"), None, None, self._about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._action(self.tr("About &Qt"), None, None, QApplication.aboutQt)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self._build_menus()
        self._build_toolbar()

    def _action(
        self,
        text: str,
        icon_name: str | None,
        key: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if key is not None:
            # setShortcuts([one]) is setShortcut(one); PySide6's overload check of setShortcut
            # builds the whole ``Qt`` namespace (~100 ms before the first paint).
            action.setShortcuts([key if isinstance(key, QKeySequence) else QKeySequence(key)])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} — {tip}")
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        for item in (
            self.new,
            self.open,
            self.recent_menu,
            self.example,
            None,
            self.save,
            self.save_as,
            None,
            self.import_pdf,
            self.verify,
            None,
            self.quit,
        ):
            if item is None:
                file.addSeparator()
            elif isinstance(item, QMenu):
                file.addMenu(item)
            else:
                file.addAction(item)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.find)
        edit.addSeparator()
        edit.addAction(self.preferences)
        help_menu = bar.addMenu(self.tr("&Help"))
        for action in (self.help, None, self.about, self.about_qt):
            help_menu.addSeparator() if action is None else help_menu.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self.window)
        bar.setObjectName("mainToolbar")  # saveState needs a name
        bar.setIconSize(QSize(24, 24))
        # Set by name: the first use of PySide6's ``Qt`` namespace builds all of its ~90 enums
        # (about 100 ms), which would delay the window's first paint (benchmarks/startup.py).
        bar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        for action in (self.new, self.open, self.save, None, self.import_pdf, self.verify):
            bar.addSeparator() if action is None else bar.addAction(action)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find agreements"))
        self.search.setAccessibleName(self.tr("Find agreements"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(280)
        self.search.textChanged.connect(self.window.search_changed)
        spacer = QWidget()  # pushes the search field to the toolbar's far end
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search)
        self.window.addToolBar(bar)
        self.toolbar = bar

    def set_recent(self, paths: list[Path]) -> None:
        """Fill File > Open recent."""
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.open_draft(p))
        if paths:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear the list"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(paths))

    def update_enabled(self) -> None:
        """Enable what makes sense now (Save only while drafting; import and verify once the
        window has its register and verification)."""
        drafting = self.window.workspace is not None
        self.save.setEnabled(drafting)
        self.save_as.setEnabled(drafting)
        coming = self.window.opening is not None  # installed just after the first paint
        self.import_pdf.setEnabled(self.window.register is not None or coming)
        self.verify.setEnabled(self.window.verification is not None or coming)

    def _clear_recent(self) -> None:
        self.window.recent.clear()
        self.window.refresh_recent()

    def _import(self) -> None:
        from agreement_studio.gui.dialogs import ask_pdfs

        paths = ask_pdfs(self.window, self.tr("Import signed PDFs"))
        if paths and self.window.register is not None:
            self.window.register.import_pdfs(paths)

    def _verify(self) -> None:
        from agreement_studio.gui.dialogs import ask_pdfs

        paths = ask_pdfs(self.window, self.tr("Verify signatures"))
        if paths and self.window.verification is not None:
            self.window.verification.verify(paths)

    def _find(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _preferences(self) -> None:
        from agreement_studio.gui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.window).exec()

    def _help(self) -> None:
        """F1: the help of the view in front (a wizard page, the register, the verification)."""
        from agreement_studio.gui.help import show_help, topic_of

        show_help(self.window, topic_of(self.window))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from agreement_studio import __version__

        QMessageBox.about(
            self.window,
            self.tr("About Agreement Studio"),
            self.tr(
                "<p><b>Agreement Studio</b> {version}</p><p>Draft, sign and keep network "
                "continuation agreements.</p><p>Licensed under the GNU GPL, version 3 or "
                "later.</p>"
            ).format(version=__version__),
        )
