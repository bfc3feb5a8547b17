"""The database connection: SQLite settings, write transactions, and database errors in words.

Every write runs in one transaction that holds the register's write lock from its first
statement: ``BEGIN IMMEDIATE`` on SQLite (so two writers queue for the busy timeout instead of
failing half-way), a transaction-scoped advisory lock on PostgreSQL. The audit chain needs this:
an event's hash depends on the one before it, so appends must not interleave.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from agreement_studio.errors import (
    RegisterBusy,
    RegisterCorrupt,
    RegisterError,
    RegisterFull,
    RegisterReadOnly,
)
from agreement_studio.i18n import translatable
from agreement_studio.register.location import Location
from agreement_studio.register.search import create_vocabulary

_ = translatable(__name__)

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.pool import ConnectionPoolEntry

WRITE_OPTION = "agreement_studio_write"
DEFAULT_BUSY_TIMEOUT = 10.0
_BUSY_SQLSTATES = {"55P03", "40001", "40P01"}  # lock not available, serialization, deadlock


def create_register_engine(
    location: Location, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, read_only: bool = False
) -> Engine:
    """An engine for the register, configured for its database.

    A read-only SQLite register is opened through a ``mode=ro`` URI, so nothing (not even the
    WAL's shared-memory file) is created beside a file the user may not write.
    """
    if location.sqlite_path is not None:
        if read_only:
            uri = f"file:{location.sqlite_path.as_posix()}?mode=ro"
            engine = create_engine(
                "sqlite://",
                creator=lambda: _sqlite_connect(uri, busy_timeout),
            )
            _configure_sqlite(engine, busy_timeout, read_only=True)
            return engine
        location.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(location.url, connect_args={"timeout": busy_timeout})
        _configure_sqlite(engine, busy_timeout)
    else:
        engine = create_engine(location.url, pool_pre_ping=True)
        _configure_postgresql(engine, busy_timeout)
    return engine


def _sqlite_connect(uri: str, busy_timeout: float) -> sqlite3.Connection:
    import sqlite3

    return sqlite3.connect(uri, uri=True, timeout=busy_timeout, check_same_thread=False)


def _configure_sqlite(engine: Engine, busy_timeout: float, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # We issue BEGIN ourselves, so that a write can take the lock up front.
        dbapi_connection.isolation_level = None
        create_vocabulary(dbapi_connection)  # in "temp": nothing is written to the register
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            if read_only:
                return
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA foreign_keys = ON")
            # FULL: a commit the program reported survives a power cut, not only a crash.
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _configure_postgresql(engine: Engine, busy_timeout: float) -> None:
    # The lock's key comes from the database and schema the server is in, not from the URL a
    # client used, so every client of one register takes the same lock.
    take_lock = (
        "SELECT pg_advisory_xact_lock(hashtext('agreement-studio register ' || "
        "current_database() || '.' || current_schema()))"
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(WRITE_OPTION, False):
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(busy_timeout * 1000)}ms'")
            connection.exec_driver_sql(take_lock)


def _sqlstate(error: BaseException) -> str | None:
    return getattr(getattr(error, "orig", error), "sqlstate", None)


def is_busy(error: BaseException) -> bool:
    """True when a database error means another process holds the lock."""
    original = getattr(error, "orig", error)
    sqlstate = getattr(original, "sqlstate", None)
    if sqlstate in _BUSY_SQLSTATES:
        return True
    text = str(original).lower()
    return "database is locked" in text or "database table is locked" in text


def translate(error: DBAPIError, display: str) -> RegisterError:
    """A database error as the register error a user can act on."""
    if is_busy(error):
        return RegisterBusy()
    text = str(getattr(error, "orig", error)).lower()
    if "disk is full" in text or "no space left" in text or _sqlstate(error) == "53100":
        return RegisterFull(
            _(
                "the disk holding the register {location} is full: nothing was written "
                "(the register can still be read); free some space and try again",
                location=display,
            )
        )
    if (
        "readonly database" in text
        or "read-only" in text
        or _sqlstate(error) in ("42501", "25006")  # permission denied, read-only transaction
    ):
        return RegisterReadOnly(
            _(
                "the register {location} cannot be written ({reason}); nothing was changed",
                location=display,
                reason=str(getattr(error, "orig", error)).strip(),
            )
        )
    if "not a database" in text or "malformed" in text or "could not decode" in text:
        return RegisterCorrupt(
            _(
                "the register {location} is damaged ({reason}); restore it from a backup",
                location=display,
                reason=text,
            )
        )
    # A server's own words are shown as it wrote them (not lower-cased).
    said = str(getattr(error, "orig", error)).strip()
    if isinstance(error, OperationalError):
        return RegisterError(
            _("cannot use the register {location}: {reason}", location=display, reason=said)
        )
    return RegisterError(
        _(
            "the register {location} refused the operation: {reason}",
            location=display,
            reason=said,
        )
    )


@contextmanager
def writing(engine: Engine, display: str) -> Iterator[Session]:
    """A session in one write transaction: committed on success, rolled back on any error."""
    try:
        with (
            Session(
                engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
            ) as session,
            session.begin(),
        ):
            session.connection()  # take the write lock now, not at the first statement
            yield session
    except DBAPIError as error:
        raise translate(error, display) from None


@contextmanager
def reading(engine: Engine, display: str) -> Iterator[Session]:
    """A session for reading (one consistent snapshot until it ends)."""
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except DBAPIError as error:
        raise translate(error, display) from None
    except (ValueError, TypeError, OverflowError) as error:
        if not _raised_reading_a_value(error):
            raise
        raise RegisterCorrupt(
            _(
                "the register {location} holds a value it never writes ({reason}); it is "
                "damaged or was edited by hand — run register verify",
                location=display,
                reason=str(error),
            )
        ) from None


def _raised_reading_a_value(error: BaseException) -> bool:
    """True when SQLAlchemy raised it turning a stored value into Python (a date column holding
    text that is not a date): a damaged or hand-edited register, not a fault of the program."""
    frame = error.__traceback__
    last = None
    while frame is not None:
        last, frame = frame, frame.tb_next
    return last is not None and "sqlalchemy" in last.tb_frame.f_code.co_filename
