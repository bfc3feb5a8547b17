"""Reminders of the dates a coordinator must not miss, and the same as an iCalendar file.

The iCalendar text is written here (RFC 5545): CRLF line ends, lines folded at 75 octets without
splitting a UTF-8 character, TEXT values escaped, one all-day VEVENT per reminder with a UID
that stays the same for the same agreement and kind of date, so importing the file again
updates the calendar instead of doubling it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import and_, or_, select

from agreement_studio.errors import InputError
from agreement_studio.i18n import render, translatable
from agreement_studio.register.schema import AgreementRecord
from agreement_studio.register.status import OPEN_STATUSES
from agreement_studio.register.values import Reminder

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store

A = AgreementRecord
_KINDS = (("notice", A.notice_deadline), ("end", A.term_end), ("review", A.review_date))


def upcoming(store: Store, within_days: int, *, today: dt.date | None = None) -> list[Reminder]:
    """Every end date, notice deadline and review date from today to ``within_days`` ahead."""
    if within_days < 0:
        raise InputError(_("the number of days ahead cannot be negative"))
    today = today or dt.date.today()
    last = today + dt.timedelta(days=within_days)
    stmt = select(
        A.document_id, A.title, A.network, A.notice_deadline, A.term_end, A.review_date
    ).where(
        A.status.in_([s.value for s in OPEN_STATUSES]),
        or_(*(and_(column >= today, column <= last) for _kind, column in _KINDS)),
    )
    found: list[Reminder] = []
    with store.read() as session:
        for document_id, title, network, notice, end, review in session.execute(stmt):
            for (kind, _column), day in zip(_KINDS, (notice, end, review), strict=True):
                if day is not None and today <= day <= last:
                    found.append(
                        Reminder(day, kind, document_id, title, network, (day - today).days)
                    )
    found.sort(key=lambda r: (r.date, r.title, r.kind))
    return found


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 section 3.3.11 asks."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets, continuations led by a space."""
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # the leading space counts on continuations
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def to_icalendar(reminders: list[Reminder], *, now: dt.datetime | None = None) -> str:
    """The reminders as an iCalendar (RFC 5545) text, each an all-day event."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Agreement Studio//Register//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for reminder in reminders:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{reminder.document_id}-{reminder.kind}@agreement-studio",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{reminder.date.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(reminder.date + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(render(reminder.summary))}",
            f"DESCRIPTION:{escape_text(_description(reminder))}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-P7D",
            f"DESCRIPTION:{escape_text(render(reminder.summary))}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _description(reminder: Reminder) -> str:
    return render(
        _(
            "{summary}\nNetwork: {network}\nDocument ID: {document_id}",
            summary=reminder.summary,
            network=reminder.network,
            document_id=reminder.document_id,
        )
    )
