"""Field locks (FieldMDP, ISO 32000-2 §12.8.2.4 and §12.7.5.5): which fields a signature locks.

A signature field may carry a lock dictionary (``/Lock``: ``/Action /All``, ``/Include`` or
``/Exclude`` with ``/Fields``); the signature dictionary records the same in a ``/Reference``
entry with ``/TransformMethod /FieldMDP``. Once the field is signed, the fields the lock covers
must not change. Both are read from the revision the signature covers, so a later update that
removes the lock does not unlock anything (and is itself a change to a signed field).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.fields import text
from agreement_studio.verification.view import View

_ = translatable(__name__)

_ACTIONS = ("All", "Include", "Exclude")


@dataclass(frozen=True)
class FieldLock:
    """The fields one signature locks."""

    signature: str
    """The name of the signature field whose signing set the lock."""
    action: str
    """``All``, ``Include`` or ``Exclude``."""
    fields: frozenset[str]
    """The field names the action lists (fully qualified)."""

    def covers(self, name: str) -> bool:
        """Whether the lock forbids changing field ``name`` (a field listed covers its kids)."""
        listed = any(name == f or name.startswith(f + ".") for f in self.fields)
        if self.action == "All":
            return True
        return listed if self.action == "Include" else not listed

    def describe(self, name: str) -> str:
        """``field 'x' is locked by signature 'Sig1' (FieldMDP)``."""
        return _(
            "field '{name}' is locked by signature '{signature}' (FieldMDP)",
            name=name,
            signature=self.signature,
        )


def locks_of(
    view: View, field_name: str, field_attrs: dict[str, Any], sig: dict[str, Any]
) -> list[FieldLock]:
    """The locks the signature ``sig`` in field ``field_name`` sets, as ``view`` shows them."""
    found = []
    lock = view.get(field_attrs, "Lock")
    if isinstance(lock, dict):
        found.append(_lock(view, field_name, lock))
    references = view.get(sig, "Reference")
    for reference in references if isinstance(references, list) else []:
        reference = view.resolve(reference)
        if isinstance(reference, dict) and view.get(reference, "TransformMethod") == "FieldMDP":
            params = view.get(reference, "TransformParams")
            if isinstance(params, dict):
                found.append(_lock(view, field_name, params))
    return list(dict.fromkeys(found))


def _lock(view: View, field_name: str, params: dict[str, Any]) -> FieldLock:
    action = view.get(params, "Action")
    if action not in _ACTIONS:
        action = "All"  # an unreadable action locks everything (the safe side)
    names = view.get(params, "Fields")
    fields = frozenset(_names(view, names))
    return FieldLock(field_name, str(action), fields)


def _names(view: View, names: Any) -> list[str]:
    if not isinstance(names, list):
        return []
    return [text(view.resolve(name)) for name in names]


def lock_permissions(view: View, field_attrs: dict[str, Any]) -> int | None:
    """The ``/P`` of a signature field's lock dictionary (PDF 2.0), if it has one.

    Signing such a field restricts later changes as a certification with that level would.
    """
    lock = view.get(field_attrs, "Lock")
    level = view.get(lock, "P") if isinstance(lock, dict) else None
    return level if level in (1, 2, 3) else None
