"""When a draft was made ready for signing: the moment its PDF says it was created.

Rendering never reads the clock (the same draft gives the same bytes), so the moment is part
of the draft (``Agreement.prepared``). It is recorded once, when the draft is finished: by the
wizard's Finish, by ``render`` and by ``register add``, each only when the draft has none. An
explicit moment wins over the draft's: ``render --created``, or ``SOURCE_DATE_EPOCH`` (the
reproducible-builds convention) in the environment. A moment in the future is refused: the
file would claim to be created after it is signed.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

from agreement_studio.agreement.model import Agreement
from agreement_studio.errors import InputError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
_SKEW = dt.timedelta(minutes=5)
"""How far ahead of this computer's clock a given moment may be (another computer's clock)."""


def now() -> dt.datetime:
    """The current moment in UTC, whole seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def parse_moment(text: str) -> dt.datetime:
    """An ISO 8601 date or date and time (UTC unless it says otherwise); InputError if not."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            _(
                "{text} is not a date and time; write it as 2026-12-05 or 2026-12-05T14:30+02:00",
                text=repr(text),
            )
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def explicit_moment(
    created: dt.datetime | None = None, environ: Mapping[str, str] | None = None
) -> dt.datetime | None:
    """The moment asked for explicitly: ``created``, else ``SOURCE_DATE_EPOCH``, else None."""
    if created is not None:
        return created
    value = (os.environ if environ is None else environ).get(SOURCE_DATE_EPOCH, "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError):
        raise InputError(
            _(
                "{name} must be a whole number of seconds since 1970, not {value}",
                name=SOURCE_DATE_EPOCH,
                value=repr(value),
            )
        ) from None


def mark_prepared(
    agreement: Agreement,
    created: dt.datetime | None = None,
    environ: Mapping[str, str] | None = None,
) -> dt.datetime:
    """Record when ``agreement`` was made ready, unless it already says so; returns the moment.

    ``created`` or ``SOURCE_DATE_EPOCH`` replaces the draft's moment; without either, a draft
    that has none gets the current moment. InputError for a moment in the future.
    """
    moment = explicit_moment(created, environ)
    if moment is None:
        moment = agreement.prepared or now()
    if moment > now() + _SKEW:
        raise InputError(
            _(
                "the creation moment {moment} is in the future; a file cannot be created "
                "after it is signed",
                moment=moment.isoformat(),
            )
        )
    agreement.prepared = moment
    return agreement.prepared
