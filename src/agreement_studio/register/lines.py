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

from agreement_studio.register.schema import RevisionRecord


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
    """The revision to send to the next signatory."""
    return min(nodes, key=lambda n: (-n.signature_count, n.created_at, -n.size, n.id), default=None)


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
