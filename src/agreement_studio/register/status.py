"""An agreement's status and deadlines, derived from what the register records.

The database keeps the *lifecycle* status (draft … signed, terminated, superseded), which only
an operation changes; ``expired`` and "in force" depend on today's date and are derived when read.
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum

from agreement_studio.i18n import Text, translatable

_ = translatable(__name__)


class Status(StrEnum):
    """Where an agreement stands."""

    DRAFT = "draft"
    """Recorded, but no PDF has been prepared for signing yet."""
    READY = "ready-for-signing"
    """The PDF with one empty signature field per signatory is ready; nobody has signed."""
    PARTIALLY_SIGNED = "partially-signed"
    """Some signatories have signed (k of n, counted on the copy to send on)."""
    SIGNED = "signed"
    """Every signatory has signed; in force from the start date."""
    EXPIRED = "expired"
    """Signed, and its end date has passed."""
    TERMINATED = "terminated"
    """Ended early by a recorded termination."""
    SUPERSEDED = "superseded"
    """A renewal, now signed, replaced it."""


STORED_STATUSES = (
    Status.DRAFT,
    Status.READY,
    Status.PARTIALLY_SIGNED,
    Status.SIGNED,
    Status.TERMINATED,
    Status.SUPERSEDED,
)
OPEN_STATUSES = (Status.DRAFT, Status.READY, Status.PARTIALLY_SIGNED, Status.SIGNED)
"""Statuses of agreements whose deadlines still matter."""


def signing_status(signed: int, total: int, *, prepared: bool = True) -> Status:
    """The lifecycle status given how many of ``total`` signatories have signed."""
    if not prepared:
        return Status.DRAFT
    if signed <= 0:
        return Status.READY
    return Status.SIGNED if signed >= total else Status.PARTIALLY_SIGNED


def effective_status(stored: str, term_end: dt.date | None, today: dt.date) -> Status:
    """The status as of ``today``: a signed agreement whose end date has passed has expired."""
    status = Status(stored)
    if status is Status.SIGNED and term_end is not None and term_end < today:
        return Status.EXPIRED
    return status


def in_force(status: Status, term_start: dt.date | None, today: dt.date) -> bool:
    """True for a signed agreement whose term has begun (and not ended)."""
    return status is Status.SIGNED and (term_start is None or term_start <= today)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def notice_deadline(term_end: dt.date | None, notice_months: int) -> dt.date | None:
    """The last day to give notice so that the agreement ends at ``term_end``."""
    if term_end is None:
        return None
    return months_before(term_end, notice_months)


def next_deadline(dates: tuple[dt.date | None, ...], today: dt.date) -> dt.date | None:
    """The earliest of ``dates`` on or after ``today``."""
    upcoming = [d for d in dates if d is not None and d >= today]
    return min(upcoming) if upcoming else None


def status_word(status: Status | str) -> Text:
    """The status in words (translatable): ``ready for signing``, ``terminated`` …"""
    words = {
        Status.DRAFT: _("draft"),
        Status.READY: _("ready for signing"),
        Status.PARTIALLY_SIGNED: _("partially signed"),
        Status.SIGNED: _("signed"),
        Status.EXPIRED: _("expired"),
        Status.TERMINATED: _("terminated"),
        Status.SUPERSEDED: _("superseded"),
    }
    return words[Status(status)]


def describe_status(status: Status, signed: int, total: int) -> Text:
    """The status in words, with the count while signing is under way."""
    if status is Status.PARTIALLY_SIGNED:
        return _("partially signed ({signed} of {total})", signed=signed, total=total)
    return status_word(status)


def describe_trusted_status(status: Status, signed: int, total: int, untrusted: int) -> Text:
    """:func:`describe_status`, saying when signatures it counts were not trusted at import
    (``untrusted`` of the ``signed``, as :mod:`.signing_trust` reads them), as the window's
    list does: ``signed — not trusted`` (all of them), ``partially signed (2 of 3) — 1 not
    trusted``. A list must not look better than the verdicts."""
    text = describe_status(status, signed, total)
    if untrusted <= 0 or signed <= 0:
        return text
    if untrusted >= signed:
        return _("{status} — not trusted", status=text)
    return _("{status} — {count} not trusted", status=text, count=untrusted)
