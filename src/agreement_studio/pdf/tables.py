"""Pipe tables: a header row, cells that wrap, the header repeated after a page break.

Cells of plain text (most of them: names, numbers, dates) are broken into lines here and given
to the table as text, which it draws directly; only cells with inline markup (bold, italic)
become paragraphs. That keeps a 30-row table cheap to lay out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table, TableStyle

from agreement_studio.pdf.fonts import SANS_BOLD, SERIF
from agreement_studio.pdf.inline import clean, inline_markup, inline_plain
from agreement_studio.pdf.para import Para
from agreement_studio.pdf.styles import HEAD_FILL, RULE, styles
from agreement_studio.pdf.tagging import Tag, tagged
from agreement_studio.pdf.textlines import wrap_lines

_Alignment = Literal[0, 1, 2, 4]
"""A paragraph alignment, as ReportLab's TA_ constants number them."""
_TableCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]
"""One table style command: its name, the first and last cell, then its arguments."""

_ALIGNS: dict[str, tuple[_Alignment, str]] = {
    "text-align:center": (TA_CENTER, "CENTER"),
    "text-align:right": (TA_RIGHT, "RIGHT"),
}
_MIN_WEIGHT, _MAX_WEIGHT = 4, 36
MIN_COLUMN = 30.0
"""The narrowest column (points, padding included); a table needing narrower ones is not drawn
as a table."""
_PAD = 4.0
# A row taller than this many points may be split inside (a cell with pages of text);
# shorter rows always move whole to the next page.
_SPLIT_IN_ROW_MIN = 48
_PLAIN_NODES = frozenset({"text", "softbreak"})
# Text cells use ReportLab's own line height (1.2 x size): its in-row split counts lines with it.
_BODY_FONT, _HEAD_FONT = (SERIF, 9.0, 10.8), (SANS_BOLD, 8.5, 10.2)
# Longer plain cells become paragraphs, which split inside a row more exactly than text does.
_MAX_TEXT_LINES = 12


def column_widths(texts: Sequence[Sequence[str]], width: float) -> list[float]:
    """Each column at least the narrowest usable width, the rest shared by text length."""
    columns = max((len(row) for row in texts), default=0)
    if columns == 0:
        return []
    weights = []
    for col in range(columns):
        longest = max((len(row[col]) for row in texts if col < len(row)), default=0)
        weights.append(min(max(longest, _MIN_WEIGHT), _MAX_WEIGHT))
    spare = max(width - columns * MIN_COLUMN, 0.0)
    total = sum(weights)
    return [MIN_COLUMN + spare * weight / total for weight in weights]


def markdown_table(
    node: SyntaxTreeNode,
    width: float,
    parent: Tag | None = None,
    foreign: Mapping[str, str] | None = None,
) -> list[Flowable]:
    """The flowables for a markdown-it ``table`` node, ``width`` points wide: a table, or
    (when there are too many columns to fit) one paragraph per row.

    ``foreign`` maps a text in another language (a Swedish party name in a Finnish agreement)
    to its language: a cell holding exactly that text gets it as its ``/Lang``."""
    rows: list[list[SyntaxTreeNode | None]] = []
    for section in node.children:  # thead, tbody
        rows.extend(list(tr.children) for tr in section.children)
    if not rows or not rows[0]:
        return []
    columns = len(rows[0])
    rows = [(row + [None] * columns)[:columns] for row in rows]
    inlines = [[_inline(cell) for cell in row] for row in rows]
    if columns * MIN_COLUMN > width:
        return [tagged(p, Tag("P", parent)) for p in _rows_as_paragraphs(inlines)]
    widths = column_widths([[inline_plain(i) if i else "" for i in row] for row in inlines], width)
    aligns = [
        _ALIGNS.get(str(cell.attrs.get("style", "")), (TA_LEFT, "LEFT"))
        if cell
        else (TA_LEFT, "LEFT")
        for cell in rows[0]
    ]
    data = [
        [
            _cell(inline, widths[col], aligns[col][0], head=index == 0)
            for col, inline in enumerate(row)
        ]
        for index, row in enumerate(inlines)
    ]
    style: list[_TableCommand] = [
        *_BASE_STYLE,
        *(
            ("ALIGN", (col, 0), (col, -1), align)
            for col, (_, align) in enumerate(aligns)
            if align != "LEFT"
        ),
    ]
    table = TaggedTable(
        data,
        colWidths=widths,
        repeatRows=1,
        hAlign="LEFT",
        style=TableStyle(style),
        splitInRow=_SPLIT_IN_ROW_MIN,
        # ReportLab calls any callable (table, event, *args); its stubs want a TableRenderCB.
        renderCB=tag_table_parts,  # type: ignore[arg-type]  # see above
    )
    tagged(table, Tag("Table", parent, container=True))
    table.row_origin = list(range(len(data)))
    table.cell_langs = {
        (row, col): lang
        for row, cells in enumerate(inlines)
        for col, inline in enumerate(cells)
        if (lang := _foreign_lang(inline, foreign))
    }
    table.spaceBefore, table.spaceAfter = 3, 8
    return [table]


