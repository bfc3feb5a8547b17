"""How the register's values look in the window: statuses in words and colour, dates, terms.

The status values are spelt out here rather than taken from
:class:`agreement_studio.register.Status`: importing the register loads SQLAlchemy, and the
status filter is built before the window shows. A test keeps the two lists equal.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor, QIcon

if TYPE_CHECKING:
    import datetime as dt  # imported where it is used: the window shows before any date

    from PySide6.QtGui import QPixmap

__all__ = [
    "STATUSES",
    "deadline_text",
    "format_date",
    "format_moment",
    "status_colour",
    "status_icon",
    "status_label",
    "status_text",
    "term_text",
    "trusted_status_text",
    "untrusted_explanation",
]

translate = QCoreApplication.translate

STATUSES = (
    "draft",
    "ready-for-signing",
    "partially-signed",
    "signed",
    "expired",
    "terminated",
    "superseded",
)
"""The values of :class:`agreement_studio.register.Status`, in the order of a life."""

# QT_TRANSLATE_NOOP returns its text unchanged (it only marks it for lupdate); PySide6's
# stubs say it returns object.
_LABELS = cast(
    "dict[str, str]",
    {
        "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
        "ready-for-signing": QT_TRANSLATE_NOOP("Status", "Ready for signing"),
        "partially-signed": QT_TRANSLATE_NOOP("Status", "Partially signed"),
        "signed": QT_TRANSLATE_NOOP("Status", "Signed"),
        "expired": QT_TRANSLATE_NOOP("Status", "Expired"),
        "terminated": QT_TRANSLATE_NOOP("Status", "Terminated"),
        "superseded": QT_TRANSLATE_NOOP("Status", "Superseded"),
    },
)

# Colours that read on light and dark backgrounds; the text says the same (never colour alone).
_COLOURS = {
    "draft": "#7a7a7a",
    "ready-for-signing": "#1f6fb2",
    "partially-signed": "#c77700",
    "signed": "#2e7d32",
    "expired": "#5d4037",
    "terminated": "#b3261e",
    "superseded": "#9e9e9e",
}
_SIGNING = ("ready-for-signing", "partially-signed", "signed")


def status_label(status: str) -> str:
    """The status in words: ``Partially signed``."""
    text = _LABELS.get(str(status))
    return translate("Status", text) if text else str(status)


def status_text(status: str, signed: int, total: int) -> str:
    """The status with the count of signatures while it matters: ``Partially signed · 2/3``."""
    label = status_label(status)
    if str(status) in _SIGNING and total:
        return translate("Status", "{status} · {signed}/{total}").format(
            status=label, signed=signed, total=total
        )
    return label


def trusted_status_text(status: str, signed: int, total: int, untrusted: int) -> str:
    """:func:`status_text`, saying when signatures it counts were not trusted at import:
    ``Signed · 7/7 — not trusted`` (all of them), ``Signed · 7/7 — 2 not trusted``."""
    text = status_text(status, signed, total)
    if untrusted <= 0:
        return text
    if untrusted >= signed:
        return translate("Status", "{status} — not trusted").format(status=text)
    return translate("Status", "{status} — {count} not trusted").format(
        status=text, count=untrusted
    )


def untrusted_explanation(signed: int, untrusted: int) -> str:
    """Why the signatures are said to be not trusted (a tooltip and the detail pane)."""
    return translate(
        "Status",
        "{untrusted} of the {signed} signatures were not trusted when they were imported: the "
        "signer's certificate does not come from a trusted CA and was not pinned for the "
        "signatory (for example, a self-issued identity). The signatures themselves are intact.",
    ).format(untrusted=untrusted, signed=signed)


def status_colour(status: str) -> QColor:
    """The colour of a status."""
    return QColor(_COLOURS.get(str(status), "#7a7a7a"))


@cache
def status_icon(status: str, signed: int, total: int) -> QIcon:
    """A small pie: the share of signatures, in the status's colour."""
    icon = QIcon()
    for size in (16, 32):
        icon.addPixmap(_pie(str(status), signed, total, size))
    return icon


def _pie(status: str, signed: int, total: int, size: int) -> QPixmap:
    # Imported when the first pie is drawn (after the window's first paint): each Qt class
    # PySide6 makes for Python costs start-up time (benchmarks/startup.py).
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QPainter, QPen, QPixmap

    pixmap = QPixmap(size, size)
    # No ``Qt`` enums: the status filter draws these before the window's first paint, and the
    # first use of PySide6's ``Qt`` namespace costs ~100 ms (benchmarks/startup.py).
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = status_colour(status)
    margin = size / 8
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(QPen(colour, max(1.0, size / 12)))
    if status in _SIGNING and total:
        painter.setBrush(QBrush())  # no brush
        painter.drawEllipse(box)
        painter.setBrush(colour)
        span = round(360 * 16 * min(signed, total) / total)
        painter.drawPie(box, 90 * 16, -span)  # clockwise from twelve o'clock
    else:
        painter.setBrush(colour if status != "draft" else QBrush())
        painter.drawEllipse(box)
    painter.end()
    return pixmap


def _date_format() -> str:
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def format_date(value: dt.date | None) -> str:
    """A date in the window's language (empty for none)."""
    if value is None:
        return ""
    from PySide6.QtCore import QDate

    return QDate(value.year, value.month, value.day).toString(_date_format())


def format_moment(text: str | None) -> str:
    """An ISO time stamp from the register (UTC) in local time, to the minute."""
    if not text:
        return ""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def term_text(start: dt.date | None, end: dt.date | None) -> str:
    """The term: ``1.1.2027 – 31.12.2029``, or from a date until further notice."""
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return translate("Status", "from {date}").format(date=format_date(start))
    if end:
        return translate("Status", "until {date}").format(date=format_date(end))
    return ""


def deadline_text(day: dt.date | None, today: dt.date | None = None) -> str:
    """A deadline with how far away it is: ``31.3.2027 (in 12 days)``."""
    if day is None:
        return ""
    import datetime as dt

    days = (day - (today or dt.date.today())).days
    if days == 0:
        when = translate("Status", "today")
    elif days == 1:
        when = translate("Status", "tomorrow")
    elif days < 0:
        when = translate("Status", "{days} days ago").format(days=-days)
    else:
        when = translate("Status", "in {days} days").format(days=days)
    return f"{format_date(day)} ({when})"
