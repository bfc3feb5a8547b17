"""Signing lines: the tree of revisions, and which copy is the one to send on.

A prepared PDF is the root; each imported signature extends some revision. When two partners
sign separate copies of the same revision, the tree forks. The copy to send on is the tip with
the most signatures, then the one imported first (then the longer file of one import, so that
validation data appended after the last signature travels with it). Signatures on other
branches are kept, but their signatories must sign the copy that is sent on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.i18n import translatable
from agreement_studio.register.schema import RevisionRecord
from agreement_studio.register.words import day_words, joined

_ = translatable(__name__)


@dataclass(frozen=True)
class Node:
    """What the line logic needs of a revision."""

    id: int
    parent_id: int | None
    signature_field: str | None
    signature_count: int
    created_at: str
    size: int
    sha256: str


@dataclass(frozen=True)
class LineState:
    """The copy to send on, and what the other copies hold."""

    tip: Node | None
    line_ids: frozenset[int]
    signed_fields: frozenset[str]
    """Fields signed on the line to send on."""
    elsewhere: frozenset[str]
    """Fields signed only on copies that are not sent on."""
    forks: int
    """How many tips (copies) there are; more than one means parallel signing."""


def choose_tip(nodes: Iterable[Node]) -> Node | None:
    """The revision to send to the next signatory: among those nothing extends (so validation
    data added later, with no new signature, travels with the copy it extends)."""
    nodes = list(nodes)
    parents = {n.parent_id for n in nodes}
    leaves = [n for n in nodes if n.id not in parents]
    return min(
        leaves, key=lambda n: (-n.signature_count, n.created_at, -n.size, n.id), default=None
    )


def line_state(nodes: list[Node]) -> LineState:
    """Work out the line to send on among one version's revisions."""
    tip = choose_tip(nodes)
    by_id = {n.id: n for n in nodes}
    line: set[int] = set()
    node = tip
    while node is not None:
        line.add(node.id)
        node = by_id.get(node.parent_id) if node.parent_id is not None else None
    signed = {n.signature_field for n in nodes if n.id in line and n.signature_field}
    others = {n.signature_field for n in nodes if n.id not in line and n.signature_field}
    parents = {n.parent_id for n in nodes}
    tips = [n for n in nodes if n.id not in parents]
    return LineState(tip, frozenset(line), frozenset(signed), frozenset(others - signed), len(tips))


def version_nodes(session: Session, version_id: int) -> list[Node]:
    """Every revision of one version, as :class:`Node` values."""
    rows = session.execute(
        select(
            RevisionRecord.id,
            RevisionRecord.parent_id,
            RevisionRecord.signature_field,
            RevisionRecord.signature_count,
            RevisionRecord.created_at,
            RevisionRecord.size,
            RevisionRecord.sha256,
        ).where(RevisionRecord.version_id == version_id)
    )
    return [Node(*row) for row in rows]


PARALLEL_COPY = _("signed a parallel copy — must sign the current version")
"""How a signatory who signed only a copy that is not sent on is shown."""


@dataclass(frozen=True)
class Signing:
    """One signing act: who (the signatory of the field) and when."""

    name: str
    signed_at: str | None


def _day(moment: str | None) -> str:
    return day_words(moment)


def circulation_note(
    state: LineState, nodes: list[Node], acts: dict[int, Signing], version: int
) -> str | None:
    """The "copies in circulation" warning, naming people and dates; None once resolved.

    Copies are in circulation while someone has signed only a copy that is not the current
    one: once each of them has signed the current copy too, the other copies are history.
    """
    if not state.elsewhere or state.tip is None:
        return None
    current = [acts[n.id] for n in nodes if n.id in state.line_ids and n.id in acts]
    parallel: dict[str, Signing] = {}
    for node in sorted(nodes, key=lambda n: (n.created_at, n.id)):
        if node.id in state.line_ids or node.signature_field not in state.elsewhere:
            continue
        act = acts.get(node.id, Signing(str(node.signature_field), None))
        parallel.setdefault(str(node.signature_field), act)
    others = joined(
        [
            _("{name} signed a parallel copy on {day}", name=a.name, day=_day(a.signed_at))
            for a in parallel.values()
        ],
        "; ",
    )
    kept = joined(
        [_("{name} ({day})", name=a.name, day=_day(a.signed_at)) for a in current], ", "
    ) or _("nobody yet")
    must = joined([a.name for a in parallel.values()], ", ")
    return _(
        "Copies of version {version} were signed in parallel: {others}. The current copy is "
        "the one signed by {kept}; send that one on. {must} must sign the current version.",
        version=version,
        others=others,
        kept=kept,
        must=must,
    )
