"""Wizard pages as a person meets them: messages at fields, Next, drafts saved and resumed."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from agreement_studio.agreement import example_agreement, load_draft, save_draft
from agreement_studio.drafting.wizard import Step, WizardSession, note_path
from agreement_studio.gui.wizard.tables import PROBLEM_ROLE, PartiesModel

K = Qt.Key


def _open(window, agreement=None, step=Step.TEMPLATE):
    session = WizardSession(agreement or example_agreement(), step)
    window._start_drafting(lambda: session)
    return window.workspace.wizard


def _next_enabled(wizard) -> bool:
    return wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_business_id_is_checked_as_you_type(window, qtbot, keys):
    wizard = _open(window, step=Step.PARTIES)
    page = wizard.currentPage()
    field = page._details[PartiesModel.BUSINESS_ID]
    message = page._detail_messages[PartiesModel.BUSINESS_ID]
    qtbot.waitUntil(lambda: _next_enabled(wizard))
    field.setFocus()
    field.selectAll()
    keys.type("2071234-8")  # the right digits, a wrong check digit
    qtbot.waitUntil(lambda: not _next_enabled(wizard))
    assert message.isVisible()
    assert "wrong check digit" in message.text() and "7" in message.text()
    assert field.accessibleDescription() == message.text()
    cell = page.model.index(0, PartiesModel.BUSINESS_ID)
    assert page.model.data(cell, PROBLEM_ROLE)
    keys.press(K.Key_Backspace)
    keys.type("7")
    qtbot.waitUntil(lambda: _next_enabled(wizard))
    assert not message.isVisible()
    assert page.model.data(cell, PROBLEM_ROLE) == []


def test_a_blank_field_is_named_once_touched(window, qtbot, keys):
    wizard = _open(window, agreement=example_agreement(), step=Step.NETWORK)
    page = wizard.currentPage()
    field = page.binder.fields[0].widget
    message = page.binder.fields[0].message
    field.setFocus()
    field.selectAll()
    keys.press(K.Key_Delete)
    qtbot.waitUntil(lambda: not _next_enabled(wizard))
    assert message.text() == "This is needed."


def test_an_untouched_blank_field_is_listed_as_still_needed(window, qtbot):
    wizard = _open(window, agreement=example_agreement())
    wizard.next()
    wizard.session.agreement.network.region = ""
    page = wizard.currentPage()
    page.initializePage()
    assert page.missing.isVisible() and "Region" in page.missing.text()
    assert not any(f.message.isVisible() for f in page.binder.fields)


def test_a_broken_draft_gives_its_message_not_a_traceback(window, qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.agreement.json"
    broken.write_text('{"parties": [ ', "utf-8")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(broken), ""))
    )
    window.actions.open.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("The draft cannot be opened.")
    assert "not a draft file" in shown[0] and "Traceback" not in shown[0]
    assert window.workspace is None


def test_a_draft_breaking_the_model_lists_its_problems(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.agreement.json"
    data = json.loads(example_agreement().model_dump_json())
    data["meetings"]["fixed_months_ahead"] = 99
    bad.write_text(json.dumps(data), "utf-8")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    window.open_draft(bad)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Schedule fixed ahead" in shown[0]


def test_save_and_resume_at_the_same_page(window, qtbot, keys, tmp_path, monkeypatch):
    target = tmp_path / "draft.agreement.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    wizard = _open(window, agreement=example_agreement(), step=Step.MEETINGS)
    assert wizard.current_step() is Step.MEETINGS
    wizard.session.agreement.network.name = "Muutettu verkosto"
    wizard.changed.emit()
    assert window.isWindowModified()
    keys.ctrl("s")
    assert target.exists() and not window.isWindowModified()
    assert json.loads(note_path(target).read_text()) == {"step": "meetings"}
    assert window.windowTitle().startswith("draft.agreement.json")
    window.actions.new.trigger()  # nothing unsaved: no question
    assert window.workspace.session.path is None

    window.open_draft(target)
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.workspace.session.path == target
    )
    resumed = window.workspace.wizard
    assert resumed.current_step() is Step.MEETINGS
    assert resumed.session.agreement.network.name == "Muutettu verkosto"
    resumed.back()  # the pages before are there to go back to
    assert resumed.current_step() is Step.COORDINATION
    assert target.resolve() in window.recent.paths()


def test_resume_stops_at_the_first_incomplete_page(window, qtbot, tmp_path):
    agreement = example_agreement()
    agreement.parties[1].business_id = "123"
    path = tmp_path / "half.agreement.json"
    save_draft(agreement, path)
    window.open_draft(path)
    qtbot.waitUntil(lambda: window.workspace is not None)
    page = window.workspace.wizard.currentPage()
    assert page.step is Step.PARTIES
    assert "Party 2" in page.summary.text()  # problems of a draft are shown at once


def test_cancel_asks_to_save_unsaved_changes(window, qtbot, keys, monkeypatch, tmp_path):
    from agreement_studio.gui import dialogs

    asked = []
    monkeypatch.setattr(
        dialogs, "ask_save_changes", lambda parent, name: asked.append(name) or "cancel"
    )
    wizard = _open(window, step=Step.NETWORK)
    wizard.session.agreement.network.name = "x"
    keys.press(K.Key_Escape)
    assert asked == ["New agreement"] and window.workspace is not None
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    keys.press(K.Key_Escape)
    assert window.workspace is None and window.stack.currentWidget() is window.start_page


def test_review_lists_problems_and_jumps_to_their_page(window, qtbot, keys):
    agreement = example_agreement()
    agreement.term.start = None
    wizard = _open(window, agreement=agreement, step=Step.REVIEW)
    assert wizard.current_step() is Step.TERM  # the review cannot be reached yet
    agreement.term.start = example_agreement().term.start
    agreement.competence_development = ""
    wizard.go_to(Step.REVIEW)
    assert wizard.current_step() is Step.REVIEW
    review = wizard.currentPage()
    assert not review.isComplete()
    item = review.problems.item(0)
    assert item.text().startswith("Commitments — ")
    review.problems.setFocus()
    review.problems.setCurrentRow(0)
    keys.press(K.Key_Return)
    assert wizard.current_step() is Step.COMMITMENTS


def test_preview_follows_typing_without_blocking_it(window, qtbot, keys):
    wizard = _open(window, step=Step.NETWORK)
    preview = window.workspace.preview
    qtbot.waitUntil(lambda: preview.shown >= 1, timeout=20_000)
    first = preview.last_pdf
    field = wizard.currentPage().binder.fields[0].widget
    field.setFocus()
    with qtbot.waitSignal(preview.rendered, timeout=20_000):
        keys.type(" Plus")  # each key restarts the timer; one rendering follows the last
        assert preview.timer.isActive()
    assert preview.last_pdf != first
    assert window.workspace.pdf.page_count() > 0


def test_finish_hands_the_agreement_to_the_register(window, qtbot, tmp_path, monkeypatch):
    from types import SimpleNamespace

    target = tmp_path / "done.agreement.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    received = []
    window.register = SimpleNamespace(
        add_finished=lambda a, p: received.append((a, p)),
        access=SimpleNamespace(is_empty=lambda: True),
    )
    wizard = _open(window, step=Step.REVIEW)
    qtbot.waitUntil(wizard.currentPage().isComplete)
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert received and received[0][1] == target
    assert load_draft(target) == received[0][0]
    assert window.workspace is None
