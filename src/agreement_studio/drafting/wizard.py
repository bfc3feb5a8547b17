"""The new-agreement wizard's flow and rules, without any GUI.

The window's wizard pages only show what this module decides: the ordered steps, which step
comes next, what a step still lacks (the rules of :mod:`agreement_studio.agreement.rules`, by
section), whether Next is allowed, the edits that keep a draft consistent (commitments follow
the parties, a party's new Business ID follows it everywhere) and saving and resuming a draft
at any step.

The step a person was at is remembered beside the draft in a small note file
(``<name>.wizard``), never inside the draft itself; without a note (or with a stale one) a draft
resumes at its first step that is not yet complete.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from agreement_studio.agreement import (
    DRAFT_SUFFIX,
    SECTIONS,
    Agreement,
    Commitment,
    CoordinatingGroup,
    Party,
    SingleCoordinator,
    draft_json,
    load_draft,
    mark_prepared,
    problems,
    save_draft,
)
from agreement_studio.errors import OutputError, Problem, ValidationFailed
from agreement_studio.fileio import write_text_atomic

__all__ = [
    "STEPS",
    "STEP_SECTIONS",
    "Step",
    "WizardSession",
    "add_party",
    "can_advance",
    "coordination_kind",
    "first_incomplete_step",
    "lines",
    "move_party",
    "next_step",
    "note_path",
    "previous_step",
    "problems_by_step",
    "rekey_party",
    "remove_party",
    "resume_draft",
    "save_progress",
    "set_coordination_kind",
    "step_problems",
    "sync_commitments",
]


class Step(StrEnum):
    """One step (page) of the new-agreement wizard, in order."""

    TEMPLATE = "template"
    NETWORK = "network"
    PARTIES = "parties"
    COORDINATION = "coordination"
    MEETINGS = "meetings"
    COMMITMENTS = "commitments"
    TERM = "term"
    REVIEW = "review"


STEPS: tuple[Step, ...] = tuple(Step)
"""Every step, in the order the wizard shows them."""

STEP_SECTIONS: dict[Step, tuple[str, ...]] = {
    Step.TEMPLATE: ("general",),
    Step.NETWORK: ("network",),
    Step.PARTIES: ("parties",),
    Step.COORDINATION: ("coordination",),
    Step.MEETINGS: ("meetings",),
    Step.COMMITMENTS: ("commitments",),
    Step.TERM: ("term", "clauses"),
    Step.REVIEW: tuple(SECTIONS),
}
"""The rule sections (:data:`agreement_studio.agreement.SECTIONS`) each step checks."""

_SECTION_STEP = {
    section: step
    for step, sections in STEP_SECTIONS.items()
    if step is not Step.REVIEW
    for section in sections
}


def next_step(step: Step) -> Step | None:
    """The step after ``step``; ``None`` after the review."""
    index = STEPS.index(step)
    return STEPS[index + 1] if index + 1 < len(STEPS) else None


def previous_step(step: Step) -> Step | None:
    """The step before ``step``; ``None`` before the first."""
    index = STEPS.index(step)
    return STEPS[index - 1] if index > 0 else None


def step_problems(agreement: Agreement, step: Step) -> list[Problem]:
    """What ``step`` still lacks or gets wrong (the review step: the whole draft)."""
    return [p for section in STEP_SECTIONS[step] for p in problems(agreement, section)]


def can_advance(agreement: Agreement, step: Step) -> bool:
    """Whether Next (or, on the review step, Finish) is allowed."""
    return not step_problems(agreement, step)


def first_incomplete_step(agreement: Agreement) -> Step:
    """The first step with a problem; the review step when the whole draft is valid."""
    for step in STEPS[:-1]:
        if not can_advance(agreement, step):
            return step
    return Step.REVIEW


def problems_by_step(agreement: Agreement) -> list[tuple[Step, Problem]]:
    """Every problem of the draft with the step where it is put right, in step order."""
    return [
        (_SECTION_STEP[section], problem)
        for section in SECTIONS
        for problem in problems(agreement, section)
    ]


def lines(text: str) -> list[str]:
    """A list typed one item a line, without blank lines or surrounding spaces."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- parties and what follows them --------------------------------------------------------


