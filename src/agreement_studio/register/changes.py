"""Recording drafts: add, new version, renewal, prepare, terminate, pin a fingerprint.

Every operation renders and stores its PDF first (the file store fsyncs it), then records the
rows and the audit event in one write transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from agreement_studio.agreement import Agreement, parse_draft, validate_agreement
from agreement_studio.errors import InputError, RegisterError
from agreement_studio.i18n import translatable
from agreement_studio.register.audit import append_event, os_user, utc_now
from agreement_studio.register.records import (
    find_agreement,
    summary_columns,
    title_of,
    write_people,
)
from agreement_studio.register.schema import (
    AgreementRecord,
    RevisionRecord,
    SignatoryRecord,
    VersionRecord,
)
from agreement_studio.register.status import Status, status_word

_ = translatable(__name__)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from agreement_studio.register.store import Store

_EDITABLE = {Status.DRAFT.value, Status.READY.value, Status.PARTIALLY_SIGNED.value}


class _Rendered:
    """A prepared PDF, stored, with what its metadata says."""

    def __init__(self, store: Store, agreement: Agreement) -> None:
        from agreement_studio.agreement import mark_prepared
        from agreement_studio.pdf import read_agreement_metadata, render_agreement

        if agreement.prepared is None:  # the PDF's creation date (agreement/preparation.py)
            mark_prepared(agreement)
        self.data = render_agreement(agreement)
        self.metadata: dict[str, Any] = read_agreement_metadata(self.data) or {}
        if str(self.metadata.get("document_id", "")) != str(agreement.document_id):
            raise RegisterError(
                _(
                    "the prepared PDF does not carry the agreement's document ID in "
                    "its metadata, so signed copies could not be matched to it"
                )
            )
        self.sha256 = store.files.put(self.data)

    @property
    def template_version(self) -> str | None:
        value = self.metadata.get("template_version")
        if value is None:
            template = str(self.metadata.get("template", ""))
            value = template.split(" ", 1)[1] if " " in template else None
        return str(value) if value else None


def add_draft(
    store: Store, agreement: Agreement, *, prepare: bool = True, renewal_of: str | None = None
) -> str:
    """Record a new agreement; returns its document ID."""
    if prepare:
        validate_agreement(agreement)
    document_id = str(agreement.document_id)
    with store.read() as session:  # before rendering: a second add is refused quickly
        _refuse_duplicate(session, document_id)
    rendered = _Rendered(store, agreement) if prepare else None
    with store.write() as session:
        _refuse_duplicate(session, document_id)
        predecessor = find_agreement(session, renewal_of) if renewal_of else None
        now = utc_now()
        title = title_of(agreement, rendered.metadata if rendered else None)
        record = AgreementRecord(
            document_id=document_id,
            **summary_columns(agreement, title),
            template_version=rendered.template_version if rendered else None,
            status=(Status.READY if rendered else Status.DRAFT).value,
            signed_count=0,
            current_version=1,
            created_at=now,
            updated_at=now,
            renewal_of_id=predecessor.id if predecessor else None,
        )
        session.add(record)
        session.flush()
        write_people(session, record.id, agreement)
        version = _new_version(session, record, agreement, now)
        details: dict[str, Any] = {"title": title, "version": 1}
        if rendered:
            details.update(_add_prepared(session, record, version, rendered, now))
        if predecessor:
            details["renewal_of"] = predecessor.document_id
            append_event(
                session,
                "renew",
                document_id=predecessor.document_id,
                details={"renewal": document_id},
            )
        append_event(session, "add", document_id=document_id, details=details)
    return document_id


def _refuse_duplicate(session: Session, document_id: str) -> None:
    if session.scalar(select(AgreementRecord.id).where(AgreementRecord.document_id == document_id)):
        raise RegisterError(
            _(
                "an agreement with document ID {document_id} is already in the "
                "register; record an edited draft as a new version",
                document_id=document_id,
            )
        )


def _new_version(
    session: Session, record: AgreementRecord, agreement: Agreement, now: str
) -> VersionRecord:
    text = agreement.model_dump_json()
    version = VersionRecord(
        agreement_id=record.id,
        number=record.current_version,
        draft_json=text,
        draft_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        created_at=now,
        created_by=os_user(),
    )
    session.add(version)
    session.flush()
    return version


def _add_prepared(
    session: Session, record: AgreementRecord, version: VersionRecord, rendered: _Rendered, now: str
) -> dict[str, Any]:
    revision = RevisionRecord(
        agreement_id=record.id,
        version_id=version.id,
        parent_id=None,
        kind="prepared",
        sha256=rendered.sha256,
        size=len(rendered.data),
        signature_field=None,
        signature_count=0,
        source_name=None,
        created_at=now,
    )
    session.add(revision)
    session.flush()
    record.current_revision_id = revision.id
    record.template_version = rendered.template_version
    return {"sha256": rendered.sha256, "size": len(rendered.data)}


def _refuse_an_unchanged_pdf(
    session: Session, record: AgreementRecord, rendered: _Rendered
) -> None:
    # Signed copies are matched to a version by the bytes of its prepared PDF, so two versions
    # with one PDF would be indistinguishable.
    same = session.scalars(
        select(VersionRecord.number)
        .join(RevisionRecord, RevisionRecord.version_id == VersionRecord.id)
        .where(RevisionRecord.agreement_id == record.id, RevisionRecord.sha256 == rendered.sha256)
    ).first()
    if same is not None:
        raise RegisterError(
            _(
                "the edited draft gives exactly the PDF of version {version}; nothing "
                "was recorded (change something the agreement shows, or keep the "
                "current version)",
                version=same,
            )
        )


def add_version(
    store: Store, document_id: str, agreement: Agreement, *, prepare: bool = True
) -> int:
    """Record an edited draft as the agreement's next version; returns its number."""
    agreement = agreement.model_copy(update={"document_id": uuid.UUID(document_id)})
    if prepare:
        validate_agreement(agreement)
    rendered = _Rendered(store, agreement) if prepare else None
    with store.write() as session:
        record = find_agreement(session, document_id)
        if record.status not in _EDITABLE:
            raise RegisterError(
                _(
                    "the agreement {document_id} is {status}; it cannot be "
                    "edited any more (record a renewal instead)",
                    document_id=document_id,
                    status=status_word(record.status),
                )
            )
        if rendered:
            _refuse_an_unchanged_pdf(session, record, rendered)
        now = utc_now()
        previous = session.scalars(
            select(VersionRecord).where(
                VersionRecord.agreement_id == record.id,
                VersionRecord.number == record.current_version,
            )
        ).one()
        previous.superseded_at = now
        dropped = record.signed_count
        title = title_of(agreement, rendered.metadata if rendered else None)
        for key, value in summary_columns(agreement, title).items():
            setattr(record, key, value)
        record.current_version += 1
        record.signed_count, record.current_revision_id = 0, None
        record.status = (Status.READY if rendered else Status.DRAFT).value
        record.updated_at = now
        write_people(session, record.id, agreement)
        version = _new_version(session, record, agreement, now)
        details: dict[str, Any] = {
            "version": version.number,
            "title": title,
            "signatures_dropped": dropped,
        }
        if rendered:
            details.update(_add_prepared(session, record, version, rendered, now))
        append_event(session, "add-version", document_id=document_id, details=details)
        return version.number


