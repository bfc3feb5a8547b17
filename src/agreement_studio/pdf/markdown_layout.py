"""The agreement's Markdown body as ReportLab flowables, with clause numbering.

The dialect (a contract with the templates):

- ``## Heading`` is a clause, numbered "1.", "2.", ...; a heading ending in `` {-}`` is not
  numbered (the marker is removed).
- A paragraph directly under a numbered clause is a sub-clause, numbered "n.1", "n.2", ... with
  a hanging indent.
- ``### Heading`` is a sub-clause heading "n.m"; the paragraphs under it are not numbered.
- Bullet and ordered lists (nested), ``**bold**``, ``*italic*`` and pipe tables.

Anything else (HTML, images, code) is shown as plain text or left out; nothing in the text can
make the layout fail or inject markup.

Two rules keep text that belongs together on one page: a lead-in paragraph that ends in a colon
stays with the list or table it introduces, and a list's last item never goes alone onto a new
page (it takes the item before it along).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Indenter
from reportlab.platypus.flowables import HRFlowable

from agreement_studio.pdf.inline import clean, escape, inline_markup, inline_plain
from agreement_studio.pdf.para import MAX_KEPT_CHARS, Para, kept_only_if_short
from agreement_studio.pdf.styles import CLAUSE_INDENT, LIST_STEP, RULE, indented, styles
from agreement_studio.pdf.tables import markdown_table
from agreement_studio.pdf.tagging import Tag, tagged

UNNUMBERED_MARKER = "{-}"


@cache
def _parser() -> MarkdownIt:
    # HTML is off: a "<b>" in someone's organisation name stays text, never markup.
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def parse(markdown: str) -> SyntaxTreeNode:
    """The markdown-it syntax tree of ``markdown``."""
    return SyntaxTreeNode(_parser().parse(clean(markdown)))


def layout_markdown(
    markdown: str, width: float, foreign: Mapping[str, str] | None = None
) -> list[Flowable]:
    """The flowables for an agreement body, laid out for a frame ``width`` points wide.

    ``foreign`` maps texts in another language than the document's (a party's Swedish name in
    a Finnish agreement, an annex's English title) to their language: a paragraph, list item
    or table cell that is exactly such a text gets that ``/Lang`` in the structure (clause
    18's list of annexes, a parties table). A name inside a longer sentence is not marked (a
    paragraph is one marked-content sequence)."""
    builder = _Builder(width, foreign or {})
    nodes = parse(markdown).children
    for index, node in enumerate(nodes):
        start = len(builder.out)
        builder.top_level(node)
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if _introduces(node, following):
            _keep_with_next(builder.out[start:])
    _carry_keeps_over_indenters(builder.out)
    return builder.out


_INTRODUCED = frozenset({"bullet_list", "ordered_list", "table"})


def _introduces(node: SyntaxTreeNode, following: SyntaxTreeNode | None) -> bool:
    """True if ``node`` is a short paragraph ending in a colon right before a list or table."""
    if node.type != "paragraph" or following is None or following.type not in _INTRODUCED:
        return False
    text = inline_plain(node.children[0]) if node.children else ""
    return text.rstrip().endswith(":") and len(text) <= MAX_KEPT_CHARS


def _keep_with_next(flowables: list[Flowable]) -> None:
    # Only the last flowable of the block need say it: ReportLab keeps a run of
    # keep-with-next flowables with the one after the run.
    if flowables:
        flowables[-1].keepWithNext = 1


def _carry_keeps_over_indenters(flowables: list[Flowable]) -> None:
    """A keep-with-next before an indented table reaches the table, not just its Indenter."""
    for before, after in itertools.pairwise(flowables):
        # getKeepWithNext is untyped in ReportLab's stubs.
        keeps = before.getKeepWithNext
        if isinstance(after, Indenter) and keeps():  # type: ignore[no-untyped-call]  # see above
            after.keepWithNext = 1


@dataclass
class _Numbering:
    clause: int = 0
    sub: int = 0
    mode: str = "preamble"
    """``preamble`` (before any clause), ``clause`` (directly under a numbered clause),
    ``subheading`` (under a ``###``) or ``unnumbered`` (under an unnumbered heading)."""


class _Builder:
    """Walks the syntax tree once, appending flowables and counting clauses."""

    def __init__(self, width: float, foreign: Mapping[str, str]) -> None:
        self.width = width
        self.foreign = foreign
        self.max_indent = width / 2
        self.out: list[Flowable] = []
        self.num = _Numbering()
        self.look = styles()
        self.parent: Tag | None = None
        """The structure element new blocks belong to (None: the document)."""

    def top_level(self, node: SyntaxTreeNode) -> None:
        """One block at the top of the document: headings and sub-clauses are numbered here."""
        if node.type == "heading":
            self.heading(node)
        elif node.type == "paragraph" and self.num.mode == "clause":
            self.num.sub += 1
            style = indented(self.look.body, CLAUSE_INDENT, 0)
            number = f"{self.num.clause}.{self.num.sub}"
            self.out.append(
                tagged(
                    Para(_inline(node), style, bulletText=number),
                    Tag("P", lang=self.lang_of(node)),
                )
            )
        else:
            self.block(node, self.text_indent())

    def lang_of(self, node: SyntaxTreeNode) -> str:
        """The language of a block whose whole text is a foreign text, else ``""``."""
        if not self.foreign or not node.children:
            return ""
        return self.foreign.get(" ".join(clean(inline_plain(node.children[0])).split()), "")

    def text_indent(self) -> float:
        """Where unnumbered text under the current heading starts."""
        return CLAUSE_INDENT if self.num.mode in ("clause", "subheading") else 0.0

    def heading(self, node: SyntaxTreeNode) -> None:
        """A heading: numbered clause, sub-clause heading, or an unnumbered one."""
        inline = node.children[0] if node.children else None
        unnumbered = _take_marker(inline)
        level = int(node.tag[1:]) if node.tag[1:].isdigit() else 6
        num = self.num
        if level <= 2:
            if unnumbered or level == 1:
                num.mode = "unnumbered"
                self._heading(inline, self.look.clause_unnumbered, kind="H2")
            else:
                num.clause, num.sub, num.mode = num.clause + 1, 0, "clause"
                self._heading(inline, self.look.clause, f"{num.clause}.", kind="H2")
        elif level == 3 and num.mode in ("clause", "subheading"):
            num.mode = "subheading"
            if not unnumbered:
                num.sub += 1
            number = None if unnumbered else f"{num.clause}.{num.sub}"
            self._heading(inline, self.look.subclause_heading, number, kind="H3")
        else:
            self._heading(inline, indented(self.look.minor_heading, self.text_indent()), kind="H4")

    def _heading(
        self,
        inline: SyntaxTreeNode | None,
        style: ParagraphStyle,
        number: str | None = None,
        kind: str = "H4",
    ) -> None:
        text = inline_markup(inline) if inline is not None else ""
        plain = inline_plain(inline) if inline is not None else ""
        heading = Para(text, kept_only_if_short(style, plain), bulletText=number)
        self.out.append(tagged(heading, Tag(kind, self.parent)))

    def block(self, node: SyntaxTreeNode, indent: float) -> None:
        """Any block, not numbered, its text starting ``indent`` points in."""
        indent = min(indent, self.max_indent)
        kind = node.type
        if kind == "paragraph":
            paragraph = Para(_inline(node), indented(self.look.body, indent))
            self.out.append(tagged(paragraph, Tag("P", self.parent, lang=self.lang_of(node))))
        elif kind in ("bullet_list", "ordered_list"):
            self.list(node, indent)
        elif kind == "table":
            self.table(node, indent)
        elif kind == "heading":
            inline = node.children[0] if node.children else None
            _take_marker(inline)
            self._heading(inline, indented(self.look.minor_heading, indent), kind="H4")
        elif kind == "blockquote":
            for child in node.children:
                self.block(child, indent + LIST_STEP)
        elif kind in ("code_block", "fence", "html_block"):
            text = escape(node.content.rstrip("\n")).replace("\n", "<br/>")
            code = Para(text, indented(self.look.code, indent))
            self.out.append(tagged(code, Tag("P", self.parent)))
        elif kind == "hr":
            self.out.append(
                HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=6)
            )
        elif node.children:
            for child in node.children:
                self.block(child, indent)
        elif node.content:
            paragraph = Para(escape(node.content), indented(self.look.body, indent))
            self.out.append(tagged(paragraph, Tag("P", self.parent)))

    def list(self, node: SyntaxTreeNode, indent: float) -> None:
        """A bullet or ordered list; nested lists go one step further in."""
        ordered = node.type == "ordered_list"
        number = _start(node) if ordered else 0
        text_at = min(indent + LIST_STEP, self.max_indent)
        style = indented(self.look.item, text_at, indent)
        items = node.children
        outer = self.parent
        list_tag = Tag("L", outer)
        for position, item in enumerate(items):
            if position == len(items) - 1 and position > 0:
                self._keep_last_with_previous()
            bullet = f"{number}." if ordered else ("•" if indent < LIST_STEP * 3 else "–")
            number += 1
            body = Tag("LBody", Tag("LI", list_tag))
            first = True
            for child in item.children:
                if first and child.type == "paragraph":
                    if len(item.children) == 1:
                        body.lang = self.lang_of(child)
                    self.out.append(tagged(Para(_inline(child), style, bulletText=bullet), body))
                else:
                    if first:  # an item that starts with a nested list still shows its bullet
                        self.out.append(tagged(Para("", style, bulletText=bullet), body))
                    self.parent = body  # nested blocks belong to the item
                    self.block(child, text_at)
                    self.parent = outer
                first = False
            if first:  # an empty item
                self.out.append(tagged(Para("", style, bulletText=bullet), body))

    def _keep_last_with_previous(self) -> None:
        """The flowable before a list's last item keeps with it, if it is short enough."""
        previous = self.out[-1] if self.out else None
        text = getattr(previous, "text", "") if previous is not None else ""
        if isinstance(previous, Para) and len(text) <= MAX_KEPT_CHARS:
            previous.keepWithNext = 1

    def table(self, node: SyntaxTreeNode, indent: float) -> None:
        """A pipe table, as wide as the text it sits in."""
        flowables = markdown_table(node, self.width - indent, self.parent, self.foreign)
        if flowables and indent:
            self.out.extend([Indenter(left=indent), *flowables, Indenter(left=-indent)])
        else:
            self.out.extend(flowables)


def _inline(node: SyntaxTreeNode) -> str:
    return inline_markup(node.children[0]) if node.children else ""


def _start(node: SyntaxTreeNode) -> int:
    try:
        return int(node.attrs.get("start", 1))
    except (TypeError, ValueError):
        return 1


def _take_marker(inline: SyntaxTreeNode | None) -> bool:
    """True if the heading ends in the unnumbered marker, which is then removed from its text."""
    if inline is None or not inline_plain(inline).rstrip().endswith(UNNUMBERED_MARKER):
        return False
    last = inline.children[-1] if inline.children else None
    if last is None or last.type != "text" or last.token is None:
        return True  # the marker is split over several nodes; leave the text as it is
    text = last.token.content.rstrip()
    last.token.content = text[: -len(UNNUMBERED_MARKER)].rstrip()
    return True
