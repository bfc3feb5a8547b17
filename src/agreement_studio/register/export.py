"""Exports: the register as CSV (for Excel and archives), and an archive package per agreement."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from agreement_studio.errors import OutputError
from agreement_studio.fileio import write_atomic
from agreement_studio.register.audit import utc_now
from agreement_studio.register.details import load_details
from agreement_studio.register.filestore import sha256_hex
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
from agreement_studio.register.values import EventInfo, to_jsonable

if TYPE_CHECKING:
    from agreement_studio.register.api import Register

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
]
_BATCH = 500


def export_csv(register: Register, path: Path) -> int:
    """Write one row per agreement (UTF-8 with BOM, so Excel reads it); returns the row count."""
    rows = 0
    with _atomic_text(path) as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        with register.read() as session:
            for line in _csv_rows(session):
                writer.writerow(line)
                rows += 1
    return rows


@contextlib.contextmanager
def _atomic_text(path: Path) -> Iterator[io.TextIOWrapper]:
    # Streamed to a temporary file beside the target, then renamed: a large register never
    # sits in memory, and a failure leaves no half-written CSV.
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else "."
        )
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
    try:
        with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror}") from None
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
            signed, sha = lines.get(a.id, ({}, None))
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
    session: Session, batch: list[AgreementRecord]
) -> dict[int, tuple[dict[str, str], str | None]]:
    """Per agreement: field -> signing time on the line to send on, and that copy's SHA-256."""
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
    times = dict(
        session.execute(
            select(SignatureRecord.revision_id, SignatureRecord.signed_at).where(
                SignatureRecord.agreement_id.in_(ids)
            )
        ).all()
    )
    result = {}
    for agreement_id, version_nodes in nodes.items():
        state = line_state(version_nodes)
        signed = {
            n.signature_field: times.get(n.id) or ""
            for n in version_nodes
            if n.id in state.line_ids and n.signature_field
        }
        result[agreement_id] = (signed, state.tip.sha256 if state.tip else None)
    return result


def events_csv(events: list[EventInfo]) -> str:
    """Audit events as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out)
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


def archive(register: Register, document_id: str, path: Path, *, trust: Any = None) -> Path:
    """Write the agreement's archive package: PDFs, drafts, verification, events, manifest."""
    details = load_details(register, document_id)
    entries: list[tuple[str, bytes]] = []
    if details.current_sha256:
        final = register.files.get(details.current_sha256)
        entries.append(("final.pdf", final))
        entries.append(("verification.json", _verification(final, details, trust)))
    for index, r in enumerate(details.revisions, start=1):
        label = r.kind + (f"-{r.signature_field}" if r.signature_field else "")
        entries.append(
            (
                f"revisions/{index:02d}-v{r.version}-{label}-{r.sha256[:12]}.pdf",
                register.files.get(r.sha256),
            )
        )
    for version in details.versions:
        draft = register.draft(document_id, version.number)
        entries.append(
            (
                f"drafts/version-{version.number}.agreement.json",
                (draft.model_dump_json(indent=2) + "\n").encode("utf-8"),
            )
        )
    entries.append(("agreement.json", _json(to_jsonable(details))))
    entries.append(("events.json", _json(to_jsonable(details.events))))
    entries.append(("events.csv", events_csv(details.events).encode("utf-8-sig")))
    manifest = {
        "document_id": document_id,
        "title": details.row.title,
        "created_at": utc_now(),
        "register": register.location.display,
        "entries": [{"name": n, "sha256": sha256_hex(d), "size": len(d)} for n, d in entries],
    }
    entries.append(("manifest.json", _json(manifest)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for name, data in entries:
            package.writestr(name, data)
    return write_atomic(path, buffer.getvalue())


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def _verification(final: bytes, details: Any, trust: Any) -> bytes:
    """The verifier's report on the final PDF, with what the register recorded at import."""
    from agreement_studio.verification import verify_pdf

    report = verify_pdf(final, trust=trust)
    as_dict = getattr(report, "to_dict", None)
    return _json(
        {
            "report": as_dict() if callable(as_dict) else to_jsonable(report),
            "recorded_signatures": to_jsonable([s for s in details.signatories if s.signed]),
        }
    )
