"""The application object: names, icon, language, and the run loop."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from agreement_studio import __version__
from agreement_studio.gui.i18n import install_translators, ui_language
from agreement_studio.gui.icons import app_icon
from agreement_studio.gui.preferences import load_preferences

__all__ = ["configure_application", "create_application", "run"]

DESKTOP_FILE = "org.agreementstudio.AgreementStudio"
QUIT_AFTER_SHOW = "--quit-after-show"


def configure_application(app: QApplication) -> str:
    """Names, icon and translators for ``app``; returns the window's language code."""
    QCoreApplication.setOrganizationName("Agreement Studio")
    QCoreApplication.setApplicationName("agreement-studio")
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Agreement Studio")
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    return install_translators(app, ui_language(load_preferences().ui_language))


def create_application(argv: list[str]) -> QApplication:
    """The running QApplication (made and configured if there is none yet)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    configure_application(app)
    return app


def run(argv: list[str]) -> int:
    """Show the main window, open the files named in ``argv``, run until the window closes."""
    logging.basicConfig(level=logging.WARNING, format="agreement-studio: %(message)s")
    quit_after_show = QUIT_AFTER_SHOW in argv
    args = [a for a in argv if a != QUIT_AFTER_SHOW]
    app = create_application(args)
    from agreement_studio.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    files = [Path(a) for a in args[1:] if not a.startswith("-")]
    if files:
        # Opened once the event loop runs, so the window is on screen first.
        QTimer.singleShot(0, lambda: window.open_files(files))
    if quit_after_show:
        QTimer.singleShot(0, window.close)
    status = app.exec()
    from agreement_studio.gui.tasks import runner

    runner().wait(5000)  # let background work finish writing before the process ends
    return status


if __name__ == "__main__":
    sys.exit(run(sys.argv))
