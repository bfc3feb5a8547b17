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
from agreement_studio.verification.fields import text as text_of
from agreement_studio.verification.pages import Page, page_changes, pages_of, read_page_tree
from agreement_studio.verification.syntax import Ref, Stream
from agreement_studio.verification.view import View
from agreement_studio.verification.visibility import draws, is_placed

__all__ = [
    "ADDITIONS",
    "ANNOTATION",
    "FORM_FILL",
    "METADATA",
    "NEW_STAMP",
    "OTHER",
    "SIGNATURE",
    "TIMESTAMP",
    "VALIDATION",
    "Change",
    "diff",
    "pages_of",
]

MAX_COMPARE_STEPS = 2_000_000
MAX_SIGNATURE_DEPTH = 16
_SIGNING_KEYS = frozenset({"V", "AP", "AS", "MK", "F"})
_FILLING_KEYS = frozenset({"V", "AP", "AS"})
_CATALOG_OWN = frozenset({"Pages", "AcroForm", "DSS", "Extensions", "Metadata", "Version"})
SIGNATURE, TIMESTAMP, VALIDATION, OTHER = "signature", "timestamp", "validation data", "other"
METADATA = "metadata"
FORM_FILL = "form filling"
"""A new value in a form field that existed (not a signature field)."""
ANNOTATION = "annotation"
"""A markup annotation (not a widget) added, removed or changed."""
NEW_STAMP = "signature in a new visible field"
"""A new signature whose new field draws its stamp on a page (where no field was prepared)."""
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


def diff(old: View, new: View) -> list[Change]:
    """The changes from revision ``old`` to revision ``new``, each classified."""
    try:
        old_tree, new_tree = read_page_tree(old), read_page_tree(new)
    except ValueError as error:
        return [Change(OTHER, str(error))]
    old_pages, new_pages = old_tree.pages, new_tree.pages
    changes = [Change(OTHER, text) for text in page_changes(old_tree, new_tree)]
    old_fields, new_fields = walk_fields(old), walk_fields(new)
    anchored_old = _anchors(old, old_pages, old_fields)
    anchored_new = _anchors(new, new_pages, new_fields)
    comparer = Comparer(old, new, anchored_old, anchored_new)
    try:
        form_changes, signing_widgets = _diff_form(comparer, old_fields, new_fields)
        changes += _diff_catalog(comparer, old, new)
        changes += _diff_info(comparer, old, new)
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


def _diff_info(comparer: Comparer, old: View, new: View) -> list[Change]:
    """Changes to the document information dictionary (title, author...), entry by entry.

    Readers show some of it (the title in the window's title bar), so each change is named,
    though a metadata change is allowed after a signature.
    """
    old_info = old.resolve(old.revision.trailer.get("Info"))
    new_info = new.resolve(new.revision.trailer.get("Info"))
    if comparer.same(old_info, new_info):
        return []
    if not (isinstance(old_info, dict | None) and isinstance(new_info, dict | None)):
        return [Change(METADATA, "the document information (/Info) was replaced")]
    old_info, new_info = old_info or {}, new_info or {}
    changes = []
    for key in sorted(set(old_info) | set(new_info)):
        before, after = old_info.get(key), new_info.get(key)
        if comparer.same(before, after):
            continue
        if key not in old_info:
            what = f"added ({_value_words(new, after)})"
        elif key not in new_info:
            what = f"removed (was {_value_words(old, before)})"
        else:
            what = f"changed from {_value_words(old, before)} to {_value_words(new, after)}"
        changes.append(Change(METADATA, f"document information /{key} {what}"))
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
    described: set[Ref],
    form_widgets: set[Ref],
) -> list[Change]:
    """Each page that is in both revisions, compared (added or hidden pages are told apart)."""
    changes = []
    new_by_ref = {page.ref: page for page in new if page.ref is not None}
    for number, before in enumerate(old, 1):
        if before.ref is not None:
            after = new_by_ref.get(before.ref)
        else:
            after = new[number - 1] if number <= len(new) and new[number - 1].ref is None else None
        if after is None:
            continue  # no longer shown: page_changes says so
        changes += _diff_page(comparer, number, before, after)
        changes += _diff_annots(comparer, number, before, after, described, form_widgets)
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


