"""The register view: a status filter, the table of agreements, and the detail pane beside it.

The view builds widgets; :mod:`.controller` connects them to the register. The search text
comes from the main window's toolbar field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agreement_studio.gui.register.detail_pane import DetailPane
from agreement_studio.gui.register.display import STATUSES, status_icon, status_label
from agreement_studio.gui.register.model import RegisterModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

__all__ = ["RegisterView"]

_AWAITING = ("ready-for-signing", "partially-signed")


class RegisterView(QWidget):
    """Every agreement of the register, one chosen in full."""

    selected = Signal(str)
    """The person chose an agreement (its document ID)."""
    activated = Signal(str)
    """Enter or a double click on an agreement: show its PDF."""

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerView")
        self.model = model
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show agreements"))
        self.status_filter.addItem(self.tr("All agreements"), ())
        # The statuses' pies are drawn after the first paint (QPainter's pen and brush use the
        # ``Qt`` namespace, see below); a blank icon keeps their place in the combo's size.
        blank = QPixmap(16, 16)
        blank.fill(QColor(0, 0, 0, 0))
        self.status_filter.addItem(QIcon(blank), self.tr("Awaiting signatures"), _AWAITING)
        for status in STATUSES:
            self.status_filter.addItem(QIcon(blank), status_label(status), (status,))
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.status_filter)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of agreements"))
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.status_filter)
        bar.addStretch()
        bar.addWidget(self.count)

        # Until the register has been opened a sentence stands where the table will be; the
        # table is made once the window has been painted (or when first asked for): setting it
        # up asks the model its headers, and that first use of PySide6's ``Qt`` namespace
        # builds all of its ~90 enums (about 100 ms; benchmarks/startup.py). So nothing here
        # names ``Qt``: alignment by its name, and QSplitter's default orientation (horizontal).
        self._table: QTableView | None = None
        self.message = QLabel()
        self.message.setProperty("alignment", "AlignCenter")
        self.message.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.message)
        self.detail = DetailPane()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        # No focus proxy: Qt would send Tab from the search field straight to the table,
        # past the status filter that comes first in reading order.
        model.loaded.connect(self._on_loaded)
        model.rowsInserted.connect(self._show_count)
        self.show_message(self.tr("Opening the register…"))

    def complete(self) -> None:
        """Make what the first paint did not need: the table and the status filter's pies."""
        self.table  # noqa: B018 - made now
        self.detail.complete()  # after the table: Tab reaches the list before the pane
        self.status_filter.setItemIcon(1, status_icon("partially-signed", 1, 2))
        for number, status in enumerate(STATUSES, start=2):
            self.status_filter.setItemIcon(number, status_icon(status, 1, 1))

    @property
    def table(self) -> QTableView:
        """The table of agreements (made when first asked for)."""
        if self._table is None:
            self._table = self._build_table()
            self.table_stack.insertWidget(0, self._table)
            # In reading order, as if it had been made with the rest: after the status filter.
            QWidget.setTabOrder(self.status_filter, self._table)
            # The splitter shared its width out by the sentence that stood here: the list
            # now takes its three fifths (as its stretch says), the pane keeping its minimum.
            width = sum(self.splitter.sizes())
            if width > 0:
                self.splitter.setSizes([width * 3 // 5, width - width * 3 // 5])
        return self._table

    def _build_table(self) -> QTableView:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        from agreement_studio.gui.focus_frame import mark_focus

        table = QTableView()
        table.setAccessibleName(self.tr("Agreements"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A list of agreements: the arrows choose one, Tab goes on to the next control.
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)  # a chosen row would draw the titles bold and wider
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # the register's own order
        for column, width in (
            (RegisterModel.TITLE, 280),
            (RegisterModel.NETWORK, 200),
            (RegisterModel.STATUS, 170),
            (RegisterModel.PARTIES, 60),
            (RegisterModel.TERM, 170),
            (RegisterModel.DEADLINE, 100),
        ):
            # Never narrower than the header's words (and its sort arrow), in any language.
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # The status next to the title, both kept in view: the title yields room to the
        # status in a narrow list (1024 px). Only the sections are resized, never the model
        # reset or read (it fetches its pages as the list scrolls).
        header.moveSection(header.visualIndex(RegisterModel.STATUS), 1)
        from agreement_studio.gui.register.list_columns import TitleAndStatus

        self._columns = TitleAndStatus(
            table, RegisterModel.TITLE, RegisterModel.STATUS, title_width=280
        )
        table.setMinimumWidth(self._columns.least_width())
        # Sorting goes to the model, which asks the register; set after the indicator so
        # that enabling it does not sort by column 0.
        table.setSortingEnabled(True)
        mark_focus(table)  # the current row is framed while the list has the focus
        table.selectionModel().currentRowChanged.connect(self._on_current)
        table.activated.connect(self._on_activated)
        return table

    # --- what the person sees -----------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """A sentence in place of the table (while opening, or when nothing matches)."""
        self.message.setText(text)
        self.table_stack.setCurrentWidget(self.message)

    def _on_loaded(self) -> None:
        self._show_count()
        if self.model.total or not (self.model.text or self.model.statuses):
            self.table_stack.setCurrentWidget(self.table)
        else:
            self.show_message(self.tr("No agreement matches the search or the filter."))

    def _show_count(self) -> None:
        model = self.model
        if len(model.rows) < model.total:
            total = str(model.total) if model.total_exact else f"{model.total}+"  # more than
            text = self.tr("{shown} of {total} shown").format(shown=len(model.rows), total=total)
        elif model.total == 1:
            text = self.tr("One agreement")
        else:
            text = self.tr("{total} agreements").format(total=model.total)
        self.count.setText(text)

    def chosen_statuses(self) -> tuple[str, ...]:
        """The statuses the filter lets through (none: all)."""
        return tuple(self.status_filter.currentData() or ())

    # --- selection ------------------------------------------------------------------------------
    def select(self, document_id: str) -> bool:
        """Choose the agreement's row if it is among those fetched."""
        row = self.model.row_of(document_id)
        if row is None:
            return False
        index = self.model.index(row, RegisterModel.TITLE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def current_document(self) -> str | None:
        """The document ID of the chosen row."""
        index = self.table.currentIndex()
        return index.data(RegisterModel.DOCUMENT_ID_ROLE) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A reset of the rows clears the current row: the detail pane keeps what it shows.
        document_id = current.data(RegisterModel.DOCUMENT_ID_ROLE) if current.isValid() else None
        if document_id:
            self.selected.emit(document_id)

    def _on_activated(self, index: QModelIndex) -> None:
        document_id = index.data(RegisterModel.DOCUMENT_ID_ROLE)
        if document_id:
            self.activated.emit(document_id)
