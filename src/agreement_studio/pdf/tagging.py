"""The tagged structure (PDF/UA essentials), built once in the layout layer.

ReportLab does not tag. Every flowable the layout makes says what it is (``flowable.tag``, a
:class:`Tag`: ``H1``, ``H2``, ``P``, ``LI`` in an ``L``, ``Table``...), and the frame
(:class:`TaggingFrame`) wraps each flowable's drawing in a marked-content sequence
(``/P <</MCID n>> BDC … EMC``) of the page. The :class:`Tagger` collects the structure
elements in reading order with their marked content, and writes the structure tree, the
parent tree and ``/MarkInfo`` when the document is saved. What only decorates (running
header and footer, table rules and fills, box borders) is marked as ``/Artifact``.

A flowable split over two pages keeps its :class:`Tag` object, so both halves are one element.
Tables tag cell by cell through ReportLab's table render callback (``TR``/``TH``/``TD``; a
header row repeated after a page break is an artifact). Signature widgets are ``Form``
elements with alternate text, linked through ``/StructParent``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFString,
)
from reportlab.platypus import Frame


@dataclass(eq=False)
class Tag:
    """What a flowable is in the structure; the same object for all parts of a split one."""

    kind: str
    """The standard structure type (H1, H2, P, LI, Table, Div, ...)."""
    parent: Tag | None = None
    """The element it belongs to (an ``L`` for an ``LI``), or None for the document."""
    alt: str = ""
    """Alternate text (figures and form fields)."""
    container: bool = False
    """True if the flowable tags its own parts (tables, signature boxes): no marked content
    around the whole of it."""
    lang: str = ""
    """The element's language (``/Lang``) when it is not the document's (an annex in English
    in a Finnish agreement); empty to inherit."""


@dataclass(eq=False)
class Element:
    """One structure element being built."""

    kind: str
    parent: Element | None
    alt: str = ""
    lang: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    kids: list[Element | tuple[int, int] | tuple[str, str, int]] = field(default_factory=list)
    """Child elements, marked content (page, MCID), or an annotation ("obj", name, page)."""
    keyed: dict[object, Element] = field(default_factory=dict)
    """Children made by :meth:`Tagger.child`, by key."""


class Tagger:
    """The document's structure elements and the marked content of its pages."""

    def __init__(self, language: str = "") -> None:
        self.language = language
        self.root = Element("Document", None)
        self._elements: dict[int, Element] = {}
        self._mcids: dict[int, list[Element]] = {}  # page -> element of each MCID
        self._annotations: list[Element] = []
        self._tags: list[Tag] = []  # keeps each id(tag) unique while the document is built

    # -- elements ----------------------------------------------------------------------------

    def element(self, tag: Tag | None) -> Element:
        """The element of ``tag`` (made, and put after its siblings, the first time)."""
        if tag is None:
            return self.root
        found = self._elements.get(id(tag))
        if found is None:
            parent = self.element(tag.parent)
            found = Element(tag.kind, parent, tag.alt, tag.lang)
            parent.kids.append(found)
            self._elements[id(tag)] = found
            self._tags.append(tag)
        return found

    def child(self, parent: Element, kind: str, key: object) -> Element:
        """A child of ``parent`` identified by ``key`` (a row, a cell), made once."""
        found = parent.keyed.get(key)
        if found is None:
            found = Element(kind, parent)
            parent.kids.append(found)
            parent.keyed[key] = found
        return found

    # -- marked content ----------------------------------------------------------------------

    def begin(self, canvas: Any, element: Element) -> None:
        """Start a marked-content sequence of ``element`` on the current page."""
        page = canvas.getPageNumber()
        ids = self._mcids.setdefault(page, [])
        mcid = len(ids)
        ids.append(element)
        element.kids.append((page, mcid))
        canvas._code.append(f"/{element.kind} <</MCID {mcid}>> BDC")

    @staticmethod
    def end(canvas: Any) -> None:
        """End the marked-content sequence (or artifact) begun last."""
        canvas._code.append("EMC")

    @staticmethod
    def begin_artifact(canvas: Any, kind: str = "Layout") -> None:
        """Start an artifact: decoration, not content."""
        canvas._code.append(f"/Artifact <</Type /{kind}>> BDC")

    @contextlib.contextmanager
    def marked(self, canvas: Any, element: Element) -> Iterator[None]:
        """Everything drawn inside is marked content of ``element`` on the current page."""
        self.begin(canvas, element)
        try:
            yield
        finally:
            self.end(canvas)

    @contextlib.contextmanager
    def artifact(self, canvas: Any, kind: str = "Layout") -> Iterator[None]:
        """Everything drawn inside is decoration, not content."""
        self.begin_artifact(canvas, kind)
        try:
            yield
        finally:
            self.end(canvas)

    def annotation(self, element: Element, name: str, page: int) -> int:
        """Link the annotation ``name`` (ReportLab's name for it) to ``element``; returns the
        annotation's ``/StructParent`` key."""
        element.kids.append(("obj", name, page))
        self._annotations.append(element)
        # Pages take the parent-tree keys 0 .. MAX_PAGES-1; annotations come after them.
        return MAX_PAGES + len(self._annotations) - 1

    # -- writing -----------------------------------------------------------------------------

    def install(self, canvas: Any) -> None:
        """Write the structure tree, parent tree and /MarkInfo into ``canvas``'s document."""
        document = canvas._doc
        refs: dict[int, PDFObjectReference] = {}

        def ref(element: Element) -> PDFObjectReference:
            key = id(element)
            if key not in refs:
                refs[key] = PDFObjectReference(f"struct-{len(refs)}")
            return refs[key]

        root_ref = PDFObjectReference("struct-tree-root")
        order = list(_walk(self.root))
        for element in order:
            ref(element)
        for element in order:
            # Written as bytes by _Raw (ReportLab's generic dictionaries are slow to format and
            # a document has hundreds of elements); references are named and resolved on write.
            kids: list[list[bytes | str]] = []
            # Marked content all on one page: plain MCIDs under the element's /Pg (smaller and
            # quicker to write than a reference dictionary per MCID).
            pages = {kid[0] for kid in element.kids if isinstance(kid, tuple) and len(kid) == 2}
            own_page = next(iter(pages)) if len(pages) == 1 else None
            lone_object = False
            for kid in element.kids:
                if isinstance(kid, Element):
                    kids.append([ref(kid).name])
                elif kid[0] == "obj":
                    _, name, page = kid
                    annotation = document.refAnnotation(name).name
                    kids.append(
                        [b"<</Type /OBJR /Obj ", annotation, b" /Pg ", f"Page{page}", b">>"]
                    )
                    lone_object = len(element.kids) == 1
                elif kid[0] == own_page:
                    kids.append([b"%d" % kid[1]])
                else:
                    page, mcid = kid  # type: ignore[misc]  # a (page, MCID) pair: triples are "obj"
                    kids.append([b"<</Type /MCR /Pg ", f"Page{page}", b" /MCID %d>>" % mcid])
            parent = ref(element.parent).name if element.parent is not None else root_ref.name
            parts: list[bytes | str | PDFString] = [
                b"<</Type /StructElem /S /" + element.kind.encode("ascii") + b" /P ",
                parent,
                b" /K ",
            ]
            # A lone object reference stands as the /K itself: signature widgets are found by
            # validators (pyHanko's diff analysis) at StructTreeRoot ... /K /Obj.
            if lone_object:
                parts += kids[0]
            else:
                parts.append(b"[")
                for index, kid_parts in enumerate(kids):
                    if index:
                        parts.append(b" ")
                    parts += kid_parts
                parts.append(b"]")
            if own_page is not None:
                parts += [b" /Pg ", f"Page{own_page}"]
            if element.alt:
                parts += [b" /Alt ", PDFString(element.alt)]
            lang = self.language if element is self.root else element.lang
            if lang:
                parts += [b" /Lang ", PDFString(lang)]
            scope = element.attributes.get("Scope")
            if scope:
                parts.append(b" /A <</O /Table /Scope /" + scope.encode("ascii") + b">>")
            parts.append(b">>")
            document.Reference(_Raw(parts), refs[id(element)].name)
        nums: list[object] = []
        for page in sorted(self._mcids):
            nums += [page - 1, PDFArray([ref(e) for e in self._mcids[page]])]
        for index, element in enumerate(self._annotations):
            nums += [MAX_PAGES + index, ref(element)]
        tree_root = PDFDictionary(
            {
                "Type": PDFName("StructTreeRoot"),
                "K": PDFArray([ref(self.root)]),
                "ParentTree": PDFDictionary({"Nums": PDFArray(nums)}),
                "ParentTreeNextKey": MAX_PAGES + len(self._annotations),
            }
        )
        document.Reference(tree_root, root_ref.name)
        catalog = document.Catalog
        catalog.StructTreeRoot = root_ref
        catalog.MarkInfo = PDFDictionary({"Marked": b"true"})  # bytes are written as they are

    def page_entries(self, page: PDFPage, number: int) -> None:
        """Give the page its ``/StructParents`` key and the tab order of its structure."""
        # ReportLab writes any attribute set on a PDFPage; its stubs list only its own.
        page.StructParents = number - 1  # type: ignore[attr-defined]  # see above
        page.Tabs = PDFName("S")  # type: ignore[attr-defined]  # see above
        extra = [k for k in ("StructParents", "Tabs") if k not in page.__NoDefault__]
        if extra:
            page.__NoDefault__ = [*page.__NoDefault__, *extra]


