"""The signature page: one box per signatory, two to a row, each with an empty signature field.

A box holds the organisation, a place-and-date line, the signature area and the signatory's
name and title. Boxes are cells of a grid table, and a table row never breaks across pages, so
a box is always kept whole. The signature area is a flowable that, when drawn, puts the signatory's
signature field exactly on itself.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from agreement_studio.pdf.fonts import SANS, SERIF
from agreement_studio.pdf.inline import escape
from agreement_studio.pdf.labels import format_date
from agreement_studio.pdf.styles import MUTED, RULE, styles

SIGNATURE_HEIGHT = 20 * mm
_COLUMNS = 2
_GUTTER = 5 * mm
_PAD = 5
_MAX_CHARS = 240  # a box shows at most this much of any one value, so it always fits a page


class SignatureArea(Flowable):
    """The space a signature goes in; drawing it places the signatory's empty field on it."""

    def __init__(self, field_name: str, width: float, height: float = SIGNATURE_HEIGHT) -> None:
        super().__init__()
        self.field_name = field_name
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """A fixed size: the field's rectangle must not depend on the page."""
        return self.width, self.height

    def draw(self) -> None:
        """A line to sign on (for paper) and the signature field over the whole area."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()
        fields = getattr(canvas, "signature_fields", None)
        if fields is not None:  # a plain canvas (e.g. a measuring one) gets no field
            x0, y0 = canvas.absolutePosition(0, 0)
            x1, y1 = canvas.absolutePosition(self.width, self.height)
            fields.add(canvas, self.field_name, (x0, y0, x1, y1))


def signature_page(agreement: Any, labels: dict[str, str], language: str,
                   width: float) -> list[Flowable]:
    """The flowables of the signature section, starting on a new page."""
    look = styles()
    boxes = [_box(party, signatory, field, agreement, labels, language, width)
             for party, signatory, field in agreement.signatures()]
    head = [Paragraph(escape(labels["signatures"]), look.clause_unnumbered),
            Paragraph(escape(labels["signature_intro"]), look.body)]
    if not boxes:
        return [PageBreak(), *head]
    rows = [boxes[i:i + _COLUMNS] for i in range(0, len(boxes), _COLUMNS)]
    rows[-1] += [""] * (_COLUMNS - len(rows[-1]))
    box_width = _box_width(width)
    columns = [box_width + _GUTTER] * (_COLUMNS - 1) + [box_width]
    grid = Table(rows, colWidths=columns, hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), _GUTTER),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _GUTTER),
    ]))
    return [PageBreak(), *head, grid]


def _box(party: Any, signatory: Any, field_name: str, agreement: Any, labels: dict[str, str],
         language: str, width: float) -> Table:
    """One signatory's box, for a grid ``width`` points wide."""
    look = styles()
    inner = _box_width(width) - 2 * _PAD
    place = agreement.signing.place
    when = format_date(agreement.signing.date, language) if agreement.signing.date else ""
    place_date = ", ".join(part for part in (place, when) if part)
    organisation = escape(_clip(party.name))
    if party.identifier_label.strip():
        organisation += (f'<br/><font name="{SANS}" size="7.5">'
                         f"{escape(labels['business_id'])}: "
                         f"{escape(_clip(party.identifier_label))}</font>")
    rows = [
        [Paragraph(organisation, look.box_organisation)],
        [Paragraph(_labelled(labels["place_and_date"], place_date), look.box_text)],
        [Paragraph(escape(labels["signature"]), look.box_label)],
        [SignatureArea(field_name, inner)],
        [Paragraph(_labelled(labels["name"], signatory.name), look.box_text)],
        [Paragraph(_labelled(labels["title"], signatory.title), look.box_text)],
    ]
    return Table(rows, colWidths=[inner + 2 * _PAD], style=TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 9),
        ("BOX", (0, 0), (-1, -1), 0.75, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, 0), _PAD),
        ("TOPPADDING", (0, 1), (-1, 1), _PAD),
        ("BOTTOMPADDING", (0, 2), (-1, 2), 0),
        ("BOTTOMPADDING", (0, -1), (-1, -1), _PAD),
    ]))


def _box_width(width: float) -> float:
    return (width - _GUTTER * (_COLUMNS - 1)) / _COLUMNS


def _labelled(label: str, value: str) -> str:
    """A small grey label above a value."""
    return (f'<font name="{SANS}" size="7" color="#{MUTED.hexval()[2:]}">{escape(label)}</font>'
            f"<br/>{escape(_clip(value)) or '&nbsp;'}")


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 1].rstrip() + "…"