class TaggedTable(Table):
    """A table that knows, after a page break, which of the original rows each row is.

    ``row_origin[i]`` is the original row of row ``i``; None marks the header row repeated at
    the top of a continuation (drawn, but an artifact: the header is in the structure once).
    """

    row_origin: list[int | None]
    tag: Tag | None = None
    cell_langs: dict[tuple[int, int], str] = {}
    """The language of each cell (by original row and column) not in the document's."""
    _cellvalues: list[list[Any]]  # ReportLab's own (the rows' cells); not in its stubs

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """As ``Table.split``; each part learns its rows' origin and keeps the table's tag."""
        parts = super().split(availWidth, availHeight)
        # Table.split makes its parts with self.__class__ (or returns []): all are TaggedTables.
        tables = cast("list[TaggedTable]", parts)
        origin = getattr(self, "row_origin", list(range(len(self._cellvalues))))
        if len(tables) == 2:
            first, second = tables
            taken = len(first._cellvalues)
            repeated = self.repeatRows if isinstance(self.repeatRows, int) else 0
            rest = len(second._cellvalues) - repeated
            # A row split inside (splitInRow) is in both parts: the rest starts at its origin.
            start = len(origin) - rest
            first.row_origin = origin[:taken]
            second.row_origin = [None] * repeated + origin[start:]
        for part in tables:
            part.tag = self.tag
            part.cell_langs = self.cell_langs
            if not hasattr(part, "row_origin"):
                part.row_origin = origin[: len(part._cellvalues)]
        return parts


def tag_table_parts(table: Any, event: str, *args: Any) -> None:
    """ReportLab's table render callback: cells as TH/TD in TR, rules and fills as artifacts."""
    canvas = table.canv
    tagger = getattr(canvas, "tagger", None)
    tag = getattr(table, "tag", None)
    if tagger is None or tag is None:
        return
    if event in ("startBG", "startLines"):
        tagger.begin_artifact(canvas)
    elif event in ("endBG", "endLines", "endCell"):
        tagger.end(canvas)
    elif event == "startCell":
        row, col = args[0], args[1]
        origin = table.row_origin[row] if row < len(table.row_origin) else row
        if origin is None:
            tagger.begin_artifact(canvas, "Pagination")
            return
        element = tagger.element(tag)
        tr = tagger.child(element, "TR", origin)
        header = origin == 0
        cell = tagger.child(tr, "TH" if header else "TD", col)
        cell.lang = table.cell_langs.get((origin, col), "")
        if header:
            cell.attributes["Scope"] = "Column"
        tagger.begin(canvas, cell)


def _rows_as_paragraphs(inlines: list[list[SyntaxTreeNode | None]]) -> list[Flowable]:
    """Every body row as "header: value · header: value" (nothing is left out)."""
    look = styles()
    head = [inline_markup(i) if i else "" for i in inlines[0]]
    paragraphs: list[Flowable] = [Para(" · ".join(h for h in head if h), look.cell_head)]
    for row in inlines[1:]:
        pairs = [
            f"<b>{name}</b>: {inline_markup(value)}" if name else inline_markup(value)
            for name, value in zip(head, row, strict=True)
            if value is not None
        ]
        paragraphs.append(Para(" · ".join(pairs), look.item))
    return paragraphs


_BASE_STYLE: list[_TableCommand] = [
    ("FONT", (0, 0), (-1, -1), *_BODY_FONT),
    ("FONT", (0, 0), (-1, 0), *_HEAD_FONT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
]


def _foreign_lang(inline: SyntaxTreeNode | None, foreign: Mapping[str, str] | None) -> str:
    """The language of a cell whose whole text is one of the ``foreign`` texts, else ``""``."""
    if not foreign or inline is None:
        return ""
    return foreign.get(" ".join(clean(inline_plain(inline)).split()), "")


def _inline(cell: SyntaxTreeNode | None) -> SyntaxTreeNode | None:
    return cell.children[0] if cell is not None and cell.children else None


def _cell(
    inline: SyntaxTreeNode | None, width: float, alignment: _Alignment, head: bool
) -> str | Flowable:
    """Plain text as pre-broken lines, anything with markup as a paragraph."""
    if inline is None:
        return ""
    inner = max(width - 2 * _PAD, 1.0)
    if all(child.type in _PLAIN_NODES for child in inline.children):
        font, size, _ = _HEAD_FONT if head else _BODY_FONT
        lines = wrap_lines(clean(inline_plain(inline)), font, size, inner)
        if len(lines) <= _MAX_TEXT_LINES:
            return "\n".join(lines)
    look = styles()
    return Para(inline_markup(inline), _aligned(look.cell_head if head else look.cell, alignment))


_aligned_cache: dict[tuple[str, _Alignment], ParagraphStyle] = {}


def _aligned(style: ParagraphStyle, alignment: _Alignment) -> ParagraphStyle:
    if alignment == style.alignment:
        return style
    key = (style.name, alignment)
    if key not in _aligned_cache:
        _aligned_cache[key] = ParagraphStyle(
            f"{style.name}-{alignment}", parent=style, alignment=alignment
        )
    return _aligned_cache[key]