def current_draft(session: Session, record: AgreementRecord) -> Agreement:
    """The draft of the agreement's current version."""
    text = session.scalars(
        select(VersionRecord.draft_json).where(
            VersionRecord.agreement_id == record.id, VersionRecord.number == record.current_version
        )
    ).one()
    return parse_draft(
        text,
        _(
            "version {number} of {document_id}",
            number=record.current_version,
            document_id=record.document_id,
        ),
    )


def prepare(store: Store, document_id: str) -> str:
    """Render the PDF of a draft recorded without one; returns its SHA-256."""
    with store.read() as session:
        record = find_agreement(session, document_id)
        agreement = current_draft(session, record)
    validate_agreement(agreement)
    rendered = _Rendered(store, agreement)
    with store.write() as session:
        record = find_agreement(session, document_id)
        if record.status != Status.DRAFT.value:
            raise RegisterError(
                _(
                    "the agreement {document_id} is already prepared for signing",
                    document_id=document_id,
                )
            )
        version = session.scalars(
            select(VersionRecord).where(
                VersionRecord.agreement_id == record.id,
                VersionRecord.number == record.current_version,
            )
        ).one()
        details = _add_prepared(session, record, version, rendered, utc_now())
        record.status, record.updated_at = Status.READY.value, utc_now()
        append_event(session, "prepare", document_id=document_id, details=details)
    return rendered.sha256


