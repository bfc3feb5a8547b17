"""The audit chain: every change to the register, each event chained to the one before.

An event's ``hash`` is SHA-256 of the previous event's hash followed by the canonical JSON of
its own content (sequence number, time, actor, signer, action, document ID, details). Changing
an event breaks its own hash; deleting, inserting or reordering one breaks the link of the next
(and the sequence numbers); deleting the newest ones breaks the head kept in ``meta``.
Appends happen inside the register's write transaction, so the chain never forks.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.register.schema import EventRecord, Meta

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"


def utc_now() -> str:
    """The current time as the register writes it: ISO 8601 UTC with microseconds."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def os_user() -> str:
    """The operating-system user, the actor of every event."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        return "unknown"


def canonical_json(value: Any) -> str:
    """One exact JSON text for a value: sorted keys, no spaces, UTF-8 characters as they are."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _content(record: EventRecord) -> dict[str, Any]:
    return {
        "seq": record.seq,
        "at": record.at,
        "actor": record.actor,
        "signer": record.signer,
        "action": record.action,
        "document_id": record.document_id,
        "details": json.loads(record.details),
    }


def event_hash(prev_hash: str, record: EventRecord) -> str:
    """The hash an event must have, given the hash before it."""
    payload = prev_hash + canonical_json(_content(record))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    action: str,
    *,
    document_id: str | None = None,
    details: dict[str, Any] | None = None,
    signer: str | None = None,
) -> EventRecord:
    """Add one event at the end of the chain (inside the caller's write transaction)."""
    last = session.execute(
        select(EventRecord.seq, EventRecord.hash).order_by(EventRecord.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    record = EventRecord(
        seq=seq,
        at=utc_now(),
        actor=os_user(),
        signer=signer,
        action=action,
        document_id=document_id,
        details=canonical_json(details or {}),
        prev_hash=prev_hash,
    )
    record.hash = event_hash(prev_hash, record)
    session.add(record)
    session.merge(Meta(key=_HEAD_KEY, value=f"{seq} {record.hash}"))
    return record


def describe(record: EventRecord) -> str:
    """How a problem report names an event."""
    return f"event {record.seq} (id {record.id}, {record.at}, {record.action})"


def check_chain(session: Session) -> Iterator[str]:
    """Every break in the chain, in words; nothing when it is whole."""
    expected_seq, prev_hash = 1, GENESIS
    last: EventRecord | None = None
    rows = session.scalars(
        select(EventRecord).order_by(EventRecord.seq).execution_options(yield_per=2000)
    )
    for record in rows:
        if record.seq != expected_seq:
            yield (
                f"{describe(record)}: expected event {expected_seq} here; events were "
                "deleted, inserted or renumbered"
            )
        if record.prev_hash != prev_hash:
            yield (
                f"{describe(record)}: does not follow the event before it (its link does "
                "not match); an event before it was changed, deleted, inserted or moved"
            )
        if record.hash != event_hash(record.prev_hash, record):
            yield f"{describe(record)}: its content was changed (its hash does not match)"
        expected_seq, prev_hash, last = record.seq + 1, record.hash, record
    head = session.get(Meta, _HEAD_KEY)
    if head is None:
        if last is not None:
            yield "the audit chain's head record is missing from the register"
        return
    head_seq, _, head_hash = head.value.partition(" ")
    if last is None or str(last.seq) != head_seq or last.hash != head_hash:
        where = describe(last) if last else "no events"
        yield (
            f"the audit chain ends at {where}, but event {head_seq} was written: the "
            "newest events were deleted or changed"
        )
