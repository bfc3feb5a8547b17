"""Changes to the form: fields filled, signature fields signed or added, the form's settings.

A signature into a field prepared before (with its stamp in the field's box), a new invisible
signature field or document timestamp, and a new value in a field (form filling) are kinds that
a policy may allow. A new signature field whose widget draws while empty, or over an earlier
annotation, is new content no earlier signer saw (the "sneaky signature" overlay).
"""

from __future__ import annotations

from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.compare import (
    ADDITIONS,
    FORM_FILL,
    NEW_STAMP,
    OTHER,
    SIGNATURE,
    TIMESTAMP,
    Change,
    Comparer,
)
from agreement_studio.verification.fields import Field
from agreement_studio.verification.fields import text as text_of
from agreement_studio.verification.overlays import stamp_change
from agreement_studio.verification.pages import Page, pages_of
from agreement_studio.verification.syntax import Ref
from agreement_studio.verification.view import View
from agreement_studio.verification.visibility import draws, is_placed

_ = translatable(__name__)

MAX_SIGNATURE_DEPTH = 16
_SIGNING_KEYS = frozenset({"V", "AP", "AS", "MK", "F"})
_FILLING_KEYS = frozenset({"V", "AP", "AS"})


def diff_form(
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
            described.update(r for r, _widget in field.widgets if r is not None)
            if kind == "Sig":
                added = _signature_added(comparer, field)
                signing = signing or any(change.kind != OTHER for change in added)
                changes += added
            else:
                changes.append(Change(OTHER, _("field '{name}' was added", name=name)))
            continue
        field_changes = _diff_field(comparer, before, field)
        signing = signing or any(c.kind in ADDITIONS for c in field_changes)
        changes += field_changes
    for name, field in old_by_name.items():
        if name not in new_by_name:
            if comparer.old.resolve(field.kind) == "Sig":
                text = _("signature field '{name}' was removed", name=name)
            else:
                text = _("field '{name}' was removed", name=name)
            changes.append(Change(OTHER, text))
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


def _drawing_widgets(comparer: Comparer, field: Field) -> list[tuple[Ref | None, dict[str, Any]]]:
    return [(ref, widget) for ref, widget in field.widgets if draws(comparer.new, widget)]


def _page_of(view: View, widget_ref: Ref | None, widget: dict[str, Any]) -> tuple[int, Page] | None:
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


def _covered(comparer: Comparer, page_ref: Ref | None, rect: tuple[Any, ...]) -> bool:
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


def _overlap(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    overlap: bool = min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])
    return overlap


def _signature_added(comparer: Comparer, field: Field) -> list[Change]:
    """A new signature field: the signature in it, and what its widget paints, if anything.

    An empty field whose widget draws is content no earlier signer saw (an overlay that looks
    like page content), and so is a stamp laid over what an earlier annotation shows (an earlier
    signature's stamp). A new signature whose new field paints a stamp ("sign anywhere", as
    many tools do) is two changes: the signature, and its stamp as new content, which an
    approval signature permits and a certification does not (:mod:`.policy`).
    """
    name = field.name
    value = comparer.new.resolve(field.value)
    drawing = _drawing_widgets(comparer, field)
    page: int | None = None
    for ref, widget in drawing:
        found = _page_of(comparer.new, ref, widget)
        page = found[0] if found else None
        if value is None:
            if page is None:
                text = _(
                    "an empty signature field '{name}' was added that draws on a page "
                    "(content that no earlier signer saw)",
                    name=name,
                )
            else:
                text = _(
                    "an empty signature field '{name}' was added that draws on page {page} "
                    "(content that no earlier signer saw)",
                    name=name,
                    page=page,
                )
            return [Change(OTHER, text, name)]
        rect = _rect(comparer.new, widget)
        if found and rect and _covered(comparer, found[1].ref, rect):
            text = _(
                "a signature field '{name}' was added that draws over an annotation on page {page}",
                name=name,
                page=page,
            )
            return [Change(OTHER, text, name)]
    if value is None:
        return [
            Change(
                SIGNATURE,
                _("an empty invisible signature field '{name}' was added", name=name),
                name,
            )
        ]
    change = _new_value(comparer, field, "added")
    if not drawing or change.kind != SIGNATURE:
        return [change]
    for ref, widget in drawing:
        found = _page_of(comparer.new, ref, widget)
        hiding = stamp_change(comparer, name, found[0], found[1].ref, widget) if found else None
        if hiding is not None:  # a stamp over the signed text (the "sneaky signature")
            return [change, hiding]
    # the signature is one change, the new content its stamp paints is another
    if page is None:
        stamp = _(
            "the stamp of signature field '{name}' is new content on a page, in no prepared field",
            name=name,
        )
    else:
        stamp = _(
            "the stamp of signature field '{name}' is new content on page {page}, "
            "in no prepared field",
            name=name,
            page=page,
        )
    return [change, Change(NEW_STAMP, stamp, name, lockable=True)]


