"""A heading whose end is in another language: ``Liite 3: Budget 2027`` in a Finnish agreement.

A ReportLab paragraph is one marked-content sequence, so a span inside it cannot carry its own
language. This heading lays its words out itself (plain text, one style) and marks the words of
the foreign part as a ``Span`` element with ``/Lang`` inside the heading's element, so a screen
reader reads "Liite 3:" in Finnish and the title in its own language.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from agreement_studio.pdf.tagging import Tag
from agreement_studio.pdf.textlines import wrap_lines

Word = tuple[str, bool]
"""A word and whether it belongs to the foreign part."""


class LangHeading(Flowable):
    """``lead`` then ``foreign`` (in ``language``) as one heading in ``style``."""

    def __init__(
        self, lead: str, foreign: str, language: str, style: ParagraphStyle, tag: Tag
    ) -> None:
        super().__init__()
        self.words: list[Word] = [(w, False) for w in lead.split()]
        self.words += [(w, True) for w in foreign.split()]
        self.language = language
        self.style = style
        self.tag = tag
        """The heading's element; a container, since the heading marks its own parts."""
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = style.keepWithNext
        self.lines: list[list[Word]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lines of whole words (a word wider than the line is cut between characters)."""
        font, size = self.style.fontName, self.style.fontSize
        space = stringWidth(" ", font, size)
        lines: list[list[Word]] = []
        line: list[Word] = []
        used = 0.0
        for text, foreign in self.words:
            width = stringWidth(text, font, size)
            if line and used + space + width <= availWidth:
                line.append((text, foreign))
                used += space + width
                continue
            if line:
                lines.append(line)
            pieces = wrap_lines(text, font, size, availWidth) if width > availWidth else [text]
            lines += [[(piece, foreign)] for piece in pieces[:-1]]
            line, used = [(pieces[-1], foreign)], stringWidth(pieces[-1], font, size)
        if line:
            lines.append(line)
        self.lines = lines or [[("", False)]]
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return availWidth, self.height

    def draw(self) -> None:
        """Each line's words, the foreign ones marked as a Span in their language."""
        canvas = self.canv
        tagger = getattr(canvas, "tagger", None)
        heading = tagger.element(self.tag) if tagger is not None else None
        font, size, leading = self.style.fontName, self.style.fontSize, self.style.leading
        canvas.setFont(font, size)
        canvas.setFillColor(self.style.textColor)
        top = self.height
        for line in self.lines:
            baseline = top - 0.9 * size
            x = 0.0
            groups = _groups(line)
            for index, (foreign, text) in enumerate(groups):
                if index < len(groups) - 1:
                    text += " "
                self._draw_run(heading, foreign, x, baseline, text)
                x += stringWidth(text, font, size)
            top -= leading

    def _draw_run(self, heading: Any, foreign: bool, x: float, y: float, text: str) -> None:
        tagger = getattr(self.canv, "tagger", None)
        if tagger is None or heading is None:
            self.canv.drawString(x, y, text)
            return
        element = heading
        if foreign:
            # Made at its first words, so it follows the lead's text in reading order.
            element = tagger.child(heading, "Span", "foreign")
            element.lang = self.language
        with tagger.marked(self.canv, element):
            self.canv.drawString(x, y, text)


def _groups(line: list[Word]) -> list[tuple[bool, str]]:
    """The line's words joined into runs of the same part."""
    groups: list[tuple[bool, str]] = []
    for text, foreign in line:
        if groups and groups[-1][0] == foreign:
            groups[-1] = (foreign, f"{groups[-1][1]} {text}")
        else:
            groups.append((foreign, text))
    return groups