def add_party(agreement: Agreement, party: Party | None = None) -> int:
    """Append a party (an empty one by default); returns its index."""
    agreement.parties.append(party or Party())
    return len(agreement.parties) - 1


def remove_party(agreement: Agreement, index: int) -> Party:
    """Remove the party at ``index`` and every reference to it (commitments, coordination)."""
    party = agreement.parties.pop(index)
    key = party.key
    # Another party with the same (half-typed) key keeps the references.
    if key and agreement.party(key) is None:
        agreement.commitments = [c for c in agreement.commitments if c.party != key]
        coordination = agreement.coordination
        if isinstance(coordination, SingleCoordinator) and coordination.party == key:
            coordination.party = ""
        elif isinstance(coordination, CoordinatingGroup):
            coordination.parties = [k for k in coordination.parties if k != key]
            if coordination.chair == key:
                coordination.chair = ""
    return party


def move_party(agreement: Agreement, index: int, to: int) -> None:
    """Move the party at ``index`` to position ``to`` (commitments follow the party order)."""
    party = agreement.parties.pop(index)
    agreement.parties.insert(to, party)
    order = {p.key: i for i, p in enumerate(agreement.parties)}
    agreement.commitments.sort(key=lambda c: order.get(c.party, len(order)))


def rekey_party(agreement: Agreement, old_key: str, new_key: str) -> None:
    """Make references to ``old_key`` point at ``new_key`` after a party's identifier changed.

    Nothing changes when ``old_key`` is empty or another party still has it: the references
    then belong to that other party.
    """
    if not old_key or old_key == new_key or agreement.party(old_key) is not None:
        return
    for commitment in agreement.commitments:
        if commitment.party == old_key:
            commitment.party = new_key
    coordination = agreement.coordination
    if isinstance(coordination, SingleCoordinator):
        if coordination.party == old_key:
            coordination.party = new_key
    else:
        coordination.parties = [new_key if k == old_key else k for k in coordination.parties]
        if coordination.chair == old_key:
            coordination.chair = new_key


def sync_commitments(agreement: Agreement) -> None:
    """One commitment per party, in the parties' order; a new party gets an empty one.

    Commitments of parties no longer in the draft are dropped; those of parties still there
    keep everything typed into them.
    """
    given = {c.party: c for c in agreement.commitments}
    synced: list[Commitment] = []
    for party in agreement.parties:
        key = party.key
        if key in given:
            synced.append(given.pop(key))
        else:
            synced.append(Commitment(party=key))
    agreement.commitments = synced


def coordination_kind(agreement: Agreement) -> str:
    """``"coordinator"`` (one party coordinates) or ``"group"`` (a coordinating group)."""
    return agreement.coordination.kind


def set_coordination_kind(agreement: Agreement, kind: str) -> None:
    """Switch between one coordinator and a coordinating group, keeping what carries over.

    The duties stay; the coordinating party becomes the group's first member (and chair), the
    group's chair becomes the coordinating party. Meetings convened by the group fall back to
    the coordinator when there is no group any more.
    """
    current = agreement.coordination
    if kind == current.kind:
        return
    if kind == "group":
        assert isinstance(current, SingleCoordinator)
        members = [current.party] if current.party else []
        agreement.coordination = CoordinatingGroup(
            parties=members, chair=current.party, duties=list(current.duties)
        )
    elif kind == "coordinator":
        assert isinstance(current, CoordinatingGroup)
        lead = current.chair or (current.parties[0] if current.parties else "")
        agreement.coordination = SingleCoordinator(party=lead, duties=list(current.duties))
        if agreement.meetings.convened_by == "group":
            agreement.meetings.convened_by = "coordinator"
    else:
        raise ValueError(f"unknown kind of coordination: {kind!r}")


# --- saving and resuming ------------------------------------------------------------------


