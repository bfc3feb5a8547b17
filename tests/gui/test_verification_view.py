"""The verification view driven as an auditor would: the corpus in, the expected verdicts out."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from verification_support import (
    ACCEPT,
    CORPUS,
    INTERMEDIATE,
    MANIFEST,
    ROOT,
    RUN_TIMEOUT_MS,
    answer_file_dialogs,
    drop,
    named_controls,
    verdicts,
)

from agreement_studio.gui.verification import install_verification
from agreement_studio.gui.verification.model import KIND_ROLE, VERDICT_ROLE, VerificationModel
from agreement_studio.pdf.report import VERDICT_COLOURS
from agreement_studio.preferences import Preferences, save_preferences


@pytest.fixture
def verification(window):
    """The window with its verification installed, as the application starts it."""
    return install_verification(window)


def _rows(view) -> list[QModelIndex]:
    proxy = view.proxy
    return [proxy.index(row, 0) for row in range(proxy.rowCount())]


def test_verify_is_enabled_and_a_folder_entry_follows_it(window, verification):
    assert window.actions.verify.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    items = file_menu.actions()
    assert items[items.index(window.actions.verify) + 1] is verification.folder_action


def test_corpus_folder_gets_the_manifest_verdicts(window, verification, qtbot, monkeypatch):
    # The root comes from Preferences; the intermediate is added in the view for this session.
    save_preferences(Preferences(trust_anchors=[str(ROOT)]))
    asked = answer_file_dialogs(monkeypatch, folder=CORPUS / "pdf", open_files=[INTERMEDIATE])
    controller = verification.controller
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        verification.folder_action.trigger()  # File > Verify a folder…
    view = controller.view
    assert window.stack.currentWidget() is view
    assert "Root CA" in view.trust_label.text()
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        qtbot.mouseClick(view.intermediate_button, Qt.MouseButton.LeftButton)
    assert asked[0] == "Verify every PDF in a folder"
    assert asked[1] == "Add intermediate CA certificates"
    found = verdicts(controller)
    assert len(found) == len(MANIFEST)
    for entry in MANIFEST:
        name = Path(entry["name"]).name
        if entry["expect"] == "valid":
            # "valid" in the manifest means judged at the claimed signing time, a lenient policy
            # the window does not offer: judged now, the long-expired signer is untrusted.
            assert found[name] == "untrusted", name
            report = next(r for r in controller.view.model.reports() if r.path.endswith(name))
            assert all("expired" in (s.certificate_note or "") for s in report.signatures)
        else:
            assert found[name] in ACCEPT[entry["expect"]], name
    assert "files verified" in view.status.text()
    assert "Validation time: " in view.status.text()  # the run's time, as every report says
    # Each row wears its verdict's colour and icon.
    model = view.proxy
    for index in _rows(view):
        verdict = model.data(index, VERDICT_ROLE)
        cell = index.siblingAtColumn(VerificationModel.VERDICT)
        assert model.data(cell, Qt.ItemDataRole.ForegroundRole) == QColor(VERDICT_COLOURS[verdict])
        assert not model.data(cell, Qt.ItemDataRole.DecorationRole).isNull()
        assert model.data(cell) in ("Valid", "Untrusted", "Modified", "Invalid", "Error")


def test_a_file_expands_to_its_signatures_and_their_details(
    window, verification, qtbot, monkeypatch
):
    controller = verification.controller
    controller.session_anchors = [ROOT]
    controller.session_intermediates = [INTERMEDIATE]
    path = CORPUS / "pdf" / "pyhanko_pades-lta-dss-indirect-arrs-test.pdf"
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        window.open_files([path])  # a PDF named on the command line or dropped
    view = controller.view
    model = view.proxy
    (file_row,) = _rows(view)
    assert model.data(file_row) == path.name
    view.tree.expand(file_row)
    signatures = [model.index(r, 0, file_row) for r in range(model.rowCount(file_row))]
    assert [model.data(s) for s in signatures] == ["Signature 1", "Document timestamp 2"]
    assert all(model.data(s, KIND_ROLE) == "signature" for s in signatures)
    first = signatures[0]
    details = {}
    for row in range(model.rowCount(first)):
        label = model.data(model.index(row, 0, first))
        details.setdefault(label, []).append(model.data(model.index(row, 2, first)))
    assert details["Signed by"] == ["Alice (Example Inc) <alice@example.com>"]
    assert details["Time claimed"] == ["2020-11-01 00:00 UTC"]
    assert details["Timestamp"][0].endswith("(trusted timestamp)")
    assert details["Intact"] == ["Yes: the signed bytes and the signature check out"]
    assert details["Trusted"][0].startswith(
        "Yes, through “Root CA”; judged at the time of the trusted timestamp"
    )
    assert "it has expired since, on 2022-01-01" in details["Certificate"][0]
    assert details["Changed after signing"] == ["nothing"]
    assert details["Added afterwards (allowed)"]


def test_pdfs_dropped_on_the_view_and_folders_on_the_window(window, verification, qtbot, tmp_path):
    controller = verification.controller
    folder = tmp_path / "incoming"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(CORPUS / "pdf" / "dss_pades-bes.pdf", folder / "sub" / "a.pdf")
    shutil.copy(CORPUS / "pdf" / "dss_pdf-removed-pages.pdf", folder / "b.PDF")
    (folder / "notes.txt").write_text("not a PDF")
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        assert drop(window, [folder]) == (True, True)  # the window itself takes only files
    assert verdicts(controller) == {"a.pdf": "untrusted", "b.PDF": "invalid"}
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        assert drop(controller.view, [CORPUS / "pdf" / "dss_pades-bes.pdf"]) == (True, True)
    # added to what is shown
    assert verdicts(controller) == {
        "a.pdf": "untrusted",
        "b.PDF": "invalid",
        "dss_pades-bes.pdf": "untrusted",
    }


def test_a_broken_file_gets_its_error_row_not_a_traceback(
    window, verification, qtbot, tmp_path, caplog
):
    good = (CORPUS / "pdf" / "dss_pades-bes.pdf").read_bytes()
    (tmp_path / "garbage.pdf").write_bytes(b"this is not a PDF at all")
    (tmp_path / "truncated.pdf").write_bytes(good[: len(good) // 2])
    (tmp_path / "empty.pdf").write_bytes(b"")
    controller = verification.controller
    caplog.set_level(logging.ERROR)
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify([tmp_path])
    assert verdicts(controller) == {
        "empty.pdf": "error",
        "garbage.pdf": "error",
        "truncated.pdf": "error",
    }
    model = controller.view.proxy
    for index in _rows(controller.view):
        summary = model.data(index.siblingAtColumn(VerificationModel.DETAILS))
        assert summary.startswith("Could not be verified: ")
        assert "Traceback" not in summary
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_folder_without_pdfs_says_so(window, verification, qtbot, tmp_path):
    controller = verification.controller
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify([tmp_path])
    assert "no PDF files" in controller.view.status.text()
    assert controller.view.model.file_count() == 0


def test_file_verify_menu_and_close(window, verification, qtbot, monkeypatch):
    answer_file_dialogs(monkeypatch, open_files=[CORPUS / "pdf" / "dss_pades-bes.pdf"])
    controller = verification.controller
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        window.actions.verify.trigger()  # File > Verify signatures…
    assert verdicts(controller) == {"dss_pades-bes.pdf": "untrusted"}
    assert "No trust anchors" in controller.view.trust_label.text()
    qtbot.mouseClick(controller.view.close_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start_page


def test_every_control_is_named_and_reached_with_tab(window, verification, qtbot, keys):
    controller = verification.controller
    with qtbot.waitSignal(controller.run_finished, timeout=RUN_TIMEOUT_MS):
        controller.verify([CORPUS / "pdf" / "pyhanko_minimal-two-fields-signed-twice.pdf"])
    view = controller.view
    controls = named_controls(view)
    assert not [w for w in controls if not w.accessibleName().strip()]
    wanted = {
        w
        for w in controls
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    view.tree.setFocus()
    reached = set()
    for _ in range(60):
        keys.press(Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert wanted <= reached, [w.accessibleName() for w in wanted - reached]


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_alt_shortcuts_of_the_view_do_not_clash(qapp, window, language):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.verification.view import VerificationView
    from agreement_studio.gui.verification.words import report_words

    install_translators(qapp, language)
    try:
        fresh = MainWindow()
        view = VerificationView(fresh)
        taken = [QKeySequence.mnemonic(a.text()).toString() for a in fresh.menuBar().actions()]
        taken += [
            QKeySequence.mnemonic(b.text()).toString()
            for b in view.findChildren(QAbstractButton)
            if b.text()
        ]
        taken = [key for key in taken if key]
        assert len(taken) == len(set(taken)), taken
        title = {
            "en": "Signature verification report",
            "fi": "Allekirjoitusten tarkistusraportti",
            "sv": "Rapport över verifiering av underskrifter",
        }[language]
        assert report_words()["title"] == title
        fresh.deleteLater()
    finally:
        install_translators(qapp, "en")
