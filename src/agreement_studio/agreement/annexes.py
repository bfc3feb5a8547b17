"""Giving an annex its content: the operations the wizard's annex editor asks for.

An annex is named by its title in ``Agreement.annexes``; its content (``annex_content``) is
kept by title. Changing the kind keeps what was written or attached, so switching back and
forth loses nothing; only the chosen kind is printed. Each change assigns a new mapping, so
the model validates it.
"""

from __future__ import annotations

from agreement_studio.agreement.model import (
    MAX_ATTACHMENT_BYTES,
    Agreement,
    AnnexContent,
    AnnexKind,
    Language,
)
from agreement_studio.errors import PdfInputError

__all__ = [
    "annex_content",
    "attach_pdf",
    "set_annex_kind",
    "set_annex_language",
    "set_annex_text",
]


def annex_content(agreement: Agreement, title: str) -> AnnexContent:
    """The content of the annex ``title`` (title only when it has none)."""
    found = agreement.annex_content.get(title)
    return found if found is not None else AnnexContent(kind=AnnexKind.TITLE_ONLY)


def _store(agreement: Agreement, title: str, content: AnnexContent) -> None:
    if title not in agreement.annexes:
        raise ValueError(f"{title!r} is not one of the agreement's annexes")
    agreement.annex_content = {**agreement.annex_content, title: content}


def set_annex_kind(agreement: Agreement, title: str, kind: AnnexKind) -> None:
    """Make ``title`` an annex of ``kind``, keeping any text or attached file it has."""
    content = annex_content(agreement, title)
    _store(agreement, title, content.model_copy(update={"kind": kind}))


def set_annex_text(agreement: Agreement, title: str, text: str) -> None:
    """The text of a free-text annex (the annex becomes one)."""
    content = annex_content(agreement, title)
    _store(agreement, title, content.model_copy(update={"kind": AnnexKind.TEXT, "text": text}))


def set_annex_language(agreement: Agreement, title: str, language: Language | None) -> None:
    """The language the annex is written in (None: the agreement's own)."""
    if language == agreement.language:
        language = None
    content = annex_content(agreement, title)
    _store(agreement, title, content.model_copy(update={"language": language}))


def attach_pdf(agreement: Agreement, title: str, data: bytes, file_name: str) -> None:
    """Attach a PDF as the annex ``title`` (check it first: ``pdf.attached.read_attachment``).

    Refused (:class:`PdfInputError`) when it is larger than the draft may hold.
    """
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise PdfInputError(
            f"{file_name}: the file is {len(data) / 2**20:.1f} MiB; an attached annex may be at "
            f"most {MAX_ATTACHMENT_BYTES // 2**20} MiB (save it smaller, e.g. with lower image "
            "resolution)"
        )
    content = annex_content(agreement, title)
    _store(
        agreement,
        title,
        content.model_copy(
            update={"kind": AnnexKind.ATTACHED_PDF, "pdf": data, "file_name": file_name}
        ),
    )
