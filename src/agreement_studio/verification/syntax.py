"""PDF syntax for the verifier: a strict, bounded object parser over the raw bytes.

The verifier does not trust any one reader's idea of a file, so it reads PDF objects itself,
strictly: no guessing, no repair. Every limit is explicit (nesting depth, number size), so a
hostile file costs bounded time and memory and fails with :class:`PdfSyntaxError`.

Values map to Python as: null -> ``None``, booleans -> ``bool``, integers -> ``int``, reals ->
``float``, names -> :class:`Name` (a ``str``), strings -> ``bytes``, arrays -> ``list``,
dictionaries -> ``dict`` keyed by name, references -> :class:`Ref`, streams -> :class:`Stream`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from agreement_studio.i18n import translatable
from agreement_studio.verification.limits import MAX_DICT_KEYS, Budget, TooComplex

_ = translatable(__name__)

MAX_DEPTH = 64
MAX_INT_DIGITS = 20

_WS = rb"\x00\t\n\x0c\r "
_NOT_REGULAR = rb"\x00\t\n\x0c\r ()<>\[\]{}/%"
_SKIP_RE = re.compile(rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*")
_WS_RE = re.compile(rb"[\x00\t\n\x0c\r ]*")
_REGULAR_RE = re.compile(rb"[^" + _NOT_REGULAR + rb"]+")
_INT_RE = re.compile(rb"[+-]?[0-9]+\Z")
_REAL_RE = re.compile(rb"[+-]?(?:[0-9]+\.[0-9]*|\.[0-9]+)\Z")
_REF_TAIL_RE = re.compile(
    rb"[\x00\t\n\x0c\r ]+([0-9]{1,10})[\x00\t\n\x0c\r ]+R(?![^" + _NOT_REGULAR + rb"])"
)
_NAME_RE = re.compile(rb"/([^" + _NOT_REGULAR + rb"]*)")
# An array of plain numbers (no references), the commonest array by far: /Widths, /Rect, ...
_NUMBER_ARRAY_RE = re.compile(
    rb"((?:[\x00\t\n\x0c\r ]*[+-]?(?:[0-9]{1,20}(?:\.[0-9]*)?|\.[0-9]+)(?=[\x00\t\n\x0c\r \]]))*)"
    rb"[\x00\t\n\x0c\r ]*\]"
)
_WS_SPLIT_RE = re.compile(rb"[\x00\t\n\x0c\r ]+")
_SIMPLE_ENTRY_RE = re.compile(
    rb"[\x00\t\n\x0c\r ]*/([^#" + _NOT_REGULAR + rb"]*)(?![^" + _NOT_REGULAR + rb"])"
    rb"[\x00\t\n\x0c\r ]*(?:"
    rb"([0-9]{1,20})[\x00\t\n\x0c\r ]+([0-9]{1,10})[\x00\t\n\x0c\r ]+R"
    rb"|/([^#" + _NOT_REGULAR + rb"]*)"
    rb"|([+-]?(?:[0-9]{1,20}(?:\.[0-9]{0,40})?|\.[0-9]{1,40})))"
    rb"(?![^" + _NOT_REGULAR + rb"])"
)
_NAME_ESCAPE_RE = re.compile(rb"#([0-9A-Fa-f]{2})")
_HEX_RE = re.compile(rb"<([0-9A-Fa-f\x00\t\n\x0c\r ]*)>")
_STRING_SPECIAL_RE = re.compile(rb"[()\\]")
_OCTAL_RE = re.compile(rb"[0-7]{1,3}")
_OBJ_HEADER_RE = re.compile(
    rb"([0-9]{1,10})[\x00\t\n\x0c\r ]+([0-9]{1,5})[\x00\t\n\x0c\r ]+obj"
    rb"(?![^" + _NOT_REGULAR + rb"])"
)
_ENDOBJ_RE = re.compile(rb"endobj(?![^" + _NOT_REGULAR + rb"])")
_STREAM_KW_RE = re.compile(rb"stream(?:\r\n|\n|\r)")
_ENDSTREAM_RE = re.compile(rb"(?:\r\n|\n|\r)?endstream(?![^" + _NOT_REGULAR + rb"])")
_ESCAPES = {
    ord("n"): b"\n",
    ord("r"): b"\r",
    ord("t"): b"\t",
    ord("b"): b"\b",
    ord("f"): b"\f",
    ord("("): b"(",
    ord(")"): b")",
    ord("\\"): b"\\",
}


class PdfSyntaxError(Exception):
    """The bytes at ``pos`` are not the PDF syntax expected there."""

    def __init__(self, message: str, pos: int | None = None) -> None:
        super().__init__(
            message if pos is None else _("{message} (at byte {pos})", message=message, pos=pos)
        )
        self.pos = pos


class Name(str):
    """A PDF name, without its leading slash."""

    __slots__ = ()


class AmbiguousDict(dict[str, Any]):
    """A dictionary in which some key appears twice with different values.

    It holds the first value of each key; ``duplicates`` lists every value of the repeated
    keys, so a caller that must not guess (a signature dictionary) can refuse it.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.duplicates: dict[str, list[Any]] = getattr(args[0], "duplicates", {}) if args else {}


