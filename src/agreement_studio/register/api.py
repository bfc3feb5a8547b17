"""The register as one object: open it, then call its verbs.

::

    register = open_register()                    # the default SQLite register
    document_id = register.add_draft(agreement)   # validated, rendered, stored
    register.current_pdf(document_id)             # send this to the next signatory
    register.import_file("returned.pdf")          # record the signature it adds
    register.list(Query(text="Lahti", status=Status.SIGNED))

Each verb is a short call into the module that does the work; the class only holds the
database engine and the file store. Listing and searching never import pyHanko or ReportLab.
"""

from __future__ import annotations

import builtins
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.register import archive, changes, check, export, importing, query, reminders
from agreement_studio.register.engine import DEFAULT_BUSY_TIMEOUT
from agreement_studio.register.location import resolve_location
from agreement_studio.register.records import resolve_document_id
from agreement_studio.register.store import StorageCheck, Store
from agreement_studio.register.values import (
    AgreementDetails,
    AgreementRow,
    EventInfo,
    ImportOutcome,
    ImportResult,
    Page,
    RegisterCheck,
    Reminder,
)

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement


class Register(Store):
    """An open register: an SQLite file or a PostgreSQL database, and its file store.

    The verbs below are short calls into the operation modules; each of them works on the
    :class:`~agreement_studio.register.store.Store` this class extends, never on this class.
    """

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def resolve(self, id_or_prefix: str) -> str:
        """The full document ID for an ID or a unique prefix of one."""
        with self.read() as session:
            return resolve_document_id(session, id_or_prefix)

    # --- recording drafts -----------------------------------------------------------------
    def add_draft(self, agreement: Agreement, *, prepare: bool = True) -> str:
        """Validate, render and record a new agreement; returns its document ID."""
        return changes.add_draft(self, agreement, prepare=prepare)

    def add_version(self, document_id: str, agreement: Agreement, *, prepare: bool = True) -> int:
        """Record an edited draft as the next version (the previous one is superseded)."""
        return changes.add_version(self, self.resolve(document_id), agreement, prepare=prepare)

    def prepare(self, document_id: str) -> str:
        """Render the PDF of an agreement recorded as a draft; returns its SHA-256."""
        return changes.prepare(self, self.resolve(document_id))

    def renew(self, document_id: str, agreement: Agreement | None = None) -> str:
        """Record a renewal (a new agreement, by default the same terms moved on)."""
        return changes.renew(self, self.resolve(document_id), agreement)

    def terminate(self, document_id: str, *, on: dt.date, reason: str) -> None:
        """Record the agreement's termination."""
        changes.terminate(self, self.resolve(document_id), on=on, reason=reason)

    def pin_fingerprint(self, document_id: str, field_name: str, fingerprint: str) -> None:
        """Trust one certificate (by SHA-256 fingerprint) for one signatory's field."""
        changes.pin_fingerprint(self, self.resolve(document_id), field_name, fingerprint)

    def draft(self, document_id: str, version: int | None = None) -> Agreement:
        """The draft of a version (default: the current one)."""
        return query.draft_of(self, self.resolve(document_id), version)

    # --- returned PDFs --------------------------------------------------------------------
    def import_file(
        self, source: str | os.PathLike[str] | bytes, *, name: str | None = None, trust: Any = None
    ) -> ImportResult:
        """Import one returned PDF; raises :class:`ImportRejected` with the reason."""
        return importing.import_file(self, source, name=name, trust=trust)

    def import_files(
        self, sources: Iterable[str | os.PathLike[str]], *, trust: Any = None
    ) -> list[ImportOutcome]:
        """Import PDFs and folders of PDFs, each file on its own (all or nothing per file)."""
        return importing.import_files(self, sources, trust=trust)

    def current_pdf(self, document_id: str) -> bytes:
        """The PDF to send to the next signatory (the final PDF once everyone has signed)."""
        return query.current_pdf(self, self.resolve(document_id))

    # --- reading --------------------------------------------------------------------------
    def list(self, q: query.Query | None = None) -> Page:
        """One page of agreements matching the query."""
        return query.list_page(self, q or query.Query())

    def count(self, q: query.Query | None = None) -> int:
        """How many agreements match the query."""
        return query.count(self, q or query.Query())

    def iter_rows(self, q: query.Query | None = None) -> Iterator[AgreementRow]:
        """Every matching agreement, fetched in batches (never all in memory)."""
        return query.iter_rows(self, q or query.Query())

    def details(self, document_id: str) -> AgreementDetails:
        """Everything recorded about one agreement."""
        return query.details(self, self.resolve(document_id))

    # In this class, ``list`` names the method above; the type is ``builtins.list``.
    def events(self, document_id: str | None = None) -> builtins.list[EventInfo]:
        """The audit events, of one agreement or of the whole register."""
        doc = self.resolve(document_id) if document_id else None
        return query.events(self, doc)

    def reminders(
        self, within_days: int = 90, *, today: dt.date | None = None
    ) -> builtins.list[Reminder]:
        """End dates, notice deadlines and review dates in the next ``within_days`` days."""
        return reminders.upcoming(self, within_days, today=today)

    # --- export and checks ----------------------------------------------------------------
    def export_csv(self, path: str | os.PathLike[str]) -> int:
        """Write the register as CSV (one row per agreement); returns the number of rows."""
        return export.export_csv(self, Path(path))

    def archive(
        self,
        document_id: str,
        path: str | os.PathLike[str],
        *,
        trust: Any = None,
        sign_with: Any = None,
    ) -> Path:
        """Write an archive package (ZIP) of one agreement that verifies itself offline.

        ``sign_with`` (a signing identity) adds a detached CMS signature of its manifest.
        """
        return archive.write_archive(
            self, self.resolve(document_id), Path(path), trust=trust, sign_with=sign_with
        )

    def verify(self, *, head: str | None = None) -> RegisterCheck:
        """Check the storage, the audit chain against the tables and the witness, and every
        stored file; ``head`` is a head hash kept elsewhere that the chain must contain."""
        return check.check_register(self, head=head)


def open_register(
    location: str | os.PathLike[str] | None = None,
    *,
    files_dir: str | os.PathLike[str] | None = None,
    busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    replace_missing: bool = False,
    read_only: bool = False,
    check_storage: bool | StorageCheck = True,
) -> Register:
    """Open (and create or upgrade) the register at a path or URL; default: the user's own.

    A register that a witness remembers but that is missing, empty or another register is
    refused (:class:`RegisterMissing`) unless ``replace_missing`` starts a new one there.
    ``read_only`` opens it for reading only. SQLite's quick check runs on opening; with
    ``check_storage="before-write"`` it runs when :meth:`Register.check_storage` is called or
    else before the first write (the window opens this way and checks in the background);
    ``check_storage=False`` skips it (``register verify`` runs the full check itself).
    """
    return Register(
        resolve_location(location, files_dir=files_dir),
        busy_timeout=busy_timeout,
        replace_missing=replace_missing,
        read_only=read_only,
        check_storage=check_storage,
    )
