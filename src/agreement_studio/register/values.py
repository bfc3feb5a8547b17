"""What the register hands back: frozen values the GUI and the command line show as they are."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.register.status import Status, describe_status

_ = translatable(__name__)


def to_jsonable(value: Any) -> Any:
    """A value as plain JSON data (dates as ISO text, enums as their values)."""
    if hasattr(value, "__dataclass_fields__"):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Status):
        return value.value
    return value


@dataclass(frozen=True)
class AgreementRow:
    """One agreement as a row of the register's list."""

    document_id: str
    title: str
    network: str
    status: Status
    """Status as of the query's day (``expired`` derived from the end date)."""
    party_count: int
    signatory_count: int
    signed_count: int
    """Signatures on the copy to send on."""
    term_start: dt.date | None
    term_end: dt.date | None
    notice_deadline: dt.date | None
    """The last day to give notice (end date minus the notice period)."""
    review_date: dt.date | None
    next_deadline: dt.date | None
    """The earliest of notice deadline, end and review date still ahead."""
    in_force: bool
    updated_at: str

    @property
    def status_text(self) -> str:
        """The status in words: ``partially signed (2 of 5)``."""
        return describe_status(self.status, self.signed_count, self.signatory_count)


@dataclass(frozen=True)
class Page:
    """One page of a listing."""

    rows: list[AgreementRow]
    total: int
    """How many agreements match the query in all (see :attr:`exact`)."""
    offset: int
    limit: int
    exact: bool = True
    """False when :attr:`total` is a bound: *more than* ``total`` agreements match. A word
    common to thousands of agreements is counted only so far past the page
    (:data:`agreement_studio.register.query.COUNT_BEYOND`), so that the page stays quick."""


@dataclass(frozen=True)
class PartyInfo:
    """A party of the current version."""

    name: str
    key: str
    """The Business ID, or country and foreign identifier."""
    business_id: str
    organisation_type: str


@dataclass(frozen=True)
class SignatoryState:
    """A signatory, and whether (and how) they have signed on the copy to send on."""

    party: str
    party_key: str
    name: str
    title: str
    email: str
    field_name: str
    signed: bool
    signed_at: str | None = None
    signer_name: str | None = None
    signer_organisation: str | None = None
    fingerprint_sha256: str | None = None
    verdict: str | None = None
    """``valid`` (trusted) or ``untrusted`` (intact, signer unknown), as found at import."""
    warning: str | None = None
    must_sign_again: bool = False
    """Signed a parallel copy that is not the one to send on: must sign the current version."""


@dataclass(frozen=True)
class VersionInfo:
    """One draft version of the agreement."""

    number: int
    created_at: str
    created_by: str
    superseded_at: str | None
    draft_sha256: str


@dataclass(frozen=True)
class RevisionInfo:
    """A PDF the register holds for the agreement."""

    id: int
    version: int
    kind: str
    """``prepared``, ``signed`` (added one signature) or ``extended`` (validation data only)."""
    sha256: str
    size: int
    parent_id: int | None
    signature_field: str | None
    signature_count: int
    source_name: str | None
    created_at: str
    on_current_line: bool
    """Part of the copy to send on."""


@dataclass(frozen=True)
class EventInfo:
    """One audit event."""

    seq: int
    at: str
    actor: str
    signer: str | None
    action: str
    document_id: str | None
    details: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class AgreementDetails:
    """Everything the register knows about one agreement."""

    row: AgreementRow
    template_id: str
    template_version: str | None
    language: str
    region: str
    indefinite: bool
    notice_months: int
    terminated_on: dt.date | None
    termination_reason: str | None
    renewal_of: str | None
    renewed_by: str | None
    current_version: int
    current_sha256: str | None
    """The PDF to send to the next signatory (the final PDF once signed)."""
    parties: list[PartyInfo]
    signatories: list[SignatoryState]
    versions: list[VersionInfo]
    revisions: list[RevisionInfo]
    events: list[EventInfo]
    notes: list[str] = field(default_factory=list)
    """Things the coordinator should know (parallel copies, who must sign again)."""
    register_head: str | None = None
    """The register's audit log head when this was read, ``events:hash`` (``register head``)."""


@dataclass(frozen=True)
class AddedSignature:
    """A signature an import recorded."""

    field_name: str
    signatory: str
    party: str
    signer_name: str
    signer_organisation: str
    fingerprint_sha256: str
    signed_at: str | None
    verdict: str
    trusted_by: str | None
    """``anchor`` (a configured trust anchor), ``pinned`` (its fingerprint), or None."""
    warning: str | None


@dataclass(frozen=True)
class ImportResult:
    """What importing one returned PDF did."""

    source: str
    document_id: str
    title: str
    changed: bool
    """False when the register already held this exact file (nothing was recorded)."""
    added: list[AddedSignature]
    status: Status
    signed_count: int
    signatory_count: int
    current_sha256: str | None
    warnings: list[str] = field(default_factory=list)
    send_on: str | None = None
    """Which copy to send on, when two copies extend the same revision."""
    sign_again: list[str] = field(default_factory=list)
    """Signatories whose signature is on another copy and must sign the one to send on."""

    @property
    def message(self) -> str:
        """One line for the user."""
        if not self.changed:
            return _("{source}: already in the register; nothing changed", source=self.source)
        names = ", ".join(a.signatory for a in self.added) or _("no one")
        return _(
            "{source}: recorded the signature of {names}; {status}",
            source=self.source,
            names=names,
            status=describe_status(self.status, self.signed_count, self.signatory_count),
        )


@dataclass(frozen=True)
class ImportOutcome:
    """The result of one file of a batch import: a result, or the reason it was rejected."""

    source: str
    result: ImportResult | None = None
    error: str | None = None
    rejected: bool = False
    """True for a refused file (as opposed to a failure such as a busy register)."""
    exit_code: int = 0
    """The exit status this outcome alone would give (the README's table): 0, 1, 2 or 75."""


@dataclass(frozen=True)
class Reminder:
    """A date the coordinator must not miss."""

    date: dt.date
    kind: str
    """``end``, ``notice`` (last day to give notice) or ``review``."""
    document_id: str
    title: str
    network: str
    days_left: int

    @property
    def summary(self) -> str:
        """What happens on that day, in words."""
        if self.kind == "end":
            return _("Agreement ends: {title}", title=self.title)
        if self.kind == "notice":
            return _("Last day to give notice: {title}", title=self.title)
        return _("Agreement review: {title}", title=self.title)


@dataclass(frozen=True)
class RegisterCheck:
    """The outcome of checking the register's audit chain and stored files."""

    problems: list[str]
    events_checked: int
    files_checked: int
    notes: list[str] = field(default_factory=list)
    """Harmless findings (e.g. a stored file no record names, left by an interrupted import),
    and what could not be checked (events written before the register recorded facts)."""
    register_id: str | None = None
    """The register's own ID (names its witness)."""
    head: str | None = None
    """The hash of the newest event, as the register records it."""
    head_events: int = 0
    """The number of the newest event."""

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.problems
