"""Meeting dates: why a typed date is not one, and which planned dates deserve a second look.

The rules a draft must keep about its meetings (inside the term, no repeats) are in
:mod:`agreement_studio.agreement.rules`; here are the two things that are not broken rules:
text typed into a date field that is no date (the field cannot hold it, so the window asks for
the reason in words), and planned dates already past (allowed, but said).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from agreement_studio.agreement.model import Agreement
from agreement_studio.errors import Problem
from agreement_studio.i18n import translatable

_ = translatable(__name__)

__all__ = ["date_text_problem", "meeting_notes"]

_MONTHS = (
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
)
_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d+)\.?")
_YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def date_text_problem(text: str, path: str) -> Problem | None:
    """Why the typed ``text`` is not a date, said about the field at ``path``; None when it is.

    Dates are written day first (31.12.2027, 31/12/2027) or as ISO (2027-12-31); an empty
    text is no date and no problem either. The problem names what is wrong: a month that
    does not exist, a day the month does not have ("February has 28 days in 2027"), a year
    not written in full, or text that is not a date at all. ``params`` carry ``value`` (the
    text), and ``day``, ``month`` and ``year`` where they could be read.
    """
    value = text.strip()
    if not value:
        return None
    day_first = _DAY_FIRST.fullmatch(value)
    year_first = _YEAR_FIRST.fullmatch(value)
    if day_first:
        day, month, year = (int(part) for part in day_first.groups())
        year_digits = len(day_first.group(3))
    elif year_first:
        year, month, day = (int(part) for part in year_first.groups())
        year_digits = 4
    else:
        return Problem(
            path,
            _("{value} is not a date: write it like 31.12.2027", value=value),
            "date.format",
            {"value": value},
        )
    params: dict[str, object] = {"value": value, "day": day, "month": month, "year": year}
    if year_digits != 4 or year < 1900:
        return Problem(
            path,
            _("{value} is not a date: write the year in full, like 2027", value=value),
            "date.year",
            params,
        )
    if not 1 <= month <= 12:
        return Problem(
            path,
            _("{value} is not a date: there is no month {month}", value=value, month=month),
            "date.month",
            params,
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        params["days"] = days
        return Problem(
            path,
            _(
                "{value} is not a date: {month} has {days} days in {year}",
                value=value,
                month=_MONTHS[month - 1],
                days=days,
                year=year,
            ),
            "date.day",
            params,
        )
    return None


def meeting_notes(agreement: Agreement, today: date | None = None) -> list[Problem]:
    """What deserves a second look in the planned meetings but does not stop the draft.

    A planned date already past is allowed: a renewal drafted after its term began may
    record the meetings already held. But a plan is mostly of meetings to come, so the
    window says so. Dates before the term starts are not notes but problems
    (:func:`check_meetings`): the agreement cannot plan meetings for before it exists.
    """
    today = today or date.today()
    start = agreement.term.start
    return [
        Problem(
            f"meetings.planned_dates[{i}]",
            _("the meeting on {day} is already past", day=day),
            "meeting.past",
            {"date": str(day)},
        )
        for i, day in enumerate(agreement.meetings.planned_dates)
        if day < today and not (start and day < start)
    ]
