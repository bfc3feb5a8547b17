"""Form fields, the signatures in them, and exactly which bytes each signature covers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.document import PdfDocument
from agreement_studio.verification.syntax import PdfSyntaxError, Ref, find_key_value_span
from agreement_studio.verification.view import View

_ = translatable(__name__)

MAX_FIELDS = 20000
MAX_FIELD_DEPTH = 32
_HEX_BODY_RE = re.compile(rb"<[0-9A-Fa-f\x00\t\n\x0c\r ]*>")
# Field attributes a terminal field takes from its ancestors when it has none of its own.
_INHERITABLE = ("FT", "Ff", "V", "DV", "DA", "Q")


def text(value: Any) -> str:
    """A PDF text string as ``str`` (UTF-16 with a byte-order mark, UTF-8, or PDFDocEncoding)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return ""
    try:
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16")
        if value.startswith(b"\xef\xbb\xbf"):
            return value[3:].decode("utf-8")
    except UnicodeDecodeError:
        pass
    return value.decode("latin-1")


@dataclass
class Field:
    """One terminal form field: its qualified name, dictionary, type, value and widgets.

    ``attrs`` is the dictionary with the inheritable attributes of its ancestors filled in.
    """

    name: str
    ref: Ref | None
    node: dict[str, Any]
    kind: Any
    value: Any
    widgets: list[tuple[Ref | None, dict[str, Any]]]
    attrs: dict[str, Any]


def walk_fields(view: View) -> list[Field]:
    """Every terminal field of the form, with inherited type and value, in tree order."""
    acroform = view.get(view.catalog, "AcroForm")
    roots = view.get(acroform, "Fields")
    if not isinstance(roots, list):
        return []
    found: list[Field] = []
    seen: set[Ref] = set()
    stack: list[tuple[Any, str, dict[str, Any], int]] = [
        (item, "", {}, 0) for item in reversed(roots)
    ]
    while stack and len(seen) < MAX_FIELDS:
        item, parent, inherited, depth = stack.pop()
        if isinstance(item, Ref):
            if item in seen:
                continue
            seen.add(item)
        node = view.resolve(item)
        if not isinstance(node, dict) or depth > MAX_FIELD_DEPTH:
            continue
        part = text(view.resolve(node.get("T")))
        name = f"{parent}.{part}" if parent and part else (part or parent)
        attrs = {**inherited, **node}
        passed = {key: attrs[key] for key in _INHERITABLE if key in attrs}
        children, widgets = _kids(view, node)
        if isinstance(item, Ref) and _misparented(item, children, widgets):
            # readers that climb /Parent links would inherit a different type or value
            view.document.note(
                view.number, _("a kid of field '{name}' names another /Parent", name=name)
            )
        if children:
            stack.extend((kid, name, passed, depth + 1) for kid, _widget in reversed(children))
            continue
        widget_list = [(k if isinstance(k, Ref) else None, n) for k, n in widgets]
        if not widget_list and node.get("Subtype") == "Widget":
            widget_list = [(item if isinstance(item, Ref) else None, node)]
        found.append(
            Field(
                name,
                item if isinstance(item, Ref) else None,
                node,
                view.resolve(attrs.get("FT")),
                attrs.get("V"),
                widget_list,
                attrs,
            )
        )
    return found


def _misparented(item: Ref, children: list[Any], widgets: list[Any]) -> bool:
    """Whether a kid's /Parent disagrees with the node whose /Kids list it.

    A /Parent naming another node always does. A missing one only where ISO 32000-2 requires
    it: on a child field (Table 226) and on each of several widgets (Table 191); the sole
    widget of a field may omit it (pyHanko, for one, writes such files).
    """
    sole_widget = not children and len(widgets) == 1
    for kid, kid_node in children + widgets:
        if not isinstance(kid, Ref):
            continue
        parent = kid_node.get("Parent")
        if parent is None and sole_widget:
            continue
        if parent != item:
            return True
    return False


