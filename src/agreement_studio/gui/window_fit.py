"""Keeping a dialog in shape when a message appears in it.

A message under a field is a word-wrapped label: when it appears, the dialog needs more
height for its width, but Qt keeps the dialog's size and squeezes the fields instead (lines
half as high as their text). :func:`grow_to_fit` lets the dialog grow downwards, within the
screen; :class:`KeepInShape` does so whenever anything in a dialog asks for more room
(a preview drawn after the dialog opened, a message shown). When the messages go away the
dialog shrinks back to what its content needs, never below the height it opened with or the
person gave it, and only after a pause (a message that comes and goes as the person types does
not make the dialog jump with each key). :func:`breakable` lets a long file path in a message
wrap instead of being cut.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

__all__ = ["SHRINK_AFTER_MS", "KeepInShape", "breakable", "grow_to_fit"]

SHRINK_AFTER_MS = 700
"""How long the dialog's content must stay smaller before the dialog shrinks back to it."""

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
    """Soon (once the layout knows what changed), make ``widget``'s dialog tall enough, or
    (after a pause) no taller than its content and its first height need.

    Call it before changing the message: the first call notes the dialog's height as it is.
    """
    window = widget.window()
    if window is widget or not isinstance(window, QDialog):
        return
    fit = _Fit.of(window)
    QTimer.singleShot(0, fit, fit.fit)


def _needed(window: QWidget) -> int:
    layout = window.layout()
    if layout is not None:
        layout.activate()
    needed = window.minimumSizeHint().height()
    if window.hasHeightForWidth():
        needed = max(needed, window.heightForWidth(window.width()))
    return needed


class _Fit(QObject):
    """One dialog's fitting: grows at once, shrinks after :data:`SHRINK_AFTER_MS` of quiet."""

    NAME = "agreement_studio_window_fit"

    @classmethod
    def of(cls, window: QWidget) -> _Fit:
        found = window.findChild(_Fit, cls.NAME)
        return found if found is not None else cls(window)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(self.NAME)
        self.window = window
        self.base: int | None = window.height() if window.isVisible() else None
        """The height the dialog opened with, or the person gave it: it never shrinks below."""
        self.expected: int | None = None
        self.shrinking = QTimer(self)
        self.shrinking.setSingleShot(True)
        self.shrinking.setInterval(SHRINK_AFTER_MS)
        self.shrinking.timeout.connect(self.shrink)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize that is neither ours nor the layout's (up to the dialog's minimum height)
        is the person's: their height is the new floor."""
        if event.type() == QEvent.Type.Resize and self.base is not None:
            height = self.window.height()
            if height not in (self.expected, self.window.minimumHeight()):
                self.base = height
        return False

    def _resize(self, height: int) -> None:
        self.expected = height
        self.window.resize(self.window.width(), height)

    def fit(self) -> None:
        window = self.window
        if window.layout() is None or not window.isVisible():
            return
        if self.base is None:
            self.base = window.height()
        needed = _needed(window)
        if needed > window.height():
            self.shrinking.stop()
            screen = window.screen()
            room = screen.availableGeometry().height() if screen is not None else needed
            self._resize(min(needed, room))
        elif window.height() > max(self.base, needed):
            self.shrinking.start()  # again: the pause starts from the latest change

    def shrink(self) -> None:
        window = self.window
        if not window.isVisible() or self.base is None:
            return
        target = max(self.base, _needed(window))
        if target < window.height():
            self._resize(target)


class KeepInShape(QObject):
    """Fit ``dialog`` to its content whenever its layout changes (see the module's text)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.fitting = _Fit.of(dialog)
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
        self.fitting.fit()
