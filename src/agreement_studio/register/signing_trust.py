"""How far the signatures counted for an agreement were trusted when they were imported.

The list's "Signed 7/7" counts the signatures on the copy to send on (:mod:`.lines`); each of
them carries the verdict its verification gave at import (``valid``: the signer's certificate
led to a trust anchor or was pinned; ``untrusted``: intact, signer unknown). A list must not
look better than those verdicts, so for a page of agreements this reads, in two queries, how
many of the counted signatures were not trusted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, select

from agreement_studio.register.lines import Node, line_state
from agreement_studio.register.schema import (
    AgreementRecord,
    RevisionRecord,
    SignatureRecord,
    VersionRecord,
)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store

__all__ = ["SigningTrust", "signing_trust"]


@dataclass(frozen=True)
class SigningTrust:
    """The signatures on an agreement's copy to send on, and how many were not trusted."""

    signed: int
    untrusted: int
    """Of ``signed``, those whose verification at import did not trust the signer."""

    @property
    def trusted(self) -> bool:
        """Every counted signature was trusted (vacuously true with none)."""
        return self.untrusted == 0


def signing_trust(store: Store, document_ids: Iterable[str]) -> dict[str, SigningTrust]:
    """The :class:`SigningTrust` of each of these agreements that has a signature."""
    wanted = list(dict.fromkeys(document_ids))
    if not wanted:
        return {}
    with store.read() as session:
        rows = session.execute(
            select(
                AgreementRecord.document_id,
                RevisionRecord.id,
                RevisionRecord.parent_id,
                RevisionRecord.signature_field,
                RevisionRecord.signature_count,
                RevisionRecord.created_at,
                RevisionRecord.size,
                RevisionRecord.sha256,
            )
            .join(VersionRecord, VersionRecord.agreement_id == AgreementRecord.id)
            .join(
                RevisionRecord,
                and_(
                    RevisionRecord.version_id == VersionRecord.id,
                    VersionRecord.number == AgreementRecord.current_version,
                ),
            )
            .where(AgreementRecord.document_id.in_(wanted), AgreementRecord.signed_count > 0)
        ).all()
        nodes: dict[str, list[Node]] = defaultdict(list)
        for row in rows:
            nodes[row[0]].append(Node(row[1], row[2], row[3], row[4], row[5], row[6], row[7]))
        revision_ids = [n.id for group in nodes.values() for n in group if n.signature_field]
        verdicts = dict(
            session.execute(
                select(SignatureRecord.revision_id, SignatureRecord.verdict).where(
                    SignatureRecord.revision_id.in_(revision_ids)
                )
            ).all()
        )
    found = {}
    for document_id, group in nodes.items():
        line = line_state(group).line_ids
        counted = [verdicts[i] for i in line if i in verdicts]
        if counted:
            found[document_id] = SigningTrust(
                len(counted), sum(verdict != "valid" for verdict in counted)
            )
    return found
