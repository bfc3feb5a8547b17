"""The register as a table model: one page of rows at a time, sorted and filtered by the register.

There is no proxy model: with a hundred thousand agreements, sorting or filtering in the window
would mean reading them all. The register's :class:`~agreement_studio.register.Query` does it;
the model keeps the query's text, statuses and order, and asks again when any changes.
Rows arrive a page at a time (``canFetchMore``/``fetchMore``, as a view scrolls), each page
read off the GUI thread. A query that changes while a page is on its way makes that page stale:
a generation number drops it when it arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QColor

from agreement_studio.gui.icons import icon
from agreement_studio.gui.register.display import (
    deadline_text,
    status_icon,
    term_text,
    trusted_status_text,
    untrusted_explanation,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from agreement_studio.gui.register.access import RegisterAccess
    from agreement_studio.gui.tasks import Task, TaskFailure
    from agreement_studio.register import AgreementRow, Page, Register
    from agreement_studio.register.signing_trust import SigningTrust

__all__ = ["RegisterModel"]

_Index = QModelIndex | QPersistentModelIndex
_SOON_DAYS = 30
_USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
_DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
_SOON_COLOUR = QColor("#b3261e")


class Listing(NamedTuple):
    """A page of the register, and how far the signatures its rows count were trusted."""

    page: Page
    trust: dict[str, SigningTrust]


def list_page(
    register: Register,
    text: str,
    statuses: tuple[str, ...],
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
) -> Listing:
    """One page of the register, with the trust of its signatures (runs off the GUI thread)."""
    from agreement_studio.register import Query, Status
    from agreement_studio.register.signing_trust import signing_trust

    page = register.list(
        Query(
            text=text,
            statuses=tuple(Status(s) for s in statuses),
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )
    )
    signed = [row.document_id for row in page.rows if row.signed_count]
    return Listing(page, signing_trust(register, signed))


class RegisterModel(QAbstractTableModel):
    """Agreements of the register, as many as have been fetched, in the register's order."""

    TITLE, NETWORK, STATUS, PARTIES, TERM, DEADLINE = range(6)
    COLUMN_COUNT = 6
    SORT_KEYS = {
        TITLE: "title",
        NETWORK: "network",
        STATUS: "status",
        PARTIES: "parties",
        TERM: "end",
        DEADLINE: "next_deadline",
    }
    """The register's sort key for each column."""
    DEFAULT_SORT = "updated"
    """The order before a column is chosen: the latest change first."""

    # Qt.ItemDataRole's numbers are spelled out here and the methods import ``Qt`` when they
    # run (once the table is shown): this module is imported before the window's first paint,
    # and the first use of PySide6's ``Qt`` namespace builds all of its ~90 enums (about
    # 100 ms; benchmarks/startup.py).
    DOCUMENT_ID_ROLE = _USER_ROLE + 1
    ROW_ROLE = _USER_ROLE + 2
    """The row's :class:`~agreement_studio.register.AgreementRow`."""
    STATUS_ROLE = _USER_ROLE + 3

    PAGE_SIZE = 100

    loaded = Signal()
    """A new listing has replaced the rows (a query changed, or the register did)."""
    failed = Signal(str)
    """Reading the register failed; the sentence says why."""

    def __init__(self, access: RegisterAccess, parent: Any = None) -> None:
        super().__init__(parent)
        self.access = access
        self.rows: list[AgreementRow] = []
        self.trust: dict[str, SigningTrust] = {}
        """How far the signatures each signed row counts were trusted at import."""
        self.total = 0
        """How many agreements match the query in all."""
        self.total_exact = True
        """False when more than :attr:`total` match (a common word is counted only so far)."""
        self.text = ""
        self.statuses: tuple[str, ...] = ()
        self.sort_key = self.DEFAULT_SORT
        self.descending = True
        self._generation = 0
        self._fetching: Task | None = None
        self._loading: Task | None = None
        self._headers = {
            self.TITLE: self.tr("Title"),
            self.NETWORK: self.tr("Network"),
            self.STATUS: self.tr("Status"),
            self.PARTIES: self.tr("Parties"),
            self.TERM: self.tr("Term"),
            self.DEADLINE: self.tr("Next deadline"),
        }

    # --- the model's face --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows fetched so far (a table has no children)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The six columns."""
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY_ROLE
    ) -> Any:
        """Column titles; rows are numbered."""
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers.get(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
            return section + 1
        return None

    def data(self, index: _Index, role: int = _DISPLAY_ROLE) -> Any:
        """A cell's text, icon, tooltip, colour, or the row's values (custom roles)."""
        from PySide6.QtCore import Qt

        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            if self._untrusted(row):
                return icon("verdict-untrusted")  # the list looks no better than the verdicts
            return status_icon(row.status.value, row.signed_count, row.signatory_count)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DEADLINE:
            return _SOON_COLOUR if self._soon(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PARTIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.DOCUMENT_ID_ROLE:
            return row.document_id
        if role == self.ROW_ROLE:
            return row
        if role == self.STATUS_ROLE:
            return row.status.value
        return None

    def _text(self, row: AgreementRow, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.NETWORK:
            return row.network
        if column == self.STATUS:
            return trusted_status_text(
                row.status.value, row.signed_count, row.signatory_count, self._untrusted(row)
            )
        if column == self.PARTIES:
            return str(row.party_count)
        if column == self.TERM:
            return term_text(row.term_start, row.term_end)
        return deadline_text(row.next_deadline)

    def _tooltip(self, row: AgreementRow, column: int) -> str:
        if column == self.TITLE:
            return self.tr("{title}\nDocument ID {id}").format(title=row.title, id=row.document_id)
        untrusted = self._untrusted(row)
        if column == self.STATUS and untrusted:
            trust = self.trust[row.document_id]
            explanation = untrusted_explanation(trust.signed, untrusted)
            return f"{self._text(row, column)}\n{explanation}"
        return self._text(row, column)

    def _untrusted(self, row: AgreementRow) -> int:
        trust = self.trust.get(row.document_id)
        return trust.untrusted if trust is not None and row.signed_count else 0

    @staticmethod
    def _soon(row: AgreementRow) -> bool:
        import datetime as dt

        day = row.next_deadline
        return day is not None and (day - dt.date.today()).days <= _SOON_DAYS

    # --- fetching -----------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """More rows match than have been fetched (and no page is on its way)."""
        return (
            not parent.isValid()
            and len(self.rows) < self.total
            and self._fetching is None
            and self._loading is None
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page; its rows are appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        generation, offset = self._generation, len(self.rows)
        self._fetching = self.access.run(
            list_page,
            *self._query(offset, self.PAGE_SIZE),
            create=False,
            owner=self,
            at_quit="abandon",
            on_result=lambda page: self._on_page(page, generation, offset),
            on_error=lambda failure: self._on_failure(failure, generation),
        )

    def _on_page(self, listing: Listing | None, generation: int, offset: int) -> None:
        if generation != self._generation:
            return
        if listing is None or offset != len(self.rows):
            self._fetching = None
            return
        page = listing.page
        self.trust.update(listing.trust)
        self.total, self.total_exact = page.total, page.exact
        new = page.rows[: max(0, self.total - offset)]
        if new:
            self.beginInsertRows(QModelIndex(), offset, offset + len(new) - 1)
            self.rows.extend(new)
            # Not before: one that asks for more as the rows are announced (a model tester,
            # a view) would ask for these same rows again, and that page, arriving after
            # them, would be dropped (and with it the next page asked for by scrolling).
            self._fetching = None
            self.endInsertRows()
        else:
            self._fetching = None

    def _query(self, offset: int, limit: int) -> tuple[Any, ...]:
        return (self.text, self.statuses, self.sort_key, self.descending, offset, limit)

    def reload(self, keep: int = 0) -> None:
        """Read the listing again from the top (at least ``keep`` rows, so a view keeps its
        place); the old rows stay shown until the new ones arrive."""
        self._generation += 1
        generation = self._generation
        self._fetching = None
        limit = max(self.PAGE_SIZE, keep)
        self._loading = self.access.run(
            list_page,
            *self._query(0, limit),
            create=False,
            owner=self,
            at_quit="abandon",
            on_result=lambda page: self._on_listing(page, generation),
            on_error=lambda failure: self._on_failure(failure, generation),
        )

    def _on_listing(self, listing: Listing | None, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = None
        page = listing.page if listing else None
        self.beginResetModel()
        self.trust = dict(listing.trust) if listing else {}
        self.rows = list(page.rows) if page else []
        self.total = page.total if page else 0
        self.total_exact = page.exact if page else True
        self.endResetModel()
        self.loaded.emit()

    def _on_failure(self, failure: TaskFailure, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = self._fetching = None
        self.failed.emit(failure.message)

    def is_loading(self) -> bool:
        """Whether a listing is on its way."""
        return self._loading is not None

    # --- what to list -------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Order by a column (the register sorts); an unknown column restores the default.
        Without an order, ascending (Qt's default)."""
        from PySide6.QtCore import Qt

        key = self.SORT_KEYS.get(column, self.DEFAULT_SORT)
        descending = order == Qt.SortOrder.DescendingOrder if column in self.SORT_KEYS else True
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload()

    def set_text(self, text: str) -> None:
        """List only agreements whose words begin with the words of ``text``."""
        text = " ".join(text.split())
        if text != self.text:
            self.text = text
            self.reload()

    def set_statuses(self, statuses: tuple[str, ...]) -> None:
        """List only agreements in these statuses (none: all)."""
        if tuple(statuses) != self.statuses:
            self.statuses = tuple(statuses)
            self.reload()

    def row_of(self, document_id: str) -> int | None:
        """The row of an agreement among those fetched, if it is there."""
        return next((i for i, r in enumerate(self.rows) if r.document_id == document_id), None)
