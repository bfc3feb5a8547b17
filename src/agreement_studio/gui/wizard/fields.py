"""Field widgets of the wizard: a problem message under a field, and a date typed or picked.

Also two layout helpers: :class:`ColumnFitter` keeps every column of a table at least as wide
as its header's text, and :class:`SubtitleFitter` gives the wizard's subtitle the lines it needs.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
    QWizard,
)

from agreement_studio.gui.column_fit import ColumnFitter
from agreement_studio.gui.window_fit import breakable, grow_to_fit

__all__ = [
    "ColumnFitter",
    "DateField",
    "FieldMessage",
    "SubtitleFitter",
    "date_format",
    "format_date",
    "parse_date",
]

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
        if breakable(text) != self.text():
            grow_to_fit(self)  # in a dialog, the fields keep their shape (before: its height)
            self.setText(breakable(text))  # a long path wraps instead of being cut
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

    def minimum_width(self) -> int:
        """Wide enough for its example date (the placeholder) and the calendar button."""
        metrics = self.line.fontMetrics()
        text = max(
            metrics.horizontalAdvance(self.line.placeholderText()),
            metrics.horizontalAdvance(self.example),
        )
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 6
        return text + 16 + spacing + self.button.sizeHint().width()

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

    def problem(self, path: str = "") -> str:
        """Why the text is not a date, in words (empty when it is a date or empty).

        The reason comes from the core's rule (a month that does not exist, "February has
        28 days in 2027"); a text the rule reads as a date but this locale's format does
        not gets the example to follow.
        """
        if self.is_valid():
            return ""
        from agreement_studio.agreement import date_text_problem
        from agreement_studio.gui.messages import problem_text

        found = date_text_problem(self.line.text(), path)
        if found is None:
            return self.tr("Write the date like {example}.").format(example=self.example)
        return problem_text(found)

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


class SubtitleFitter(QObject):
    """The wizard's subtitle as tall as its text, wrapped at its width.

    QWizard makes room for two lines of subtitle, measured at up to 512 px; a longer subtitle
    in a narrower wizard (Finnish at 1024 px) loses its last line.
    """

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.label: QLabel | None = None
        wizard.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self.fit))

    def _find(self) -> QLabel | None:
        page = self.wizard.currentPage()
        if page is None or not page.subTitle():
            return None
        for label in self.wizard.findChildren(QLabel):
            if label.text() == page.subTitle() and not page.isAncestorOf(label):
                return label
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again when the subtitle's width changes."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Make the subtitle and the header around it tall enough."""
        label = self._find()
        if label is None:
            return
        if label is not self.label:
            label.installEventFilter(self)
            self.label = label
        needed = label.heightForWidth(label.width())
        if needed <= label.height():
            return
        label.setMinimumHeight(needed)
        header = label.parentWidget()
        layout = header.layout() if header is not None else None
        if header is not None and layout is not None:
            height = layout.totalMinimumSize().height()
            header.setMinimumHeight(height)
            header.setMaximumHeight(height)
