"""The signature page: one box per signatory, two to a row, each with an empty signature field.

A box holds the organisation, a place-and-date line, the signature area and the signatory's
name and title. A row of boxes is one flowable that cannot be split, so a box is always whole on
one page; the rows themselves flow over as many pages as needed, and the last two rows stay
together so a last page never holds a lone box. Drawing a box puts the signatory's signature
field exactly on its signature area.

Each signatory signs where their organisation is: the place is the town of the party's Finnish
postal address (``15100 Lahti``), else the agreement's place of signing. The date is the agreed
date of signing, else a note that the electronic signature dates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from agreement_studio.pdf.fonts import SANS, SANS_BOLD, SERIF
from agreement_studio.pdf.inline import clean, escape
from agreement_studio.pdf.labels import format_date
from agreement_studio.pdf.para import Para, kept_only_if_short
from agreement_studio.pdf.styles import MUTED, RULE, styles
from agreement_studio.pdf.tagging import Tag, tagged
from agreement_studio.pdf.textlines import wrap_lines

SIGNATURE_HEIGHT = 20 * mm
COLUMNS = 2
GUTTER = 5 * mm
_PAD = 6.0
_GAP = 4.0
# A box shows at most this much of any one value or label, so that a row of boxes with the
# section's heading and introduction always fits on one page.
_MAX_CHARS = 240
_MAX_LABEL_CHARS = 80


@dataclass(frozen=True)
class _Font:
    name: str
    size: float
    leading: float


_ORGANISATION = _Font(SANS_BOLD, 9.5, 12)
_IDENTIFIER = _Font(SANS, 7.5, 10)
_LABEL = _Font(SANS, 7, 9)
_VALUE = _Font(SERIF, 9, 11.5)


@dataclass(frozen=True)
class _Block:
    font: _Font
    rows: list[str]
    gap: float = 0.0

    @property
    def height(self) -> float:
        return self.font.leading * len(self.rows) + self.gap


@dataclass(frozen=True)
class BoxText:
    """The words of one signatory's box."""

    organisation: str
    identifier: str
    place_and_date: tuple[str, str]
    signature_label: str
    name: tuple[str, str]
    title: tuple[str, str]
    organisation_lang: str = ""
    """The language of the organisation's name when it is not the agreement's (its /Lang)."""


