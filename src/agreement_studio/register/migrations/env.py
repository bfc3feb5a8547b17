"""Alembic environment: runs on the connection the register hands over (no alembic.ini).

:func:`agreement_studio.register.migrate.upgrade` puts an open connection, inside its
transaction, into ``config.attributes["connection"]``; every migration runs on it.
"""

from __future__ import annotations

from alembic import context

from agreement_studio.register.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable by running alembic by hand
    raise RuntimeError("the register's migrations run from agreement_studio.register only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
