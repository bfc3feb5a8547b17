"""One agreement in full: parties, signatories and their signatures, versions, revisions, events."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.register.audit import read_head
from agreement_studio.register.lines import LineState, Node, Signing, circulation_note, line_state
from agreement_studio.register.records import find_agreement
from agreement_studio.register.schema import (
    AgreementRecord,
    EventRecord,
    PartyRecord,
    RevisionRecord,
    SignatoryRecord,
    SignatureRecord,
    VersionRecord,
)
from agreement_studio.register.status import effective_status, in_force, next_deadline
from agreement_studio.register.values import (
    AgreementDetails,
    AgreementRow,
    EventInfo,
    PartyInfo,
    RevisionInfo,
    SignatoryState,
    VersionInfo,
)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store


def row_of(record: AgreementRecord, today: dt.date) -> AgreementRow:
    """The list row of an agreement record."""
    status = effective_status(record.status, record.term_end, today)
    return AgreementRow(
        record.document_id,
        record.title,
        record.network,
        status,
        record.party_count,
        record.signatory_count,
        record.signed_count,
        record.term_start,
        record.term_end,
        record.notice_deadline,
        record.review_date,
        next_deadline((record.notice_deadline, record.term_end, record.review_date), today),
        in_force(status, record.term_start, today),
        record.updated_at,
    )


def load_events(session: Session, document_id: str | None) -> list[EventInfo]:
    """Audit events (of one agreement, or all), oldest first."""
    stmt = select(EventRecord).order_by(EventRecord.seq)
    if document_id is not None:
        stmt = stmt.where(EventRecord.document_id == document_id)
    return [
        EventInfo(
            e.seq, e.at, e.actor, e.signer, e.action, e.document_id, json.loads(e.details), e.hash
        )
        for e in session.scalars(stmt)
    ]


def load_details(store: Store, document_id: str, today: dt.date | None = None) -> AgreementDetails:
    """Everything the register records about one agreement."""
    today = today or dt.date.today()
    with store.read() as session:
        record = find_agreement(session, document_id)
        versions = session.scalars(
            select(VersionRecord)
            .where(VersionRecord.agreement_id == record.id)
            .order_by(VersionRecord.number)
        ).all()
        number_of = {v.id: v.number for v in versions}
        current = next(v for v in versions if v.number == record.current_version)
        revisions = session.scalars(
            select(RevisionRecord)
            .where(RevisionRecord.agreement_id == record.id)
            .order_by(RevisionRecord.id)
        ).all()
        nodes = [_node(r) for r in revisions if r.version_id == current.id]
        state = line_state(nodes)
        signatures = {
            s.revision_id: s
            for s in session.scalars(
                select(SignatureRecord).where(SignatureRecord.agreement_id == record.id)
            )
        }
        on_line = {
            signatures[i].field_name: signatures[i] for i in state.line_ids if i in signatures
        }
        parties = session.scalars(
            select(PartyRecord)
            .where(PartyRecord.agreement_id == record.id)
            .order_by(PartyRecord.position)
        ).all()
        party_by_id = {p.id: p for p in parties}
        signatories = session.scalars(
            select(SignatoryRecord)
            .where(SignatoryRecord.agreement_id == record.id)
            .order_by(SignatoryRecord.position)
        ).all()
        renewal_of = (
            session.scalar(
                select(AgreementRecord.document_id).where(
                    AgreementRecord.id == record.renewal_of_id
                )
            )
            if record.renewal_of_id
            else None
        )
        renewed_by = session.scalar(
            select(AgreementRecord.document_id).where(AgreementRecord.renewal_of_id == record.id)
        )
        events = load_events(session, document_id)
        head_events, head = read_head(session)
    states = [
        _signatory_state(
            s, party_by_id[s.party_id], on_line.get(s.field_name), s.field_name in state.elsewhere
        )
        for s in signatories
    ]
    return AgreementDetails(
        row=row_of(record, today),
        template_id=record.template_id,
        template_version=record.template_version,
        language=record.language,
        region=record.region,
        indefinite=record.indefinite,
        notice_months=record.notice_months,
        terminated_on=record.terminated_on,
        termination_reason=record.termination_reason,
        renewal_of=renewal_of,
        renewed_by=renewed_by,
        current_version=record.current_version,
        current_sha256=state.tip.sha256 if state.tip else None,
        parties=[PartyInfo(p.name, p.key, p.business_id, p.organisation_type) for p in parties],
        signatories=states,
        versions=[
            VersionInfo(v.number, v.created_at, v.created_by, v.superseded_at, v.draft_sha256)
            for v in versions
        ],
        revisions=[
            RevisionInfo(
                r.id,
                number_of[r.version_id],
                r.kind,
                r.sha256,
                r.size,
                r.parent_id,
                r.signature_field,
                r.signature_count,
                r.source_name,
                r.created_at,
                r.id in state.line_ids,
            )
            for r in revisions
        ],
        events=events,
        notes=_notes(state, nodes, signatures, current.number),
        register_head=f"{head_events}:{head}",
    )


def _node(r: RevisionRecord) -> Node:
    return Node(
        r.id, r.parent_id, r.signature_field, r.signature_count, r.created_at, r.size, r.sha256
    )


def _signatory_state(
    s: SignatoryRecord, party: PartyRecord, signature: SignatureRecord | None, elsewhere: bool
) -> SignatoryState:
    if signature is None:
        return SignatoryState(
            party.name,
            party.key,
            s.name,
            s.title,
            s.email,
            s.field_name,
            signed=False,
            must_sign_again=elsewhere,
        )
    return SignatoryState(
        party.name,
        party.key,
        s.name,
        s.title,
        s.email,
        s.field_name,
        signed=True,
        signed_at=signature.signed_at,
        signer_name=signature.signer_name,
        signer_organisation=signature.signer_organisation,
        fingerprint_sha256=signature.fingerprint_sha256,
        verdict=signature.verdict,
        warning=signature.warning,
    )


def _notes(
    state: LineState, nodes: list[Node], signatures: dict[int, SignatureRecord], version: int
) -> list[str]:
    acts = {i: Signing(s.signatory_name, s.signed_at) for i, s in signatures.items()}
    note = circulation_note(state, nodes, acts, version)
    return [note] if note else []