def _annotation_kind(view: View, annot: Any) -> tuple[str, str, str]:
    """``(kind, noun, detail)`` for an annotation: markup, or a widget (form content)."""
    subtype = view.get(annot, "Subtype")
    if subtype == "Widget" or not isinstance(annot, dict):
        return OTHER, "a widget annotation", ""
    return ANNOTATION, "an annotation", ""


def _diff_annots(
    comparer: Comparer,
    number: int,
    old: Page,
    new: Page,
    described: set[Ref],
    form_widgets: set[Ref],
) -> list[Change]:
    """The annotations of one page. Widgets of fields are compared with their fields."""
    old_list = comparer.old.resolve(old.attrs.get("Annots"))
    new_list = comparer.new.resolve(new.attrs.get("Annots"))
    old_list = old_list if isinstance(old_list, list) else []
    new_list = new_list if isinstance(new_list, list) else []
    old_refs = [a for a in old_list if isinstance(a, Ref)]
    new_refs = [a for a in new_list if isinstance(a, Ref)]
    changes = []
    kept = [a for a in old_refs if a in new_refs]
    for ref in old_refs:
        if ref not in new_refs:
            kind, noun, detail = _annotation_kind(comparer.old, comparer.old.resolve(ref))
            changes.append(Change(kind, f"{noun} was removed from page {number}{detail}"))
    if kept != [a for a in new_refs if a in kept]:
        changes.append(Change(OTHER, f"the annotations on page {number} were reordered"))
    for ref in new_refs:
        if ref not in old_refs and ref not in described:
            kind, noun, detail = _annotation_kind(comparer.new, comparer.new.resolve(ref))
            changes.append(Change(kind, f"{noun} was added on page {number}{detail}"))
    for ref in kept:
        if ref in form_widgets:
            continue  # the form comparison looks at widgets
        before, after = comparer.old.resolve(ref), comparer.new.resolve(ref)
        if not (isinstance(before, dict) and isinstance(after, dict)) or comparer.same_except(
            before, after, set()
        ):
            kind, noun, detail = _annotation_kind(comparer.old, before)
            if kind == ANNOTATION:
                kind = _annotation_kind(comparer.new, after)[0]
            changes.append(Change(kind, f"{noun} on page {number} changed{detail}"))
    old_direct = [a for a in old_list if not isinstance(a, Ref)]
    new_direct = [a for a in new_list if not isinstance(a, Ref)]
    if not comparer.same(old_direct, new_direct):
        changes.append(Change(OTHER, f"an annotation on page {number} was added or changed"))
    return changes


def _diff_form(
    comparer: Comparer, old_fields: list[Field], new_fields: list[Field]
) -> tuple[list[Change], set[Ref]]:
    """The changes to the form, and the widgets of new fields (which they describe)."""
    old_by_name = _by_name(old_fields)
    new_by_name = _by_name(new_fields)
    changes: list[Change] = []
    described: set[Ref] = set()
    signing = False
    for name, field in new_by_name.items():
        before = old_by_name.get(name)
        kind = comparer.new.resolve(field.kind)
        if before is None:
            described.update(r for r, _ in field.widgets if r is not None)
            if kind == "Sig":
                change = _signature_added(comparer, field)
                signing = signing or change.kind != OTHER
                changes.append(change)
            else:
                changes.append(Change(OTHER, f"field '{name}' was added"))
            continue
        field_changes = _diff_field(comparer, before, field)
        signing = signing or any(c.kind in ADDITIONS for c in field_changes)
        changes += field_changes
    for name, field in old_by_name.items():
        if name not in new_by_name:
            what = "signature field" if comparer.old.resolve(field.kind) == "Sig" else "field"
            changes.append(Change(OTHER, f"{what} '{name}' was removed"))
    changes += _diff_acroform(comparer, signing)
    return changes, described


def _by_name(fields: list[Field]) -> dict[str, Field]:
    found: dict[str, Field] = {}
    for field in fields:
        name, count = field.name, 1
        while name in found:
            count += 1
            name = f"{field.name}#{count}"
        found[name] = field
    return found


