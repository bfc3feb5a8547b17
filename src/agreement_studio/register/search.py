"""Text search over titles, networks, regions, party names and Business IDs.

Every agreement keeps ``search_text``: those texts as casefolded words (letters and digits),
each led by a space. A query word matches when it begins a word there; a word with
punctuation, like the Business ID ``2071234-7``, matches those words in a row. So ``heinola``
finds ``Heinolan kaupunki`` (Finnish inflects at the end of a word), ``2071234`` finds the
party with that Business ID, and every query word must match.

SQLite answers from the FTS5 word index of migration 0002. A query word of one to three letters
is a prefix query on the index's own prefix indexes; a longer one is first looked up in the
index's vocabulary (an ``fts5vocab`` table in each connection's ``temp`` schema, made on
connecting) and becomes the few whole words it begins, which FTS5 reads far faster than a prefix
it has to merge. The index counts the
matches (stopping soon past the page for a common word), and the page statement reads them as a
subquery: no id travels to Python and back. For a common word the page is first sought among the
first rows in sort order, with the index read only over the stretch of ids those rows span.

PostgreSQL answers from the same words as a ``tsvector`` with a GIN index (a prefix ``tsquery``
per word). The index is quick for rare words, but for a word in a third of 100,000 agreements it
reads tens of thousands of entries and rows; so :mod:`.query` first walks the sort index with
:attr:`TextMatch.unindexed` (the same condition, hidden from the index) and only when that
window of rows does not fill the page asks the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    cast,
    column,
    false,
    func,
    literal,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import REGCONFIG, TSVECTOR
from sqlalchemy.orm import Session

from agreement_studio.register.schema import AgreementRecord

A = AgreementRecord
_WORD = re.compile(r"[^\W_]+")
SCAN_ABOVE = 2000
"""With more matches than this, a page sorted by an indexed column reads that index in order
and skips non-matches; with fewer, it fetches the matches and sorts them."""
PREFIX_INDEXED = 3
"""The word index keeps prefix indexes for prefixes of up to this many characters."""
MAX_EXPANSION = 20
"""A longer query word beginning more indexed words than this stays a prefix query."""
VOCABULARY = "temp.agreement_search_words"
"""The word index's vocabulary, made in every SQLite connection (see :func:`create_vocabulary`)."""
_LAST = "\U0010ffff"  # sorts after every character: the end of the words a prefix begins


def words_of(value: str) -> list[str]:
    """The casefolded words (runs of letters and digits) of a text."""
    return _WORD.findall(value.casefold())


def search_text_of(*parts: str) -> str:
    """The text search looks in: every word of ``parts``, each led by a space."""
    return "".join(" " + word for part in parts for word in words_of(part))


def phrases(query: str) -> list[list[str]]:
    """The query's words, each as the words it holds (punctuation alone is dropped)."""
    return [found for word in query.split() if (found := words_of(word))]


