"""Empty signature fields, written with ReportLab's own PDF objects in the same render.

ReportLab has no signature-field API, but a signature field is small: a dictionary that is both
the field (``/FT /Sig``, ``/T`` name) and its widget annotation (``/Subtype /Widget``, ``/Rect``,
``/P`` page, ``/F 4`` print), listed in the page's ``/Annots`` and in the catalog's
``/AcroForm /Fields``. Unsigned fields need no ``/SigFlags``, no ``/DA`` and no font resources,
so no standard font is brought in. Writing them in the one ReportLab pass keeps the output
deterministic and avoids a second (incremental) save.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

_PRINT = 4  # annotation flag: print the widget with the page


class SignatureFields:
    """The signature fields of one document, collected while its pages are drawn."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._refs: list[PDFObjectReference] = []

    def add(self, canvas: Canvas, name: str, rect: tuple[float, float, float, float]) -> str:
        """Put an empty field ``name`` on the canvas's current page at ``rect`` (absolute
        x0, y0, x1, y1); returns the name used, made unique if it was taken."""
        unique = _unique(name, self.names)
        page_number = canvas.getPageNumber()
        widget = PDFDictionary(
            {
                "Type": PDFName("Annot"),
                "Subtype": PDFName("Widget"),
                "FT": PDFName("Sig"),
                "T": PDFString(unique),
                "Rect": PDFArray([round(v, 2) for v in rect]),
                "F": _PRINT,
                # ReportLab names page objects "Page<n>"; the reference is resolved when the file is
                # written, after every page exists.
                "P": PDFObjectReference(f"Page{page_number}"),
            }
        )
        annotation_name = f"signature-field-{len(self.names) + 1}"
        canvas._addAnnotation(widget, annotation_name)  # adds it to this page's /Annots
        self._refs.append(canvas._doc.refAnnotation(annotation_name))
        self.names.append(unique)
        return unique

    def install(self, canvas: Canvas) -> None:
        """Write the ``/AcroForm`` with every field into the document's catalog."""
        if self._refs:
            canvas._doc.Catalog.AcroForm = PDFDictionary({"Fields": PDFArray(self._refs)})


def _unique(name: str, taken: list[str]) -> str:
    # Two signatories of one party with the same name would otherwise share a field name, and
    # a PDF form cannot hold two fields with one fully qualified name.
    if name not in taken:
        return name
    counter = 2
    while f"{name}-{counter}" in taken:
        counter += 1
    return f"{name}-{counter}"
