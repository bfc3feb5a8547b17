"""Open files adds to the results: a file already shown is skipped unless it changed; Clear."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import Qt
from verification_support import CORPUS, RUN_TIMEOUT_MS, answer_file_dialogs, verdicts

from agreement_studio.gui.verification import install_verification

SIGNED = CORPUS / "pdf" / "dss_pades-bes.pdf"
BROKEN = CORPUS / "pdf" / "dss_pdf-removed-pages.pdf"


@pytest.fixture
def controller(window):
    return install_verification(window).controller


def _open(controller, qtbot, monkeypatch, *paths):
    answer_file_dialogs(monkeypatch, open_files=list(paths))
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controller.view.open_button, Qt.MouseButton.LeftButton)


def _report_ids(controller) -> dict[str, int]:
    return {os.path.basename(r.path): id(r) for r in controller.view.model.reports()}


def test_open_files_adds_skips_the_unchanged_and_verifies_the_changed_again(
    controller, qtbot, monkeypatch, tmp_path
):
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    shutil.copy(SIGNED, first)
    shutil.copy(SIGNED, second)
    _open(controller, qtbot, monkeypatch, first)
    assert verdicts(controller) == {"first.pdf": "untrusted"}
    before = _report_ids(controller)

    # another file: added, the first one kept as it was (not verified again)
    _open(controller, qtbot, monkeypatch, second, first)
    assert verdicts(controller) == {"first.pdf": "untrusted", "second.pdf": "untrusted"}
    assert _report_ids(controller)["first.pdf"] == before["first.pdf"]
    assert controller.view.model.file_count() == 2
    assert "1 files unchanged since they were verified" in controller.view.status.text()

    # the first file is replaced by a broken one: verified again, its row replaced
    shutil.copy(BROKEN, first)
    _open(controller, qtbot, monkeypatch, first)
    assert verdicts(controller) == {"first.pdf": "invalid", "second.pdf": "untrusted"}
    assert controller.view.model.file_count() == 2
    assert [os.path.basename(r.path) for r in controller.view.model.reports()] == [
        "first.pdf",
        "second.pdf",
    ]  # the order they were first opened in

    # Verify again verifies everything, whether changed or not
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(controller.view.again_button, Qt.MouseButton.LeftButton)
    again = _report_ids(controller)
    assert again.keys() == {"first.pdf", "second.pdf"}
    assert again["second.pdf"] != before.get("second.pdf")


def test_clear_removes_every_result(controller, qtbot, monkeypatch, tmp_path):
    view = controller.view
    assert not view.clear_button.isEnabled()
    _open(controller, qtbot, monkeypatch, SIGNED)
    assert view.clear_button.isEnabled() and view.results.currentWidget() is view.tree
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.file_count() == 0 and controller.inputs == []
    assert view.results.currentWidget() is view.placeholder
    assert not view.clear_button.isEnabled() and not view.json_button.isEnabled()
    # after Clear the same file is verified afresh, not skipped as known
    _open(controller, qtbot, monkeypatch, SIGNED)
    assert verdicts(controller) == {"dss_pades-bes.pdf": "untrusted"}


def test_a_folder_dropped_while_files_are_shown_is_added(controller, qtbot, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(BROKEN, folder / "b.pdf")
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify([SIGNED])
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify([folder])
    assert verdicts(controller) == {"dss_pades-bes.pdf": "untrusted", "b.pdf": "invalid"}


def test_files_opened_while_a_run_goes_on_are_added_and_the_run_still_finishes(
    controller, qtbot, tmp_path
):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(40):
        shutil.copy(SIGNED, folder / f"copy-{number:02d}.pdf")
    controller.jobs = 1
    controller.verify([folder])
    assert controller.is_running()
    controller.verify([BROKEN])  # while the folder is still being verified
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=RUN_TIMEOUT_MS)
    found = verdicts(controller)
    assert len(found) == 41 and controller.view.model.file_count() == 41
    assert found["dss_pdf-removed-pages.pdf"] == "invalid"
    assert {v for name, v in found.items() if name.startswith("copy-")} == {"untrusted"}
    assert controller.inputs == [folder, BROKEN]