def create_vocabulary(dbapi_connection: object) -> None:
    """Make :data:`VOCABULARY` in a new SQLite connection (its ``temp`` schema, so nothing is
    written to the register, which may be read-only; the table is read only when queried)."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]  # DB-API
    try:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} "
            "USING fts5vocab(main, agreement_search, instance)"
        )
    finally:
        cursor.close()


@dataclass(frozen=True)
class TextMatch:
    """How to restrict a statement to the agreements a text query matches."""

    for_count: ColumnElement[bool]
    """The condition to count with."""
    for_page: ColumnElement[bool]
    """The condition to page with (may steer SQLite to read the sort index in order)."""
    matches: int | None = None
    """How many agreements match the text alone, when that is known already."""
    unindexed: ColumnElement[bool] | None = None
    """PostgreSQL: the same condition in a form the word index cannot serve, for walking a sort
    index and testing row by row (see :mod:`.query`)."""
    matches_exact: bool = True
    """False when more than :attr:`matches` match (a bounded count)."""
    in_range: Callable[[int, int], ColumnElement[bool]] | None = None
    """SQLite, a common word: the condition for the agreements with ids from ``low`` to
    ``high`` only (the word index reads just that stretch of its lists; see :mod:`.query`)."""


def match_text(
    session: Session,
    dialect: str,
    query: str,
    *,
    sorted_by_index: bool,
    upto: int | None = None,
) -> TextMatch | None:
    """The text restriction for ``query``, or None when it has no words.

    SQLite counts the matches in the word index, at most ``upto`` of them (None: all).
    """
    found = phrases(query)
    if not found:
        return None
    if dialect != "sqlite":
        return _postgresql_match(found)
    terms = [_fts_phrase(session, p) for p in found]
    index_match = text("agreement_search MATCH :q").bindparams(q=" AND ".join(terms))
    listed: Select[Any] = (
        select(literal_column("rowid")).select_from(text("agreement_search")).where(index_match)
    )
    # The word index counts its matches without reading a row of the table; FTS5 reads whole
    # words' lists lazily, so a bounded count stops early.
    counted = listed if upto is None else listed.limit(upto + 1)
    matches = int(session.scalar(select(func.count()).select_from(counted.subquery())) or 0)
    if not matches:
        return TextMatch(false(), false(), 0)
    exact = upto is None or matches <= upto
    common = not exact or matches > SCAN_ABOVE
    # "id + 0" hides the primary key from the planner, so that it walks the sort index
    page = (A.id + 0).in_(listed) if sorted_by_index and common else A.id.in_(listed)

    def in_range(low: int, high: int) -> ColumnElement[bool]:
        return A.id.in_(listed.where(literal_column("rowid").between(low, high)))

    return TextMatch(
        A.id.in_(listed),
        page,
        matches if exact else upto,
        matches_exact=exact,
        in_range=in_range if sorted_by_index and common else None,
    )


def _tsquery(found: list[list[str]]) -> ColumnElement[Any]:
    # words are letters and digits only, so they need no quoting in a tsquery
    expression = " & ".join("(" + " <-> ".join(p) + ":*)" for p in found)
    return func.to_tsquery(literal("simple", type_=REGCONFIG), expression)


def _postgresql_match(found: list[list[str]]) -> TextMatch:
    """The tsquery on the GIN index, and the same hidden from it.

    A short prefix (``7`` of the Business ID ``2071234-7``) is a GIN partial match over every
    word it begins: a tenth of a second. So the index is asked only for the phrases' whole words
    and for prefixes of :data:`PREFIX_INDEXED` characters or more, and the rows it finds are
    checked against the whole query.
    """
    whole = _tsquery(found)
    vector: ColumnElement[Any] = column("search_vector")
    hidden: ColumnElement[str] = func.coalesce(vector, cast(literal(""), TSVECTOR))
    unindexed = hidden.bool_op("@@")(whole)
    parts = [
        word + (":*" if last else "")
        for phrase in found
        for i, word in enumerate(phrase)
        if not (last := i == len(phrase) - 1) or len(word) >= PREFIX_INDEXED
    ]
    condition: ColumnElement[bool]
    if len(parts) == sum(map(len, found)):  # the index can answer the whole query
        condition = vector.bool_op("@@")(whole)
        return TextMatch(condition, condition, unindexed=unindexed)
    if not parts:  # nothing the index answers quickly: rows are tested one by one
        return TextMatch(unindexed, unindexed, unindexed=unindexed)
    indexed = func.to_tsquery(literal("simple", type_=REGCONFIG), " & ".join(parts))
    condition = and_(vector.bool_op("@@")(indexed), unindexed)
    return TextMatch(condition, condition, unindexed=unindexed)


def _fts_phrase(session: Session, words: list[str]) -> str:
    """One query word as FTS5 query text: its last word a prefix, or the whole words that
    prefix begins (a prefix the vocabulary cannot answer for stays a prefix)."""
    *before, last = words
    lead = "".join(w + " " for w in before)
    if len(last) <= PREFIX_INDEXED:
        return f'"{lead}{last}"*'
    begun: list[str] = []
    low = last
    while len(begun) <= MAX_EXPANSION:
        # one seek per word: the "instance" vocabulary reads no list it is not asked for ("row"
        # would count a common word's 45,000 documents); no indexed word holds a character
        # below "\x01", so term + "\x01" is where the next word begins
        term = session.scalar(
            text(f"SELECT term FROM {VOCABULARY} WHERE term >= :low AND term < :high LIMIT 1"),
            {"low": low, "high": last + _LAST},
        )
        if term is None:
            break
        begun.append(term)
        low = term + "\x01"
    if not begun or len(begun) > MAX_EXPANSION:
        return f'"{lead}{last}"*'
    return "(" + " OR ".join(f'"{lead}{term}"' for term in begun) + ")"