class SignatureBox(Flowable):
    """One signatory's box; drawing it places the signatory's empty signature field."""

    tag: Tag | None  # set by the row that draws it, before drawing

    def __init__(self, text: BoxText, field_name: str, width: float) -> None:
        super().__init__()
        self.text = text
        self.field_name = field_name
        self.width = width
        self.header_height = self.body_height = 0.0
        self.header_to = self.stretch_to = 0.0
        self._header: list[_Block] = []
        self._before: list[_Block] = []
        self._after: list[_Block] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The box's own height for its (fixed) width."""
        inner = self.width - 2 * _PAD
        text = self.text

        def block(font: _Font, value: str, gap: float = 0.0) -> _Block:
            return _Block(font, wrap_lines(value, font.name, font.size, inner), gap)

        self._header = [block(_ORGANISATION, text.organisation)]
        if text.identifier:
            self._header.append(block(_IDENTIFIER, text.identifier))
        self._before = [
            block(_LABEL, text.place_and_date[0]),
            block(_VALUE, text.place_and_date[1], _GAP),
            block(_LABEL, text.signature_label),
        ]
        self._after = [
            block(_LABEL, text.name[0]),
            block(_VALUE, text.name[1], _GAP),
            block(_LABEL, text.title[0]),
            block(_VALUE, text.title[1]),
        ]
        self.header_height = 2 * _PAD + sum(b.height for b in self._header)
        self.body_height = (
            _PAD
            + sum(b.height for b in self._before)
            + SIGNATURE_HEIGHT
            + _GAP
            + sum(b.height for b in self._after)
            + _PAD
        )
        self.height = self.header_height + self.body_height
        return self.width, self.height

    def draw(self) -> None:
        """Border, texts top down, the line to sign on, and the signature field.

        Tagged, the box is a ``Div`` of the signatures: its texts are a ``P`` each side of a
        ``Form`` element (the field, with alternate text); the border and lines are artifacts.
        """
        canvas = self.canv
        tagger = getattr(canvas, "tagger", None)
        box = form = None
        if tagger is not None:
            box = tagger.child(tagger.element(getattr(self, "tag", None)), "Div", self.field_name)
        height = max(self.height, self.stretch_to)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.75)
        self._artifact(lambda: canvas.rect(0, 0, self.width, height))
        self._tagged_head(box, height - _PAD)
        top = height - max(self.header_height, self.header_to)
        canvas.setLineWidth(0.5)
        self._artifact(lambda: canvas.line(0, top, self.width, top))
        top = self._tagged_text(box, "before", lambda: self._draw_blocks(self._before, top - _PAD))
        bottom = top - SIGNATURE_HEIGHT
        if box is not None and tagger is not None:
            form = tagger.child(box, "Form", "field")
            form.alt = self.alt_text()
        self._artifact(lambda: canvas.line(_PAD, bottom, self.width - _PAD, bottom))
        self._tagged_text(box, "after", lambda: self._draw_blocks(self._after, bottom - _GAP))
        canvas.restoreState()
        self._place_field(_PAD, bottom, self.width - _PAD, top, form)

    def alt_text(self) -> str:
        """What a screen reader says for the field: signature, name, organisation."""
        text = self.text
        return f"{text.signature_label}: {text.name[1]}, {text.organisation}"

    def _artifact(self, draw: Any) -> None:
        tagger = getattr(self.canv, "tagger", None)
        if tagger is None:
            draw()
            return
        with tagger.artifact(self.canv):
            draw()

    def _tagged_head(self, box: Any, top: float) -> None:
        """The organisation and its identifier: one ``P``; a name in another language than
        the agreement's is a ``Span`` with its ``/Lang`` inside it."""
        tagger = getattr(self.canv, "tagger", None)
        lang = self.text.organisation_lang
        if tagger is None or box is None or not lang:
            self._tagged_text(box, "head", lambda: self._draw_blocks(self._header, top))
            return
        head = tagger.child(box, "P", "head")
        name = tagger.child(head, "Span", "name")
        name.lang = lang
        with tagger.marked(self.canv, name):
            top = self._draw_blocks(self._header[:1], top)
        if self._header[1:]:
            with tagger.marked(self.canv, head):
                self._draw_blocks(self._header[1:], top)

    def _tagged_text(self, box: Any, key: str, draw: Any) -> Any:
        tagger = getattr(self.canv, "tagger", None)
        if tagger is None or box is None:
            return draw()
        with tagger.marked(self.canv, tagger.child(box, "P", key)):
            return draw()

    def _draw_blocks(self, blocks: list[_Block], top: float) -> float:
        canvas = self.canv
        for block in blocks:
            font = block.font
            canvas.setFont(font.name, font.size)
            canvas.setFillColor(MUTED if font is _LABEL else black)
            for row in block.rows:
                canvas.drawString(_PAD, top - 0.9 * font.size, row)
                top -= font.leading
            top -= block.gap
        return top

    def _place_field(self, x0: float, y0: float, x1: float, y1: float, element: Any = None) -> None:
        fields = getattr(self.canv, "signature_fields", None)
        if fields is not None:  # a plain canvas (e.g. one that only measures) gets no field
            left, bottom = self.canv.absolutePosition(x0, y0)
            right, top = self.canv.absolutePosition(x1, y1)
            fields.add(self.canv, self.field_name, (left, bottom, right, top), element)