def _drawing_widgets(comparer: Comparer, field: Field) -> list[tuple[Ref | None, dict]]:
    return [(ref, widget) for ref, widget in field.widgets if draws(comparer.new, widget)]


def _page_of(view: View, widget_ref: Ref | None, widget: dict) -> tuple[int, Page] | None:
    """``(number, page)`` of the page that shows a widget (by /Annots, else by /P)."""
    try:
        pages = pages_of(view)
    except ValueError:
        return None
    page_ref = widget.get("P")
    for number, page in enumerate(pages, 1):
        annots = view.resolve(page.attrs.get("Annots"))
        if isinstance(annots, list) and widget_ref is not None and widget_ref in annots:
            return number, page
    for number, page in enumerate(pages, 1):
        if page_ref is not None and page.ref == page_ref:
            return number, page
    return None


def _rect(view: View, annot: Any) -> tuple[float, float, float, float] | None:
    rect = view.get(annot, "Rect")
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    numbers = [view.resolve(n) for n in rect]
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    x1, y1, x2, y2 = numbers
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _covered(comparer: Comparer, page_ref: Ref | None, rect: tuple) -> bool:
    """Whether ``rect`` overlaps something drawn by an annotation the old revision showed."""
    if page_ref is None:
        return False
    page = comparer.old.resolve(page_ref)
    annots = comparer.old.get(page, "Annots")
    for annot in annots if isinstance(annots, list) else []:
        annot = comparer.old.resolve(annot)
        if not isinstance(annot, dict) or not draws(comparer.old, annot):
            continue
        other = _rect(comparer.old, annot)
        if other is not None and _overlap(rect, other):
            return True
    return False


def _overlap(a: tuple, b: tuple) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _signature_added(comparer: Comparer, field: Field) -> Change:
    """A new signature field: allowed when it shows nothing, or shows a new signature's stamp.

    An empty field whose widget draws is content no earlier signer saw (an overlay that looks
    like page content), and so is a stamp laid over what an earlier annotation shows (an earlier
    signature's stamp). A new signature with its own stamp in a new field is what many tools do
    when they sign ("sign anywhere"); a certification does not permit it (:mod:`.policy`).
    """
    name = field.name
    value = comparer.new.resolve(field.value)
    drawing = _drawing_widgets(comparer, field)
    for ref, widget in drawing:
        found = _page_of(comparer.new, ref, widget)
        where = f"page {found[0]}" if found else "a page"
        if value is None:
            return Change(
                OTHER,
                f"an empty signature field '{name}' was added that draws on {where} "
                "(content that no earlier signer saw)",
                name,
            )
        rect = _rect(comparer.new, widget)
        if found and rect and _covered(comparer, found[1].ref, rect):
            return Change(
                OTHER,
                f"a signature field '{name}' was added that draws over an annotation on {where}",
                name,
            )
    if value is None:
        return Change(SIGNATURE, f"an empty invisible signature field '{name}' was added", name)
    change = _new_value(comparer, field, "added")
    if drawing and change.kind == SIGNATURE:
        return Change(NEW_STAMP, change.text, name, lockable=True)
    return change


def _new_value(comparer: Comparer, field: Field, verb: str) -> Change:
    """A signature (or document timestamp) put into field ``field`` in this revision."""
    name = field.name
    value = comparer.new.resolve(field.value)
    if not isinstance(field.value, Ref) or comparer.old.exists(field.value):
        return Change(OTHER, f"field '{name}' was given a signature that is not new", name)
    if isinstance(value, dict) and value.get("Type") == "DocTimeStamp":
        return Change(TIMESTAMP, f"a document timestamp in field '{name}' was {verb}", name)
    if verb == "signed":
        return Change(SIGNATURE, f"field '{name}' was signed", name, lockable=True)
    return Change(SIGNATURE, f"a signature in field '{name}' was added", name, lockable=True)


