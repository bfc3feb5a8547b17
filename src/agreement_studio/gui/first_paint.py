"""Work that waits for a widget's first paint, so that the paint does not wait for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

__all__ = ["FIRST_PAINT_WAIT_MS", "AfterFirstPaint"]

FIRST_PAINT_WAIT_MS = 500
"""How long a shown widget's work waits for its first paint before it runs anyway."""


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop's next turn after ``widget`` is first painted.

    With ``wait_ms``, it runs after that long if no paint has come (a window started minimised
    is never painted); without, it waits for the paint however long that takes (a widget not
    shown yet).
    """

    def __init__(
        self, widget: QWidget, then: Callable[[], None], wait_ms: int | None = FIRST_PAINT_WAIT_MS
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        if wait_ms is not None:
            QTimer.singleShot(wait_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The first paint: ``then`` follows in the event loop's next turn."""
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.widget.removeEventFilter(self)
            then()