def _new_value(comparer: Comparer, field: Field, verb: str) -> Change:
    """A signature (or document timestamp) put into field ``field`` in this revision."""
    name = field.name
    value = comparer.new.resolve(field.value)
    if not isinstance(field.value, Ref) or comparer.old.exists(field.value):
        return Change(
            OTHER, _("field '{name}' was given a signature that is not new", name=name), name
        )
    if isinstance(value, dict) and value.get("Type") == "DocTimeStamp":
        if verb == "signed":
            text = _("a document timestamp in field '{name}' was signed", name=name)
        else:
            text = _("a document timestamp in field '{name}' was added", name=name)
        return Change(TIMESTAMP, text, name)
    if verb == "signed":
        return Change(SIGNATURE, _("field '{name}' was signed", name=name), name, lockable=True)
    return Change(
        SIGNATURE, _("a signature in field '{name}' was added", name=name), name, lockable=True
    )


def _diff_field(comparer: Comparer, old: Field, new: Field) -> list[Change]:
    name = new.name
    old_kind, new_kind = comparer.old.resolve(old.kind), comparer.new.resolve(new.kind)
    if old_kind != new_kind:
        return [Change(OTHER, _("field '{name}' changed type", name=name))]
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
            changes.append(
                Change(OTHER, _("the signature dictionary of field '{name}' changed", name=name))
            )
    elif not comparer.same(old.value, new.value):
        changes.append(_filled(comparer, old, new))
        ignore = _FILLING_KEYS
    changes += _node_changes(comparer, name, old.attrs, new.attrs, ignore)
    old_widgets = {ref: node for ref, node in old.widgets}
    new_widgets = {ref: node for ref, node in new.widgets}
    if set(old_widgets) != set(new_widgets):
        changes.append(Change(OTHER, _("the widgets of field '{name}' changed", name=name)))
    for ref in set(old_widgets) & set(new_widgets):
        if old_widgets[ref] is old.node:
            continue
        changes += _node_changes(comparer, name, old_widgets[ref], new_widgets[ref], ignore - {"V"})
    return changes


def _filled(comparer: Comparer, old: Field, new: Field) -> Change:
    """Form filling: a new value in a field that existed (its appearance may follow it)."""
    before, after = value_words(comparer.old, old.value), value_words(comparer.new, new.value)
    return Change(
        FORM_FILL,
        _(
            "field '{name}' value changed (from {before} to {after})",
            name=new.name,
            before=before,
            after=after,
        ),
        new.name,
        lockable=True,
    )


def value_words(view: View, value: Any) -> str:
    value = view.resolve(value)
    if value is None:
        return _("empty")
    if isinstance(value, bytes | str):
        words = text_of(value)
        return repr(words if len(words) <= 60 else words[:57] + "...")
    if isinstance(value, list):
        return _("a list of {count}", count=len(value))
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
                    _(
                        "signature field '{name}' was hidden before and draws since it was signed",
                        name=new.name,
                    ),
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
    comparer: Comparer, name: str, old: dict[str, Any], new: dict[str, Any], ignore: frozenset[str]
) -> list[Change]:
    keys = comparer.same_except(old, new, ignore)
    if not keys:
        return []
    if set(keys) <= {"AP", "AS", "MK"}:
        return [Change(OTHER, _("the appearance of field '{name}' changed", name=name), name)]
    listed = ", ".join(f"/{key}" for key in keys)
    return [Change(OTHER, _("field '{name}' changed ({keys})", name=name, keys=listed), name)]


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
            changes.append(
                Change(SIGNATURE, _("the form's /{key} was updated for a signature", key=key))
            )
        else:
            changes.append(Change(OTHER, _("the form setting /{key} changed", key=key)))
    return changes
