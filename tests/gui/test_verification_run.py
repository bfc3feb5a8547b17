"""A verification run: results stream in, Cancel stops it, the report and signed versions save."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from verification_support import (
    CORPUS,
    INTERMEDIATE,
    ROOT,
    RUN_TIMEOUT_MS,
    answer_file_dialogs,
    verdicts,
)

from agreement_studio.gui.verification import install_verification
from agreement_studio.verification import signed_revision


@pytest.fixture
def controller(window):
    """The verification's controller, trusting the corpus's root and intermediate."""
    controller = install_verification(window).controller
    controller.session_anchors = [ROOT]
    controller.session_intermediates = [INTERMEDIATE]
    return controller


@pytest.fixture
def corpus_verified(controller, qtbot):
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify([CORPUS / "pdf"])
    return controller


def test_results_stream_in_and_cancel_keeps_what_arrived(controller, qtbot, tmp_path):
    source = CORPUS / "pdf" / "pyhanko_minimal-two-fields-signed-twice.pdf"
    copies = 600
    for number in range(copies):
        os.link(source, tmp_path / f"copy-{number:04d}.pdf")  # a big folder, cheaply
    view = controller.view
    controller.verify([tmp_path])
    assert view.progress.isVisible() and view.cancel_button.isEnabled()
    # Rows appear while the run is still going: results are shown as they come.
    qtbot.waitUntil(lambda: view.model.file_count() >= 5, timeout=RUN_TIMEOUT_MS)
    assert controller.is_running()
    assert view.progress.maximum() == copies
    with qtbot.waitSignal(controller.run_finished, timeout=10_000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    kept = view.model.file_count()
    assert 5 <= kept < copies
    assert not view.progress.isVisible()
    assert view.status.text() == f"Cancelled after {kept} of {copies} files."
    # The verifier's worker processes end with the run.
    qtbot.waitUntil(lambda: _verifier_workers() == 0, timeout=10_000)
    # Nothing arrives after the cancellation: with every worker gone, whatever they still sent
    # is waiting, and showing what has arrived shows none of it.
    QApplication.processEvents()
    controller._show_arrived()
    assert view.model.file_count() == kept
    assert set(verdicts(controller).values()) == {"untrusted"}


def _verifier_workers() -> int:
    """Worker processes still running under this test process (the fork server excepted)."""
    children = subprocess.run(
        ["ps", "-o", "pid=,args=", "--ppid", str(os.getpid())], capture_output=True, text=True
    ).stdout.splitlines()
    servers = [c.split()[0] for c in children if "forkserver" in c]
    count = 0
    for server in servers:
        count += len(
            subprocess.run(
                ["ps", "-o", "pid=", "--ppid", server], capture_output=True, text=True
            ).stdout.split()
        )
    return count


def _select_signature(view, file_name: str, signature: int) -> None:
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        file_index = proxy.index(row, 0)
        if proxy.data(file_index) == file_name:
            view.tree.expand(file_index)
            index = proxy.index(signature, 0, file_index)
            view.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"no row for {file_name}")


def test_show_signed_version_gives_the_covered_revision(
    corpus_verified, qtbot, keys, monkeypatch, tmp_path
):
    view = corpus_verified.view
    path = CORPUS / "pdf" / "pyhanko_minimal-two-fields-signed-twice.pdf"
    assert not view.show_button.isEnabled()
    _select_signature(view, path.name, 0)
    assert view.show_button.isEnabled()
    qtbot.mouseClick(view.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: getattr(corpus_verified, "signed_dialog", None) is not None, timeout=10_000
    )
    dialog = corpus_verified.signed_dialog
    expected = signed_revision(path, 0)
    whole = path.read_bytes()
    assert dialog.data == expected
    assert len(expected) < len(whole) and whole.startswith(expected)
    qtbot.waitUntil(lambda: dialog.pane.page_count() >= 1, timeout=10_000)
    # Saving it from the dialog writes exactly those bytes.
    target = tmp_path / "signed-1"
    answer_file_dialogs(monkeypatch, save=target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "signed-1.pdf"  # the suffix is added
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert saved.read_bytes() == expected
    dialog.close()
    # The second signature covers the whole file; Enter on its row opens it too.
    _select_signature(view, path.name, 1)
    view.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    view.tree.setFocus()
    corpus_verified.signed_dialog = None
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: corpus_verified.signed_dialog is not None, timeout=10_000)
    assert corpus_verified.signed_dialog.data == signed_revision(path, 1) == whole
    corpus_verified.signed_dialog.close()


def test_save_signed_version_of_a_chosen_signature(corpus_verified, qtbot, monkeypatch, tmp_path):
    view = corpus_verified.view
    path = CORPUS / "pdf" / "dss_PAdES-LT.pdf"
    _select_signature(view, path.name, 1)
    target = tmp_path / "second.pdf"
    asked = answer_file_dialogs(monkeypatch, save=target)
    qtbot.mouseClick(view.save_signed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert asked == ["Save the signed version"]
    assert target.read_bytes() == signed_revision(path, 1)


def test_save_report_as_pdf(corpus_verified, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "report.pdf"
    answer_file_dialogs(monkeypatch, save=target)
    qtbot.mouseClick(corpus_verified.view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Saved report.pdf" in corpus_verified.view.status.text(), timeout=30_000
    )
    check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for name in ("Lord Testerino", "LEPROPRE Jean", "FERREIRA Ricardo", "Alice"):
        assert name in text
    assert "Trusted certificates: Root CA (" in text  # its name and SHA-256 fingerprint


def test_save_report_as_json_in_the_shape_of_the_command_line(
    corpus_verified, qtbot, monkeypatch, tmp_path
):
    target = tmp_path / "report"
    answer_file_dialogs(monkeypatch, save=target)
    qtbot.mouseClick(corpus_verified.view.json_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "report.json"
    qtbot.waitUntil(saved.exists, timeout=10_000)
    document = json.loads(saved.read_text("utf-8"))
    assert list(document) == ["generated_at", "tool", "trust_anchors", "files"]
    assert document["tool"]["name"] == "agreement-studio"
    assert [a.split(" (")[0] for a in document["trust_anchors"]] == ["Root CA"]
    found = {Path(f["path"]).name: f["verdict"] for f in document["files"]}
    assert found == verdicts(corpus_verified)
    names = [Path(f["path"]).name for f in document["files"]]
    assert names == sorted(names)  # in the order the folder lists them
    from agreement_studio.verification import verify_pdf

    reference = verify_pdf(CORPUS / "pdf" / "dss_pades-bes.pdf").to_dict()
    entry = next(f for f in document["files"] if f["path"].endswith("dss_pades-bes.pdf"))
    assert set(entry) == set(reference)
    assert set(entry["signatures"][0]) == set(reference["signatures"][0])
