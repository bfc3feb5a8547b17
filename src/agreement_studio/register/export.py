"""Exports: the register as CSV (for Excel), and its audit events as CSV.

Every cell is neutralised against formula injection (:func:`neutralise`); every export carries the
register's ID, event count and head hash. The archive package is :mod:`.archive`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.errors import OutputError
from agreement_studio.i18n import translatable
from agreement_studio.register.audit import read_head
from agreement_studio.register.lines import Node, line_state
from agreement_studio.register.schema import (
    AgreementRecord,
    PartyRecord,
    RevisionRecord,
    SignatoryRecord,
    SignatureRecord,
    VersionRecord,
)
from agreement_studio.register.status import effective_status
from agreement_studio.register.values import EventInfo

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store

CSV_COLUMNS = [
    "document_id",
    "title",
    "template",
    "template_version",
    "language",
    "network",
    "region",
    "parties",
    "signatories",
    "status",
    "signed",
    "untrusted_signatures",
    "term_start",
    "term_end",
    "notice_months",
    "notice_deadline",
    "review_date",
    "terminated_on",
    "termination_reason",
    "version",
    "created_at",
    "updated_at",
    "final_pdf_sha256",
    "register_id",
    "register_events",
    "register_head",
]
"""The last three columns carry the register's witness values at the export: its ID, event
count and head hash (the same on every row), so an export can be checked against the register.
``untrusted_signatures``: how many of the ``signed`` were not trusted when they were imported
(the figure the lists show, :mod:`.signing_trust`)."""
_BATCH = 500


def export_csv(store: Store, path: Path) -> int:
    """Write one row per agreement (UTF-8 with BOM, so Excel reads it); returns the row count."""
    rows = 0
    with _atomic_text(path) as handle:
        writer = _SafeWriter(csv.writer(handle))
        writer.writerow(CSV_COLUMNS)
        with store.read() as session:
            events, head = read_head(session)
            witnessed = [store.register_id or "", events, head]
            for line in _csv_rows(session):
                writer.writerow([*line, *witnessed])
                rows += 1
    return rows


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula (OWASP's CSV injection rule).

    Text starting with ``= + - @``, a tab or a carriage return gets a leading apostrophe, which
    Excel and LibreOffice show as text; numbers are left as they are.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


class _SafeWriter:
    """A CSV writer that neutralises every cell."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([neutralise(v) for v in row])


@contextlib.contextmanager
def _atomic_text(path: Path) -> Iterator[io.TextIOWrapper]:
    # Streamed to a temporary file beside the target, then renamed: a large register never
    # sits in memory, and a failure leaves no half-written CSV.
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else "."
        )
    except OSError as error:
        raise OutputError(_cannot_write(path, error)) from None
    try:
        with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        raise OutputError(_cannot_write(path, error)) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _csv_rows(session: Session) -> Iterator[list[Any]]:
    import datetime as dt

    today = dt.date.today()
    last_id = 0
    while True:
        batch = session.scalars(
            select(AgreementRecord)
            .where(AgreementRecord.id > last_id)
            .order_by(AgreementRecord.id)
            .limit(_BATCH)
        ).all()
        if not batch:
            return
        last_id = batch[-1].id
        people = _people(session, [a.id for a in batch])
        lines = _lines(session, batch)
        for a in batch:
            parties, seats = people.get(a.id, ([], []))
            signed, sha, untrusted = lines.get(a.id, ({}, None, 0))
            status = effective_status(a.status, a.term_end, today)
            yield [
                a.document_id,
                a.title,
                a.template_id,
                a.template_version or "",
                a.language,
                a.network,
                a.region,
                "; ".join(f"{name} ({key})" for name, key in parties),
                "; ".join(
                    f"{name} ({party}): " + (f"signed {signed[f]}" if f in signed else "not signed")
                    for name, party, f in seats
                ),
                status.value,
                f"{a.signed_count}/{a.signatory_count}",
                untrusted,
                a.term_start or "",
                a.term_end or "",
                a.notice_months,
                a.notice_deadline or "",
                a.review_date or "",
                a.terminated_on or "",
                a.termination_reason or "",
                a.current_version,
                a.created_at,
                a.updated_at,
                sha or "",
            ]


