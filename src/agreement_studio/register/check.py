"""Checking the whole register: storage, audit chain, witness, facts, records, every file.

Each problem names what failed: the event (sequence number, id, time, action), the agreement,
or the stored file (path and the SHA-256 it should have).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agreement_studio.errors import RegisterCorrupt
from agreement_studio.i18n import translatable
from agreement_studio.register import witness
from agreement_studio.register.audit import check_chain, read_head
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.lines import Node, line_state
from agreement_studio.register.opening import storage_problems
from agreement_studio.register.replay import compare_tables, notes_on, replay
from agreement_studio.register.schema import (
    AgreementRecord,
    EventRecord,
    RevisionRecord,
    SignatureRecord,
    VersionRecord,
)
from agreement_studio.register.schema_objects import schema_problems
from agreement_studio.register.values import RegisterCheck
from agreement_studio.register.words import reason

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store

_NEEDS_PDF = {"ready-for-signing", "partially-signed", "signed"}


def check_register(store: Store, *, head: str | None = None) -> RegisterCheck:
    """Check everything; the result lists every problem found.

    In order: the storage (SQLite's ``integrity_check``), the audit chain, the chain against the
    witness and a head given from elsewhere, the tables against the chain's facts, the records'
    own consistency, every draft's SHA-256, and every stored file.
    """
    problems: list[str] = list(storage_problems(store.engine, store.location))
    if problems:
        problems = [
            _(
                "the register file {location} is damaged: {problem}",
                location=store.location.display,
                problem=p,
            )
            for p in problems
        ]
    notes: list[str] = []
    try:
        return _check_contents(store, head, problems, notes)
    except RegisterCorrupt as error:  # damaged rows: say so instead of failing half-way
        problems.append(reason(error))
        return RegisterCheck(problems, 0, 0, notes, register_id=store.register_id)


_ODD_VALUES = (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError)
"""What a value the register never writes (text in a number column, a date that is not one,
facts that are not an object) raises while it is read; verify reports it instead of failing."""


def _guarded(problems: list[str], what: str, check: Callable[[], Iterable[str]]) -> None:
    """Run one part of the check; a value the register never writes is reported as damage."""
    try:
        problems.extend(check())
    except _ODD_VALUES as error:
        problems.append(
            _(
                "{what}: the register holds a value it never writes ({kind}: {reason}); it is "
                "damaged or was edited by hand, and this part of the check stopped there",
                what=what,
                kind=type(error).__name__,
                reason=str(error),
            )
        )


def _check_contents(
    store: Store, head: str | None, problems: list[str], notes: list[str]
) -> RegisterCheck:
    referenced: dict[str, str] = {}
    with store.read() as session:
        _guarded(problems, _("schema"), lambda: schema_problems(session.connection()))
        _guarded(problems, _("audit chain"), lambda: list(check_chain(session)))
        events = int(session.scalar(select(func.count()).select_from(EventRecord)) or 0)
        try:
            chain_head = read_head(session)
        except RegisterCorrupt:  # a damaged stored head: check_chain reported it
            chain_head = (0, "")
        try:
            seen = witness.read_checked(store.register_id)
        except witness.WitnessUnreadable as error:
            problems.append(reason(error))
            seen = None
        else:
            if seen is None and events > 0:
                notes.append(
                    _(
                        "no witness for this register on this machine; give --head to check "
                        "against a head kept elsewhere"
                    )
                )
        _guarded(problems, _("witness"), lambda: list(_against_witness(session, seen)))
        if head is not None:
            _guarded(problems, _("head"), lambda: list(_against_given_head(session, head)))

        def against_chain() -> list[str]:
            chain = replay(session)
            found = [chain.impossible] if chain.impossible is not None else []
            found.extend(compare_tables(session, chain))
            notes.extend(notes_on(chain))
            return found

        _guarded(problems, _("tables against the audit chain"), against_chain)
        _guarded(problems, _("records"), lambda: list(_check_records(session)))
        _guarded(problems, _("drafts"), lambda: list(_check_drafts(session)))

        def files() -> list[str]:
            referenced.update(_referenced_files(session))
            return []

        _guarded(problems, _("stored files"), files)
    _guarded(problems, _("stored files"), lambda: list(_check_files(store, referenced, notes)))
    return RegisterCheck(
        problems,
        events,
        len(referenced),
        notes,
        register_id=store.register_id,
        head=chain_head[1] or None,
        head_events=chain_head[0],
    )


def _against_witness(session: Session, seen: witness.Witness | None) -> Iterator[str]:
    """The chain must still hold the event the witness saw, with the hash it saw."""
    if seen is None or seen.events == 0:
        return
    found = session.scalar(select(EventRecord.hash).where(EventRecord.seq == seen.events))
    if found is None:
        yield _(
            "the register is behind its witness: {witness}, but the register has no "
            "event {events}; events were deleted (with the stored head) or the register "
            "was replaced by an older copy",
            witness=seen.describe(),
            events=seen.events,
        )
    elif found != seen.head:
        yield _(
            "the register is off its witness's chain: {witness}, but event "
            "{events} now has the hash {found}; the audit log was rewritten",
            witness=seen.describe(),
            events=seen.events,
            found=found,
        )


def _against_given_head(session: Session, given: str) -> Iterator[str]:
    value = given.strip().lower()
    seq_text, _colon, digest = value.rpartition(":")
    where = select(EventRecord.seq).where(EventRecord.hash == digest)
    seq = session.scalar(where)
    if seq is None:
        yield _(
            "the head {head} is not in the register's audit log: the log was rewritten or "
            "truncated since that head was taken",
            head=given,
        )
    elif seq_text and seq_text.isdigit() and int(seq_text) != seq:
        yield _(
            "the head {head} is event {seq} in the register, not event {given}",
            head=given,
            seq=seq,
            given=seq_text,
        )


def _check_drafts(session: Session) -> Iterator[str]:
    """Every version's draft JSON must still have the SHA-256 recorded for it."""
    rows = session.execute(
        select(
            AgreementRecord.document_id,
            VersionRecord.number,
            VersionRecord.draft_json,
            VersionRecord.draft_sha256,
        )
        .join(AgreementRecord, AgreementRecord.id == VersionRecord.agreement_id)
        .execution_options(yield_per=1000)
    )
    for document_id, number, text, recorded in rows:
        if sha256_hex((text or "").encode("utf-8")) != recorded:
            yield _(
                "agreement {document_id}: the draft of version {number} has been changed "
                "(its SHA-256 is no longer {sha256})",
                document_id=document_id,
                number=number,
                sha256=recorded,
            )


def _check_files(store: Store, referenced: dict[str, str], notes: list[str]) -> Iterator[str]:
    for sha, owner in sorted(referenced.items()):
        path = store.files.path_of(sha)
        if not path.is_file():
            yield _(
                "stored file {path} (SHA-256 {sha256}, {owner}) is missing",
                path=path,
                sha256=sha,
                owner=owner,
            )
        elif _file_sha256(path) != sha:
            yield _(
                "stored file {path} (SHA-256 {sha256}, {owner}) has been changed",
                path=path,
                sha256=sha,
                owner=owner,
            )
    for stored in store.files.files():
        if stored.name in referenced:
            continue
        if _file_sha256(stored.path) != stored.name:
            yield _(
                "stored file {path} has been changed (its name says SHA-256 {sha256})",
                path=stored.path,
                sha256=stored.name,
            )
        else:
            notes.append(
                _(
                    "stored file {path} is not named by any record (left by an "
                    "interrupted operation; harmless)",
                    path=stored.path,
                )
            )


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _referenced_files(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(RevisionRecord.sha256, AgreementRecord.document_id, RevisionRecord.kind).join(
            AgreementRecord, AgreementRecord.id == RevisionRecord.agreement_id
        )
    )
    return {
        sha: _("{kind} revision of agreement {document_id}", kind=kind, document_id=doc)
        for sha, doc, kind in rows
    }


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
        name = _("agreement {document_id}", document_id=record.document_id)
        version_id = versions.get((record.id, record.current_version))
        if version_id is None:
            yield _(
                "{name}: its current version {version} is not recorded",
                name=name,
                version=record.current_version,
            )
            continue
        yield from _check_line(name, record, nodes.get(version_id, []), signed_revisions)


def _check_line(
    name: str, record: Any, nodes: list[Node], signed_revisions: set[int]
) -> Iterator[str]:
    if not nodes:
        # A draft has no PDF yet; so may an agreement terminated before it was prepared.
        if record.current_revision_id is not None or record.status in _NEEDS_PDF:
            yield _("{name}: has no prepared PDF", name=name)
        return
    if record.status == "draft":
        yield _("{name}: recorded as a draft, but a PDF was prepared for it", name=name)
    state = line_state(nodes)
    if state.tip is None or record.current_revision_id != state.tip.id:
        yield _("{name}: its current PDF is not the copy its records say to send on", name=name)
    if record.signed_count != len(state.signed_fields):
        yield _(
            "{name}: records {recorded} signatures, but the copy to send on has {found}",
            name=name,
            recorded=record.signed_count,
            found=len(state.signed_fields),
        )
    for node in nodes:
        if (node.signature_field is not None) != (node.id in signed_revisions):
            yield _(
                "{name}: revision {sha256} and its signature record disagree",
                name=name,
                sha256=node.sha256,
            )
