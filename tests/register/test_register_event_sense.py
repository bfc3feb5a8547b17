"""Each event must make sense given the state before it (register/event_sense.py).

A forged event appended with the product's own hashing keeps the chain whole; its facts must
still tell a story the register's operations could have written. Honest histories — renew,
add-version, extend, parallel copies, re-import, terminate a draft, the upgrade's baseline —
must pass.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from agreement_studio.register.audit import append_event, canonical_json, event_hash
from agreement_studio.register.event_sense import CLOCK_SKEW, EventSense
from agreement_studio.register.schema import EventRecord, Meta

_T0 = dt.datetime(2027, 3, 1, 9, 0, tzinfo=dt.UTC)


def _facts(status: str, *, versions: int = 1, created: str = "c0", updated: str = "") -> str:
    return canonical_json(
        {
            "agreement": {
                "status": status,
                "created_at": created,
                "current_version": versions,
                "updated_at": updated or None,
            },
            "versions": [{"number": n} for n in range(1, versions + 1)],
        }
    )


def _walk(history: list[tuple[Any, ...]]) -> str | None:
    """Each step: (minutes after _T0, action, document, status[, versions]) or no facts."""
    sense = EventSense()
    for seq, step in enumerate(history, start=1):
        minutes, action, document = step[:3]
        at = (_T0 + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        facts = None
        if len(step) > 3 and step[3] is not None:
            facts = _facts(step[3], versions=step[4] if len(step) > 4 else 1)
        sense.see(seq, at, action, document, facts)
    return sense.impossible


_HONEST = {
    "sign in order": [
        (0, "add", "A", "ready-for-signing"),
        (1, "import", "A", "partially-signed"),
        (2, "import", "A", "signed"),
        (3, "import", "A", "signed"),  # the same copy again
    ],
    "parallel copies": [
        (0, "add", "A", "ready-for-signing"),
        (1, "import", "A", "partially-signed"),
        (2, "import", "A", "partially-signed"),
    ],
    "draft, prepare, new version, terminate": [
        (0, "add", "A", "draft"),
        (1, "prepare", "A", "ready-for-signing"),
        (2, "add-version", "A", "ready-for-signing", 2),
        (3, "pin", "A", "ready-for-signing", 2),
        (4, "terminate", "A", "terminated", 2),
    ],
    "terminate a draft": [(0, "add", "A", "draft"), (1, "terminate", "A", "terminated")],
    "renew, the renewal signed, the old one superseded": [
        (0, "add", "A", "ready-for-signing"),
        (1, "import", "A", "signed"),
        (2, "extend", "A", "signed"),
        (3, "renew", "A", "signed"),
        (3, "add", "B", "ready-for-signing"),
        (4, "superseded", "A", "superseded"),
        (4, "import", "B", "signed"),
    ],
    "a rejected import about nothing, a clock a little behind": [
        (0, "add", "A", "ready-for-signing"),
        (1, "import-rejected", "A"),
        (1, "import-rejected", None),
        (-2, "import", "A", "partially-signed"),  # within CLOCK_SKEW of the event before
    ],
    "written before format 0003, then the upgrade's baseline": [
        (0, "add", "A"),
        (1, "import", "A"),
        (2, "baseline", "A", "signed"),
        (3, "add", "B", "draft"),
        (4, "baseline", "C", "terminated"),
    ],
}

_IMPOSSIBLE = {
    "add for an agreement that exists": (
        [(0, "add", "A", "ready-for-signing"), (1, "add", "A", "signed")],
        "event 2 (add,",
        "already in the register",
    ),
    "terminated back to signed": (
        [
            (0, "add", "A", "ready-for-signing"),
            (1, "terminate", "A", "terminated"),
            (2, "import", "A", "signed"),
        ],
        "event 3 (import,",
        "was terminated",
    ),
    "a pin that changes the status": (
        [(0, "add", "A", "ready-for-signing"), (1, "pin", "A", "signed")],
        "event 2 (pin,",
        "never changes an agreement's status",
    ),
    "time going backwards": (
        [
            (0, "add", "A", "ready-for-signing"),
            (60, "import", "A", "partially-signed"),
            (10, "import", "A", "signed"),
        ],
        "event 3 (import,",
        "before event 2",
    ),
    "an event about an agreement never added": (
        [(0, "add", "A", "draft"), (1, "import", "B", "signed")],
        "event 2 (import,",
        "had not been added",
    ),
    "an action the register never writes": (
        [(0, "add", "A", "draft"), (1, "approve", "A", "signed")],
        "event 2 (approve,",
        "never writes the action 'approve'",
    ),
    "prepare of a signed agreement": (
        [
            (0, "add", "A", "ready-for-signing"),
            (1, "import", "A", "signed"),
            (2, "prepare", "A", "ready-for-signing"),
        ],
        "event 3 (prepare,",
        "never recorded for an agreement in that state",
    ),
    "a version disappears": (
        [(0, "add", "A", "draft", 2), (1, "add-version", "A", "draft", 1)],
        "event 2 (add-version,",
        "version of the agreement disappeared",
    ),
    "a new agreement recorded as signed": (
        [(0, "add", "A", "signed")],
        "event 1 (add,",
        "never recorded as signed",
    ),
}


@pytest.mark.parametrize("name", list(_HONEST))
def test_honest_histories_make_sense(name):
    assert _walk(_HONEST[name]) is None


@pytest.mark.parametrize("name", list(_IMPOSSIBLE))
def test_the_first_impossible_event_is_named_with_why(name):
    history, where, why = _IMPOSSIBLE[name]
    found = _walk(history)
    assert found is not None and where in found and why in found, found


def test_a_change_recorded_after_its_event_is_impossible():
    sense = EventSense()
    later = (_T0 + CLOCK_SKEW * 3).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    sense.see(1, _T0.isoformat(), "add", "A", _facts("draft", updated=later))
    assert sense.impossible and "after the event itself" in sense.impossible


def test_an_event_time_that_is_not_a_time_is_named():
    sense = EventSense()
    sense.see(1, "yesterday", "add", "A", _facts("draft"))
    assert sense.impossible and "'yesterday' is not a time" in sense.impossible


def _append_forged(world, action: str, at: str | None = None) -> None:
    """What an insider with the product's code does: append an event carrying the tables'
    current facts, hash it, move the stored head (the witness is left alone)."""
    from sqlalchemy.orm import Session

    with Session(world.register.engine) as session:
        event = append_event(session, action, document_id=world.ids["ended"], details={})
        if at is not None:
            event.at = at
        event.hash = event_hash(event.prev_hash, event)
        session.merge(Meta(key="audit_head", value=f"{event.seq} {event.hash}"))
        session.commit()


def test_a_forged_event_on_the_register_is_caught(world):
    head = "{}:{}".format(*world.register.head())
    row = world.agreement_row("ended")
    world.sql(
        "UPDATE agreements SET status = 'signed', terminated_on = NULL, "
        "termination_reason = NULL WHERE id = :a",
        a=row,
    )
    _append_forged(world, "add", at="2026-01-01T00:00:00.000000Z")
    last = world.scalar("SELECT max(seq) FROM events")
    problems = world.register.verify().problems
    assert any(p.startswith(f"event {last} (add, 2026-01-01") for p in problems), problems
    assert not world.register.verify(head=head).ok


def test_a_forged_event_dated_now_is_caught_by_its_story(world):
    row = world.agreement_row("ended")
    world.sql("UPDATE agreements SET status = 'signed' WHERE id = :a", a=row)
    _append_forged(world, "import")  # dated now, the chain whole: only the story is wrong
    problems = world.register.verify().problems
    assert any("cannot have happened" in p and "was terminated" in p for p in problems), problems


def test_honest_work_on_the_register_passes(world):
    """Honest neighbours on a real register: renew, re-import, add-version, terminate."""
    renewal = world.register.renew(world.ids["signed"])
    world.register.import_file(world.register.current_pdf(world.ids["partly"]), name="again.pdf")
    world.register.terminate(world.ids["draft"], on=dt.date(2028, 1, 1), reason="not needed")
    result = world.register.verify()
    assert result.ok, result.problems
    details = world.register.details(renewal)
    assert details.renewal_of == world.ids["signed"]
    with world.register.engine.connect() as connection:
        from sqlalchemy import select

        actions = [a for (a,) in connection.execute(select(EventRecord.action))]
    assert {"renew", "add", "import", "terminate", "add-version", "pin"} <= set(actions)
    assert json  # the module's own import is used by the helpers above
