"""From an agreement draft to the register's rows, and finding an agreement by its ID."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from agreement_studio.agreement import Agreement
from agreement_studio.errors import InputError, UnknownAgreement
from agreement_studio.i18n import translatable
from agreement_studio.register.schema import AgreementRecord, PartyRecord, SignatoryRecord
from agreement_studio.register.search import search_text_of
from agreement_studio.register.status import notice_deadline

_ = translatable(__name__)

_ID_TEXT = re.compile(r"[0-9a-fA-F-]{1,36}")


def title_of(agreement: Agreement, metadata: dict[str, Any] | None = None) -> str:
    """The agreement's title: its own, else the PDF's, else the network's name."""
    if agreement.title:
        return agreement.title
    title = metadata.get("title") if metadata else None
    if isinstance(title, str) and title.strip():
        return title.strip()
    return agreement.network.name or "Untitled agreement"


def summary_columns(agreement: Agreement, title: str) -> dict[str, Any]:
    """The agreement's columns of the ``agreements`` table (the current version's values)."""
    term = agreement.term
    end = None if term.indefinite else term.end
    party_words = [w for p in agreement.parties for w in (p.name, p.key)]
    return {
        "title": title,
        "title_sort": title.casefold(),
        "template_id": agreement.template_id,
        "language": agreement.language.value,
        "network": agreement.network.name,
        "network_sort": agreement.network.name.casefold(),
        "region": agreement.network.region,
        "party_count": len(agreement.parties),
        "signatory_count": len(agreement.signatures()),
        "term_start": term.start,
        "term_end": end,
        "indefinite": term.indefinite,
        "notice_months": term.notice_months,
        "notice_deadline": notice_deadline(end, term.notice_months),
        "review_date": term.review_date,
        "search_text": search_text_of(
            title, agreement.network.name, agreement.network.region, *party_words
        ),
    }


def write_people(session: Session, agreement_id: int, agreement: Agreement) -> None:
    """Replace the agreement's parties and signatories with those of ``agreement``.

    A fingerprint pinned for a signature field stays pinned when the field is still there.
    """
    pins = dict(
        session.execute(
            select(SignatoryRecord.field_name, SignatoryRecord.pinned_fingerprint).where(
                SignatoryRecord.agreement_id == agreement_id
            )
        ).all()
    )
    session.execute(delete(SignatoryRecord).where(SignatoryRecord.agreement_id == agreement_id))
    session.execute(delete(PartyRecord).where(PartyRecord.agreement_id == agreement_id))
    position = 0
    for index, party in enumerate(agreement.parties):
        party_row = PartyRecord(
            agreement_id=agreement_id,
            position=index,
            name=party.name,
            key=party.key,
            business_id=party.business_id,
            country=party.country,
            organisation_type=party.organisation_type.value,
        )
        session.add(party_row)
        session.flush()
        for signatory in party.signatories:
            field_name = _field(agreement, party.key, signatory.name)
            session.add(
                SignatoryRecord(
                    agreement_id=agreement_id,
                    party_id=party_row.id,
                    position=position,
                    name=signatory.name,
                    title=signatory.title,
                    email=signatory.email,
                    field_name=field_name,
                    pinned_fingerprint=pins.get(field_name),
                )
            )
            position += 1


def _field(agreement: Agreement, party_key: str, signatory_name: str) -> str:
    for party, signatory, field_name in agreement.signatures():
        if party.key == party_key and signatory.name == signatory_name:
            return field_name
    raise AssertionError("a signatory of the agreement has no field")  # pragma: no cover


def resolve_document_id(session: Session, text: str) -> str:
    """The full document ID for an ID or a unique prefix of one."""
    value = text.strip().lower()
    if not _ID_TEXT.fullmatch(value) or len(value.replace("-", "")) > 32:
        raise InputError(
            _("{text} is not a document ID (a UUID, or the start of one)", text=repr(text))
        )
    value = _hyphenated(value.replace("-", ""))
    matches = session.scalars(
        select(AgreementRecord.document_id)
        .where(AgreementRecord.document_id.startswith(value, autoescape=True))
        .limit(2)
    ).all()
    if not matches:
        raise UnknownAgreement(
            _("no agreement in the register has a document ID starting {value}", value=value)
        )
    if len(matches) > 1:
        raise InputError(
            _(
                "more than one agreement has a document ID starting {value}; give more of it",
                value=value,
            )
        )
    return matches[0]


def _hyphenated(digits: str) -> str:
    """Hex digits of a UUID (or its start) with the hyphens where a UUID has them."""
    parts, start = [], 0
    for length in (8, 4, 4, 4, 12):
        if start < len(digits):
            parts.append(digits[start : start + length])
        start += length
    return "-".join(parts)


def find_agreement(session: Session, document_id: str) -> AgreementRecord:
    """The agreement with exactly this document ID, or :class:`UnknownAgreement`."""
    record = session.scalars(
        select(AgreementRecord).where(AgreementRecord.document_id == document_id)
    ).first()
    if record is None:
        raise UnknownAgreement(
            _(
                "no agreement with document ID {document_id} is in the register",
                document_id=document_id,
            )
        )
    return record
