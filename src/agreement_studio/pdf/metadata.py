"""What the PDF says about itself: the document information dictionary and the file identifier.

Besides the usual entries (Title, Subject, Author, Creator, Keywords) the information dictionary
carries the agreement's own keys:

``/AgreementDocumentId``  the draft's document ID (a UUID)
``/AgreementTemplate``    the template as ``"<id> <version>"``
``/AgreementLanguage``    the agreement's language (``fi``, ``sv``, ``en``)

Nothing here depends on the clock: the dates come from the draft and the file identifier from
the document ID and a hash of everything that was rendered, so the same draft gives the same bytes.

The creation date (``/CreationDate`` and ``/ModDate``, XMP ``CreateDate``, ``ModifyDate`` and
``MetadataDate``, all one instant) is the moment the draft was made ready for signing
(``Agreement.prepared``, recorded by the wizard's Finish, ``render`` and ``register add``; see
``agreement/preparation.py``), so it is never later than the signatures. A draft without one
(an unfinished draft in the preview, a draft of format 3) falls back to the signing date it
agrees, else the term's start: dates of the draft, not of the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFString

from agreement_studio._version import __version__
from agreement_studio.verification.info import DOCUMENT_ID_KEY, LANGUAGE_KEY, TEMPLATE_KEY

_NO_DATE = dt.date(2000, 1, 1)


def document_date(agreement: Any) -> dt.date:
    """The date the PDF claims to be made on: the day it was prepared, else (a draft without
    that moment) the signing date, else the term's start."""
    prepared = getattr(agreement, "prepared", None)
    if prepared is not None:
        return prepared.date()  # type: ignore[no-any-return]  # the draft, duck-typed
    return agreement.signing.date or agreement.term.start or _NO_DATE


def info_entries(composed: Any, agreement: Any) -> dict[str, str]:
    """The document information entries (without dates) for a composed agreement.

    There is no ``/Producer``: a signature by pyHanko appends itself to an existing producer
    in ``/Info`` but writes only its own name in XMP, which would leave the two disagreeing
    (PDF/A wants them equal); without one, both say pyHanko after signing.
    """
    network = agreement.network
    template = composed.template
    keywords = [str(template.id), network.region, str(composed.language)]
    return {
        "Title": composed.title,
        "Subject": network.name,
        "Author": network.name,
        "Creator": f"Agreement Studio {__version__}",
        "Keywords": ", ".join(word for word in keywords if word),
        DOCUMENT_ID_KEY: str(agreement.document_id),
        TEMPLATE_KEY: f"{template.id} {template.version}",
        LANGUAGE_KEY: str(composed.language),
    }


def document_moment(agreement: Any) -> dt.datetime:
    """The instant written in ``/Info`` and XMP: when the draft was prepared, else
    :func:`document_date` at midnight UTC."""
    prepared = getattr(agreement, "prepared", None)
    if prepared is not None:
        return prepared  # type: ignore[no-any-return]  # the draft, duck-typed
    return dt.datetime.combine(document_date(agreement), dt.time(0), dt.UTC)


class AgreementInfo(PDFInfo):
    """An information dictionary with exactly the given entries and a fixed date."""

    def __init__(self, entries: Mapping[str, str], date: dt.date | dt.datetime) -> None:
        super().__init__()
        self.entries = dict(entries)
        if not isinstance(date, dt.datetime):
            date = dt.datetime.combine(date, dt.time(0), dt.UTC)
        self.moment = date

    def format(self, document: Any) -> bytes:
        """The dictionary as PDF bytes (called by ReportLab when it writes the file)."""
        from agreement_studio.pdf.archive import pdf_date

        stamp = pdf_date(self.moment)
        values: dict[str, object] = {key: PDFString(value) for key, value in self.entries.items()}
        values["CreationDate"] = values["ModDate"] = PDFString(stamp)
        values["Trapped"] = PDFName("False")
        return PDFDictionary(values).format(document)


def content_hash(composed: Any, agreement: Any) -> bytes:
    """A SHA-256 over everything the PDF is made from."""
    labels = {str(k): str(v) for k, v in dict(composed.labels or {}).items()}
    material = json.dumps(
        {
            "title": composed.title,
            "markdown": composed.markdown,
            "language": str(composed.language),
            "labels": labels,
            "template": [str(composed.template.id), str(composed.template.version)],
            "agreement": agreement.model_dump(mode="json"),
            "software": [__version__, REPORTLAB_VERSION],
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).digest()


def file_identifier(document_id: str, digest: bytes) -> bytes:
    """The trailer's ``/ID`` value: the same 16 bytes twice, from the document ID and content."""
    part = hashlib.sha256(document_id.encode("ascii", "replace") + digest).hexdigest()[:32]
    return f"[<{part}><{part}>]".encode("ascii")