class Ref(NamedTuple):
    """An indirect reference ``num gen R``."""

    num: int
    gen: int


class Stream:
    """A stream object: its dictionary and where its (still encoded) data lies in the file."""

    __slots__ = ("buffer", "decrypt", "dict", "end", "start")

    def __init__(self, dictionary: dict[str, Any], buffer: bytes, start: int, end: int) -> None:
        self.dict = dictionary
        self.buffer = buffer
        self.start = start
        self.end = end
        # set for an encrypted file's streams: turns the stored bytes into the encoded data
        self.decrypt: Callable[[bytes], bytes] | None = None

    @property
    def raw(self) -> bytes:
        """The encoded stream data (decrypted, in an encrypted file)."""
        data = self.buffer[self.start : self.end]
        return data if self.decrypt is None else self.decrypt(data)

    def __repr__(self) -> str:
        return f"Stream({self.dict!r}, {self.end - self.start} bytes at {self.start})"


class Indirect(NamedTuple):
    """An object definition ``num gen obj ... endobj`` found at ``start`` (its header)."""

    num: int
    gen: int
    value: Any
    start: int
    end: int
    length_ref: Ref | None


LengthResolver = Callable[[Ref], Any]


class Parser:
    """Reads PDF objects from one buffer; every method takes and returns byte offsets."""

    def __init__(self, data: bytes, budget: Budget | None = None) -> None:
        self.data = data
        self.budget = budget or Budget()
        # Dictionaries that give one key two different values: readers disagree on which wins.
        self.conflicts: list[str] = []

    def skip(self, pos: int) -> int:
        """The offset after any whitespace and comments at ``pos``."""
        match = _SKIP_RE.match(self.data, pos)
        assert match is not None  # the pattern matches the empty string too
        return match.end()

    def token_at(self, pos: int) -> bytes:
        """The regular token (keyword or number) at ``pos``, or ``b''``."""
        match = _REGULAR_RE.match(self.data, pos)
        return match.group() if match else b""

    def parse(self, pos: int, depth: int = 0) -> tuple[Any, int]:
        """Parse one direct object (or reference) at ``pos``; returns it and the end offset."""
        data = self.data
        pos = self.skip(pos)
        if pos >= len(data):
            raise PdfSyntaxError(_("unexpected end of file"), pos)
        char = data[pos]
        if char == 0x2F:  # /
            return self._name(pos)
        if char == 0x3C:  # <
            if data.startswith(b"<<", pos):
                return self._dict(pos + 2, depth + 1)
            return self._hex(pos)
        if char == 0x5B:  # [
            return self._array(pos + 1, depth + 1)
        if char == 0x28:  # (
            return self._literal(pos)
        token_match = _REGULAR_RE.match(data, pos)
        if token_match is None:
            raise PdfSyntaxError(_("unexpected character {char}", char=repr(bytes([char]))), pos)
        token = token_match.group()
        end = token_match.end()
        if _INT_RE.match(token):
            if len(token) > MAX_INT_DIGITS:
                raise PdfSyntaxError(_("number too large"), pos)
            ref = _REF_TAIL_RE.match(data, end)
            if ref is not None and token.isdigit():
                return Ref(int(token), int(ref.group(1))), ref.end()
            return int(token), end
        if _REAL_RE.match(token):
            if len(token) > 64:
                raise PdfSyntaxError(_("number too long"), pos)
            return float(token), end
        if token == b"true":
            return True, end
        if token == b"false":
            return False, end
        if token == b"null":
            return None, end
        raise PdfSyntaxError(_("unexpected keyword {token}", token=repr(token[:20])), pos)

    def _name(self, pos: int) -> tuple[Name, int]:
        match = _NAME_RE.match(self.data, pos)
        assert match is not None  # called at a '/', which the pattern always matches
        raw = match.group(1)
        if b"#" in raw:
            raw = _NAME_ESCAPE_RE.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
        return Name(raw.decode("latin-1")), match.end()

    def _hex(self, pos: int) -> tuple[bytes, int]:
        match = _HEX_RE.match(self.data, pos)
        if match is None:
            raise PdfSyntaxError(_("bad hexadecimal string"), pos)
        digits = re.sub(rb"[\x00\t\n\x0c\r ]", b"", match.group(1))
        if len(digits) % 2:
            digits += b"0"
        return bytes.fromhex(digits.decode("ascii")), match.end()

    def _literal(self, pos: int) -> tuple[bytes, int]:
        data = self.data
        out = bytearray()
        depth = 1
        i = pos + 1
        while True:
            match = _STRING_SPECIAL_RE.search(data, i)
            if match is None:
                raise PdfSyntaxError(_("unterminated string"), pos)
            j = match.start()
            out += data[i:j]
            char = data[j]
            if char == 0x5C:  # backslash
                i = self._escape(j + 1, out)
            elif char == 0x28:
                depth += 1
                out.append(char)
                i = j + 1
            else:
                depth -= 1
                if depth == 0:
                    return bytes(out), j + 1
                out.append(char)
                i = j + 1

    def _escape(self, i: int, out: bytearray) -> int:
        data = self.data
        if i >= len(data):
            raise PdfSyntaxError(_("unterminated string"), i)
        char = data[i]
        if char in _ESCAPES:
            out += _ESCAPES[char]
            return i + 1
        if 0x30 <= char <= 0x37:
            found = _OCTAL_RE.match(data, i)
            assert found is not None  # ``char`` is an octal digit
            octal = found.group()
            out.append(int(octal, 8) & 0xFF)
            return i + len(octal)
        if char == 0x0D:
            return i + 2 if data.startswith(b"\r\n", i) else i + 1
        if char == 0x0A:
            return i + 1
        out.append(char)
        return i + 1

    def _array(self, pos: int, depth: int) -> tuple[list[Any], int]:
        if depth > MAX_DEPTH:
            raise PdfSyntaxError(_("objects nested too deeply"), pos)
        data = self.data
        numbers = _NUMBER_ARRAY_RE.match(data, pos)
        if numbers is not None:
            # NUL is whitespace in PDF, but not to bytes.split()
            tokens = _WS_SPLIT_RE.split(numbers.group(1).strip(b"\x00\t\n\x0c\r "))
            found = [_number(token) for token in tokens if token]
            self.budget.spend_items(len(found))
            return found, numbers.end()
        items: list[Any] = []
        while True:
            pos = self.skip(pos)
            if pos < len(data) and data[pos] == 0x5D:  # ]
                self.budget.spend_items(len(items))
                return items, pos + 1
            value, pos = self.parse(pos, depth)
            items.append(value)

    def _dict(self, pos: int, depth: int) -> tuple[dict[str, Any], int]:
        if depth > MAX_DEPTH:
            raise PdfSyntaxError(_("objects nested too deeply"), pos)
        data = self.data
        simple = _SIMPLE_ENTRY_RE.match
        result: dict[str, Any] = {}
        added = 0
        while True:
            # Most entries are a key and a number, name or reference: one match reads them.
            entry = simple(data, pos)
            if entry is not None:
                raw_key, num, gen, name, number = entry.groups()
                key = Name(raw_key.decode("latin-1"))
                if num is not None:
                    value: Any = Ref(int(num), int(gen))
                elif name is not None:
                    value = Name(name.decode("latin-1"))
                else:
                    value = float(number) if b"." in number else int(number)
                pos = entry.end()
            else:
                pos = self.skip(pos)
                if data.startswith(b">>", pos):
                    self.budget.spend_entries(added)
                    if len(result) > MAX_DICT_KEYS:
                        raise TooComplex(
                            _("a dictionary with more than {count:,} keys", count=MAX_DICT_KEYS)
                        )
                    return result, pos + 2
                if pos >= len(data) or data[pos] != 0x2F:
                    raise PdfSyntaxError(_("dictionary key is not a name"), pos)
                key, pos = self._name(pos)
                value, pos = self.parse(pos, depth)
            if key in result:
                result = self._repeated(result, key, value)
                continue
            result[key] = value
            added += 1
            if added == 1024:  # spend as we go, so that one huge dictionary stops early
                self.budget.spend_entries(added)
                added = 0
                if len(result) > MAX_DICT_KEYS:
                    raise TooComplex(
                        _("a dictionary with more than {count:,} keys", count=MAX_DICT_KEYS)
                    )

    def _repeated(self, result: dict[str, Any], key: Name, value: Any) -> dict[str, Any]:
        """``result`` after ``key`` came again (an :class:`AmbiguousDict` if its value differs)."""
        # Honest writers sometimes repeat a key with the same value; a different value is an
        # ambiguity (which one a reader takes is not specified).
        if not same_value(result[key], value):
            self.conflicts.append(_("a dictionary gives /{key} two different values", key=key))
            if not isinstance(result, AmbiguousDict):
                result = AmbiguousDict(result)
            result.duplicates.setdefault(key, [result[key]]).append(value)
        return result

    def header_at(self, pos: int) -> tuple[int, int, int] | None:
        """``(num, gen, end)`` if an object header ``num gen obj`` starts at ``pos``."""
        match = _OBJ_HEADER_RE.match(self.data, pos)
        if match is None:
            return None
        return int(match.group(1)), int(match.group(2)), match.end()

    def indirect(self, pos: int, length_of: LengthResolver | None = None) -> Indirect:
        """Parse ``num gen obj <value> [stream ... endstream] endobj`` with its header at ``pos``.

        A stream whose ``/Length`` is a reference is measured with ``length_of``; without
        one the data must end at the first ``endstream`` keyword.
        """
        header = self.header_at(pos)
        if header is None:
            raise PdfSyntaxError(_("no object header"), pos)
        num, gen, after = header
        value, end = self.parse(after)
        end = self.skip(end)
        length_ref = None
        if isinstance(value, dict) and self.data.startswith(b"stream", end):
            value, end, length_ref = self._stream(value, end, length_of)
            end = self.skip(end)
        match = _ENDOBJ_RE.match(self.data, end)
        if match is None:
            raise PdfSyntaxError(
                _("object {num} {gen} does not end with endobj", num=num, gen=gen), end
            )
        return Indirect(num, gen, value, pos, match.end(), length_ref)

    def _stream(
        self, dictionary: dict[str, Any], pos: int, length_of: LengthResolver | None
    ) -> tuple[Stream, int, Ref | None]:
        data = self.data
        keyword = _STREAM_KW_RE.match(data, pos)
        if keyword is None:
            raise PdfSyntaxError(_("stream keyword not followed by an end of line"), pos)
        start = keyword.end()
        length = dictionary.get("Length")
        length_ref = length if isinstance(length, Ref) else None
        if length_ref is not None:
            length = length_of(length_ref) if length_of is not None else None
            if length is None:
                found = data.find(b"endstream", start)
                if found < 0:
                    raise PdfSyntaxError(_("stream without endstream"), start)
                length = found - start
                for eol in (b"\r\n", b"\n", b"\r"):
                    if data.endswith(eol, start, found):
                        length -= len(eol)
                        break
        if not isinstance(length, int) or isinstance(length, bool) or length < 0:
            raise PdfSyntaxError(_("stream /Length is not a non-negative integer"), pos)
        end = start + length
        if end > len(data):
            raise PdfSyntaxError(_("stream runs past the end of the file"), start)
        after = _ENDSTREAM_RE.match(data, end)
        if after is None:
            raise PdfSyntaxError(_("stream /Length does not reach endstream"), end)
        return Stream(dictionary, data, start, end), after.end(), length_ref


