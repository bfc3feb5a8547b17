"""The store every register operation works on: the database, the file store, the witness.

The package's arrows run one way: :mod:`.api` (the verbs) calls the operation modules
(:mod:`.changes`, :mod:`.importing`, :mod:`.query`, :mod:`.export`, :mod:`.check`, …), and they
all work on a :class:`Store`, which knows nothing of them. A store is opened with its checks:

* a register file that a witness says existed is never silently replaced by a new, empty one
  (:mod:`.opening`);
* an SQLite file passes ``PRAGMA quick_check`` (a damaged file is named as damaged);
* a file the user may not write opens for reading, and a write says why it is refused;
* every write first checks the audit chain's tail against the stored head and the witness,
  and after its commit records the new head in the witness (:mod:`.witness`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from agreement_studio.errors import RegisterError, RegisterReadOnly
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


class Store:
    """An open register's database, file store and witness; the operations' common ground."""

    def __init__(
        self,
        location: Location,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        replace_missing: bool = False,
        check_storage: bool = True,
        read_only: bool = False,
    ) -> None:
        self.location = location
        self.read_only_reason: str | None = opening.read_only_reason(location, asked=read_only)
        """Why this register opened for reading only, or None when it can be written."""
        try:
            self.engine = create_register_engine(
                location, busy_timeout=busy_timeout, read_only=self.read_only_reason is not None
            )
            opening.refuse_a_lost_register(self.engine, location, replace_missing=replace_missing)
            self.files = FileStore(location.files_dir)
            if check_storage:
                opening.quick_check(self.engine, location)
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
                f"cannot open the register {location.display}: {error.strerror or error}"
            ) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction (holds the register's write lock).

        The chain's tail is checked against the stored head and the witness first, so nothing is
        ever appended to a truncated or rewritten chain; after the commit the witness records
        the new head.
        """
        if self.read_only_reason is not None:
            raise RegisterReadOnly(
                f"the register {self.location.display} is open for reading only "
                f"({self.read_only_reason}); nothing was changed"
            )
        with writing(self.engine, self.location.display) as session:
            check_tail(session, witness.load(self.register_id))
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
