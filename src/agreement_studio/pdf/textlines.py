"""Plain text broken into lines of a given width, for cells and boxes that carry no markup.

A ReportLab Paragraph parses markup and builds fragments for every piece of text; a table cell
or a signature box line that is plain text only needs its words measured. This is that cheaper
path, with the same rule as the paragraphs for a word wider than the line:
it is broken between characters rather than running over the edge.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

# Only ordinary spaces break a line: a no-break space (as in "5 000 €") keeps its words together.
_ASCII_SPACE = " \t\r\f\v"
_SPACES = re.compile("[ \t\r\f\v]+")


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` as lines no wider than ``width`` points (at least one line, maybe empty)."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in _SPACES.split(paragraph.strip(_ASCII_SPACE)):
            if not word:
                continue
            word_width = stringWidth(word, font, size)
            if line and line_width + space + word_width <= width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            while word_width > width and len(word) > 1:
                cut = _fitting_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
                word_width = stringWidth(word, font, size)
            line, line_width = word, word_width
        lines.append(line)
    return lines or [""]


def _fitting_prefix(word: str, font: str, size: float, width: float) -> int:
    """How many leading characters of ``word`` fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low
