"""Tables: a header row, cells that wrap, the header repeated after a page break."""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from agreement_studio.pdf.fonts import SERIF
from agreement_studio.pdf.inline import inline_markup, inline_plain
from agreement_studio.pdf.styles import HEAD_FILL, RULE, styles

_ALIGNS = {"text-align:center": TA_CENTER, "text-align:right": TA_RIGHT}
_MIN_WEIGHT, _MAX_WEIGHT = 4, 36
# A row taller than this many points may be split inside (a cell with pages of text);
# shorter rows always move whole to the next page.
_SPLIT_IN_ROW_MIN = 48

_TABLE_STYLE = TableStyle([
    # The table's own font must be an embedded one even though every cell is a Paragraph.
    ("FONT", (0, 0), (-1, -1), SERIF, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
])


def column_widths(texts: Sequence[Sequence[str]], width: float) -> list[float]:
    """Share ``width`` among columns by how long their longest text is (within bounds)."""
    columns = max((len(row) for row in texts), default=0)
    if columns == 0:
        return []
    weights = []
    for col in range(columns):
        longest = max((len(row[col]) for row in texts if col < len(row)), default=0)
        weights.append(min(max(longest, _MIN_WEIGHT), _MAX_WEIGHT))
    total = sum(weights)
    return [width * weight / total for weight in weights]


def data_table(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               aligns: Sequence[int] | None = None) -> Table:
    """A table of paragraph-markup cells with ``head`` as its (repeated) header row."""
    look = styles()
    aligns = list(aligns or [TA_LEFT] * len(widths))
    head_styles = [_aligned(look.cell_head, a) for a in aligns]
    cell_styles = [_aligned(look.cell, a) for a in aligns]
    data = [[Paragraph(text, head_styles[i]) for i, text in enumerate(head)]]
    data.extend([Paragraph(text, cell_styles[i]) for i, text in enumerate(row)] for row in rows)
    return Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT",
                 style=_TABLE_STYLE, splitInRow=_SPLIT_IN_ROW_MIN)


def markdown_table(node: SyntaxTreeNode, width: float) -> Table | None:
    """The ReportLab table for a markdown-it ``table`` node, ``width`` points wide."""
    rows: list[list[SyntaxTreeNode]] = []
    for section in node.children:  # thead, tbody
        rows.extend([cell for cell in tr.children] for tr in section.children)
    if not rows or not rows[0]:
        return None
    columns = len(rows[0])
    rows = [(row + [None] * columns)[:columns] for row in rows]  # type: ignore[list-item]
    plain = [[_cell_plain(cell) for cell in row] for row in rows]
    markup = [[_cell_markup(cell) for cell in row] for row in rows]
    aligns = [_ALIGNS.get(str(cell.attrs.get("style", "")), TA_LEFT) if cell else TA_LEFT
              for cell in rows[0]]
    return data_table(markup[0], markup[1:], column_widths(plain, width), aligns)


def _cell_markup(cell: SyntaxTreeNode | None) -> str:
    if cell is None or not cell.children:
        return ""
    return inline_markup(cell.children[0])


def _cell_plain(cell: SyntaxTreeNode | None) -> str:
    if cell is None or not cell.children:
        return ""
    return inline_plain(cell.children[0])


_aligned_cache: dict[tuple[str, int], ParagraphStyle] = {}


def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    if alignment == style.alignment:
        return style
    key = (style.name, alignment)
    if key not in _aligned_cache:
        _aligned_cache[key] = ParagraphStyle(f"{style.name}-{alignment}", parent=style,
                                             alignment=alignment)
    return _aligned_cache[key]
