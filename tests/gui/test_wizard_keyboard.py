"""The whole wizard, from an empty window to a finished agreement, with the keyboard only."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog
from wizard_typing import TYPED, K, type_agreement

from agreement_studio.agreement import load_draft, problems


def test_complete_the_wizard_with_the_keyboard(window, qtbot, keys, tmp_path, monkeypatch):
    target = tmp_path / "network.agreement.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
    )
    keys.ctrl("n")
    type_agreement(window, keys, qtbot, TYPED)

    wizard = window.workspace.wizard
    review = wizard.currentPage()
    assert review.isComplete(), [
        review.problems.item(i).text() for i in range(review.problems.count())
    ]
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled)
    keys.press(K.Key_Return)  # Enter presses Finish
    qtbot.waitUntil(lambda: window.document_page is not None, timeout=3000)

    saved = load_draft(target)
    assert problems(saved) == []
    assert [p.name for p in saved.parties] == [p.name for p in TYPED.parties]
    assert saved.coordination.party == saved.parties[0].key
    assert saved.coordination.coordinator.name == "Sanna Virtanen"
    assert [c.staff_hours_per_year for c in saved.commitments] == [80, 80]
    pane = window.document_page.pdf
    qtbot.waitUntil(lambda: pane.page_count() > 0, timeout=20_000)
