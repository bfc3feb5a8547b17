"""What one change is, its kinds, and the comparer of values across two revisions.

Values are compared by what they mean, not where they are: references are followed (an object
that existed unused at signing time and is referenced later changes what is compared), except
that objects with their own comparison (pages, annotations, form fields: the *anchored* ones)
compare by identity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from agreement_studio.verification.syntax import Ref, Stream
from agreement_studio.verification.view import View

MAX_COMPARE_STEPS = 2_000_000
SIGNATURE, TIMESTAMP, VALIDATION, OTHER = "signature", "timestamp", "validation data", "other"
METADATA = "metadata"
FORM_FILL = "form filling"
"""A new value in a form field that existed (not a signature field)."""
ANNOTATION = "annotation"
"""A markup annotation (not a widget) added, removed or changed."""
COVERING = "annotation that can cover content"
"""A markup annotation (added or changed) that can hide what the page shows (no policy allows)."""
NEW_STAMP = "stamp in a new field"
"""The stamp a new signature's new field paints on a page, where no field was prepared."""
ADDITIONS = frozenset({SIGNATURE, NEW_STAMP, TIMESTAMP, VALIDATION, METADATA})
"""The kinds of change that only add signatures and their data (what the register accepts)."""


@dataclass(frozen=True)
class Change:
    """One change between two revisions; ``kind`` says which policies may allow it."""

    kind: str
    text: str
    field: str | None = None
    """The form field the change is in, where it is one."""
    lockable: bool = False
    """Whether a field lock (FieldMDP) covering ``field`` forbids the change."""


class CompareTooBig(Exception):
    """The comparison would take too long; the file is treated as changed."""


class Comparer:
    """Compares values from an old and a new view by what they mean, not where they are."""

    def __init__(self, old: View, new: View, anchored_old: set[Ref], anchored_new: set[Ref]):
        self.old, self.new = old, new
        self.anchored_old, self.anchored_new = anchored_old, anchored_new
        self._proven: set[tuple[Any, Any]] = set()
        self.steps = 0
        self.memo: dict[Any, Any] = {}
        """Results worth keeping for the comparison (the text boxes of signed pages)."""

    def same(self, a: Any, b: Any) -> bool:
        """Whether ``a`` (in the old view) and ``b`` (in the new view) show the same thing."""
        assumed: set[tuple[Any, Any]] = set()
        stack = [(a, b)]
        while stack:
            x, y = stack.pop()
            self.steps += 1
            if self.steps > MAX_COMPARE_STEPS:
                raise CompareTooBig
            if isinstance(x, Ref) or isinstance(y, Ref):
                pair = self._deref(x, y, assumed)
                if pair is None:
                    continue
                if pair is False:
                    return False
                x, y = pair
            if not self._shallow(x, y, stack):
                return False
        self._proven |= assumed
        return True

    def _deref(self, x: Any, y: Any, assumed: set[Any]) -> tuple[Any, Any] | Literal[False] | None:
        """Resolve references; ``None`` when already known equal, ``False`` when not equal."""
        if (
            isinstance(x, Ref)
            and isinstance(y, Ref)
            and (x in self.anchored_old or y in self.anchored_new)
        ):
            return None if x == y and x in self.anchored_old and y in self.anchored_new else False
        key_x, x = self.old.lookup(x) if isinstance(x, Ref) else (None, x)
        key_y, y = self.new.lookup(y) if isinstance(y, Ref) else (None, y)
        if key_x is not None and key_y is not None:
            if key_x == key_y and _closed(self.old.document.closed, key_x, x):
                return None  # the very same bytes, and nothing in them refers elsewhere
            pair = (key_x, key_y)
            if pair in self._proven or pair in assumed:
                return None
            assumed.add(pair)  # assumed equal while comparing (cycles); kept if all is equal
        return x, y

    def _shallow(self, x: Any, y: Any, stack: list[Any]) -> bool:
        if isinstance(x, dict) and isinstance(y, dict):
            return self._dicts(x, y, stack)
        if isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                return False
            stack.extend(zip(x, y, strict=True))
            return True
        if isinstance(x, Stream) and isinstance(y, Stream):
            if not (x.start == y.start and x.end == y.end) and x.raw != y.raw:
                return False
            return self._dicts(x.dict, y.dict, stack)
        if type(x) is not type(y):
            numbers = (int, float)
            return (
                isinstance(x, numbers)
                and isinstance(y, numbers)
                and not isinstance(x, bool)
                and not isinstance(y, bool)
                and x == y
            )
        same: bool = x == y
        return same

    @staticmethod
    def _dicts(x: dict[str, Any], y: dict[str, Any], stack: list[Any]) -> bool:
        keys = set(x) | set(y)
        for key in keys:
            a, b = x.get(key), y.get(key)
            if key in ("Parent", "P") and isinstance(a, Ref) and isinstance(b, Ref):
                continue  # back-pointers: the parent is compared on its own
            stack.append((a, b))
        return True

    def same_except(
        self, a: dict[str, Any], b: dict[str, Any], ignore: frozenset[str] | set[str]
    ) -> list[str]:
        """Keys whose values differ between dictionaries ``a`` and ``b``, ignoring some."""
        keys = (set(a) | set(b)) - set(ignore) - {"Parent", "Kids", "P"}
        return sorted(key for key in keys if not self.same(a.get(key), b.get(key)))


def _closed(cache: dict[Any, Any], key: Any, value: Any) -> bool:
    """Whether ``value`` holds no references (so its bytes alone decide what it shows)."""
    found = cache.get(key)
    if found is None:
        found = True
        stack = [value]
        while stack and found:
            item = stack.pop()
            if isinstance(item, Ref):
                found = False
            elif isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, Stream):
                stack.extend(item.dict.values())
        cache[key] = found
    return found
