"""Whatever a draft holds, composing it gives a document showing every party (or TemplateError)."""

from __future__ import annotations

import re
import typing
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from template_helpers import table_rows, visible_text

from agreement_studio.agreement import (
    Agreement,
    Clauses,
    Commitment,
    CoordinatingGroup,
    DataProtection,
    MeetingFrequency,
    Meetings,
    Network,
    OrganisationType,
    Party,
    Person,
    Signatory,
    SingleCoordinator,
    Term,
)
from agreement_studio.drafting import compose
from agreement_studio.errors import TemplateError

# Any text a person could type or paste, Markdown and control characters included.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
markdownish = st.text(alphabet="#*_|`[]()<>!&;\\-+=~.:1 \n\tab", max_size=30)
any_text = st.one_of(text, markdownish)
dates = st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2100, 1, 1)))
small = st.integers(0, 5000)


def _choice(model, field):
    return st.sampled_from(typing.get_args(model.model_fields[field].annotation))


@st.composite
def parties(draw):
    count = draw(st.integers(1, 5))
    result = []
    for i in range(count):
        finnish = draw(st.booleans())
        result.append(
            Party(
                name=draw(any_text),
                business_id=draw(any_text) if finnish else "",
                country="FI" if finnish else draw(st.sampled_from(["SE", "EE", "X1", ""])),
                foreign_id="" if finnish else draw(any_text) or f"id{i}",
                address=draw(any_text),
                organisation_type=draw(st.sampled_from(list(OrganisationType))),
                signatories=[Signatory(name=draw(any_text), title=draw(any_text))],
                contact=Person(name=draw(any_text), email=draw(any_text)),
            )
        )
    return result


@st.composite
def agreements(draw):
    members = draw(parties())
    keys = [p.key for p in members] + ["not-a-party"]
    key = st.sampled_from(keys)
    if draw(st.booleans()):
        coordination = SingleCoordinator(
            party=draw(key),
            duties=draw(st.lists(any_text, max_size=3)),
            coordinator=Person(name=draw(any_text), title=draw(any_text)),
        )
    else:
        coordination = CoordinatingGroup(
            parties=draw(st.lists(key, max_size=4)),
            chair=draw(st.one_of(st.just(""), key)),
            duties=draw(st.lists(any_text, max_size=3)),
        )
    commitments = [
        Commitment(
            party=draw(key),
            staff_hours_per_year=draw(small),
            money_eur_per_year=draw(st.integers(0, 100_000_000)),
            staff_mandate=draw(any_text),
            premises=draw(any_text),
            other=draw(any_text),
        )
        for _ in range(draw(st.integers(0, len(members) + 1)))
    ]
    return Agreement(
        template_id=draw(st.sampled_from(["network-continuation", "letter-of-intent"])),
        language=draw(st.sampled_from(["fi", "sv", "en"])),
        title=draw(any_text),
        network=Network(
            name=draw(any_text),
            region=draw(any_text),
            purpose=draw(any_text),
            services=draw(st.lists(any_text, max_size=3)),
            goals=draw(st.lists(any_text, max_size=3)),
        ),
        parties=members,
        coordination=coordination,
        meetings=Meetings(
            frequency=draw(st.sampled_from(list(MeetingFrequency))),
            planned_dates=draw(st.lists(st.dates(), max_size=4)),
            fixed_months_ahead=draw(st.integers(0, 36)),
            convened_by=draw(_choice(Meetings, "convened_by")),
            format=draw(_choice(Meetings, "format")),
        ),
        commitments=commitments,
        competence_development=draw(any_text),
        term=Term(
            start=draw(dates),
            end=draw(dates),
            indefinite=draw(st.booleans()),
            notice_months=draw(st.integers(0, 36)),
            review_date=draw(dates),
        ),
        clauses=Clauses(
            new_parties_by=draw(_choice(Clauses, "new_parties_by")),
            decisions_by=draw(_choice(Clauses, "decisions_by")),
            data_protection=DataProtection(
                personal_data=draw(st.booleans()),
                roles=draw(_choice(DataProtection, "roles")),
                contact=draw(any_text),
            ),
            communications=draw(any_text),
            materials_licence=draw(_choice(Clauses, "materials_licence")),
            breach_remedy_days=draw(st.integers(1, 365)),
            disputes_court=draw(any_text),
        ),
        optional_clauses=draw(
            st.dictionaries(
                st.sampled_from(
                    [
                        "data_protection",
                        "confidentiality",
                        "communications",
                        "competence_development",
                        "intended_commitments",
                        "planned_meetings",
                        "unknown",
                    ]
                ),
                st.booleans(),
            )
        ),
        annexes=draw(st.lists(any_text, max_size=3)),
    )


def _seen(value: str) -> str:
    """What a reader sees of ``value``: control characters and runs of spaces as one space."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", value).split())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agreements())
def test_any_draft_composes_and_shows_every_party(agreement):
    try:
        composed = compose(agreement)
    except TemplateError as error:  # allowed by the contract, but the built-ins never need it
        raise AssertionError(f"a built-in template failed: {error}") from error
    seen = visible_text(composed.markdown)
    rows = table_rows(composed.markdown)
    assert len(rows) == len(agreement.parties)
    for party, row in zip(agreement.parties, rows, strict=True):
        assert len(row) == 4
        name = _seen(party.name)
        if name:
            assert name in seen
            assert _seen(row[0]) == name
