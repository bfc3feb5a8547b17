"""Table models over the draft's lists: parties, a party's signatories, commitments.

Each model edits the draft in place, knows the draft path of every cell (``PATH_ROLE``) and
marks the cells that have a problem (``PROBLEM_ROLE``, an icon and the sentence as tooltip).
Edits are announced with ``edited(path)`` so the page can check the step again.

:class:`DraftTableView` edits them by keyboard as a spreadsheet does: Tab and Shift+Tab move
between the editable cells in reading order (closing a cell's editor keeps what was typed),
Tab at the last cell, Shift+Tab at the first and Ctrl+Tab anywhere leave the table for the
next control; the current cell is framed while the table has the focus.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QTableView, QWidget

from agreement_studio.agreement import Agreement, Signatory
from agreement_studio.errors import Problem
from agreement_studio.gui.focus_frame import mark_focus
from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP
from agreement_studio.gui.icons import icon
from agreement_studio.gui.messages import problem_text
from agreement_studio.gui.wizard.base import get_value, set_value
from agreement_studio.gui.wizard.choices import choice_text

__all__ = [
    "PATH_ROLE",
    "PROBLEM_ROLE",
    "CommitmentsModel",
    "DraftTableView",
    "PartiesModel",
    "SignatoriesModel",
]

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
"""The cell's path in the draft (``parties[1].business_id``)."""
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2
"""The sentences saying what is wrong in the cell (an empty list when nothing is)."""

_Index = QModelIndex | QPersistentModelIndex
_ROLE = Qt.ItemDataRole


class _DraftTable(QAbstractTableModel):
    """Columns are ``(field path under the row, header, editable)``."""

    edited = Signal(str)
    columns: list[tuple[str, str, bool]] = []
    list_path = ""

    def __init__(self, agreement: Agreement, parent: Any = None) -> None:
        super().__init__(parent)
        self.agreement = agreement
        self._problems: dict[tuple[int, int], list[str]] = {}

    def rows(self) -> list[Any]:
        """The draft's list this model shows."""
        return get_value(self.agreement, self.list_path) if self.list_path else []

    def path(self, row: int, column: int | None = None) -> str:
        """The draft path of a row, or of one of its cells."""
        base = f"{self.list_path}[{row}]"
        return base if column is None else f"{base}.{self.columns[column][0]}"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        """Rows of the list."""
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        """The fields shown."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> Any:
        """Column titles; rows are numbered."""
        if role != _ROLE.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate("Tables", self.columns[section][1])
            return None
        return str(section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Editable where the column is."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def value(self, row: int, column: int) -> Any:
        """The draft's value in a cell."""
        return get_value(self.rows()[row], self.columns[column][0])

    def display(self, row: int, column: int) -> Any:
        """What a cell shows; subclasses word values that are not text."""
        return self.value(row, column)

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """A cell's text, value, problems and path."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows()):
            return None
        row, column = index.row(), index.column()
        problems = self._problems.get((row, column), [])
        if role == _ROLE.DisplayRole:
            return self.display(row, column)
        if role == _ROLE.EditRole:
            return self.value(row, column)
        if role == _ROLE.DecorationRole and problems:
            return icon("field-problem")
        if role == _ROLE.ToolTipRole:
            if problems:
                return "\n".join(problems)
            shown = self.display(row, column)
            # A long text does not fit its cell: the tooltip shows all of it.
            return shown if isinstance(shown, str) and len(shown) > 30 else None
        if role == PROBLEM_ROLE:
            return list(problems)
        if role == PATH_ROLE:
            return self.path(row, column)
        return None

    def setData(self, index: _Index, value: Any, role: int = _ROLE.EditRole) -> bool:
        """Change the draft; a value the model refuses leaves the cell as it was."""
        if (
            not index.isValid()
            or role != _ROLE.EditRole
            or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        row, column = index.row(), index.column()
        if isinstance(value, str):
            value = value.strip() if column in self.stripped() else value
        try:
            self.before_set(row, column)
            set_value(self.rows()[row], self.columns[column][0], value)
        except (ValidationError, ValueError, TypeError):
            return False
        self.after_set(row, column)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.edited.emit(self.path(row, column))
        return True

    def stripped(self) -> set[int]:
        """Columns whose text loses surrounding spaces when set."""
        return set()

    def before_set(self, row: int, column: int) -> None:
        """Hook before a cell changes."""

    def after_set(self, row: int, column: int) -> None:
        """Hook after a cell changed."""

    def cell_of(self, path: str) -> tuple[int, int] | None:
        """The cell a problem's path points at (a path inside a cell counts as the cell)."""
        match = re.match(re.escape(self.list_path) + r"\[(\d+)\]\.?(.*)", path)
        if not match:
            return None
        row, rest = int(match.group(1)), match.group(2)
        for column, (field, _title, _editable) in enumerate(self.columns):
            if rest == field or rest.startswith(field + ".") or rest.startswith(field + "["):
                return row, column
        return (row, 0) if not rest else None

    def set_problems(self, problems: list[Problem]) -> None:
        """Mark the cells these problems are in."""
        marked: dict[tuple[int, int], list[str]] = {}
        for problem in problems:
            cell = self.cell_of(problem.path) if self.list_path else None
            if cell is not None and cell[0] < self.rowCount():
                marked.setdefault(cell, []).append(problem_text(problem))
        changed = set(marked) | set(self._problems)
        self._problems = marked
        for row, column in changed:
            if row < self.rowCount():
                index = self.index(row, column)
                self.dataChanged.emit(
                    index, index, [_ROLE.DecorationRole, _ROLE.ToolTipRole, PROBLEM_ROLE]
                )

    def reload(self) -> None:
        """Show the draft's list again after it changed outside the model."""
        self.beginResetModel()
        self._problems = {}
        self.endResetModel()


