"""Long-term validation data for a registered agreement: the register's "extend".

Once the last signature is in, a coordinator adds the data that keeps the signatures
verifiable for the agreement's whole life (PAdES B-LT: certificates and CRLs in the PDF's
Document Security Store; B-LTA: and a document timestamp over them, renewed the same way before
it ages out). :func:`extend_agreement` runs :func:`agreement_studio.signing.extend_pdf` on the
current PDF and imports the result like any returned copy, so the same rules judge it: it must
begin with the registered revision, and what it adds must be validation data and intact
document timestamps only. It is recorded as a new revision of kind ``extended`` with an
``extend`` audit event naming the level.

The import rule for copies that arrive from elsewhere (``extension.validation_only_allowed``): an
update that adds no signature is accepted when the revision it extends is signed by every
signatory, i.e. it is validation data added to a fully signed agreement. Before that, the
register's own extend may still add it, with a warning (a careful coordinator waits for the
last signature; the data does not stop anyone from signing afterwards).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agreement_studio.register.extension import Extension

if TYPE_CHECKING:
    from agreement_studio.register.store import Store
    from agreement_studio.register.values import ImportResult
    from agreement_studio.signing import ExtendResult

__all__ = ["ExtendOutcome", "extend_agreement"]


@dataclass(frozen=True)
class ExtendOutcome:
    """A registered agreement extended: what the file got, and what the register recorded."""

    extended: ExtendResult
    result: ImportResult
    warnings: list[str] = field(default_factory=list)


def extend_agreement(
    register: Store,
    document_id: str,
    *,
    level: str = "B-LTA",
    tsa_url: str | None = None,
    trust: Any = None,
    crls: Sequence[bytes] = (),
) -> ExtendOutcome:
    """Add long-term validation data (B-LT, B-LTA) to the agreement's current PDF and record it.

    ``trust`` is a :class:`~agreement_studio.verification.TrustStore`: its anchors are what the
    chains are built to (the signers' CA and the timestamp server's root) and its CRLs are stored
    with ``crls``; the import verifies with it. A failure of the timestamp server
    (TimestampError) or a refused import (ImportRejected) records nothing.
    """
    from agreement_studio.register import importing, query
    from agreement_studio.register.records import resolve_document_id
    from agreement_studio.signing import extend_pdf

    with register.read() as session:
        document_id = resolve_document_id(session, document_id)
    data = query.current_pdf(register, document_id)
    anchors = list(trust.anchors) if trust is not None else []
    all_crls = [*crls, *(trust.crls if trust is not None else ())]
    folder = register.location.files_dir / "tmp"  # same disk; the store sweeps stale files
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix="extending-", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        extended = extend_pdf(
            data,
            output=name,
            level=level,
            tsa_url=tsa_url or None,
            trust=anchors,
            crls=all_crls,
            overwrite=True,
        )
        extension = Extension(
            extended.level.value,
            extended.timestamp_field,
            extended.renew_before,
            tuple(extended.warnings),
        )
        result = importing.import_file(
            register,
            name,
            name=f"long-term validation data ({extended.level.value})",
            trust=trust,
            extension=extension,
        )
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
    return ExtendOutcome(extended, result, list(extended.warnings))
