"""Changes to the pages that stay shown: their content, resources, properties, annotations.

Widgets of form fields are compared with their fields (:mod:`.form_diff`); markup annotations
are a kind of their own (a P=3 certification permits them), any other widget is content.
"""

from __future__ import annotations

from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.compare import ANNOTATION, OTHER, Change, Comparer
from agreement_studio.verification.overlays import markup_change
from agreement_studio.verification.pages import Page
from agreement_studio.verification.syntax import Ref
from agreement_studio.verification.view import View

_ = translatable(__name__)


def diff_pages(
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
        changes.append(Change(OTHER, _("page {number} content changed", number=number)))
    if not comparer.same(old.attrs.get("Resources"), new.attrs.get("Resources")):
        changes.append(Change(OTHER, _("page {number} resources changed", number=number)))
    other = comparer.same_except(old.attrs, new.attrs, {"Contents", "Resources", "Annots"})
    if other:
        keys = ", ".join(f"/{key}" for key in other)
        changes.append(
            Change(OTHER, _("page {number} properties changed ({keys})", number=number, keys=keys))
        )
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
            kind, _noun, detail = _annotation_kind(comparer.old, comparer.old.resolve(ref))
            text = (
                _("a widget annotation was removed from page {number}", number=number)
                if kind == OTHER
                else _("an annotation was removed from page {number}", number=number)
            )
            changes.append(Change(kind, f"{text}{detail}" if detail else text))
    if kept != [a for a in new_refs if a in kept]:
        changes.append(
            Change(OTHER, _("the annotations on page {number} were reordered", number=number))
        )
    for ref in new_refs:
        if ref not in old_refs and ref not in described:
            annot = comparer.new.resolve(ref)
            kind, _noun, detail = _annotation_kind(comparer.new, annot)
            if kind == ANNOTATION:  # markup: unless it can hide what the signers saw
                changes.append(markup_change(comparer, number, old, annot, "added"))
                continue
            text = (
                _("a widget annotation was added on page {number}", number=number)
                if kind == OTHER
                else _("an annotation was added on page {number}", number=number)
            )
            changes.append(Change(kind, f"{text}{detail}" if detail else text))
    for ref in kept:
        if ref in form_widgets:
            continue  # the form comparison looks at widgets
        before, after = comparer.old.resolve(ref), comparer.new.resolve(ref)
        if not (isinstance(before, dict) and isinstance(after, dict)) or comparer.same_except(
            before, after, set()
        ):
            kind, _noun, detail = _annotation_kind(comparer.old, before)
            if kind == ANNOTATION:
                kind = _annotation_kind(comparer.new, after)[0]
            if kind == ANNOTATION:
                changes.append(markup_change(comparer, number, old, after, "changed"))
                continue
            text = (
                _("a widget annotation on page {number} changed", number=number)
                if kind == OTHER
                else _("an annotation on page {number} changed", number=number)
            )
            changes.append(Change(kind, f"{text}{detail}" if detail else text))
    old_direct = [a for a in old_list if not isinstance(a, Ref)]
    new_direct = [a for a in new_list if not isinstance(a, Ref)]
    if not comparer.same(old_direct, new_direct):
        changes.append(
            Change(OTHER, _("an annotation on page {number} was added or changed", number=number))
        )
    return changes
