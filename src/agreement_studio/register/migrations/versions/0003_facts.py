"""Events carry facts: the ``facts`` column, and a baseline event per agreement.

From this format on, every event about an agreement carries the agreement's whole recorded state
after the change (``register/facts.py``), so ``register verify`` can replay the chain into the
tables. Older events carry none and what they did cannot be checked; so that later changes can
be, the upgrade appends one ``baseline`` event per agreement with its facts *as found*. The
baseline says so in its details: it vouches for nothing before it.

A chain whose tail is not its stored head is not extended (that would hide a truncation): the
upgrade then records no baseline, and ``register verify`` reports the broken chain.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``events.facts``, then record each agreement's facts as found."""
    op.add_column("events", sa.Column("facts", sa.Text, nullable=True))
    _baseline(op.get_bind())


def _baseline(bind: sa.Connection) -> None:
    # The application's own facts and append (this is the format that introduced them); a later
    # format that changes the facts must freeze this step as it was.
    from agreement_studio.errors import AuditLogBroken
    from agreement_studio.register.audit import append_event, check_tail
    from agreement_studio.register.facts import iter_facts

    session = Session(bind=bind)
    try:
        check_tail(session, None)
    except AuditLogBroken:
        return
    if not session.execute(sa.text("SELECT 1 FROM agreements LIMIT 1")).first():
        return
    details = {
        "reason": "upgrade to format 0003: the agreement as found; events before this one "
        "carry no facts and cannot be checked against the tables"
    }
    for document_id, facts in iter_facts(session):
        append_event(
            session, "baseline", document_id=document_id, details=details, known_facts=facts
        )
    session.flush()
