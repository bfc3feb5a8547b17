"""What changed between two revisions, in terms of what a reader shows.

Both revisions are resolved the way a reader resolves them — page tree with inherited
attributes, content streams, resources, annotations, form fields, catalog entries — and compared
by value, not by object number: an object that existed unused at signing time and is referenced
later (a shadow attack) changes what is compared, so it is caught. Pages, annotations and form
fields have their own comparisons; elsewhere a reference to one of them compares by identity,
so that adding a signature widget to page 1 does not count as "the outline changed".

The parts: :mod:`.pages` (which pages readers show), :mod:`.page_diff` (what the shown pages
hold), :mod:`.form_diff` (fields and signatures), and here the catalog, /Info and version.
Whether a change may follow a signature is for :mod:`.policy` to say.
"""

from __future__ import annotations

from agreement_studio.i18n import translatable
from agreement_studio.verification.compare import (
    ADDITIONS,
    ANNOTATION,
    FORM_FILL,
    METADATA,
    NEW_STAMP,
    OTHER,
    SIGNATURE,
    TIMESTAMP,
    VALIDATION,
    Change,
    Comparer,
    CompareTooBig,
)
from agreement_studio.verification.fields import Field, walk_fields
from agreement_studio.verification.form_diff import diff_form, value_words
from agreement_studio.verification.page_diff import diff_pages
from agreement_studio.verification.pages import Page, page_changes, pages_of, read_page_tree
from agreement_studio.verification.report import reason_of
from agreement_studio.verification.structure_diff import (
    same_ignoring_data,
    structure_only_extended,
)
from agreement_studio.verification.syntax import Ref
from agreement_studio.verification.view import View

_ = translatable(__name__)

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

_CATALOG_OWN = frozenset(
    {"Pages", "AcroForm", "DSS", "Extensions", "Metadata", "Version", "Perms", "StructTreeRoot"}
)


def diff(old: View, new: View) -> list[Change]:
    """The changes from revision ``old`` to revision ``new``, each classified."""
    try:
        old_tree, new_tree = read_page_tree(old), read_page_tree(new)
    except ValueError as error:
        return [Change(OTHER, reason_of(error))]
    old_pages, new_pages = old_tree.pages, new_tree.pages
    changes = [Change(OTHER, text) for text in page_changes(old_tree, new_tree)]
    old_fields, new_fields = walk_fields(old), walk_fields(new)
    anchored_old = _anchors(old, old_pages, old_fields)
    anchored_new = _anchors(new, new_pages, new_fields)
    comparer = Comparer(old, new, anchored_old, anchored_new)
    try:
        form_changes, described = diff_form(comparer, old_fields, new_fields)
        changes += _diff_catalog(comparer, old, new)
        changes += _diff_info(comparer, old, new)
        changes += diff_pages(
            comparer,
            old_pages,
            new_pages,
            described,
            _widgets(old_fields) | _widgets(new_fields),
        )
        changes += form_changes
    except CompareTooBig:
        changes.append(Change(OTHER, _("the changes are too large to compare")))
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
            changes.append(Change(OTHER, _catalog_entry(key, key in old_cat, key in new_cat)))
    if not same_ignoring_data(old, new, old_cat.get("Perms"), new_cat.get("Perms")):
        changes.append(_perms_change(old, new))
    if not comparer.same(old_cat.get("StructTreeRoot"), new_cat.get("StructTreeRoot")):
        if structure_only_extended(comparer, old, new):
            text = _("the structure tree gained elements for the annotations added")
            changes.append(Change(SIGNATURE, text))
        else:
            text = _("the document structure tree (/StructTreeRoot) was changed")
            changes.append(Change(OTHER, text))
    if not comparer.same(old_cat.get("DSS"), new_cat.get("DSS")):
        changes.append(Change(VALIDATION, _("validation data (DSS) was added or updated")))
    if not comparer.same(old_cat.get("Metadata"), new_cat.get("Metadata")):
        # XMP metadata is not shown on the pages; signing tools (Acrobat) update it.
        changes.append(Change(METADATA, _("the document metadata (XMP) was updated")))
    if not comparer.same(old_cat.get("Extensions"), new_cat.get("Extensions")):
        changes.append(Change(VALIDATION, _("the extension declarations were updated")))
    changes += _version_change(old, new)
    return changes


def _catalog_entry(key: str, before: bool, after: bool) -> str:
    if not before:
        return _("the document catalog entry /{key} was added", key=key)
    if not after:
        return _("the document catalog entry /{key} was removed", key=key)
    return _("the document catalog entry /{key} was changed", key=key)


def _perms_change(old: View, new: View) -> Change:
    """A new ``/Perms`` is part of a certification made in this very revision; else a change.

    ISO 32000-2 §12.8.2.2: the certification signature's dictionary is named in the catalog's
    ``/Perms /DocMDP``. Declaring it together with that new signature adds a signature;
    changing or removing an existing declaration, or naming anything else, is not allowed.
    """
    old_perms, new_perms = old.get(old.catalog, "Perms"), new.get(new.catalog, "Perms")
    if old_perms is None and isinstance(new_perms, dict) and set(new_perms) == {"DocMDP"}:
        ref = new_perms.get("DocMDP")
        sig = new.resolve(ref)
        if (
            isinstance(ref, Ref)
            and not old.exists(ref)
            and isinstance(sig, dict)
            and "ByteRange" in sig
            and "Contents" in sig
        ):
            return Change(SIGNATURE, _("a certification signature was declared (/Perms /DocMDP)"))
    return Change(OTHER, _catalog_entry("Perms", old_perms is not None, new_perms is not None))


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
        return [Change(METADATA, _("the document information (/Info) was replaced"))]
    old_info, new_info = old_info or {}, new_info or {}
    changes = []
    for key in sorted(set(old_info) | set(new_info)):
        before, after = old_info.get(key), new_info.get(key)
        if comparer.same(before, after):
            continue
        if key not in old_info:
            text = _(
                "document information /{key} added ({value})",
                key=key,
                value=value_words(new, after),
            )
        elif key not in new_info:
            text = _(
                "document information /{key} removed (was {value})",
                key=key,
                value=value_words(old, before),
            )
        else:
            text = _(
                "document information /{key} changed from {before} to {after}",
                key=key,
                before=value_words(old, before),
                after=value_words(new, after),
            )
        changes.append(Change(METADATA, text))
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
        return [Change(METADATA, _("the declared PDF version was raised"))]
    return [Change(OTHER, _("the declared PDF version (/Version) was changed"))]