def _kids(view: View, node: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """The kids of a field node, split into child fields (with /T) and widgets."""
    kids = view.resolve(node.get("Kids"))
    children: list[Any] = []
    widgets: list[Any] = []
    for kid in kids if isinstance(kids, list) else []:
        kid_node = view.resolve(kid)
        if isinstance(kid_node, dict):
            (children if "T" in kid_node else widgets).append((kid, kid_node))
    return children, widgets


@dataclass
class SignatureInfo:
    """A signature as found in a signature field (in the newest revision that has it)."""

    field: str
    field_ref: Ref | None
    sig_ref: Ref | None
    sig: dict[str, Any]
    last_revision: int
    removed: bool


@dataclass
class Coverage:
    """Which bytes a signature covers; ``problem`` says why that is not acceptable."""

    problem: str | None
    byte_range: tuple[int, ...] | None = None
    revision: int | None = None
    covered_end: int = 0
    whole_file: bool = False
    contents: bytes | None = None


def find_signatures(document: PdfDocument, views: list[View] | None = None) -> list[SignatureInfo]:
    """Every signature any revision's form holds, in signing order (by the end it covers)."""
    views = views or [View(document, revision) for revision in document.revisions]
    found: dict[Any, SignatureInfo] = {}
    final = len(views)
    for view in reversed(views):
        for field in walk_fields(view):
            if view.resolve(field.kind) != "Sig" or field.value is None:
                continue
            key = field.value if isinstance(field.value, Ref) else (field.name, view.number)
            if key in found:
                continue
            sig = view.resolve(field.value)
            if not isinstance(sig, dict):
                continue
            found[key] = SignatureInfo(
                field.name,
                field.ref,
                field.value if isinstance(field.value, Ref) else None,
                sig,
                view.number,
                removed=view.number != final,
            )
    return sorted(
        found.values(),
        key=lambda info: (_claimed_end(views[info.last_revision - 1], info), info.field),
    )


def _claimed_end(view: View, info: SignatureInfo) -> float:
    byte_range = view.resolve(info.sig.get("ByteRange"))
    if _is_byte_range(byte_range):
        end: float = byte_range[2] + byte_range[3]
        return end
    return math.inf


def _is_byte_range(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in value)
    )


def locate_coverage(
    document: PdfDocument, info: SignatureInfo, views: list[View] | None = None
) -> Coverage:
    """Check the ``/ByteRange`` of ``info`` against the file and find the revision it signs.

    The ranges must start at 0, leave a gap that is exactly this signature dictionary's
    ``/Contents`` hex string (found by parsing the dictionary at the offset the revision's
    cross-reference data gives), and end exactly where a revision of the file ends.
    """
    views = views or [View(document, revision) for revision in document.revisions]
    data = document.data
    byte_range = views[info.last_revision - 1].resolve(info.sig.get("ByteRange"))
    if not _is_byte_range(byte_range):
        return Coverage(_("the signature has no valid /ByteRange"))
    start1, length1, start2, length2 = byte_range
    byte_range = tuple(byte_range)
    end = start2 + length2
    if start1 != 0:
        return Coverage(_("the signed bytes do not start at the beginning of the file"), byte_range)
    if length1 <= 0 or start2 <= length1:
        return Coverage(_("the /ByteRange ranges are empty or overlap"), byte_range)
    if end > len(data):
        return Coverage(_("the /ByteRange reaches past the end of the file"), byte_range)
    revision = next((r for r in document.revisions if r.eof <= end <= r.end), None)
    if revision is None:
        return Coverage(
            _("the signed bytes do not end where a revision of the file ends"), byte_range
        )
    problem, contents = _check_gap(document, views[revision.number - 1], info, byte_range)
    whole = revision.number == len(document.revisions)
    return Coverage(problem, byte_range, revision.number, end, whole, contents)


def _check_gap(
    document: PdfDocument, view: View, info: SignatureInfo, byte_range: tuple[int, ...]
) -> tuple[str | None, bytes | None]:
    _start, gap_start, gap_end, _length = byte_range
    if info.sig_ref is None:
        return _("the signature dictionary is not an indirect object"), None
    entry = view.revision.entries.get(info.sig_ref.num)
    found = document.def_at(entry.a) if entry is not None and entry.kind == "n" else None
    if found is None or found.num != info.sig_ref.num or not isinstance(found.value, dict):
        return _("the signature dictionary is not part of the revision it claims to sign"), None
    if view.resolve(found.value.get("ByteRange")) != list(byte_range):
        return _("the signature dictionary was replaced after signing"), None
    try:
        span = find_key_value_span(document.data, found.start, "Contents")
    except PdfSyntaxError:
        span = None
    if span != (gap_start, gap_end):
        return _("the gap in the /ByteRange is not exactly this signature's /Contents"), None
    if not _HEX_BODY_RE.fullmatch(document.data, gap_start, gap_end):
        return _("the signature's /Contents is not a plain hexadecimal string"), None
    contents = found.value.get("Contents")
    if not isinstance(contents, bytes):
        return _("the signature's /Contents is not a string"), None
    return None, contents