def note_path(draft: str | os.PathLike[str]) -> Path:
    """The wizard's note beside a draft: ``x.agreement.json`` -> ``x.wizard``."""
    path = Path(draft)
    name = path.name
    stem = name[: -len(DRAFT_SUFFIX)] if name.endswith(DRAFT_SUFFIX) else name
    return path.with_name(stem + ".wizard")


def save_progress(agreement: Agreement, path: str | os.PathLike[str], step: Step) -> Path:
    """Save the draft and note the step it was at; raises :class:`OutputError`."""
    saved = save_draft(agreement, path)
    # The note only saves a few clicks on resume; failing to write it is not worth an error.
    with contextlib.suppress(OutputError):
        write_text_atomic(note_path(saved), json.dumps({"step": step.value}) + "\n")
    return saved


def _noted_step(path: Path) -> Step | None:
    try:
        data = json.loads(note_path(path).read_text("utf-8"))
        return Step(data["step"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def resume_draft(path: str | os.PathLike[str]) -> tuple[Agreement, Step]:
    """Load a draft and the step to resume at.

    That is the noted step, unless an earlier step is not complete (the wizard cannot be past
    an incomplete step), in which case it is that earlier step.
    """
    agreement = load_draft(path)
    incomplete = first_incomplete_step(agreement)
    noted = _noted_step(Path(path))
    if noted is None:
        return agreement, incomplete
    return agreement, min(noted, incomplete, key=STEPS.index)


@dataclass
class WizardSession:
    """One run of the wizard: the draft being written, the current step, its file."""

    agreement: Agreement = field(default_factory=Agreement)
    step: Step = Step.TEMPLATE
    path: Path | None = None
    _saved: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # A new session has nothing to lose until something is typed.
        if self._saved is None:
            self._saved = draft_json(self.agreement)

    @classmethod
    def resume(cls, path: str | os.PathLike[str]) -> WizardSession:
        """A session for a saved draft, at the step it resumes at."""
        agreement, step = resume_draft(path)
        return cls(agreement, step, Path(path), draft_json(agreement))

    def problems(self, step: Step | None = None) -> list[Problem]:
        """What the current step (or ``step``) still lacks."""
        return step_problems(self.agreement, step or self.step)

    def can_advance(self) -> bool:
        """Whether the current step is complete."""
        return can_advance(self.agreement, self.step)

    def advance(self) -> Step:
        """Go to the next step; raises :class:`ValidationFailed` when this one is not done."""
        found = self.problems()
        if found:
            raise ValidationFailed(found)
        following = next_step(self.step)
        if following is None:
            raise ValueError("the review is the last step")
        if following is Step.COMMITMENTS:
            sync_commitments(self.agreement)
        self.step = following
        return following

    def back(self) -> Step:
        """Go to the previous step (always allowed)."""
        self.step = previous_step(self.step) or self.step
        return self.step

    def can_go_to(self, step: Step) -> bool:
        """Whether ``step`` can be shown: every step before it is complete."""
        return all(can_advance(self.agreement, s) for s in STEPS[: STEPS.index(step)])

    def go_to(self, step: Step) -> Step:
        """Jump to ``step`` (e.g. from a problem on the review page) when it can be shown."""
        if not self.can_go_to(step):
            raise ValidationFailed(self.problems(first_incomplete_step(self.agreement)))
        self.step = step
        return step

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Save the draft (to ``path``, else to the file it came from) with the current step."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no file to save to")
        self.path = save_progress(self.agreement, target, self.step)
        self._saved = draft_json(self.agreement)
        return self.path

    def finish(self) -> None:
        """The draft is complete: record when it was made ready (the PDF's creation date),
        unless it already says so and nothing changed since it was opened or saved (see
        ``agreement/preparation.py``)."""
        if self.agreement.prepared is not None and self.is_modified():
            self.agreement.prepared = None  # changed since: made ready again now
        if self.agreement.prepared is None:
            mark_prepared(self.agreement)

    def is_modified(self) -> bool:
        """Whether the draft has changed since it was last saved or opened."""
        return draft_json(self.agreement) != self._saved
