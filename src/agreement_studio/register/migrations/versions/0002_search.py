"""Text search: the words of each agreement in ``search_text``, indexed.

``search_text`` holds the casefolded words (letters and digits) of the title, network, region,
party names and identifiers, each led by a space. SQLite: an FTS5 word index over it (external
content, kept in step by triggers; prefix indexes for short query words). PostgreSQL: the same
words as a generated ``tsvector`` column with a GIN index (no extension needed).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE = [
    "CREATE VIRTUAL TABLE agreement_search USING fts5(search_text, content='agreements', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')",
    "CREATE TRIGGER agreements_search_insert AFTER INSERT ON agreements BEGIN "
    "INSERT INTO agreement_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER agreements_search_delete AFTER DELETE ON agreements BEGIN "
    "INSERT INTO agreement_search(agreement_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER agreements_search_update AFTER UPDATE OF search_text ON agreements BEGIN "
    "INSERT INTO agreement_search(agreement_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO agreement_search(rowid, search_text) VALUES (new.id, new.search_text); END",
]


def upgrade() -> None:
    """Add and fill ``search_text``, then index it."""
    op.add_column(
        "agreements", sa.Column("search_text", sa.Text, nullable=False, server_default="")
    )
    _fill_search_text()
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE:
            bind.exec_driver_sql(statement)
        bind.exec_driver_sql("INSERT INTO agreement_search(agreement_search) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        _postgresql_word_index(bind)


_WORD = re.compile(r"[^\W_]+")


def _fill_search_text() -> None:
    # The same text the application writes (register/search.py), written out here so that
    # this migration keeps doing what it did when later versions change the application.
    bind = op.get_bind()
    parties: dict[int, list[str]] = {}
    for agreement_id, name, key in bind.execute(
        sa.text("SELECT agreement_id, name, key FROM parties ORDER BY agreement_id, position")
    ):
        parties.setdefault(agreement_id, []).extend([name, key])
    rows = bind.execute(sa.text("SELECT id, title, network, region FROM agreements")).all()
    update = sa.text("UPDATE agreements SET search_text = :text WHERE id = :id")
    for agreement_id, title, network, region in rows:
        parts = [title, network, region, *parties.get(agreement_id, [])]
        text = "".join(" " + w for part in parts for w in _WORD.findall(part.casefold()))
        bind.execute(update, {"text": text, "id": agreement_id})


def _postgresql_word_index(bind: sa.Connection) -> None:
    # The words as a tsvector ("simple": no stemming, no stop words, just the words), stored
    # beside the text and indexed; a query word becomes a prefix query on it.
    bind.exec_driver_sql(
        "ALTER TABLE agreements ADD COLUMN search_vector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED"
    )
    bind.exec_driver_sql(
        "CREATE INDEX ix_agreements_search_vector ON agreements USING gin (search_vector)"
    )


def downgrade() -> None:
    """Registers are never downgraded; restore the backup taken before the upgrade instead."""
    raise NotImplementedError("restore the backup copy taken before the upgrade")
