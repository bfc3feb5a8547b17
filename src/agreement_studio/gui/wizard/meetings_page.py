"""Meetings: how often, the dates planned ahead, who convenes, in which form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.agreement import meeting_notes
from agreement_studio.drafting import Step, WizardSession
from agreement_studio.gui.messages import problem_text
from agreement_studio.gui.wizard.base import StepPage, plain
from agreement_studio.gui.wizard.choices import choices
from agreement_studio.gui.wizard.fields import DateField, FieldMessage, format_date
from agreement_studio.gui.wizard.parties_page import tool_button

__all__ = ["MeetingsPage"]


class MeetingsPage(StepPage):
    """The network's meetings, planned well ahead."""

    step = Step.MEETINGS

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Meetings"))
        self.setSubTitle(
            self.tr("A network stays alive when it meets regularly on dates known well ahead.")
        )
        form = QFormLayout(self)
        b = self.binder
        b.combo(form, self.tr("How &often:"), "meetings.frequency", choices("frequency"))

        self.dates = QListWidget()
        self.dates.setMinimumHeight(90)  # and all the height the page has to spare
        caption = QLabel(self.tr("Planned &meetings:"))
        caption.setBuddy(self.dates)
        self.dates.setAccessibleName(plain(caption.text()))
        self.new_date = DateField()
        self.new_date.setAccessibleName(self.tr("Date to add"))
        self.new_date.line.installEventFilter(self)
        self.add_button = tool_button(self.tr("&Add date"), "list-add")
        self.remove_button = tool_button(self.tr("&Remove date"), "list-remove")
        self.add_button.clicked.connect(self.add_date)
        self.remove_button.clicked.connect(self.remove_date)
        # The list with Remove beside it; below, the date to add with Add: the date line
        # keeps room for a whole date however long the buttons' words are.
        listed = QHBoxLayout()
        listed.addWidget(self.dates, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch()
        listed.addLayout(side)
        entry = QHBoxLayout()
        self.date_caption = date_caption = QLabel(self.tr("Da&te to add:"))
        date_caption.setBuddy(self.new_date.line)
        entry.addWidget(date_caption)
        entry.addWidget(self.new_date, 1)
        entry.addWidget(self.add_button)
        self.new_date.setMinimumWidth(self.new_date.minimum_width())
        self.entry_message = FieldMessage(self.new_date)
        self.dates_message = FieldMessage(self.dates)
        column = QVBoxLayout()
        column.addLayout(listed)
        column.addLayout(entry)
        # Past dates are allowed (a renewal may record meetings already held), but said.
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setVisible(False)
        column.addWidget(self.entry_message)
        column.addWidget(self.dates_message)
        column.addWidget(self.notes)
        form.addRow(caption, column)
        self.register_message("meetings.planned_dates", self.dates_message, prefix=True)

        b.spin(
            form,
            self.tr("&Schedule fixed ahead:"),
            "meetings.fixed_months_ahead",
            0,
            36,
            self.tr(" months"),
        )
        b.combo(form, self.tr("&Convened by:"), "meetings.convened_by", choices("convened_by"))
        b.combo(form, self.tr("&Where meetings are held:"), "meetings.format", choices("format"))
        self.add_footer(form)
        self.dates.currentRowChanged.connect(lambda _row: self._update_buttons())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a typed date adds it (instead of pressing Next)."""
        if (
            watched is self.new_date.line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.new_date.line.text().strip()
        ):
            self.add_date()
            return True
        return super().eventFilter(watched, event)

    def load_extra(self) -> None:
        """List the planned dates."""
        self.dates.clear()
        for day in self.agreement.meetings.planned_dates:
            item = QListWidgetItem(format_date(day))
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.dates.addItem(item)
        self._update_buttons()
        self._show_notes()

    def _show_notes(self) -> None:
        """Say which planned dates are already past (a note: Next stays allowed)."""
        texts = [problem_text(note) for note in meeting_notes(self.agreement)]
        self.notes.setText("\n".join(texts))
        self.notes.setVisible(bool(texts))
        self.dates.setAccessibleDescription(self.notes.text())

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.dates.currentRow() >= 0)

    def add_date(self) -> None:
        """Add the typed date to the plan (kept in order)."""
        try:
            day = self.new_date.value()
        except ValueError:
            # Which field, and why: "Date to add: 31.02.2027 is not a date: February has..."
            self.entry_message.show_problems(
                [f"{plain(self.date_caption.text())}: {self.new_date.problem()}"]
            )
            return
        if day is None:
            self.entry_message.show_problems([self.tr("Type a date first.")])
            return
        self.entry_message.show_problems([])
        planned: list[date] = sorted({*self.agreement.meetings.planned_dates, day})
        self.agreement.meetings.planned_dates = planned
        self.new_date.set_value(None)
        self.load_extra()
        self.dates.setCurrentRow(planned.index(day))
        self.new_date.line.setFocus()
        self.edited("meetings.planned_dates")

    def remove_date(self) -> None:
        """Take the chosen date out of the plan."""
        row = self.dates.currentRow()
        if row < 0:
            return
        planned = list(self.agreement.meetings.planned_dates)
        del planned[row]
        self.agreement.meetings.planned_dates = planned
        self.load_extra()
        self.dates.setCurrentRow(min(row, len(planned) - 1))
        self.edited("meetings.planned_dates")
