"""The audit chain: every change to the register, each event chained to the one before.

An event's ``hash`` is SHA-256 of the previous event's hash followed by the canonical JSON of
its own content (sequence number, time, actor, signer, action, document ID, details, and, since
format 0003, the *facts*: the agreement's whole recorded state after the change, see
:mod:`.facts`). Changing an event breaks its own hash; deleting, inserting or reordering one
breaks the link of the next (and the sequence numbers); deleting the newest ones breaks the head
kept in ``meta``, and deleting them *with* the head is caught by the witness outside the
database (:mod:`.witness`). Appends happen inside the register's write transaction, so the
chain never forks, and only onto a tail that matches the head (:func:`check_tail`): a truncated
chain is never "healed" by the next write.
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

from agreement_studio.errors import AuditLogBroken
from agreement_studio.i18n import translatable
from agreement_studio.register.schema import EventRecord, Meta

_ = translatable(__name__)

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


def _content(record: Any) -> dict[str, Any]:
    content = {
        "seq": record.seq,
        "at": record.at,
        "actor": record.actor,
        "signer": record.signer,
        "action": record.action,
        "document_id": record.document_id,
        "details": json.loads(record.details),
    }
    if record.facts is not None:  # events written before format 0003 carry none
        content["facts"] = json.loads(record.facts)
    return content


def event_hash(prev_hash: str, record: Any) -> str:
    """The hash an event must have, given the hash before it."""
    return content_hash(prev_hash, _content(record))


def content_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """SHA-256 of the previous hash followed by the canonical JSON of an event's content."""
    payload = prev_hash + canonical_json(content)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def event_content(event: dict[str, Any]) -> dict[str, Any]:
    """The hashed content of an event written out as a plain value (an archive's events.json)."""
    content = {k: event.get(k) for k in ("seq", "at", "actor", "signer", "action", "document_id")}
    content["details"] = event.get("details")
    if event.get("facts") is not None:
        content["facts"] = event["facts"]
    return content


def append_event(
    session: Session,
    action: str,
    *,
    document_id: str | None = None,
    details: dict[str, Any] | None = None,
    signer: str | None = None,
    facts: bool = True,
    known_facts: dict[str, Any] | None = None,
) -> EventRecord:
    """Add one event at the end of the chain (inside the caller's write transaction).

    An event about an agreement carries its facts (its recorded state after the change, read
    back from the session) unless ``facts`` is False (a rejected import changes nothing).
    """
    from agreement_studio.register.facts import facts_of

    state = known_facts
    if state is None and document_id is not None and facts:
        session.flush()
        state = facts_of(session, [document_id]).get(document_id)
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
        facts=canonical_json(state) if state is not None else None,
        prev_hash=prev_hash,
    )
    record.hash = event_hash(prev_hash, record)
    session.add(record)
    session.merge(Meta(key=_HEAD_KEY, value=f"{seq} {record.hash}"))
    session.info["appended_head"] = (seq, record.hash)
    return record


def read_head(session: Session) -> tuple[int, str]:
    """The head the register records: (number of the newest event, its hash); (0, GENESIS)."""
    head = session.get(Meta, _HEAD_KEY)
    if head is None:
        return 0, GENESIS
    parsed = parse_head(head.value)
    if parsed is None:
        raise AuditLogBroken(_("its stored head {value!r} is not a head", value=head.value))
    return parsed


def parse_head(value: Any) -> tuple[int, str] | None:
    """A stored head ``"<events> <hash>"`` as (events, hash); None when it is not one."""
    if not isinstance(value, str):
        return None
    seq, _space, digest = value.partition(" ")
    if not seq.isascii() or not seq.isdigit() or len(seq) > 18 or not digest:
        return None
    return int(seq), digest


