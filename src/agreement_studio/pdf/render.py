"""From a composed agreement to PDF bytes: one deterministic ReportLab pass."""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from reportlab.platypus import BaseDocTemplate, Flowable, PageTemplate

from agreement_studio.fileio import write_atomic
from agreement_studio.pdf.annexes import annex_pages
from agreement_studio.pdf.archive import Archive
from agreement_studio.pdf.fonts import SERIF, register_fonts
from agreement_studio.pdf.furniture import AgreementCanvas, Furniture
from agreement_studio.pdf.labels import merged_labels
from agreement_studio.pdf.markdown_layout import layout_markdown
from agreement_studio.pdf.metadata import (
    AgreementInfo,
    content_hash,
    document_moment,
    file_identifier,
    info_entries,
)
from agreement_studio.pdf.signature_page import signature_page
from agreement_studio.pdf.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
)
from agreement_studio.pdf.tagging import Tagger, TaggingFrame
from agreement_studio.pdf.title_block import body_lists_parties, title_block

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement


class TemplateRef(Protocol):
    """What the layout needs to know of a template."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> object:
        """Printed in the metadata as text."""
        ...


class Composed(Protocol):
    """What the layout needs of a composed agreement (``drafting.ComposedAgreement`` fits)."""

    # Read-only properties, so a frozen dataclass fits.
    @property
    def title(self) -> str: ...
    @property
    def markdown(self) -> str: ...
    @property
    def template(self) -> TemplateRef: ...
    @property
    def language(self) -> str: ...
    @property
    def labels(self) -> Mapping[str, str]: ...


# ReportLab keeps per-document font state in shared font objects; one render at a time keeps
# that simple and costs nothing in practice (renders are short and rarely concurrent).
_render_lock = threading.Lock()


def render_pdf(
    composed: Composed, agreement: Agreement, *, pdfa: bool = True, tagged: bool = True
) -> bytes:
    """The agreement as PDF bytes: title block, numbered clauses, signature page and fields.

    With ``pdfa`` (the default) the file identifies itself as PDF/A-2 (XMP metadata and an
    sRGB output intent, see ``archive.py``); it is tagged (``tagging.py``) unless ``tagged`` is
    false (for measuring what tagging costs), and then claims PDF/A-2b instead of 2a. The same
    composition and draft always give the same bytes.
    """
    register_fonts()
    labels = merged_labels(composed.labels)
    language = str(composed.language)
    story = [
        *title_block(
            composed.title,
            agreement,
            labels,
            FRAME_WIDTH,
            with_parties=not body_lists_parties(composed.markdown, agreement.parties),
        ),
        *layout_markdown(composed.markdown, FRAME_WIDTH, foreign_texts(agreement, language)),
        *signature_page(agreement, labels, language, FRAME_WIDTH),
        *annex_pages(agreement, language, FRAME_WIDTH),
    ]
    document_id = str(agreement.document_id)
    canvasmaker = partial(
        AgreementCanvas,
        furniture=Furniture(
            title=composed.title,
            document_id=document_id,
            document_id_label=labels["document_id"],
            page_label=labels["page"],
        ),
        info=AgreementInfo(info_entries(composed, agreement), document_moment(agreement)),
        file_id=file_identifier(document_id, content_hash(composed, agreement)),
        # Tagged throughout (tagging.py), so the claim is PDF/A-2a, the accessible level.
        archive=Archive(conformance="A" if tagged else "B") if pdfa else None,
        tagger=Tagger(language) if tagged else None,
    )
    with _render_lock:
        return _build(story, canvasmaker, language)


def foreign_texts(agreement: Agreement, language: str) -> dict[str, str]:
    """Texts of the draft in another language than the document's, with their language: party
    names with their own ``name_language`` and the titles of annexes in another language."""
    found: dict[str, str] = {}
    for party in agreement.parties:
        own = party.name_language
        if own and own != language and party.name:
            found[" ".join(party.name.split())] = own
    for title in agreement.annexes:
        content = agreement.annex_content.get(title)
        own = str(content.language.value) if content and content.language else ""
        if own and own != language and title.strip():
            found[" ".join(title.split())] = own
    return found


def _build(story: list[Flowable], canvasmaker: Any, language: str) -> bytes:
    buffer = BytesIO()
    frame = TaggingFrame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        # The canvas's initial font must be an embedded one: the default is Helvetica.
        initialFontName=SERIF,
        invariant=1,
        pageCompression=1,
        lang=language or None,
    )
    document.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def render_agreement(agreement: Agreement, *, pdfa: bool = True) -> bytes:
    """Compose the agreement from its template, then render it (see :func:`render_pdf`)."""
    from agreement_studio.drafting import compose  # drafting loads Jinja2; only when needed

    return render_pdf(compose(agreement), agreement, pdfa=pdfa)


def write_pdf(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write PDF bytes to ``path`` atomically (all or nothing); :class:`OutputError` if not."""
    return write_atomic(path, data)
