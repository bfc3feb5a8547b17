"""What an import needs to judge a file: the agreement as recorded, and the new signatures."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.i18n import translatable
from agreement_studio.register.lineage import Registered
from agreement_studio.register.schema import (
    AgreementRecord,
    PartyRecord,
    RevisionRecord,
    SignatoryRecord,
    VersionRecord,
)
from agreement_studio.register.status import Status, status_word
from agreement_studio.register.values import ImportResult
from agreement_studio.register.words import joined

_ = translatable(__name__)

_BROKEN_VERDICTS = {"modified", "invalid", "error", "unsigned"}


class Refusal(Exception):
    """An import is not accepted; ``reason`` says why (becomes :class:`ImportRejected`)."""

    def __init__(
        self, reason: str, *, document_id: str | None = None, claimed: str | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.document_id = document_id
        """The agreement the file belongs to, when the register holds it."""
        self.claimed = claimed
        """The document ID the file's metadata claims, when the register does not hold it."""


@dataclass(frozen=True)
class Found:
    """A signature of the file, as the verifier reported it."""

    field: str
    signer: str
    organisation: str
    email: str | None
    fingerprint: str
    signed_at: str | None
    trusted_via: str | None
    """``anchor`` or ``pinned`` (by the trust store given), None when not trusted by it."""
    verdict: str
    message: str
    revision_length: int


@dataclass(frozen=True)
class NewRevision:
    """A revision an import adds: the bytes, their hash, and the signature it adds (if any)."""

    data: bytes
    sha256: str
    signature: Found | None


@dataclass(frozen=True)
class Seat:
    """A signatory's place: who should sign the field."""

    party: str
    party_key: str
    name: str
    pinned: str | None


@dataclass
class Context:
    """The agreement as recorded when the import began."""

    agreement_id: int
    document_id: str
    title: str
    status: str
    signed_count: int
    signatory_count: int
    current_version_id: int
    current_sha256: str | None
    version_numbers: dict[int, int]
    registered: list[Registered]
    tree: dict[int, tuple[int | None, str | None, int]]  # id -> parent, field, count
    signatories: dict[str, Seat]

    @classmethod
    def load(cls, session: Session, record: AgreementRecord) -> Context:
        """Read what judging an import needs."""
        versions = dict(
            session.execute(
                select(VersionRecord.id, VersionRecord.number).where(
                    VersionRecord.agreement_id == record.id
                )
            ).all()
        )
        current_version_id = next(i for i, n in versions.items() if n == record.current_version)
        registered, tree, current_sha = [], {}, None
        for r in session.scalars(
            select(RevisionRecord).where(RevisionRecord.agreement_id == record.id)
        ):
            registered.append(Registered(r.id, r.version_id, r.sha256, r.size))
            tree[r.id] = (r.parent_id, r.signature_field, r.signature_count)
            if r.id == record.current_revision_id:
                current_sha = r.sha256
        seats = {}
        for s, p in session.execute(
            select(SignatoryRecord, PartyRecord)
            .join(PartyRecord, PartyRecord.id == SignatoryRecord.party_id)
            .where(SignatoryRecord.agreement_id == record.id)
        ):
            seats[s.field_name] = Seat(p.name, p.key, s.name, s.pinned_fingerprint)
        return cls(
            record.id,
            record.document_id,
            record.title,
            record.status,
            record.signed_count,
            record.signatory_count,
            current_version_id,
            current_sha,
            versions,
            registered,
            tree,
            seats,
        )

    def refusal(self, reason: str) -> Refusal:
        """A refusal of an import into this agreement."""
        return Refusal(reason, document_id=self.document_id)

    def check_open(self, version_id: int) -> None:
        """Refuse a copy of a replaced version, or of an ended agreement."""
        if version_id != self.current_version_id:
            raise self.refusal(
                _(
                    "it is a copy of version {old}, which version {new} replaced; send out the "
                    "current PDF",
                    old=self.version_numbers[version_id],
                    new=self.version_numbers[self.current_version_id],
                )
            )
        if self.status in (Status.TERMINATED.value, Status.SUPERSEDED.value):
            raise self.refusal(
                _(
                    "the agreement is {status}; it takes no more signatures",
                    status=status_word(self.status),
                )
            )

    def signed_on_line(self, revision_id: int) -> set[str]:
        """The fields signed on the line that ends at ``revision_id``."""
        fields: set[str] = set()
        node: int | None = revision_id
        while node is not None:
            parent, field_name, _ = self.tree[node]
            if field_name:
                fields.add(field_name)
            node = parent
        return fields

    def check_fields(self, found: list[Found], base_id: int) -> None:
        """Each new signature is in an unsigned field of one of this agreement's signatories."""
        taken = self.signed_on_line(base_id)
        for f in found:
            if f.field not in self.signatories:
                raise self.refusal(
                    _(
                        "the signature in field {field} is not in a signatory's field of this "
                        "agreement",
                        field=repr(f.field),
                    )
                )
            if f.field in taken:
                raise self.refusal(
                    _("field {field} was already signed on this copy", field=repr(f.field))
                )
            taken.add(f.field)

    def unchanged(self, source: str) -> ImportResult:
        """The result of importing a file the register already holds."""
        return ImportResult(
            source,
            self.document_id,
            self.title,
            changed=False,
            added=[],
            status=Status(self.status),
            signed_count=self.signed_count,
            signatory_count=self.signatory_count,
            current_sha256=self.current_sha256,
        )


