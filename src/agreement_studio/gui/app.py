"""The application object: names, icon, language, and the run loop."""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from agreement_studio import __version__
from agreement_studio.gui.alt_keys import guard_alt_letters
from agreement_studio.gui.i18n import install_translators, ui_language
from agreement_studio.gui.icons import app_icon
from agreement_studio.paths import user_data_dir
from agreement_studio.preferences import Preferences, load_preferences

__all__ = ["configure_application", "create_application", "end_without_waiting", "run"]

DESKTOP_FILE = "org.agreementstudio.AgreementStudio"
QUIT_AFTER_SHOW = "--quit-after-show"
QUIT_WAIT_MS = 30_000
"""The longest quitting waits for background work that writes (signing, importing)."""
log = logging.getLogger(__name__)


def configure_application(app: QApplication, preferences: Preferences | None = None) -> str:
    """Names, icon, translators and the stray-Alt-letter guard (``alt_keys``) for ``app``;
    returns the window's language code.

    ``preferences`` are the ones read at start (read now when not given)."""
    QCoreApplication.setOrganizationName("Agreement Studio")
    QCoreApplication.setApplicationName("agreement-studio")
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Agreement Studio")
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    guard_alt_letters(app)  # a stray Alt+letter types nothing into a field
    preferences = preferences or load_preferences()
    return install_translators(app, ui_language(preferences.ui_language))


def create_application(argv: list[str], preferences: Preferences | None = None) -> QApplication:
    """The running QApplication (made and configured if there is none yet)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    configure_application(app, preferences)
    return app


def _start_logging() -> None:
    """Warnings and errors to stderr and to a log file in the data folder (bugs in full)."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder = user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.FileHandler(folder / "agreement-studio.log", encoding="utf-8", delay=True)
        )
    except OSError:
        pass  # no log file, but the window still opens
    logging.basicConfig(
        level=logging.WARNING,
        handlers=handlers,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _report_bug(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug in the window: the traceback goes to the log, the person gets a sentence."""
    log.error("unexpected error", exc_info=(kind, error, trace))
    if isinstance(error, KeyboardInterrupt):
        QApplication.quit()
        return
    from PySide6.QtWidgets import QMessageBox

    from agreement_studio.gui.messages import error_message

    QMessageBox.critical(QApplication.activeWindow(), "Agreement Studio", error_message(error))


def _display_problem() -> str | None:
    """Why the window cannot open here, before Qt aborts the process over it."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set); run it in a desktop session, or use the subcommands (--help)"
    )


def run(argv: list[str], preferences: Preferences | None = None) -> int:
    """Show the main window, open the files named in ``argv``, run until the window closes.

    ``preferences``: the ones read before Qt was loaded (read now when not given)."""
    problem = _display_problem()
    if problem:
        print(f"agreement-studio: {problem}", file=sys.stderr)
        return 2
    _start_logging()
    sys.excepthook = _report_bug
    quit_after_show = QUIT_AFTER_SHOW in argv
    args = [a for a in argv if a != QUIT_AFTER_SHOW]
    owns_application = QApplication.instance() is None
    app = create_application(args, preferences)
    from agreement_studio.gui.first_paint import AfterFirstPaint
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.signing.tools_menu import install_tools_menu
    from agreement_studio.gui.verification import install_verification
    from agreement_studio.preferences import register_location, sqlite_register_file

    window = MainWindow()
    files = [Path(a) for a in args[1:] if not a.startswith("-")]
    # The menu bar is whole from the first paint: Tools, and File > Verify a folder.
    install_tools_menu(window)
    install_verification(window)

    def install() -> None:
        from agreement_studio.gui.register import install_register

        install_register(window)

    def then() -> None:
        if files:
            window.open_files(files)
        if not gc.isenabled():  # run_app() held it off while the window started
            _collect_from_now_on()
        if quit_after_show:
            window.close()

    register = sqlite_register_file(register_location())
    if files or (register is not None and not register.exists()):
        # Files to open, or a first start (the start page greets): the register's view is
        # made before the first paint, so that no passing sentence shows first.
        install()
        window.show()
        QTimer.singleShot(0, then)
    else:
        # The window appears with its menus, toolbar and a sentence; the register's view
        # takes the sentence's place just after that first paint (benchmarks/startup.py).
        window.show_opening()

        def complete() -> None:
            install()
            then()

        AfterFirstPaint(window, complete)
        window.show()
    status = app.exec()
    gc.enable()  # had the window closed before its first paint
    from agreement_studio.gui.tasks import runner

    # Work that writes finishes; reading nobody will see is abandoned (gui/tasks.py).
    if not runner().wait_for_kept(QUIT_WAIT_MS):
        log.warning("quitting while background work still runs")
    if owns_application:
        atexit.register(end_without_waiting, status)
    return status


def _collect_from_now_on() -> None:
    """The window is painted: collect garbage again, past what start-up made.

    What start-up made (modules, classes, the window) lives as long as the program; frozen,
    the collector no longer walks it, so a collection never stalls the window for it.
    """
    gc.freeze()
    gc.enable()


def end_without_waiting(status: int) -> None:
    """At exit, while abandoned work still runs: end the process at once with ``status``.

    A normal exit would wait for every thread of Qt's pool (its destructor joins them: a check
    of a large register still reading held the quit for seconds) and let those threads meet a
    half-destroyed application. The window has closed and the work that writes is done; with
    no thread running, the exit goes on as usual.
    """
    from agreement_studio.gui.tasks import runner

    if runner().pool.activeThreadCount() == 0:
        return
    _end_process(status)


def _end_process(status: int) -> NoReturn:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
