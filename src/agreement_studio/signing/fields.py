"""Which signature field a signatory signs into.

Prepared fields are named ``sig-<party-slug>-<signatory-slug>`` (see :func:`slugify`). Without
an explicit field, the one empty field whose name ends with the slug of the certificate's name
is used; if the document has just one empty field, that one. A document without any empty
field gets a new visible field on its last page.

:func:`slugify` needs nothing heavy; the rest works on a pyHanko reader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from agreement_studio.errors import SignatureFieldError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

# Size and placement of a field made for a document that has none left empty (points).
NEW_FIELD_WIDTH = 200
NEW_FIELD_HEIGHT = 60
_NEW_FIELD_MARGIN = 36
_NEW_FIELD_GAP = 8


def slugify(text: str) -> str:
    """Lowercase ASCII with single hyphens: 'Matti Meikäläinen' → 'matti-meikalainen'.

    The same rule as ``agreement.slug``, which names the prepared fields.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass(frozen=True)
class FieldState:
    """A signature field of a document."""

    name: str
    signed: bool


@dataclass(frozen=True)
class FieldChoice:
    """Where a signature goes: an existing empty field, or a new one to create."""

    name: str
    create: bool


def field_states(reader: Any) -> list[FieldState]:
    """Every signature field of the document read by ``reader``, in document order."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return [
        FieldState(name=str(name), signed=value is not None)
        for name, value, _ref in enumerate_sig_fields(reader)
    ]


def matches(field_name: str, signatory_slug: str) -> bool:
    """Whether a prepared field's name is for the signatory with this slug."""
    if not signatory_slug:
        return False
    return field_name == signatory_slug or field_name.endswith("-" + signatory_slug)


def choose_field(
    states: list[FieldState], signer_name: str, requested: str | None, org: str = ""
) -> FieldChoice:
    """The field to sign for ``signer_name`` (SignatureFieldError when unclear or taken)."""
    empty = [s.name for s in states if not s.signed]
    listing = ", ".join(empty) if empty else _("none")
    if requested is not None:
        state = next((s for s in states if s.name == requested), None)
        if state is None:
            raise SignatureFieldError(
                _(
                    "there is no signature field {field}; empty fields: {listing}",
                    field=repr(requested),
                    listing=listing,
                )
            )
        if state.signed:
            raise SignatureFieldError(
                _(
                    "the signature field {field} is already signed; empty fields: {listing}",
                    field=repr(requested),
                    listing=listing,
                )
            )
        return FieldChoice(requested, create=False)
    if not empty:
        return FieldChoice(_new_field_name(states, signer_name, org), create=True)
    slug = slugify(signer_name)
    found = [name for name in empty if matches(name, slug)]
    if len(found) == 1:
        return FieldChoice(found[0], create=False)
    if not found and len(empty) == 1:
        return FieldChoice(empty[0], create=False)
    if found:
        raise SignatureFieldError(
            _(
                "several empty signature fields match {name} ({found}); empty fields: "
                "{listing}; name the field to sign",
                name=repr(signer_name),
                found=", ".join(found),
                listing=listing,
            )
        )
    raise SignatureFieldError(
        _(
            "no empty signature field matches {name}; empty fields: {listing}; name the field "
            "to sign",
            name=repr(signer_name),
            listing=listing,
        )
    )


def _new_field_name(states: list[FieldState], signer_name: str, org: str) -> str:
    parts = [p for p in (slugify(org), slugify(signer_name)) if p]
    base = "sig-" + ("-".join(parts) or "signature")
    taken = {s.name for s in states}
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    return name


def new_field_box(reader: Any) -> tuple[int, int, int, int]:
    """A free spot on the last page for a new signature field, above earlier ones."""
    last_ref, _ = reader.find_page_for_modification(-1)
    last = last_ref.get_object()
    media = [float(v) for v in _inherited(last, "/MediaBox") or (0, 0, 595, 842)]
    left = media[0] + _NEW_FIELD_MARGIN
    bottom = media[1] + _NEW_FIELD_MARGIN
    taken = _signature_rects(last)
    box = (left, bottom, left + NEW_FIELD_WIDTH, bottom + NEW_FIELD_HEIGHT)
    # move right, then up, until the box overlaps no existing signature widget
    while any(_overlaps(box, rect) for rect in taken):
        x0 = box[0] + NEW_FIELD_WIDTH + _NEW_FIELD_GAP
        y0 = box[1]
        if x0 + NEW_FIELD_WIDTH > media[2] - _NEW_FIELD_MARGIN:
            x0, y0 = left, y0 + NEW_FIELD_HEIGHT + _NEW_FIELD_GAP
        if y0 + NEW_FIELD_HEIGHT > media[3] - _NEW_FIELD_MARGIN:
            break  # a full page: overlap rather than fail
        box = (x0, y0, x0 + NEW_FIELD_WIDTH, y0 + NEW_FIELD_HEIGHT)
    return tuple(round(v) for v in box)  # type: ignore[return-value]  # four in, four out


def _inherited(page: Any, key: str) -> Any:
    node = page
    while node is not None:
        if key in node:
            return node[key]
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
    return None


def _signature_rects(page: Any) -> list[tuple[float, ...]]:
    rects: list[tuple[float, ...]] = []
    for annot_ref in page.get("/Annots", []):
        annot = annot_ref.get_object()
        field = annot.get("/Parent", annot)
        field = field.get_object()
        if field.get("/FT") == "/Sig" or annot.get("/FT") == "/Sig":
            rect = [float(v) for v in annot.get("/Rect", (0, 0, 0, 0))]
            rects.append(
                (
                    min(rect[0], rect[2]),
                    min(rect[1], rect[3]),
                    max(rect[0], rect[2]),
                    max(rect[1], rect[3]),
                )
            )
    return rects


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
