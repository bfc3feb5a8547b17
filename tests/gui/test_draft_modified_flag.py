"""An opened draft is unsaved only once it is edited: the flag follows edits, saves and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agreement_studio.agreement import example_agreement, save_draft


def _settle() -> None:
    """Let background work (the preview, loading) finish and its late signals arrive."""
    from PySide6.QtWidgets import QApplication

    from agreement_studio.gui.tasks import runner

    for _round in range(3):
        runner().wait(30_000)
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_an_opened_draft_is_not_modified_until_edited(window, qtbot, tmp_path, language):
    path = save_draft(example_agreement(language=language), tmp_path / f"{language}.agreement.json")
    window.open_draft(path)
    qtbot.waitUntil(lambda: window.workspace is not None)
    _settle()  # the pages settle (late signals from loading must not mark it changed)
    workspace = window.workspace
    assert not workspace.session.is_modified()
    assert not window.isWindowModified()
    for _ in range(workspace.wizard.pageIds().__len__() - 1):
        workspace.wizard.next()  # visiting every page is no edit
        _settle()
    assert not window.isWindowModified()
    assert not workspace.session.is_modified()


def test_a_draft_made_by_the_command_line_opens_unmodified(window, qtbot, tmp_path):
    import subprocess
    import sys

    path = tmp_path / "fi.agreement.json"
    subprocess.run(
        [sys.executable, "-m", "agreement_studio", "example", "--lang", "fi", "-o", str(path)],
        check=True,
        capture_output=True,
    )
    window.open_draft(path)
    qtbot.waitUntil(lambda: window.workspace is not None)
    _settle()
    assert not window.workspace.session.is_modified()
    assert not window.isWindowModified()


def test_the_flag_follows_edits_saves_and_going_back_to_the_saved_text(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QLineEdit

    path = save_draft(example_agreement(language="fi"), tmp_path / "fi.agreement.json")
    window.open_draft(path)
    qtbot.waitUntil(lambda: window.workspace is not None)
    workspace = window.workspace
    while workspace.wizard.currentId() != workspace.wizard.pageIds()[0]:
        workspace.wizard.back()
    for _ in workspace.wizard.pageIds():
        _settle()
        fields = [
            f
            for f in workspace.wizard.currentPage().findChildren(QLineEdit)
            if f.isVisible() and f.text() and not f.isReadOnly()
        ]
        if fields:
            break
        workspace.wizard.next()
    field = fields[0]
    original = field.text()
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, "x")
    qtbot.waitUntil(window.isWindowModified)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # back to the text as saved
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert field.text() == original
    qtbot.keyClicks(field, "y")
    qtbot.waitUntil(window.isWindowModified)
    assert workspace.save()
    assert not window.isWindowModified()
    assert not workspace.session.is_modified()
