"""Which changes may follow a signature: a policy made of small rules (ISO 32000-2 §12.8).

Every change between revisions has a kind (:mod:`.diff`). What a signature permits after it:

=============================  ==========================================================
certification P=1              validation data, document timestamps, metadata
certification P=2              + signatures (in prepared or invisible fields), form filling
certification P=3              + notes and text markup that hide nothing (:mod:`.overlays`)
approval signature (no P)      as P=2, and signatures whose stamp is in a new field, unless
                               it hides signed text (ISO 32000-2 restricts approval signatures
                               only through locks)
=============================  ==========================================================

and a field lock (FieldMDP) of the signature forbids filling or signing the fields it covers.
A certification binds every later signature too (an approval signature in a P=3 document
permits annotations, in a P=2 document no new stamps); each signature judges what follows it.

Each rule looks at one change and says why it is not allowed, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from agreement_studio.i18n import translatable
from agreement_studio.verification.compare import COVERING
from agreement_studio.verification.diff import (
    ANNOTATION,
    FORM_FILL,
    METADATA,
    NEW_STAMP,
    SIGNATURE,
    TIMESTAMP,
    VALIDATION,
    Change,
)
from agreement_studio.verification.locks import FieldLock

_ = translatable(__name__)

ALWAYS = frozenset({TIMESTAMP, VALIDATION, METADATA})
PERMITTED: dict[int | None, frozenset[str]] = {
    1: ALWAYS,
    2: ALWAYS | {SIGNATURE, FORM_FILL},
    3: ALWAYS | {SIGNATURE, FORM_FILL, ANNOTATION},
    None: ALWAYS | {SIGNATURE, FORM_FILL, NEW_STAMP},
}
_PERMITS: dict[int, Callable[[str], str]] = {
    1: lambda who: _("{who} permits no changes", who=who),
    2: lambda who: _("{who} permits only form filling and signing", who=who),
    3: lambda who: _("{who} permits only form filling, signing and annotations", who=who),
}


@dataclass(frozen=True)
class Policy:
    """What one signature permits after it."""

    field: str
    """The signature's field."""
    docmdp: int | None = None
    """The DocMDP level that binds it (a certification's, or its field lock's /P), or ``None``."""
    granted_by: str = ""
    """Who set that level, for the reason: "the certification", "the lock of field 'x'"."""
    locks: tuple[FieldLock, ...] = ()

    def judge(self, change: Change) -> str | None:
        """Why ``change`` is not allowed after this signature, or ``None`` when it is."""
        for rule in RULES:
            reason = rule(self, change)
            if reason is not None:
                return reason
        return None


def _docmdp_rule(policy: Policy, change: Change) -> str | None:
    if change.kind in PERMITTED.get(policy.docmdp, PERMITTED[1]):
        return None
    if policy.docmdp is None or change.kind not in PERMITTED[3] | {NEW_STAMP, COVERING}:
        return change.text  # nothing permits it: the change speaks for itself
    who = policy.granted_by or _("the certification")
    because: str
    if change.kind == COVERING and policy.docmdp == 3:
        because = _("{who} permits only annotations that cannot hide content", who=who)
    elif change.kind == NEW_STAMP and policy.docmdp != 1:
        because = _("{who} permits signatures only in prepared or invisible fields", who=who)
    else:
        because = _PERMITS[policy.docmdp](who)
    return _("{change} ({because})", change=change.text, because=because)


def _lock_rule(policy: Policy, change: Change) -> str | None:
    if not change.lockable or change.field is None:
        return None
    for lock in policy.locks:
        if lock.covers(change.field):
            return _("{change}, but {lock}", change=change.text, lock=lock.describe(change.field))
    return None


RULES: tuple[Callable[[Policy, Change], str | None], ...] = (_docmdp_rule, _lock_rule)
"""The rules, in the order their reasons are preferred."""
