"""What a PDF claims to be for the archive: its PDF/A part and level, and whether it is tagged.

Read from the newest revision with the project's one PDF reader (``agreement_studio.verification``):
the XMP metadata's ``pdfaid:part`` and ``pdfaid:conformance`` (as elements or attributes), and
the catalog's ``/MarkInfo /Marked`` with a ``/StructTreeRoot``. This is the file's *claim*; a
validator such as veraPDF checks it (see the README).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Conformance", "read_conformance"]

_MAX_XMP = 1 << 20
_PART_RE = re.compile(rb"pdfaid:part(?:>\s*|\s*=\s*[\"'])([0-9]+)")
_LEVEL_RE = re.compile(rb"pdfaid:conformance(?:>\s*|\s*=\s*[\"'])([A-Za-z])")


@dataclass(frozen=True)
class Conformance:
    """A PDF's archival claim."""

    pdfa_part: int | None
    """The PDF/A part claimed (2 for PDF/A-2), or None for no claim."""
    pdfa_level: str
    """The conformance level as the file writes it (``A``, ``B``, ``U``), or empty."""
    tagged: bool
    """Whether the file is tagged (a structure tree, ``/MarkInfo /Marked true``)."""

    @property
    def pdfa(self) -> str:
        """``PDF/A-2a`` and the like; empty without a claim."""
        if self.pdfa_part is None:
            return ""
        return f"PDF/A-{self.pdfa_part}{self.pdfa_level.lower()}"


def read_conformance(data: bytes) -> Conformance | None:
    """The claim of the newest revision of ``data``; None when it cannot be read as a PDF."""
    from agreement_studio.verification.document import PdfDocument, StructureError
    from agreement_studio.verification.syntax import PdfSyntaxError, Stream
    from agreement_studio.verification.view import View
    from agreement_studio.verification.xref import decode_stream

    try:
        document = PdfDocument(data)
        view = View(document, document.revisions[-1])
        catalog = view.catalog
        metadata = view.get(catalog, "Metadata")
        xmp = decode_stream(metadata, _MAX_XMP) if isinstance(metadata, Stream) else b""
        mark_info = view.get(catalog, "MarkInfo")
        marked = isinstance(mark_info, dict) and view.resolve(mark_info.get("Marked")) is True
        tagged = marked and isinstance(view.get(catalog, "StructTreeRoot"), dict)
    except (StructureError, PdfSyntaxError, ValueError, IndexError, RecursionError):
        return None
    part = _PART_RE.search(xmp)
    level = _LEVEL_RE.search(xmp)
    return Conformance(
        pdfa_part=int(part.group(1)) if part else None,
        pdfa_level=level.group(1).decode("ascii").upper() if (part and level) else "",
        tagged=tagged,
    )
