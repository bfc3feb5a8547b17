"""The rules of a finished draft, each reported at its field path."""

from __future__ import annotations

from datetime import date

import pytest

from agreement_studio.agreement import (
    CoordinatingGroup,
    Party,
    Signatory,
    example_agreement,
    problems,
)


@pytest.fixture
def agreement():
    return example_agreement(parties=4)


def paths(agreement, section=None):
    return {p.path: p for p in problems(agreement, section)}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("count", [2, 5, 30])
def test_examples_keep_every_rule(language, count):
    assert problems(example_agreement(parties=count, language=language)) == []


def test_at_least_two_parties(agreement):
    agreement.parties = agreement.parties[:1]
    agreement.commitments = agreement.commitments[:1]
    found = paths(agreement)
    assert "at least two parties" in found["parties"].message


def test_wrong_check_digit(agreement):
    good = agreement.parties[2].business_id
    agreement.parties[2].business_id = good[:-1] + str((int(good[-1]) + 1) % 10)
    found = paths(agreement, "parties")
    assert found["parties[2].business_id"].code == "business-id.check-digit"


def test_duplicate_business_id(agreement):
    agreement.parties[3].business_id = agreement.parties[1].business_id
    found = paths(agreement, "parties")
    problem = found["parties[3].business_id"]
    assert problem.code == "party.duplicate"
    assert "parties[1]" in problem.message


def test_coordinator_must_be_a_party(agreement):
    agreement.coordination.party = "0737546-2"
    found = paths(agreement)
    assert found["coordination.party"].code == "coordination.not-a-party"


def test_coordinating_group(agreement):
    keys = [p.key for p in agreement.parties]
    agreement.coordination = CoordinatingGroup(parties=keys[:2], duties=["plans the year"])
    assert problems(agreement, "coordination") == []
    agreement.coordination = CoordinatingGroup(parties=[keys[0]], duties=["x"])
    assert "coordination.parties" in paths(agreement, "coordination")
    agreement.coordination = CoordinatingGroup(parties=[keys[0], "0737546-2"], duties=["x"])
    assert paths(agreement, "coordination")["coordination.parties[1]"].code == (
        "coordination.not-a-party"
    )


def test_end_date_after_start(agreement):
    agreement.term.end = date(2026, 12, 31)
    found = paths(agreement)
    assert found["term.end"].code == "term.end-before-start"
    # and the planned meetings after the new end are reported too
    assert any(p.startswith("meetings.planned_dates[") for p in found)


def test_every_party_has_a_signatory(agreement):
    agreement.parties[1].signatories = []
    assert paths(agreement)["parties[1].signatories"].code == "signatory.missing"


def test_duplicate_signatory_in_one_party(agreement):
    agreement.parties[0].signatories.append(
        Signatory(name=agreement.parties[0].signatories[0].name, title="deputy")
    )
    assert paths(agreement)["parties[0].signatories[1].name"].code == "signatory.duplicate"


def test_meetings_inside_the_term(agreement):
    agreement.meetings.planned_dates = [date(2026, 12, 1), date(2027, 3, 1), date(2030, 1, 10)]
    found = paths(agreement, "meetings")
    assert found["meetings.planned_dates[0]"].code == "meeting.before-start"
    assert found["meetings.planned_dates[2]"].code == "meeting.after-end"
    assert "meetings.planned_dates[1]" not in found


def test_indefinite_term(agreement):
    agreement.term.indefinite = True
    assert paths(agreement, "term")["term.end"].code == "term.end-indefinite"
    agreement.term.end = None
    assert problems(agreement, "term") == []


def test_staff_time_needs_a_mandate(agreement):
    agreement.commitments[1].staff_mandate = ""
    assert paths(agreement)["commitments[1].staff_mandate"].code == "commitment.mandate"


def test_missing_commitment(agreement):
    agreement.commitments = agreement.commitments[:-1]
    assert paths(agreement)["parties[3]"].code == "commitment.missing"


def test_foreign_party(agreement):
    agreement.parties.append(
        Party(
            name="Vägledning Syd AB",
            country="se",
            foreign_id="5560001234",
            address="Storgatan 1, Malmö",
            signatories=[Signatory(name="Eva Berg", title="VD")],
            contact={"name": "Eva Berg"},
        )
    )
    agreement.commitments.append(
        agreement.commitments[1].model_copy(update={"party": "SE-5560001234"})
    )
    assert problems(agreement) == []
    assert agreement.parties[-1].key == "SE-5560001234"
    agreement.parties[-1].foreign_id = ""
    assert paths(agreement)["parties[4].foreign_id"].code == "required"


def test_an_empty_draft_lists_what_is_missing():
    from agreement_studio.agreement import Agreement

    found = paths(Agreement())
    for path in (
        "network.name",
        "parties",
        "coordination.party",
        "term.start",
        "clauses.disputes_court",
        "signing.place",
    ):
        assert path in found
