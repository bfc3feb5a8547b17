"""The store every register operation works on: the database, the file store, the witness.

The package's arrows run one way: :mod:`.api` (the verbs) calls the operation modules
(:mod:`.changes`, :mod:`.importing`, :mod:`.query`, :mod:`.export`, :mod:`.check`, …), and they
all work on a :class:`Store`, which knows nothing of them. A store is opened with its checks:

* a register file that a witness says existed is never silently replaced by a new, empty one
  (:mod:`.opening`);
* an SQLite file passes ``PRAGMA quick_check`` (a damaged file is named as damaged) before
  anything is written to it: on opening (the default), or, opened with
  ``check_storage="before-write"``, when :meth:`Store.check_storage` runs (the window runs it in
  the background once the first page shows) or else at the first write, which waits for it; a
  file found damaged refuses every write;
* a file the user may not write opens for reading, and a write says why it is refused;
* every write first checks the audit chain's tail against the stored head and the witness,
  and after its commit records the new head in the witness (:mod:`.witness`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session

from agreement_studio.errors import RegisterCorrupt, RegisterError, RegisterReadOnly
from agreement_studio.i18n import translatable
from agreement_studio.register import opening, witness
from agreement_studio.register.audit import check_tail, read_head
from agreement_studio.register.engine import (
    DEFAULT_BUSY_TIMEOUT,
    create_register_engine,
    reading,
    writing,
)
from agreement_studio.register.filestore import FileStore
from agreement_studio.register.location import Location
from agreement_studio.register.migrate import ensure_schema, read_register_id
from agreement_studio.register.schema_objects import refuse_foreign_triggers
from agreement_studio.register.words import reason

_ = translatable(__name__)

StorageCheck = Literal["on-open", "before-write", "off"]
"""When SQLite's quick check runs: while opening, before the first write (or when
:meth:`Store.check_storage` is called), or not at all (``register verify`` runs the full check)."""


def _when(check_storage: bool | StorageCheck) -> StorageCheck:
    if check_storage is True:
        return "on-open"
    if check_storage is False:
        return "off"
    return check_storage


class Store:
    """An open register's database, file store and witness; the operations' common ground."""

    def __init__(
        self,
        location: Location,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        replace_missing: bool = False,
        check_storage: bool | StorageCheck = True,
        read_only: bool = False,
    ) -> None:
        self.location = location
        when = _when(check_storage)
        self._storage_lock = threading.Lock()
        self._storage_checked = when == "off" or location.sqlite_path is None
        self._storage_damage: str | None = None
        self.read_only_reason: str | None = opening.read_only_reason(location, asked=read_only)
        """Why this register opened for reading only, or None when it can be written."""
        try:
            self.engine = create_register_engine(
                location, busy_timeout=busy_timeout, read_only=self.read_only_reason is not None
            )
            opening.refuse_a_lost_register(self.engine, location, replace_missing=replace_missing)
            self.files = FileStore(location.files_dir)
            if when == "on-open":
                self.check_storage()
            if self.read_only_reason is None:
                self.backup: Path | None = ensure_schema(self.engine, location)
                """The copy taken before upgrading an older register on opening, if one was."""
                self.files.remove_stale_temporaries()
            else:
                self.backup = None
                opening.require_current_format(self.engine, location)
            self.register_id = read_register_id(self.engine, location)
            """The register's own ID (in its ``meta`` table), which names its witness."""
            if replace_missing:
                witness.retire_for_location(location.display, keep=self.register_id)
            opening.refuse_a_replaced_register(location, self.register_id)
        except OSError as error:
            raise RegisterError(
                _(
                    "cannot open the register {location}: {reason}",
                    location=location.display,
                    reason=error.strerror or str(error),
                )
            ) from None

    def check_storage(self) -> None:
        """Run SQLite's quick check unless it has passed already (:class:`RegisterCorrupt` when
        the file is damaged; from then on every write is refused with the same words).

        Safe to call from any thread; a second caller waits for the check under way.
        """
        with self._storage_lock:
            if self._storage_damage is not None:
                raise RegisterCorrupt(self._storage_damage)
            if self._storage_checked:
                return
            try:
                opening.quick_check(self.engine, self.location)
            except RegisterCorrupt as error:
                self._storage_damage = reason(error)
                raise
            self._storage_checked = True

    @property
    def storage_checked(self) -> bool:
        """Whether SQLite's quick check has passed (always true for PostgreSQL)."""
        return self._storage_checked

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction (holds the register's write lock).

        The chain's tail is checked against the stored head and the witness first, so nothing is
        ever appended to a truncated or rewritten chain; after the commit the witness records
        the new head.
        """
        if self.read_only_reason is not None:
            raise RegisterReadOnly(
                _(
                    "the register {location} is open for reading only ({reason}); nothing was "
                    "changed",
                    location=self.location.display,
                    reason=self.read_only_reason,
                )
            )
        self.check_storage()  # waits for a check under way; refuses a damaged file
        with writing(self.engine, self.location.display) as session:
            check_tail(session, witness.load(self.register_id))
            refuse_foreign_triggers(session)
            yield session
            head = session.info.get("appended_head")
        if head is not None:
            witness.record(self.register_id, self.location.display, *head)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading (one consistent snapshot until it ends)."""
        with reading(self.engine, self.location.display) as session:
            yield session

    def head(self) -> tuple[int, str]:
        """The audit chain's head as the database records it: (event count, hash)."""
        with self.read() as session:
            return read_head(session)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
