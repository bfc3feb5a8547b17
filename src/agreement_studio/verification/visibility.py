"""Whether an annotation (a widget) draws anything a reader shows.

A widget annotation shows its normal appearance (``/AP /N``) in its ``/Rect``. It shows nothing
when the rectangle has no area, when its flags hide it (Hidden, NoView), or when it has no
appearance to show. Signature fields may be added after a signature when they show nothing (an
invisible signature, a document timestamp); a new widget that draws is new content on the page
that no earlier signer saw (the "sneaky signature" overlay, issue 15 class 2).
"""

from __future__ import annotations

from typing import Any

from agreement_studio.verification.syntax import PdfSyntaxError, Stream
from agreement_studio.verification.view import View
from agreement_studio.verification.xref import decode_stream

HIDDEN, NO_VIEW = 2, 32
_APPEARANCE_PROBE = 1 << 20  # enough decoded bytes to see whether a stream paints anything
_WHITESPACE = b"\x00\t\n\x0c\r "


def is_placed(view: View, annot: dict[str, Any]) -> bool:
    """Whether ``annot`` has a rectangle with area and flags that let readers show it."""
    flags = view.resolve(annot.get("F"))
    if isinstance(flags, int) and not isinstance(flags, bool) and flags & (HIDDEN | NO_VIEW):
        return False
    rect = view.resolve(annot.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return False
    numbers = [view.resolve(n) for n in rect]
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return False
    x1, y1, x2, y2 = numbers
    placed: bool = abs(x2 - x1) > 0 and abs(y2 - y1) > 0
    return placed


def draws(view: View, annot: dict[str, Any]) -> bool:
    """Whether ``annot`` paints anything: placed, and with an appearance that is not empty.

    When the appearance cannot be decoded it counts as painting (the safe side).
    """
    if not is_placed(view, annot):
        return False
    normal = view.get(view.get(annot, "AP"), "N")
    if isinstance(normal, dict):  # appearance states: the one /AS selects
        state = view.resolve(annot.get("AS"))
        normal = view.resolve(normal.get(state)) if state is not None else None
    if isinstance(normal, Stream):
        return _paints(normal)
    return _has_colours(view, annot)


def _paints(stream: Stream) -> bool:
    try:
        content = decode_stream(stream, limit=_APPEARANCE_PROBE)
    except PdfSyntaxError:
        return bool(stream.raw.strip(_WHITESPACE))
    except Exception:  # a filter it cannot undo: assume it paints
        return True
    return bool(content.strip(_WHITESPACE))


def _has_colours(view: View, annot: dict[str, Any]) -> bool:
    """A widget without an appearance that asks for a border or background colour.

    Readers that build appearances themselves may draw these, so they count as drawing.
    """
    characteristics = view.get(annot, "MK")
    if not isinstance(characteristics, dict):
        return False
    return any(_non_empty(view.get(characteristics, key)) for key in ("BG", "BC"))


def _non_empty(value: Any) -> bool:
    return isinstance(value, list) and len(value) > 0
