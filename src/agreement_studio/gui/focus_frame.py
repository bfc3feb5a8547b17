"""A visible mark on the focused cell or row of a table (Qt's own dotted rectangle is faint).

:func:`mark_focus` gives a table a delegate that draws a two-pixel frame around its current
cell (or, for a table chosen by rows, around the whole current row) while the table has the
keyboard focus, in the highlight colour (the highlighted text's colour on a selected row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView

if TYPE_CHECKING:  # names for the annotations only (each Qt class costs start-up time)
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

__all__ = ["FocusFrameDelegate", "mark_focus"]

FRAME_WIDTH = 2


class FocusFrameDelegate(QStyledItemDelegate):
    """Paints cells as usual, then a frame on the current cell or row of a focused view."""

    def __init__(self, view: QTableView, whole_row: bool) -> None:
        super().__init__(view)
        self.view = view
        self.whole_row = whole_row

    def marked(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether ``index`` carries the focus frame now."""
        view = self.view
        current = view.currentIndex()
        if not current.isValid() or not (view.hasFocus() or view.isPersistentEditorOpen(current)):
            return False
        if self.whole_row:
            return index.row() == current.row()
        return index.row() == current.row() and index.column() == current.column()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The cell, and its part of the frame when it is marked."""
        super().paint(painter, option, index)
        if not self.marked(index):
            return
        # Asked of the selection, not of QStyle's flags: QStyle costs start-up time to load.
        selected = self.view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        pen = QPen(option.palette.color(role), FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.setPen(pen)
        if not self.whole_row:
            painter.drawRect(rect)
        else:
            header = self.view.horizontalHeader()
            visual = header.visualIndex(index.column())
            shown = [
                header.logicalIndex(v)
                for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))
            ]
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if shown and visual == header.visualIndex(shown[0]):
                painter.drawLine(rect.topLeft(), rect.bottomLeft())
            if shown and visual == header.visualIndex(shown[-1]):
                painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()


def mark_focus(view: QTableView, whole_row: bool | None = None) -> FocusFrameDelegate:
    """Give ``view`` the focus frame (by row when it selects rows, unless told otherwise)."""
    if whole_row is None:
        whole_row = (
            view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
            and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        )
    delegate = FocusFrameDelegate(view, whole_row)
    view.setItemDelegate(delegate)
    if whole_row:  # Qt repaints only the old and new current cell: the rows need all of it
        view.selectionModel().currentChanged.connect(lambda *_: view.viewport().update())
    return delegate
