"""The meetings page: a date that is not one says which field and why; past dates are noted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import Step, WizardSession


def _meetings(window, agreement):
    window._start_drafting(lambda: WizardSession(agreement, Step.MEETINGS))
    wizard = window.workspace.wizard
    assert wizard.current_step() is Step.MEETINGS
    return wizard, wizard.currentPage()


def test_an_impossible_day_names_the_field_and_the_reason(window, qtbot, keys):
    _wizard, page = _meetings(window, example_agreement())
    before = list(page.agreement.meetings.planned_dates)
    page.new_date.line.setFocus()
    keys.type("31.02.2027")
    keys.press(Qt.Key.Key_Return)
    assert page.entry_message.isVisible()
    assert page.entry_message.text() == (
        "Date to add: 31.02.2027 is not a date: February has 28 days in 2027."
    )
    assert page.new_date.line.accessibleDescription() == page.entry_message.text()
    assert page.agreement.meetings.planned_dates == before  # nothing added, nothing lost
    assert page.new_date.line.text() == "31.02.2027"


def test_a_month_that_does_not_exist(window, qtbot, keys):
    _wizard, page = _meetings(window, example_agreement())
    page.new_date.line.setFocus()
    keys.type("3.13.2027")
    page.add_button.click()
    assert page.entry_message.text().endswith("3.13.2027 is not a date: there is no month 13.")


def test_a_past_date_is_added_with_a_note_and_next_stays(window, qtbot, keys):
    agreement = example_agreement()
    agreement.term.start = None  # no term yet: nothing to be before
    wizard, page = _meetings(window, agreement)
    assert not page.notes.isVisible()
    past = date.today() - timedelta(days=30)
    page.new_date.line.setFocus()
    keys.type(past.strftime("%d.%m.%Y"))
    keys.press(Qt.Key.Key_Return)
    assert past in page.agreement.meetings.planned_dates
    assert page.notes.isVisible()
    assert "is already past" in page.notes.text()
    assert not page.entry_message.isVisible()
    qtbot.waitUntil(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled())


def test_a_date_before_the_term_is_an_error_at_the_list(window, qtbot, keys):
    agreement = example_agreement()
    start = agreement.term.start
    wizard, page = _meetings(window, agreement)
    page.new_date.line.setFocus()
    keys.type((start - timedelta(days=1)).strftime("%d.%m.%Y"))
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dates_message.isVisible())
    assert "before the agreement starts" in page.dates_message.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(
    ("language", "field", "words"),
    [
        ("fi", "Lisättävä päivä: ", ("päivämäärä", "helmikuu", "28", "2027")),
        ("sv", "Datum att lägga till: ", ("datum", "februari", "28", "2027")),
    ],
)
def test_the_reason_in_finnish_and_swedish(qapp, qtbot, monkeypatch, language, field, words):
    from agreement_studio.gui import dialogs
    from agreement_studio.gui.i18n import install_translators
    from agreement_studio.gui.main_window import MainWindow

    install_translators(qapp, language)
    try:
        monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
        main = MainWindow()
        qtbot.addWidget(main)
        main.show()
        _wizard, page = _meetings(main, example_agreement(language=language))
        page.new_date.line.setText("31.02.2027")
        page.add_date()
        text = page.entry_message.text()
        assert text.startswith(field + "31.02.2027 "), text
        assert all(word in text for word in words), text
        assert "February" not in text and "days" not in text
        main.close()
    finally:
        install_translators(qapp, "en")
