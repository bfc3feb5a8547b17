"""Table columns that fit their view: every header whole, none cut at the view's edge.

Used by the wizard's tables and the register's list (a module of its own, so that the register
need not load the wizard to use it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView
from shiboken6 import isValid

__all__ = ["ColumnFitter"]


class ColumnFitter(QObject):
    """Columns never narrower than their header's text, and none cut at the view's edge.

    Qt's stretched sections shrink below their header's text when the view is narrow (the
    commitments table at 1024 px cut "Mandate of the staff" to "e of t"). Here each column
    gets its header's width, plus what its content wants up to ``cap`` pixels (``stretch``:
    its header's only). When the view has less room than that, the content's share shrinks
    first (a cell's text is elided, its header stays whole); what is left widens ``stretch``.
    When even the headers do not fit, the columns that fit in order stay in view, the stretch
    column (or the last of them) takes the rest, and the next column begins just out of view:
    a column is seen whole or not at all, never with a cut title ("Eu…").
    """

    def __init__(self, view: QAbstractItemView, stretch: int, cap: int = 240) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.cap = cap
        # A table's column header, or a tree's.
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header")  # noqa: B009
        self.header: QHeaderView = header()
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A selected row would draw every header bold, wider than the widths fitted here (the
        # Finnish commitments table showed "Henkilöstön tunnit / v").
        self.header.setHighlightSections(False)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._later)
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again when the view's width changes."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _later(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # not after the view is gone

    def widths(self, room: int) -> dict[int, int]:
        """Each shown column's width for a view ``room`` pixels wide."""
        header = self.header
        shown = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
        hints = {column: header.sectionSizeHint(column) for column in shown}
        wants = {
            column: 0
            if column == self.stretch
            else max(0, min(self.view.sizeHintForColumn(column), self.cap) - hints[column])
            for column in shown
        }
        spare = room - sum(hints.values())
        if spare >= 0:
            wanted = sum(wants.values())
            share = 1.0 if spare >= wanted or not wanted else spare / wanted
            widths: dict[int, int] = {c: hints[c] + int(wants[c] * share) for c in shown}
            widest = self.stretch if self.stretch in widths else (shown[-1] if shown else None)
            if widest is not None:
                widths[widest] += room - sum(widths.values())
            return widths
        # Not even the headers fit: those that do stay in view, the next starts out of view.
        widths = {}
        used, seen = 0, list[int]()
        for column in shown:
            if used + hints[column] > room and seen:
                break
            widths[column] = hints[column]
            used += hints[column]
            seen.append(column)
        widest = self.stretch if self.stretch in widths else seen[-1]
        widths[widest] += max(0, room - used)
        for column in shown[len(seen) :]:
            widths[column] = hints[column] + min(wants[column], self.cap)
        return widths

    def fit(self) -> None:
        """Set every shown column's width (nothing once the view is being torn down)."""
        self._pending = False
        header = self.header
        if not (isValid(header) and isValid(self.view)):  # a resize during destruction
            return
        for column, width in self.widths(self.view.viewport().width()).items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
