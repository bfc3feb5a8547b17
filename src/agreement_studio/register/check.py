"""Checking the whole register: the audit chain, the records, and every stored file.

Each problem names what failed: the event (sequence number, id, time, action), the agreement,
or the stored file (path and the SHA-256 it should have).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agreement_studio.register.audit import check_chain
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.lines import Node, line_state
from agreement_studio.register.schema import (
    AgreementRecord,
    EventRecord,
    RevisionRecord,
    SignatureRecord,
    VersionRecord,
)
from agreement_studio.register.values import RegisterCheck

if TYPE_CHECKING:
    from agreement_studio.register.api import Register

_NEEDS_PDF = {"ready-for-signing", "partially-signed", "signed"}


def check_register(register: Register) -> RegisterCheck:
    """Check everything; the result lists every problem found."""
    problems: list[str] = []
    notes: list[str] = []
    with register.read() as session:
        problems.extend(check_chain(session))
        events = int(session.scalar(select(func.count()).select_from(EventRecord)) or 0)
        problems.extend(_check_records(session))
        referenced = _referenced_files(session)
    files_checked = 0
    for sha, owner in sorted(referenced.items()):
        path = register.files.path_of(sha)
        files_checked += 1
        if not path.is_file():
            problems.append(f"stored file {path} (SHA-256 {sha}, {owner}) is missing")
        elif sha256_hex(path.read_bytes()) != sha:
            problems.append(f"stored file {path} (SHA-256 {sha}, {owner}) has been changed")
    for stored in register.files.files():
        if stored.name in referenced:
            continue
        files_checked += 1
        if sha256_hex(stored.path.read_bytes()) != stored.name:
            problems.append(
                f"stored file {stored.path} has been changed (its name says SHA-256 {stored.name})"
            )
        else:
            notes.append(
                f"stored file {stored.path} is not named by any record (left by an "
                "interrupted operation; harmless)"
            )
    return RegisterCheck(problems, events, files_checked, notes)


def _referenced_files(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(RevisionRecord.sha256, AgreementRecord.document_id, RevisionRecord.kind).join(
            AgreementRecord, AgreementRecord.id == RevisionRecord.agreement_id
        )
    )
    return {sha: f"{kind} revision of agreement {doc}" for sha, doc, kind in rows}


def _check_records(session: Session) -> Iterator[str]:
    """Every agreement whole: versions, a current revision on its line, counts that agree."""
    versions: dict[tuple[int, int], int] = {  # (agreement, number) -> version id
        (agreement_id, number): version_id
        for version_id, agreement_id, number in session.execute(
            select(VersionRecord.id, VersionRecord.agreement_id, VersionRecord.number)
        )
    }
    nodes: dict[int, list[Node]] = defaultdict(list)  # version id -> revisions
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
        )
    ):
        nodes[row[-1]].append(Node(*row[:-1]))
    signed_revisions = set(session.scalars(select(SignatureRecord.revision_id)))
    a = AgreementRecord
    agreements = session.execute(
        select(
            a.id, a.document_id, a.current_version, a.status, a.current_revision_id, a.signed_count
        ).execution_options(yield_per=2000)
    )  # only the columns, never all rows at once
    for record in agreements:
        name = f"agreement {record.document_id}"
        version_id = versions.get((record.id, record.current_version))
        if version_id is None:
            yield f"{name}: its current version {record.current_version} is not recorded"
            continue
        yield from _check_line(name, record, nodes.get(version_id, []), signed_revisions)


def _check_line(
    name: str, record: Any, nodes: list[Node], signed_revisions: set[int]
) -> Iterator[str]:
    if not nodes:
        # A draft has no PDF yet; so may an agreement terminated before it was prepared.
        if record.current_revision_id is not None or record.status in _NEEDS_PDF:
            yield f"{name}: has no prepared PDF"
        return
    if record.status == "draft":
        yield f"{name}: recorded as a draft, but a PDF was prepared for it"
    state = line_state(nodes)
    if state.tip is None or record.current_revision_id != state.tip.id:
        yield f"{name}: its current PDF is not the copy its records say to send on"
    if record.signed_count != len(state.signed_fields):
        yield (
            f"{name}: records {record.signed_count} signatures, but the copy to send on "
            f"has {len(state.signed_fields)}"
        )
    for node in nodes:
        if (node.signature_field is not None) != (node.id in signed_revisions):
            yield f"{name}: revision {node.sha256} and its signature record disagree"
