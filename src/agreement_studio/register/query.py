"""Listing, searching and filtering agreements, a page at a time, sorted by the GUI's columns.

Only one page of rows is ever read (or, for export, rows are streamed in batches). Text search
is in :mod:`.search`.

Counting every match of a word common to a third of 100,000 agreements costs more than the page
(each match is a list entry or a row to read). So a text search's count stops
:data:`COUNT_BEYOND` matches past the page: the page says *more than* that many
(:attr:`Page.exact` is False), and the next page counts on from there. A listing without text
is counted exactly, and so is everything :func:`count` counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Date,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from agreement_studio.errors import InputError, RegisterError
from agreement_studio.i18n import translatable
from agreement_studio.register.details import load_details, load_events
from agreement_studio.register.records import find_agreement
from agreement_studio.register.schema import AgreementRecord, VersionRecord
from agreement_studio.register.search import SCAN_ABOVE, match_text
from agreement_studio.register.status import Status, effective_status, in_force, next_deadline
from agreement_studio.register.values import AgreementDetails, AgreementRow, EventInfo, Page

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement
    from agreement_studio.register.store import Store

A = AgreementRecord
SORT_KEYS = (
    "title",
    "network",
    "status",
    "parties",
    "start",
    "end",
    "next_deadline",
    "updated",
    "created",
)
INDEXED_SORTS = frozenset({"title", "network", "parties", "start", "updated"})
"""Sort keys an index serves in order (with the id as the tie-breaker)."""
COUNT_BEYOND = 1000
"""A bounded count stops this many matches past the end of the page."""
WINDOWS = (4, 20)
"""PostgreSQL text search first looks for its page among the first 4, then 20 times (offset +
limit) rows in sort order; a word in more than one agreement in four, then in twenty, fills it
there (each row looked at is a row read, so the smaller window first)."""
_FAR = dt.date(9999, 12, 31)


@dataclass(frozen=True)
class Query:
    """What to list: filters, order and page."""

    text: str = ""
    """Words that must each begin a word of the title, network, region, a party's name or
    Business ID (see :mod:`.search`)."""
    statuses: tuple[Status, ...] = ()
    """Only these statuses (empty: all)."""
    ends_before: dt.date | None = None
    notice_before: dt.date | None = None
    review_before: dt.date | None = None
    deadline_before: dt.date | None = None
    """The next deadline (notice, end or review still ahead) falls before this day."""
    sort: str = "updated"
    """One of :data:`SORT_KEYS`."""
    descending: bool = True
    offset: int = 0
    limit: int = 100
    today: dt.date | None = None
    """The day statuses and deadlines are reckoned from (default: today)."""

    def day(self) -> dt.date:
        """The day the query is reckoned on."""
        return self.today or dt.date.today()


def _columns() -> list[Any]:
    return [
        A.document_id,
        A.title,
        A.network,
        A.status,
        A.party_count,
        A.signatory_count,
        A.signed_count,
        A.term_start,
        A.term_end,
        A.notice_deadline,
        A.review_date,
        A.updated_at,
    ]


def _status_condition(status: Status, today: dt.date) -> ColumnElement[bool]:
    if status is Status.EXPIRED:
        return and_(A.status == Status.SIGNED.value, A.term_end < today)
    if status is Status.SIGNED:
        return and_(A.status == Status.SIGNED.value, or_(A.term_end.is_(None), A.term_end >= today))
    return A.status == status.value


def next_deadline_expression(dialect: str, today: dt.date) -> ColumnElement[Any]:
    """SQL for the earliest of notice deadline, end and review date on or after ``today``."""
    parts = [
        case((c >= today, c), else_=None) for c in (A.notice_deadline, A.term_end, A.review_date)
    ]
    if dialect == "postgresql":
        return func.least(*parts)  # LEAST ignores NULLs
    padded = [func.coalesce(p, literal(_FAR, Date)) for p in parts]
    return type_coerce(func.nullif(func.min(*padded), literal(_FAR, Date)), Date)


def _filters(q: Query, dialect: str) -> list[ColumnElement[bool]]:
    """The query's conditions other than text."""
    today = q.day()
    conditions: list[ColumnElement[bool]] = []
    if q.statuses:
        conditions.append(or_(*(_status_condition(Status(s), today) for s in q.statuses)))
    for column, limit in (
        (A.term_end, q.ends_before),
        (A.notice_deadline, q.notice_before),
        (A.review_date, q.review_before),
    ):
        if limit is not None:
            conditions.append(column < limit)
    if q.deadline_before is not None:
        conditions.append(next_deadline_expression(dialect, today) < q.deadline_before)
    return conditions