def same_value(a: Any, b: Any, budget: int = 100_000) -> bool:
    """Whether two parsed values are the same PDF value (streams: same dictionary and data)."""
    stack = [(a, b)]
    while stack:
        budget -= 1
        if budget < 0:
            return False
        x, y = stack.pop()
        if isinstance(x, Stream) or isinstance(y, Stream):
            if not (isinstance(x, Stream) and isinstance(y, Stream)):
                return False
            if (x.buffer is not y.buffer or (x.start, x.end) != (y.start, y.end)) and (
                x.end - x.start != y.end - y.start or x.raw != y.raw
            ):
                return False
            stack.append((x.dict, y.dict))
        elif isinstance(x, dict) and isinstance(y, dict):
            if x.keys() != y.keys():
                return False
            stack.extend((x[key], y[key]) for key in x)
        elif isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                return False
            stack.extend(zip(x, y, strict=True))
        elif (type(x) is not type(y) or x != y) and not (
            # 1 and 1.0 are the same number to a reader; a name and a string are not the same
            _is_number(x) and _is_number(y) and x == y
        ):
            return False
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(token: bytes) -> int | float:
    return float(token) if b"." in token else int(token)


def find_key_value_span(data: bytes, obj_start: int, key: str) -> tuple[int, int] | None:
    """Where the value of top-level ``key`` lies in the dictionary object at ``obj_start``.

    Used to locate a signature dictionary's ``/Contents`` string in the raw bytes: returns
    ``(start, end)`` of the value's bytes, or ``None`` when the object has no such key.
    """
    parser = Parser(data)
    header = parser.header_at(obj_start)
    if header is None:
        return None
    pos = parser.skip(header[2])
    if not data.startswith(b"<<", pos):
        return None
    pos += 2
    while True:
        pos = parser.skip(pos)
        if data.startswith(b">>", pos) or not data.startswith(b"/", pos):
            return None
        name, pos = parser._name(pos)
        value_start = parser.skip(pos)
        _, pos = parser.parse(value_start, 1)
        if name == key:
            return value_start, pos
