"""A draft's broken rules, read in Finnish and Swedish: the core's sentences, one catalog."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from agreement_studio.agreement import example_agreement
from agreement_studio.agreement.meeting_dates import date_text_problem, meeting_notes
from agreement_studio.agreement.rules import at_field, problems
from agreement_studio.errors import Problem, ValidationFailed, headline
from agreement_studio.i18n import Text, render

# Words that give an English sentence away (names, codes and paths are not among them).
ENGLISH = re.compile(
    r"\b(the|is|are|not|needed|must|after|before|twice|given|of|a|an|has|have|for)\b"
)


def _broken() -> list[Problem]:
    agreement = example_agreement()
    agreement.network.name = ""
    agreement.parties[1].business_id = "2071234-8"
    agreement.parties[0].signatories[0].email = "nobody"
    agreement.meetings.planned_dates = [dt.date(2001, 1, 1), dt.date(2001, 1, 1)]
    agreement.term.review_date = dt.date(1999, 1, 1)
    agreement.clauses.disputes_court = ""
    return problems(agreement)


def test_every_broken_rule_is_a_translatable_sentence():
    found = _broken()
    assert len(found) >= 6
    for problem in found:
        assert isinstance(problem.message, Text), problem
        assert problem.message.domain == "agreement"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_broken_rules_read_in_the_language_without_english(language):
    for problem in _broken():
        english = str(problem.message)
        text = render(problem.message, language)
        assert text != english, (language, english)
        assert not ENGLISH.search(text), (language, text)
        line = render(problem.text(), language)
        assert line.startswith(f"{problem.path}: ") and line.endswith(text)


def test_dates_in_sentences_are_written_as_the_reader_writes_them():
    meeting = next(p for p in _broken() if p.code == "meeting.before-start")
    assert "2001-01-01" in meeting.message
    assert "1.1.2001" in render(meeting.message, "fi")
    assert "den 1.1.2001" in render(meeting.message, "sv")


def test_a_wrong_check_digit_in_finnish_and_swedish():
    problem = next(p for p in _broken() if p.code == "business-id.check-digit")
    assert "wrong check digit" in problem.message
    assert "tarkistusmerkki on väärä" in render(problem.message, "fi")
    assert "fel kontrollsiffra" in render(problem.message, "sv")


def test_an_empty_field_says_this_is_needed_beside_it():
    problem = next(p for p in _broken() if p.path == "network.name")
    assert problem.message == "the network's name is needed"
    assert render(problem.message, "fi") == "verkoston nimi puuttuu"
    assert render(at_field(problem), "en") == "This is needed."
    assert render(at_field(problem), "sv") == "Den här uppgiften behövs."
    email = next(p for p in _broken() if p.code == "email")
    assert at_field(email) is email.message


def test_meeting_dates_that_are_no_dates_in_finnish_and_swedish():
    problem = date_text_problem("31.02.2027", "meetings.planned_dates")
    assert problem is not None
    assert problem.message == "31.02.2027 is not a date: February has 28 days in 2027"
    assert (
        render(problem.message, "fi")
        == "31.02.2027 ei ole päivämäärä: vuonna 2027 helmikuussa on 28 päivää"
    )
    assert (
        render(problem.message, "sv") == "31.02.2027 är inget datum: februari har 28 dagar år 2027"
    )
    agreement = example_agreement()
    agreement.term.start = dt.date(2000, 1, 1)
    agreement.meetings.planned_dates = [dt.date(2001, 3, 5)]
    (note,) = meeting_notes(agreement, today=dt.date(2020, 1, 1))
    assert render(note.message, "fi") == "kokous 5.3.2001 on jo mennyt"


def test_a_failed_validation_keeps_its_sentences_translatable():
    error = ValidationFailed(_broken(), "draft.json")
    english = str(error)
    assert english.startswith("draft.json: the draft is not valid: network.name: ")
    assert "more)" in english
    finnish = render(error, "fi")
    assert finnish.startswith(
        "draft.json: luonnos ei ole kelvollinen: network.name: verkoston nimi"
    )
    assert "(ja vielä" in finnish
    assert render(headline(error), "sv") == "Utkastet är inte färdigt ännu."


def test_a_value_the_draft_cannot_hold_is_named_in_finnish_and_swedish():
    import json

    from agreement_studio.agreement import parse_draft

    data = example_agreement().model_dump(mode="json")
    data["term"]["start"] = "2027-02-31"
    data["term"]["notice_months"] = "six"
    data["surplus"] = 1
    with pytest.raises(ValidationFailed) as caught:
        parse_draft(json.dumps(data))
    found = {p.path: p for p in caught.value.problems}
    start = found["term.start"]
    assert start.message.startswith("Input should be a valid date")  # pydantic's English
    assert render(start.message, "fi") == (
        "Arvon on oltava kelvollinen päivämäärä: kuukaudessa ei ole sellaista päivää"
    )
    assert render(found["term.notice_months"].message, "sv").startswith(
        "Värdet måste vara ett heltal"
    )
    assert render(found["surplus"].message, "fi").startswith("ei ole luonnoksen kenttä")
