"""The wizard's flow, per-step rules, helpers and save/resume, without Qt."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from agreement_studio.agreement import (
    SECTIONS,
    Agreement,
    CoordinatingGroup,
    Party,
    SingleCoordinator,
    example_agreement,
    load_draft,
)
from agreement_studio.drafting.wizard import (
    STEP_SECTIONS,
    STEPS,
    Step,
    WizardSession,
    add_party,
    can_advance,
    first_incomplete_step,
    lines,
    move_party,
    next_step,
    note_path,
    previous_step,
    problems_by_step,
    rekey_party,
    remove_party,
    resume_draft,
    save_progress,
    set_coordination_kind,
    step_problems,
    sync_commitments,
)
from agreement_studio.errors import DraftError, ValidationFailed


def test_steps_are_in_the_wizard_order_and_cover_every_section():
    assert [s.value for s in STEPS] == [
        "template",
        "network",
        "parties",
        "coordination",
        "meetings",
        "commitments",
        "term",
        "review",
    ]
    covered = [sec for step in STEPS[:-1] for sec in STEP_SECTIONS[step]]
    assert sorted(covered) == sorted(SECTIONS)
    assert STEP_SECTIONS[Step.REVIEW] == tuple(SECTIONS)


def test_next_and_previous():
    assert next_step(Step.TEMPLATE) is Step.NETWORK
    assert next_step(Step.TERM) is Step.REVIEW
    assert next_step(Step.REVIEW) is None
    assert previous_step(Step.TEMPLATE) is None
    assert previous_step(Step.REVIEW) is Step.TERM


def test_empty_draft_can_leave_the_template_step_but_not_the_network_step():
    agreement = Agreement()
    assert can_advance(agreement, Step.TEMPLATE)
    found = step_problems(agreement, Step.NETWORK)
    assert {p.path for p in found} == {"network.name", "network.region", "network.purpose"}
    assert not can_advance(agreement, Step.NETWORK)
    assert first_incomplete_step(agreement) is Step.NETWORK


def test_a_step_reports_only_its_own_sections():
    agreement = Agreement()
    agreement.network.name = "Verkosto"
    paths = {p.path for p in step_problems(agreement, Step.PARTIES)}
    assert paths == {"parties"}
    term_paths = {p.path for p in step_problems(agreement, Step.TERM)}
    assert "term.start" in term_paths and "signing.place" in term_paths


def test_complete_example_is_valid_at_every_step():
    agreement = example_agreement()
    assert all(can_advance(agreement, step) for step in STEPS)
    assert first_incomplete_step(agreement) is Step.REVIEW
    assert problems_by_step(agreement) == []


def test_problems_by_step_names_the_step_that_fixes_each_problem():
    agreement = example_agreement()
    agreement.parties[1].business_id = "1234567-8"
    agreement.term.start = None
    found = problems_by_step(agreement)
    steps = [step for step, _ in found]
    assert Step.PARTIES in steps and Step.TERM in steps
    assert steps == sorted(steps, key=STEPS.index)
    party_problem = next(p for s, p in found if s is Step.PARTIES)
    assert party_problem.path == "parties[1].business_id"
    assert party_problem.code == "business-id.check-digit"


def test_lines_drops_blank_lines_and_spaces():
    assert lines("  one\n\n two \n\t\n") == ["one", "two"]


def test_sync_commitments_follows_the_parties():
    agreement = example_agreement(parties=3)
    first, second, third = (p.key for p in agreement.parties)
    agreement.commitments[1].premises = "room"
    remove_party(agreement, 0)
    add_party(agreement, Party(name="Uusi", business_id="0000000-0"))
    sync_commitments(agreement)
    assert [c.party for c in agreement.commitments] == [second, third, "0000000-0"]
    assert agreement.commitments[0].premises == "room"
    assert agreement.commitments[2].staff_hours_per_year == 0
    assert first not in {c.party for c in agreement.commitments}


def test_removing_the_coordinating_party_clears_the_coordination():
    agreement = example_agreement(parties=3)
    assert isinstance(agreement.coordination, SingleCoordinator)
    remove_party(agreement, 0)
    assert agreement.coordination.party == ""
    assert not can_advance(agreement, Step.COORDINATION)


def test_move_party_reorders_the_commitments_too():
    agreement = example_agreement(parties=3)
    keys = [p.key for p in agreement.parties]
    move_party(agreement, 2, 0)
    assert [p.key for p in agreement.parties] == [keys[2], keys[0], keys[1]]
    assert [c.party for c in agreement.commitments] == [keys[2], keys[0], keys[1]]


def test_rekey_party_moves_every_reference():
    agreement = example_agreement(parties=3)
    old = agreement.parties[0].key
    agreement.parties[0].business_id = "0000000-0"
    rekey_party(agreement, old, "0000000-0")
    assert agreement.commitments[0].party == "0000000-0"
    assert agreement.coordination.party == "0000000-0"
    assert can_advance(agreement, Step.REVIEW)


def test_rekey_party_leaves_references_of_a_party_that_still_has_the_key():
    agreement = example_agreement(parties=3)
    key = agreement.parties[0].key
    agreement.parties[1].business_id = key  # a duplicate typed by mistake
    rekey_party(agreement, agreement.parties[1].key, "x")  # no-op: key is still party 0's
    assert agreement.commitments[0].party == key


def test_switching_between_coordinator_and_group_keeps_what_carries_over():
    agreement = example_agreement(parties=3)
    lead = agreement.coordination.party
    duties = list(agreement.coordination.duties)
    set_coordination_kind(agreement, "group")
    group = agreement.coordination
    assert isinstance(group, CoordinatingGroup)
    assert group.parties == [lead] and group.chair == lead and group.duties == duties
    assert not can_advance(agreement, Step.COORDINATION)  # one member is too few
    group.parties.append(agreement.parties[1].key)
    assert can_advance(agreement, Step.COORDINATION)
    agreement.meetings.convened_by = "group"
    set_coordination_kind(agreement, "coordinator")
    assert agreement.coordination.party == lead
    assert agreement.meetings.convened_by == "coordinator"
    with pytest.raises(ValueError):
        set_coordination_kind(agreement, "committee")


def test_note_path_sits_beside_the_draft(tmp_path):
    assert note_path(tmp_path / "a.agreement.json") == tmp_path / "a.wizard"
    assert note_path(tmp_path / "b.json") == tmp_path / "b.json.wizard"


def test_save_and_resume_at_the_noted_step(tmp_path):
    agreement = example_agreement()
    path = save_progress(agreement, tmp_path / "x.agreement.json", Step.MEETINGS)
    assert json.loads(note_path(path).read_text()) == {"step": "meetings"}
    loaded, step = resume_draft(path)
    assert step is Step.MEETINGS
    assert loaded == load_draft(path)


def test_resume_without_a_note_goes_to_the_first_incomplete_step(tmp_path):
    agreement = example_agreement()
    agreement.meetings.planned_dates = [date(2020, 1, 1)]  # before the start
    path = save_progress(agreement, tmp_path / "y.agreement.json", Step.REVIEW)
    note_path(path).unlink()
    assert resume_draft(path)[1] is Step.MEETINGS


def test_a_stale_note_cannot_skip_an_incomplete_step(tmp_path):
    agreement = Agreement()
    path = save_progress(agreement, tmp_path / "z.agreement.json", Step.TERM)
    assert resume_draft(path)[1] is Step.NETWORK
    note_path(path).write_text("not json")
    assert resume_draft(path)[1] is Step.NETWORK


def test_resume_reports_a_broken_draft(tmp_path):
    path = tmp_path / "broken.agreement.json"
    path.write_text("{ nope")
    with pytest.raises(DraftError, match="not a draft file"):
        resume_draft(path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_note_that_cannot_be_written_does_not_fail_the_save(tmp_path):
    path = tmp_path / "n.agreement.json"
    note_path(path).mkdir()  # a folder where the note should go
    save_progress(example_agreement(), path, Step.TERM)
    assert load_draft(path).network.name


def test_session_walks_forward_only_over_complete_steps(tmp_path):
    session = WizardSession()
    assert session.step is Step.TEMPLATE and not session.is_modified()
    session.advance()
    assert session.step is Step.NETWORK
    with pytest.raises(ValidationFailed) as raised:
        session.advance()
    assert {p.path for p in raised.value.problems} >= {"network.name"}
    assert not session.can_go_to(Step.REVIEW)
    with pytest.raises(ValidationFailed):
        session.go_to(Step.PARTIES)
    session.agreement.network.name = "Verkosto"
    assert session.is_modified()
    assert session.back() is Step.TEMPLATE
    assert session.back() is Step.TEMPLATE


def test_session_syncs_commitments_when_it_reaches_them(tmp_path):
    session = WizardSession(example_agreement(parties=3), Step.MEETINGS)
    session.agreement.commitments.clear()
    session.advance()
    assert session.step is Step.COMMITMENTS
    assert len(session.agreement.commitments) == 3


def test_session_save_and_resume(tmp_path):
    session = WizardSession(example_agreement(), Step.COORDINATION)
    session.go_to(Step.REVIEW)
    session.agreement.title = "Jatkosopimus"
    assert session.is_modified()
    with pytest.raises(ValueError):
        session.save()
    path = session.save(tmp_path / "s.agreement.json")
    assert not session.is_modified()
    again = WizardSession.resume(path)
    assert again.step is Step.REVIEW and again.path == path
    assert again.agreement.title == "Jatkosopimus" and not again.is_modified()
    assert again.advance is not None
    with pytest.raises(ValueError):
        again.advance()
