"""The pages a reader shows, read the ways readers read the page tree.

Readers do not agree on how to walk the page tree. Some follow ``/Kids`` to the leaves; poppler
takes the number of pages from the root's ``/Count`` and stops there; pdf.js finds page *n* by
skipping whole subtrees by their ``/Count``. In an honest file every node's ``/Count`` is the
number of leaves under it, and all readers show the same pages. An update that lowers a
``/Count`` (or drops a ``/Kids`` entry) hides pages from some or all readers while every page
object stays as it was (page hiding, issue 15 class 1): :func:`page_changes` compares what each
way of reading shows in two revisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agreement_studio.i18n import translatable
from agreement_studio.verification.syntax import Ref
from agreement_studio.verification.view import View

_ = translatable(__name__)

MAX_PAGES = 100_000
MAX_TREE_DEPTH = 64
_INHERITED = ("Resources", "MediaBox", "CropBox", "Rotate")


@dataclass
class Page:
    """A page with its inherited attributes folded in."""

    ref: Ref | None
    attrs: dict[str, Any]


@dataclass(frozen=True)
class CountMismatch:
    """A page tree node whose ``/Count`` is not the number of pages under it."""

    node: Ref | None
    """The node (``None`` for a direct object)."""
    first: int
    """The index (0-based) of the first page under the node, by ``/Kids``."""
    declared: int | None
    """The node's ``/Count`` (``None`` when it is not a non-negative integer)."""
    actual: int
    """How many pages ``/Kids`` leads to under the node."""
    root: bool


@dataclass
class PageTree:
    """The pages by ``/Kids`` and the nodes whose ``/Count`` disagrees with them."""

    pages: list[Page]
    mismatches: list[CountMismatch]


def _is_pages_node(node: dict[str, Any], kids: Any) -> bool:
    return node.get("Type") == "Pages" or (node.get("Type") is None and kids is not None)


def read_page_tree(view: View) -> PageTree:
    """The page tree of ``view``; raises ``ValueError`` for a broken page tree.

    Inherited attributes come down the /Kids path. A node whose /Parent points elsewhere would
    inherit differently in readers that climb /Parent links, so that is noted as an anomaly.
    """
    pages: list[Page] = []
    mismatches: list[CountMismatch] = []
    seen: set[Ref] = set()
    # (item, parent, inherited, depth) to visit, or ("close", node_ref, node, first, root)
    stack: list[tuple[Any, ...]] = [("visit", view.catalog.get("Pages"), None, {}, 0)]
    while stack:
        entry = stack.pop()
        if entry[0] == "close":
            _order, ref, node, first, root = entry
            declared = view.resolve(node.get("Count"))
            valid = isinstance(declared, int) and not isinstance(declared, bool) and declared >= 0
            actual = len(pages) - first
            if not valid or declared != actual:
                mismatches.append(
                    CountMismatch(ref, first, declared if valid else None, actual, root)
                )
            continue
        _order, item, parent, inherited, depth = entry
        if isinstance(item, Ref):
            if item in seen:
                raise ValueError(_("the page tree has a loop"))
            seen.add(item)
        node = view.resolve(item)
        if not isinstance(node, dict) or depth > MAX_TREE_DEPTH or len(pages) > MAX_PAGES:
            raise ValueError(_("the page tree is damaged"))
        if parent is not None and node.get("Parent") != parent:
            view.document.note(
                view.number, _("a page tree node's /Parent is not the node that lists it")
            )
        kids = view.resolve(node.get("Kids"))
        own = item if isinstance(item, Ref) else None
        if _is_pages_node(node, kids):
            if not isinstance(kids, list):
                raise ValueError(_("the page tree is damaged"))
            passed = {**inherited, **{k: node[k] for k in _INHERITED if k in node}}
            stack.append(("close", own, node, len(pages), depth == 0))
            stack.extend(("visit", kid, own, passed, depth + 1) for kid in reversed(kids))
        else:
            pages.append(Page(own, {**inherited, **node}))
    return PageTree(pages, mismatches)


