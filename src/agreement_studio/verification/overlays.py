"""Annotations and stamps laid over signed pages: which of them can hide what was signed.

Two attacks of Mainka et al. ("Breaking the Specification: PDF Certification", IEEE S&P 2021):

* the *evil annotation*: a P=3 certification permits annotations, and a FreeText, Square or
  Stamp annotation with a white box and other words hides the certified text. Only annotations
  that cannot hide content pass as annotations: notes (Text, Popup, Caret) and text markup
  (Highlight, Underline, Squiggly, StrikeOut), and those only while their appearance paints no
  opaque area over text the signers signed (a note no larger than an icon is not judged by
  its appearance: readers show review notes on the words they are about). Any other
  annotation a reader shows is a change of its own kind, :data:`COVERING`, that no signature
  permits.
* the *sneaky signature*: after approval signatures a new visible signature field is allowed
  (many tools sign that way), but its stamp must not paint an opaque area over the text of the
  signed page. Filling a prepared field is the signer's expected act and is not judged here.

"Text" is what the page's content shows in the signed revision (:mod:`.content_boxes`); lines
and images are left out, as honest stamps lie over signature lines and scanned pages.
"""

from __future__ import annotations

from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.compare import ANNOTATION, COVERING, OTHER, Change, Comparer
from agreement_studio.verification.content_boxes import (
    Box,
    appearance_of,
    hides_text,
    opaque_boxes,
    rect_of,
    text_boxes,
)
from agreement_studio.verification.pages import Page, pages_of
from agreement_studio.verification.syntax import Ref
from agreement_studio.verification.visibility import draws, is_placed

_ = translatable(__name__)

CANNOT_HIDE = frozenset(
    {"Text", "Popup", "Highlight", "Underline", "Squiggly", "StrikeOut", "Caret"}
)
"""Annotation types that show a note or mark text, and cannot hide it by their nature."""
ICONS = frozenset({"Text", "Popup", "Caret"})
ICON_SIZE = 40.0
"""Points: notes drawn as icons are about 20 x 24 points."""


def signed_text(comparer: Comparer, page: Page | None) -> list[Box] | None:
    """The text boxes of ``page`` as the old revision shows it (``None``: cannot tell)."""
    if page is None:
        return None
    key = ("signed text", page.ref if page.ref is not None else id(page))
    if key not in comparer.memo:
        comparer.memo[key] = text_boxes(comparer.old, page.attrs)
    boxes: list[tuple[float, float, float, float]] | None = comparer.memo[key]
    return boxes


def old_page(comparer: Comparer, page_ref: Ref | None) -> Page | None:
    """The page ``page_ref`` as the old revision has it (inherited attributes folded in)."""
    if page_ref is None:
        return None
    key = ("old pages",)
    if key not in comparer.memo:
        try:
            comparer.memo[key] = {p.ref: p for p in pages_of(comparer.old) if p.ref is not None}
        except ValueError:
            comparer.memo[key] = {}
    page: Page | None = comparer.memo[key].get(page_ref)
    return page


def covers_signed_text(comparer: Comparer, page: Page | None, annot: dict[str, Any]) -> bool:
    """Whether ``annot`` (in the new revision) paints an opaque area over the signed text.

    When either side cannot be told (content too large, unreadable), the answer is ``False``
    and the caller's own rules stand.
    """
    text = signed_text(comparer, page)
    if not text:
        return False
    painted = opaque_boxes(comparer.new, annot)
    if not painted:
        return False
    return hides_text(text, painted)


def markup_change(
    comparer: Comparer, number: int, page: Page | None, annot: Any, verb: str
) -> Change:
    """A markup annotation added or changed (``verb``) on page ``number``, classified.

    ``page`` is the page as signed. The kind is :data:`ANNOTATION` (what a P=3 certification
    permits) unless the annotation, as the new revision shows it, can hide content.
    """
    view = comparer.new
    subtype = view.get(annot, "Subtype")
    name = str(subtype) if isinstance(subtype, str) else "untyped"
    changed = verb == "changed"
    plain = (
        _("an annotation on page {number} changed", number=number)
        if changed
        else _("an annotation was added on page {number}", number=number)
    )
    if not isinstance(annot, dict) or not is_placed(view, annot):
        return Change(ANNOTATION, plain)
    if name not in CANNOT_HIDE:
        # Readers draw these from their entries when no appearance is given; with an
        # appearance, one that paints nothing shows nothing.
        if appearance_of(view, annot) is not None and not draws(view, annot):
            return Change(ANNOTATION, plain)
        if changed:
            return Change(
                COVERING,
                _(
                    "a {name} annotation that can cover content on page {number} changed",
                    name=name,
                    number=number,
                ),
            )
        return Change(
            COVERING,
            _(
                "a {name} annotation that can cover content was added on page {number}",
                name=name,
                number=number,
            ),
        )
    if not _icon(comparer, name, annot) and covers_signed_text(comparer, page, annot):
        if changed:
            text = _(
                "a {name} annotation changed on page {number} whose appearance covers text "
                "that the earlier signers signed",
                name=name,
                number=number,
            )
        else:
            text = _(
                "a {name} annotation was added on page {number} whose appearance covers text "
                "that the earlier signers signed",
                name=name,
                number=number,
            )
        return Change(COVERING, text)
    return Change(ANNOTATION, plain)


def _icon(comparer: Comparer, name: str, annot: dict[str, Any]) -> bool:
    """A note, caret or popup no larger than an icon: readers show such notes over text.

    Notes are put next to (and on) the words they are about; an icon can hide a word, which is
    the price of keeping honest review notes valid. Anything larger is judged by what it paints.
    """
    rect = rect_of(comparer.new, annot)
    if name not in ICONS or rect is None:
        return False
    return rect[2] - rect[0] <= ICON_SIZE and rect[3] - rect[1] <= ICON_SIZE


def stamp_change(
    comparer: Comparer, name: str, number: int, page_ref: Ref | None, widget: dict[str, Any]
) -> Change | None:
    """A new signature field's stamp that hides signed text of page ``number``, or ``None``."""
    page = old_page(comparer, page_ref)
    if not covers_signed_text(comparer, page, widget):
        return None
    text = _(
        "the new signature's stamp (field '{name}') covers text of page {number} "
        "that the earlier signers signed",
        name=name,
        number=number,
    )
    return Change(OTHER, text, name)
