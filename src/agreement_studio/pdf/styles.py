"""The look of an agreement: paragraph styles, sizes and the page geometry, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from agreement_studio.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

CLAUSE_INDENT = 30.0
"""Where clause text starts; the numbers ("10.12") hang in the space before it."""
LIST_STEP = 16.0
"""Extra indent per list level."""

MUTED = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.6, 0.6, 0.6)
HEAD_FILL = colors.Color(0.92, 0.92, 0.92)


def _style(name: str, parent: ParagraphStyle | None = None, **values: Any) -> ParagraphStyle:
    # ``values`` are ParagraphStyle's own keywords, each of its own type (its stubs check them).
    # Every style names its bullet font too: ReportLab's default bullet font is Helvetica,
    # which would bring an unembedded standard font into the file.
    font = values.setdefault("fontName", parent.fontName if parent else SERIF)
    values.setdefault("bulletFontName", font)
    values.setdefault("alignment", TA_LEFT)
    # No paragraph leaves its last line alone at the top of a page, nor its first alone at
    # the foot (ReportLab allows widows by default).
    values.setdefault("allowWidows", 0)
    values.setdefault("allowOrphans", 0)
    return ParagraphStyle(name, parent, **values)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    brief: ParagraphStyle
    body: ParagraphStyle
    intro: ParagraphStyle
    item: ParagraphStyle
    code: ParagraphStyle
    clause: ParagraphStyle
    clause_unnumbered: ParagraphStyle
    subclause_heading: ParagraphStyle
    minor_heading: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    box_organisation: ParagraphStyle
    box_text: ParagraphStyle
    box_label: ParagraphStyle


@cache
def styles() -> Styles:
    """The document styles (built once; ParagraphStyle objects are never changed afterwards).

    The fonts are registered first: a Paragraph looks its font family up when it is made.
    """
    register_fonts()
    body = _style("body", fontSize=10, leading=14, spaceAfter=5, splitLongWords=1)
    clause = _style(
        "clause",
        fontName=SANS_BOLD,
        fontSize=11.5,
        leading=15,
        spaceBefore=12,
        spaceAfter=5,
        keepWithNext=1,
        leftIndent=CLAUSE_INDENT,
        bulletIndent=0,
        bulletFontSize=11.5,
    )
    return Styles(
        title=_style("title", fontName=SANS_BOLD, fontSize=18, leading=23, spaceAfter=4),
        subtitle=_style(
            "subtitle", fontName=SANS, fontSize=12, leading=16, spaceAfter=12, textColor=MUTED
        ),
        section=_style(
            "section",
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=4,
            spaceAfter=5,
            keepWithNext=1,
        ),
        brief=_style(
            "brief", fontName=SANS, fontSize=9, leading=13, spaceAfter=10, splitLongWords=1
        ),
        body=body,
        intro=_style("intro", parent=body, keepWithNext=1),
        item=_style("item", parent=body, spaceAfter=2.5),
        code=_style("code", parent=body, fontName=SANS, fontSize=9, leading=12),
        clause=clause,
        clause_unnumbered=_style("clause-unnumbered", parent=clause, leftIndent=0),
        subclause_heading=_style(
            "subclause-heading",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
            leftIndent=CLAUSE_INDENT,
            bulletIndent=0,
            bulletFontSize=10,
        ),
        minor_heading=_style(
            "minor-heading",
            fontName=SERIF_BOLD,
            fontSize=10,
            leading=14,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=_style("cell", fontSize=9, leading=10.8, splitLongWords=1),
        cell_head=_style(
            "cell-head", fontName=SANS_BOLD, fontSize=8.5, leading=10.2, splitLongWords=1
        ),
        box_organisation=_style(
            "box-organisation", fontName=SANS_BOLD, fontSize=9.5, leading=12, splitLongWords=1
        ),
        box_text=_style("box-text", fontSize=9, leading=11.5, splitLongWords=1),
        box_label=_style("box-label", fontName=SANS, fontSize=7, leading=9, textColor=MUTED),
    )


@cache
def indented(base: ParagraphStyle, left: float, bullet_at: float | None = None) -> ParagraphStyle:
    """``base`` moved ``left`` points in, its bullet (number) at ``bullet_at``."""
    return ParagraphStyle(
        f"{base.name}@{left:g}",
        parent=base,
        leftIndent=left,
        bulletIndent=left if bullet_at is None else bullet_at,
    )
