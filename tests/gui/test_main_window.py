"""The main window: it opens and closes, its shortcuts, files dropped on it, its memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from types import SimpleNamespace

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from agreement_studio.agreement import example_agreement, save_draft
from agreement_studio.gui.main_window import MainWindow, classify_files
from agreement_studio.preferences import load_preferences, save_preferences

HEAVY = (
    "pyhanko",
    "reportlab",
    "sqlalchemy",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "agreement_studio.gui.wizard",
    "jinja2",
)


def test_window_opens_and_closes_offscreen(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.start_page
    assert not window.actions.save.isEnabled()
    assert not window.actions.import_pdf.isEnabled()  # until the later phase adds import
    assert window.close()


def test_start_up_loads_nothing_heavy(tmp_path):
    code = textwrap.dedent(f"""
        import json, sys
        from agreement_studio.gui import run_app
        import gc
        status = run_app(["agreement-studio", "--quit-after-show"])
        print(json.dumps({{"status": status,
                           "loaded": [m for m in {HEAVY!r} if m in sys.modules],
                           "collecting": gc.isenabled(),
                           "frozen": gc.get_freeze_count()}}))
    """)
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "AGREEMENT_STUDIO_HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
    }
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    assert result["loaded"] == [], f"loaded at start-up: {result['loaded']}"
    # garbage collection held off while the window started, and on again once it was painted,
    # with what start-up made frozen out of later collections
    assert result["collecting"] is True
    assert result["frozen"] > 10_000


def test_standard_shortcuts(window):
    actions = window.actions
    expected = {
        actions.new: QKeySequence.StandardKey.New,
        actions.open: QKeySequence.StandardKey.Open,
        actions.save: QKeySequence.StandardKey.Save,
        actions.find: QKeySequence.StandardKey.Find,
        actions.help: QKeySequence.StandardKey.HelpContents,
        actions.quit: QKeySequence.StandardKey.Quit,
    }
    for action, key in expected.items():
        assert action.shortcut() == QKeySequence(key), action.text()
    assert actions.import_pdf.shortcut() == QKeySequence("Ctrl+I")
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) == QKeySequence("F1")


def test_find_puts_the_cursor_in_the_search_field(window, keys):
    keys.ctrl("f")
    assert QApplication.focusWidget() is window.actions.search


def test_help_opens_with_f1(window, keys, qtbot):
    from PySide6.QtWidgets import QMessageBox

    keys.press(Qt.Key.Key_F1)  # the start page's help (tests/gui/test_help_and_title.py: more)
    box = window.findChild(QMessageBox, "help")
    qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=3000)
    assert box.windowTitle() == "Start page"
    box.close()


def _drop(window, paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    return enter.isAccepted(), drop.isAccepted()


def test_classify_files(tmp_path):
    drafts, pdfs = classify_files(
        [tmp_path / "a.agreement.json", tmp_path / "b.PDF", tmp_path / "c.txt"]
    )
    assert [p.name for p in drafts] == ["a.agreement.json"]
    assert [p.name for p in pdfs] == ["b.PDF"]


def test_dropping_a_draft_opens_it(window, qtbot, tmp_path):
    path = save_draft(example_agreement(), tmp_path / "dropped.agreement.json")
    assert _drop(window, [path]) == (True, True)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.workspace.session.path == path


def _register(imported=None, empty=lambda: False):
    """A stand-in for the register controller: the PDFs handed to it go to ``imported``."""
    return SimpleNamespace(
        import_pdfs=(imported if imported is not None else []).extend,
        add_finished=lambda agreement, path: None,
        access=SimpleNamespace(is_empty=empty),
    )


def test_dropped_pdfs_go_to_the_register_or_the_verification(window, tmp_path, monkeypatch):
    from agreement_studio.gui import dialogs

    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert _drop(window, [pdf]) == (True, True)
    assert "not available" in window.statusBar().currentMessage()
    imported, verified = [], []
    window.register = _register(imported)
    window.verification = SimpleNamespace(verify=verified.extend)
    window.actions.update_enabled()
    assert window.actions.import_pdf.isEnabled() and window.actions.verify.isEnabled()
    monkeypatch.setattr(dialogs, "ask_import_or_verify", lambda parent, count: "verify")
    _drop(window, [pdf])
    assert verified == [pdf] and imported == []
    window.verification = None
    window.actions.update_enabled()
    assert not window.actions.verify.isEnabled()
    _drop(window, [pdf])
    assert imported == [pdf]
    assert _drop(window, [tmp_path / "notes.txt"]) == (False, False)


def test_recent_drafts_and_window_geometry_are_remembered(qtbot, tmp_path):
    path = save_draft(example_agreement(), tmp_path / "recent.agreement.json")
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800 x 600
    first.show()
    first.recent.add(path)
    first.refresh_recent()
    assert first.start_page.recent.count() == 1
    assert first.actions.recent_menu.isEnabled()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.size() == first.size()
    assert second.start_page.recent.item(0).text() == "recent.agreement.json"
    second.close()


def test_the_register_view_greets_once_the_register_has_agreements(window, qtbot):
    from PySide6.QtWidgets import QLabel

    assert window.register_view is None
    window.show_home()
    assert window.stack.currentWidget() is window.start_page  # no register in this window
    view = QLabel("register")
    empty = [True]
    window.register = _register(empty=lambda: empty[0])
    window.set_register_view(view)
    assert window.stack.currentWidget() is window.start_page  # nothing registered yet
    empty[0] = False
    window.show_home()
    assert window.stack.currentWidget() is view


def test_preferences_are_a_typed_json_file(tmp_path):
    path = tmp_path / "preferences.json"
    assert load_preferences(path).ui_language == ""
    preferences = load_preferences(path)
    preferences.ui_language = "sv"
    preferences.trust_anchors = ["/etc/ca.pem"]
    save_preferences(preferences, path)
    assert json.loads(path.read_text())["ui_language"] == "sv"
    path.write_text('{"ui_language": "klingon", "trust_anchors": "x", "unknown": 1}')
    loaded = load_preferences(path)
    assert loaded.ui_language == "" and loaded.trust_anchors == []
    path.write_text("{ nope")
    assert load_preferences(path).ui_language == ""


def test_preferences_dialog_saves_the_language(qtbot):
    from agreement_studio.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    dialog.accept()
    assert load_preferences().ui_language == "fi"


def test_the_language_follows_preference_then_environment(monkeypatch):
    from agreement_studio.gui.i18n import ui_language

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    assert ui_language() == "sv"
    assert ui_language("fi") == "fi"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert ui_language() == "en"