@dataclass(frozen=True)
class _Plan:
    """A query turned into conditions, within one read session."""

    page: list[ColumnElement[bool]]
    count: list[ColumnElement[bool]]
    known_total: int | None
    known_exact: bool = True
    bounded: bool = False
    """Count only so far past the page (a text search that is not counted by its index)."""
    walk: list[ColumnElement[bool]] | None = None
    """PostgreSQL: the conditions for walking the sort index first (see :func:`_walked_page`)."""
    others: list[ColumnElement[bool]] | None = None
    in_range: Callable[[int, int], ColumnElement[bool]] | None = None
    """SQLite, a common word: the text condition over a stretch of ids (:func:`_walked_page`)."""


def _plan(session: Session, store: Store, q: Query, upto: int | None = None) -> _Plan:
    """The conditions for ``q``; a text search alone is counted by SQLite's word index up to
    ``upto`` matches (None: all of them)."""
    dialect = store.engine.dialect.name
    others = _filters(q, dialect)
    text_match = match_text(
        session, dialect, q.text, sorted_by_index=q.sort in INDEXED_SORTS, upto=upto
    )
    if text_match is None:
        return _Plan(others, others, None)
    known = text_match.matches if not others else None
    walk = None
    if text_match.unindexed is not None and q.sort in INDEXED_SORTS:
        walk = [*others, text_match.unindexed]
    return _Plan(
        [*others, text_match.for_page],
        [*others, text_match.for_count],
        known,
        known_exact=text_match.matches_exact,
        bounded=known is None,
        walk=walk,
        others=others,
        in_range=text_match.in_range,
    )


def _status_rank(today: dt.date) -> ColumnElement[int]:
    """Statuses in the order of an agreement's life, not of the alphabet."""
    ranks = {s: i for i, s in enumerate(Status)}
    return case(
        (_status_condition(Status.EXPIRED, today), ranks[Status.EXPIRED]),
        *((A.status == s.value, ranks[s]) for s in Status if s is not Status.EXPIRED),
        else_=len(ranks),
    )


def _order(q: Query, dialect: str) -> list[Any]:
    today = q.day()
    keys: dict[str, Any] = {
        "title": A.title_sort,
        "network": A.network_sort,
        "parties": A.party_count,
        "start": A.term_start,
        "end": A.term_end,
        "updated": A.updated_at,
        "created": A.created_at,
        "status": _status_rank(today),
        "next_deadline": next_deadline_expression(dialect, today),
    }
    if q.sort not in keys:
        raise InputError(
            _(
                "cannot sort by {key}; choose one of {keys}",
                key=repr(q.sort),
                keys=", ".join(SORT_KEYS),
            )
        )
    key = keys[q.sort]
    direction: Callable[[Any], Any] = (lambda c: c.desc()) if q.descending else (lambda c: c.asc())
    return [direction(key), direction(A.id)]


def _row(values: Any, today: dt.date) -> AgreementRow:
    (
        document_id,
        title,
        network,
        stored,
        parties,
        signatories,
        signed,
        start,
        end,
        notice,
        review,
        updated,
    ) = values
    status = effective_status(stored, end, today)
    return AgreementRow(
        document_id,
        title,
        network,
        status,
        parties,
        signatories,
        signed,
        start,
        end,
        notice,
        review,
        next_deadline((notice, end, review), today),
        in_force(status, start, today),
        updated,
    )


def _page_statement(store: Store, q: Query, plan: _Plan) -> Select[Any]:
    dialect = store.engine.dialect.name
    return select(*_columns()).where(*plan.page).order_by(*_order(q, dialect))


def _count(
    session: Session, conditions: list[ColumnElement[bool]], upto: int | None = None
) -> tuple[int, bool]:
    """(how many match, exact); with ``upto``, at most that many are counted: (upto, False)
    then means more than ``upto`` match."""
    if upto is None:
        return int(
            session.scalar(select(func.count()).select_from(A).where(*conditions)) or 0
        ), True
    first = select(A.id).where(*conditions).limit(upto + 1).subquery()
    found = int(session.scalar(select(func.count()).select_from(first)) or 0)
    return (upto, False) if found > upto else (found, True)


