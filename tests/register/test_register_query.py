"""Listing, searching, filtering, sorting and paging; reminders and their iCalendar file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from agreement_studio.agreement import Term, example_agreement
from agreement_studio.errors import InputError
from agreement_studio.register import Query, Status, to_icalendar
from agreement_studio.register.reminders import escape_text, fold
from agreement_studio.register.schema import AgreementRecord

TODAY = dt.date(2027, 6, 1)


def _add(
    register,
    title: str,
    *,
    parties: int = 2,
    language: str = "fi",
    end: dt.date | None = dt.date(2029, 12, 31),
    notice: int = 6,
    review: dt.date | None = None,
    status: Status | None = None,
) -> str:
    draft = example_agreement(parties=parties, language=language)
    draft = draft.model_copy(
        update={
            "title": title,
            "term": Term(
                start=dt.date(2027, 1, 1),
                end=end,
                indefinite=end is None,
                notice_months=notice,
                review_date=review,
            ),
        }
    )
    document_id = register.add_draft(draft, prepare=False)
    if status is not None:  # as if signed: the status column is what listing reads
        with register.write() as session:
            session.execute(
                update(AgreementRecord)
                .where(AgreementRecord.document_id == document_id)
                .values(status=status.value)
            )
    return document_id


@pytest.fixture
def filled(register):
    ids = {
        "alpha": _add(
            register,
            "Alpha sopimus",
            parties=3,
            end=dt.date(2027, 7, 31),
            notice=1,
            status=Status.SIGNED,
        ),
        "beta": _add(
            register, "Beta avtal", language="sv", end=dt.date(2027, 3, 31), status=Status.SIGNED
        ),
        "gamma": _add(
            register,
            "Gamma agreement",
            parties=5,
            language="en",
            end=None,
            review=dt.date(2027, 6, 20),
        ),
        "delta": _add(
            register,
            "delta sopimus",
            parties=4,
            end=dt.date(2030, 6, 30),
            status=Status.PARTIALLY_SIGNED,
        ),
    }
    return register, ids


def _titles(page) -> list[str]:
    return [row.title for row in page.rows]


def test_text_search_looks_in_titles_networks_parties_and_business_ids(filled):
    register, ids = filled
    assert _titles(
        register.list(Query(text="SOPIMUS", sort="title", descending=False, today=TODAY))
    ) == ["Alpha sopimus", "delta sopimus"]
    assert _titles(register.list(Query(text="vägledningsnätverket"))) == ["Beta avtal"]
    # the fifth party only takes part in gamma; words must all match, in any field
    assert _titles(register.list(Query(text="wellamo-opisto"))) == ["Gamma agreement"]
    assert _titles(register.list(Query(text="hollolan opisto"))) == []
    heinola = register.list(Query(text="Heinolan kaupunki", sort="title", descending=False))
    assert _titles(heinola) == ["delta sopimus", "Gamma agreement"]
    business_id = register.details(ids["gamma"]).parties[4].business_id
    assert _titles(register.list(Query(text=business_id))) == ["Gamma agreement"]
    assert register.list(Query(text="p")).total == 4  # one letter: every Päijät-Häme text
    # a word matches the start of a word: Finnish endings need not be typed
    assert register.list(Query(text="heinola")).total == 2
    assert register.list(Query(text="einolan")).total == 0
    assert register.list(Query(text='50% "x"')).total == 0  # quotes and wildcards are text


def test_filters_by_status_and_dates(filled):
    register, _ = filled
    signed = register.list(Query(statuses=(Status.SIGNED,), today=TODAY))
    assert _titles(signed) == ["Alpha sopimus"]
    expired = register.list(Query(statuses=(Status.EXPIRED,), today=TODAY))
    assert _titles(expired) == ["Beta avtal"] and expired.rows[0].status is Status.EXPIRED
    both = register.list(Query(statuses=(Status.SIGNED, Status.EXPIRED), today=TODAY))
    assert both.total == 2
    assert (
        register.list(
            Query(statuses=(Status.SIGNED,), ends_before=dt.date(2027, 8, 1), today=TODAY)
        ).total
        == 1
    )
    assert register.list(Query(ends_before=dt.date(2028, 1, 1))).total == 2
    assert _titles(register.list(Query(review_before=dt.date(2027, 7, 1)))) == ["Gamma agreement"]
    notice = register.list(Query(notice_before=dt.date(2027, 7, 1), sort="title", descending=False))
    assert _titles(notice) == ["Alpha sopimus", "Beta avtal"]
    # next deadline: alpha's notice (2027-06-30) and gamma's review (2027-06-20) are ahead
    soon = register.list(
        Query(
            deadline_before=dt.date(2027, 7, 1), sort="next_deadline", descending=False, today=TODAY
        )
    )
    assert _titles(soon) == ["Gamma agreement", "Alpha sopimus"]
    assert [r.next_deadline for r in soon.rows] == [dt.date(2027, 6, 20), dt.date(2027, 6, 30)]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["Alpha sopimus", "Beta avtal", "delta sopimus", "Gamma agreement"]),
        ("parties", ["Beta avtal", "Alpha sopimus", "delta sopimus", "Gamma agreement"]),
        ("end", ["Gamma agreement", "Beta avtal", "Alpha sopimus", "delta sopimus"]),
        ("status", ["Gamma agreement", "delta sopimus", "Alpha sopimus", "Beta avtal"]),
        ("next_deadline", ["Beta avtal", "Gamma agreement", "Alpha sopimus", "delta sopimus"]),
        ("created", ["Alpha sopimus", "Beta avtal", "Gamma agreement", "delta sopimus"]),
    ],
)
def test_sorting_by_each_column(filled, sort, expected):
    register, _ = filled
    page = register.list(Query(sort=sort, descending=False, today=TODAY))
    if sort in ("end", "next_deadline"):  # NULLs first or last depends on the database
        none = [
            r.title
            for r in page.rows
            if getattr(r, "term_end" if sort == "end" else "next_deadline") is None
        ]
        rest = [t for t in _titles(page) if t not in none]
        assert rest == [t for t in expected if t not in none]
    else:
        assert _titles(page) == expected
        assert _titles(register.list(Query(sort=sort, today=TODAY))) == expected[::-1]


def test_paging_gives_every_row_once(filled):
    register, _ = filled
    pages = [
        register.list(Query(sort="title", descending=False, offset=o, limit=3)) for o in (0, 3)
    ]
    assert [p.total for p in pages] == [4, 4]
    assert _titles(pages[0]) + _titles(pages[1]) == _titles(
        register.list(Query(sort="title", descending=False))
    )
    assert [r.title for r in register.iter_rows(Query(sort="title", descending=False))] == _titles(
        register.list(Query(sort="title", descending=False))
    )
    assert register.count(Query(text="sopimus")) == 2
    with pytest.raises(InputError):
        register.list(Query(sort="colour"))
    with pytest.raises(InputError):
        register.list(Query(limit=0))


def test_rows_carry_status_text_and_force(filled):
    register, _ = filled
    [row] = register.list(Query(text="alpha", today=TODAY)).rows
    assert row.in_force and row.status_text == "signed" and row.party_count == 3
    assert row.notice_deadline == dt.date(2027, 6, 30)
    [delta] = register.list(Query(text="delta", today=TODAY)).rows
    assert not delta.in_force and delta.status_text == "partially signed (0 of 4)"


def test_reminders_within_days(filled):
    register, ids = filled
    found = register.reminders(60, today=TODAY)
    assert [(r.date, r.kind, r.title) for r in found] == [
        (dt.date(2027, 6, 20), "review", "Gamma agreement"),
        (dt.date(2027, 6, 30), "notice", "Alpha sopimus"),
        (dt.date(2027, 7, 31), "end", "Alpha sopimus"),
    ]
    assert found[0].days_left == 19 and found[1].summary == "Last day to give notice: Alpha sopimus"
    assert register.reminders(10, today=TODAY) == []
    register.terminate(ids["alpha"], on=TODAY, reason="merged")
    assert [r.title for r in register.reminders(60, today=TODAY)] == ["Gamma agreement"]


def test_icalendar_follows_rfc_5545(filled):
    register, _ = filled
    reminders = register.reminders(60, today=TODAY)
    text = to_icalendar(reminders, now=dt.datetime(2027, 6, 1, 8, 0, tzinfo=dt.UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")  # every line ends CRLF
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 3
    uids = [line for line in unfolded.split("\r\n") if line.startswith("UID:")]
    assert len(set(uids)) == 3
    assert "DTSTART;VALUE=DATE:20270620\r\nDTEND;VALUE=DATE:20270621" in unfolded
    assert "DTSTAMP:20270601T080000Z" in unfolded
    assert "SUMMARY:Last day to give notice: Alpha sopimus" in unfolded


def test_icalendar_folding_and_escaping():
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "ä" * 60
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line  # no character was split


def test_a_common_word_is_counted_only_so_far_past_the_page_and_pages_stay_right(
    register, monkeypatch
):
    from agreement_studio.register import query

    monkeypatch.setattr(query, "COUNT_BEYOND", 2)
    for n in range(9):
        _add(register, f"Yhteinen {n:02d}", status=Status.SIGNED if n % 3 else None)
    everything = _titles(register.list(Query(text="yhteinen", sort="title", descending=False)))
    assert everything == [f"Yhteinen {n:02d}" for n in range(9)]
    pages = [
        register.list(Query(text="yhteinen", sort="title", descending=False, offset=o, limit=3))
        for o in (0, 3, 6)
    ]
    assert [t for p in pages for t in _titles(p)] == everything
    # counted to 3 + 2 past the first page, 2 past the second, then to the end
    assert [(p.total, p.exact) for p in pages] == [(5, False), (8, False), (9, True)]
    assert register.count(Query(text="yhteinen")) == 9  # count() is always exact
    # with another filter both databases stop counting 2 past the page
    signed = Query(text="yhteinen", statuses=(Status.SIGNED,), sort="title", limit=3)
    first = register.list(signed)
    assert (first.total, first.exact, len(first.rows)) == (5, False, 3)
    assert register.count(signed) == 6  # count() is always exact
    last = register.list(Query(**{**signed.__dict__, "offset": 3}))
    assert (last.total, last.exact, len(last.rows)) == (6, True, 3)


def test_a_word_outside_the_first_rows_is_found_through_the_index(register, monkeypatch):
    from agreement_studio.register import query

    monkeypatch.setattr(query, "WINDOWS", (1,))  # PostgreSQL looks at the first limit rows only
    for n in range(6):
        _add(register, f"Tavallinen {n}")
    rare = _add(register, "Harvinainen sopimus")
    for n in range(6):
        _add(register, f"Tavallinen {n + 6}")
    page = register.list(Query(text="harvinai", sort="updated", limit=2))
    assert [r.document_id for r in page.rows] == [rare]
    assert (page.total, page.exact) == (1, True)
