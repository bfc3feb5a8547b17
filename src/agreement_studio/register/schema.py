"""The register's tables, as typed SQLAlchemy models (the migrations create them).

::

    agreements 1─* versions 1─* revisions (a tree: parent_id; prepared → signed → …)
        │                          └─1 signatures (the signature a signed revision added)
        ├─* parties ─* signatories  (of the current version; the draft JSON keeps every version)
        └─ renewal_of → agreements
    events   the audit chain (seq, prev_hash, hash), by document ID so rejections are kept too
    meta     key/value: the register's id, the audit chain's head

Timestamps are ISO 8601 UTC strings (``2027-01-01T09:30:00.000000Z``): exact on every database,
sortable as text, and hashed into the audit chain as written.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """The register's declarative base."""


class Meta(Base):
    """Settings and bookkeeping of the register itself."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AgreementRecord(Base):
    """One agreement (all its versions share the document ID); columns of the current version."""

    __tablename__ = "agreements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    title_sort: Mapped[str] = mapped_column(String(500))
    template_id: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8))
    network: Mapped[str] = mapped_column(String(500))
    network_sort: Mapped[str] = mapped_column(String(500))
    region: Mapped[str] = mapped_column(String(200))
    party_count: Mapped[int] = mapped_column(Integer)
    signatory_count: Mapped[int] = mapped_column(Integer)
    signed_count: Mapped[int] = mapped_column(Integer, default=0)
    term_start: Mapped[dt.date | None] = mapped_column(Date)
    term_end: Mapped[dt.date | None] = mapped_column(Date)
    indefinite: Mapped[bool] = mapped_column(Boolean, default=False)
    notice_months: Mapped[int] = mapped_column(Integer)
    notice_deadline: Mapped[dt.date | None] = mapped_column(Date)
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24))
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(Text)
    renewal_of_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    current_revision_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    search_text: Mapped[str] = mapped_column(Text, default="")  # added by migration 0002

    __table_args__ = (
        Index("ix_agreements_title", "title_sort", "id"),
        Index("ix_agreements_network", "network_sort", "id"),
        Index("ix_agreements_status_end", "status", "term_end"),
        Index("ix_agreements_end", "term_end"),
        Index("ix_agreements_notice", "notice_deadline"),
        Index("ix_agreements_review", "review_date"),
        Index("ix_agreements_start", "term_start", "id"),
        Index("ix_agreements_updated", "updated_at", "id"),
        Index("ix_agreements_parties", "party_count", "id"),
    )


class PartyRecord(Base):
    """A party of the current version of an agreement."""

    __tablename__ = "parties"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(100))
    business_id: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))
    organisation_type: Mapped[str] = mapped_column(String(40))


class SignatoryRecord(Base):
    """A signatory of the current version, with the signature field prepared for them."""

    __tablename__ = "signatories"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(300))
    field_name: Mapped[str] = mapped_column(String(200))
    pinned_fingerprint: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("agreement_id", "field_name"),)


class VersionRecord(Base):
    """One draft of an agreement, kept whole as JSON."""

    __tablename__ = "versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    draft_json: Mapped[str] = mapped_column(Text)
    draft_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(200))
    superseded_at: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (UniqueConstraint("agreement_id", "number"),)


class RevisionRecord(Base):
    """A PDF the register holds: the prepared one, or one that a signature extended."""

    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("revisions.id"))
    kind: Mapped[str] = mapped_column(String(16))  # prepared, signed, extended
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    signature_field: Mapped[str | None] = mapped_column(String(200))
    signature_count: Mapped[int] = mapped_column(Integer)
    source_name: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (UniqueConstraint("agreement_id", "sha256"),)


class SignatureRecord(Base):
    """A signature found in an imported PDF, and what its verification said at import."""

    __tablename__ = "signatures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE"), unique=True
    )
    field_name: Mapped[str] = mapped_column(String(200))
    party_key: Mapped[str] = mapped_column(String(100))
    signatory_name: Mapped[str] = mapped_column(String(300))
    signer_name: Mapped[str] = mapped_column(String(300))
    signer_organisation: Mapped[str] = mapped_column(String(300))
    signer_email: Mapped[str | None] = mapped_column(String(300))
    fingerprint_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[str | None] = mapped_column(String(32))
    verdict: Mapped[str] = mapped_column(String(16))
    trusted_by: Mapped[str | None] = mapped_column(String(16))  # anchor, pinned, or None
    warning: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(32))


class EventRecord(Base):
    """One audit event; ``hash`` chains it to the one before (``seq - 1``)."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    signer: Mapped[str | None] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[str] = mapped_column(Text)
    facts: Mapped[str | None] = mapped_column(Text)  # added by migration 0003
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
