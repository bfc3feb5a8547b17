"""An attached PDF as annex pages: read, checked, and drawn into the agreement's own PDF.

An annex may be a PDF of its own (a budget, a map, a signed letter). It is appended to the
agreement, so the parties' signatures cover it. The file is read with the project's one PDF
reader (``agreement_studio.verification``) and checked before anything of it is used: it must
be an unencrypted, undamaged PDF whose pages print the same everywhere and keep the agreement
PDF/A-2 (fonts embedded, no CMYK colour without a profile, no LZW, PostScript or transfer
functions), with no scripts or actions, and no form fields or comments (their appearance would
be lost). Anything else is a :class:`~agreement_studio.errors.PdfInputError` that says what.

Each page becomes a form XObject copied object by object (its resources keep their encoded
streams), drawn scaled into the text frame of one of our pages, so the running header and
footer (title, document ID, page number) stay on every page. The drawing is an artifact in
the structure tree; the annex's title page says so (the attached file's own structure, if it
had one, is not carried over).
"""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFObject, PDFObjectReference, xObjectName
from reportlab.platypus import Flowable

from agreement_studio.errors import PdfInputError
from agreement_studio.i18n import Text, translatable
from agreement_studio.verification.document import PdfDocument, StructureError
from agreement_studio.verification.limits import TooComplex
from agreement_studio.verification.pages import MAX_PAGES as _READER_PAGES
from agreement_studio.verification.pages import read_page_tree
from agreement_studio.verification.syntax import Name, PdfSyntaxError, Ref, Stream
from agreement_studio.verification.view import View
from agreement_studio.verification.xref import decode_stream

_ = translatable(__name__)

MAX_ATTACHED_PAGES = 200
MAX_COPIED_OBJECTS = 20_000
MAX_CONTENT_BYTES = 32 * 1024 * 1024

# Keys never copied: links back into the attached file's own page tree, structure and
# optional content (which would need its catalog), and what PDF/A forbids or ignores.
_DROPPED_KEYS = frozenset(
    {"Parent", "StructParent", "StructParents", "OC", "PieceInfo", "Metadata", "AA"}
)
_FORBIDDEN_FILTERS = frozenset({"LZWDecode", "LZW", "Crypt"})
_EMBEDDED_FONT_KEYS = ("FontFile", "FontFile2", "FontFile3")
# Literal and hex strings, then a CMYK colour operator as a token of its own.
_STRINGS_RE = re.compile(rb"\((?:\\.|[^\\()])*\)|<[0-9A-Fa-f\s]*>", re.DOTALL)
_CMYK_OPERATOR_RE = re.compile(rb"(?<![^\s\]>)])[kK](?=[\s/\[<(]|\Z)")
_NAME_SAFE = frozenset(range(0x21, 0x7F)) - frozenset(b"()<>[]{}/%#")


@dataclass(frozen=True)
class AttachedPage:
    """One page of an attached PDF: what is drawn and where."""

    resources: Any
    """The page's ``/Resources`` (references into :attr:`AttachedPdf.view`)."""
    content: bytes
    """The page's content streams, decoded and joined."""
    box: tuple[float, float, float, float]
    """The visible area (``/CropBox`` within ``/MediaBox``)."""
    rotate: int
    """``/Rotate``: 0, 90, 180 or 270."""


@dataclass(frozen=True)
class AttachedPdf:
    """A checked attached PDF."""

    view: View
    pages: list[AttachedPage]


