"""Each event must make sense given the state before it: the register's own state machine.

A chain can be whole and still tell an impossible story: someone who can write the database can
append an event with the product's own hashing (so every link matches) whose facts say what no
operation of the register ever writes — an ``add`` for an agreement that already exists, a
terminated agreement signed again, an event dated before the one it follows. Replaying the
chain walks every event with the state before it and names the first event that could not have
happened, with its number and why.

The rules are the ones the register's operations keep (:mod:`.changes`, :mod:`.commit`,
:mod:`.importing`, and the format 0003 upgrade):

* ``add`` starts an agreement (it must be new); ``baseline`` (the upgrade) records an agreement
  as found, once, before any other facts about it; every other event is about an agreement
  that exists;
* each action leaves the statuses it writes (``prepare`` → ready for signing, ``terminate`` →
  terminated, ``import`` → ready, partially signed or signed, …) from the statuses it accepts
  (``prepare`` only a draft, ``add-version`` only an agreement still editable); ``renew`` and
  ``pin`` change no status; terminated and superseded are final;
* an agreement's creation time never changes, its version numbers never go down and none of
  its versions disappears;
* event times never go backwards by more than :data:`CLOCK_SKEW` (several computers may write
  one PostgreSQL register, each with its own clock), and no event records a change made later
  than the event itself (beyond the same allowance).

Events written before format 0003 carry no facts; an agreement known only from such events is
not checked until its baseline. Actions the register does not write are impossible too: a new
action must be added here together with the operation that writes it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from agreement_studio.i18n import translatable

_ = translatable(__name__)

CLOCK_SKEW = dt.timedelta(minutes=5)
"""How far an event's time may lie before the time of an earlier event (clocks of different
computers writing one register differ a little, and a clock may be corrected)."""

_DRAFT, _READY, _PARTIAL, _SIGNED = "draft", "ready-for-signing", "partially-signed", "signed"
_FINAL = frozenset({"terminated", "superseded"})
_EDITABLE = frozenset({_DRAFT, _READY, _PARTIAL})
_OPEN = frozenset({_DRAFT, _READY, _PARTIAL, _SIGNED, "expired"})
_ANY: frozenset[str] | None = None  # any status before

# action -> (statuses it accepts before, statuses it leaves after); None: unchanged
_RULES: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    "add-version": (_EDITABLE, frozenset({_DRAFT, _READY})),
    "prepare": (frozenset({_DRAFT}), frozenset({_READY})),
    "import": (_OPEN, frozenset({_READY, _PARTIAL, _SIGNED})),
    "extend": (_OPEN, frozenset({_READY, _PARTIAL, _SIGNED})),
    "terminate": (_OPEN, frozenset({"terminated"})),
    "superseded": (_OPEN, frozenset({"superseded"})),
    "renew": (_ANY, None),
    "pin": (_ANY, None),
}
_STARTS = {"add": frozenset({_DRAFT, _READY}), "baseline": None}


def parse_time(value: Any) -> dt.datetime | None:
    """An event's time (ISO 8601, UTC), or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


@dataclass
class _Known:
    status: str | None
    created_at: Any
    versions: set[Any]
    current_version: Any


