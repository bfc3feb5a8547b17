"""The revisions of a PDF, and the checks that every reader would see the same ones.

A PDF grows by incremental updates: each *revision* ends with ``startxref N %%EOF`` and its
cross-reference section points back to the previous one with ``/Prev``. A signature covers the
bytes of one revision. Readers find objects through the cross-reference data, but a damaged file
is "repaired" by scanning for ``n g obj`` — so a file whose cross-reference data and raw objects
disagree can show one thing in one reader and another elsewhere. :class:`PdfDocument` reads the
chain strictly, scans every object independently, and lists each disagreement as an
:class:`Anomaly` in the revision where it lies.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.decrypt import Decryptor
from agreement_studio.verification.limits import (
    MAX_FILE_BYTES,
    MAX_OBJECTS,
    MAX_REVISIONS,
    Budget,
    StructureError,
    TooComplex,
)
from agreement_studio.verification.syntax import Indirect, Parser, PdfSyntaxError, Ref, Stream
from agreement_studio.verification.xref import Entry, ObjectStream, XrefSection, read_section

_ = translatable(__name__)

__all__ = ["Anomaly", "PdfDocument", "Revision", "StructureError", "signed_revision"]

MAX_SECTIONS = 1000
MAX_ANOMALIES = 40
MAX_RESYNCS = 200

_WS_RE = re.compile(rb"[\x00\t\n\x0c\r ]*")
_MARKER_RE = re.compile(rb"startxref[\x00\t\n\x0c\r ]+([0-9]{1,20})[\x00\t\n\x0c\r ]*%%EOF")
_EOL_RE = re.compile(rb"\r\n|\n|\r")
_RESYNC_RE = re.compile(
    rb"[\r\n](?=[0-9]{1,10}[\x00\t\n\x0c\r ]+[0-9]{1,5}[\x00\t\n\x0c\r ]+obj"
    rb"|xref|trailer|startxref)"
)
_HEADER_RE = re.compile(rb"%PDF-[0-9]\.[0-9][^\r\n]*(?:\r\n|\r|\n)?")
_NOT_SPACE_RE = re.compile(rb"[^\x00\t\n\x0c\r ]")
_SPACE = b"\x00\t\n\x0c\r "
_TAIL_CHUNK = 1 << 16


def _whitespace_end(data: bytes, pos: int) -> int:
    """The offset after any whitespace at ``pos`` (``pos`` itself when there is none)."""
    match = _WS_RE.match(data, pos)
    assert match is not None  # the pattern matches the empty string too
    return match.end()


@dataclass(frozen=True)
class Anomaly:
    """Something readers may disagree on, in revision ``revision`` (1-based).

    ``readers_differ`` marks an anomaly where readers are known to show different content
    (a repairing reader's reconstruction, a key with two values): wherever it lies, no
    signature in the file can be judged by what one reader shows.
    """

    revision: int
    text: str
    readers_differ: bool = False


@dataclass
class Revision:
    """One revision: the bytes ``[0, end)``, its own part ``[start, end)``, its xref view."""

    number: int
    start: int
    eof: int
    end: int
    head: int
    marker: int
    sections: list[XrefSection]
    entries: dict[int, Entry]
    trailer: dict[str, Any]


# The longest tail after the last %%EOF no reader is known to rebuild the file for.
REBUILD_TAIL = 1024


class PdfDocument:
    """A PDF read strictly: its revisions, object definitions and structural anomalies."""

    def __init__(self, data: bytes) -> None:
        if len(data) > MAX_FILE_BYTES:
            raise TooComplex(_("the file is larger than {size} MiB", size=MAX_FILE_BYTES >> 20))
        header = _HEADER_RE.match(data)
        if header is None:
            raise StructureError(_("not a PDF file (it does not start with %PDF-)"))
        self.data = data
        self.budget = Budget()
        self.parser = Parser(data, self.budget)
        self.content_end = _content_end(data)
        self.anomalies: list[Anomaly] = []
        self.defs: dict[int, Indirect] = {}
        self.introduced: dict[int, int] = {}
        self.linearized = False
        self._numbers: dict[int, int] | None = None
        self._resyncs = 0
        self.closed: dict[object, bool] = {}  # physical objects known to hold no references
        self._object_streams: dict[object, ObjectStream | PdfSyntaxError] = {}
        self._trailer_conflicts: list[tuple[int, str]] = []
        self._conflicts: dict[int, list[str]] = {}  # object offset -> keys given two values
        self._inert_trailers: dict[int, int] = {}  # offset -> end (see _inert_trailer)
        try:
            chain = self._read_chain(self._final_head())
            self.revisions = self._group(chain)
        except PdfSyntaxError as error:
            raise StructureError(
                _("the cross-reference data cannot be read: {error}", error=error)
            ) from None
        if len(self.revisions[-1].entries) > MAX_OBJECTS:  # refused before parsing them all
            raise TooComplex(_("more than {count:,} objects", count=MAX_OBJECTS))
        self._ends = [revision.end for revision in self.revisions]
        for offset, text in self._trailer_conflicts:
            self.note(
                self.revision_at(offset),
                _("its trailer: {text}; readers may show either", text=text),
                True,
            )
        self._check_trailers()
        self._scan(header.end())
        self._check_entries()
        self._check_repaired()

    # -- reading the chain of cross-reference sections -------------------------------------

    def _final_head(self) -> int:
        data = self.data
        index = data.rfind(b"startxref")
        if index < 0:
            raise StructureError(_("no startxref: the file is truncated or not a PDF"))
        marker = _MARKER_RE.match(data, index)
        if marker is None:
            raise StructureError(_("the file does not end with startxref and %%EOF"))
        return int(marker.group(1))

    def _read_chain(self, head: int) -> list[XrefSection]:
        """The sections from the newest back along ``/Prev``, newest first."""
        sections: list[XrefSection] = []
        seen: set[int] = set()
        offset: int | None = head
        while offset is not None:
            if offset in seen:
                raise StructureError(_("the /Prev chain of cross-reference sections loops"))
            if len(sections) >= MAX_SECTIONS:
                raise TooComplex(
                    _("more than {count} cross-reference sections", count=MAX_SECTIONS)
                )
            seen.add(offset)
            start = _whitespace_end(self.data, offset) if offset < len(self.data) else offset
            section = read_section(self.parser, start)
            section.declared = offset
            # a trailer that gives a key two values (two /Root...) is read differently by readers
            self._trailer_conflicts += [(start, text) for text in self.parser.conflicts]
            self.parser.conflicts.clear()
            sections.append(section)
            offset = section.prev
        return sections

    def _group(self, chain: list[XrefSection]) -> list[Revision]:
        groups: list[list[XrefSection]] = [[chain[0]]]
        for newer, older in itertools.pairwise(chain):
            if older.start > newer.start:
                # Only a linearized file's first revision points forward, to its main section.
                if older is not chain[-1]:
                    raise StructureError(_("the /Prev chain points forward"))
                self.linearized = True
                groups[-1].append(older)
            else:
                groups.append([older])
        groups.reverse()
        if len(groups) > MAX_REVISIONS:
            raise TooComplex(_("more than {count} revisions", count=MAX_REVISIONS))
        revisions: list[Revision] = []
        entries: dict[int, Entry] = {}
        start = 0
        for number, group in enumerate(groups, 1):
            revision = self._revision(number, start, group, entries)
            revisions.append(revision)
            entries = revision.entries
            start = revision.end
        return revisions

    def _revision(
        self, number: int, start: int, group: list[XrefSection], previous: dict[int, Entry]
    ) -> Revision:
        head = group[0]
        assert head.declared is not None  # set on every section read along the /Prev chain
        last_end = max(section.end for section in group)
        # Comment lines may stand before startxref (iText writes one in every revision).
        after = self.parser.skip(last_end)
        after = self.parser.skip(self._inert_trailer(after, group))
        marker = _MARKER_RE.match(self.data, after)
        if marker is None:
            marker = _MARKER_RE.search(self.data, last_end)
            if marker is None:
                raise StructureError(
                    _("revision {number} has no startxref and %%EOF", number=number)
                )
            self.note(number, _("the revision does not end right after its cross-reference data"))
        if int(marker.group(1)) != head.declared:
            self.note(number, _("its startxref does not point to its cross-reference section"))
        eof = marker.end()
        eol = _EOL_RE.match(self.data, eof)
        end = eol.end() if eol else eof
        entries = dict(previous)
        self.budget.spend_table(len(entries))
        for section in reversed(group):
            # A hybrid file's /XRefStm may be an older stream, repeated by later updates.
            if not start <= section.start < eof or (
                section.hybrid and not section.hybrid.start < eof
            ):
                self.note(number, _("a cross-reference section lies outside the revision"))
            self._apply(
                number,
                section,
                entries,
                fresh=bool(section.hybrid and section.hybrid.start >= start),
            )
        return Revision(
            number,
            start,
            eof,
            end,
            head.declared,
            marker.start(),
            list(reversed(group)),
            entries,
            head.trailer,
        )

    def _inert_trailer(self, pos: int, group: list[XrefSection]) -> int:
        """Where the revision goes on after a ``trailer`` dictionary that follows
        cross-reference streams and says nothing they do not (``pos`` when there is none).

        Adobe's linearizer writes ``trailer << /Size /ID >>`` after a main cross-reference
        stream. Readers take the trailer of a stream section from the stream's dictionary
        (ISO 32000-2 §7.5.8.2) and a repairing reader ignores a trailer without /Root, so one
        holding only /Size and the stream's own /ID changes no reading.
        """
        if not self.data.startswith(b"trailer", pos) or any(s.kind != "stream" for s in group):
            return pos
        known = len(self.parser.conflicts)
        try:
            value, end = self.parser.parse(pos + 7)
        except PdfSyntaxError:
            return pos
        if len(self.parser.conflicts) > known:  # a key given twice: not inert
            del self.parser.conflicts[known:]
            return pos
        if not isinstance(value, dict) or not set(value) <= {"Size", "ID"}:
            return pos
        if "ID" in value and value["ID"] != group[0].trailer.get("ID"):
            return pos
        self._inert_trailers[pos] = end
        return end

    def _apply(
        self, number: int, section: XrefSection, entries: dict[int, Entry], fresh: bool
    ) -> None:
        """Merge one section into ``entries``: table entries in use win over /XRefStm ones."""
        hybrid = section.hybrid.entries if section.hybrid else {}
        for num, entry in hybrid.items():
            table = section.entries.get(num)
            if table is not None and table.kind == "n":
                # Readers differ on which wins when an update's own stream contradicts its table.
                if fresh and table != entry:
                    self.note(
                        number,
                        _(
                            "the cross-reference table and stream disagree about object {num}",
                            num=num,
                        ),
                    )
                continue
            entries[num] = entry
            self.introduced[num] = number
        for num, entry in section.entries.items():
            if entry.kind == "f" and num in hybrid:
                continue
            entries[num] = entry
            self.introduced[num] = number

    def _check_trailers(self) -> None:
        self.decryptor = self._decryptor()
        for revision in self.revisions:
            if not isinstance(revision.trailer.get("Root"), Ref):
                if revision is self.revisions[-1]:
                    raise StructureError(_("the trailer has no /Root"))
                self.note(revision.number, _("its trailer has no /Root"))

    def _decryptor(self) -> Decryptor | None:
        """How to decrypt the file's objects, if it is encrypted (every revision alike)."""
        kinds = {
            repr(section.trailer.get("Encrypt"))
            for revision in self.revisions
            for section in revision.sections
            if section.kind == "table" or "Encrypt" in section.trailer
        }
        final = self.revisions[-1].trailer.get("Encrypt")
        if final is None and kinds <= {"None"}:
            return None
        if len(kinds) != 1:
            raise StructureError(_("the revisions of the file are encrypted differently"))
        encrypt, number = final, None
        if isinstance(final, Ref):
            entry = self.revisions[-1].entries.get(final.num)
            if entry is None or entry.kind != "n":
                raise StructureError(_("the encryption dictionary cannot be found"))
            try:
                encrypt = self.parser.indirect(_whitespace_end(self.data, entry.a)).value
            except PdfSyntaxError as error:
                raise StructureError(
                    _("the encryption dictionary cannot be read: {error}", error=error)
                ) from None
            number = final.num
        ids = self.revisions[-1].trailer.get("ID")
        first_id = ids[0] if isinstance(ids, list) and ids and isinstance(ids[0], bytes) else b""
        if not isinstance(encrypt, dict):
            raise StructureError(_("the encryption dictionary is not a dictionary"))
        return Decryptor(encrypt, first_id, number)

    def reveal(self, obj: Indirect) -> Indirect:
        """``obj`` as a reader sees it: decrypted, in an encrypted file."""
        return obj if self.decryptor is None else self.decryptor.indirect(obj)

    # -- the independent scan ----------------------------------------------------------------

    def note(self, revision: int, text: str, readers_differ: bool = False) -> None:
        """Record an anomaly (duplicates and floods are dropped)."""
        anomaly = Anomaly(revision, text, readers_differ)
        if len(self.anomalies) < MAX_ANOMALIES and anomaly not in self.anomalies:
            self.anomalies.append(anomaly)

    def revision_at(self, offset: int) -> int:
        """The number of the revision whose own bytes contain ``offset``."""
        return bisect.bisect_right(self._ends, offset) + 1

    def _scan(self, pos: int) -> None:
        """Walk the file object by object, as a reconstructing reader would."""
        data, parser = self.data, self.parser
        tables = {}
        for revision in self.revisions:
            for section in revision.sections:
                if section.kind == "table":
                    tables[section.start] = section.end
        ends = {revision.marker: revision.eof for revision in self.revisions}
        limit = self.revisions[-1].end
        while True:
            pos = parser.skip(pos)
            if pos >= limit:
                break
            pos = self._scan_item(pos, tables, ends)
        if _NOT_SPACE_RE.search(data, limit, self.content_end):
            self.note(
                len(self.revisions) + 1,
                _(
                    "{count} bytes of unrecognised data follow the last %%EOF",
                    count=len(data) - limit,
                ),
            )

    def _scan_item(self, pos: int, tables: dict[int, int], ends: dict[int, int]) -> int:
        data, parser = self.data, self.parser
        number = self.revision_at(pos)
        if data[pos] in b"0123456789" and parser.header_at(pos) is not None:
            self.budget.spend_object()
            try:
                obj = parser.indirect(pos, self._scan_length)
            except PdfSyntaxError as error:
                self.note(
                    number, _("a damaged object at byte {pos} ({error})", pos=pos, error=error)
                )
                return self._resync(pos)
            obj = self.reveal(obj)
            if parser.conflicts:
                self._conflicts[pos] = list(parser.conflicts)
                parser.conflicts.clear()
            self.defs[pos] = obj
            return obj.end
        if data.startswith(b"xref", pos):
            if pos in tables:
                return tables[pos]
            self.note(number, _("an extra cross-reference table that the chain does not use"))
        elif data.startswith(b"trailer", pos):
            if pos in self._inert_trailers:
                return self._inert_trailers[pos]
            self.note(number, _("an extra trailer"))
        elif data.startswith(b"startxref", pos):
            if pos in ends:
                return ends[pos]
            marker = _MARKER_RE.match(data, pos)
            if marker is not None and self.linearized and number == 1:
                return marker.end()
            self.note(number, _("an extra startxref/%%EOF inside the revision"))
        else:
            self.note(number, _("unrecognised data at byte {pos}", pos=pos))
        return self._resync(pos)

    def _resync(self, pos: int) -> int:
        self._resyncs += 1
        if self._resyncs > MAX_RESYNCS:
            raise StructureError(_("the file is too damaged to read"))
        match = _RESYNC_RE.search(self.data, pos + 1)
        return match.end() if match else len(self.data)

    def _scan_length(self, ref: Ref) -> int | None:
        entry = self.revisions[-1].entries.get(ref.num)
        if entry is None or entry.kind != "n" or entry.b != ref.gen:
            return None
        start = _whitespace_end(self.data, entry.a)
        try:
            obj = self.parser.indirect(start)
        except PdfSyntaxError:
            return None
        return obj.value if isinstance(obj.value, int) else None

    def def_at(self, offset: int) -> Indirect | None:
        """The object definition the scan found at ``offset`` (whitespace before it allowed)."""
        found = self.defs.get(offset)
        if found is None and 0 <= offset < len(self.data):
            found = self.defs.get(_whitespace_end(self.data, offset))
        return found

    def defined_before(self, num: int, end: int) -> bool:
        """Whether object ``num`` is defined at the top level somewhere before offset ``end``."""
        if self._numbers is None:
            self._numbers = {}
            for obj in self.defs.values():
                first = self._numbers.get(obj.num)
                self._numbers[obj.num] = obj.start if first is None else min(first, obj.start)
        first = self._numbers.get(num)
        return first is not None and first < end

    def object_stream(self, key: object, stream: Stream) -> ObjectStream:
        """The parsed object stream ``stream`` (cached by its physical ``key``)."""
        found = self._object_streams.get(key)
        if found is None:
            try:
                found = ObjectStream(stream, self.budget)
            except PdfSyntaxError as error:
                found = error
            self._object_streams[key] = found
        if isinstance(found, PdfSyntaxError):
            raise found
        return found

    # -- comparing the two views ---------------------------------------------------------------

    def _check_entries(self) -> None:
        referenced: set[int] = set()
        previous: dict[int, Entry] = {}
        for revision in self.revisions:
            for section in revision.sections:
                referenced.add(section.start)
                self._check_section(revision, section, previous, referenced, True)
                if section.hybrid is not None:
                    referenced.add(section.hybrid.start)
                    self._check_section(revision, section.hybrid, previous, referenced, False)
            previous = revision.entries
        self._check_defs()

    def _check_section(
        self,
        revision: Revision,
        section: XrefSection,
        previous: dict[int, Entry],
        referenced: set[int],
        own: bool,
    ) -> None:
        for num, entry in section.entries.items():
            if entry.kind != "n":
                continue
            found = self.def_at(entry.a)
            if entry.a >= revision.eof or found is None or found.num != num or found.gen != entry.b:
                self.note(
                    revision.number,
                    _(
                        "the cross-reference entry of object {num} does not point to object {num}",
                        num=num,
                    ),
                )
                continue
            referenced.add(found.start)
            if own and found.start < revision.start and previous.get(num) != entry:
                self.note(
                    revision.number,
                    _("object {num} is pointed back to an older definition", num=num),
                )

    def _check_defs(self) -> None:
        """Objects the chain does not use but a later revision of the file holds."""
        final = self.revisions[-1].entries
        for start, obj in self.defs.items():
            entry = final.get(obj.num)
            number = self.revision_at(start)
            if entry is not None and entry.kind == "c" and number > self.introduced.get(obj.num, 0):
                self.note(
                    number, _("object {num} is defined again after being compressed", num=obj.num)
                )

    def _rebuild_possible(self) -> bool:
        """Whether some reader would rebuild this file from its object headers.

        Readers rebuild when they cannot use the cross-reference data: ``startxref`` not among
        the last bytes they search (pdf.js and MuPDF look at the last 1,024; poppler a little
        more, so a long tail of whitespace or NUL bytes switches it on), or data the chain
        does not explain (every anomaly the strict reading noted). A well-formed file is read
        through its chain by all of them, so object text inside one of its streams — an
        uncompressed PDF attachment — is no second reading.
        """
        if len(self.data) - self.revisions[-1].end > REBUILD_TAIL:
            return True
        return any(not anomaly.readers_differ for anomaly in self.anomalies)

    def _stream_data_test(self) -> Callable[[int], bool]:
        """A test of whether an offset lies inside the data of a stream the strict scan read."""
        spans = sorted(
            (obj.value.start, obj.value.end)
            for obj in self.defs.values()
            if isinstance(obj.value, Stream)
        )
        starts = [start for start, _ in spans]

        def inside(offset: int) -> bool:
            index = bisect.bisect_right(starts, offset) - 1
            return index >= 0 and spans[index][0] <= offset < spans[index][1]

        return inside

    def _check_repaired(self) -> None:
        """Read the file as a repairing reader does; where it shows something else, say so."""
        from agreement_studio.verification.repair import repaired_differences
        from agreement_studio.verification.view import View

        final = View(self, self.revisions[-1])
        shown: set[Ref] = set()
        rebuilt = self._rebuild_possible()
        in_stream = self._stream_data_test()
        for difference in repaired_differences(self, final, shown):
            if not rebuilt and in_stream(difference.offset):
                continue  # object text in a stream's data (an attachment), and nothing drives
                # a reader to rebuild the file; hidden in a string or comment it always counts
            self.note(
                self.revision_at(difference.offset),
                _(
                    "object {num} as a reader that rebuilds the file finds it (at byte {offset}) "
                    "differs from the object its cross-reference data gives; readers may show "
                    "different content",
                    num=difference.num,
                    offset=difference.offset,
                ),
                readers_differ=True,
            )
        # a key given two values matters where a reader shows the object
        for start, texts in self._conflicts.items():
            obj = self.defs[start]
            if Ref(obj.num, obj.gen) in shown:
                for text in texts:
                    self.note(
                        self.revision_at(start),
                        _(
                            "in object {num}, {text}; readers may show either",
                            num=obj.num,
                            text=text,
                        ),
                        readers_differ=True,
                    )


def _content_end(data: bytes) -> int:
    """The offset after the last byte that is not whitespace, without copying the file."""
    end = len(data)
    while end > 0:
        start = max(0, end - _TAIL_CHUNK)
        chunk = data[start:end].rstrip(_SPACE)
        if chunk:
            return start + len(chunk)
        end = start
    return 0


def signed_revision(source: bytes | str | os.PathLike[str], index: int) -> bytes:
    """The exact revision signature ``index`` (0 = first in signing order) covers, as a PDF.

    These are the bytes up to the end of its signed ``/ByteRange``; raises
    :class:`~agreement_studio.errors.PdfInputError` when the file cannot be read, has no such
    signature, or the signature does not cover a whole revision.
    """
    from agreement_studio.errors import PdfInputError
    from agreement_studio.verification.fields import find_signatures, locate_coverage

    data = source if isinstance(source, bytes) else _read(source)
    try:
        document = PdfDocument(data)
    except StructureError as error:
        raise PdfInputError(_("cannot read the PDF: {error}", error=error)) from None
    signatures = find_signatures(document)
    if not 0 <= index < len(signatures):
        raise PdfInputError(
            _(
                "the file has {count} signature(s); there is no signature number {number}",
                count=len(signatures),
                number=index + 1,
            )
        )
    coverage = locate_coverage(document, signatures[index])
    if coverage.problem is not None:
        raise PdfInputError(
            _(
                "signature {number} does not cover a whole revision: {problem}",
                number=index + 1,
                problem=coverage.problem,
            )
        )
    return data[: coverage.covered_end]


def _read(path: str | os.PathLike[str]) -> bytes:
    from agreement_studio.errors import PdfInputError

    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise PdfInputError(
            _("cannot read {path}: {why}", path=path, why=error.strerror or str(error))
        ) from None