class BoxRow(Flowable):
    """Boxes side by side, their parts level and all as tall as the tallest; never split."""

    def __init__(self, boxes: list[SignatureBox], box_width: float) -> None:
        super().__init__()
        self.boxes = boxes
        self.box_width = box_width
        self.spaceAfter = GUTTER

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """As wide as the frame, as tall as the tallest box with the tallest header."""
        for box in self.boxes:
            box.wrap(self.box_width, available_height)
        header = max(box.header_height for box in self.boxes)
        self.height = header + max(box.body_height for box in self.boxes)
        for box in self.boxes:
            box.header_to, box.stretch_to = header, self.height
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        """Each box in its column."""
        for column, box in enumerate(self.boxes):
            box.tag = getattr(self, "tag", None)
            box.drawOn(self.canv, column * (self.box_width + GUTTER), 0)


def signature_page(
    agreement: Any, labels: dict[str, str], language: str, width: float
) -> list[Flowable]:
    """The flowables of the signature section, starting on a new page."""
    look = styles()
    box_width = (width - GUTTER * (COLUMNS - 1)) / COLUMNS
    boxes = [
        SignatureBox(box_text(party, signatory, agreement, labels, language), field, box_width)
        for party, signatory, field in agreement.signatures()
    ]
    rows = [BoxRow(boxes[i : i + COLUMNS], box_width) for i in range(0, len(boxes), COLUMNS)]
    head = Para(
        escape(labels["signatures"]),
        kept_only_if_short(look.clause_unnumbered, labels["signatures"]),
    )
    # Never the introduction alone at the foot of a page (unless it is too long to keep).
    intro = Para(
        escape(labels["signature_intro"]), kept_only_if_short(look.intro, labels["signature_intro"])
    )
    section = Tag("Sect")
    for row in rows:
        tagged(row, Tag("Div", section, container=True))
    if len(rows) >= 2:
        # The last row never alone on the last page: it takes the one before with it.
        rows[-2].keepWithNext = 1
    return [PageBreak(), tagged(head, Tag("H2", section)), tagged(intro, Tag("P", section)), *rows]


_FINNISH_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+([^\d,]+?)\s*$")


def signing_place(party: Any, agreement: Any) -> str:
    """Where ``party``'s signatories sign: the town of its postal address, else the agreed place."""
    match = _FINNISH_POSTCODE_TOWN.search(" ".join(str(party.address or "").split()))
    if match:
        return match.group(1)
    return str(agreement.signing.place or "")


def box_text(
    party: Any, signatory: Any, agreement: Any, labels: dict[str, str], language: str
) -> BoxText:
    """What one signatory's box says, in the agreement's language."""
    place = signing_place(party, agreement)
    if agreement.signing.date:
        when = format_date(agreement.signing.date, language)
    else:
        when = labels.get("date_hint", "")
    identifier = party.identifier_label.strip()
    return BoxText(
        organisation=_one_line(party.name),
        identifier=_one_line(f"{labels['business_id']}: {identifier}", _MAX_LABEL_CHARS)
        if identifier
        else "",
        place_and_date=(
            _one_line(labels["place_and_date"], _MAX_LABEL_CHARS),
            _one_line(", ".join(part for part in (place, when) if part)),
        ),
        signature_label=_one_line(labels["signature"], _MAX_LABEL_CHARS),
        name=(_one_line(labels["name"], _MAX_LABEL_CHARS), _one_line(signatory.name)),
        title=(_one_line(labels["title"], _MAX_LABEL_CHARS), _one_line(signatory.title)),
        organisation_lang=_foreign(getattr(party, "name_language", ""), language),
    )


def _foreign(lang: str, language: str) -> str:
    """``lang`` if it is another language than the document's ``language``, else ``""``."""
    return lang if lang and lang != language else ""


def _one_line(text: str, limit: int = _MAX_CHARS) -> str:
    """Whitespace runs as single spaces, cleaned, and clipped to ``limit`` characters."""
    text = clean(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