def read_attachment(data: bytes, name: str | None = None) -> AttachedPdf:
    """Read and check an attached PDF; :class:`PdfInputError` says what is wrong with it (in
    the reader's language: the messages are the core's sentences)."""
    label: str = name or _("the attached PDF")
    if not data:
        raise _refused(label, _("no file is attached"))
    try:
        document = PdfDocument(data)
    except TooComplex as error:
        raise _refused(label, _("the PDF is {problem}", problem=error)) from None
    except (StructureError, PdfSyntaxError, ValueError, RecursionError) as error:
        raise _refused(label, _("not a readable PDF ({problem})", problem=error)) from None
    last = document.revisions[-1]
    if "Encrypt" in last.trailer:
        raise _refused(
            label,
            _(
                "the PDF is encrypted (protected with a password or permissions); "
                "attach a copy saved without protection"
            ),
        )
    if any(anomaly.readers_differ for anomaly in document.anomalies):
        raise _refused(
            label,
            _(
                "the PDF is damaged so that PDF readers show different content; "
                "attach a copy saved again from the program that made it"
            ),
        )
    view = View(document, last)
    try:
        return AttachedPdf(view, _Checker(view, label).pages())
    except (PdfSyntaxError, StructureError, RecursionError) as error:
        raise _refused(
            label, _("a part of the PDF cannot be read ({problem})", problem=error)
        ) from None


def _refused(name: str, why: Text) -> PdfInputError:
    """The refusal of the attachment ``name`` (an annex's number and title) for ``why``."""
    return PdfInputError(_("{name}: {reason}", name=name, reason=why))


