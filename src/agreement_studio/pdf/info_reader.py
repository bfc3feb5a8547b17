"""Reading the agreement's metadata back from a PDF, as the newest revision states it.

A signed agreement is the prepared PDF plus one incremental update per signature, so the
document information that counts is the one the *last* trailer points at. This reader follows
the cross-reference chain from the final ``startxref`` backwards (tables, cross-reference streams,
hybrid files, object streams), resolves only what ``/Info`` needs, and gives up (``None``) on
anything it cannot read, within fixed bounds. It needs neither pyHanko nor pypdf.
"""

from __future__ import annotations

from agreement_studio.pdf.pdf_syntax import (
    Keyword,
    Name,
    Parser,
    PdfSyntaxError,
    Ref,
    decode_stream,
)

DOCUMENT_ID_KEY = "AgreementDocumentId"
TEMPLATE_KEY = "AgreementTemplate"
LANGUAGE_KEY = "AgreementLanguage"
_MAX_SECTIONS = 512
_MAX_OBJECT_STREAMS = 64
_TAIL = 4096
_Entry = tuple[int, int, int]  # (type, field 2, field 3) as in a cross-reference stream


def read_agreement_metadata(pdf: bytes) -> dict[str, str] | None:
    """The agreement metadata of the newest revision, or ``None`` if there is none or unreadable.

    Keys: ``document_id``, ``template_id``, ``template_version``, ``language``, ``title``,
    ``subject``, ``author``, ``creator``, ``keywords`` (absent entries are empty strings).
    """
    try:
        info = read_document_info(pdf)
    except (PdfSyntaxError, ValueError, IndexError, RecursionError):
        return None
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
    """Every text entry of the newest trailer's ``/Info`` dictionary, or ``None``."""
    if b"%PDF-" not in pdf[:1024]:
        raise PdfSyntaxError("not a PDF file")
    document = _Document(pdf)
    info_ref = document.trailer_value("Info")
    info = document.resolve(info_ref)
    if not isinstance(info, dict):
        return None
    result = {}
    for key, value in info.items():
        value = document.resolve(value)
        if isinstance(value, bytes):
            result[key] = decode_text(value)
        elif isinstance(value, Name):
            result[key] = str(value)
    return result


