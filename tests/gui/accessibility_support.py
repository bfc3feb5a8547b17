"""What the accessibility tests look for: the controls a person operates, and their Alt keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)
# Parts of a composite control: the control itself carries the name.
COMPOSITE = (QComboBox, QAbstractSpinBox, QAbstractItemView, QCalendarWidget, QMenu)


def inside_composite(widget: QWidget) -> bool:
    """Whether ``widget`` is a part of a composite control (a combo's list, a spin's edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls a person operates under ``root``."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not inside_composite(w)
    ]


def mnemonic(widget: QWidget) -> str:
    """The Alt key of a button or of a label with a buddy ("" for none)."""
    if isinstance(widget, QLabel) and widget.buddy() is None:
        return ""  # a label without a buddy has no shortcut
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    key = QKeySequence.mnemonic(text)
    return key.toString() if not key.isEmpty() else ""