def _diff_field(comparer: Comparer, old: Field, new: Field) -> list[Change]:
    name = new.name
    old_kind, new_kind = comparer.old.resolve(old.kind), comparer.new.resolve(new.kind)
    if old_kind != new_kind:
        return [Change(OTHER, f"field '{name}' changed type")]
    ignore: frozenset[str] = frozenset({"V"})
    changes = []
    if new_kind == "Sig":
        if old.value is None and new.value is not None:
            change = _new_value(comparer, new, "signed")
            changes.append(change)
            if change.kind != OTHER:
                ignore = _SIGNING_KEYS
                changes += _uncovered(comparer, old, new)
        elif not _same_signature(comparer, old.value, new.value):
            changes.append(Change(OTHER, f"the signature dictionary of field '{name}' changed"))
    elif not comparer.same(old.value, new.value):
        changes.append(_filled(comparer, old, new))
        ignore = _FILLING_KEYS
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


def _filled(comparer: Comparer, old: Field, new: Field) -> Change:
    """Form filling: a new value in a field that existed (its appearance may follow it)."""
    before, after = _value_words(comparer.old, old.value), _value_words(comparer.new, new.value)
    return Change(
        FORM_FILL,
        f"field '{new.name}' value changed (from {before} to {after})",
        new.name,
        lockable=True,
    )


def _value_words(view: View, value: Any) -> str:
    value = view.resolve(value)
    if value is None:
        return "empty"
    if isinstance(value, bytes | str):
        words = text_of(value)
        return repr(words if len(words) <= 60 else words[:57] + "...")
    if isinstance(value, list):
        return "a list of " + str(len(value))
    return repr(str(value)[:60])


def _uncovered(comparer: Comparer, old: Field, new: Field) -> list[Change]:
    """A prepared field that showed nothing may not start to show something when signed.

    Signing fills the box an earlier signer saw; a prepared field that was hidden (or had no
    area) was no box at all, so a stamp there is new content.
    """
    old_widgets = dict(old.widgets)
    for ref, widget in new.widgets:
        before = old_widgets.get(ref)
        if before is None or is_placed(comparer.old, before):
            continue
        if draws(comparer.new, widget):
            return [
                Change(
                    OTHER,
                    f"signature field '{new.name}' was hidden before and draws since it was signed",
                    new.name,
                )
            ]
    return []


def _same_signature(comparer: Comparer, old: Any, new: Any) -> bool:
    """Whether a signed field still holds the very signature dictionary it held.

    Compared by value, except that ``/Data`` in a ``/Reference`` dictionary is compared as a
    reference and not followed: it points at the document (the catalog for DocMDP and
    FieldMDP), which later revisions rightly change.
    """
    if old != new:
        return False
    if isinstance(old, Ref):
        key_old, _ = comparer.old.lookup(old)
        key_new, _ = comparer.new.lookup(new)
        if key_old is not None and key_old == key_new:
            return True
    return _signature_equal(comparer, old, new, 0)


def _signature_equal(comparer: Comparer, old: Any, new: Any, depth: int) -> bool:
    if depth > MAX_SIGNATURE_DEPTH:
        return False
    if isinstance(old, Ref) or isinstance(new, Ref):
        if not (isinstance(old, Ref) and isinstance(new, Ref)):
            return False
        old, new = comparer.old.resolve(old), comparer.new.resolve(new)
    if isinstance(old, dict) and isinstance(new, dict):
        if set(old) != set(new):
            return False
        for key in old:
            if key == "Data":
                if old[key] != new[key]:
                    return False
            elif not _signature_equal(comparer, old[key], new[key], depth + 1):
                return False
        return True
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(
            _signature_equal(comparer, a, b, depth + 1) for a, b in zip(old, new, strict=True)
        )
    return comparer.same(old, new)


def _node_changes(
    comparer: Comparer, name: str, old: dict, new: dict, ignore: frozenset[str]
) -> list[Change]:
    keys = comparer.same_except(old, new, ignore)
    if not keys:
        return []
    if set(keys) <= {"AP", "AS", "MK"}:
        return [Change(OTHER, f"the appearance of field '{name}' changed", name)]
    listed = ", ".join(f"/{key}" for key in keys)
    return [Change(OTHER, f"field '{name}' changed ({listed})", name)]


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