def _walked_page(session: Session, store: Store, q: Query, plan: _Plan) -> list[Any] | None:
    """A common word's page found among the first rows in sort order, or None when that window
    holds too few matches. PostgreSQL tests each row's words (the word index cannot steer
    this); SQLite asks its word index only about the stretch of ids the window spans.

    The window's rows are the first in the query's order, so the first matches among them are
    the first matches of all.
    """
    order = _order(q, store.engine.dialect.name)
    for times in WINDOWS:
        window = select(A.id).order_by(*order).limit((q.offset + q.limit) * times)
        if plan.in_range is not None:
            ids = window.subquery()
            low, high = session.execute(select(func.min(ids.c.id), func.max(ids.c.id))).one()
            if low is None:
                return None
            conditions = [*(plan.others or []), plan.in_range(low, high)]
        else:
            conditions = plan.walk or []
        stmt = (
            select(*_columns())
            .where(A.id.in_(window.scalar_subquery()), *conditions)
            .order_by(*order)
            .offset(q.offset)
            .limit(q.limit)
        )
        rows = list(session.execute(stmt))
        if len(rows) == q.limit:
            return rows
    return None


def list_page(store: Store, q: Query) -> Page:
    """One page of matching agreements, and how many match in all (see :class:`Page`)."""
    if q.limit < 1 or q.offset < 0:
        raise InputError(_("a page needs a limit of at least 1 and an offset of at least 0"))
    today = q.day()
    with store.read() as session:
        upto = q.offset + q.limit + COUNT_BEYOND
        plan = _plan(session, store, q, upto)
        can_walk = plan.walk is not None or plan.in_range is not None
        found = _walked_page(session, store, q, plan) if can_walk else None
        walked = found is not None
        if found is None:
            stmt = _page_statement(store, q, plan).offset(q.offset).limit(q.limit)
            found = list(session.execute(stmt))
        rows = [_row(values, today) for values in found]
        if plan.known_total is not None:
            total, exact = plan.known_total, plan.known_exact
        elif not plan.bounded:
            total, exact = _count(session, plan.count)
        else:
            # a common word on PostgreSQL is counted on the condition the index cannot serve:
            # rows in table order, stopping soon; a rare one through the index
            conditions = plan.walk if walked and plan.walk else plan.count
            total, exact = _count(session, conditions, upto)
    return Page(rows, total, q.offset, q.limit, exact)


def count(store: Store, q: Query) -> int:
    """How many agreements match ``q`` (exactly, however long that takes)."""
    with store.read() as session:
        plan = _plan(session, store, q)
        return plan.known_total if plan.known_total is not None else _count(session, plan.count)[0]


def iter_rows(store: Store, q: Query) -> Iterator[AgreementRow]:
    """Every matching agreement in order, fetched in batches."""
    today = q.day()
    with store.read() as session:
        plan = _plan(session, store, q, SCAN_ABOVE)  # enough to choose how to read them
        stmt = _page_statement(store, q, plan).execution_options(yield_per=1000)
        for values in session.execute(stmt):
            yield _row(values, today)


def draft_of(store: Store, document_id: str, version: int | None) -> Agreement:
    """The draft of one version of an agreement."""
    from agreement_studio.agreement import parse_draft

    with store.read() as session:
        record = find_agreement(session, document_id)
        number = version or record.current_version
        text_ = session.scalar(
            select(VersionRecord.draft_json).where(
                VersionRecord.agreement_id == record.id, VersionRecord.number == number
            )
        )
    if text_ is None:
        raise InputError(
            _(
                "the agreement {document_id} has no version {number}",
                document_id=document_id,
                number=number,
            )
        )
    return parse_draft(
        text_, _("version {number} of {document_id}", number=number, document_id=document_id)
    )


def refuse_if_rewritten(session: Session, document_id: str) -> None:
    """Refuse to hand out what the audit log does not vouch for (:class:`RegisterCorrupt`)."""
    from agreement_studio.errors import RegisterCorrupt
    from agreement_studio.register.replay import agreement_differences

    found = agreement_differences(session, document_id)
    if found:
        raise RegisterCorrupt(
            _(
                "the records of agreement {document_id} do not match its audit log ({first}); "
                "nothing was handed out: run register verify",
                document_id=document_id,
                first=found[0],
            )
        )


def current_pdf(store: Store, document_id: str) -> bytes:
    """The bytes of the revision to send on."""
    from agreement_studio.register.schema import RevisionRecord

    with store.read() as session:
        record = find_agreement(session, document_id)
        sha = session.scalar(
            select(RevisionRecord.sha256).where(RevisionRecord.id == record.current_revision_id)
        )
        refuse_if_rewritten(session, document_id)
    if sha is None:
        raise RegisterError(
            _(
                "the agreement {document_id} is a draft without a PDF yet; "
                "prepare it for signing first",
                document_id=document_id,
            )
        )
    return store.files.get(sha)


def details(store: Store, document_id: str) -> AgreementDetails:
    """Everything about one agreement (see :mod:`agreement_studio.register.details`)."""
    return load_details(store, document_id)


def events(store: Store, document_id: str | None) -> list[EventInfo]:
    """Audit events, oldest first."""
    with store.read() as session:
        return load_events(session, document_id)
