"""Empty signature fields, written with ReportLab's own PDF objects in the same render.

ReportLab has no signature-field API, but a signature field is small: a dictionary that is both
the field (``/FT /Sig``, ``/T`` name) and its widget annotation (``/Subtype /Widget``, ``/Rect``,
``/P`` page, ``/F 4`` print), listed in the page's ``/Annots`` and in the catalog's
``/AcroForm /Fields``. Unsigned fields need no ``/SigFlags``, no ``/DA`` and no font resources,
so no standard font is brought in. Writing them in the one ReportLab pass keeps the output
deterministic and avoids a second (incremental) save.

Each field carries a FieldMDP lock (ISO 32000-2 §12.7.5.5, ``/Lock``): once it is signed, every
field of the document except the other signatories' signature fields is locked (``/Action
/Exclude``). That covers the field itself and any text-bearing field, and leaves later
signatories free to sign into their own fields. A signing application copies the lock into the
signature (a FieldMDP transform), so any reader can check it.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObjectReference,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

from agreement_studio.pdf.archive import PlainStream

_PRINT = 4  # annotation flag: print the widget with the page


class SignatureFields:
    """The signature fields of one document, collected while its pages are drawn."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._refs: list[PDFObjectReference] = []
        self._widgets: list[PDFDictionary] = []

    def add(
        self,
        canvas: Canvas,
        name: str,
        rect: tuple[float, float, float, float],
        element: object = None,
    ) -> str:
        """Put an empty field ``name`` on the canvas's current page at ``rect`` (absolute
        x0, y0, x1, y1); returns the name used, made unique if it was taken. ``element`` is
        the field's ``Form`` structure element, when the document is tagged."""
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
        document = _document(canvas)
        # Reference is untyped in ReportLab's stubs.
        appearance = document.Reference(  # type: ignore[no-untyped-call]  # see above
            empty_appearance(rect), f"{annotation_name}-appearance"
        )
        widget.dict["AP"] = PDFDictionary({"N": appearance})
        tagger = getattr(canvas, "tagger", None)
        if tagger is not None and element is not None:
            key = tagger.annotation(element, annotation_name, page_number)
            widget.dict["StructParent"] = key
            widget.dict["TU"] = PDFString(getattr(element, "alt", "") or unique)
        # Adds it to this page's /Annots (private to ReportLab; not in its stubs).
        canvas._addAnnotation(widget, annotation_name)  # type: ignore[attr-defined]  # see above
        self._refs.append(document.refAnnotation(annotation_name))
        self._widgets.append(widget)
        self.names.append(unique)
        return unique

    def install(self, canvas: Canvas) -> None:
        """Lock each field against all but the others, and write the ``/AcroForm`` with every
        field into the document's catalog (the widgets are written after this, with the page)."""
        for name, widget in zip(self.names, self._widgets, strict=True):
            widget.dict["Lock"] = field_lock([other for other in self.names if other != name])
        if self._refs:
            catalog = _document(canvas).Catalog  # type: ignore[attr-defined]  # not in the stubs
            catalog.AcroForm = PDFDictionary({"Fields": PDFArray(self._refs)})


def _document(canvas: Canvas) -> PDFDocument:
    """The document ``canvas`` writes (ReportLab keeps it in a private attribute)."""
    document: PDFDocument = canvas._doc  # type: ignore[attr-defined]  # not in ReportLab's stubs
    return document


def empty_appearance(rect: tuple[float, float, float, float]) -> PlainStream:
    """An empty form XObject the size of ``rect``: the look of an unsigned field.

    PDF/A asks every widget for a normal appearance (/AP /N); the signature line and the
    caption are drawn on the page itself, so the field's own appearance is empty until a
    signature brings its own.
    """
    width, height = round(rect[2] - rect[0], 2), round(rect[3] - rect[1], 2)
    return PlainStream(
        dictionary=PDFDictionary(
            {
                "Type": PDFName("XObject"),
                "Subtype": PDFName("Form"),
                "BBox": PDFArray([0, 0, width, height]),
                "Resources": PDFDictionary({}),
            }
        ),
        content=b"",
    )


def field_lock(free_fields: list[str]) -> PDFDictionary:
    """A signature field lock: every field except ``free_fields`` is locked once signed."""
    return PDFDictionary(
        {
            "Type": PDFName("SigFieldLock"),
            "Action": PDFName("Exclude"),
            "Fields": PDFArray([PDFString(name) for name in free_fields]),
        }
    )


def _unique(name: str, taken: list[str]) -> str:
    # Two signatories of one party with the same name would otherwise share a field name, and
    # a PDF form cannot hold two fields with one fully qualified name.
    if name not in taken:
        return name
    counter = 2
    while f"{name}-{counter}" in taken:
        counter += 1
    return f"{name}-{counter}"