class _Checker:
    """Walks what the pages use and refuses what the agreement cannot carry."""

    def __init__(self, view: View, name: str) -> None:
        self.view = view
        self.name = name
        self.seen: set[Ref] = set()

    def refuse(self, why: Text) -> PdfInputError:
        return _refused(self.name, why)

    def pages(self) -> list[AttachedPage]:
        catalog = self.view.catalog
        names = self.view.get(catalog, "Names")
        if (
            "OpenAction" in catalog
            or "AA" in catalog
            or (isinstance(names, dict) and "JavaScript" in names)
        ):
            raise self.refuse(
                _("the PDF runs scripts or actions when opened; it cannot be attached")
            )
        tree = read_page_tree(self.view)
        if not tree.pages:
            raise self.refuse(_("the PDF has no pages"))
        if len(tree.pages) > MAX_ATTACHED_PAGES or len(tree.pages) >= _READER_PAGES:
            raise self.refuse(_("the PDF has more than {count} pages", count=MAX_ATTACHED_PAGES))
        out = []
        for number, page in enumerate(tree.pages, start=1):
            out.append(self._page(number, page.attrs))
        return out

    def _page(self, number: int, attrs: dict[str, Any]) -> AttachedPage:
        annotations = self.view.resolve(attrs.get("Annots"))
        for annotation in annotations if isinstance(annotations, list) else []:
            subtype = self.view.get(self.view.resolve(annotation), "Subtype")
            if subtype not in ("Link", "Popup"):
                raise self.refuse(
                    _(
                        "page {number} has form fields or comments ({subtype}); print the file "
                        "to PDF (flattening them into the page) and attach that",
                        number=number,
                        subtype=subtype,
                    )
                )
        if "AA" in attrs:
            raise self.refuse(
                _("page {number} runs actions when opened; it cannot be attached", number=number)
            )
        resources = attrs.get("Resources")
        self._walk(resources)
        content = self._content(self.view.resolve(attrs.get("Contents")), number)
        box = _box(self.view, attrs)
        rotate = self.view.resolve(attrs.get("Rotate"))
        rotate = rotate % 360 if isinstance(rotate, int) and rotate % 90 == 0 else 0
        return AttachedPage(resources, content, box, rotate)

    def _content(self, contents: Any, number: int) -> bytes:
        parts = contents if isinstance(contents, list) else [contents]
        data = []
        for part in parts:
            stream = self.view.resolve(part)
            if stream is None:
                continue
            if not isinstance(stream, Stream):
                raise self.refuse(_("page {number}'s content is not a stream", number=number))
            data.append(self._decoded(stream, _("page {number}", number=number)))
        joined = b"\n".join(data)
        self._check_operators(joined, _("page {number}", number=number))
        return joined

    def _decoded(self, stream: Stream, where: Text) -> bytes:
        try:
            return _decode(self.view, stream)
        except (PdfSyntaxError, ValueError) as error:
            raise self.refuse(
                _("{where} cannot be read ({problem})", where=where, problem=error)
            ) from None

    def _check_operators(self, content: bytes, where: Text) -> None:
        if _CMYK_OPERATOR_RE.search(_STRINGS_RE.sub(b" ", content)):
            raise self.refuse(
                _(
                    "{where} uses CMYK colour, which an archival (PDF/A) agreement in RGB "
                    "cannot carry; save the file with RGB colour (or as PDF/A) and attach that",
                    where=where,
                )
            )

    def _walk(self, value: Any, depth: int = 0) -> None:
        """Check everything reachable from ``value`` (what will be copied)."""
        if depth > 200:
            raise self.refuse(_("the PDF's resources are nested too deeply"))
        if isinstance(value, Ref):
            if value in self.seen:
                return
            self.seen.add(value)
            if len(self.seen) > MAX_COPIED_OBJECTS:
                raise self.refuse(
                    _("the pages use more than {count:,} objects", count=MAX_COPIED_OBJECTS)
                )
            self._walk(self.view.resolve(value), depth + 1)
        elif isinstance(value, Stream):
            self._check_stream(value)
            self._walk_dict(value.dict, depth)
        elif isinstance(value, dict):
            self._check_dict(value)
            self._walk_dict(value, depth)
        elif isinstance(value, list):
            for item in value:
                self._walk(item, depth + 1)

    def _walk_dict(self, dictionary: dict[str, Any], depth: int) -> None:
        for key, item in dictionary.items():
            if key not in _DROPPED_KEYS:
                self._walk(item, depth + 1)

    def _check_dict(self, dictionary: dict[str, Any]) -> None:
        kind = dictionary.get("Type")
        subtype = self.view.resolve(dictionary.get("Subtype"))
        if kind == "Font" or (subtype in _FONT_SUBTYPES and "BaseFont" in dictionary):
            self._check_font(dictionary)
        transfer = self.view.resolve(dictionary.get("TR2"))
        if "TR" in dictionary or (kind == "ExtGState" and transfer not in (None, "Default")):
            raise self.refuse(_("the PDF uses transfer functions, which PDF/A forbids"))
        if dictionary.get("S") in ("JavaScript", "Launch") or "JS" in dictionary:
            raise self.refuse(_("the PDF contains scripts; it cannot be attached"))

    def _check_font(self, font: dict[str, Any]) -> None:
        subtype = self.view.resolve(font.get("Subtype"))
        if subtype == "Type3":
            return  # drawn by its own glyph procedures
        if subtype == "Type0":
            descendants = self.view.resolve(font.get("DescendantFonts"))
            if isinstance(descendants, list) and descendants:
                font = self.view.resolve(descendants[0])
                if not isinstance(font, dict):
                    raise self.refuse(_("a font of the PDF cannot be read"))
        descriptor = self.view.get(font, "FontDescriptor")
        if not isinstance(descriptor, dict) or not any(
            key in descriptor for key in _EMBEDDED_FONT_KEYS
        ):
            name = self.view.resolve(font.get("BaseFont")) or "?"
            raise self.refuse(
                _(
                    "the font {name} is not embedded in the PDF; save it with fonts embedded "
                    "(or as PDF/A) and attach that",
                    name=name,
                )
            )

    def _check_stream(self, stream: Stream) -> None:
        dictionary = stream.dict
        if "F" in dictionary or "FFilter" in dictionary:
            raise self.refuse(_("the PDF refers to content in other files"))
        filters = self.view.resolve(dictionary.get("Filter"))
        names = filters if isinstance(filters, list) else [filters]
        if any(self.view.resolve(f) in _FORBIDDEN_FILTERS for f in names):
            raise self.refuse(_("the PDF uses LZW compression, which PDF/A forbids"))
        subtype = self.view.resolve(dictionary.get("Subtype"))
        if subtype == "PS" or self.view.resolve(dictionary.get("Subtype2")) == "PS":
            raise self.refuse(_("the PDF contains PostScript, which PDF/A forbids"))
        if subtype == "Image" and self.view.resolve(dictionary.get("ColorSpace")) in (
            "DeviceCMYK",
            "CMYK",
        ):
            raise self.refuse(
                _(
                    "an image of the PDF is in CMYK colour, which an archival (PDF/A) agreement "
                    "in RGB cannot carry; save the file with RGB colour (or as PDF/A) and "
                    "attach that"
                )
            )
        if subtype == "Form":
            self._check_operators(self._decoded(stream, _("a drawing in the PDF")), _("the PDF"))


