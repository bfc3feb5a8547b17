"""The tables follow from the chain: replay the events' facts and compare with every row.

The newest event with facts for each agreement says what the tables must hold for it. Replaying
keeps only a digest per agreement (so a register of 100,000 agreements fits in memory); where a
digest differs, the event's facts are read again and compared field by field, so each difference
is reported with the agreement and what differs. Agreements whose rows are gone, and rows that no
event recorded, are reported too.

Events written before format 0003 carry no facts: what they did cannot be checked against the
tables. The upgrade recorded each agreement's facts as found (a ``baseline`` event), and the
check says so (a note), instead of pretending the older history was verified.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.i18n import translatable
from agreement_studio.register.audit import canonical_json
from agreement_studio.register.event_sense import EventSense
from agreement_studio.register.facts import Facts, differences, iter_facts
from agreement_studio.register.schema import EventRecord

_ = translatable(__name__)


@dataclass
class Replay:
    """What the chain says: the newest facts per agreement (as a digest and the event's seq)."""

    latest: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    without_facts: int = 0
    """Events about an agreement that carry no facts (written before format 0003)."""
    baseline_seq: int | None = None
    """The first ``baseline`` event (the upgrade to format 0003), if there is one."""
    impossible: str | None = None
    """The first event that could not have happened given the state before it
    (:mod:`.event_sense`)."""


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def replay(session: Session) -> Replay:
    """Walk the events in order, keep per agreement its newest facts, and check that each event
    makes sense given the state before it."""
    found = Replay()
    sense = EventSense()
    rows = session.execute(
        select(
            EventRecord.seq,
            EventRecord.at,
            EventRecord.document_id,
            EventRecord.action,
            EventRecord.facts,
        )
        .order_by(EventRecord.seq)
        .execution_options(yield_per=2000)
    )
    for seq, at, document_id, action, facts in rows:
        sense.see(seq, at, action, document_id, facts)
        if document_id is None:
            continue
        if facts is None:
            if action != "import-rejected":  # a rejection changes nothing
                found.without_facts += 1
            continue
        if action == "baseline" and found.baseline_seq is None:
            found.baseline_seq = seq
        found.latest[document_id] = (seq, _digest(str(facts)))
    found.impossible = sense.impossible
    return found


def _recorded(session: Session, seq: int) -> Facts:
    text = session.scalar(select(EventRecord.facts).where(EventRecord.seq == seq))
    facts: Facts = json.loads(text or "{}")
    return facts


def compare_tables(session: Session, chain: Replay) -> Iterator[str]:
    """Every difference between the replayed facts and the tables, agreement by agreement."""
    seen: set[str] = set()
    for document_id, facts in iter_facts(session):
        seen.add(document_id)
        name = _("agreement {document_id}", document_id=document_id)
        recorded = chain.latest.get(document_id)
        if recorded is None:
            yield _(
                "{name}: is in the tables, but no event of the audit log recorded its facts",
                name=name,
            )
            continue
        seq, digest = recorded
        if _digest(canonical_json(facts)) == digest:
            continue
        for difference in differences(_recorded(session, seq), facts):
            yield _("{name}: {difference} (event {seq})", name=name, difference=difference, seq=seq)
    for document_id, (seq, _digest_of) in chain.latest.items():
        if document_id not in seen:
            yield _(
                "agreement {document_id}: its rows are gone from the register, but the audit "
                "log recorded it (event {seq})",
                document_id=document_id,
                seq=seq,
            )


def notes_on(chain: Replay) -> list[str]:
    """What the replay could not check, said plainly."""
    if not chain.without_facts:
        return []
    where = (
        _(
            "the upgrade recorded each agreement as found (from event {seq} on)",
            seq=chain.baseline_seq,
        )
        if chain.baseline_seq is not None
        else _("no upgrade baseline was recorded")
    )
    return [
        _(
            "{count} events were written before the register recorded facts (format 0003); "
            "what they changed cannot be checked against the tables: {where}, and only "
            "changes after that are checked",
            count=chain.without_facts,
            where=where,
        )
    ]


def recorded_facts(session: Session, document_id: str) -> Facts | None:
    """The newest facts the audit log recorded for one agreement (None: none recorded)."""
    text = session.scalar(
        select(EventRecord.facts)
        .where(EventRecord.document_id == document_id, EventRecord.facts.is_not(None))
        .order_by(EventRecord.seq.desc())
        .limit(1)
    )
    return json.loads(text) if text else None


def agreement_differences(session: Session, document_id: str) -> list[str]:
    """How one agreement's rows differ from what the audit log recorded (empty: they agree).

    Handing out a PDF or writing an archive checks this first, so two swapped PDF rows are
    refused there, not only found by ``register verify``. An agreement recorded before the
    register kept facts (no baseline) cannot be checked and passes.
    """
    from agreement_studio.register.facts import facts_of

    recorded = recorded_facts(session, document_id)
    if recorded is None:
        return []
    return differences(recorded, facts_of(session, [document_id]).get(document_id))
