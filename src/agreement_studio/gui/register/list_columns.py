"""The register list's first two columns, Title and Status, in view at any width.

The list has six columns and may scroll sideways, but a coordinator reads the title and the
status first: at 1024 px the title yields room (down to its header's width) so that the status
beside it is seen whole. Only the header's sections are resized, and only when the viewport's
width changes: the model is never reset, asked again, or read row by row (a register of
100,000 agreements arrives a page at a time as the list scrolls; :mod:`.model`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyle, QTableView
from shiboken6 import isValid

from agreement_studio.gui.register.display import STATUSES, status_text, trusted_status_text

__all__ = ["TitleAndStatus"]

# A status's count as wide as most agreements need ("· 10/10").
_COUNT = 10
_UNSIGNED = ("draft", "ready-for-signing")
"""Statuses no signature has been counted in yet: never "not trusted"."""


class TitleAndStatus(QObject):
    """Keeps the ``title`` and ``status`` columns of ``table`` (shown first) inside its viewport.

    The status column is as wide as the widest status in the window's language (with its
    icon), never narrower than its header; the title column is ``title_width`` wide when
    there is room, else what the status leaves, but never narrower than its own header. A
    longer text (a title, or a status saying signatures were not trusted) is elided; its
    tooltip has it whole.
    """

    def __init__(self, table: QTableView, title: int, status: int, title_width: int) -> None:
        super().__init__(table)
        self.table = table
        self.title = title
        self.status = status
        self.title_width = title_width
        self.header = table.horizontalHeader()
        self.status_width = max(self.header.sectionSizeHint(status), self._widest_status())
        last = self.header.logicalIndex(self.header.count() - 1)
        self.last_width = self.header.sectionSize(last)
        self._room = -1
        table.viewport().installEventFilter(self)
        self.fit()

    def _widest_status(self) -> int:
        table = self.table
        style = table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        icon = table.iconSize().width()
        if icon <= 0:
            icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table)
        metrics = table.fontMetrics()
        # Each status as it can read: plain, or saying its signatures (all, or some) were not
        # trusted when imported, which must be seen whole as much as the status itself.
        texts = [status_text(status, _COUNT, _COUNT) for status in STATUSES]
        texts += [
            trusted_status_text(status, _COUNT, _COUNT, untrusted)
            for status in STATUSES
            if status not in _UNSIGNED
            for untrusted in (_COUNT, _COUNT - 1)
        ]
        text = max(metrics.horizontalAdvance(text) for text in texts)
        # The icon and the text, each with the item's margins either side (as the delegate
        # lays them out), and the focus frame's two pixels.
        return text + icon + 4 * margin + 2

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again when the viewport's width changes (not its height: rows arriving)."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self, room: int) -> tuple[int, int]:
        """``(title, status)`` widths for a viewport ``room`` pixels wide.

        The columns after these two keep their widths; when one of them would begin in sight
        and run past the edge (its title cut: "Par"), the title takes the rest of the room
        and that column begins just out of sight.
        """
        header = self.header
        least = header.sectionSizeHint(self.title)
        title = max(least, min(self.title_width, room - self.status_width))
        left = title + self.status_width
        rest = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if header.logicalIndex(visual) not in (self.title, self.status)
            and not header.isSectionHidden(header.logicalIndex(visual))
        ]
        for column in rest:
            # The last one stretches to fill the view; its own width is the one it was given.
            width = self.last_width if column == rest[-1] else header.sectionSize(column)
            if left < room < left + width:
                title += room - left
                break
            left += width
        return title, self.status_width

    def least_width(self) -> int:
        """The table's width below which the two columns cannot both be seen whole (with its
        frame and a vertical scroll bar)."""
        table = self.table
        least = self.header.sectionSizeHint(self.title) + self.status_width
        return least + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()

    def fit(self) -> None:
        """Size the two columns for the viewport's width (nothing once it is torn down)."""
        if not (isValid(self.header) and isValid(self.table)):
            return
        room = self.table.viewport().width()
        if room == self._room:
            return
        self._room = room
        for column, width in zip((self.title, self.status), self.widths(room), strict=True):
            if self.header.sectionSize(column) != width:
                self.header.resizeSection(column, width)
