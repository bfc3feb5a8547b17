"""Where a page shows text, and where an appearance paints an opaque area (page space boxes).

A small content-stream interpreter, enough to tell whether something laid over a signed page
hides its text (the "evil annotation" and "sneaky signature" attacks, Mainka et al., IEEE S&P
2021): it follows ``q``/``Q``, ``cm``, the text state and text showing operators, paths and
fills, ``gs`` opacity and form XObjects (to a bounded depth), and approximates a shown string
by a box of about 0.6 em per glyph (or the font's ``/Widths``) and one font size high.

Only boxes come out: no rendering. Clipping paths are ignored (a fill counts where its path
is), so the painted areas err towards "covers". Every walk is bounded; past a bound the answer
is ``None`` ("cannot tell") and callers keep their earlier behaviour.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from agreement_studio.verification.syntax import Name, PdfSyntaxError, Stream
from agreement_studio.verification.view import View
from agreement_studio.verification.xref import decode_stream

Box = tuple[float, float, float, float]
"""``(x0, y0, x1, y1)`` with ``x0 <= x1`` and ``y0 <= y1``."""
Matrix = tuple[float, float, float, float, float, float]

MAX_OPERATORS = 100_000
"""Operators interpreted for one page or one appearance, form XObjects included."""
MAX_DEPTH = 6
"""Form XObjects drawn inside form XObjects."""
MAX_STREAM_BYTES = 4 << 20
MAX_BOXES = 20_000
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_GLYPH_WIDTH = 0.6  # em per glyph when the font's widths are not at hand
_DESCENT, _ASCENT = 0.25, 0.95  # em below and above the baseline a text box spans
_FILLS = frozenset({"f", "F", "f*", "B", "B*", "b", "b*"})
_PATH_ENDS = _FILLS | {"S", "s", "n"}
_NORMAL_BLENDS = frozenset({"Normal", "Compatible"})


class CannotTell(Exception):
    """The content is too large, too deep or unreadable to judge."""


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m × n``: apply ``m`` first, then ``n`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def transform_box(box: Box, m: Matrix) -> Box:
    """The axis-aligned box around ``box`` transformed by ``m``."""
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def intersect(a: Box, b: Box) -> Box | None:
    """The common part of two boxes, or ``None`` when they do not overlap."""
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


# -- the lexer -----------------------------------------------------------------------------

_DELIMITERS = b"()<>[]{}/%"
_SPACE = b"\x00\t\n\x0c\r "
_TOKEN = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]+")
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)$")
_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
_INLINE_IMAGE_END = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|$)")


class _Operator(str):
    """An operator keyword (a bare word that is not a number)."""


def _literal(data: bytes, pos: int) -> tuple[bytes, int]:
    """The literal string starting after its ``(`` at ``pos``; escapes undone."""
    out = bytearray()
    depth = 1
    size = len(data)
    while pos < size:
        char = data[pos]
        if char == 0x5C:  # backslash
            pos += 1
            if pos >= size:
                break
            char = data[pos]
            if 0x30 <= char <= 0x37:
                end = pos
                while end < size and end < pos + 3 and 0x30 <= data[end] <= 0x37:
                    end += 1
                out.append(int(data[pos:end], 8) & 0xFF)
                pos = end
                continue
            if char in (0x0A, 0x0D):  # a line continuation
                pos += 2 if data[pos : pos + 2] == b"\r\n" else 1
                continue
            out.append(_ESCAPES.get(char, char))
        elif char == 0x28:
            depth += 1
            out.append(char)
        elif char == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), pos + 1
            out.append(char)
        else:
            out.append(char)
        pos += 1
    return bytes(out), pos


def _tokens(data: bytes) -> Iterator[Any]:
    """Operands (numbers, names, strings, arrays, dictionaries) and operators, in order."""
    pos, size = 0, len(data)
    stack: list[list[Any]] = []  # open arrays and dictionaries

    def emit(value: Any) -> Any:
        if stack:
            stack[-1].append(value)
            return None
        return value

    while pos < size:
        char = data[pos]
        if char in _SPACE:
            pos += 1
            continue
        value: Any = None
        if char == 0x25:  # % comment
            end = data.find(b"\n", pos)
            pos = size if end < 0 else end + 1
            continue
        if char == 0x28:
            text, pos = _literal(data, pos + 1)
            value = emit(text)
        elif data.startswith(b"<<", pos):
            stack.append([])
            pos += 2
            continue
        elif data.startswith(b">>", pos):
            pos += 2
            items = stack.pop() if stack else []
            value = emit(dict(zip(items[::2], items[1::2], strict=False)))
        elif char == 0x3C:
            end = data.find(b">", pos)
            end = size if end < 0 else end
            digits = re.sub(rb"[^0-9A-Fa-f]", b"", data[pos + 1 : end])
            value = emit(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode()))
            pos = end + 1
        elif char == 0x5B:
            stack.append([])
            pos += 1
            continue
        elif char == 0x5D:
            pos += 1
            items = stack.pop() if stack else []
            value = emit(items)
        elif char == 0x2F:
            match = _TOKEN.match(data, pos + 1)
            end = match.end() if match else pos + 1
            value = emit(Name(data[pos + 1 : end].decode("latin-1")))
            pos = end
        elif char in b"{})>":
            pos += 1
            continue
        else:
            match = _TOKEN.match(data, pos)
            word = match.group() if match else data[pos : pos + 1]
            pos += len(word)
            if _NUMBER.match(word):
                value = emit(float(word))
            elif stack:
                continue  # true, false, null inside an array or dictionary
            elif word == b"BI":  # an inline image: skip its data
                image_end = _INLINE_IMAGE_END.search(data, pos)
                pos = size if image_end is None else image_end.end()
                value = _Operator("BI")
            else:
                value = _Operator(word.decode("latin-1"))
        if value is not None:
            yield value


# -- the interpreter -----------------------------------------------------------------------


@dataclass
class _State:
    ctm: Matrix = _IDENTITY
    opaque: bool = True
    """Whether fills paint opaquely (no constant alpha below 1, no blend mode, no soft mask)."""
    font_size: float = 0.0
    font: Any = None
    char_space: float = 0.0
    word_space: float = 0.0
    scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render: int = 0

    def copy(self) -> _State:
        return _State(**self.__dict__)


@dataclass
class _Walk:
    view: View
    operators: int = 0
    text: list[Box] = field(default_factory=list)
    painted: list[Box] = field(default_factory=list)


class _Interpreter:
    """Runs one content stream (and the form XObjects it draws), collecting boxes."""

    def __init__(self, walk: _Walk, resources: Any, state: _State, depth: int) -> None:
        self.walk = walk
        self.view = walk.view
        self.resources = resources if isinstance(resources, dict) else {}
        self.state = state
        self.depth = depth
        self.saved: list[_State] = []
        self.tm: Matrix = _IDENTITY
        self.line: Matrix = _IDENTITY
        self.path: list[tuple[float, float]] = []

    def run(self, data: bytes) -> None:
        operands: list[Any] = []
        for token in _tokens(data):
            if not isinstance(token, _Operator):
                operands.append(token)
                if len(operands) > 64:
                    del operands[:32]  # garbage: an operator will never use so many
                continue
            self.walk.operators += 1
            if self.walk.operators > MAX_OPERATORS:
                raise CannotTell("too many operators")
            handler = _HANDLERS.get(str(token))
            if handler is not None:
                # operands of the wrong kind: readers skip the operator too
                with contextlib.suppress(TypeError, ValueError, IndexError, ZeroDivisionError):
                    handler(self, operands)
            operands = []
        if len(self.walk.painted) > MAX_BOXES:
            raise CannotTell("too many painted areas")

    # graphics state
    def op_q(self, _: list[Any]) -> None:
        self.saved.append(self.state.copy())

    def op_Q(self, _: list[Any]) -> None:
        if self.saved:
            self.state = self.saved.pop()

    def op_cm(self, args: list[Any]) -> None:
        self.state.ctm = multiply(_matrix(args), self.state.ctm)

    def op_gs(self, args: list[Any]) -> None:
        states = self.view.get(self.resources, "ExtGState")
        gstate = self.view.get(states, str(args[-1])) if isinstance(states, dict) else None
        if not isinstance(gstate, dict):
            return
        alpha = self.view.get(gstate, "ca")
        if isinstance(alpha, int | float) and not isinstance(alpha, bool):
            self.state.opaque = alpha >= 1 and self.state.opaque
        blend = self.view.get(gstate, "BM")
        blend = blend[0] if isinstance(blend, list) and blend else blend
        if blend is not None and blend not in _NORMAL_BLENDS:
            self.state.opaque = False
        mask = self.view.get(gstate, "SMask")
        if mask is not None and mask != "None":
            self.state.opaque = False

    # paths
    def op_m(self, args: list[Any]) -> None:
        self.path.append((float(args[-2]), float(args[-1])))

    op_l = op_m

    def op_c(self, args: list[Any]) -> None:
        numbers = [float(a) for a in args[-6:]]
        self.path += list(zip(numbers[::2], numbers[1::2], strict=True))

    def op_v(self, args: list[Any]) -> None:
        numbers = [float(a) for a in args[-4:]]
        self.path += list(zip(numbers[::2], numbers[1::2], strict=True))

    op_y = op_v

    def op_re(self, args: list[Any]) -> None:
        x, y, w, h = (float(a) for a in args[-4:])
        self.path += [(x, y), (x + w, y + h)]

    def paint(self, operator: str) -> None:
        if operator in _FILLS and self.state.opaque and self.path:
            xs = [p[0] for p in self.path]
            ys = [p[1] for p in self.path]
            box = transform_box((min(xs), min(ys), max(xs), max(ys)), self.state.ctm)
            if box[2] > box[0] and box[3] > box[1]:
                self.walk.painted.append(box)
        self.path = []

    # text
    def op_BT(self, _: list[Any]) -> None:
        self.tm = self.line = _IDENTITY

    def op_Tf(self, args: list[Any]) -> None:
        self.state.font_size = float(args[-1])
        fonts = self.view.get(self.resources, "Font")
        self.state.font = self.view.get(fonts, str(args[-2])) if isinstance(fonts, dict) else None

    def op_Tc(self, args: list[Any]) -> None:
        self.state.char_space = float(args[-1])

    def op_Tw(self, args: list[Any]) -> None:
        self.state.word_space = float(args[-1])

    def op_Tz(self, args: list[Any]) -> None:
        self.state.scale = float(args[-1]) / 100

    def op_TL(self, args: list[Any]) -> None:
        self.state.leading = float(args[-1])

    def op_Ts(self, args: list[Any]) -> None:
        self.state.rise = float(args[-1])

    def op_Tr(self, args: list[Any]) -> None:
        self.state.render = int(args[-1])

    def op_Tm(self, args: list[Any]) -> None:
        self.tm = self.line = _matrix(args)

    def op_Td(self, args: list[Any]) -> None:
        tx, ty = float(args[-2]), float(args[-1])
        self.tm = self.line = multiply((1, 0, 0, 1, tx, ty), self.line)

    def op_TD(self, args: list[Any]) -> None:
        self.state.leading = -float(args[-1])
        self.op_Td(args)

    def op_Tstar(self, _: list[Any]) -> None:
        self.op_Td([0.0, -self.state.leading])

    def op_Tj(self, args: list[Any]) -> None:
        self.show([args[-1]])

    def op_TJ(self, args: list[Any]) -> None:
        self.show(args[-1] if isinstance(args[-1], list) else [])

    def op_quote(self, args: list[Any]) -> None:
        self.op_Tstar([])
        self.show([args[-1]])

    def op_dquote(self, args: list[Any]) -> None:
        self.state.word_space, self.state.char_space = float(args[-3]), float(args[-2])
        self.op_quote(args)

    def show(self, parts: list[Any]) -> None:
        size, scale = self.state.font_size, self.state.scale
        widths = _Widths.of(self.view, self.state.font)
        advance = 0.0
        shown = False
        for part in parts:
            if isinstance(part, bytes):
                codes = widths.codes(part)
                for code in codes:
                    advance += widths.width(code) * size + self.state.char_space
                    if code == 32 and widths.step == 1:
                        advance += self.state.word_space
                shown = shown or bool(codes)
            elif isinstance(part, float):
                advance -= part / 1000 * size
        advance *= scale
        if shown and size and self.state.render not in (3, 7):
            rise = self.state.rise
            box = (0.0, rise - _DESCENT * abs(size), advance, rise + _ASCENT * abs(size))
            box = (min(box[0], box[2]), box[1], max(box[0], box[2]), box[3])
            self.walk.text.append(transform_box(box, multiply(self.tm, self.state.ctm)))
            if len(self.walk.text) > MAX_BOXES:
                raise CannotTell("too many strings")
        self.tm = multiply((1, 0, 0, 1, advance, 0), self.tm)

    # external objects
    def op_Do(self, args: list[Any]) -> None:
        objects = self.view.get(self.resources, "XObject")
        name = str(args[-1])
        target = self.view.get(objects, name) if isinstance(objects, dict) else None
        if not isinstance(target, Stream):
            return
        subtype = self.view.get(target.dict, "Subtype")
        if subtype == "Image":
            self._image(target)
        elif subtype == "Form":
            if self.depth >= MAX_DEPTH:
                raise CannotTell("form XObjects nested too deep")
            matrix = self.view.get(target.dict, "Matrix")
            ctm = multiply(_matrix(matrix), self.state.ctm) if matrix else self.state.ctm
            state = self.state.copy()
            state.ctm = ctm
            resources = self.view.get(target.dict, "Resources")
            inner = _Interpreter(self.walk, resources or self.resources, state, self.depth + 1)
            inner.run(_decoded(target))

    def _image(self, image: Stream) -> None:
        get = self.view.get
        masked = any(get(image.dict, key) is not None for key in ("SMask", "Mask", "SMaskInData"))
        if masked or get(image.dict, "ImageMask") is True or not self.state.opaque:
            return
        self.walk.painted.append(transform_box((0.0, 0.0, 1.0, 1.0), self.state.ctm))


def _path_end(operator: str) -> Callable[[_Interpreter, list[Any]], None]:
    return lambda self, _args: self.paint(operator)


_HANDLERS: dict[str, Any] = {
    name[3:]: method for name, method in vars(_Interpreter).items() if name.startswith("op_")
}
_HANDLERS.update({"T*": _Interpreter.op_Tstar, "'": _Interpreter.op_quote})
_HANDLERS.update({'"': _Interpreter.op_dquote})
_HANDLERS.update({operator: _path_end(operator) for operator in _PATH_ENDS})
for _name in ("Tstar", "quote", "dquote"):
    _HANDLERS.pop(_name)


def _matrix(args: Any) -> Matrix:
    numbers = [float(a) for a in args[-6:]] if isinstance(args, list) else []
    if len(numbers) != 6:
        raise ValueError("not a matrix")
    return (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5])


class _Widths:
    """Glyph widths (in em) of a font, as far as they are simple to get."""

    _cache_key = "_content_boxes_widths"

    def __init__(self, step: int, first: int, widths: list[float]) -> None:
        self.step = step  # bytes per character code
        self.first = first
        self.widths = widths

    @classmethod
    def of(cls, view: View, font: Any) -> _Widths:
        if not isinstance(font, dict):
            return cls(1, 0, [])
        if view.get(font, "Subtype") == "Type0":
            return cls(2, 0, [])
        first = view.get(font, "FirstChar")
        widths = view.get(font, "Widths")
        if not isinstance(first, int) or not isinstance(widths, list) or len(widths) > 4096:
            return cls(1, 0, [])
        numbers = [view.resolve(w) for w in widths]
        return cls(1, first, [w / 1000 if isinstance(w, int | float) else 0.0 for w in numbers])

    def codes(self, text: bytes) -> list[int]:
        if self.step == 2:
            return [int.from_bytes(text[i : i + 2], "big") for i in range(0, len(text) - 1, 2)]
        return list(text)

    def width(self, code: int) -> float:
        index = code - self.first
        if self.widths and 0 <= index < len(self.widths) and self.widths[index] > 0:
            return self.widths[index]
        return _GLYPH_WIDTH


def _decoded(stream: Stream) -> bytes:
    try:
        return decode_stream(stream, limit=MAX_STREAM_BYTES)
    except PdfSyntaxError as error:
        raise CannotTell(str(error)) from error
    except Exception as error:  # a filter it cannot undo
        raise CannotTell("undecodable stream") from error


def _contents(view: View, contents: Any) -> bytes:
    contents = view.resolve(contents)
    streams = contents if isinstance(contents, list) else [contents]
    parts = []
    for item in streams[:1000]:
        item = view.resolve(item)
        if isinstance(item, Stream):
            parts.append(_decoded(item))
    return b"\n".join(parts)


# -- the public questions ------------------------------------------------------------------


def text_boxes(view: View, page: dict[str, Any]) -> list[Box] | None:
    """Boxes (page space) around the text ``page`` shows, or ``None`` when it cannot tell.

    ``page`` is a page dictionary with its inherited attributes folded in.
    """
    walk = _Walk(view)
    try:
        data = _contents(view, page.get("Contents"))
        _Interpreter(walk, view.resolve(page.get("Resources")), _State(), 0).run(data)
    except CannotTell:
        return None
    return walk.text


def appearance_of(view: View, annot: dict[str, Any]) -> Stream | None:
    """The normal appearance stream an annotation shows (the one ``/AS`` picks), if any."""
    normal = view.get(view.get(annot, "AP"), "N")
    if isinstance(normal, dict) and not isinstance(normal, Stream):
        state = view.resolve(annot.get("AS"))
        normal = view.resolve(normal.get(state)) if isinstance(state, str) else None
    return normal if isinstance(normal, Stream) else None


def rect_of(view: View, annot: Any) -> Box | None:
    """The annotation's ``/Rect``, normalised; ``None`` when it is not four numbers."""
    rect = view.get(annot, "Rect")
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    numbers = [view.resolve(n) for n in rect]
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    x1, y1, x2, y2 = (float(n) for n in numbers)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def opaque_boxes(view: View, annot: dict[str, Any]) -> list[Box] | None:
    """Boxes (page space) an annotation's appearance paints opaquely; ``None``: cannot tell.

    The appearance's ``/BBox``, transformed by its ``/Matrix``, is mapped onto ``/Rect``
    (ISO 32000-2 §12.5.5); painted areas are clipped to the ``/Rect``. An annotation with a
    constant opacity (``/CA``) below 1 paints nothing opaque.
    """
    rect = rect_of(view, annot)
    appearance = appearance_of(view, annot)
    if rect is None or appearance is None:
        return []
    alpha = view.get(annot, "CA")
    if isinstance(alpha, int | float) and not isinstance(alpha, bool) and alpha < 1:
        return []
    bbox = rect_of(view, {"Rect": view.get(appearance.dict, "BBox")})
    if bbox is None:
        return None
    try:
        matrix = view.get(appearance.dict, "Matrix")
        form = _matrix([view.resolve(n) for n in matrix]) if matrix else _IDENTITY
        shown = transform_box(bbox, form)
        width, height = shown[2] - shown[0], shown[3] - shown[1]
        if width <= 0 or height <= 0:
            return []
        sx, sy = (rect[2] - rect[0]) / width, (rect[3] - rect[1]) / height
        onto: Matrix = (sx, 0.0, 0.0, sy, rect[0] - shown[0] * sx, rect[1] - shown[1] * sy)
        walk = _Walk(view)
        state = _State(ctm=multiply(form, onto))
        resources = view.get(appearance.dict, "Resources")
        _Interpreter(walk, resources, state, 0).run(_decoded(appearance))
    except (CannotTell, ValueError):
        return None
    return [box for box in (intersect(painted, rect) for painted in walk.painted) if box]


def hides_text(text: list[Box], painted: list[Box]) -> bool:
    """Whether some painted box hides a part of some text box a reader would miss.

    A part worth missing: at least half the line's height, and a glyph's width (or the whole
    string when it is shorter). A box that only grazes a line's edge hides nothing.
    """
    for line in text:
        height = line[3] - line[1]
        width = line[2] - line[0]
        for box in painted:
            common = intersect(line, box)
            if common is None:
                continue
            if common[3] - common[1] >= 0.5 * height and common[2] - common[0] >= min(
                width, 0.5 * height
            ):
                return True
    return False
