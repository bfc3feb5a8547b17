"""A small, bounded reader of PDF object syntax (ISO 32000-1, 7.2-7.5), for reading metadata.

It reads numbers, strings, names, arrays, dictionaries, references and streams, and nothing
more; every loop is bounded by the input's length and nesting by a fixed depth, so a hostile
file can make it fail (:class:`PdfSyntaxError`) but not hang or exhaust memory.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

WHITESPACE = b"\x00\t\n\x0c\r "
DELIMITERS = b"()<>[]{}/%"
MAX_DEPTH = 32
MAX_DECODED = 16 * 1024 * 1024
_SIMPLE_ESCAPES = {
    ord("n"): b"\n",
    ord("r"): b"\r",
    ord("t"): b"\t",
    ord("b"): b"\b",
    ord("f"): b"\f",
    ord("("): b"(",
    ord(")"): b")",
    ord("\\"): b"\\",
}


class PdfSyntaxError(ValueError):
    """The bytes are not the PDF syntax expected there."""


class Name(str):
    """A PDF name (``/Title`` is ``Name("Title")``), as distinct from a string."""


@dataclass(frozen=True)
class Ref:
    """An indirect reference ``number generation R``."""

    number: int
    generation: int


@dataclass(frozen=True)
class Keyword:
    """A bare keyword such as ``obj``, ``stream``, ``trailer`` or ``n``."""

    word: bytes


class Parser:
    """Reads PDF objects from ``data`` starting at ``pos``."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def skip_space(self) -> None:
        """Move past whitespace and comments."""
        data, size = self.data, len(self.data)
        while self.pos < size:
            byte = data[self.pos]
            if byte in WHITESPACE:
                self.pos += 1
            elif byte == 0x25:  # % comment, to the end of the line
                while self.pos < size and data[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                return

    def token(self, depth: int = 0) -> object:
        """The next object or keyword; an integer followed by ``G R`` becomes a :class:`Ref`."""
        value = self._simple(depth)
        if isinstance(value, int) and not isinstance(value, bool):
            saved = self.pos
            generation = self._try_int()
            if generation is not None:
                self.skip_space()
                if self.data[self.pos : self.pos + 1] == b"R" and self._ends_word(self.pos + 1):
                    self.pos += 1
                    return Ref(value, generation)
            self.pos = saved
        return value

    def object(self, depth: int = 0) -> object:
        """The next object; a keyword here is an error."""
        value = self.token(depth)
        if isinstance(value, Keyword):
            raise PdfSyntaxError(f"unexpected keyword {value.word!r} at {self.pos}")
        return value

    def expect(self, word: bytes) -> None:
        """Read the keyword ``word`` or fail."""
        value = self.token()
        if value != Keyword(word):
            raise PdfSyntaxError(f"expected {word!r} at {self.pos}")

    def _try_int(self) -> int | None:
        saved = self.pos
        self.skip_space()
        start = self.pos
        while self.pos < len(self.data) and self.data[self.pos] in b"0123456789":
            self.pos += 1
        if self.pos > start and self._ends_word(self.pos):
            return int(self.data[start : self.pos])
        self.pos = saved
        return None

    def _ends_word(self, pos: int) -> bool:
        return pos >= len(self.data) or self.data[pos] in WHITESPACE + DELIMITERS

    def _simple(self, depth: int) -> object:
        if depth > MAX_DEPTH:
            raise PdfSyntaxError("objects nested too deeply")
        self.skip_space()
        if self.pos >= len(self.data):
            raise PdfSyntaxError("unexpected end of data")
        byte = self.data[self.pos]
        if byte == 0x28:  # (
            return self._literal_string()
        if byte == 0x3C:  # < or <<
            if self.data[self.pos + 1 : self.pos + 2] == b"<":
                self.pos += 2
                return self._dictionary(depth)
            return self._hex_string()
        if byte == 0x5B:  # [
            self.pos += 1
            return self._array(depth)
        if byte == 0x2F:  # /
            return self._name()
        if byte in b">]){}":
            self.pos += 1
            if byte == 0x3E and self.data[self.pos : self.pos + 1] == b">":
                self.pos += 1
                return Keyword(b">>")
            return Keyword(bytes([byte]))
        return self._word()

    def _word(self) -> object:
        start = self.pos
        while not self._ends_word(self.pos):
            self.pos += 1
        word = self.data[start : self.pos]
        if not word:
            raise PdfSyntaxError(f"unreadable byte at {start}")
        for convert in (int, float):
            try:
                return convert(word)
            except ValueError:
                pass
        return {b"true": True, b"false": False, b"null": None}.get(word, Keyword(word))

    def _name(self) -> Name:
        self.pos += 1
        start = self.pos
        while not self._ends_word(self.pos):
            self.pos += 1
        raw = self.data[start : self.pos]
        if b"#" in raw:  # #xx escapes
            parts = raw.split(b"#")
            decoded = bytearray(parts[0])
            for part in parts[1:]:
                try:
                    decoded += bytes([int(part[:2], 16)]) + part[2:]
                except ValueError:
                    decoded += b"#" + part
            raw = bytes(decoded)
        return Name(raw.decode("utf-8", "replace"))

    def _array(self, depth: int) -> list[object]:
        items: list[object] = []
        while True:
            value = self.token(depth + 1)
            if value == Keyword(b"]"):
                return items
            if isinstance(value, Keyword):
                raise PdfSyntaxError(f"unexpected {value.word!r} in an array")
            items.append(value)

    def _dictionary(self, depth: int) -> dict[str, object]:
        result: dict[str, object] = {}
        while True:
            key = self.token(depth + 1)
            if key == Keyword(b">>"):
                return result
            if not isinstance(key, Name):
                raise PdfSyntaxError(f"a dictionary key must be a name, at {self.pos}")
            result[str(key)] = self.object(depth + 1)

    def _hex_string(self) -> bytes:
        end = self.data.find(b">", self.pos)
        if end < 0:
            raise PdfSyntaxError("unterminated hex string")
        digits = bytes(b for b in self.data[self.pos + 1 : end] if b not in WHITESPACE)
        self.pos = end + 1
        if len(digits) % 2:
            digits += b"0"
        try:
            return bytes.fromhex(digits.decode("ascii"))
        except (ValueError, UnicodeDecodeError) as error:
            raise PdfSyntaxError("bad hex string") from error

    def _literal_string(self) -> bytes:
        data, size = self.data, len(self.data)
        out = bytearray()
        self.pos += 1
        nesting = 1
        while self.pos < size:
            byte = data[self.pos]
            self.pos += 1
            if byte == 0x5C:  # backslash
                self._escape(out)
            elif byte == 0x28:
                nesting += 1
                out.append(byte)
            elif byte == 0x29:
                nesting -= 1
                if nesting == 0:
                    return bytes(out)
                out.append(byte)
            elif byte == 0x0D:  # any end of line in a string reads as \n
                if data[self.pos : self.pos + 1] == b"\n":
                    self.pos += 1
                out.append(0x0A)
            else:
                out.append(byte)
        raise PdfSyntaxError("unterminated string")

    def _escape(self, out: bytearray) -> None:
        data = self.data
        if self.pos >= len(data):
            return
        byte = data[self.pos]
        self.pos += 1
        if byte in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[byte]
        elif 0x30 <= byte <= 0x37:  # up to three octal digits
            digits = bytes([byte])
            while len(digits) < 3 and self.pos < len(data) and 0x30 <= data[self.pos] <= 0x37:
                digits += data[self.pos : self.pos + 1]
                self.pos += 1
            out.append(int(digits, 8) & 0xFF)
        elif byte == 0x0D:  # a backslash at the end of a line joins the lines
            if data[self.pos : self.pos + 1] == b"\n":
                self.pos += 1
        elif byte != 0x0A:
            out.append(byte)

    def stream_data(self, length: int | None) -> bytes:
        """The raw bytes of a stream whose ``stream`` keyword was just read."""
        data = self.data
        if data[self.pos : self.pos + 2] == b"\r\n":
            self.pos += 2
        elif data[self.pos : self.pos + 1] in (b"\n", b"\r"):
            self.pos += 1
        start = self.pos
        if length is not None and 0 <= length <= len(data) - start:
            end = start + length
        else:  # no usable /Length: the data ends at "endstream"
            end = data.find(b"endstream", start)
            if end < 0:
                raise PdfSyntaxError("unterminated stream")
        return data[start:end]


def decode_stream(stream: dict[str, object], raw: bytes) -> bytes:
    """A stream's data with its filters undone (FlateDecode, with PNG predictors), bounded."""
    filters = stream.get("Filter")
    filters = filters if isinstance(filters, list) else [filters] if filters else []
    params = stream.get("DecodeParms")
    data = raw
    for index, name in enumerate(filters):
        if name != "FlateDecode":
            raise PdfSyntaxError(f"unsupported stream filter {name}")
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(data, MAX_DECODED)
        except zlib.error as error:
            raise PdfSyntaxError("damaged compressed stream") from error
        if inflater.unconsumed_tail:
            raise PdfSyntaxError("stream too large")
        param = params[index] if isinstance(params, list) and index < len(params) else params
        if isinstance(param, dict):
            data = _unpredict(data, param)
    return data


def _unpredict(data: bytes, params: dict[str, object]) -> bytes:
    predictor = params.get("Predictor", 1)
    if predictor in (None, 1):
        return data
    columns = params.get("Columns", 1)
    if (
        not isinstance(predictor, int)
        or predictor < 10
        or not isinstance(columns, int)
        or not 0 < columns <= 1 << 16
    ):
        raise PdfSyntaxError("unsupported stream predictor")
    width = columns + 1
    rows, previous = bytearray(), bytearray(columns)
    for start in range(0, len(data) - width + 1, width):
        kind, row = data[start], bytearray(data[start + 1 : start + width])
        for i in range(columns):
            left = row[i - 1] if i else 0
            up = previous[i]
            if kind == 2:
                row[i] = (row[i] + up) & 0xFF
            elif kind == 1:
                row[i] = (row[i] + left) & 0xFF
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                row[i] = (row[i] + _paeth(left, up, previous[i - 1] if i else 0)) & 0xFF
        rows += row
        previous = row
    return bytes(rows)


def _paeth(left: int, up: int, corner: int) -> int:
    estimate = left + up - corner
    distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
    return (left, up, corner)[distances.index(min(distances))]
