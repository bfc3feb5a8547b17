"""Which changes may follow a signature: a policy made of small rules (ISO 32000-2 §12.8).

Every change between revisions has a kind (:mod:`.diff`). What a signature permits after it:

=============================  ==========================================================
certification P=1              validation data, document timestamps, metadata
certification P=2              + signatures (in prepared or invisible fields), form filling
certification P=3              + markup annotations (not widgets: a widget is a form field)
approval signature (no P)      as P=2, and signatures whose stamp is in a new field (ISO
                               32000-2 restricts approval signatures only through locks)
=============================  ==========================================================

and a field lock (FieldMDP) of the signature forbids filling or signing the fields it covers.
The limits of earlier certifications apply too: a change after a P=1 certification makes every
later signature's revision "modified" for that certification only; later signatures judge
what follows them by their own policy.

Each rule looks at one change and says why it is not allowed, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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

ALWAYS = frozenset({TIMESTAMP, VALIDATION, METADATA})
PERMITTED: dict[int | None, frozenset[str]] = {
    1: ALWAYS,
    2: ALWAYS | {SIGNATURE, FORM_FILL},
    3: ALWAYS | {SIGNATURE, FORM_FILL, ANNOTATION},
    None: ALWAYS | {SIGNATURE, FORM_FILL, NEW_STAMP},
}
_PERMITS = {
    1: "the certification permits no changes",
    2: "the certification permits only form filling and signing",
    3: "the certification permits only form filling, signing and annotations",
}


@dataclass(frozen=True)
class Policy:
    """What one signature permits after it."""

    field: str
    """The signature's field."""
    docmdp: int | None = None
    """The DocMDP level it sets (certification, or a PDF 2.0 field lock's /P); else ``None``."""
    certification: bool = False
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
    if policy.docmdp is None or change.kind not in PERMITTED[3] | {NEW_STAMP}:
        return change.text  # nothing permits it: the change speaks for itself
    who = "the certification" if policy.certification else f"the lock of field '{policy.field}'"
    if change.kind == NEW_STAMP and policy.docmdp != 1:
        return (
            f"{change.text} with a visible stamp in a new field ({who} permits signatures "
            "only in prepared or invisible fields)"
        )
    because = _PERMITS[policy.docmdp].replace("the certification", who)
    return f"{change.text} ({because})"


def _lock_rule(policy: Policy, change: Change) -> str | None:
    if not change.lockable or change.field is None:
        return None
    for lock in policy.locks:
        if lock.covers(change.field):
            return f"{change.text}, but {lock.describe(change.field)}"
    return None


RULES: tuple[Callable[[Policy, Change], str | None], ...] = (_docmdp_rule, _lock_rule)
"""The rules, in the order their reasons are preferred."""
