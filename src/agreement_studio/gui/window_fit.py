"""Keeping a dialog in shape when a message appears in it.

A message under a field is a word-wrapped label: when it appears, the dialog needs more
height for its width, but Qt keeps the dialog's size and squeezes the fields instead (lines
half as high as their text). :func:`grow_to_fit` lets the dialog grow downwards, within the
screen; :class:`KeepInShape` does so whenever anything in a dialog asks for more room
(a preview drawn after the dialog opened, a message shown). :func:`breakable` lets a long
file path in a message wrap instead of being cut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

__all__ = ["KeepInShape", "breakable", "grow_to_fit"]

_BREAK_AFTER = re.compile(r"([/\\_.-])(?=[^\s/\\_.-])")
_LONG_WORD = re.compile(r"\S{30,}")
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """``text`` with a line-break chance after each slash, dot, dash or underscore of a long
    word (a path, an address): a label then wraps it instead of cutting it."""
    return _LONG_WORD.sub(
        lambda word: _BREAK_AFTER.sub(rf"\1{ZERO_WIDTH_SPACE}", word.group(0)), text
    )


def grow_to_fit(widget: QWidget) -> None:
    """Soon (once the layout knows what changed), make ``widget``'s dialog tall enough."""
    window = widget.window()
    if window is widget or not isinstance(window, QDialog):
        return
    QTimer.singleShot(0, window, lambda: _grow(window))


def _grow(window: QWidget) -> None:
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    width = window.width()
    needed = window.minimumSizeHint().height()
    if window.hasHeightForWidth():
        needed = max(needed, window.heightForWidth(width))
    if needed <= window.height():
        return
    screen = window.screen()
    room = screen.availableGeometry().height() if screen is not None else needed
    window.resize(width, min(needed, room))


class KeepInShape(QObject):
    """Grow ``dialog`` whenever its layout changes and needs more height than it has."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._pending = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the dialog's layout has done its work, check the height."""
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._check)
        return False

    def _check(self) -> None:
        self._pending = False
        _grow(self.dialog)
