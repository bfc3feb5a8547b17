"""Is a returned PDF a registered revision plus signatures, and nothing else?

Two checks, both needed. First, by bytes: the file must begin with the exact bytes of a revision
the register holds for that agreement (the longest such revision is the *base*). Second, by
content: every incremental update after the base may only fill the agreement's signature
fields (and add validation data). The second check is the verifier's own comparison of
revisions (what a reader shows), from the base on; a signature's own integrity check cannot
replace it, because the first signature on a prepared PDF has no earlier signature whose
comparison would cover the update that carries it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from agreement_studio.i18n import translatable
from agreement_studio.register.filestore import sha256_hex
from agreement_studio.register.words import joined, reason

_ = translatable(__name__)


@dataclass(frozen=True)
class Registered:
    """A revision the register holds (what matching needs of it)."""

    id: int
    version_id: int
    sha256: str
    size: int


def find_base(data: bytes, revisions: Iterable[Registered]) -> Registered | None:
    """The longest registered revision that ``data`` begins with, byte for byte."""
    by_size: dict[int, dict[str, Registered]] = {}
    for revision in revisions:
        by_size.setdefault(revision.size, {})[revision.sha256] = revision
    for size in sorted(by_size, reverse=True):
        if size <= len(data):
            found = by_size[size].get(sha256_hex(data[:size]))
            if found is not None:
                return found
    return None


def content_change(data: bytes, base_size: int, signature_fields: set[str]) -> str | None:
    """Why the updates after ``base_size`` bytes are more than signatures; None if they are not."""
    from agreement_studio.errors import PdfInputError
    from agreement_studio.verification import ADDITIONS, updates_after
    from agreement_studio.verification.diff import TIMESTAMP

    try:
        changes = updates_after(data, base_size)
    except PdfInputError as error:
        return _("its updates cannot be analysed ({reason})", reason=reason(error))
    changed = [c.text for c in changes if c.kind not in ADDITIONS]
    if changed:
        return _(
            "it changes the document, not only adds signatures: {changes}",
            changes=joined(changed, "; "),
        )
    stray = sorted(
        {
            c.field
            for c in changes
            # a document timestamp (B-LTA) lives in a field of its own, made for it
            if c.field and c.kind != TIMESTAMP and c.field not in signature_fields
        }
    )
    if stray:
        return _(
            "it adds to form fields that are not the signatories' signature fields: {fields}",
            fields=", ".join(stray),
        )
    return None
