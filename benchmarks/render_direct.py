"""The render benchmark's baseline: the same content laid out directly with stock ReportLab.

What a programmer would write without our stack: no template engine, no Markdown layout code,
no signature fields, no two-level numbering logic — the composed text, already split into blocks
(outside the timer), becomes stock platypus flowables: Paragraphs for headings and clauses (the
clause numbers written into the text), bullet Paragraphs for list items, Tables of Paragraphs for
the Markdown tables, a title block, one boxed Table per signatory on a signature page, and a
page footer with the title, document ID and page number.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from markdown_it import MarkdownIt
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from agreement_studio.pdf.fonts import SANS, SANS_BOLD, SERIF, register_fonts
from agreement_studio.pdf.inline import escape
from agreement_studio.pdf.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_TOP,
    PAGE_SIZE,
)


@dataclass(frozen=True)
class Block:
    """One piece of the body: ``kind`` is heading, subheading, text, item or table."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def blocks_of(markdown: str) -> list[Block]:
    """The Markdown as numbered blocks (done once, outside the timed part)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    blocks: list[Block] = []
    clause = sub = 0
    in_list = 0
    row: list[str] = []
    rows: list[tuple[str, ...]] = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            text = tokens[i + 1].content
            if token.tag == "h2":
                numbered = not text.endswith("{-}")
                clause, sub = (clause + 1, 0) if numbered else (clause, sub)
                label = f"{clause}. " if numbered else ""
                blocks.append(Block("heading", label + text.removesuffix("{-}").strip()))
            else:
                sub += 1
                blocks.append(Block("subheading", f"{clause}.{sub} {text}"))
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
        elif token.type == "inline" and tokens[i - 1].type == "paragraph_open" and not row:
            if in_list:
                blocks.append(Block("item", token.content))
            else:
                sub += 1
                blocks.append(Block("text", f"{clause}.{sub} {token.content}"))
        elif token.type in ("th_open", "td_open"):
            row.append(tokens[i + 1].content)
        elif token.type == "tr_close":
            rows.append(tuple(row))
            row = []
        elif token.type == "table_close":
            blocks.append(Block("table", rows=tuple(rows)))
            rows = []
    return blocks


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = {"fontName": SERIF, "bulletFontName": SERIF, "fontSize": 10, "leading": 14}
    return {
        "title": ParagraphStyle(
            "d-title",
            **{**base, "fontName": SANS_BOLD, "fontSize": 18, "leading": 22, "spaceAfter": 8},
        ),
        "heading": ParagraphStyle(
            "d-h",
            **{
                **base,
                "fontName": SANS_BOLD,
                "fontSize": 11.5,
                "leading": 15,
                "spaceBefore": 12,
                "spaceAfter": 5,
                "keepWithNext": 1,
            },
        ),
        "text": ParagraphStyle(
            "d-p", **{**base, "leftIndent": 30, "firstLineIndent": -30, "spaceAfter": 5}
        ),
        "item": ParagraphStyle("d-li", **{**base, "leftIndent": 46, "bulletIndent": 34}),
        "cell": ParagraphStyle("d-cell", **{**base, "fontSize": 9, "leading": 11.5}),
        "small": ParagraphStyle(
            "d-small", **{**base, "fontName": SANS, "fontSize": 8, "leading": 10}
        ),
    }


def _table(rows: tuple[tuple[str, ...], ...], cell: ParagraphStyle) -> Table:
    data = [[Paragraph(escape(text), cell) for text in row] for row in rows]
    table = Table(data, repeatRows=1, colWidths=[FRAME_WIDTH / len(rows[0])] * len(rows[0]))
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _signature_box(party: str, name: str, title: str, styles) -> KeepTogether:
    small = styles["small"]
    rows = [
        [Paragraph(f"<b>{escape(party)}</b>", styles["cell"])],
        [Paragraph("Paikka ja aika", small)],
        [Spacer(1, 40)],
        [Paragraph(escape(name), styles["cell"])],
        [Paragraph(escape(title), small)],
    ]
    table = Table(rows, colWidths=[FRAME_WIDTH / 2 - 6])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                ("LINEBELOW", (0, 2), (0, 2), 0.5, colors.grey),
            ]
        )
    )
    return KeepTogether([table, Spacer(1, 8)])


def render_direct(
    title: str, document_id: str, blocks: list[Block], signatories: list[tuple[str, str, str]]
) -> bytes:
    """Lay the blocks out with stock ReportLab; returns the PDF bytes."""
    styles = _styles()
    story = [Paragraph(escape(title), styles["title"])]
    for block in blocks:
        if block.kind == "table":
            story.append(_table(block.rows, styles["cell"]))
        elif block.kind == "item":
            story.append(Paragraph(escape(block.text), styles["item"], bulletText="•"))
        elif block.kind in ("heading", "subheading"):
            story.append(Paragraph(escape(block.text), styles["heading"]))
        else:
            story.append(Paragraph(escape(block.text), styles["text"]))
    story.append(PageBreak())
    story += [_signature_box(*signatory, styles) for signatory in signatories]

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.drawString(MARGIN_LEFT, PAGE_SIZE[1] - 14 * 2.8346, title)
        canvas.drawString(MARGIN_LEFT, 12 * 2.8346, document_id)
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN_LEFT, 12 * 2.8346, f"{doc.page}")
        canvas.restoreState()

    buffer = BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_LEFT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=SERIF,
        invariant=1,
    ).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()
