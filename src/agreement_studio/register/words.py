"""Helpers that keep the register's sentences translatable on their way to a reader.

A sentence is a :class:`~agreement_studio.i18n.Text`; joining Texts with ``"; ".join`` or
formatting an error into an f-string would keep only the English. These build the composite as
a Text instead, and keep a reason recorded in the audit log readable in the reader's language
(:func:`recorded` stores its message and parameters beside the English; :func:`reread` brings
it back).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agreement_studio.i18n import Text, translatable

_ = translatable(__name__)

__all__ = ["day_words", "joined", "reason", "recorded", "reread"]


def reason(error: BaseException) -> str:
    """An error's message, still a :class:`Text` when the error was made with one."""
    if error.args and isinstance(error.args[0], Text):
        return error.args[0]
    return str(error)


def joined(items: Sequence[str], separator: str = "; ") -> str:
    """``separator.join(items)``, kept translatable when an item is a :class:`Text`."""
    if len(items) == 1:
        return items[0]  # a lone Text stays a Text (a join would keep only its English)
    if not any(isinstance(item, Text) for item in items):
        return separator.join(items)
    rest = joined(items[1:], separator)
    if separator == ", ":
        return _("{first}, {rest}", first=items[0], rest=rest)
    if separator == " and ":
        return _("{first} and {rest}", first=items[0], rest=rest)
    return _("{first}; {rest}", first=items[0], rest=rest)


def day_words(moment: str | None) -> str:
    """A day (``2026-12-05`` or a timestamp starting with one) as the reader writes dates.

    English keeps the ISO form; Finnish and Swedish read ``5.12.2026``. Not a date: as given.
    """
    if not moment:
        return _("an unknown date")
    try:
        year, month, day = (int(part) for part in moment[:10].split("-"))
    except ValueError:
        return moment
    return _("{year}-{month:02d}-{day:02d}", year=year, month=month, day=day)


def recorded(text: str) -> dict[str, Any] | None:
    """A sentence as JSON for an audit event's details (``None`` for a plain string)."""
    if not isinstance(text, Text):
        return None
    params = {name: recorded(value) or _plain(value) for name, value in text.params.items()}
    found: dict[str, Any] = {"domain": text.domain, "msgid": text.msgid, "params": params}
    if text.plural is not None:
        found["plural"] = list(text.plural)
    return found


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | bool) or value is None else str(value)


def reread(data: object, english: str = "") -> str:
    """A sentence stored by :func:`recorded` as a :class:`Text` again (else ``english``)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("msgid"), str):
        return english
    params = data.get("params") or {}
    values = {
        name: reread(value, str(value)) if isinstance(value, Mapping) else value
        for name, value in params.items()
    }
    plural = data.get("plural")
    try:
        return Text(
            str(data.get("domain", "register")),
            data["msgid"],
            values,
            (str(plural[0]), int(plural[1])) if plural else None,
        )
    except (KeyError, IndexError, ValueError, TypeError):
        return english
