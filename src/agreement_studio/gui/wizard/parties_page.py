"""The parties page: a table of the parties, and the chosen party's details and signatories."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.drafting import Step, WizardSession
from agreement_studio.errors import Problem
from agreement_studio.gui.icons import icon
from agreement_studio.gui.wizard.base import StepPage, plain
from agreement_studio.gui.wizard.choices import choices
from agreement_studio.gui.wizard.fields import ColumnFitter, FieldMessage
from agreement_studio.gui.wizard.tables import DraftTableView, PartiesModel, SignatoriesModel

__all__ = ["PartiesPage", "make_table", "tool_button"]


def make_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table for editing rows with the keyboard: Tab moves between cells and out at the last
    one (Ctrl+Tab at once), typing edits a cell."""
    view = DraftTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    return view


def tool_button(text: str, icon_name: str) -> QPushButton:
    """A small button with an icon, named for assistive technology."""
    button = QPushButton(icon(icon_name), text)
    button.setAccessibleName(plain(text))
    return button


class PartiesPage(StepPage):
    """Who is party to the agreement, and who signs for each."""

    step = Step.PARTIES

    def __init__(self, session: WizardSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Parties"))
        self.setSubTitle(
            self.tr(
                "Add every organisation that continues the network, and the "
                "people who sign for it. A Finnish organisation is identified "
                "by its Business ID."
            )
        )
        self.model = PartiesModel(self.agreement, self)
        self.signatories = SignatoriesModel(self.agreement, self)
        self.row: int | None = None
        self._details: dict[int, QLineEdit | QComboBox] = {}
        self._rows: dict[int, int] = {}
        self._detail_messages: dict[int, FieldMessage] = {}

        column = QVBoxLayout()
        caption = QLabel(self.tr("&Parties:"))
        self.table = make_table(self.model, plain(caption.text()))
        for hidden in range(PartiesModel.COUNTRY, len(PartiesModel.columns)):
            self.table.setColumnHidden(hidden, True)
        self.table.setMinimumHeight(140)
        self.columns = ColumnFitter(self.table, stretch=PartiesModel.NAME)
        caption.setBuddy(self.table)
        column.addWidget(caption)
        column.addWidget(self.table)
        column.addLayout(self._party_buttons())
        column.addWidget(self._detail_box())
        self.set_scrolled_content(column)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.edited.connect(self._model_edited)
        self.signatories.edited.connect(self._signatory_edited)
        self.signatory_table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    # --- building -------------------------------------------------------------------------

    def _party_buttons(self) -> QHBoxLayout:
        self.add_button = tool_button(self.tr("&Add party"), "list-add")
        self.remove_button = tool_button(self.tr("&Remove party"), "list-remove")
        self.up_button = tool_button(self.tr("Move &up"), "move-up")
        self.down_button = tool_button(self.tr("Move &down"), "move-down")
        self.add_button.clicked.connect(self.add_party)
        self.remove_button.clicked.connect(self.remove_party)
        self.up_button.clicked.connect(lambda: self.move_party(-1))
        self.down_button.clicked.connect(lambda: self.move_party(1))
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch()
        return row

    def _detail_box(self) -> QGroupBox:
        self.details = QGroupBox()
        form = QFormLayout(self.details)
        m = PartiesModel
        self._line(form, self.tr("&Organisation:"), m.NAME)
        self._line(form, self.tr("Bu&siness ID:"), m.BUSINESS_ID, self.tr("1234567-8"))
        self._line(form, self.tr("&Country:"), m.COUNTRY, self.tr("FI for Finland"))
        self._line(form, self.tr("Forei&gn registration number:"), m.FOREIGN_ID)
        self._line(form, self.tr("Posta&l address:"), m.ADDRESS)
        kind = QComboBox()
        for value, text in choices("organisation_type"):
            kind.addItem(text, value)
        kind.currentIndexChanged.connect(lambda _i: self._set(m.TYPE, kind.currentData()))
        self._row(form, self.tr("&Type of organisation:"), m.TYPE, kind)
        self._name_language_row(form)  # after the type: typing name to address stays as it was

        sign_caption = QLabel(self.tr("&Who signs for it:"))
        self.signatory_table = make_table(self.signatories, plain(sign_caption.text()))
        self.signatory_table.setMinimumHeight(100)
        sign_caption.setBuddy(self.signatory_table)
        self.add_signatory_button = tool_button(self.tr("Add signator&y"), "list-add")
        self.remove_signatory_button = tool_button(self.tr("Remo&ve signatory"), "list-remove")
        self.add_signatory_button.clicked.connect(self.add_signatory)
        self.remove_signatory_button.clicked.connect(self.remove_signatory)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_signatory_button)
        buttons.addWidget(self.remove_signatory_button)
        buttons.addStretch()
        self.signatory_message = FieldMessage(self.signatory_table)
        box = QVBoxLayout()
        box.addWidget(self.signatory_table)
        box.addLayout(buttons)
        box.addWidget(self.signatory_message)
        form.addRow(sign_caption, box)

        self._line(form, self.tr("Contact person's na&me:"), m.CONTACT_NAME)
        self._line(form, self.tr("Contact person's title:"), m.CONTACT_TITLE)
        self._line(form, self.tr("Contact person's email:"), m.CONTACT_EMAIL)
        self._line(form, self.tr("Contact person's telephone:"), m.CONTACT_PHONE)
        self._form = form
        return self.details

    def _name_language_row(self, form: QFormLayout) -> None:
        """The language of the name, when it is not the agreement's (the PDF marks it)."""
        combo = self.name_language = QComboBox()
        names = {
            "": self.tr("Same as the agreement"),
            "fi": self.tr("Finnish"),
            "sv": self.tr("Swedish"),
            "en": self.tr("English"),
            "se": self.tr("Northern Sami"),
        }
        for code, name in names.items():  # the code is the PDF's /Lang
            combo.addItem(name, code)
        combo.setToolTip(self.tr("For a screen reader: the language the organisation's name is in"))
        caption = QLabel(self.tr("Language of the name:"))
        caption.setBuddy(combo)
        combo.setAccessibleName(plain(caption.text()))
        combo.currentIndexChanged.connect(self._name_language_chosen)
        form.addRow(caption, combo)

    def _name_language_chosen(self, _index: int) -> None:
        if self.row is None:
            return
        party = self.agreement.parties[self.row]
        value = self.name_language.currentData() or ""
        if party.name_language != value:
            party.name_language = value
            self.edited(f"parties[{self.row}].name_language")

    def _row(
        self, form: QFormLayout, label: str, column: int, widget: QLineEdit | QComboBox
    ) -> None:
        widget.setAccessibleName(plain(label))
        caption = QLabel(label)
        caption.setBuddy(widget)
        message = FieldMessage(widget)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        form.addRow(caption, box)
        self._rows[column] = form.rowCount() - 1
        self._details[column] = widget
        self._detail_messages[column] = message

    def _line(self, form: QFormLayout, label: str, column: int, placeholder: str = "") -> None:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(lambda text: self._set(column, text))
        self._row(form, label, column, line)

    # --- the party being edited ------------------------------------------------------------

    def load_extra(self) -> None:
        """Show the draft's parties; the first one is chosen."""
        self.model.reload()
        self._select(0 if self.agreement.parties else None)

    def _select(self, row: int | None) -> None:
        if row is None:
            self.table.selectionModel().clearSelection()
            self._current_changed(QModelIndex(), QModelIndex())
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._current_changed(self.model.index(row, 0), QModelIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.row = current.row() if current.isValid() else None
        self.signatories.set_party(self.row)
        self.forget_messages("parties[")
        if self.row is not None:
            for column, message in self._detail_messages.items():
                self.register_message(self.model.path(self.row, column), message)
            self.register_message(
                f"parties[{self.row}].signatories", self.signatory_message, prefix=True
            )
        self._show_party()
        self._update_buttons()
        if not self._loading:
            self.refresh()

    def _show_party(self) -> None:
        row = self.row
        self.details.setEnabled(row is not None)
        self.details.setTitle(
            self.tr("Party {number}").format(number=row + 1)
            if row is not None
            else self.tr("No party chosen")
        )
        for column, widget in self._details.items():
            value = self.model.value(row, column) if row is not None else ""
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif widget.text().strip() != str(value).strip():
                # Not while typing: the draft drops a trailing space the person just typed.
                widget.setText(value)
            widget.blockSignals(False)
        language = self.agreement.parties[row].name_language if row is not None else ""
        self.name_language.blockSignals(True)
        found = self.name_language.findData(language)
        if found < 0:  # a tag written in the draft file by hand: shown as it is
            self.name_language.addItem(language, language)
            found = self.name_language.count() - 1
        self.name_language.setCurrentIndex(found)
        self.name_language.blockSignals(False)
        finnish = row is None or self.agreement.parties[row].is_finnish
        self._form.setRowVisible(self._rows[PartiesModel.BUSINESS_ID], finnish)
        self._form.setRowVisible(self._rows[PartiesModel.FOREIGN_ID], not finnish)

    def _set(self, column: int, value: object) -> None:
        if self.row is not None:
            self.model.setData(self.model.index(self.row, column), value)

    def _model_edited(self, path: str) -> None:
        if path.startswith(f"parties[{self.row}]."):
            self._show_party()
        self.edited(path)

    def _signatory_edited(self, path: str) -> None:
        if self.row is not None:
            index = self.model.index(self.row, PartiesModel.SIGNATORIES)
            self.model.dataChanged.emit(index, index)
        self.edited(path)

    def _update_buttons(self, *_args: object) -> None:
        count = self.model.rowCount()
        row = self.row
        self.remove_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < count - 1)
        self.add_signatory_button.setEnabled(row is not None)
        self.remove_signatory_button.setEnabled(
            row is not None and self.signatory_table.currentIndex().isValid()
        )

    # --- actions ---------------------------------------------------------------------------

    def add_party(self) -> None:
        """Add an empty party and put the cursor in its name."""
        row = self.model.add_party()
        self._select(row)
        self._details[PartiesModel.NAME].setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_party(self) -> None:
        """Remove the chosen party."""
        if self.row is None:
            return
        row = self.row
        self.model.remove_party(row)
        count = self.model.rowCount()
        self._select(min(row, count - 1) if count else None)

    def move_party(self, step: int) -> None:
        """Move the chosen party up (-1) or down (+1)."""
        if self.row is not None and self.model.move_party(self.row, self.row + step):
            self._select(self.row + step)

    def add_signatory(self) -> None:
        """Add a signatory to the chosen party and start typing their name."""
        row = self.signatories.add_signatory()
        if row < 0:
            return
        index = self.signatories.index(row, SignatoriesModel.NAME)
        self.signatory_table.setCurrentIndex(index)
        self.signatory_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.signatory_table.edit(index)
        self._update_buttons()

    def remove_signatory(self) -> None:
        """Remove the chosen signatory."""
        index = self.signatory_table.currentIndex()
        if index.isValid():
            self.signatories.remove_signatory(index.row())
        self._update_buttons()

    # --- problems --------------------------------------------------------------------------

    def show_problems(self, found: Sequence[Problem]) -> None:
        """Mark the cells of the parties and signatories tables."""
        visible = [p for p in found if self.visible(p)]
        self.model.set_problems(visible)
        self.signatories.set_problems(visible)