def _people(
    session: Session, ids: list[int]
) -> dict[int, tuple[list[tuple[str, str]], list[tuple[str, str, str]]]]:
    found: dict[int, tuple[list[tuple[str, str]], list[tuple[str, str, str]]]] = defaultdict(
        lambda: ([], [])
    )
    party_names = {}
    for p in session.scalars(
        select(PartyRecord)
        .where(PartyRecord.agreement_id.in_(ids))
        .order_by(PartyRecord.agreement_id, PartyRecord.position)
    ):
        found[p.agreement_id][0].append((p.name, p.key))
        party_names[p.id] = p.name
    for s in session.scalars(
        select(SignatoryRecord)
        .where(SignatoryRecord.agreement_id.in_(ids))
        .order_by(SignatoryRecord.agreement_id, SignatoryRecord.position)
    ):
        found[s.agreement_id][1].append((s.name, party_names.get(s.party_id, ""), s.field_name))
    return found


def _lines(
    session: Session, batch: Sequence[AgreementRecord]
) -> dict[int, tuple[dict[str, str], str | None, int]]:
    """Per agreement: field -> signing time on the line to send on, that copy's SHA-256, and
    how many of those signatures were not trusted at import (their recorded verdicts)."""
    ids = [a.id for a in batch]
    current = {(a.id, a.current_version) for a in batch}
    version_of = {
        vid: aid
        for vid, aid, number in session.execute(
            select(VersionRecord.id, VersionRecord.agreement_id, VersionRecord.number).where(
                VersionRecord.agreement_id.in_(ids)
            )
        )
        if (aid, number) in current
    }
    nodes: dict[int, list[Node]] = defaultdict(list)
    for row in session.execute(
        select(
            RevisionRecord.id,
            RevisionRecord.parent_id,
            RevisionRecord.signature_field,
            RevisionRecord.signature_count,
            RevisionRecord.created_at,
            RevisionRecord.size,
            RevisionRecord.sha256,
            RevisionRecord.version_id,
        ).where(RevisionRecord.version_id.in_(list(version_of)))
    ):
        nodes[version_of[row[-1]]].append(Node(*row[:-1]))
    times, verdicts = {}, {}
    for revision_id, signed_at, verdict in session.execute(
        select(
            SignatureRecord.revision_id, SignatureRecord.signed_at, SignatureRecord.verdict
        ).where(SignatureRecord.agreement_id.in_(ids))
    ):
        times[revision_id], verdicts[revision_id] = signed_at, verdict
    result = {}
    for agreement_id, version_nodes in nodes.items():
        state = line_state(version_nodes)
        signed = {
            n.signature_field: times.get(n.id) or ""
            for n in version_nodes
            if n.id in state.line_ids and n.signature_field
        }
        untrusted = sum(verdicts[i] != "valid" for i in state.line_ids if i in verdicts)
        result[agreement_id] = (signed, state.tip.sha256 if state.tip else None, untrusted)
    return result


def events_csv(events: list[EventInfo]) -> str:
    """Audit events as CSV text (cells neutralised like every CSV the register writes)."""
    out = io.StringIO()
    writer = _SafeWriter(csv.writer(out))
    writer.writerow(["seq", "at", "actor", "signer", "action", "document_id", "details", "hash"])
    for e in events:
        writer.writerow(
            [
                e.seq,
                e.at,
                e.actor,
                e.signer or "",
                e.action,
                e.document_id or "",
                json.dumps(e.details, ensure_ascii=False, sort_keys=True),
                e.hash,
            ]
        )
    return out.getvalue()


def _cannot_write(path: Path, error: OSError) -> str:
    return _("cannot write {path}: {reason}", path=path, reason=error.strerror or str(error))
