"""The window's messages for broken rules and errors are the core's sentences, in its language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from agreement_studio.agreement import example_agreement
from agreement_studio.agreement.rules import at_field, problems
from agreement_studio.drafting.wizard import Step, WizardSession
from agreement_studio.errors import ImportRejected, UnknownAgreement, ValidationFailed, headline
from agreement_studio.gui import messages
from agreement_studio.i18n import render, speaking, translatable


def _broken():
    agreement = example_agreement()
    agreement.network.region = ""
    agreement.parties[1].business_id = "2071234-8"
    agreement.meetings.planned_dates = [dt.date(2001, 1, 1)]
    return problems(agreement)


def test_the_window_keeps_no_table_of_its_own_for_the_cores_sentences():
    assert not hasattr(messages, "_PROBLEMS")
    assert not hasattr(messages, "_ERRORS")
    assert not hasattr(messages, "_REQUIRED")


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_problem_beside_its_field_is_the_cores_sentence(language):
    found = _broken()
    assert len(found) >= 3
    with speaking(language):
        for problem in found:
            core = render(at_field(problem))
            shown = messages.problem_text(problem)
            assert shown.rstrip(".").lower() == core.rstrip(".").lower(), (shown, core)
            assert shown.endswith(".") and not shown[:1].islower()
    region = next(p for p in found if p.path == "network.region")
    with speaking("fi"):
        assert messages.problem_text(region) == "Tämä tieto tarvitaan."
    check_digit = next(p for p in found if p.code == "business-id.check-digit")
    with speaking("sv"):
        assert "fel kontrollsiffra" in messages.problem_text(check_digit)


def test_error_messages_are_the_cores_headline_and_detail_in_the_language():
    # the register's own sentence, as records.find_agreement raises it
    register_words = translatable("agreement_studio.register.records")
    unknown = UnknownAgreement(
        register_words(
            "no agreement with document ID {document_id} is in the register", document_id="1234"
        )
    )
    with speaking("fi"):
        text = messages.error_message(unknown)
    assert text.splitlines() == [
        "Rekisterissä ei ole tällaista sopimusta.",
        "rekisterissä ei ole sopimusta, jonka asiakirjatunnus on 1234",
    ]
    rejected = ImportRejected("copy.pdf", "x")
    with speaking("sv"):
        assert messages.error_message(rejected).startswith(
            "PDF-filen godtogs inte.\ncopy.pdf: avvisad:"
        )
        invalid = messages.error_message(ValidationFailed(_broken()))
    assert invalid.splitlines()[0] == render(headline(ValidationFailed([])), "sv")
    assert "Den här uppgiften behövs." in invalid
    with speaking("fi"):
        crash = messages.error_message(ZeroDivisionError("x"))
    assert crash.startswith("Tapahtui odottamaton virhe (ZeroDivisionError).")


def test_the_wizard_shows_a_broken_rule_in_finnish(qapp, window, qtbot):
    from agreement_studio.gui.i18n import install_translators

    install_translators(qapp, "fi")
    try:
        session = WizardSession(example_agreement(), Step.NETWORK)
        window._start_drafting(lambda: session)
        page = window.workspace.wizard.currentPage()
        field = page.binder.fields[0].widget
        message = page.binder.fields[0].message
        field.setFocus()
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: message.text() == "Tämä tieto tarvitaan.")
    finally:
        install_translators(qapp, "en")