def renewal_draft(agreement: Agreement) -> Agreement:
    """A copy of the agreement for the next term: a new document ID, dates moved on."""
    term = agreement.term
    years = 1
    if term.start and term.end and not term.indefinite:
        years = max(
            1,
            term.end.year
            - term.start.year
            + (1 if (term.end.month, term.end.day) >= (term.start.month, term.start.day) else 0),
        )
    data = agreement.model_dump(mode="python")
    data["document_id"] = uuid.uuid4()
    data["term"].update(
        {k: _shift(term.model_dump()[k], years) for k in ("start", "end", "review_date")}
    )
    data["meetings"]["planned_dates"] = [_shift(d, years) for d in agreement.meetings.planned_dates]
    data["signing"]["date"] = None
    return Agreement.model_validate(data)


def _shift(day: dt.date | None, years: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


def renew(store: Store, document_id: str, agreement: Agreement | None = None) -> str:
    """Record a renewal of the agreement (a new agreement); returns the new document ID."""
    with store.read() as session:
        record = find_agreement(session, document_id)
        taken = session.scalar(
            select(AgreementRecord.document_id).where(AgreementRecord.renewal_of_id == record.id)
        )
        if taken:
            raise RegisterError(
                _(
                    "the agreement {document_id} already has a renewal, {renewal}",
                    document_id=document_id,
                    renewal=taken,
                )
            )
        base = agreement or renewal_draft(current_draft(session, record))
    if str(base.document_id) == document_id:
        base = base.model_copy(update={"document_id": uuid.uuid4()})
    return add_draft(store, base, renewal_of=document_id)


def terminate(store: Store, document_id: str, *, on: dt.date, reason: str) -> None:
    """Record that the agreement was terminated on ``on`` for ``reason``."""
    if not reason.strip():
        raise InputError(_("give the reason for the termination"))
    with store.write() as session:
        record = find_agreement(session, document_id)
        if record.status in (Status.TERMINATED.value, Status.SUPERSEDED.value):
            raise RegisterError(
                _(
                    "the agreement {document_id} is already {status}",
                    document_id=document_id,
                    status=status_word(record.status),
                )
            )
        previous = record.status
        record.status, record.terminated_on = Status.TERMINATED.value, on
        record.termination_reason, record.updated_at = reason.strip(), utc_now()
        append_event(
            session,
            "terminate",
            document_id=document_id,
            details={"date": on.isoformat(), "reason": reason.strip(), "previous_status": previous},
        )


def pin_fingerprint(store: Store, document_id: str, field_name: str, fingerprint: str) -> None:
    """Trust the certificate with this SHA-256 fingerprint for one signatory's field."""
    value = re.sub(r"[\s:]", "", fingerprint).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise InputError(
            _(
                "'{fingerprint}' is not a SHA-256 fingerprint (64 hex digits)",
                fingerprint=fingerprint,
            )
        )
    with store.write() as session:
        record = find_agreement(session, document_id)
        signatory = session.scalars(
            select(SignatoryRecord).where(
                SignatoryRecord.agreement_id == record.id, SignatoryRecord.field_name == field_name
            )
        ).first()
        if signatory is None:
            raise InputError(
                _(
                    "the agreement {document_id} has no signature field {field_name}",
                    document_id=document_id,
                    field_name=field_name,
                )
            )
        signatory.pinned_fingerprint = value
        append_event(
            session,
            "pin",
            document_id=document_id,
            details={"field": field_name, "fingerprint_sha256": value},
        )
