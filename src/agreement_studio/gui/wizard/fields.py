"""Field widgets of the wizard: a problem message under a field, and a date typed or picked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

__all__ = ["DateField", "FieldMessage", "date_format", "format_date", "parse_date"]

PROBLEM_COLOUR = "#b3261e"  # dark red: readable on light backgrounds (contrast > 4.5:1)


class FieldMessage(QLabel):
    """What is wrong with the field above it, in words; hidden when nothing is."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.setVisible(False)

    def show_problems(self, texts: list[str]) -> None:
        """Show these sentences (none hides the message)."""
        text = "\n".join(texts)
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            # A screen reader reads the problem with the field.
            self.field.setAccessibleDescription(text)


def date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def format_date(value: date | None) -> str:
    """A date as the person writes it (empty for none)."""
    return QDate(value.year, value.month, value.day).toString(date_format()) if value else ""


def parse_date(text: str) -> date | None:
    """A date typed in the locale's format, as ``d.M.yyyy`` or as ISO ``yyyy-mm-dd``.

    Raises ``ValueError`` when the text is not empty and not a date.
    """
    text = text.strip()
    if not text:
        return None
    for fmt in (date_format(), "d.M.yyyy", "yyyy-M-d", "d/M/yyyy"):
        day = QDate.fromString(text, fmt)
        if day.isValid() and day.year() >= 1900:
            return date(day.year(), day.month(), day.day())
    raise ValueError(text)


class DateField(QWidget):
    """A date typed into a line (empty when not given), or picked from a calendar."""

    edited = Signal()
    """The person typed or picked something."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.example = QDate(2027, 12, 31).toString(date_format())
        self.line.setPlaceholderText(self.tr("e.g. {example}").format(example=self.example))
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._before_calendar)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        # No focus proxy: with one, Qt's Tab order loops between the line and the button.

    def setAccessibleName(self, name: str) -> None:
        """Name the field and its parts for assistive technology."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("{field}: choose from a calendar").format(field=name))

    def setAccessibleDescription(self, text: str) -> None:
        """Describe the field (its problem) for assistive technology."""
        super().setAccessibleDescription(text)
        self.line.setAccessibleDescription(text)

    def value(self) -> date | None:
        """The date; raises ``ValueError`` when the text is not a date."""
        return parse_date(self.line.text())

    def is_valid(self) -> bool:
        """Whether the text is empty or a date."""
        try:
            self.value()
        except ValueError:
            return False
        return True

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (empty for ``None``) unless the text already means it."""
        try:
            if self.value() == value:
                return
        except ValueError:
            pass
        self.line.setText(format_date(value))

    def _before_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        today = QDate.currentDate()
        self.calendar.setSelectedDate(
            QDate(current.year, current.month, current.day) if current else today
        )
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.line.setText(day.toString(date_format()))
        self.button.menu().hide()
        self.line.setFocus()
        self.edited.emit()
