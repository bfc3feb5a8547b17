"""Alt and a letter that nothing takes types nothing.

Qt gives a key press that no shortcut or mnemonic took to the focused widget, and a line edit
(or a spin box, date field, text editor, combo box) inserts its text: Alt+V with no Alt+V in
the view would replace a selected network name by "v". :func:`guard_alt_letters` stops that:
once a text field (or a combo box) first takes the keyboard focus, it gets a small event filter
that swallows the *key press* of a plain Alt+letter or Alt+digit (Alt, maybe Shift; no Ctrl,
no Meta; the text one ASCII letter or digit).

What still works: a mnemonic (Alt+the label's letter) is a shortcut, which Qt tries before the
key press is given to the field; the filter never touches ``ShortcutOverride``, so the field
does not claim the key from the shortcut. AltGr on Finnish and Swedish keyboards is not Alt:
X11 reports its characters (@ £ $ { [ ] } \\ ~ |) with no Alt modifier, other systems as
Ctrl+Alt; either way they are typed, and so is any character that is not an ASCII letter or
digit.

The filter sits on the focused text fields only (one ``focusChanged`` connection finds them),
not on the application: no Python runs for other widgets' events.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

__all__ = ["guard_alt_letters", "guard_widget", "is_stray_alt_letter"]

# By class name (QObject.inherits): importing these classes and QEvent here would cost the
# window's start-up about 7 ms (PySide6 sets a class up on its first import).
_TEXT_INPUTS = ("QLineEdit", "QAbstractSpinBox", "QPlainTextEdit", "QTextEdit", "QComboBox")
_GUARDED = "agreementStudioAltGuard"  # a dynamic property: the widget has the filter


def is_stray_alt_letter(event: QKeyEvent) -> bool:
    """True for Alt(+Shift) and an ASCII letter or digit, with no Ctrl or Meta."""
    text = event.text()
    if len(text) != 1 or not (text.isascii() and text.isalnum()):
        return False  # checked first: cheaper than the modifiers
    alt, ctrl_or_meta = _masks()
    modifiers = event.modifiers().value
    # Ctrl+Alt is AltGr on some systems; Meta is the desktop's.
    return bool(modifiers & alt) and not modifiers & ctrl_or_meta


@cache
def _masks() -> tuple[int, int]:
    """Alt's bit, and Ctrl's and Meta's (looked up at the first key: PySide6 builds the whole
    ``Qt`` namespace on its first use)."""
    from PySide6.QtCore import Qt

    modifier = Qt.KeyboardModifier
    return modifier.AltModifier.value, (modifier.ControlModifier | modifier.MetaModifier).value


class _AltLetterGuard(QObject):
    """Swallows a stray Alt+letter's key press (nothing else) on the widgets it watches."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        self._key_press = QEvent.Type.KeyPress
        self._key_event = QKeyEvent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == self._key_press
            and isinstance(event, self._key_event)
            and is_stray_alt_letter(event)
        ):
            event.accept()
            return True
        return False


_guard: _AltLetterGuard | None = None


def guard_widget(widget: QWidget) -> None:
    """Let ``widget`` type nothing for a stray Alt+letter (once; again is a no-op)."""
    global _guard
    if widget.property(_GUARDED):
        return
    if _guard is None:
        _guard = _AltLetterGuard(QApplication.instance())
    widget.installEventFilter(_guard)
    widget.setProperty(_GUARDED, True)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    if new is not None and any(new.inherits(name) for name in _TEXT_INPUTS):
        guard_widget(new)


def guard_alt_letters(app: QApplication) -> None:
    """Guard every text field of ``app`` from the moment it first has the focus (once)."""
    if app.property(_GUARDED):
        return
    app.focusChanged.connect(_focus_changed)
    app.setProperty(_GUARDED, True)
