"""The database's schema objects must be the register's own: no planted trigger, view or table.

A trigger planted in the register file forges values at write time (a signer's name, a verdict),
so the event written by an honest operation already carries the forged facts, and replaying the
chain cannot see it. The register therefore compares the objects in the database with those its
own migrations create:

* SQLite: every table, index, trigger and view in ``sqlite_master`` against a register built
  from the migrations in memory (tables and indexes by name and table; triggers and views also by
  their SQL, so one of ours that was rewritten is named too). SQLite's own objects
  (``sqlite_*``) are left out.
* PostgreSQL: the register's migrations create no triggers, rules or views there; any
  non-internal trigger (``pg_trigger``) or rule (``pg_rewrite``, other than a view's own) on a
  table of the register's schema, any view and any table the register does not have is foreign.
  A migration that adds one must add it to :func:`_postgresql_expected` too.

``register verify`` reports every foreign, changed or missing object by name; every write first
refuses a register with a trigger it did not create (:func:`refuse_foreign_triggers`). The write
check uses the expected objects cached in the user's cache folder (keyed by the migrations'
contents and the SQLite version), so a write does not rebuild them; ``register verify`` always
rebuilds them and never trusts the cache.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.orm import Session

from agreement_studio.errors import RegisterCorrupt
from agreement_studio.i18n import translatable

_ = translatable(__name__)


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One object of the database's schema."""

    kind: str  # table, index, trigger, view, rule
    name: str
    table: str
    sql: str  # whitespace-normalised (triggers and views only; empty otherwise)


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _kind_word(kind: str) -> str:
    words = {
        "table": _("table"),
        "index": _("index"),
        "trigger": _("trigger"),
        "view": _("view"),
        "rule": _("rule"),
    }
    return words.get(kind, kind)


def _sqlite_objects(connection: Connection) -> set[SchemaObject]:
    rows = connection.execute(text("SELECT type, name, tbl_name, sql FROM main.sqlite_master"))
    found = set()
    for kind, name, table, sql in rows:
        kind, name, table = str(kind), str(name), str(table)
        if kind in ("table", "index") and name.startswith("sqlite_"):
            continue  # SQLite's own: automatic indexes, sqlite_sequence, sqlite_stat1
        found.add(
            SchemaObject(kind, name, table, _normal(sql) if kind in ("trigger", "view") else "")
        )
    return found


def _migrations_digest() -> str:
    from agreement_studio.register.migrate import MIGRATIONS_DIR

    digest = hashlib.sha256(sqlite3.sqlite_version.encode())
    for path in sorted(MIGRATIONS_DIR.rglob("*.py")):
        digest.update(path.relative_to(MIGRATIONS_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _built_sqlite() -> frozenset[SchemaObject]:
    """The objects of a register built from the migrations, in memory."""
    from agreement_studio.register.migrate import HEAD, _run_alembic

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            _run_alembic(connection, HEAD)
            found = frozenset(_sqlite_objects(connection))
    finally:
        engine.dispose()
    _store_cache(found)
    return found


def _cache_path() -> Path:
    from agreement_studio.paths import user_cache_dir

    return user_cache_dir() / "register-schema" / f"{_migrations_digest()[:32]}.json"


def _store_cache(found: frozenset[SchemaObject]) -> None:
    from agreement_studio.errors import OutputError
    from agreement_studio.fileio import write_atomic

    try:
        path = _cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps([[o.kind, o.name, o.table, o.sql] for o in sorted(found)], indent=0)
        write_atomic(path, body.encode("utf-8"))
    except (OSError, OutputError):
        return


def _cached_sqlite() -> frozenset[SchemaObject]:
    """The expected objects from the cache (a write's check), else built."""
    try:
        path = _cache_path()
        rows = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(SchemaObject(str(k), str(n), str(t), str(s)) for k, n, t, s in rows)
    except (OSError, ValueError, TypeError):
        return _built_sqlite()


def _postgresql_expected() -> set[str]:
    """The tables the register's migrations create on PostgreSQL (and no trigger, rule, view)."""
    from agreement_studio.register.schema import Base

    return {*Base.metadata.tables, "alembic_version"}


def _postgresql_objects(connection: Connection) -> set[SchemaObject]:
    found: set[SchemaObject] = set()
    triggers = connection.execute(
        text(
            "SELECT t.tgname, c.relname FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    )
    found.update(SchemaObject("trigger", str(n), str(t), "") for n, t in triggers)
    rules = connection.execute(
        text(
            "SELECT r.rulename, c.relname FROM pg_rewrite r "
            "JOIN pg_class c ON c.oid = r.ev_class "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE r.rulename <> '_RETURN' AND n.nspname = current_schema()"
        )
    )
    found.update(SchemaObject("rule", str(n), str(t), "") for n, t in rules)
    relations = connection.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"
        )
    )
    for name, relkind in relations:
        kind = "table" if relkind in ("r", "p", "f") else "view"
        found.add(SchemaObject(kind, str(name), str(name), ""))
    return found


def schema_problems(connection: Connection) -> list[str]:
    """Every object the register did not create, every one of its own that was changed or is
    missing, in words; empty when the schema is the register's own."""
    if connection.dialect.name == "sqlite":
        expected = _built_sqlite()
        found = _sqlite_objects(connection)
        problems = [_foreign(o, expected) for o in sorted(found - expected)]
        names = {(o.kind, o.name) for o in found}
        problems.extend(
            _(
                "the register lacks its {kind} {name} (on {table}): it was dropped",
                kind=_kind_word(o.kind),
                name=o.name,
                table=o.table,
            )
            for o in sorted(expected - found)
            if (o.kind, o.name) not in names
        )
        return problems
    if connection.dialect.name == "postgresql":
        tables = _postgresql_expected()
        return [
            _foreign(o, frozenset())
            for o in sorted(_postgresql_objects(connection))
            if not (o.kind == "table" and o.name in tables)
        ]
    return []


def _foreign(found: SchemaObject, expected: frozenset[SchemaObject]) -> str:
    ours = {(o.kind, o.name) for o in expected}
    if (found.kind, found.name) in ours:
        return _(
            "the register's {kind} {name} (on {table}) is not the one it created: it was "
            "changed to: {sql}",
            kind=_kind_word(found.kind),
            name=found.name,
            table=found.table,
            sql=found.sql,
        )
    return _(
        "the register contains a {kind} it did not create: {name} (on {table})",
        kind=_kind_word(found.kind),
        name=found.name,
        table=found.table,
    )


def refuse_foreign_triggers(session: Session) -> None:
    """Refuse to write to a register holding a trigger (or rule) it did not create."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text("SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger'")
        ).all()
        triggers = {SchemaObject("trigger", str(n), str(t), _normal(s)) for n, t, s in rows}
        if not triggers:
            return
        foreign = triggers - _cached_sqlite()
        if foreign:
            foreign = triggers - _built_sqlite()  # the cache may be stale: build to be sure
    elif connection.dialect.name == "postgresql":
        foreign = {o for o in _postgresql_objects(connection) if o.kind in ("trigger", "rule")}
    else:
        return
    if foreign:
        first = sorted(foreign)[0]
        raise RegisterCorrupt(
            _(
                "the register contains a {kind} it did not create: {name} — run register verify",
                kind=_kind_word(first.kind),
                name=first.name,
            )
        )
