"""Recording an accepted import in one transaction: revisions, signatures, status, audit event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.i18n import translatable
from agreement_studio.register.audit import append_event, utc_now
from agreement_studio.register.lines import (
    LineState,
    Signing,
    circulation_note,
    line_state,
    version_nodes,
)
from agreement_studio.register.plan import NewRevision, Plan, Refusal, mismatch_warning
from agreement_studio.register.records import find_agreement
from agreement_studio.register.schema import AgreementRecord, RevisionRecord, SignatureRecord
from agreement_studio.register.status import Status, signing_status, status_word
from agreement_studio.register.values import AddedSignature, ImportResult

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store


def commit(store: Store, plan: Plan) -> ImportResult:
    """Record ``plan`` (its files are already stored); returns what changed."""
    context = plan.context
    with store.write() as session:
        record = find_agreement(session, context.document_id)
        if record.status in (Status.TERMINATED.value, Status.SUPERSEDED.value):
            raise context.refusal(
                _(
                    "the agreement is {status}; it takes no more signatures",
                    status=status_word(record.status),
                )
            )
        existing = dict(
            session.execute(
                select(RevisionRecord.sha256, RevisionRecord.id).where(
                    RevisionRecord.agreement_id == record.id,
                    RevisionRecord.sha256.in_([r.sha256 for r in plan.new]),
                )
            ).all()
        )
        if plan.new[-1].sha256 in existing:  # another program imported the same file just now
            return context.unchanged(plan.source)
        current = _current_version_id(session, record)
        if current != context.current_version_id:
            raise Refusal(
                _(
                    "a new version of the agreement was recorded while importing; "
                    "send out the current PDF"
                ),
                document_id=record.document_id,
            )
        added = _insert(session, record, plan, existing)
        nodes = version_nodes(session, current)
        state = line_state(nodes)
        before = record.status
        _update_status(session, record, state)
        note = circulation_note(state, nodes, _acts(session, record), record.current_version)
        result = _result(plan, record, state, added, note)
        append_event(
            session,
            plan.action,
            document_id=record.document_id,
            details=_details(plan, result, before) | plan.notes,
            signer="; ".join(f"{a.signer_name} ({a.signer_organisation})" for a in added) or None,
        )
    return result


def _acts(session: Session, record: AgreementRecord) -> dict[int, Signing]:
    rows = session.execute(
        select(
            SignatureRecord.revision_id, SignatureRecord.signatory_name, SignatureRecord.signed_at
        ).where(SignatureRecord.agreement_id == record.id)
    )
    return {revision: Signing(name, at) for revision, name, at in rows}


def _current_version_id(session: Session, record: AgreementRecord) -> int:
    from agreement_studio.register.schema import VersionRecord

    return session.scalars(
        select(VersionRecord.id).where(
            VersionRecord.agreement_id == record.id, VersionRecord.number == record.current_version
        )
    ).one()


def _insert(
    session: Session, record: AgreementRecord, plan: Plan, existing: dict[str, int]
) -> list[AddedSignature]:
    parent_id = plan.base_id
    count = plan.context.tree[parent_id][2]
    stamp = utc_now()  # one time for the whole import: the "import order" of its revisions
    added = []
    for new in plan.new:
        if new.signature is not None:
            count += 1
        if new.sha256 in existing:
            parent_id = existing[new.sha256]
            continue
        row = RevisionRecord(
            agreement_id=record.id,
            version_id=plan.context.current_version_id,
            parent_id=parent_id,
            kind="signed" if new.signature else "extended",
            sha256=new.sha256,
            size=len(new.data),
            signature_field=new.signature.field if new.signature else None,
            signature_count=count,
            source_name=plan.source[-500:],
            created_at=stamp,
        )
        session.add(row)
        session.flush()
        parent_id = row.id
        if new.signature is not None:
            added.append(_add_signature(session, record, row, new, plan, stamp))
    return added


def _add_signature(
    session: Session,
    record: AgreementRecord,
    row: RevisionRecord,
    new: NewRevision,
    plan: Plan,
    stamp: str,
) -> AddedSignature:
    found = new.signature
    assert found is not None
    seat = plan.context.signatories[found.field]
    trusted_by = found.trusted_via or (
        "pinned" if seat.pinned and seat.pinned == found.fingerprint else None
    )
    verdict = "valid" if trusted_by else "untrusted"
    warning = mismatch_warning(found, seat)
    session.add(
        SignatureRecord(
            agreement_id=record.id,
            revision_id=row.id,
            field_name=found.field,
            party_key=seat.party_key,
            signatory_name=seat.name,
            signer_name=found.signer,
            signer_organisation=found.organisation,
            signer_email=found.email,
            fingerprint_sha256=found.fingerprint,
            signed_at=found.signed_at,
            verdict=verdict,
            trusted_by=trusted_by,
            warning=warning,
            imported_at=stamp,
        )
    )
    return AddedSignature(
        found.field,
        seat.name,
        seat.party,
        found.signer,
        found.organisation,
        found.fingerprint,
        found.signed_at,
        verdict,
        trusted_by,
        warning,
    )


def _update_status(session: Session, record: AgreementRecord, state: LineState) -> None:
    assert state.tip is not None
    record.current_revision_id = state.tip.id
    record.signed_count = len(state.signed_fields)
    record.status = signing_status(record.signed_count, record.signatory_count).value
    record.updated_at = utc_now()
    if record.status == Status.SIGNED.value and record.renewal_of_id is not None:
        predecessor = session.get(AgreementRecord, record.renewal_of_id)
        if predecessor is not None and predecessor.status not in (
            Status.TERMINATED.value,
            Status.SUPERSEDED.value,
        ):
            predecessor.status, predecessor.updated_at = Status.SUPERSEDED.value, utc_now()
            append_event(
                session,
                "superseded",
                document_id=predecessor.document_id,
                details={"by": record.document_id},
            )


def _result(
    plan: Plan,
    record: AgreementRecord,
    state: LineState,
    added: list[AddedSignature],
    circulation: str | None,
) -> ImportResult:
    seats = plan.context.signatories
    send_on, sign_again = circulation, None
    if circulation:
        sign_again = [seats[f].name for f in sorted(state.elsewhere) if f in seats]
    return ImportResult(
        plan.source,
        record.document_id,
        record.title,
        changed=True,
        added=added,
        status=Status(record.status),
        signed_count=record.signed_count,
        signatory_count=record.signatory_count,
        current_sha256=state.tip.sha256 if state.tip else None,
        warnings=[a.warning for a in added if a.warning],
        send_on=send_on,
        sign_again=sign_again or [],
    )


def _details(plan: Plan, result: ImportResult, before: str) -> dict[str, Any]:
    return {
        "source": plan.source,
        "sha256": plan.new[-1].sha256,
        "size": len(plan.data),
        "revisions": [
            {
                "sha256": r.sha256,
                "size": len(r.data),
                "field": r.signature.field if r.signature else None,
            }
            for r in plan.new
        ],
        "signatures": [
            {
                "field": a.field_name,
                "signer": a.signer_name,
                "organisation": a.signer_organisation,
                "signed_at": a.signed_at,
                "fingerprint_sha256": a.fingerprint_sha256,
                "verdict": a.verdict,
                "warning": a.warning,
            }
            for a in result.added
        ],
        "status_before": before,
        "status": result.status.value,
        "signed": f"{result.signed_count}/{result.signatory_count}",
        "send_on": result.send_on,
        "sign_again": result.sign_again,
    }
