"""Cross-reference sections, stream decoding and object streams, read strictly and bounded."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeGuard

from agreement_studio.i18n import translatable
from agreement_studio.verification.limits import Budget
from agreement_studio.verification.syntax import Name, Parser, PdfSyntaxError, Stream

_ = translatable(__name__)

MAX_DECODED = 64 * 1024 * 1024
MAX_PREDICTED = 8 * 1024 * 1024  # predictors are for cross-reference streams, which are small
MAX_MEMBERS = 100_000
MAX_OBJECT_NUMBER = 2**31 - 1

_TABLE_SUBSECTION_RE = re.compile(rb"([0-9]{1,10})[ \t]+([0-9]{1,10})[ \t]*(?:\r\n|\r|\n)?")
_TABLE_ENTRY_RE = re.compile(
    rb"[\x00\t\n\x0c\r ]*([0-9]{1,10})[ \t]+([0-9]{1,5})[ \t]+([nf])(?![^\x00\t\n\x0c\r ])"
)


# The keyword must stand alone: "xref0 3" is no table to poppler, which then rebuilds the file.
_XREF_KEYWORD_RE = re.compile(rb"xref[\x00\t\n\x0c\r ]")


class Entry(NamedTuple):
    """One cross-reference entry: ``n`` (offset, gen), ``c`` (object stream, index), ``f``."""

    kind: str
    a: int
    b: int


@dataclass
class XrefSection:
    """One cross-reference section (table or stream) as it is written in the file."""

    kind: str
    start: int
    end: int
    trailer: dict[str, Any]
    entries: dict[int, Entry]
    stream_num: int | None = None
    hybrid: XrefSection | None = None
    problems: list[str] = field(default_factory=list)
    declared: int | None = None
    """Where ``startxref`` or ``/Prev`` said the section is (whitespace may come first)."""

    @property
    def prev(self) -> int | None:
        """The ``/Prev`` offset of the trailer, if any."""
        value = self.trailer.get("Prev")
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise PdfSyntaxError(_("trailer /Prev is not an offset"))
        return value


def read_section(parser: Parser, offset: int) -> XrefSection:
    """The cross-reference section at ``offset``: a table with its trailer, or a stream."""
    data = parser.data
    if not 0 <= offset < len(data):
        raise PdfSyntaxError(_("startxref points outside the file"), offset)
    if _XREF_KEYWORD_RE.match(data, offset):
        section = _read_table(parser, offset)
        xref_stm = section.trailer.get("XRefStm")
        if xref_stm is not None:
            if not isinstance(xref_stm, int) or isinstance(xref_stm, bool):
                raise PdfSyntaxError(_("/XRefStm is not an offset"), offset)
            section.hybrid = _read_stream_section(parser, xref_stm)
        return section
    return _read_stream_section(parser, offset)


def _read_table(parser: Parser, offset: int) -> XrefSection:
    data = parser.data
    pos = offset + 4
    entries: dict[int, Entry] = {}
    while True:
        pos = parser.skip(pos)
        if data.startswith(b"trailer", pos):
            break
        match = _TABLE_SUBSECTION_RE.match(data, pos)
        if match is None:
            raise PdfSyntaxError(_("bad cross-reference table"), pos)
        first, count = int(match.group(1)), int(match.group(2))
        if count * 18 > len(data) - pos or first + count > MAX_OBJECT_NUMBER:
            raise PdfSyntaxError(_("cross-reference subsection larger than the file"), pos)
        parser.budget.spend_entries(count)
        pos = match.end()
        for num in range(first, first + count):
            entry = _TABLE_ENTRY_RE.match(data, pos)
            if entry is None:
                raise PdfSyntaxError(_("bad cross-reference entry"), pos)
            pos = entry.end()
            if num in entries:
                raise PdfSyntaxError(
                    _("object {num} is listed twice in one cross-reference table", num=num), pos
                )
            a, b = int(entry.group(1)), int(entry.group(2))
            entries[num] = Entry("n", a, b) if entry.group(3) == b"n" else Entry("f", a, b)
    trailer, end = parser.parse(pos + 7)
    if not isinstance(trailer, dict):
        raise PdfSyntaxError(_("trailer is not a dictionary"), pos)
    entries.pop(0, None)
    _check_size(trailer, offset)
    return XrefSection("table", offset, end, trailer, entries)


def _check_size(trailer: dict[str, Any], offset: int) -> None:
    """/Size must be a number; a /Size too small for the entries listed is tolerated.

    ISO 32000-2 §7.5.5 asks for one more than the highest object number, but
    producers get it wrong (iText 7.0.1 one short; hybrid files whose /XRefStm
    says /Size 1). Readers do not drop the entries beyond it: poppler's
    ``XRef::readXRefTable`` and MuPDF grow their table, qpdf and pdf.js read
    them too, so every reader sees the same objects we do and nothing is
    hidden by it.
    """
    size = trailer.get("Size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PdfSyntaxError(_("trailer /Size is missing or not a number"), offset)


def _read_stream_section(parser: Parser, offset: int) -> XrefSection:
    obj = parser.indirect(offset)
    stream = obj.value
    if not isinstance(stream, Stream) or stream.dict.get("Type") != "XRef":
        raise PdfSyntaxError(_("startxref does not point to a cross-reference section"), offset)
    if obj.length_ref is not None:
        raise PdfSyntaxError(_("cross-reference stream with an indirect /Length"), offset)
    info = stream.dict
    widths = info.get("W")
    if (
        not isinstance(widths, list)
        or len(widths) != 3
        or not all(_small_int(w, 0, 8) for w in widths)
        or sum(widths) == 0
    ):
        raise PdfSyntaxError(_("cross-reference stream with a bad /W"), offset)
    size = info.get("Size")
    if not _small_int(size, 0, MAX_OBJECT_NUMBER):
        raise PdfSyntaxError(_("cross-reference stream with a bad /Size"), offset)
    index = info.get("Index", [0, size])
    if (
        not isinstance(index, list)
        or len(index) % 2
        or not all(_small_int(i, 0, MAX_OBJECT_NUMBER) for i in index)
    ):
        raise PdfSyntaxError(_("cross-reference stream with a bad /Index"), offset)
    parser.budget.spend_entries(sum(index[1::2]))
    raw = decode_stream(stream, budget=parser.budget)
    entries = _stream_entries(raw, widths, index, offset)
    entries.pop(0, None)
    _check_size(info, offset)
    return XrefSection("stream", offset, obj.end, info, entries, stream_num=obj.num)


def _stream_entries(
    raw: bytes, widths: list[int], index: list[int], offset: int
) -> dict[int, Entry]:
    w0, w1, w2 = widths
    step = w0 + w1 + w2
    total = sum(index[1::2])
    if total * step > len(raw):
        raise PdfSyntaxError(_("cross-reference stream shorter than its /Index says"), offset)
    entries: dict[int, Entry] = {}
    pos = 0
    for first, count in zip(index[0::2], index[1::2], strict=True):
        for num in range(first, first + count):
            kind = int.from_bytes(raw[pos : pos + w0], "big") if w0 else 1
            a = int.from_bytes(raw[pos + w0 : pos + w0 + w1], "big")
            b = int.from_bytes(raw[pos + w0 + w1 : pos + step], "big")
            pos += step
            if num in entries:
                raise PdfSyntaxError(
                    _("object {num} is listed twice in one cross-reference stream", num=num), offset
                )
            if kind == 0:
                entries[num] = Entry("f", a, b)
            elif kind == 1:
                entries[num] = Entry("n", a, b)
            elif kind == 2:
                entries[num] = Entry("c", a, b)
    return entries


def _small_int(value: object, low: int, high: int) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def decode_stream(stream: Stream, limit: int = MAX_DECODED, budget: Budget | None = None) -> bytes:
    """The decoded data of a stream; only the filters structure streams use are supported.

    With a ``budget`` the decoded bytes are spent from it (and limited by what it has left).
    """
    binding = budget is not None and budget.decode_limit < limit
    if budget is not None:
        limit = min(limit, budget.decode_limit)
    filters = stream.dict.get("Filter")
    params = stream.dict.get("DecodeParms")
    if isinstance(filters, Name):
        filters, params = [filters], [params]
    elif filters is None:
        filters, params = [], []
    elif not isinstance(filters, list):
        raise PdfSyntaxError(_("bad /Filter"))
    if not isinstance(params, list):
        params = [params] * len(filters)
    data = stream.raw
    for name, parms in zip(filters, params + [None] * (len(filters) - len(params)), strict=False):
        if name not in ("FlateDecode", "Fl"):
            raise PdfSyntaxError(_("unsupported filter /{name} in a structure stream", name=name))
        try:
            data = _inflate(data, limit)
        except _TooLarge:
            if binding and budget is not None:
                budget.spend_decoded(limit + 1)
            raise PdfSyntaxError(_("compressed stream expands beyond the size limit")) from None
        if isinstance(parms, dict):
            data = _unpredict(data, parms)
    if budget is not None:
        budget.spend_decoded(len(data))
    return data


def _inflate(data: bytes, limit: int) -> bytes:
    decompressor = zlib.decompressobj()
    try:
        out = decompressor.decompress(data, limit)
    except zlib.error as error:
        raise PdfSyntaxError(_("damaged compressed stream ({error})", error=error)) from None
    if decompressor.unconsumed_tail:
        raise _TooLarge
    return out


class _TooLarge(Exception):
    """A compressed stream expands beyond the limit given."""


def _unpredict(data: bytes, parms: dict[str, Any]) -> bytes:
    predictor = parms.get("Predictor", 1)
    if predictor in (1, None):
        return data
    if len(data) > MAX_PREDICTED:
        raise PdfSyntaxError(_("predicted stream too large"))
    colors = parms.get("Colors", 1)
    bpc = parms.get("BitsPerComponent", 8)
    columns = parms.get("Columns", 1)
    if not (
        _small_int(colors, 1, 32) and bpc in (1, 2, 4, 8, 16) and _small_int(columns, 1, 1 << 20)
    ):
        raise PdfSyntaxError(_("bad predictor parameters"))
    bpp = max(1, colors * bpc // 8)
    rowlen = (colors * bpc * columns + 7) // 8
    if predictor == 2:
        if bpc != 8:
            raise PdfSyntaxError(_("unsupported TIFF predictor"))
        out = bytearray(data)
        for start in range(0, len(out), rowlen):
            for j in range(start + bpp, min(start + rowlen, len(out))):
                out[j] = (out[j] + out[j - bpp]) & 0xFF
        return bytes(out)
    if not 10 <= predictor <= 15:
        raise PdfSyntaxError(_("unsupported predictor"))
    return _png_unpredict(data, rowlen, bpp)


def _png_unpredict(data: bytes, rowlen: int, bpp: int) -> bytes:
    out = bytearray()
    prev = bytearray(rowlen)
    for start in range(0, len(data), rowlen + 1):
        kind = data[start]
        row = bytearray(data[start + 1 : start + 1 + rowlen])
        row.extend(bytes(rowlen - len(row)))
        if kind == 1:
            for j in range(bpp, rowlen):
                row[j] = (row[j] + row[j - bpp]) & 0xFF
        elif kind == 2:
            row = bytearray((x + y) & 0xFF for x, y in zip(row, prev, strict=True))
        elif kind == 3:
            for j in range(rowlen):
                left = row[j - bpp] if j >= bpp else 0
                row[j] = (row[j] + ((left + prev[j]) >> 1)) & 0xFF
        elif kind == 4:
            for j in range(rowlen):
                left = row[j - bpp] if j >= bpp else 0
                upper_left = prev[j - bpp] if j >= bpp else 0
                row[j] = (row[j] + _paeth(left, prev[j], upper_left)) & 0xFF
        elif kind != 0:
            raise PdfSyntaxError(_("bad PNG predictor row"))
        out += row
        prev = row
    return bytes(out)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


class ObjectStream:
    """The objects packed in one object stream (``/Type /ObjStm``)."""

    def __init__(self, stream: Stream, budget: Budget | None = None) -> None:
        info = stream.dict
        count, first = info.get("N"), info.get("First")
        if (
            info.get("Type") != "ObjStm"
            or not _small_int(count, 0, MAX_MEMBERS)
            or not _small_int(first, 0, MAX_DECODED)
        ):
            raise PdfSyntaxError(_("not a valid object stream"))
        self.data = decode_stream(stream, budget=budget)
        self.parser = Parser(self.data, budget)
        self.first = first
        self.members: list[tuple[int, int]] = []
        pos = 0
        for _entry in range(count):
            num, pos = self.parser.parse(pos)
            off, pos = self.parser.parse(pos)
            if not (_small_int(num, 0, MAX_OBJECT_NUMBER) and _small_int(off, 0, MAX_DECODED)):
                raise PdfSyntaxError(_("bad object stream header"))
            self.members.append((num, off))
        if len({num for num, _offset in self.members}) != len(self.members):
            raise PdfSyntaxError(_("an object stream lists an object twice"))
        self._values: dict[int, object] = {}

    def get(self, index: int, num: int) -> object:
        """The value of member ``index``, which must be object ``num``."""
        if not 0 <= index < len(self.members) or self.members[index][0] != num:
            raise PdfSyntaxError(
                _("object {num} is not where the cross-reference data says", num=num)
            )
        if index not in self._values:
            value, _end = self.parser.parse(self.first + self.members[index][1])
            if self.parser.conflicts:
                raise PdfSyntaxError(
                    _("in object {num}, {conflict}", num=num, conflict=self.parser.conflicts.pop())
                )
            self._values[index] = value
        return self._values[index]