def _decode(view: View, stream: Stream) -> bytes:
    """A content stream's data: the reader's inflate, and the two ASCII filters around it."""
    filters = view.resolve(stream.dict.get("Filter"))
    params = view.resolve(stream.dict.get("DecodeParms"))
    if not isinstance(filters, list):
        filters, params = ([] if filters is None else [filters]), [params]
    if not isinstance(params, list):
        params = [params] * len(filters)
    data = stream.raw
    for index, name in enumerate(view.resolve(f) for f in filters):
        if name in ("ASCII85Decode", "A85"):
            text = data.strip()
            text = text[2:] if text.startswith(b"<~") else text
            data = base64.a85decode(text.split(b"~>")[0], ignorechars=b" \t\n\r\x0c\x00")
        elif name in ("ASCIIHexDecode", "AHx"):
            data = _unhex(data)
        elif name in ("FlateDecode", "Fl"):
            parms = params[index] if index < len(params) else None
            step: dict[str, Any] = {"Filter": Name("FlateDecode")}
            if isinstance(parms, dict):
                step["DecodeParms"] = parms
            data = decode_stream(Stream(step, data, 0, len(data)), MAX_CONTENT_BYTES)
        else:
            raise PdfSyntaxError(f"it is compressed with /{name}, which is not supported here")
        if len(data) > MAX_CONTENT_BYTES:
            raise PdfSyntaxError("it expands beyond the size limit")
    return data


def _unhex(data: bytes) -> bytes:
    digits = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">")[0])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


_FONT_SUBTYPES = frozenset({"Type1", "MMType1", "TrueType", "Type0", "Type3", "CIDFontType0"})


def _box(view: View, attrs: dict[str, Any]) -> tuple[float, float, float, float]:
    def rectangle(key: str) -> tuple[float, float, float, float] | None:
        value = view.resolve(attrs.get(key))
        if isinstance(value, list) and len(value) == 4:
            numbers = [view.resolve(v) for v in value]
            if all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
                x0, y0, x1, y1 = (float(n) for n in numbers)
                return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
        return None

    media = rectangle("MediaBox") or (0.0, 0.0, 595.0, 842.0)
    crop = rectangle("CropBox") or media
    box = (
        max(media[0], crop[0]),
        max(media[1], crop[1]),
        min(media[2], crop[2]),
        min(media[3], crop[3]),
    )
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:
        return media
    return box


# -- copying into the ReportLab document ------------------------------------------------------


class _Copier:
    """Copies objects of one attached PDF into the document being written, each once."""

    def __init__(self, attached: AttachedPdf, prefix: str) -> None:
        self.attached = attached
        self.prefix = prefix
        self.names: dict[Ref, str] = {}

    def reference(self, document: Any, ref: Ref) -> bytes:
        name = self.names.get(ref)
        if name is None:
            name = self.names[ref] = f"{self.prefix}-{ref.num}-{ref.gen}"
            value = self.attached.view.resolve(ref)
            document.Reference(_Copied(self, value), name)
        formatted: bytes = PDFObjectReference(name).format(document)
        return formatted

    def value(self, document: Any, value: Any) -> bytes:
        if value is None:
            return b"null"
        if value is True:
            return b"true"
        if value is False:
            return b"false"
        if isinstance(value, Ref):
            if not self.attached.view.exists(value):
                return b"null"
            return self.reference(document, value)
        if isinstance(value, Name):
            return _name(value)
        if isinstance(value, int):
            return str(value).encode("ascii")
        if isinstance(value, float):
            return (f"{value:.6f}".rstrip("0").rstrip(".") or "0").encode("ascii")
        if isinstance(value, bytes):
            return b"<" + value.hex().encode("ascii") + b">"
        if isinstance(value, list):
            return b"[" + b" ".join(self.value(document, item) for item in value) + b"]"
        if isinstance(value, dict):
            return self.dictionary(document, value)
        if isinstance(value, Stream):  # only ever indirect; see _Copied
            return b"null"
        return b"null"

    def dictionary(self, document: Any, value: dict[str, Any], skip: tuple[str, ...] = ()) -> bytes:
        parts = [
            _name(key) + b" " + self.value(document, item)
            for key, item in value.items()
            if key not in _DROPPED_KEYS and key not in skip
        ]
        return b"<<" + b"\n".join(parts) + b">>"


