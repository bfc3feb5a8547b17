"""Creating a register, and upgrading one made by an older version (after a backup copy).

The migrations live in ``register/migrations`` and run through Alembic on a connection that holds
the register's write lock, so two programs opening an old register at once upgrade it once.
Opening a register at the current format costs one small query: Alembic is imported only when
there is something to do.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from agreement_studio.errors import RegisterError
from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.register.engine import WRITE_OPTION, translate
from agreement_studio.register.location import Location

_ = translatable(__name__)

HEAD = "0003"
"""The newest register format this version writes (a test checks it is Alembic's head)."""
KNOWN_REVISIONS = ("0001", "0002", "0003")
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def stored_revision(connection: Connection) -> str | None:
    """The format of the register on ``connection``, or None when it has none yet."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(engine: Engine, location: Location, *, target: str = HEAD) -> Path | None:
    """Create the register or bring it to ``target``; returns the backup taken, if any."""
    try:
        with engine.connect() as connection:
            current = stored_revision(connection)
        if current == target:
            return None
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
            return _upgrade_locked(connection, location, target)
    except DBAPIError as error:
        raise translate(error, location.display) from None


def _upgrade_locked(connection: Connection, location: Location, target: str) -> Path | None:
    current = stored_revision(connection)  # again: another program may have upgraded it
    if current == target:
        return None
    if current is not None and current not in KNOWN_REVISIONS:
        raise RegisterError(
            _(
                "the register {location} was written by a newer version of Agreement "
                "Studio (format {format}); update the application to open it",
                location=location.display,
                format=current,
            )
        )
    if current is None and inspect(connection).get_table_names():
        raise RegisterError(
            _(
                "{location} is a database, but not an Agreement Studio "
                "register; choose another file or an empty database",
                location=location.display,
            )
        )
    backup = _backup(connection, location, current) if current is not None else None
    _run_alembic(connection, target)
    if current is None:
        _write_meta(connection)
    return backup


def read_register_id(engine: Engine, location: Location) -> str | None:
    """The register's own ID, from its ``meta`` table."""
    try:
        with engine.connect() as connection:
            return connection.execute(
                text("SELECT value FROM meta WHERE key = 'register_id'")
            ).scalar()
    except DBAPIError as error:
        raise translate(error, location.display) from None


def _run_alembic(connection: Connection, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def alembic_head() -> str:
    """The head revision of the migration scripts (for the test that keeps :data:`HEAD` true)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def _write_meta(connection: Connection) -> None:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    connection.execute(
        text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
        [{"k": "register_id", "v": str(uuid.uuid4())}, {"k": "created_at", "v": now}],
    )


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _backup(connection: Connection, location: Location, revision: str) -> Path:
    """Copy the register before changing its format: SQLite online backup, else JSON."""
    if location.sqlite_path is not None:
        target = location.sqlite_path.with_name(
            f"{location.sqlite_path.name}.bak-{revision}-{_stamp()}"
        )
        _sqlite_backup(location.sqlite_path, target)
        return target
    target = location.files_dir.with_name(
        f"{location.files_dir.name}.bak-{revision}-{_stamp()}.json"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, _json_dump(connection, revision).encode("utf-8"), mode=0o600)
    return target


def _sqlite_backup(source_path: Path, target: Path) -> None:
    """SQLite's online backup, read through a second connection.

    The caller's connection holds the write lock (so nothing changes meanwhile); SQLite will
    not back up from a connection in a write transaction, but in WAL mode another connection
    reads the same, current snapshot.
    """
    import sqlite3

    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"{source_path.absolute().as_uri()}?mode=ro", uri=True)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    partial.rename(target)  # a backup is either whole or absent


def _json_dump(connection: Connection, revision: str) -> str:
    """Every table's rows as JSON (the PostgreSQL backup; restore with any JSON loader)."""
    tables: dict[str, list[dict[str, object]]] = {}
    for name in sorted(inspect(connection).get_table_names()):
        rows = connection.execute(text(f'SELECT * FROM "{name}"')).mappings()
        tables[name] = [dict(row) for row in rows]
    return json.dumps(
        {"format": revision, "tables": tables}, default=str, ensure_ascii=False, indent=1
    )
