"""The base schema: agreements, parties, signatories, versions, revisions, signatures, events.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_STAMP = sa.String(32)  # ISO 8601 UTC text


def upgrade() -> None:
    """Create every table of the first register format."""
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    _agreements()
    _parties_and_signatories()
    _versions_and_revisions()
    _signatures()
    _events()


def _agreements() -> None:
    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("title_sort", sa.String(500), nullable=False),
        sa.Column("template_id", sa.String(100), nullable=False),
        sa.Column("template_version", sa.String(40)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("network", sa.String(500), nullable=False),
        sa.Column("network_sort", sa.String(500), nullable=False),
        sa.Column("region", sa.String(200), nullable=False),
        sa.Column("party_count", sa.Integer, nullable=False),
        sa.Column("signatory_count", sa.Integer, nullable=False),
        sa.Column("signed_count", sa.Integer, nullable=False),
        sa.Column("term_start", sa.Date),
        sa.Column("term_end", sa.Date),
        sa.Column("indefinite", sa.Boolean, nullable=False),
        sa.Column("notice_months", sa.Integer, nullable=False),
        sa.Column("notice_deadline", sa.Date),
        sa.Column("review_date", sa.Date),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("terminated_on", sa.Date),
        sa.Column("termination_reason", sa.Text),
        sa.Column("renewal_of_id", sa.Integer, sa.ForeignKey("agreements.id")),
        sa.Column("current_version", sa.Integer, nullable=False),
        sa.Column("current_revision_id", sa.Integer),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.Column("updated_at", _STAMP, nullable=False),
    )
    for name, columns in (
        ("ix_agreements_title", ["title_sort", "id"]),
        ("ix_agreements_network", ["network_sort", "id"]),
        ("ix_agreements_status_end", ["status", "term_end"]),
        ("ix_agreements_end", ["term_end"]),
        ("ix_agreements_notice", ["notice_deadline"]),
        ("ix_agreements_review", ["review_date"]),
        ("ix_agreements_start", ["term_start", "id"]),
        ("ix_agreements_updated", ["updated_at", "id"]),
        ("ix_agreements_parties", ["party_count", "id"]),
    ):
        op.create_index(name, "agreements", columns)


def _parties_and_signatories() -> None:
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer,
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("business_id", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("organisation_type", sa.String(40), nullable=False),
    )
    op.create_index("ix_parties_agreement_id", "parties", ["agreement_id"])
    op.create_table(
        "signatories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer,
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "party_id", sa.Integer, sa.ForeignKey("parties.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("email", sa.String(300), nullable=False),
        sa.Column("field_name", sa.String(200), nullable=False),
        sa.Column("pinned_fingerprint", sa.String(64)),
        sa.UniqueConstraint("agreement_id", "field_name"),
    )
    op.create_index("ix_signatories_agreement_id", "signatories", ["agreement_id"])


def _versions_and_revisions() -> None:
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer,
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("draft_json", sa.Text, nullable=False),
        sa.Column("draft_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("superseded_at", _STAMP),
        sa.UniqueConstraint("agreement_id", "number"),
    )
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer,
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "version_id",
            sa.Integer,
            sa.ForeignKey("versions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("revisions.id")),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("signature_field", sa.String(200)),
        sa.Column("signature_count", sa.Integer, nullable=False),
        sa.Column("source_name", sa.String(500)),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.UniqueConstraint("agreement_id", "sha256"),
    )
    op.create_index("ix_revisions_version_id", "revisions", ["version_id"])


def _signatures() -> None:
    op.create_table(
        "signatures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer,
            sa.ForeignKey("agreements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "revision_id",
            sa.Integer,
            sa.ForeignKey("revisions.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("field_name", sa.String(200), nullable=False),
        sa.Column("party_key", sa.String(100), nullable=False),
        sa.Column("signatory_name", sa.String(300), nullable=False),
        sa.Column("signer_name", sa.String(300), nullable=False),
        sa.Column("signer_organisation", sa.String(300), nullable=False),
        sa.Column("signer_email", sa.String(300)),
        sa.Column("fingerprint_sha256", sa.String(64), nullable=False),
        sa.Column("signed_at", _STAMP),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("trusted_by", sa.String(16)),
        sa.Column("warning", sa.Text),
        sa.Column("imported_at", _STAMP, nullable=False),
    )
    op.create_index("ix_signatures_agreement_id", "signatures", ["agreement_id"])


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False, unique=True),
        sa.Column("at", _STAMP, nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("signer", sa.String(300)),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("document_id", sa.String(36)),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])


def downgrade() -> None:
    """Registers are never downgraded; restore the backup taken before the upgrade instead."""
    raise NotImplementedError("restore the backup copy taken before the upgrade")