@dataclass
class EventSense:
    """Walks the events in order; :attr:`impossible` names the first that could not happen."""

    impossible: str | None = None
    _latest_at: dt.datetime | None = None
    _latest_seq: int = 0
    _known: dict[str, _Known | None] = field(default_factory=dict)

    def see(self, seq: int, at: Any, action: Any, document_id: str | None, facts: Any) -> None:
        """Take the next event (``facts`` as stored: JSON text or None)."""
        if self.impossible is not None:
            return
        why = self._why(seq, at, action, document_id, facts)
        if why is not None:
            self.impossible = _(
                "event {seq} ({action}, {at}) cannot have happened: {why}",
                seq=seq,
                action=action,
                at=at,
                why=why,
            )

    def _why(
        self, seq: int, at: Any, action: Any, document_id: str | None, facts: Any
    ) -> str | None:
        when = parse_time(at)
        if when is None:
            return _("its time {at!r} is not a time", at=at)
        if self._latest_at is not None and when < self._latest_at - CLOCK_SKEW:
            return _(
                "it is dated {at}, before event {earlier} ({earlier_at}); event times never go "
                "backwards",
                at=at,
                earlier=self._latest_seq,
                earlier_at=self._latest_at.isoformat(),
            )
        if self._latest_at is None or when > self._latest_at:
            self._latest_at, self._latest_seq = when, seq
        if document_id is None or facts is None:
            if document_id is not None and action != "import-rejected":
                self._known.setdefault(document_id, None)  # written before format 0003
            return None
        try:
            agreement, versions = _parts(facts)
            after = _Known(
                agreement.get("status"),
                agreement.get("created_at"),
                {v.get("number") for v in versions},
                agreement.get("current_version"),
            )
            updated = parse_time(agreement.get("updated_at"))
        except (ValueError, TypeError, KeyError, AttributeError):
            return _("its facts are not the register's facts of an agreement")
        if updated is not None and updated > when + CLOCK_SKEW:
            return _(
                "it records a change made at {updated}, after the event itself",
                updated=agreement.get("updated_at"),
            )
        why = self._transition(action, document_id, after)
        self._known[document_id] = after
        return why

    def _transition(self, action: Any, document_id: str, after: _Known) -> str | None:
        if action in _STARTS:
            # the upgrade's baseline follows events written before format 0003 (no facts)
            older = action == "baseline" and self._known.get(document_id, 0) is None
            if document_id in self._known and not older:
                return _(
                    "the agreement {document_id} was already in the register; {action} "
                    "only records a new one",
                    document_id=document_id,
                    action=action,
                )
            allowed = _STARTS[action]
            if allowed is not None and after.status not in allowed:
                return _(
                    "a new agreement is never recorded as {status}",
                    status=after.status,
                )
            return None
        if action not in _RULES:
            return _("the register never writes the action {action!r}", action=action)
        if document_id not in self._known:
            return _(
                "it is about the agreement {document_id}, which had not been added",
                document_id=document_id,
            )
        before = self._known[document_id]
        if before is None:  # known only from events without facts: nothing to compare
            return None
        accepts, leaves = _RULES[action]
        if accepts is not None and before.status not in accepts:
            return _(
                "the agreement {document_id} was {status}, and {action} is never recorded "
                "for an agreement in that state",
                document_id=document_id,
                status=before.status,
                action=action,
            )
        if leaves is None and after.status != before.status:
            return _(
                "{action} never changes an agreement's status, but it went from {before} "
                "to {after}",
                action=action,
                before=before.status,
                after=after.status,
            )
        if leaves is not None and after.status not in leaves:
            return _(
                "{action} never leaves an agreement {status}",
                action=action,
                status=after.status,
            )
        if before.status in _FINAL and after.status != before.status:
            return _(
                "the agreement {document_id} was {before}, which is final, and is {after} after it",
                document_id=document_id,
                before=before.status,
                after=after.status,
            )
        if after.created_at != before.created_at:
            return _("the agreement's creation time changed")
        if not before.versions <= after.versions or _lower(after, before):
            return _("a version of the agreement disappeared or its number went down")
        return None


_DECODER = json.JSONDecoder()
_AGREEMENT, _VERSIONS = '{"agreement":', '"versions":'


def _parts(facts: Any) -> tuple[dict[str, Any], list[Any]]:
    """The facts' ``agreement`` object and ``versions`` list.

    Facts are stored as canonical JSON (sorted keys, no spaces): ``agreement`` comes first and
    ``versions`` last, and a quote inside a string is escaped, so both are decoded where they
    stand without parsing the rest (the revisions and signatures are most of the text, and
    verify reads every event). Any other text is parsed whole.
    """
    text = str(facts)
    if text.startswith(_AGREEMENT) and (at := text.rfind(_VERSIONS)) > 0:
        agreement, _end = _DECODER.raw_decode(text, len(_AGREEMENT))
        versions, _end = _DECODER.raw_decode(text, at + len(_VERSIONS))
    else:
        value = json.loads(text)
        agreement, versions = value["agreement"], value.get("versions") or []
    if not isinstance(agreement, dict) or not isinstance(versions, list):
        raise TypeError("not the facts of an agreement")
    return agreement, [v if isinstance(v, dict) else {} for v in versions]


def _lower(after: _Known, before: _Known) -> bool:
    try:
        lower: bool = after.current_version < before.current_version
        return lower
    except TypeError:
        return bool(after.current_version != before.current_version)
