"""Reading the agreement's metadata back from a PDF, as the newest revision states it.

A signed agreement is the prepared PDF plus one incremental update per signature, so the document
information that counts is the one the *last* trailer points at. This reads it with the project's
one PDF reader (:class:`~agreement_studio.verification.document.PdfDocument`), the same reading
the verifier trusts, and gives up (``None``) on anything it cannot read.

The information dictionary carries the agreement's own keys besides the usual ones:

``/AgreementDocumentId``  the draft's document ID (a UUID)
``/AgreementTemplate``    the template as ``"<id> <version>"``
``/AgreementLanguage``    the agreement's language (``fi``, ``sv``, ``en``)
"""

from __future__ import annotations

from agreement_studio.verification.document import PdfDocument, StructureError
from agreement_studio.verification.syntax import Name, PdfSyntaxError
from agreement_studio.verification.view import View

__all__ = [
    "DOCUMENT_ID_KEY",
    "LANGUAGE_KEY",
    "TEMPLATE_KEY",
    "decode_text",
    "read_agreement_metadata",
    "read_document_info",
]

DOCUMENT_ID_KEY = "AgreementDocumentId"
TEMPLATE_KEY = "AgreementTemplate"
LANGUAGE_KEY = "AgreementLanguage"


def read_agreement_metadata(pdf: bytes) -> dict[str, str] | None:
    """The agreement metadata of the newest revision, or ``None`` if there is none or unreadable.

    Keys: ``document_id``, ``template_id``, ``template_version``, ``language``, ``title``,
    ``subject``, ``author``, ``creator``, ``keywords`` (absent entries are empty strings).
    """
    info = read_document_info(pdf)
    if not info or not info.get(DOCUMENT_ID_KEY):
        return None
    template_id, _, template_version = info.get(TEMPLATE_KEY, "").strip().rpartition(" ")
    if not template_id:  # a template written without a version
        template_id, template_version = template_version, ""
    return {
        "document_id": info[DOCUMENT_ID_KEY].strip(),
        "template_id": template_id,
        "template_version": template_version,
        "language": info.get(LANGUAGE_KEY, "").strip(),
        "title": info.get("Title", ""),
        "subject": info.get("Subject", ""),
        "author": info.get("Author", ""),
        "creator": info.get("Creator", ""),
        "keywords": info.get("Keywords", ""),
    }


def read_document_info(pdf: bytes) -> dict[str, str] | None:
    """Every text entry of the newest trailer's ``/Info`` dictionary; ``None`` if unreadable."""
    try:
        document = PdfDocument(pdf)
        view = View(document, document.revisions[-1])
        info = view.resolve(document.revisions[-1].trailer.get("Info"))
        if not isinstance(info, dict):
            return None
        result = {}
        for key, value in info.items():
            value = view.resolve(value)
            if isinstance(value, bytes):
                result[str(key)] = decode_text(value)
            elif isinstance(value, Name):
                result[str(key)] = str(value)
        return result
    except (StructureError, PdfSyntaxError, ValueError, IndexError, RecursionError):
        return None


_PDFDOC_HIGH = (
    "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203a\u2212\u2030"
    "\u201e\u201c\u201d\u2018\u2019\u201a\u2122\ufb01\ufb02\u0141\u0152\u0160"
    "\u0178\u017d\u0131\u0142\u0153\u0161\u017e\ufffd\u20ac"
)
_PDFDOC_LOW = "\u02d8\u02c7\u02c6\u02d9\u02dd\u02db\u02da\u02dc"


def decode_text(raw: bytes) -> str:
    """A PDF text string: UTF-16BE or UTF-8 with a byte order mark, else PDFDocEncoding."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    chars = []
    for byte in raw:
        if 0x80 <= byte <= 0xA0:
            chars.append(_PDFDOC_HIGH[byte - 0x80])
        elif 0x18 <= byte <= 0x1F:
            chars.append(_PDFDOC_LOW[byte - 0x18])
        else:
            chars.append(chr(byte))
    return "".join(chars)
