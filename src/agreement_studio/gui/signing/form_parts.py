"""Parts the signing dialogs share: a message under a field, a password typed twice, a form row.

(The wizard has its own field message; importing it would load the whole wizard and QtPdf.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from agreement_studio.gui.window_fit import breakable, grow_to_fit

__all__ = ["FieldMessage", "PasswordPair", "add_row", "ask_password", "password_field", "plain"]

PROBLEM_COLOUR = "#b3261e"
MIN_PASSWORD = 8


def plain(label: str) -> str:
    """A label without its ``&`` and colon: the accessible name of its field."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":…").strip()


class FieldMessage(QLabel):
    """What is wrong with the field above it; hidden when nothing is."""

    def __init__(self, field: QWidget | None = None) -> None:
        super().__init__()
        self.field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        """Show ``text`` (empty hides the message); a screen reader hears it with the field.

        The dialog grows to keep its fields in shape; a long path in the text wraps.
        """
        if text or not self.isHidden():
            grow_to_fit(self)  # first: it notes the dialog's height before the message
        self.setText(breakable(text))
        self.setVisible(bool(text))
        if self.field is not None:
            self.field.setAccessibleDescription(text)


def add_row(
    form: QFormLayout, label: str, field: QWidget, message: FieldMessage | None = None
) -> QLabel:
    """A labelled field (``&`` gives its Alt key), named after its label, with its message."""
    text = QLabel(label)
    text.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(plain(label))
    form.addRow(text, field)
    if message is not None:
        form.addRow("", message)
    return text


def password_field() -> QLineEdit:
    """A line that hides what is typed and is never remembered."""
    line = QLineEdit()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return line


class PasswordPair(QWidget):
    """A new password, typed twice; :meth:`problem` says what is wrong with it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field()
        self.second = password_field()
        self.message = FieldMessage(self.second)
        for line in (self.first, self.second):
            line.textChanged.connect(self._on_changed)

    def add_to(self, form: QFormLayout, first_label: str, second_label: str) -> None:
        """Put both lines and the message into ``form``."""
        add_row(form, first_label, self.first)
        add_row(form, second_label, self.second, self.message)

    def password(self) -> str:
        """The password (when :meth:`problem` is empty)."""
        return self.first.text()

    def problem(self) -> str:
        """Why the password cannot be used yet, or an empty string."""
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSWORD:
            return self.tr("Use at least {count} characters.").format(count=MIN_PASSWORD)
        if first != second:
            return self.tr("The passwords are not the same.")
        return ""

    def clear(self) -> None:
        """Forget both lines."""
        self.first.clear()
        self.second.clear()
        self.message.show_text("")

    def _on_changed(self) -> None:
        # Say nothing while the second line is still being typed.
        touched = bool(self.second.text())
        self.message.show_text(self.problem() if touched else "")
        self.changed.emit()


def ask_password(parent: QWidget, title: str, label: str) -> str | None:
    """A password typed into a small dialog (hidden as typed), or ``None`` when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None