class _Document:
    """Cross-reference sections newest first, loaded only as far as a lookup needs."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.sections: list[tuple[dict[int, _Entry], dict[str, object]]] = []
        self._next: int | None = _last_startxref(data)
        self._seen: set[int] = set()
        self._object_streams: dict[int, tuple[bytes, dict[int, int]]] = {}

    def _load_next(self) -> bool:
        offset = self._next
        if offset is None or offset in self._seen or len(self.sections) >= _MAX_SECTIONS:
            return False
        self._seen.add(offset)
        entries, trailer = self._section(offset)
        hybrid = trailer.get("XRefStm")
        if isinstance(hybrid, int) and hybrid not in self._seen:
            # A hybrid file: the stream's entries fill in what the table leaves out.
            self._seen.add(hybrid)
            for number, entry in self._section(hybrid)[0].items():
                entries.setdefault(number, entry)
        self.sections.append((entries, trailer))
        previous = trailer.get("Prev")
        self._next = previous if isinstance(previous, int) else None
        return True

    def _sections(self):
        index = 0
        while index < len(self.sections) or self._load_next():
            yield self.sections[index]
            index += 1

    def trailer_value(self, key: str) -> object:
        """``key`` of the newest trailer that has it."""
        for _, trailer in self._sections():
            if key in trailer:
                return trailer[key]
        return None

    def entry(self, number: int) -> _Entry | None:
        """Where object ``number`` is, by the newest section that lists it."""
        for entries, _ in self._sections():
            if number in entries:
                return entries[number]
        return None

    def resolve(self, value: object, depth: int = 0) -> object:
        """``value``, or the object it refers to (references to references followed a bit)."""
        while isinstance(value, Ref) and depth < 8:
            value = self._load(value.number)
            depth += 1
        return value

    def _load(self, number: int) -> object:
        entry = self.entry(number)
        if entry is None or entry[0] == 0:
            return None
        if entry[0] == 1:
            parser = Parser(self.data, entry[1])
            self._object_header(parser, number)
            return parser.object()
        if entry[0] == 2:
            return self._from_object_stream(entry[1], number)
        return None

    def _object_header(self, parser: Parser, number: int) -> None:
        found = parser.object()
        parser.object()
        parser.expect(b"obj")
        if found != number:
            raise PdfSyntaxError(f"object {number} is not where the cross-reference says")

    def _from_object_stream(self, stream_number: int, number: int) -> object:
        if stream_number not in self._object_streams:
            if len(self._object_streams) >= _MAX_OBJECT_STREAMS:
                raise PdfSyntaxError("too many object streams")
            entry = self.entry(stream_number)
            if entry is None or entry[0] != 1:
                raise PdfSyntaxError("an object stream must be a plain object")
            parser = Parser(self.data, entry[1])
            self._object_header(parser, stream_number)
            stream, content = self._stream(parser)
            first = stream.get("First")
            count = stream.get("N")
            if not isinstance(first, int) or not isinstance(count, int):
                raise PdfSyntaxError("an object stream without /First or /N")
            header = Parser(content)
            offsets = {}
            for _ in range(min(count, len(content))):
                number_in_stream = header.object()  # (the pair is: number, then offset)
                offsets[number_in_stream] = header.object()
            self._object_streams[stream_number] = (
                content,
                {
                    k: first + v
                    for k, v in offsets.items()
                    if isinstance(k, int) and isinstance(v, int)
                },
            )
        content, offsets = self._object_streams[stream_number]
        if number not in offsets:
            return None
        return Parser(content, offsets[number]).object()

    def _stream(self, parser: Parser) -> tuple[dict[str, object], bytes]:
        stream = parser.object()
        if not isinstance(stream, dict):
            raise PdfSyntaxError("a stream needs a dictionary")
        parser.expect(b"stream")
        length = stream.get("Length")
        if isinstance(length, Ref):
            length = self._plain_integer(length.number)
        return stream, decode_stream(stream, parser.stream_data(length))

    def _plain_integer(self, number: int) -> int | None:
        # Only a plain object: a length inside an object stream would need a stream to read.
        entry = self.entry(number)
        if entry is None or entry[0] != 1:
            return None
        parser = Parser(self.data, entry[1])
        self._object_header(parser, number)
        value = parser.object()
        return value if isinstance(value, int) else None

    def _section(self, offset: int) -> tuple[dict[int, _Entry], dict[str, object]]:
        parser = Parser(self.data, offset)
        parser.skip_space()
        if self.data.startswith(b"xref", parser.pos):
            parser.pos += 4
            return _table(parser)
        parser.object()
        parser.object()
        parser.expect(b"obj")
        stream, content = self._stream(parser)
        if stream.get("Type") != "XRef":
            raise PdfSyntaxError("startxref does not point at a cross-reference")
        return _stream_entries(stream, content), stream


def _last_startxref(data: bytes) -> int:
    tail_start = max(0, len(data) - _TAIL)
    at = data.rfind(b"startxref", tail_start)
    if at < 0:
        raise PdfSyntaxError("no startxref at the end of the file")
    offset = Parser(data, at + len(b"startxref")).object()
    if not isinstance(offset, int) or not 0 <= offset < len(data):
        raise PdfSyntaxError("startxref points outside the file")
    return offset


def _table(parser: Parser) -> tuple[dict[int, _Entry], dict[str, object]]:
    entries: dict[int, _Entry] = {}
    while True:
        token = parser.token()
        if token == Keyword(b"trailer"):
            trailer = parser.object()
            if not isinstance(trailer, dict):
                raise PdfSyntaxError("a trailer must be a dictionary")
            return entries, trailer
        count = parser.object()
        if not isinstance(token, int) or not isinstance(count, int) or count < 0:
            raise PdfSyntaxError("bad cross-reference subsection")
        for number in range(token, token + count):
            offset, generation, kind = parser.object(), parser.object(), parser.token()
            if not isinstance(offset, int) or not isinstance(generation, int):
                raise PdfSyntaxError("bad cross-reference entry")
            if kind == Keyword(b"n"):
                entries[number] = (1, offset, generation)
            elif kind == Keyword(b"f"):
                entries[number] = (0, 0, 0)
            else:
                raise PdfSyntaxError("bad cross-reference entry")


def _stream_entries(stream: dict[str, object], content: bytes) -> dict[int, _Entry]:
    widths = stream.get("W")
    if not (
        isinstance(widths, list)
        and len(widths) == 3
        and all(isinstance(w, int) and 0 <= w <= 8 for w in widths)
    ):
        raise PdfSyntaxError("bad /W in a cross-reference stream")
    index = stream.get("Index") or [0, stream.get("Size", 0)]
    if not isinstance(index, list) or len(index) % 2 or not all(isinstance(i, int) for i in index):
        raise PdfSyntaxError("bad /Index in a cross-reference stream")
    row = sum(widths)
    if row == 0:
        raise PdfSyntaxError("a cross-reference stream with empty entries")
    entries: dict[int, _Entry] = {}
    position = 0
    for start, count in zip(index[::2], index[1::2], strict=True):
        for number in range(start, start + count):
            if position + row > len(content):
                return entries
            fields, at = [], position
            for width in widths:
                fields.append(int.from_bytes(content[at : at + width], "big"))
                at += width
            position = at
            kind = fields[0] if widths[0] else 1
            entries.setdefault(number, (kind, fields[1], fields[2]))
    return entries


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