def check_tail(session: Session, witnessed: tuple[int, str] | None) -> None:
    """Refuse to write when the chain's tail is not the stored head, or lost the witnessed one.

    Two indexed queries: the newest event, and the event the witness names. A full check of
    the chain is ``register verify``'s work; this only keeps a broken chain from being extended.
    """
    last = session.execute(
        select(EventRecord.seq, EventRecord.hash).order_by(EventRecord.seq.desc()).limit(1)
    ).first()
    tail = (last[0], last[1]) if last else (0, GENESIS)
    head = read_head(session)
    if tail != head:
        raise AuditLogBroken(
            _("its newest event is {tail}, but its head says {head}", tail=tail[0], head=head[0])
        )
    if witnessed is None or witnessed[0] == 0:
        return
    seq, digest = witnessed
    found = session.scalar(select(EventRecord.hash).where(EventRecord.seq == seq))
    if found != digest:
        raise AuditLogBroken(
            _("event {seq}, which this computer saw written, is missing", seq=seq)
            if found is None
            else _("event {seq}, which this computer saw written, is not the event it saw", seq=seq)
        )


def describe(record: Any) -> str:
    """How a problem report names an event."""
    return _(
        "event {seq} (id {id}, {at}, {action})",
        seq=record.seq,
        id=record.id,
        at=record.at,
        action=record.action,
    )


def _spliced_hash(record: Any) -> str:
    """The event's hash with its stored details and facts spliced in as written.

    They were written as canonical JSON, so for an untouched event this is the hash, without
    parsing and re-serialising them (verify reads every event of a large register). A text
    that is not canonical gives another hash, and :func:`hash_matches` then decides the slow way.
    """

    def text(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    facts = f',"facts":{record.facts}' if record.facts is not None else ""
    payload = (
        f'{record.prev_hash}{{"action":{text(record.action)},"actor":{text(record.actor)},'
        f'"at":{text(record.at)},"details":{record.details},'
        f'"document_id":{text(record.document_id)}{facts},"seq":{int(record.seq)},'
        f'"signer":{text(record.signer)}}}'
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hash_matches(record: Any) -> bool:
    """True when the event's stored hash is the hash of its content and its link."""
    try:
        if record.hash == _spliced_hash(record):
            return True
        return bool(record.hash == event_hash(record.prev_hash, record))
    except (ValueError, TypeError):  # not JSON, not a number, not text: not what was hashed
        return False


def check_chain(session: Session) -> Iterator[str]:
    """Every break in the chain, in words; nothing when it is whole."""
    expected_seq, prev_hash = 1, GENESIS
    last: Any = None
    e = EventRecord
    rows = session.execute(
        select(
            e.id,
            e.seq,
            e.at,
            e.actor,
            e.signer,
            e.action,
            e.document_id,
            e.details,
            e.facts,
            e.prev_hash,
            e.hash,
        )
        .order_by(e.seq)
        .execution_options(yield_per=2000)
    )
    for record in rows:
        if not isinstance(record.seq, int):
            yield _(
                "{event}: its number is not a number; the event was edited",
                event=describe(record),
            )
            expected_seq, prev_hash, last = expected_seq + 1, record.hash, None
            continue
        if record.seq != expected_seq:
            yield _(
                "{event}: expected event {expected} here; events were deleted, inserted or "
                "renumbered",
                event=describe(record),
                expected=expected_seq,
            )
        if record.prev_hash != prev_hash:
            yield _(
                "{event}: does not follow the event before it (its link does not match); an "
                "event before it was changed, deleted, inserted or moved",
                event=describe(record),
            )
        if not hash_matches(record):
            yield _(
                "{event}: its content was changed (its hash does not match)",
                event=describe(record),
            )
        expected_seq, prev_hash, last = record.seq + 1, record.hash, record
    head = session.get(Meta, _HEAD_KEY)
    if head is None:
        if last is not None:
            yield _("the audit chain's head record is missing from the register")
        return
    parsed = parse_head(head.value)
    if parsed is None:
        yield _(
            "the audit chain's stored head {value!r} is damaged (it is not an event number "
            "and a hash)",
            value=head.value,
        )
        return
    head_seq, head_hash = str(parsed[0]), parsed[1]
    if last is None or str(last.seq) != head_seq or last.hash != head_hash:
        where = describe(last) if last else _("no events")
        yield _(
            "the audit chain ends at {where}, but event {head} was written: the "
            "newest events were deleted or changed",
            where=where,
            head=head_seq,
        )
