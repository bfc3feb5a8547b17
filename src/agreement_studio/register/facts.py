"""An agreement's facts: everything the register records about it, as one plain value.

Every event about an agreement carries its facts *after* the change (see :mod:`.audit`), so the
chain alone says what the tables must hold: the agreement's columns, its parties and
signatories (with pinned fingerprints), every version with the SHA-256 of its draft JSON, every
revision with the SHA-256 of its PDF and its place in the signing tree, and every signature with
its signer, certificate fingerprint, the revision it signed and the verdict recorded at import.

Rows are named by what they are, never by database row IDs: a revision by its SHA-256, a version
by its number, a party or signatory by its position. So the facts of an honest register do not
depend on how its rows happen to be numbered, and two swapped rows differ in what they say.

:func:`facts_of` reads the facts of a few agreements (for an event); :func:`iter_facts` reads
all of them in batches (for ``register verify``). Both use the same loader, so the facts written
into an event and those read back from the tables are computed the same way.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.i18n import translatable
from agreement_studio.register.schema import (
    AgreementRecord,
    PartyRecord,
    RevisionRecord,
    SignatoryRecord,
    SignatureRecord,
    VersionRecord,
)

_ = translatable(__name__)

Facts = dict[str, Any]
_BATCH = 500
_AGREEMENT_COLUMNS = (
    "title",
    "template_id",
    "template_version",
    "language",
    "network",
    "region",
    "party_count",
    "signatory_count",
    "signed_count",
    "term_start",
    "term_end",
    "indefinite",
    "notice_months",
    "notice_deadline",
    "review_date",
    "status",
    "terminated_on",
    "termination_reason",
    "current_version",
    "created_at",
    "updated_at",
    "search_text",
)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    return value


def facts_of(session: Session, document_ids: list[str]) -> dict[str, Facts]:
    """The facts of the agreements with these document IDs (absent ones are left out)."""
    ids = list(
        session.scalars(
            select(AgreementRecord.id).where(AgreementRecord.document_id.in_(document_ids))
        )
    )
    return load_facts(session, ids)


def iter_facts(session: Session, batch: int = _BATCH) -> Iterator[tuple[str, Facts]]:
    """Every agreement's facts, in batches of ``batch`` agreements (never all in memory)."""
    last = 0
    while True:
        ids = list(
            session.scalars(
                select(AgreementRecord.id)
                .where(AgreementRecord.id > last)
                .order_by(AgreementRecord.id)
                .limit(batch)
            )
        )
        if not ids:
            return
        last = ids[-1]
        yield from load_facts(session, ids).items()


def load_facts(session: Session, ids: list[int]) -> dict[str, Facts]:
    """The facts of the agreements with these row IDs, by document ID."""
    if not ids:
        return {}
    # Plain column selects, not ORM objects: verify reads every row of a large register.
    a = AgreementRecord
    columns = [getattr(a, name) for name in _AGREEMENT_COLUMNS]
    records = session.execute(
        select(a.id, a.document_id, a.renewal_of_id, a.current_revision_id, *columns).where(
            a.id.in_(ids)
        )
    ).all()
    renewal_ids = {r.renewal_of_id for r in records if r.renewal_of_id is not None}
    document_of = dict(
        session.execute(
            select(AgreementRecord.id, AgreementRecord.document_id).where(
                AgreementRecord.id.in_(renewal_ids)
            )
        ).all()
    )
    parties, party_position = _parties(session, ids)
    signatories = _signatories(session, ids, party_position)
    versions, number_of = _versions(session, ids)
    revisions, sha_of = _revisions(session, ids, number_of)
    signatures = _signatures(session, ids, sha_of)
    found: dict[str, Facts] = {}
    for r in records:
        agreement = {
            name: _plain(value) for name, value in zip(_AGREEMENT_COLUMNS, r[4:], strict=True)
        }
        agreement["renewal_of"] = (
            document_of.get(r.renewal_of_id, f"missing row {r.renewal_of_id}")
            if r.renewal_of_id is not None
            else None
        )
        agreement["current_revision"] = (
            sha_of.get(r.current_revision_id, f"missing row {r.current_revision_id}")
            if r.current_revision_id is not None
            else None
        )
        found[r.document_id] = {
            "agreement": agreement,
            "parties": parties.get(r.id, []),
            "signatories": signatories.get(r.id, []),
            "versions": versions.get(r.id, []),
            "revisions": sorted(revisions.get(r.id, []), key=lambda x: x["sha256"]),
            "signatures": sorted(signatures.get(r.id, []), key=lambda x: x["revision"]),
        }
    return found


def _parties(session: Session, ids: list[int]) -> tuple[dict[int, list[Facts]], dict[int, int]]:
    found: dict[int, list[Facts]] = defaultdict(list)
    position: dict[int, int] = {}
    t = PartyRecord
    for p in session.execute(
        select(
            t.id,
            t.agreement_id,
            t.position,
            t.name,
            t.key,
            t.business_id,
            t.country,
            t.organisation_type,
        )
        .where(t.agreement_id.in_(ids))
        .order_by(t.agreement_id, t.position, t.id)
    ):
        position[p.id] = p.position
        found[p.agreement_id].append(
            {
                "position": p.position,
                "name": p.name,
                "key": p.key,
                "business_id": p.business_id,
                "country": p.country,
                "organisation_type": p.organisation_type,
            }
        )
    return found, position


