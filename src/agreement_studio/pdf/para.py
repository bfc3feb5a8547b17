"""A paragraph that remembers its last line breaking.

ReportLab wraps the same paragraph at the same width several times: a table measures its cells
and wraps them again to draw them, a split table wraps its rows once more, and keep-with-next
groups are measured before the frame measures them again. Line breaking is most of the cost of a
layout, and its result depends only on the width, so it is kept for the last width.
"""

from __future__ import annotations

from functools import cache
from typing import cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph


class Para(Paragraph):
    """A ReportLab ``Paragraph`` whose ``wrap`` is computed once per width."""

    _memo: tuple[float, object, float] | None = None
    tag: object = None
    """The paragraph's place in the tagged structure (``tagging.Tag``); its parts share it."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """As ``Paragraph.split``; the parts keep the paragraph's tag (one element)."""
        parts = super().split(availWidth, availHeight)
        # Paragraph.split makes its parts with self.__class__ (or returns self): all are Paras.
        for part in cast("list[Para]", parts):
            part.tag = self.tag
        return parts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """As ``Paragraph.wrap``; the line breaking is reused while the width is the same."""
        memo = self._memo
        # The lines are reused only while they are still the paragraph's own: a split replaces
        # or deletes them.
        if memo is not None and memo[0] == availWidth and getattr(self, "blPara", None) is memo[1]:
            self.width, self.height = availWidth, memo[2]
            return availWidth, memo[2]
        width, height = super().wrap(availWidth, availHeight)
        blocks = getattr(self, "blPara", None)
        self._memo = (availWidth, blocks, height) if blocks is not None else None
        return width, height


MAX_KEPT_CHARS = 300
"""Text longer than this is not kept with the next flowable, whatever its style says."""


def kept_only_if_short(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style``, or a copy that does not keep with the next flowable if ``text`` is very long.

    A keep-with-next paragraph taller than a page, followed by a page break, makes ReportLab
    loop forever (seen with 5.1); no real heading is that long, so such text just flows. It must
    be the style that says so: the parts of a split paragraph take their style, not attributes.
    """
    if len(text) <= MAX_KEPT_CHARS or not style.keepWithNext:
        return style
    return _unkept(style)


@cache
def _unkept(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-unkept", parent=style, keepWithNext=0)
