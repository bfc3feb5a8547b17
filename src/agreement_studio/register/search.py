"""Text search over titles, networks, regions, party names and Business IDs.

Every agreement keeps ``search_text``: those texts as casefolded words (letters and digits),
each led by a space. A query word matches when it begins a word there; a word with
punctuation, like the Business ID ``2071234-7``, matches those words in a row. So ``heinola``
finds ``Heinolan kaupunki`` (Finnish inflects at the end of a word), ``2071234`` finds the
party with that Business ID, and every query word must match.

SQLite answers from the FTS5 word index of migration 0002 (a prefix query per word); the
matching ids come back once and serve both the page and the total. PostgreSQL answers from the
same words as a ``tsvector`` with a GIN index (a prefix ``tsquery`` per word).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, column, false, func, literal, literal_column, select, text
from sqlalchemy.dialects.postgresql import REGCONFIG
from sqlalchemy.orm import Session

from agreement_studio.register.schema import AgreementRecord

A = AgreementRecord
_WORD = re.compile(r"[^\W_]+")
SCAN_ABOVE = 2000
"""With more matches than this, a page sorted by an indexed column reads that index in order
and skips non-matches; with fewer, it fetches the matches and sorts them."""


def words_of(value: str) -> list[str]:
    """The casefolded words (runs of letters and digits) of a text."""
    return _WORD.findall(value.casefold())


def search_text_of(*parts: str) -> str:
    """The text search looks in: every word of ``parts``, each led by a space."""
    return "".join(" " + word for part in parts for word in words_of(part))


def phrases(query: str) -> list[list[str]]:
    """The query's words, each as the words it holds (punctuation alone is dropped)."""
    return [found for word in query.split() if (found := words_of(word))]


@dataclass(frozen=True)
class TextMatch:
    """How to restrict a statement to the agreements a text query matches."""

    for_count: ColumnElement[bool]
    """The condition to count with."""
    for_page: ColumnElement[bool]
    """The condition to page with (may steer SQLite to read the sort index in order)."""
    matches: int | None = None
    """How many agreements match the text alone, when that is known already."""


def match_text(
    session: Session, dialect: str, query: str, *, sorted_by_index: bool
) -> TextMatch | None:
    """The text restriction for ``query``, or None when it has no words."""
    found = phrases(query)
    if not found:
        return None
    if dialect != "sqlite":
        # words are letters and digits only, so they need no quoting in a tsquery
        expression = " & ".join("(" + " <-> ".join(p) + ":*)" for p in found)
        condition = column("search_vector").bool_op("@@")(
            func.to_tsquery(literal("simple", type_=REGCONFIG), expression)
        )
        return TextMatch(condition, condition)
    expression = " AND ".join('"' + " ".join(p) + '"*' for p in found)
    ids: list[int] = list(
        session.scalars(
            select(literal_column("rowid"))
            .select_from(text("agreement_search"))
            .where(text("agreement_search MATCH :q").bindparams(q=expression))
        )
    )
    if not ids:
        return TextMatch(false(), false(), 0)
    listed = select(func.json_each(json.dumps(ids)).table_valued("value").c.value)
    # "id + 0" hides the primary key from the planner, so that it walks the sort index
    page = (A.id + 0).in_(listed) if sorted_by_index and len(ids) > SCAN_ABOVE else A.id.in_(listed)
    return TextMatch(A.id.in_(listed), page, len(ids))