def pages_of(view: View) -> list[Page]:
    """The pages of ``view`` in ``/Kids`` order; raises ``ValueError`` for a broken tree."""
    return read_page_tree(view).pages


def page_changes(old: PageTree, new: PageTree) -> list[str]:
    """How the pages shown differ from ``old`` to ``new``, in words (empty: no difference).

    Pages are compared by object identity: an allowed update rewrites a page (to add a
    signature widget) under the same object number, never as another object.
    """
    texts = _kids_changes(old.pages, new.pages)
    before = {(m.node, m.declared, m.actual) for m in old.mismatches}
    after = {(m.node, m.declared, m.actual) for m in new.mismatches}
    for mismatch in new.mismatches:
        if (mismatch.node, mismatch.declared, mismatch.actual) not in before:
            texts.append(_count_text(mismatch, len(new.pages)))
    for mismatch in old.mismatches:
        # a /Count that hid pages when signed, corrected since: the hidden pages now show
        if (mismatch.node, mismatch.declared, mismatch.actual) not in after:
            texts.append(_revealed_text(mismatch, len(old.pages)))
    return texts


def _pages(first: int, last: int) -> str:
    if first == last:
        return _("page {first}", first=first)
    return _("pages {first} to {last}", first=first, last=last)


def _declared(mismatch: CountMismatch) -> str:
    return _("not a number") if mismatch.declared is None else str(mismatch.declared)


def _revealed_text(mismatch: CountMismatch, total: int) -> str:
    first, last = mismatch.first + 1, mismatch.first + mismatch.actual
    return _(
        "the page count of the page tree changed: when signed, a node counted {declared} "
        "page(s) for {pages} of {total}, so some readers did not show them as they do now",
        declared=_declared(mismatch),
        pages=_pages(first, last),
        total=total,
    )


def _kids_changes(old: list[Page], new: list[Page]) -> list[str]:
    old_refs = [page.ref for page in old]
    new_refs = [page.ref for page in new]
    if old_refs == new_refs:
        return []
    texts: list[str] = []
    kept = set(new_refs)
    total = len(old_refs)
    for number, ref in enumerate(old_refs, 1):
        if ref not in kept or ref is None:
            texts.append(
                _("page {number} of {total} is no longer shown", number=number, total=total)
            )
    added = sum(1 for ref in new_refs if ref not in set(old_refs) or ref is None)
    if added:
        texts.append(_.plural("{count} page added", "{count} pages added", added))
    old_kept = [ref for ref in old_refs if ref in kept and ref is not None]
    new_kept = [ref for ref in new_refs if ref in set(old_kept)]
    if old_kept != new_kept:
        texts.append(_("the pages were reordered"))
    return texts


def _count_text(mismatch: CountMismatch, total: int) -> str:
    declared = _declared(mismatch)
    if mismatch.root:
        if mismatch.declared is not None and mismatch.declared < mismatch.actual:
            hidden = mismatch.declared + 1
            if hidden == total:
                return _(
                    "page {page} of {total} is no longer shown by readers that take the page "
                    "count from the page tree (/Count {declared})",
                    page=hidden,
                    total=total,
                    declared=declared,
                )
            return _(
                "pages {page} to {total} of {total} are no longer shown by readers that take "
                "the page count from the page tree (/Count {declared})",
                page=hidden,
                total=total,
                declared=declared,
            )
        return _(
            "the page count of the page tree (/Count {declared}) no longer matches its "
            "{actual} pages",
            declared=declared,
            actual=mismatch.actual,
        )
    first, last = mismatch.first + 1, mismatch.first + mismatch.actual
    pages = _pages(first, last)
    if mismatch.actual == 0:
        pages = _("the pages after page {page}", page=mismatch.first)
    return _(
        "{pages} of {total} may be hidden or shown out of order: a page tree node counts "
        "{declared} page(s) but holds {actual}",
        pages=pages,
        total=total,
        declared=declared,
        actual=mismatch.actual,
    )