class PartiesModel(_DraftTable):
    """The parties: one row each; changing an identifier moves every reference with it."""

    NAME, BUSINESS_ID, TYPE, SIGNATORIES, COUNTRY, FOREIGN_ID, ADDRESS = range(7)
    CONTACT_NAME, CONTACT_TITLE, CONTACT_EMAIL, CONTACT_PHONE = range(7, 11)
    list_path = "parties"
    columns = [
        ("name", QT_TRANSLATE_NOOP("Tables", "Organisation"), True),
        ("business_id", QT_TRANSLATE_NOOP("Tables", "Business ID"), True),
        ("organisation_type", QT_TRANSLATE_NOOP("Tables", "Type"), False),
        ("signatories", QT_TRANSLATE_NOOP("Tables", "Signatories"), False),
        ("country", QT_TRANSLATE_NOOP("Tables", "Country"), True),
        ("foreign_id", QT_TRANSLATE_NOOP("Tables", "Foreign registration number"), True),
        ("address", QT_TRANSLATE_NOOP("Tables", "Postal address"), True),
        ("contact.name", QT_TRANSLATE_NOOP("Tables", "Contact person"), True),
        ("contact.title", QT_TRANSLATE_NOOP("Tables", "Title"), True),
        ("contact.email", QT_TRANSLATE_NOOP("Tables", "Email"), True),
        ("contact.phone", QT_TRANSLATE_NOOP("Tables", "Telephone"), True),
    ]

    def display(self, row: int, column: int) -> Any:
        """Types in words, signatories as a count."""
        value = self.value(row, column)
        if column == self.TYPE:
            return choice_text("organisation_type", value)
        if column == self.SIGNATORIES:
            return len(value)
        return value

    def setData(self, index: _Index, value: Any, role: int = _ROLE.EditRole) -> bool:
        """Change a party; the organisation type may be set too (from the form)."""
        if index.isValid() and index.column() == self.TYPE and role == _ROLE.EditRole:
            try:
                self.rows()[index.row()].organisation_type = value
            except ValidationError:
                return False
            self.dataChanged.emit(index, index)
            self.edited.emit(self.path(index.row(), self.TYPE))
            return True
        return super().setData(index, value, role)

    def stripped(self) -> set[int]:
        """Identifiers never keep spaces."""
        return {self.BUSINESS_ID, self.COUNTRY, self.FOREIGN_ID}

    def before_set(self, row: int, column: int) -> None:
        """Remember the party's key, in case the edit changes it."""
        self._old_key = self.rows()[row].key

    def after_set(self, row: int, column: int) -> None:
        """A party whose identifier changed keeps its commitments and coordination role."""
        from agreement_studio.drafting import rekey_party

        rekey_party(self.agreement, self._old_key, self.rows()[row].key)

    def add_party(self) -> int:
        """Append an empty party; returns its row."""
        from agreement_studio.drafting import add_party

        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        add_party(self.agreement)
        self.endInsertRows()
        self.edited.emit("parties")
        return row

    def remove_party(self, row: int) -> None:
        """Remove a party and every reference to it."""
        from agreement_studio.drafting import remove_party

        self.beginRemoveRows(QModelIndex(), row, row)
        remove_party(self.agreement, row)
        self._problems = {}
        self.endRemoveRows()
        self.edited.emit("parties")

    def move_party(self, row: int, to: int) -> bool:
        """Move a party up or down in the list (the order printed in the agreement)."""
        from agreement_studio.drafting import move_party

        if row == to or not (0 <= to < self.rowCount()):
            return False
        # beginMoveRows wants the destination as the row the item goes *before*.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        move_party(self.agreement, row, to)
        self._problems = {}
        self.endMoveRows()
        self.edited.emit("parties")
        return True


