"""Is a returned PDF a registered revision plus signatures, and nothing else?

Two checks, both needed. First, by bytes: the file must begin with the exact bytes of a revision
the register holds for that agreement (the longest such revision is the *base*). Second, by
content: every incremental update after the base may only fill the agreement's signature
fields (and add validation data). The second check is pyHanko's difference analysis between
the base and each later revision; a signature's own integrity check cannot replace it, because
the first signature on a prepared PDF has no earlier signature whose analysis would cover the
update that carries it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from agreement_studio.register.filestore import sha256_hex


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


def _policy() -> Any:
    """pyHanko's standard difference policy, narrowed to signature fields.

    Prepared PDFs have no ``/SigFlags`` (an unsigned field needs none); the first signature
    adds it, which the standard policy would count as a change to the form. Changes to other
    kinds of form field are not allowed at all: an agreement has none.
    """
    from pyhanko.sign.diff_analysis import (
        DEFAULT_DIFF_POLICY,
        FormUpdatingRule,
        SigFieldCreationRule,
        SigFieldModificationRule,
        StandardDiffPolicy,
    )
    from pyhanko.sign.diff_analysis.constants import ACROFORM_EXEMPT_STRICT_COMPARISON

    form_rule = FormUpdatingRule(
        field_rules=[SigFieldCreationRule(), SigFieldModificationRule()],
        ignored_acroform_keys=ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"})
    return StandardDiffPolicy(global_rules=DEFAULT_DIFF_POLICY.global_rules,
                              form_rule=form_rule)


def content_change(data: bytes, base_size: int, signature_fields: set[str]) -> str | None:
    """Why the updates after ``base_size`` bytes are more than signatures; None if they are not."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        base = PdfFileReader(io.BytesIO(data[:base_size]), strict=False)
        base_revision = base.xrefs.total_revisions - 1
        if reader.xrefs.total_revisions - 1 <= base_revision:
            return "what follows the registered revision is not an incremental update"
        result = _policy().review_file(reader, base_revision)
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError,
            AssertionError, RecursionError) as error:
        # pyHanko's reader lets damage in a hostile file through as plain Python errors; the
        # file is refused with the reason rather than crashing the import
        return f"its updates cannot be analysed ({type(error).__name__}: {error})"
    if isinstance(result, SuspiciousModification):
        return f"it changes the document, not only adds signatures ({result})"
    if result.modification_level > ModificationLevel.FORM_FILLING:
        return ("it changes the document's content, not only adds signatures "
                f"({result.modification_level.name.lower().replace('_', ' ')})")
    extra = sorted(set(result.changed_form_fields) - signature_fields)
    if extra:
        return f"it changes form fields that are not signature fields: {', '.join(extra)}"
    return None
