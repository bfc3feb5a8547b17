"""Text into ReportLab's paragraph markup, safely.

ReportLab's ``Paragraph`` reads a small XML-like markup, so every ``<``, ``>`` and ``&`` that comes
from a user must be escaped, and characters that cannot be written at all (control characters,
lone surrogates) are replaced. Only the markup this module writes (``<b>``, ``<i>``, ``<br/>``)
ever reaches ReportLab as markup.
"""

from __future__ import annotations

import re

from markdown_it.tree import SyntaxTreeNode

# C0 controls other than tab and newline, DEL, and lone surrogates (not encodable as UTF-8).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def clean(text: str) -> str:
    """``text`` without characters a PDF cannot carry (each becomes U+FFFD)."""
    return _UNWRITABLE.sub("\ufffd", text)


def escape(text: str) -> str:
    """Plain ``text`` as paragraph markup: cleaned, with ``&``, ``<`` and ``>`` escaped."""
    return clean(text).translate(_ESCAPES)


def inline_markup(node: SyntaxTreeNode) -> str:
    """The paragraph markup for an ``inline`` node of markdown-it's syntax tree."""
    parts: list[str] = []
    _render_children(node, parts)
    return "".join(parts)


def inline_plain(node: SyntaxTreeNode) -> str:
    """The plain text of an inline node (for measuring and for alt texts)."""
    if node.type in ("text", "code_inline", "html_inline"):
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return " "
    return "".join(inline_plain(child) for child in node.children)


_WRAPS = {"strong": ("<b>", "</b>"), "em": ("<i>", "</i>"), "s": ("<strike>", "</strike>")}


def _render_children(node: SyntaxTreeNode, parts: list[str]) -> None:
    for child in node.children:
        _render(child, parts)


def _render(node: SyntaxTreeNode, parts: list[str]) -> None:
    kind = node.type
    if kind in ("text", "code_inline", "html_inline"):
        parts.append(escape(node.content))
    elif kind == "softbreak":
        parts.append(" ")
    elif kind == "hardbreak":
        parts.append("<br/>")
    elif kind in _WRAPS:
        opening, closing = _WRAPS[kind]
        parts.append(opening)
        _render_children(node, parts)
        parts.append(closing)
    elif kind == "link":
        _render_link(node, parts)
    elif kind == "image":
        # An agreement carries no pictures: its alternative text stands in for it.
        parts.append(escape(inline_plain(node)))
    elif node.children:
        _render_children(node, parts)
    else:
        parts.append(escape(node.content))


def _render_link(node: SyntaxTreeNode, parts: list[str]) -> None:
    # On paper a link is only useful when its address is printed; no live links are made,
    # so a hostile address cannot become an action in the signed document.
    _render_children(node, parts)
    href = str(node.attrs.get("href", ""))
    text = inline_plain(node)
    if href and href != text and href.removeprefix("mailto:") != text:
        parts.append(f" ({escape(href)})")
