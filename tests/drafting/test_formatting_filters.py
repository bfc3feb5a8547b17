"""The formatting helpers behind the template filters: dates, money, words, Markdown escaping."""

from __future__ import annotations

import typing
from datetime import date

import pytest
from template_helpers import table_rows, tokens, visible_text

from agreement_studio.agreement import (
    Clauses,
    DataProtection,
    MeetingFrequency,
    Meetings,
    OrganisationType,
)
from agreement_studio.drafting import (
    MISSING,
    escape_markdown,
    format_count,
    format_date,
    format_money,
    format_number,
    join_words,
    word,
)
from agreement_studio.drafting.formatting import NBSP, WORDS


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "1.1.2027"),
        ("sv", "1.1.2027"),
        ("en", "1 January 2027"),
    ],
)
def test_dates_per_language(language, expected):
    assert format_date(date(2027, 1, 1), language) == expected


def test_dates_of_every_month_in_english_and_missing_dates():
    assert format_date(date(2028, 12, 31), "en") == "31 December 2028"
    assert format_date(date(2027, 2, 10), "fi") == "10.2.2027"
    assert format_date("2027-06-30", "sv") == "30.6.2027"
    assert format_date(None, "fi") == MISSING


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("fi", 5000, f"5{NBSP}000{NBSP}€"),
        ("sv", 5000, f"5{NBSP}000{NBSP}€"),
        ("en", 5000, "€5,000"),
        ("fi", 0, f"0{NBSP}€"),
        ("en", 1_234_567, "€1,234,567"),
        ("sv", 999, f"999{NBSP}€"),
    ],
)
def test_money_per_language(language, value, expected):
    assert format_money(value, language) == expected


def test_numbers_and_counts():
    assert format_number(1600, "fi") == f"1{NBSP}600"
    assert format_number(1600, "en") == "1,600"
    assert format_count(6, "months", "fi") == "6 kuukautta"
    assert format_count(1, "months", "fi") == "1 kuukausi"
    assert format_count(6, "months", "sv") == "6 månader"
    assert format_count(1, "days", "sv") == "1 dag"
    assert format_count(30, "days", "en") == "30 days"
    assert format_count(1, "hours", "en") == "1 hour"


def test_lists_joined_per_language():
    assert join_words(["A", "B", "C"], "fi") == "A, B ja C"
    assert join_words(["A", "B"], "sv") == "A och B"
    assert join_words(["A", "B", "C"], "en") == "A, B and C"
    assert join_words(["A"], "en") == "A"
    assert join_words([], "en") == MISSING


def _literal_values(model, field):
    return typing.get_args(model.model_fields[field].annotation)


ENUMS = {
    "organisation_type": [t.value for t in OrganisationType],
    "frequency": [f.value for f in MeetingFrequency],
    "meeting_format": _literal_values(Meetings, "format"),
    "convener": _literal_values(Meetings, "convened_by"),
    "gdpr_roles": _literal_values(DataProtection, "roles"),
    "licence": _literal_values(Clauses, "materials_licence"),
    "decision": (
        *_literal_values(Clauses, "decisions_by"),
        *_literal_values(Clauses, "new_parties_by"),
    ),
}


@pytest.mark.parametrize("kind", sorted(ENUMS))
def test_every_choice_of_the_model_has_words_in_every_language(kind):
    for value in ENUMS[kind]:
        wording = {language: word(value, kind, language) for language in ("fi", "sv", "en")}
        assert all(wording.values()), (kind, value)
    assert set(WORDS[kind]) >= set(ENUMS[kind])


def test_enum_words_differ_per_language_and_accept_enum_members():
    assert word(MeetingFrequency.QUARTERLY, "frequency", "fi") == "neljännesvuosittain"
    assert word("quarterly", "frequency", "sv") == "en gång i kvartalet"
    assert word("joint-controllers", "gdpr_roles", "en") == "joint controllers"
    assert word(OrganisationType.MUNICIPALITY, "organisation_type", "sv") == "kommun"
    with pytest.raises(ValueError, match="fortnightly"):
        word("fortnightly", "frequency", "en")


@pytest.mark.parametrize(
    "text",
    [
        "# Not a heading",
        "## Nor this {-}",
        "- not a list",
        "+ nor this",
        "1. not numbered",
        "3) nor this",
        "> not a quote",
        "**not bold**",
        "*not italic*",
        "_not italic_",
        "`not code`",
        "[not](a link)",
        "![not](an image)",
        "<b>not html</b>",
        "a ~~strike~~",
        "===",
        "---",
        "back\\slash\\",
        "AT&T &amp; &#35;",
        "ends with a backslash \\",
    ],
)
def test_escaped_text_reads_back_as_itself(text):
    escaped = escape_markdown(text)
    blocks = [t.type for t in tokens(escaped)]
    assert blocks == ["paragraph_open", "inline", "paragraph_close"], (text, escaped, blocks)
    inline = tokens(escaped)[1]
    assert [c.type for c in inline.children] == ["text"] * len(inline.children)
    assert visible_text(escaped) == text


def test_escaped_text_cannot_break_a_table_or_a_list_item():
    hostile = "A | B | C\n\n## Injected\n- item"
    row = f"| {escape_markdown(hostile)} | x |"
    markdown = f"| h1 | h2 |\n| --- | --- |\n{row}\n"
    assert table_rows(markdown) == [["A | B | C ## Injected - item", "x"]]
    item = f"- {escape_markdown('# title')}\n"
    assert [t.type for t in tokens(item) if t.type.startswith("heading")] == []


def test_blank_text_shows_a_placeholder_and_controls_are_dropped():
    assert escape_markdown("") == MISSING
    assert escape_markdown(None) == MISSING
    assert escape_markdown("   \n ", empty="–") == "–"
    assert escape_markdown("a\x00b\x1bc") == "a b c"
    assert escape_markdown("one\n\ntwo") == "one two"
