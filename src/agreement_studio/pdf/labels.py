"""The words the layout adds itself (headings, box labels, furniture), and dates in print."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

FALLBACK_LABELS: dict[str, str] = {
    "signatures": "Signatures",
    "signature_intro": "The parties' authorised representatives sign this agreement "
    "electronically.",
    "place_and_date": "Place and date",
    "date_hint": "date of the electronic signature",
    "signature": "Signature",
    "name": "Name",
    "title": "Title",
    "organisation": "Organisation",
    "page": "Page {n} / {total}",
    "document_id": "Document ID",
    "parties": "Parties",
    "business_id": "Business ID",
}
"""English words for any label a template does not give."""

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def merged_labels(given: Mapping[str, object] | None) -> dict[str, str]:
    """The template's labels over the English fallbacks; blank or non-text labels fall back."""
    labels = dict(FALLBACK_LABELS)
    for key, value in (given or {}).items():
        if isinstance(value, str) and value.strip():
            labels[str(key)] = value
    return labels


def page_text(label: str, number: int, total: int) -> str:
    """``label`` with ``{n}`` and ``{total}`` filled in.

    Plain replacement, not ``str.format``: a template's label is text from a file, and format
    syntax would let a broken (or clever) label raise or reach into objects.
    """
    if "{n}" not in label:
        label = FALLBACK_LABELS["page"]
    return label.replace("{n}", str(number)).replace("{total}", str(total))


def format_date(day: date, language: str) -> str:
    """A date as written in the agreement's language: 1.2.2027 (fi, sv), 1 February 2027 (en)."""
    if language == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"
