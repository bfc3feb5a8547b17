"""The register: every agreement, its versions, PDFs, signatures and audit trail.

Open it with :func:`open_register` (the user's SQLite register by default, or a path or a
``postgresql://`` URL) and call the verbs of :class:`Register`. Importing this package loads
SQLAlchemy but never pyHanko or ReportLab: only rendering a PDF loads ReportLab, and
nothing here needs pyHanko (imports are checked by the project's own verifier).

The register cannot be rewritten quietly: every event of its audit chain carries the facts it
records (:mod:`.facts`), and :meth:`Register.verify` replays them against every row, draft and
stored PDF (:mod:`.replay`, :mod:`.check`); a witness outside the database keeps the chain's
head (:mod:`.witness`), a broken chain is never extended, and an archive package verifies
itself offline (:mod:`.archive`, :func:`verify_archive`).
"""

from agreement_studio.register.api import Register, open_register
from agreement_studio.register.archive_check import ArchiveCheck, verify_archive
from agreement_studio.register.location import Location, default_register_path, resolve_location
from agreement_studio.register.query import SORT_KEYS, Query
from agreement_studio.register.reminders import to_icalendar
from agreement_studio.register.status import Status
from agreement_studio.register.values import (
    AddedSignature,
    AgreementDetails,
    AgreementRow,
    EventInfo,
    ImportOutcome,
    ImportResult,
    Page,
    PartyInfo,
    RegisterCheck,
    Reminder,
    RevisionInfo,
    SignatoryState,
    VersionInfo,
    to_jsonable,
)

__all__ = [
    "SORT_KEYS",
    "AddedSignature",
    "AgreementDetails",
    "AgreementRow",
    "ArchiveCheck",
    "EventInfo",
    "ImportOutcome",
    "ImportResult",
    "Location",
    "Page",
    "PartyInfo",
    "Query",
    "Register",
    "RegisterCheck",
    "Reminder",
    "RevisionInfo",
    "SignatoryState",
    "Status",
    "VersionInfo",
    "default_register_path",
    "open_register",
    "resolve_location",
    "to_icalendar",
    "to_jsonable",
    "verify_archive",
]
