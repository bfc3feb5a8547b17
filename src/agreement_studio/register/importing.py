"""Importing returned PDFs: which agreement, which revision it extends, which signatures it adds.

How a file is judged, in order (the first failure rejects it, with that reason):

1. its metadata names a document ID that the register holds;
2. it begins with the exact bytes of a revision the register holds for that agreement
   (the longest such is the *base*);
3. if it *is* that revision, nothing changes and the result says so;
4. the base belongs to the agreement's current version, and the agreement is still open;
5. every signature after the base checks out (intact; trusted by an anchor or by the
   fingerprint pinned for that field, or at least intact and untrusted), each in an unsigned
   field of a signatory of this agreement;
6. the updates after the base add signatures and nothing else (see :mod:`.lineage`).

Then the new revisions are written to the file store (fsynced), and the revisions, signatures,
status and audit event are recorded in one transaction. A rejected file leaves only an
``import-rejected`` audit event.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.errors import ImportRejected, InputError, RegisterError
from agreement_studio.i18n import translatable
from agreement_studio.register.audit import append_event
from agreement_studio.register.commit import commit
from agreement_studio.register.extension import Extension, validation_only_allowed
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.lineage import content_change, find_base
from agreement_studio.register.plan import Context, Found, NewRevision, Plan, Refusal, verify_new
from agreement_studio.register.records import find_agreement
from agreement_studio.register.values import ImportOutcome, ImportResult
from agreement_studio.register.words import reason, recorded

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.register.store import Store

MAX_PDF_BYTES = 200 * 1024 * 1024


def import_file(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    trust: Any = None,
    extension: Extension | None = None,
) -> ImportResult:
    """Import one returned PDF; :class:`ImportRejected` says why it was not accepted.

    ``extension`` is given by the register's own "add long-term validation data" (see
    :mod:`.long_term`): the file then may add validation data alone, even before everyone signed.
    """
    data, label = _read(source, name)
    try:
        plan = _plan(store, data, label, trust, extension)
        if isinstance(plan, ImportResult):
            return plan
        for revision in plan.new:  # durable before any row names them
            store.files.put(revision.data)
        return commit(store, plan)
    except Refusal as refusal:
        _record_refusal(store, label, data, refusal)
        raise ImportRejected(label, refusal.reason) from None  # the reason is a Text


def _read(source: str | os.PathLike[str] | bytes, name: str | None) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, name or _("the PDF")
    path = Path(source)
    label = name or str(path)
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise InputError(
                _(
                    "{file}: larger than {size} MB; not an agreement",
                    file=label,
                    size=MAX_PDF_BYTES // 2**20,
                )
            )
        return path.read_bytes(), label
    except FileNotFoundError:
        raise InputError(_("{file}: no such file", file=label)) from None
    except IsADirectoryError:
        raise InputError(
            _("{file}: is a folder; import its PDFs with import_files", file=label)
        ) from None
    except OSError as error:
        raise InputError(
            _("{file}: cannot be read ({reason})", file=label, reason=error.strerror)
        ) from None


def _document_id(data: bytes) -> str:
    from agreement_studio.pdf import read_agreement_metadata

    try:
        metadata = read_agreement_metadata(data)
    except (RegisterError, InputError, ValueError) as error:
        raise Refusal(_("it is not a readable PDF ({reason})", reason=reason(error))) from None
    if not metadata or not metadata.get("document_id"):
        raise Refusal(_("it is not an Agreement Studio PDF (no document ID in its metadata)"))
    return str(metadata["document_id"]).lower()


def _plan(
    store: Store, data: bytes, label: str, trust: Any, extension: Extension | None = None
) -> Plan | ImportResult:
    document_id = _document_id(data)
    with store.read() as session:
        try:
            context = Context.load(session, find_agreement(session, document_id))
        except RegisterError:
            raise Refusal(
                _(
                    "no agreement with document ID {document_id} is in this register",
                    document_id=document_id,
                ),
                claimed=document_id,
            ) from None
    refuse = context.refusal
    base = find_base(data, context.registered)
    if base is None:
        raise refuse(
            _(
                "it does not begin with any PDF the register holds for this agreement: "
                "it was changed or saved again, not only signed"
            )
        )
    if len(data) == base.size:  # the very file the register holds: nothing to do
        return context.unchanged(label)
    context.check_open(base.version_id)
    validation_only = extension is not None or validation_only_allowed(context, base.id)
    found = verify_new(data, base.size, trust, refuse, validation_only=validation_only)
    context.check_fields(found, base.id)
    change = content_change(data, base.size, set(context.signatories))
    if change:
        raise refuse(change)
    plan = Plan(label, data, context, base.id)
    plan.new = _new_revisions(data, found)
    if extension is not None:
        plan.action, plan.notes = "extend", extension.details()
    return plan


def _new_revisions(data: bytes, found: list[Found]) -> list[NewRevision]:
    revisions = [
        NewRevision(data[: f.revision_length], sha256_hex(data[: f.revision_length]), f)
        for f in found
    ]
    # validation data after the last signature (or alone, on a fully signed agreement)
    if not found or len(data) > found[-1].revision_length:
        revisions.append(NewRevision(data, sha256_hex(data), None))
    return revisions


def _record_refusal(store: Store, label: str, data: bytes, refusal: Refusal) -> None:
    details = {
        "source": label,
        "sha256": sha256_hex(data),
        "size": len(data),
        "reason": refusal.reason,
    }
    words = recorded(refusal.reason)  # the reason again, readable in the reader's language
    if words:
        details["reason_text"] = words
    if refusal.claimed:
        details["claimed_document_id"] = refusal.claimed
    with store.write() as session:
        append_event(
            session,
            "import-rejected",
            document_id=refusal.document_id,
            details=details,
            facts=False,
        )


def expand_sources(sources: list[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, and the PDFs inside folders (sorted, folders searched recursively)."""
    found: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
            )
        else:
            found.append(path)
    return found


def import_files(store: Store, sources: Any, *, trust: Any = None) -> list[ImportOutcome]:
    """Import each file (folders: every PDF in them) on its own; one outcome per file."""
    outcomes = []
    for path in expand_sources(list(sources)):
        try:
            result = import_file(store, path, trust=trust)
        except ImportRejected as error:
            outcomes.append(
                ImportOutcome(str(path), error=error.reason, rejected=True, exit_code=1)
            )
        except (RegisterError, InputError) as error:
            outcomes.append(
                ImportOutcome(str(path), error=reason(error), exit_code=error.exit_code)
            )
        else:
            outcomes.append(ImportOutcome(str(path), result=result))
    return outcomes
