"""Structure tree changes (``/StructTreeRoot``) that only make room for new annotations.

Signing a tagged document adds the new signature widget to the structure tree, as PDF/UA asks
(ISO 14289-1 §7.18.1; ISO 32000-2 §14.7.5.4): a structure element (``/Form`` or ``/Annot``)
whose only kid is an object reference (``OBJR``) to the new widget, a ``/ParentTree`` entry for
the widget's ``/StructParent`` and a larger ``/ParentTreeNextKey``. Acrobat, iText and Word do
this with every signature. Nothing a reader shows or reads aloud changes for the content that
was signed.

:func:`structure_only_extended` accepts exactly that: every structure element of the signed
revision keeps its entries (its ``/K`` may gain kids at the end), every new element refers only
to annotations that did not exist when the document was signed (no marked content: it cannot
claim page content), and the parent tree keeps every old entry. Anything else — changed
``/Alt`` or ``/ActualText``, re-ordered reading order, new elements over old content — is a
change.
"""

from __future__ import annotations

from typing import Any

from agreement_studio.verification.compare import Comparer
from agreement_studio.verification.syntax import Ref
from agreement_studio.verification.view import View

__all__ = ["same_ignoring_data", "structure_only_extended"]

MAX_ELEMENTS = 100_000
MAX_DEPTH = 64
_ROOT_KEYS = frozenset({"K", "ParentTree", "ParentTreeNextKey"})


def structure_only_extended(comparer: Comparer, old: View, new: View) -> bool:
    """Whether the new structure tree only adds elements for annotations added since."""
    old_root = old.get(old.catalog, "StructTreeRoot")
    new_root = new.get(new.catalog, "StructTreeRoot")
    if not isinstance(old_root, dict) or not isinstance(new_root, dict):
        return False
    if comparer.same_except(old_root, new_root, _ROOT_KEYS):
        return False
    old_elements = _elements(old, old_root)
    new_elements = _elements(new, new_root)
    if old_elements is None or new_elements is None:
        return False
    for ref, element in old_elements.items():
        after = new_elements.get(ref)
        if after is None or comparer.same_except(element, after, {"K"}):
            return False
        if not _kids_extended(comparer, old, element.get("K"), after.get("K")):
            return False
    if not _kids_extended(comparer, old, old_root.get("K"), new_root.get("K")):
        return False
    for ref, element in new_elements.items():
        if ref not in old_elements and not _refers_only_to_new_annotations(old, new, element):
            return False
    return _parent_tree_extended(comparer, old, new, old_root, new_root)


def same_ignoring_data(old_view: View, new_view: View, old: Any, new: Any, depth: int = 0) -> bool:
    """Signature-like values compared by what they hold, ``/Data`` links only by reference.

    ``/Reference`` dictionaries name the document (``/Data``: the catalog), which later
    revisions rightly change; references on either side are followed, so moving a dictionary
    into an object of its own is no change.
    """
    if depth > MAX_DEPTH:
        return False
    if isinstance(old, Ref):
        old = old_view.resolve(old)
    if isinstance(new, Ref):
        new = new_view.resolve(new)
    if isinstance(old, dict) and isinstance(new, dict):
        if set(old) != set(new):
            return False
        for key in old:
            if key == "Data":
                if old[key] != new[key]:
                    return False
            elif not same_ignoring_data(old_view, new_view, old[key], new[key], depth + 1):
                return False
        return True
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(
            same_ignoring_data(old_view, new_view, a, b, depth + 1)
            for a, b in zip(old, new, strict=True)
        )
    if hasattr(old, "raw") and hasattr(new, "raw"):  # streams: their bytes and dictionaries
        return bool(old.raw == new.raw) and same_ignoring_data(
            old_view, new_view, old.dict, new.dict, depth + 1
        )
    return bool(type(old) is type(new) and old == new)


def _elements(view: View, root: dict[str, Any]) -> dict[Ref, dict[str, Any]] | None:
    """Every structure element under ``root``, by reference (``None`` when too many)."""
    found: dict[Ref, dict[str, Any]] = {}
    stack: list[tuple[Any, int]] = [(root.get("K"), 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH or len(found) > MAX_ELEMENTS:
            return None
        if isinstance(item, list):
            stack.extend((kid, depth) for kid in item)
            continue
        if not isinstance(item, Ref) or item in found:
            continue
        element = view.resolve(item)
        if not isinstance(element, dict) or element.get("Type") in ("OBJR", "MCR"):
            continue
        found[item] = element
        stack.append((element.get("K"), depth + 1))
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _kid_list(view: View, kids: Any) -> list[Any]:
    """A ``/K`` as a list of kids (a reference to an array is followed, one to a kid is not)."""
    if isinstance(kids, Ref):
        resolved = view.resolve(kids)
        if isinstance(resolved, list):
            return resolved
    return _as_list(kids)


def _kids_extended(comparer: Comparer, old_view: View, old: Any, new: Any) -> bool:
    """Whether the new ``/K`` is the old one with kids appended (reading order kept)."""
    old_kids = _kid_list(old_view, old)
    new_kids = _kid_list(comparer.new, new)
    if len(new_kids) < len(old_kids):
        return False
    return all(
        (a == b and isinstance(a, Ref)) or comparer.same(a, b)
        for a, b in zip(old_kids, new_kids, strict=False)
    )


def _refers_only_to_new_annotations(old: View, new: View, element: dict[str, Any]) -> bool:
    """Whether a new element's kids are only references to annotations made since."""
    kids = _kid_list(new, element.get("K"))
    if not kids:
        return False
    for kid in kids:
        kid_value = new.resolve(kid)
        if not isinstance(kid_value, dict) or kid_value.get("Type") != "OBJR":
            return False  # marked content (an MCID) or a nested element: page content
        target = kid_value.get("Obj")
        if not isinstance(target, Ref) or old.exists(target):
            return False
        annotation = new.resolve(target)
        if not isinstance(annotation, dict) or "Subtype" not in annotation:
            return False
    return True


def _parent_tree_extended(
    comparer: Comparer, old: View, new: View, old_root: dict[str, Any], new_root: dict[str, Any]
) -> bool:
    """Whether every entry of the old parent tree maps to the same in the new one."""
    old_entries = _number_tree(old, old_root.get("ParentTree"))
    new_entries = _number_tree(new, new_root.get("ParentTree"))
    if old_entries is None or new_entries is None:
        return False
    return all(
        key in new_entries and comparer.same(value, new_entries[key])
        for key, value in old_entries.items()
    )


def _number_tree(view: View, node: Any) -> dict[int, Any] | None:
    """The entries of a number tree (``/Nums`` under ``/Kids``); ``None`` when malformed."""
    entries: dict[int, Any] = {}
    stack: list[tuple[Any, int]] = [(node, 0)]
    seen: set[Ref] = set()
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Ref):
            if item in seen:
                continue
            seen.add(item)
        item = view.resolve(item)
        if item is None:
            continue
        if not isinstance(item, dict) or depth > MAX_DEPTH or len(entries) > MAX_ELEMENTS:
            return None
        nums = view.resolve(item.get("Nums"))
        if isinstance(nums, list):
            for index in range(0, len(nums) - 1, 2):
                key = nums[index]
                if isinstance(key, int):
                    entries[key] = nums[index + 1]
        kids = view.resolve(item.get("Kids"))
        if isinstance(kids, list):
            stack.extend((kid, depth + 1) for kid in kids)
    return entries
