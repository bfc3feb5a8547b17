"""The window (PySide6): the only package that imports Qt.

Start-up stays light: this module imports nothing from Qt; :func:`run_app` loads the
application module when it is called, and the wizard, PDF view (QtPdf) and the heavy core
(pyHanko, ReportLab, SQLAlchemy) load only when they are first used.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["run_app"]


def run_app(argv: Sequence[str]) -> int:
    """Open the main window and run until it is closed; returns the exit status.

    ``argv[1:]`` may name drafts (``*.agreement.json``) or PDFs to open; ``--quit-after-show``
    closes the window as soon as it has been shown (start-up measurements and tests).
    """
    import gc
    import sys

    if "PySide6.QtCore" not in sys.modules:  # the program starting, not a caller with Qt loaded
        # No cyclic garbage collection until the window has been painted (run() turns it back
        # on): Qt's classes and the imports make a great many objects and no garbage, and the
        # collections over them were a tenth of the start-up (benchmarks/startup.py).
        gc.disable()
    # What needs no Qt is read before Qt loads: PySide6's import hook reads the source of each
    # module imported after it, so platformdirs' own modules, imported here, are spared that.
    import agreement_studio.i18n  # noqa: F401 - the window's language is set in it
    from agreement_studio.paths import user_data_dir
    from agreement_studio.preferences import load_preferences

    preferences = load_preferences()
    user_data_dir()  # the log file's folder

    from agreement_studio.gui.app import run

    return run(list(argv), preferences)
