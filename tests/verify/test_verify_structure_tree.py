"""Signing a tagged document extends its structure tree; that alone is no change to what was signed.

The tagged base is made at test time: a structure tree (Document > P) over the two-page
agreement of the fixtures. A later update then does what Acrobat and iText do when they sign a
tagged file: a new widget, a /Form structure element whose only kid is an OBJR to it, and a
parent-tree entry. Its neighbours change what a screen reader reads or claim page content.
"""

from __future__ import annotations

import pytest
from verify_helpers import sign
from verify_tamper import update

from agreement_studio.verification import Verdict, verify_pdf


def _n(name: str):
    from pyhanko.pdf_utils import generic

    return generic.pdf_name(name)


def _tagged(base: bytes) -> bytes:
    from pyhanko.pdf_utils import generic

    def edit(writer) -> None:
        page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
        root_ref = writer.add_object(generic.DictionaryObject({_n("/Type"): _n("/StructTreeRoot")}))
        document = writer.add_object(
            generic.DictionaryObject(
                {_n("/Type"): _n("/StructElem"), _n("/S"): _n("/Document"), _n("/P"): root_ref}
            )
        )
        paragraph = writer.add_object(
            generic.DictionaryObject(
                {
                    _n("/Type"): _n("/StructElem"),
                    _n("/S"): _n("/P"),
                    _n("/P"): document,
                    _n("/Pg"): page_ref,
                    _n("/Alt"): generic.TextStringObject("The agreement's first clause"),
                    _n("/K"): generic.NumberObject(0),
                }
            )
        )
        document.get_object()[_n("/K")] = generic.ArrayObject([paragraph])
        root = root_ref.get_object()
        root[_n("/K")] = generic.ArrayObject([document])
        root[_n("/ParentTree")] = writer.add_object(
            generic.DictionaryObject(
                {_n("/Nums"): generic.ArrayObject([generic.NumberObject(0), paragraph])}
            )
        )
        root[_n("/ParentTreeNextKey")] = generic.NumberObject(1)
        writer.root[_n("/StructTreeRoot")] = root_ref
        writer.root[_n("/MarkInfo")] = generic.DictionaryObject(
            {_n("/Marked"): generic.BooleanObject(True)}
        )
        writer.update_root()

    return update(base, edit)


def _structure(writer):
    root = writer.root["/StructTreeRoot"]
    document = root["/K"].raw_get(0)  # the reference, to mark the object as updated
    return root, document


def _tag_new_widget(writer, *, kid: str = "objr", alt: str | None = None) -> None:
    """Add an invisible widget and, as signing tools do, its structure element."""
    from pyhanko.pdf_utils import generic

    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    widget = writer.add_object(
        generic.DictionaryObject(
            {
                _n("/Type"): _n("/Annot"),
                _n("/Subtype"): _n("/Widget"),
                _n("/FT"): _n("/Sig"),
                _n("/T"): generic.TextStringObject("Later"),
                _n("/Rect"): generic.ArrayObject([generic.NumberObject(0)] * 4),
                _n("/F"): generic.NumberObject(132),
                _n("/P"): page_ref,
                _n("/StructParent"): generic.NumberObject(1),
            }
        )
    )
    root, document = _structure(writer)
    if kid == "objr":
        kids = generic.DictionaryObject(
            {_n("/Type"): _n("/OBJR"), _n("/Obj"): widget, _n("/Pg"): page_ref}
        )
    else:  # claims marked content of the page
        kids = generic.NumberObject(0)
    element = writer.add_object(
        generic.DictionaryObject(
            {
                _n("/Type"): _n("/StructElem"),
                _n("/S"): _n("/Form"),
                _n("/P"): document,
                _n("/Pg"): page_ref,
                _n("/K"): kids,
            }
        )
    )
    doc = document.get_object()
    doc[_n("/K")] = generic.ArrayObject([*doc["/K"], element])
    writer.mark_update(document)
    if alt is not None:
        paragraph = doc["/K"].raw_get(0)
        paragraph.get_object()[_n("/Alt")] = generic.TextStringObject(alt)
        writer.mark_update(paragraph)
    tree_ref = root.raw_get("/ParentTree")
    tree = tree_ref.get_object()
    tree[_n("/Nums")] = generic.ArrayObject([*tree["/Nums"], generic.NumberObject(1), element])
    writer.mark_update(tree_ref)
    root[_n("/ParentTreeNextKey")] = generic.NumberObject(2)
    writer.mark_update(writer.root.raw_get("/StructTreeRoot"))
    acroform_ref = writer.root.raw_get("/AcroForm")
    acroform = acroform_ref.get_object()
    acroform[_n("/Fields")] = generic.ArrayObject([*acroform["/Fields"], widget])
    if isinstance(acroform_ref, generic.IndirectObject):
        writer.mark_update(acroform_ref)
    page = page_ref.get_object()
    page[_n("/Annots")] = generic.ArrayObject([*page.get("/Annots", []), widget])
    writer.mark_update(page_ref)
    writer.update_root()


@pytest.fixture(scope="module")
def signed_tagged(base_pdf, pki) -> bytes:
    return sign(_tagged(base_pdf), "Signer1", pki.signers[0], pki)


def test_a_structure_element_for_a_new_widget_is_no_change(signed_tagged, trust):
    data = update(signed_tagged, _tag_new_widget)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert any("structure tree" in text for text in report.signatures[0].allowed_after)


@pytest.mark.parametrize(
    ("change", "kwargs"),
    [
        ("an old element's alternate text rewritten", {"alt": "Nothing is agreed"}),
        ("a new element claiming page content", {"kid": "mcid"}),
    ],
)
def test_a_structure_change_a_reader_would_read_is_a_change(signed_tagged, trust, change, kwargs):
    data = update(signed_tagged, lambda writer: _tag_new_widget(writer, **kwargs))
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.MODIFIED, change
    assert any("structure tree" in text for text in report.signatures[0].changes_after)
