"""Meeting dates: a typed date that is not one says why; past dates are noted, not refused."""

from __future__ import annotations

from datetime import date

import pytest

from agreement_studio.agreement import (
    date_text_problem,
    example_agreement,
    meeting_notes,
    problems,
)


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("31.02.2027", "date.day", "31.02.2027 is not a date: February has 28 days in 2027"),
        ("30.2.2028", "date.day", "30.2.2028 is not a date: February has 29 days in 2028"),
        ("31/04/2027", "date.day", "31/04/2027 is not a date: April has 30 days in 2027"),
        ("2027-02-30", "date.day", "2027-02-30 is not a date: February has 28 days in 2027"),
        ("0.1.2027", "date.day", "0.1.2027 is not a date: January has 31 days in 2027"),
        ("12.13.2027", "date.month", "12.13.2027 is not a date: there is no month 13"),
        ("1.1.27", "date.year", "1.1.27 is not a date: write the year in full, like 2027"),
        ("next Tuesday", "date.format", "next Tuesday is not a date: write it like 31.12.2027"),
    ],
)
def test_a_typed_date_that_is_no_date_says_why(text, code, message):
    problem = date_text_problem(text, "meetings.new_date")
    assert problem is not None
    assert (problem.path, problem.code, problem.message) == ("meetings.new_date", code, message)
    assert problem.params["value"] == text


@pytest.mark.parametrize("text", ["29.2.2028", "31.12.2027", "2027-12-31", "1/1/2030", "", "  "])
def test_real_dates_and_nothing_are_no_problem(text):
    assert date_text_problem(text, "x") is None


def test_the_day_problem_names_its_parts_for_a_translation():
    problem = date_text_problem("31.02.2027", "x")
    assert problem is not None
    assert {k: problem.params[k] for k in ("day", "month", "year", "days")} == {
        "day": 31,
        "month": 2,
        "year": 2027,
        "days": 28,
    }


def test_past_meetings_are_noted_not_refused():
    agreement = example_agreement()
    agreement.term.start = date(2027, 1, 1)
    agreement.meetings.planned_dates = [date(2027, 2, 10), date(2027, 5, 12), date(2027, 9, 15)]
    notes = meeting_notes(agreement, today=date(2027, 6, 1))
    assert [(n.path, n.code) for n in notes] == [
        ("meetings.planned_dates[0]", "meeting.past"),
        ("meetings.planned_dates[1]", "meeting.past"),
    ]
    assert notes[0].params == {"date": "2027-02-10"}
    assert problems(agreement, "meetings") == []  # a renewal may record meetings already held
    assert meeting_notes(agreement, today=date(2027, 1, 1)) == []


def test_a_meeting_before_the_term_is_an_error_not_a_note():
    agreement = example_agreement()
    agreement.term.start = date(2027, 1, 1)
    agreement.meetings.planned_dates = [date(2026, 11, 1), date(2027, 3, 1)]
    found = {p.path: p.code for p in problems(agreement, "meetings")}
    assert found == {"meetings.planned_dates[0]": "meeting.before-start"}
    notes = meeting_notes(agreement, today=date(2027, 6, 1))
    assert [n.path for n in notes] == ["meetings.planned_dates[1]"]


def test_without_a_start_every_past_date_is_noted():
    agreement = example_agreement()
    agreement.term.start = None
    agreement.meetings.planned_dates = [date(2020, 5, 4)]
    assert [n.code for n in meeting_notes(agreement, today=date(2026, 1, 1))] == ["meeting.past"]