class _Copied(PDFObject):
    """One object of the attached PDF, written when the document is written."""

    def __init__(self, copier: _Copier, value: Any) -> None:
        self.copier = copier
        self.value = value

    def format(self, document: Any) -> bytes:
        value = self.value
        if not isinstance(value, Stream):
            return self.copier.value(document, value)
        data = value.raw
        head = self.copier.dictionary(document, value.dict, skip=("Length",))
        return _stream(head, data)


class _PageForm(PDFObject):
    """A page of the attached PDF as a form XObject."""

    def __init__(self, copier: _Copier, page: AttachedPage) -> None:
        self.copier = copier
        self.page = page

    def format(self, document: Any) -> bytes:
        x0, y0, x1, y1 = self.page.box
        resources = self.copier.value(document, self.page.resources)
        if resources == b"null":
            resources = b"<<>>"
        head = (
            b"<</Type /XObject /Subtype /Form /FormType 1 /Filter /FlateDecode\n"
            + f"/BBox [{x0:g} {y0:g} {x1:g} {y1:g}]\n".encode("ascii")
            + b"/Resources "
            + resources
            + b">>"
        )
        return _stream(head, zlib.compress(self.page.content, 6))


def _stream(head: bytes, data: bytes) -> bytes:
    """A stream object's bytes (``head`` is its dictionary without ``/Length``), with the EOL
    PDF/A wants before ``endstream``."""
    assert head.endswith(b">>")
    head = head[:-2] + f"\n/Length {len(data)}>>".encode("ascii")
    return head + b"\nstream\n" + data + b"\nendstream\n"


def _name(name: str) -> bytes:
    raw = name.encode("utf-8")
    return b"/" + b"".join(bytes([c]) if c in _NAME_SAFE else f"#{c:02X}".encode() for c in raw)


class AttachedPageFlowable(Flowable):
    """A whole frame showing one page of an attached PDF, scaled to fit, centred at the top."""

    def __init__(self, copier: _Copier, index: int) -> None:
        super().__init__()
        self.copier = copier
        self.index = index
        self.page = copier.attached.pages[index]
        self.tag = None  # drawn as an artifact (see the module docstring)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self) -> None:
        canvas = self.canv
        x0, y0, x1, y1 = self.page.box
        width, height = x1 - x0, y1 - y0
        turned = self.page.rotate in (90, 270)
        shown_w, shown_h = (height, width) if turned else (width, height)
        scale = min(self.width / shown_w, self.height / shown_h, 1.0)
        left = (self.width - shown_w * scale) / 2
        bottom = self.height - shown_h * scale
        # Page rotation is clockwise; the matrix maps the box onto (0, 0, shown_w, shown_h).
        a, b, c, d, e, f = {
            0: (1, 0, 0, 1, -x0, -y0),
            90: (0, -1, 1, 0, -y0, x1),
            180: (-1, 0, 0, -1, x1, y1),
            270: (0, 1, -1, 0, y1, -x0),
        }[self.page.rotate]
        name = f"{self.copier.prefix}-page-{self.index + 1}"
        document = canvas._doc  # type: ignore[attr-defined]  # ReportLab's own, not in stubs
        if not document.hasForm(name):
            document.Reference(_PageForm(self.copier, self.page), xObjectName(name))
        canvas.saveState()
        canvas.translate(left, bottom)
        canvas.scale(scale, scale)
        canvas.transform(a, b, c, d, e, f)
        canvas.doForm(name)
        canvas.restoreState()


def attached_page_flowables(attached: AttachedPdf, prefix: str) -> list[Flowable]:
    """One flowable per page of ``attached``; ``prefix`` keeps its objects' names apart."""
    copier = _Copier(attached, prefix)
    return [AttachedPageFlowable(copier, index) for index in range(len(attached.pages))]