def _signatories(
    session: Session, ids: list[int], party_position: dict[int, int]
) -> dict[int, list[Facts]]:
    found: dict[int, list[Facts]] = defaultdict(list)
    t = SignatoryRecord
    for s in session.execute(
        select(
            t.agreement_id,
            t.position,
            t.party_id,
            t.name,
            t.title,
            t.email,
            t.field_name,
            t.pinned_fingerprint,
        )
        .where(t.agreement_id.in_(ids))
        .order_by(t.agreement_id, t.position, t.id)
    ):
        found[s.agreement_id].append(
            {
                "position": s.position,
                "party": party_position.get(s.party_id, f"missing row {s.party_id}"),
                "name": s.name,
                "title": s.title,
                "email": s.email,
                "field": s.field_name,
                "pinned_fingerprint": s.pinned_fingerprint,
            }
        )
    return found


def _versions(session: Session, ids: list[int]) -> tuple[dict[int, list[Facts]], dict[int, int]]:
    found: dict[int, list[Facts]] = defaultdict(list)
    number_of: dict[int, int] = {}
    for row in session.execute(
        select(
            VersionRecord.id,
            VersionRecord.agreement_id,
            VersionRecord.number,
            VersionRecord.draft_sha256,
            VersionRecord.created_at,
            VersionRecord.created_by,
            VersionRecord.superseded_at,
        )
        .where(VersionRecord.agreement_id.in_(ids))
        .order_by(VersionRecord.agreement_id, VersionRecord.number, VersionRecord.id)
    ):
        number_of[row.id] = row.number
        found[row.agreement_id].append(
            {
                "number": row.number,
                "draft_sha256": row.draft_sha256,
                "created_at": row.created_at,
                "created_by": row.created_by,
                "superseded_at": row.superseded_at,
            }
        )
    return found, number_of


def _revisions(
    session: Session, ids: list[int], number_of: dict[int, int]
) -> tuple[dict[int, list[Facts]], dict[int, str]]:
    rows = session.scalars(select(RevisionRecord).where(RevisionRecord.agreement_id.in_(ids))).all()
    sha_of = {r.id: r.sha256 for r in rows}
    found: dict[int, list[Facts]] = defaultdict(list)
    for r in rows:
        found[r.agreement_id].append(
            {
                "sha256": r.sha256,
                "version": number_of.get(r.version_id, f"missing row {r.version_id}"),
                "parent": (
                    sha_of.get(r.parent_id, f"missing row {r.parent_id}")
                    if r.parent_id is not None
                    else None
                ),
                "kind": r.kind,
                "size": r.size,
                "field": r.signature_field,
                "signature_count": r.signature_count,
                "source": r.source_name,
                "created_at": r.created_at,
            }
        )
    return found, sha_of


def _signatures(session: Session, ids: list[int], sha_of: dict[int, str]) -> dict[int, list[Facts]]:
    found: dict[int, list[Facts]] = defaultdict(list)
    for s in session.scalars(select(SignatureRecord).where(SignatureRecord.agreement_id.in_(ids))):
        found[s.agreement_id].append(
            {
                "revision": sha_of.get(s.revision_id, f"missing row {s.revision_id}"),
                "field": s.field_name,
                "party_key": s.party_key,
                "signatory": s.signatory_name,
                "signer": s.signer_name,
                "organisation": s.signer_organisation,
                "email": s.signer_email,
                "fingerprint_sha256": s.fingerprint_sha256,
                "signed_at": s.signed_at,
                "verdict": s.verdict,
                "trusted_by": s.trusted_by,
                "warning": s.warning,
                "imported_at": s.imported_at,
            }
        )
    return found


def differences(recorded: Facts, found: Facts | None) -> list[str]:
    """What differs between the facts the chain recorded and the facts the tables hold."""
    if found is None:
        return [_("its rows are gone from the register")]
    problems: list[str] = []
    for name, value in recorded["agreement"].items():
        actual = found["agreement"].get(name)
        if actual != value:
            problems.append(
                _(
                    "{name} is {actual}, but the audit log recorded {recorded}",
                    name=name,
                    actual=repr(actual),
                    recorded=repr(value),
                )
            )
    for part in ("parties", "signatories", "versions", "revisions", "signatures"):
        problems.extend(_list_differences(part, recorded.get(part, []), found.get(part, [])))
    return problems


_KEYS = {
    "parties": "position",
    "signatories": "position",
    "versions": "number",
    "revisions": "sha256",
    "signatures": "revision",
}
_NAMES = {
    "parties": _("party"),
    "signatories": _("signatory"),
    "versions": _("version"),
    "revisions": _("revision"),
    "signatures": _("signature on revision"),
}


def _list_differences(part: str, recorded: list[Facts], found: list[Facts]) -> Iterator[str]:
    key, what = _KEYS[part], _NAMES[part]
    want = {str(item[key]): item for item in recorded}
    have: dict[str, Facts] = {}
    for item in found:
        label = str(item[key])
        if label in have:
            yield _("{what} {label} is recorded twice", what=what, label=label)
        have[label] = item
    for label, item in want.items():
        if label not in have:
            yield _("{what} {label} recorded by the audit log is missing", what=what, label=label)
            continue
        for name, value in item.items():
            actual = have[label].get(name)
            if actual != value:
                yield _(
                    "{what} {label}: {name} is {actual}, but the audit log recorded {recorded}",
                    what=what,
                    label=label,
                    name=name,
                    actual=repr(actual),
                    recorded=repr(value),
                )
    for label in have:
        if label not in want:
            yield _(
                "{what} {label} is in the tables, but no event recorded it", what=what, label=label
            )
