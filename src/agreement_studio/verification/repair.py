"""The file as a repairing reader sees it, compared with the strict reading.

When a reader cannot use a file's cross-reference data (a long tail of whitespace after
``%%EOF`` hides ``startxref`` from poppler, a malformed ``xref`` keyword, a bad offset) it
rebuilds the table by scanning the bytes for object headers: poppler's ``XRef::constructXRef``
and qpdf's ``reconstruct_xref`` look at the start of every line (and, in poppler, after an
``endobj`` on the same line) for ``num gen obj``, regardless of strings, comments and stream
data, and let a later header win over an earlier one. So object text hidden inside a string, a
comment or a stream — even inside signed bytes — becomes the object a repairing reader shows.

:func:`repaired_differences` rebuilds that table the same way and walks everything a reader
would show (from the catalog: pages, contents, resources, annotations, the form, and the
document information), comparing each object's parsed value with the strict reading. Only a
difference in value counts: an honest duplicate with the same content is no ambiguity.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agreement_studio.i18n import translatable
from agreement_studio.verification import limits
from agreement_studio.verification.limits import MAX_REACHABLE, TooComplex
from agreement_studio.verification.syntax import Parser, PdfSyntaxError, Ref, Stream, same_value

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.verification.document import PdfDocument
    from agreement_studio.verification.view import View

__all__ = ["Difference", "RepairedTable", "repaired_differences"]

_WS = rb"[\x00\t\n\x0c\r ]"
_OBJ_RE = re.compile(rb"obj")
# The header ending at an ``obj`` keyword; searched in a small window before it.
_HEADER_TAIL_RE = re.compile(
    rb"(?<![0-9])([0-9]{1,10})" + _WS + rb"+([0-9]{1,5})" + _WS + rb"+obj"
    rb"(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])\Z"
)
_HEADER_RE = re.compile(rb"[0-9]+" + _WS + rb"+[0-9]+" + _WS + rb"+obj")
_TRAILER_RE = re.compile(rb"trailer")
_WINDOW = 96
_PIECE = 255
_LONG_LINE = 1 << 16
_LINE_SPACE = b" \t\x0c\x00"
_UNREADABLE = object()
# The catalog entries that decide what a reader shows. Others (/Perms, /DSS, /Metadata, /Lang,
# /Extensions...) do not; an entry only the strict reading has is an older catalog's omission
# (an update glued to "%%EOF" is invisible to line scanners), not hidden content.
_SHOWN_CATALOG_KEYS = ("Pages", "Names", "Dests", "OCProperties", "OpenAction", "AA", "AcroForm")


@dataclass(frozen=True)
class Difference:
    """An object a repairing reader shows differently: where its repaired definition lies."""

    num: int
    offset: int


class RepairedTable:
    """The object table a reconstructing reader builds: ``num -> (gen, header offset)``."""

    def __init__(self, document: PdfDocument) -> None:
        self.document = document
        self.plain: dict[int, tuple[int, int]] = {}
        self.trailer: dict[str, Any] | None = None
        self.trailer_at = 0
        self._scan_headers()
        self._scan_trailers()

    def _scan_headers(self) -> None:
        data = self.document.data
        end = self.document.content_end
        known = self._known_headers()
        seen = 0
        for match in _OBJ_RE.finditer(data, 0, end):
            at = match.start()
            if data.endswith(b"end", 0, at):
                continue
            seen += 1
            if seen > 2 * limits.MAX_OBJECTS:  # read at call time: tests lower it
                raise TooComplex(_("too many object headers to rebuild the file as readers do"))
            found = known.get(at)
            if found is None:
                header = _HEADER_TAIL_RE.search(data, max(0, at - _WINDOW), at + 3)
                if header is None:
                    continue
                found = (int(header.group(1)), int(header.group(2)), header.start())
            num, gen, start = found
            if num <= 0 or not _at_line_start(data, start):
                continue
            old = self.plain.get(num)
            if old is None or gen >= old[0]:  # a later header wins unless its gen is lower
                self.plain[num] = (gen, start)

    def _known_headers(self) -> dict[int, tuple[int, int, int]]:
        """The objects the strict scan found, keyed by where their ``obj`` keyword lies."""
        data = self.document.data
        known = {}
        for start, obj in self.document.defs.items():
            header = _HEADER_RE.match(data, start)
            if header is not None:
                known[header.end() - 3] = (obj.num, obj.gen, start)
        return known

    def _scan_trailers(self) -> None:
        data = self.document.data
        parser = Parser(data, self.document.budget)
        for match in _TRAILER_RE.finditer(data, 0, self.document.content_end):
            if not _at_line_start(data, match.start()):
                continue
            try:
                value, _ = parser.parse(match.end())
            except PdfSyntaxError:
                continue
            if isinstance(value, dict) and isinstance(value.get("Root"), Ref):
                # poppler keeps the last trailer that names a catalog
                self.trailer, self.trailer_at = value, match.start()


def _at_line_start(data: bytes, pos: int) -> bool:
    """Whether a line-reading scanner starts a line (or piece of one) at ``pos``.

    poppler reads lines in pieces of at most 255 bytes and skips spaces at the start of each
    piece; it also reads on after an ``endobj`` within a piece. qpdf reads whole lines.
    """
    start = pos
    while start > 0 and data[start - 1] in _LINE_SPACE and pos - start < _LONG_LINE:
        start -= 1
    if start == 0 or data[start - 1] in b"\r\n" or data.endswith(b"endobj", 0, start):
        return True
    floor = max(0, start - _LONG_LINE)
    line = max(data.rfind(b"\n", floor, start), data.rfind(b"\r", floor, start)) + 1
    if line == 0 and floor > 0:
        return True  # a very long line: a piece may start anywhere in it
    # a piece starts at line + 255 k; the header is found if one starts in the spaces before it
    first_piece = line + -(-(start - line) // _PIECE) * _PIECE
    return first_piece <= pos


class _Repaired:
    """Values as the reconstructing reader resolves them."""

    def __init__(self, table: RepairedTable, strict: View) -> None:
        self.table = table
        self.strict = strict
        self.document = table.document
        self.parser = Parser(self.document.data, self.document.budget)

    def same_place(self, ref: Ref) -> bool:
        """Whether the repairing reader takes ``ref`` from where the strict one does.

        Only a header *later* than the strict definition counts: that is a hidden object
        overriding the real one. A scanner that misses the strict definition (an update glued
        to ``%%EOF``, an object stream, which poppler does not rebuild) falls back to an older
        version of the object; honest writers cause that, so it is not counted.
        """
        found = self.table.plain.get(ref.num)
        if found is None:
            return True
        entry = self.strict.revision.entries.get(ref.num)
        if entry is None or entry.kind == "f":
            return False
        if entry.kind == "c":
            entry = self.strict.revision.entries.get(entry.a)
            if entry is None or entry.kind != "n":
                return False
        used = self.document.def_at(entry.a)
        if used is None:
            return False
        return found[1] < used.start or (found[1] == used.start and found[0] == entry.b)

    def value(self, ref: Ref) -> Any:
        """What the repairing reader shows for ``ref`` (``_UNREADABLE`` if it cannot parse)."""
        gen, offset = self.table.plain[ref.num]
        if gen != ref.gen:
            return None
        found = self.document.defs.get(offset)
        try:
            if found is None:
                found = self.document.reveal(self.parser.indirect(offset, self._length))
                if self.parser.conflicts:
                    self.parser.conflicts.clear()
                    return _UNREADABLE
            elif found.length_ref is not None:
                found = self.document.reveal(self.parser.indirect(offset, self._length))
        except PdfSyntaxError:
            return _UNREADABLE
        return found.value

    def _length(self, ref: Ref) -> Any:
        found = self.table.plain.get(ref.num)
        if found is None:
            return self.strict.resolve(ref)
        try:
            value = self.parser.indirect(found[1]).value
        except PdfSyntaxError:
            return None
        return value if isinstance(value, int) else None


def repaired_differences(
    document: PdfDocument, strict: View, shown: set[Ref] | None = None
) -> Iterator[Difference]:
    """The objects a reconstructing reader shows differently from ``strict`` (the final view).

    ``shown``, when given, collects every reference the walk reached (what readers show).
    """
    table = RepairedTable(document)
    repaired = _Repaired(table, strict)
    roots: list[Any] = [strict.revision.trailer.get("Root"), strict.revision.trailer.get("Info")]
    if table.trailer is not None:
        roots += [table.trailer.get("Root"), table.trailer.get("Info")]
        root = table.trailer.get("Root")
        if root != roots[0] and isinstance(root, Ref):
            yield Difference(root.num, table.trailer_at)  # another catalog altogether
    queue: deque[Ref] = deque(ref for ref in roots if isinstance(ref, Ref))
    seen: set[Ref] = shown if shown is not None else set()
    seen.update(queue)
    while queue:
        if len(seen) > MAX_REACHABLE:
            raise TooComplex(
                _("more than {count:,} objects reachable from the catalog", count=MAX_REACHABLE)
            )
        ref = queue.popleft()
        shown = strict.resolve(ref)
        if not repaired.same_place(ref):
            value = repaired.value(ref)
            if value is _UNREADABLE or not _same_shown(value, shown):
                yield Difference(ref.num, table.plain[ref.num][1])
                if value is _UNREADABLE:
                    continue
            shown = value
        for child in _references(shown):
            if child not in seen:
                seen.add(child)
                queue.append(child)


def _same_shown(repaired: Any, strict: Any) -> bool:
    """Whether the repaired value shows the same as the strict one."""
    if (
        isinstance(repaired, dict)
        and isinstance(strict, dict)
        and repaired.get("Type") == strict.get("Type") == "Catalog"
    ):
        keys = [key for key in _SHOWN_CATALOG_KEYS if key in repaired]
        return all(key in strict and same_value(repaired[key], strict[key]) for key in keys)
    return same_value(repaired, strict)


def _references(value: Any) -> Iterator[Ref]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Ref):
            yield item
        elif isinstance(item, Stream):
            stack.append(item.dict)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
