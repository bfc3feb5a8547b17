"""Page furniture (header and footer with "page n / N") drawn in one layout pass.

The canvas keeps each finished page instead of writing it; when the document is saved it knows
how many pages there are, draws every page's header and footer, and only then writes the pages.
That is one layout pass instead of the two a "build, count, build again" approach costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFInfo, PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from agreement_studio.pdf.archive import Archive, install_archive, write_streams_with_eol
from agreement_studio.pdf.fields import SignatureFields
from agreement_studio.pdf.fonts import SANS
from agreement_studio.pdf.inline import clean
from agreement_studio.pdf.labels import page_text
from agreement_studio.pdf.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
)
from agreement_studio.pdf.tagging import Tagger

_SIZE = 8.0


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides the text."""

    title: str
    """The agreement's title, in the header."""
    document_id: str
    """The document ID, in the footer."""
    document_id_label: str
    """The word before the document ID."""
    page_label: str
    """A format like ``Sivu {n} / {total}``."""


class AgreementCanvas(Canvas):
    """A canvas that adds the furniture to every page once the page count is known.

    It also holds the document's signature fields and installs the document information and
    file identifier decided by the caller, so the output depends only on its input.
    """

    def __init__(
        self,
        filename: str | IO[bytes],
        *args: Any,
        furniture: Furniture,
        info: PDFInfo,
        file_id: bytes,
        archive: Archive | None = None,
        tagger: Tagger | None = None,
        **kwargs: Any,  # ReportLab's canvas options, passed on as the document template sets them
    ) -> None:
        super().__init__(filename, *args, **kwargs)
        self.furniture = furniture
        self.archive = archive
        self.tagger = tagger
        self.info = info
        self.signature_fields = SignatureFields()
        self._held_pages: list[dict[str, object]] = []
        document = canvas_document(self)
        document.info = info
        write_streams_with_eol(document)
        # ReportLab writes a set /ID as it is instead of deriving one from its own digest.
        document._ID = file_id  # type: ignore[attr-defined]  # private; not in ReportLab's stubs

    def showPage(self) -> None:
        """Hold the finished page (its drawing state) until the page count is known."""
        self._held_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # private; not in ReportLab's stubs

    def save(self) -> None:
        """Draw the furniture on every held page, write the pages, then the file."""
        pages = self._held_pages
        self._held_pages = []
        for number, state in enumerate(pages, start=1):
            self.__dict__.update(state)
            if self.tagger is not None:
                with self.tagger.artifact(self, "Pagination"):
                    draw_furniture(self, self.furniture, number, len(pages))
            else:
                draw_furniture(self, self.furniture, number, len(pages))
            super().showPage()
            if self.tagger is not None:
                document = canvas_document(self)
                page_tree = document.Pages  # type: ignore[attr-defined]  # not in ReportLab's stubs
                self.tagger.page_entries(page_tree.pages[-1], number)
        self._held_pages = []
        _compress_pages_plainly(self)
        self.signature_fields.install(self)
        if self.tagger is not None:
            self.tagger.install(self)
        if self.archive is not None:
            self._install_archive(self.archive)
        super().save()

    def _install_archive(self, archive: Archive) -> None:
        info = self.info
        entries = {key: str(value) for key, value in getattr(info, "entries", {}).items()}
        moment = getattr(info, "moment", None)
        if moment is None:
            raise ValueError("a PDF/A document needs an information dictionary with a date")
        install_archive(canvas_document(self), entries, moment, archive)
        # The viewer shows the title, not the file name (PDF/UA; harmless for PDF/A).
        self.setViewerPreference("DisplayDocTitle", "true")


def canvas_document(canvas: Canvas) -> PDFDocument:
    """The document ``canvas`` writes (ReportLab keeps it in a private attribute)."""
    document: PDFDocument = canvas._doc  # type: ignore[attr-defined]  # not in ReportLab's stubs
    return document


def _compress_pages_plainly(canvas: Canvas) -> None:
    # ReportLab wraps compressed page streams in ASCII85 as well (rl_config.useA85), which makes
    # them a quarter larger and costs time for nothing; set the streams up without it, per
    # document, instead of changing ReportLab's process-wide setting.
    pages = canvas_document(canvas).Pages  # type: ignore[attr-defined]  # not in ReportLab's stubs
    for page in pages.pages:
        if page.stream and not page.Contents:
            contents = PDFStream(content=page.stream, filters=[PDFZCompress])
            contents.__Comment__ = "page stream"  # type: ignore[attr-defined]  # not in the stubs
            page.Contents = contents


def draw_furniture(canvas: Canvas, furniture: Furniture, number: int, total: int) -> None:
    """The header (title) and footer (document ID, page n / N) of one page."""
    width, height = PAGE_SIZE
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    head_y = height - MARGIN_TOP + 9 * mm  # the header sits in the top margin
    foot_y = MARGIN_BOTTOM - 11 * mm
    page = page_text(furniture.page_label, number, total)
    doc_id = f"{furniture.document_id_label}: {furniture.document_id}"
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.setFont(SANS, _SIZE)
    canvas.drawString(left, head_y, fit(clean(furniture.title), right - left))
    canvas.line(left, head_y - 4, right, head_y - 4)
    canvas.line(left, foot_y + _SIZE + 3, right, foot_y + _SIZE + 3)
    page_width = stringWidth(page, SANS, _SIZE)
    canvas.drawRightString(right, foot_y, page)
    canvas.drawString(left, foot_y, fit(clean(doc_id), right - left - page_width - 12))
    canvas.restoreState()


def fit(text: str, width: float, font: str = SANS, size: float = _SIZE) -> str:
    """``text``, shortened with an ellipsis if it is wider than ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
