"""What changed between two revisions, in terms of what a reader shows.

Both revisions are resolved the way a reader resolves them — page tree with inherited
attributes, content streams, resources, annotations, form fields, catalog entries — and compared
by value, not by object number: an object that existed unused at signing time and is referenced
later (a shadow attack) changes what is compared, so it is caught. Pages, annotations and form
fields have their own comparisons; elsewhere a reference to one of them compares by identity,
so that adding a signature widget to page 1 does not count as "the outline changed".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agreement_studio.verification.fields import Field, walk_fields
from agreement_studio.verification.syntax import Ref, Stream
from agreement_studio.verification.view import View

MAX_PAGES = 100_000
MAX_TREE_DEPTH = 64
MAX_COMPARE_STEPS = 2_000_000
_INHERITED = ("Resources", "MediaBox", "CropBox", "Rotate")
_SIGNING_KEYS = frozenset({"V", "AP", "AS", "MK", "F"})
_CATALOG_OWN = frozenset({"Pages", "AcroForm", "DSS", "Extensions", "Metadata", "Version"})
SIGNATURE, TIMESTAMP, VALIDATION, OTHER = "signature", "timestamp", "validation data", "other"
METADATA = "metadata"
ADDITIONS = frozenset({SIGNATURE, TIMESTAMP, VALIDATION, METADATA})
"""The kinds of change that may follow a signature (unless a certification forbids them)."""


@dataclass(frozen=True)
class Change:
    """One change between two revisions; ``kind`` says whether it may follow a signature."""

    kind: str
    text: str
    field: str | None = None
    """The form field the change is in, where it is one."""


class CompareTooBig(Exception):
    """The comparison would take too long; the file is treated as changed."""


class Comparer:
    """Compares values from an old and a new view by what they mean, not where they are."""

    def __init__(self, old: View, new: View, anchored_old: set[Ref], anchored_new: set[Ref]):
        self.old, self.new = old, new
        self.anchored_old, self.anchored_new = anchored_old, anchored_new
        self._proven: set[tuple[Any, Any]] = set()
        self.steps = 0

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

    def _deref(self, x: Any, y: Any, assumed: set) -> tuple[Any, Any] | bool | None:
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

    def _shallow(self, x: Any, y: Any, stack: list) -> bool:
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
        return x == y

    @staticmethod
    def _dicts(x: dict, y: dict, stack: list) -> bool:
        keys = set(x) | set(y)
        for key in keys:
            a, b = x.get(key), y.get(key)
            if key in ("Parent", "P") and isinstance(a, Ref) and isinstance(b, Ref):
                continue  # back-pointers: the parent is compared on its own
            stack.append((a, b))
        return True

    def same_except(self, a: dict, b: dict, ignore: frozenset[str] | set[str]) -> list[str]:
        """Keys whose values differ between dictionaries ``a`` and ``b``, ignoring some."""
        keys = (set(a) | set(b)) - set(ignore) - {"Parent", "Kids", "P"}
        return sorted(key for key in keys if not self.same(a.get(key), b.get(key)))


def _closed(cache: dict, key: Any, value: Any) -> bool:
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


@dataclass
class Page:
    """A page with its inherited attributes folded in."""

    ref: Ref | None
    attrs: dict


def pages_of(view: View) -> list[Page]:
    """The pages of ``view`` in order; raises ``ValueError`` for a broken page tree.

    Inherited attributes come down the /Kids path. A node whose /Parent points elsewhere would
    inherit differently in readers that climb /Parent links, so that is noted as an anomaly.
    """
    pages: list[Page] = []
    seen: set[Ref] = set()
    stack: list[tuple[Any, Any, dict, int]] = [(view.catalog.get("Pages"), None, {}, 0)]
    while stack:
        item, parent, inherited, depth = stack.pop()
        if isinstance(item, Ref):
            if item in seen:
                raise ValueError("the page tree has a loop")
            seen.add(item)
        node = view.resolve(item)
        if not isinstance(node, dict) or depth > MAX_TREE_DEPTH or len(pages) > MAX_PAGES:
            raise ValueError("the page tree is damaged")
        if parent is not None and node.get("Parent") != parent:
            view.document.note(
                view.number, "a page tree node's /Parent is not the node that lists it"
            )
        kids = view.resolve(node.get("Kids"))
        if node.get("Type") == "Pages" or (node.get("Type") is None and kids is not None):
            if not isinstance(kids, list):
                raise ValueError("the page tree is damaged")
            passed = {**inherited, **{k: node[k] for k in _INHERITED if k in node}}
            own = item if isinstance(item, Ref) else None
            stack.extend((kid, own, passed, depth + 1) for kid in reversed(kids))
        else:
            pages.append(Page(item if isinstance(item, Ref) else None, {**inherited, **node}))
    return pages


def diff(old: View, new: View) -> list[Change]:
    """The changes from revision ``old`` to revision ``new``, each classified."""
    changes: list[Change] = []
    try:
        old_pages, new_pages = pages_of(old), pages_of(new)
    except ValueError as error:
        return [*changes, Change(OTHER, str(error))]
    old_fields, new_fields = walk_fields(old), walk_fields(new)
    anchored_old = _anchors(old, old_pages, old_fields)
    anchored_new = _anchors(new, new_pages, new_fields)
    comparer = Comparer(old, new, anchored_old, anchored_new)
    try:
        form_changes, signing_widgets = _diff_form(comparer, old_fields, new_fields)
        changes += _diff_catalog(comparer, old, new)
        changes += _diff_pages(
            comparer,
            old_pages,
            new_pages,
            signing_widgets,
            _widgets(old_fields) | _widgets(new_fields),
        )
        changes += form_changes
    except CompareTooBig:
        changes.append(Change(OTHER, "the changes are too large to compare"))
    return changes


def _widgets(fields: list[Field]) -> set[Ref]:
    return {ref for field in fields for ref, _ in field.widgets if ref is not None}


def _anchors(view: View, pages: list[Page], fields: list[Field]) -> set[Ref]:
    anchored = {page.ref for page in pages if page.ref is not None}
    for page in pages:
        annots = view.resolve(page.attrs.get("Annots"))
        if isinstance(annots, list):
            anchored.update(a for a in annots if isinstance(a, Ref))
    for field in fields:
        if field.ref is not None:
            anchored.add(field.ref)
        if isinstance(field.value, Ref):
            anchored.add(field.value)
        anchored |= {ref for ref, _ in field.widgets if ref is not None}
    return anchored


def _diff_catalog(comparer: Comparer, old: View, new: View) -> list[Change]:
    changes = []
    old_cat, new_cat = old.catalog, new.catalog
    for key in sorted((set(old_cat) | set(new_cat)) - _CATALOG_OWN):
        if not comparer.same(old_cat.get(key), new_cat.get(key)):
            what = "added" if key not in old_cat else "removed" if key not in new_cat else "changed"
            changes.append(Change(OTHER, f"the document catalog entry /{key} was {what}"))
    if not comparer.same(old_cat.get("DSS"), new_cat.get("DSS")):
        changes.append(Change(VALIDATION, "validation data (DSS) was added or updated"))
    if not comparer.same(old_cat.get("Metadata"), new_cat.get("Metadata")):
        # XMP metadata is not shown on the pages; signing tools (Acrobat) update it.
        changes.append(Change(METADATA, "the document metadata (XMP) was updated"))
    if not comparer.same(old_cat.get("Extensions"), new_cat.get("Extensions")):
        changes.append(Change(VALIDATION, "the extension declarations were updated"))
    changes += _version_change(old, new)
    return changes


def _pdf_version(view: View) -> tuple[int, ...] | None:
    value = view.resolve(view.catalog.get("Version"))
    text = str(value).lstrip("/") if value is not None else ""
    try:
        return tuple(int(part) for part in text.split(".")) if text else None
    except ValueError:
        return (-1,)


def _version_change(old: View, new: View) -> list[Change]:
    # Signing tools raise the declared PDF version (PAdES needs 1.7); that shows nothing new.
    before, after = _pdf_version(old), _pdf_version(new)
    if before == after:
        return []
    if after is not None and after != (-1,) and (before is None or after > before):
        return [Change(METADATA, "the declared PDF version was raised")]
    return [Change(OTHER, "the declared PDF version (/Version) was changed")]


def _diff_pages(
    comparer: Comparer,
    old: list[Page],
    new: list[Page],
    signing_widgets: dict[Ref, str],
    form_widgets: set[Ref],
) -> list[Change]:
    changes = []
    if len(new) > len(old):
        count = len(new) - len(old)
        changes.append(Change(OTHER, f"{count} page{'s' if count > 1 else ''} added"))
    elif len(new) < len(old):
        count = len(old) - len(new)
        changes.append(Change(OTHER, f"{count} page{'s' if count > 1 else ''} removed"))
    for number, (before, after) in enumerate(zip(old, new, strict=False), 1):
        changes += _diff_page(comparer, number, before, after)
        changes += _diff_annots(comparer, number, before, after, signing_widgets, form_widgets)
    return changes


def _diff_page(comparer: Comparer, number: int, old: Page, new: Page) -> list[Change]:
    changes = []
    if not comparer.same(old.attrs.get("Contents"), new.attrs.get("Contents")):
        changes.append(Change(OTHER, f"page {number} content changed"))
    if not comparer.same(old.attrs.get("Resources"), new.attrs.get("Resources")):
        changes.append(Change(OTHER, f"page {number} resources changed"))
    other = comparer.same_except(old.attrs, new.attrs, {"Contents", "Resources", "Annots"})
    if other:
        keys = ", ".join(f"/{key}" for key in other)
        changes.append(Change(OTHER, f"page {number} properties changed ({keys})"))
    return changes


def _diff_annots(
    comparer: Comparer,
    number: int,
    old: Page,
    new: Page,
    signing_widgets: dict[Ref, str],
    form_widgets: set[Ref],
) -> list[Change]:
    old_list = comparer.old.resolve(old.attrs.get("Annots"))
    new_list = comparer.new.resolve(new.attrs.get("Annots"))
    old_list = old_list if isinstance(old_list, list) else []
    new_list = new_list if isinstance(new_list, list) else []
    old_refs = [a for a in old_list if isinstance(a, Ref)]
    new_refs = [a for a in new_list if isinstance(a, Ref)]
    changes = []
    kept = [a for a in old_refs if a in new_refs]
    if len(kept) < len(old_refs):
        changes.append(Change(OTHER, f"an annotation was removed from page {number}"))
    if kept != [a for a in new_refs if a in kept]:
        changes.append(Change(OTHER, f"the annotations on page {number} were reordered"))
    for ref in new_refs:
        if ref not in old_refs and ref not in signing_widgets:
            changes.append(Change(OTHER, f"an annotation was added on page {number}"))
    for ref in kept:
        if ref in form_widgets:
            continue  # the form comparison looks at widgets
        before, after = comparer.old.resolve(ref), comparer.new.resolve(ref)
        if not (isinstance(before, dict) and isinstance(after, dict)) or comparer.same_except(
            before, after, set()
        ):
            changes.append(Change(OTHER, f"an annotation on page {number} changed"))
    old_direct = [a for a in old_list if not isinstance(a, Ref)]
    new_direct = [a for a in new_list if not isinstance(a, Ref)]
    if not comparer.same(old_direct, new_direct):
        changes.append(Change(OTHER, f"an annotation on page {number} was added or changed"))
    return changes


def _diff_form(
    comparer: Comparer, old_fields: list[Field], new_fields: list[Field]
) -> tuple[list[Change], dict[Ref, str]]:
    old_by_name = _by_name(old_fields)
    new_by_name = _by_name(new_fields)
    changes: list[Change] = []
    signing_widgets: dict[Ref, str] = {}
    for name, field in new_by_name.items():
        before = old_by_name.get(name)
        kind = comparer.new.resolve(field.kind)
        if before is None:
            if kind == "Sig":
                change = _signature_added(comparer, field)
                changes.append(change)
                if change.kind != OTHER:
                    signing_widgets.update({r: change.kind for r, _ in field.widgets if r})
            else:
                changes.append(Change(OTHER, f"field '{name}' was added"))
            continue
        changes += _diff_field(comparer, before, field, signing_widgets)
    for name, field in old_by_name.items():
        if name not in new_by_name:
            what = "signature field" if comparer.old.resolve(field.kind) == "Sig" else "field"
            changes.append(Change(OTHER, f"{what} '{name}' was removed"))
    changes += _diff_acroform(comparer, bool(signing_widgets))
    return changes, signing_widgets


def _by_name(fields: list[Field]) -> dict[str, Field]:
    found: dict[str, Field] = {}
    for field in fields:
        name, count = field.name, 1
        while name in found:
            count += 1
            name = f"{field.name}#{count}"
        found[name] = field
    return found


def _signature_added(comparer: Comparer, field: Field, verb: str = "added") -> Change:
    """A new or newly filled signature field: allowed only with a new signature in it."""
    name = field.name
    value = comparer.new.resolve(field.value)
    if value is None:
        return Change(SIGNATURE, f"an empty signature field '{name}' was added", name)
    if not isinstance(field.value, Ref) or comparer.old.exists(field.value):
        return Change(OTHER, f"field '{name}' was given a signature that is not new", name)
    if isinstance(value, dict) and value.get("Type") == "DocTimeStamp":
        return Change(TIMESTAMP, f"a document timestamp in field '{name}' was {verb}", name)
    if verb == "signed":
        return Change(SIGNATURE, f"field '{name}' was signed", name)
    return Change(SIGNATURE, f"a signature in field '{name}' was added", name)


def _diff_field(
    comparer: Comparer, old: Field, new: Field, signing_widgets: dict[Ref, str]
) -> list[Change]:
    name = new.name
    old_kind, new_kind = comparer.old.resolve(old.kind), comparer.new.resolve(new.kind)
    if old_kind != new_kind:
        return [Change(OTHER, f"field '{name}' changed type")]
    ignore: frozenset[str] = frozenset({"V"})
    changes = []
    if new_kind == "Sig":
        old_sig, new_sig = comparer.old.resolve(old.value), comparer.new.resolve(new.value)
        if old.value is None and new.value is not None:
            change = _signature_added(comparer, new, "signed")
            changes.append(change)
            if change.kind != OTHER:
                signing_widgets.update({r: change.kind for r, _ in new.widgets if r})
                ignore = _SIGNING_KEYS
        elif not (old.value == new.value and comparer.same(old_sig, new_sig)):
            changes.append(Change(OTHER, f"the signature dictionary of field '{name}' changed"))
    elif not comparer.same(old.value, new.value):
        changes.append(Change(OTHER, f"field '{name}' value changed"))
    changes += _node_changes(comparer, name, old.attrs, new.attrs, ignore)
    old_widgets = {ref: node for ref, node in old.widgets}
    new_widgets = {ref: node for ref, node in new.widgets}
    if set(old_widgets) != set(new_widgets):
        changes.append(Change(OTHER, f"the widgets of field '{name}' changed"))
    for ref in set(old_widgets) & set(new_widgets):
        if old_widgets[ref] is old.node:
            continue
        changes += _node_changes(comparer, name, old_widgets[ref], new_widgets[ref], ignore - {"V"})
    return changes


def _node_changes(
    comparer: Comparer, name: str, old: dict, new: dict, ignore: frozenset[str]
) -> list[Change]:
    keys = comparer.same_except(old, new, ignore)
    if not keys:
        return []
    if set(keys) <= {"AP", "AS", "MK"}:
        return [Change(OTHER, f"the appearance of field '{name}' changed")]
    listed = ", ".join(f"/{key}" for key in keys)
    return [Change(OTHER, f"field '{name}' changed ({listed})")]


def _diff_acroform(comparer: Comparer, signing: bool) -> list[Change]:
    old = comparer.old.get(comparer.old.catalog, "AcroForm")
    new = comparer.new.get(comparer.new.catalog, "AcroForm")
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    changes = []
    # Signing tools put their appearance resources and default appearance into /DR and /DA;
    # these only matter when a viewer rebuilds field appearances (NeedAppearances).
    rebuilds = comparer.new.resolve(new.get("NeedAppearances")) is True
    tolerated = {"Fields", "SigFlags"} | ({"DR", "DA"} if signing and not rebuilds else set())
    for key in comparer.same_except(old, new, {"Fields", "SigFlags"}):
        if key in tolerated:
            changes.append(Change(SIGNATURE, f"the form's /{key} was updated for a signature"))
        else:
            changes.append(Change(OTHER, f"the form setting /{key} changed"))
    return changes
