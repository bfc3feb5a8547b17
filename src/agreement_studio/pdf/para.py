"""A paragraph that remembers its last line breaking.

ReportLab wraps the same paragraph at the same width several times: a table measures its cells
and wraps them again to draw them, a split table wraps its rows once more, and keep-with-next
groups are measured before the frame measures them again. Line breaking is most of the cost of a
layout, and its result depends only on the width, so it is kept for the last width.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class Para(Paragraph):
    """A ReportLab ``Paragraph`` whose ``wrap`` is computed once per width."""

    _memo: tuple[float, object, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """As ``Paragraph.wrap``; the line breaking is reused while the width is the same."""
        memo = self._memo
        # The lines are reused only while they are still the paragraph's own: a split replaces
        # or deletes them.
        if memo is not None and memo[0] == availWidth and \
                getattr(self, "blPara", None) is memo[1]:
            self.width, self.height = availWidth, memo[2]
            return availWidth, memo[2]
        width, height = super().wrap(availWidth, availHeight)
        blocks = getattr(self, "blPara", None)
        self._memo = (availWidth, blocks, height) if blocks is not None else None
        return width, height