class SignatoriesModel(_DraftTable):
    """The people who sign for one party."""

    NAME, TITLE, EMAIL = range(3)
    columns = [
        ("name", QT_TRANSLATE_NOOP("Tables", "Name"), True),
        ("title", QT_TRANSLATE_NOOP("Tables", "Title"), True),
        ("email", QT_TRANSLATE_NOOP("Tables", "Email"), True),
    ]

    def __init__(self, agreement: Agreement, parent: Any = None) -> None:
        super().__init__(agreement, parent)
        self.party: int | None = None

    def set_party(self, row: int | None) -> None:
        """Show the signatories of the party at ``row`` (``None``: no party)."""
        self.beginResetModel()
        self.party = row if row is not None and row < len(self.agreement.parties) else None
        self.list_path = f"parties[{self.party}].signatories" if self.party is not None else ""
        self._problems = {}
        self.endResetModel()

    def add_signatory(self) -> int:
        """Append an empty signatory; returns its row (-1 without a party)."""
        if self.party is None:
            return -1
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows().append(Signatory())
        self.endInsertRows()
        self.edited.emit(f"parties[{self.party}].signatories")
        return row

    def remove_signatory(self, row: int) -> None:
        """Remove the signatory at ``row``."""
        if self.party is None or not 0 <= row < self.rowCount():
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows()[row]
        self._problems = {}
        self.endRemoveRows()
        self.edited.emit(f"parties[{self.party}].signatories")


class CommitmentsModel(_DraftTable):
    """What each party commits, one row per party (the rows follow the parties)."""

    PARTY, HOURS, MANDATE, MONEY, PREMISES, OTHER = range(6)
    list_path = "commitments"
    columns = [
        ("party", QT_TRANSLATE_NOOP("Tables", "Party"), False),
        ("staff_hours_per_year", QT_TRANSLATE_NOOP("Tables", "Staff hours a year"), True),
        ("staff_mandate", QT_TRANSLATE_NOOP("Tables", "Mandate of the staff"), True),
        ("money_eur_per_year", QT_TRANSLATE_NOOP("Tables", "Euros a year"), True),
        ("premises", QT_TRANSLATE_NOOP("Tables", "Premises"), True),
        ("other", QT_TRANSLATE_NOOP("Tables", "Other"), True),
    ]

    def display(self, row: int, column: int) -> Any:
        """The party by its name."""
        value = self.value(row, column)
        if column == self.PARTY:
            party = self.agreement.party(value)
            return party.name if party and party.name else value
        return value

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> Any:
        """Numbers aligned right, as in a spreadsheet."""
        if (
            role == _ROLE.TextAlignmentRole
            and index.isValid()
            and index.column() in (self.HOURS, self.MONEY)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


_Hint = QAbstractItemDelegate.EndEditHint


class DraftTableView(QTableView):
    """A table edited by keyboard: Tab moves between its cells, then on out of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)  # Tab comes to keyPressEvent; it decides

    def setModel(self, model: Any) -> None:
        """Show ``model``, with the focused cell framed."""
        super().setModel(model)
        mark_focus(self, whole_row=False)

    def editable_cells(self) -> list[tuple[int, int]]:
        """``(row, column)`` of every shown, editable cell, in reading order."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return []
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not self.isColumnHidden(c)]
        return [
            (row, column)
            for row in range(model.rowCount())
            if not self.isRowHidden(row)
            for column in columns
            if model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        ]

    def neighbour(self, forward: bool) -> QModelIndex | None:
        """The editable cell after (or before) the current one; None past the last (first)."""
        cells = self.editable_cells()
        current = self.currentIndex()
        if not cells:
            return None
        if not current.isValid():
            row, column = cells[0 if forward else -1]
            return self.model().index(row, column)
        header = self.horizontalHeader()
        here = (current.row(), header.visualIndex(current.column()))
        order = [(r, header.visualIndex(c)) for r, c in cells]
        if forward:
            later = [i for i, cell in enumerate(order) if cell > here]
            chosen = later[0] if later else None
        else:
            earlier = [i for i, cell in enumerate(order) if cell < here]
            chosen = earlier[-1] if earlier else None
        if chosen is None:
            return None
        row, column = cells[chosen]
        return self.model().index(row, column)

    def leave(self, forward: bool) -> None:
        """Move the focus to the next (previous) control after the table."""
        QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab, Shift+Tab and Ctrl+Tab as the class says; other keys as a table has them."""
        key, modifiers = event.key(), event.modifiers()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
            return
        forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
        leaving = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        target = None if leaving else self.neighbour(forward)
        if target is None:
            self.leave(forward)
        else:
            self.setCurrentIndex(target)
        event.accept()

    def closeEditor(self, editor: QWidget, hint: _Hint) -> None:
        """A cell's editor closed by Tab: what was typed is kept, the cursor moves on."""
        if hint not in (_Hint.EditNextItem, _Hint.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, _Hint.NoHint)
        forward = hint == _Hint.EditNextItem
        target = self.neighbour(forward)
        if target is None:
            self.leave(forward)
        else:
            self.setCurrentIndex(target)
            self.setFocus(Qt.FocusReason.TabFocusReason)
