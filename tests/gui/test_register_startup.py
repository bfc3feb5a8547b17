"""Start-up with a register: the window is painted before the register (SQLAlchemy) loads, the
first page of rows follows, and an up-to-date register never loads Alembic."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from test_register_support import fill_register

pytest_plugins = ["test_register_support"]

HEAVY = ("sqlalchemy", "alembic", "pyhanko", "reportlab", "PySide6.QtPdf")

_CHILD = textwrap.dedent(f"""
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    marks = {{}}

    class Probe(QObject):
        def eventFilter(self, watched, event):
            if ("painted" not in marks and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QMainWindow)):
                marks["painted"] = [m for m in {HEAVY!r} if m in sys.modules]
                QTimer.singleShot(0, lambda: wait_for_rows(watched))
            return False

    def wait_for_rows(window):
        from agreement_studio.gui.register import RegisterController

        controller = window.findChild(RegisterController)  # installed after the first paint
        if controller is not None and controller.model.rowCount():
            marks["rows"] = controller.model.rowCount()
            marks["total"] = controller.model.total
            marks["loaded"] = [m for m in {HEAVY!r} if m in sys.modules]
            window.close()
        else:
            QTimer.singleShot(10, lambda: wait_for_rows(window))

    app = QApplication(sys.argv[:1])
    probe = Probe()
    app.installEventFilter(probe)
    from agreement_studio.gui.app import run
    run(["agreement-studio"])
    print(json.dumps(marks))
""")


def _started(code: str, home) -> subprocess.CompletedProcess[str]:
    """``code`` run as a program of its own, offscreen, with ``home`` as its folders."""
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "AGREEMENT_STUDIO_HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )


def test_the_window_shows_before_the_register_loads(isolated_home, register_path):
    fill_register(register_path, 1000)
    out = _started(_CHILD, isolated_home)
    marks = json.loads(out.stdout.strip().splitlines()[-1])
    assert marks["painted"] == [], f"loaded before the window was painted: {marks['painted']}"
    assert marks["rows"] == 100 and marks["total"] == 1000
    assert marks["loaded"] == ["sqlalchemy"]  # not Alembic: the register is up to date


_LEAN = (
    "dataclasses",
    "subprocess",
    "agreement_studio.errors",
    "agreement_studio.gui.tasks",
    "agreement_studio.gui.start_page",
    "agreement_studio.gui.register.detail_lists",
    "agreement_studio.gui.messages",
    "agreement_studio.gui.dialogs",
    "agreement_studio.gui.register.agreement_actions",
    "agreement_studio.gui.register.operations",
)

_FIRST_PAINT = textwrap.dedent(f"""
    import json, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Probe(QObject):
        done = False

        def eventFilter(self, watched, event):
            if (not self.done and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QMainWindow)):
                self.done = True
                from PySide6.QtWidgets import QTabWidget
                actions = watched.actions
                print(json.dumps({{
                    "loaded": [m for m in {_LEAN!r} if m in sys.modules],
                    "start_page": watched._start_page is not None,
                    "tabs": len(watched.findChildren(QTabWidget)),
                    "page": watched.stack.currentWidget().objectName(),
                    "title": watched.windowTitle(),
                    "menus": len(watched.menuBar().actions()),
                    "enabled": [actions.import_pdf.isEnabled(), actions.verify.isEnabled()]}}))
                QTimer.singleShot(0, lambda: then(watched))
            return False

    def then(window):
        if window.register is None or window.verification is None:
            QTimer.singleShot(10, lambda: then(window))
            return
        actions = window.actions
        print(json.dumps({{
            "page": window.stack.currentWidget().objectName(),
            "opening": window.opening is not None,
            "enabled": [actions.import_pdf.isEnabled(), actions.verify.isEnabled()]}}))
        window.close()

    app = QApplication(sys.argv[:1])
    probe = Probe()
    app.installEventFilter(probe)
    from agreement_studio.gui.app import run
    run(["agreement-studio"])
""")


def test_the_first_paint_builds_and_loads_only_what_it_shows(isolated_home, register_path):
    # What only a person's action needs (dialogs, the task runner before the register opens,
    # the detail pane's tabs, the start page of an empty register) waits until it is used.
    fill_register(register_path, 10)
    out = _started(_FIRST_PAINT, isolated_home)
    painted, then = (json.loads(line) for line in out.stdout.strip().splitlines()[-2:])
    # the window's first paint shows the sentence that stands for the register's view (made
    # just after it), not the start page; title and toolbar are already as they will be
    assert painted == {
        "loaded": [],
        "start_page": False,
        "tabs": 0,
        "page": "openingRegister",
        "title": "Register — Agreement Studio",
        "menus": 4,  # File, Edit, Tools, Help: the menu bar does not change after it
        "enabled": [True, True],
    }
    assert then == {"page": "registerView", "opening": False, "enabled": [True, True]}


def test_a_first_start_greets_with_the_start_page_at_the_first_paint(isolated_home):
    """No register yet: the start page is there at the first paint, no passing sentence and no
    title that changes after it."""
    out = _started(_FIRST_PAINT, isolated_home)
    painted, then = (json.loads(line) for line in out.stdout.strip().splitlines()[-2:])
    assert (painted["page"], painted["title"], painted["menus"]) == (
        "startPage",
        "Agreement Studio",
        4,
    )
    assert then["page"] == "startPage" and then["opening"] is False