class _Raw(PDFObject):
    """An object written from bytes, named references (``str``) and objects that format
    themselves (strings), joined without separators."""

    def __init__(self, parts: list[bytes | str | PDFString]) -> None:
        self.parts = parts

    def format(self, document: Any) -> bytes:
        """The object's bytes (called by ReportLab when it writes the file)."""
        numbers = document.idToObjectNumberAndVersion
        out = []
        for part in self.parts:
            if isinstance(part, bytes):
                out.append(part)
            elif isinstance(part, str):
                number, generation = numbers[part]
                out.append(b"%d %d R" % (number, generation))
            else:
                out.append(part.format(document))
        return b"".join(out)


MAX_PAGES = 100_000
"""Parent-tree keys below this are pages (key = page index); annotations take the keys after."""


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for kid in element.kids:
        if isinstance(kid, Element):
            yield from _walk(kid)


class TaggingFrame(Frame):
    """A frame that wraps each flowable it draws in the marked content of its tag."""

    def add(self, flowable: Any, canv: Any, trySplit: int = 0) -> Literal[0, 1]:
        """As ``Frame.add``; drawing the flowable marks its content (see module docstring)."""
        tagger: Tagger | None = getattr(canv, "tagger", None)
        if tagger is None:
            return super().add(flowable, canv, trySplit)
        original = flowable.drawOn

        def draw_on(canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            tag: Tag | None = getattr(flowable, "tag", None)
            if tag is None:
                with tagger.artifact(canvas):
                    original(canvas, x, y, _sW=_sW)
            elif tag.container:
                tagger.element(tag)  # its parts mark themselves, in order
                original(canvas, x, y, _sW=_sW)
            else:
                with tagger.marked(canvas, tagger.element(tag)):
                    original(canvas, x, y, _sW=_sW)

        flowable.drawOn = draw_on
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            del flowable.drawOn


def tagged(flowable: Any, tag: Tag | None) -> Any:
    """``flowable`` with its place in the structure; returns it, for use in lists."""
    flowable.tag = tag
    return flowable