@dataclass
class Plan:
    """What an accepted import will record."""

    source: str
    data: bytes
    context: Context
    base_id: int
    new: list[NewRevision] = field(default_factory=list)
    action: str = "import"
    """The audit event's action (``extend`` when the register added long-term data itself)."""
    notes: dict[str, Any] = field(default_factory=dict)
    """More details for the audit event (what an extension added)."""


def verify_new(
    data: bytes,
    base_size: int,
    trust: Any,
    refuse: Callable[[str], Refusal],
    *,
    validation_only: bool = False,
) -> list[Found]:
    """The signatures after the base, each checked; refuses a file without one, or a broken one.

    Document timestamps after the base are allowed (validation data) but must be intact too.
    With ``validation_only`` (see :mod:`.long_term`), an update that adds no signature (only
    validation data and document timestamps) is accepted too: the result is then empty.
    """
    from agreement_studio.verification import verify_pdf

    report = verify_pdf(data, trust=trust)
    if report.verdict.value == "error":
        raise refuse(_("it cannot be verified: {reason}", reason=report.message))
    new = [s for s in report.signatures if _covered_length(s) > base_size]
    for s in new:
        if s.verdict.value in _BROKEN_VERDICTS or not s.intact:
            raise refuse(
                _(
                    "the signature in field {field} does not check out ({verdict}): {reason}",
                    field=repr(s.field),
                    verdict=s.verdict.value,
                    reason=s.message,
                )
            )
        if not s.covers_whole_revision:
            raise refuse(
                _(
                    "the signature in field {field} does not cover the whole revision it "
                    "belongs to",
                    field=repr(s.field),
                )
            )
    found = sorted(
        (_found(s) for s in new if s.kind != "timestamp"), key=lambda f: f.revision_length
    )
    if not found and not validation_only:
        raise refuse(
            _(
                "it adds no signature to the registered revision it extends (what "
                "follows it is an edit, not a signature)"
            )
        )
    return found


def _covered_length(report: Any) -> int:
    """Where the revision a signature covers ends: the end of its second byte range."""
    byte_range = report.byte_range or (0, 0, 0, 0)
    return int(byte_range[2]) + int(byte_range[3])


def _found(report: Any) -> Found:
    signed_at = report.signed_at
    if isinstance(signed_at, dt.datetime):
        signed_at = signed_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Found(
        field=str(report.field),
        signer=report.signer or "",
        organisation=report.organisation or "",
        email=report.email,
        fingerprint=(report.fingerprint_sha256 or "").lower(),
        signed_at=signed_at,
        trusted_via=report.trusted_via if report.trusted else None,
        verdict=report.verdict.value,
        message=report.message or "",
        revision_length=_covered_length(report),
    )


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def mismatch_warning(found: Found, seat: Seat) -> str | None:
    """A warning when the certificate's name or organisation is not the field's signatory's."""
    problems: list[str] = []
    if _fold(found.signer) != _fold(seat.name):
        problems.append(
            _(
                "issued to {found}, not {expected}",
                found=repr(found.signer) if found.signer else _("'no name'"),
                expected=repr(seat.name),
            )
        )
    if _fold(found.organisation) != _fold(seat.party):
        problems.append(
            _(
                "of organisation {found}, not {expected}",
                found=repr(found.organisation) if found.organisation else _("'none'"),
                expected=repr(seat.party),
            )
        )
    if not problems:
        return None
    return _(
        "the certificate that signed field {field} is {problems}",
        field=repr(found.field),
        problems=joined(problems, " and "),
    )
