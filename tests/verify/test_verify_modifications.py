"""Changes after signing: allowed ones pass, anything else is ``modified`` and said plainly."""

from __future__ import annotations

import re

import pytest
from verify_helpers import sign
from verify_tamper import (
    add_annotation,
    add_page,
    add_unused_overlay,
    change_field_value,
    change_page_text,
    change_signature_dict,
    object_text,
    raw_update,
    use_overlay,
)

from agreement_studio.cli import main
from agreement_studio.verification import Verdict, verify_pdf

CASES = {
    "page added": (add_page, "1 page added"),
    "annotation added": (add_annotation, "an annotation was added on page 1"),
    "page text changed": (change_page_text, "page 1 content changed"),
    "signature dictionary changed": (
        lambda data: change_signature_dict(data, "Signer1"),
        "the signature dictionary of field 'Signer1' changed",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_change_after_signing_is_modified_and_described(signed_three, trust, pki, case, write):
    tamper, description = CASES[case]
    data = tamper(signed_three)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.MODIFIED, report.message
    for signature in report.signatures:
        assert signature.verdict is Verdict.MODIFIED
        assert description in signature.changes_after, signature.changes_after
        assert signature.digest_ok and signature.signature_ok and not signature.intact
    assert description in report.message
    assert main(["verify", str(write(data)), "--trust", str(pki.files["root"])]) == 1


def test_a_form_value_changed_after_approval_signatures_is_shown_not_forbidden(signed_three, trust):
    """Approval signatures without a field lock permit form filling (ISO 32000-2 §12.8)."""
    report = verify_pdf(change_field_value(signed_three), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    said = "field 'note' value changed (from 'original note' to 'changed')"
    assert all(said in signature.allowed_after for signature in report.signatures)


def test_a_form_field_restyled_after_signing_is_modified(signed_three, trust):
    """Filling may change a field's value and appearance, never where or whether it shows."""
    from pyhanko.pdf_utils import generic
    from verify_tamper import update

    def move(writer):
        for ref in writer.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            if field.get("/T") == "note":
                field[generic.pdf_name("/V")] = generic.TextStringObject("moved")
                field[generic.pdf_name("/Rect")] = generic.ArrayObject(
                    [generic.NumberObject(n) for n in (0, 0, 595, 842)]
                )
                writer.update_container(field)

    report = verify_pdf(update(signed_three, move), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert "field 'note' changed (/Rect)" in report.signatures[0].changes_after


def test_changes_before_a_later_signature_only_affect_the_earlier_ones(signed_once, pki, trust):
    data = sign(add_annotation(signed_once), "Signer2", pki.signers[1], pki)
    first, second = verify_pdf(data, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED
    assert second.verdict is Verdict.VALID


def test_a_signed_but_unused_object_shown_later_is_caught(base_pdf, pki, trust):
    """Shadow attack (hide/replace): the overlay is in the signed bytes but not on any page."""
    prepared, overlay = add_unused_overlay(base_pdf)
    signed = sign(prepared, "Signer1", pki.signers[0], pki)
    assert verify_pdf(signed, trust=trust).verdict is Verdict.VALID
    report = verify_pdf(use_overlay(signed, overlay), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert "page 1 content changed" in report.signatures[0].changes_after


def _page_object(data: bytes) -> int:
    kids = re.search(rb"/Kids\s*\[\s*(\d+)\s+0\s+R", data).group(1)
    return int(kids)


def test_an_object_redefined_within_one_update_is_not_valid(signed_once, trust):
    """The cross-reference data uses the first definition; a repairing reader the second."""
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    evil = body.replace(b"/Rotate 0", b"/Rotate 90")
    draft = raw_update(signed_once, [(page, body), (page, evil)])
    used = draft.index(b"%d 0 obj" % page, len(signed_once))
    data = raw_update(signed_once, [(page, body), (page, evil)], xref={page: used})
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR
    assert any("readers may show different content" in c for c in report.signatures[0].problems)


def test_an_xref_entry_pointing_at_another_object_is_not_valid(signed_once, trust):
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    data = raw_update(signed_once, [(page, body), (page + 1000, body)])
    at = data.rindex(b"%d 0 obj" % (page + 1000))
    data = raw_update(signed_once, [(page, body), (page + 1000, body)], xref={page: at})
    report = verify_pdf(data, trust=trust)
    assert report.verdict in (Verdict.MODIFIED, Verdict.ERROR)
    assert any("does not point to object" in c for c in report.signatures[0].changes_after)


@pytest.mark.parametrize(
    "tail", [b"garbage after the end\n", b"5 0 obj\n<< /Type /Page >>\nendobj\n"]
)
def test_data_after_the_last_revision_is_not_valid(signed_once, trust, tail):
    report = verify_pdf(signed_once + tail, trust=trust)
    # an object there is one a repairing reader shows instead: readers differ
    assert report.verdict is (Verdict.ERROR if b" obj" in tail else Verdict.MODIFIED)
    assert "unrecognised data" in report.signatures[0].changes_after[0]


def test_an_update_without_cross_reference_data_is_not_valid(signed_once, trust):
    """Incremental saving attack that relies on readers repairing the file."""
    page = _page_object(signed_once)
    body = object_text(signed_once, page).replace(b"/Rotate 0", b"/Rotate 90")
    data = raw_update(signed_once, [(page, body)], skip_xref=True)
    assert verify_pdf(data, trust=trust).verdict is Verdict.ERROR  # readers differ


def test_a_looping_or_misplaced_prev_chain_is_an_error(signed_once, trust):
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    looping = raw_update(signed_once, [(page, body)], prev=len(signed_once) + len(body) + 30)
    looping = raw_update(signed_once, [(page, body)], prev=looping.rindex(b"xref"))
    assert verify_pdf(looping, trust=trust).verdict is Verdict.ERROR
    misplaced = raw_update(signed_once, [(page, body)], prev=100)
    assert verify_pdf(misplaced, trust=trust).verdict is Verdict.ERROR


def test_a_second_trailer_or_stray_table_is_not_valid(signed_once, trust):
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    data = raw_update(signed_once, [(page, body)], between=b"trailer\n<< /Size 3 /Root 1 0 R >>\n")
    assert verify_pdf(data, trust=trust).verdict is Verdict.MODIFIED


def test_an_identical_rewrite_is_no_change(signed_once, trust):
    """Rewriting an object with the same value is not a change a reader can see."""
    page = _page_object(signed_once)
    data = raw_update(signed_once, [(page, object_text(signed_once, page))])
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_a_hybrid_update_whose_stream_contradicts_its_table_is_not_valid(signed_once, trust):
    """Readers that prefer the /XRefStm would show the rotated page; the others would not."""
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    evil = body.replace(b"/Rotate 0", b"/Rotate 90")
    data = raw_update(signed_once, [(page, body), (page + 1000, evil)])
    evil_at = data.rindex(b"%d 0 obj" % (page + 1000))
    data = raw_update(signed_once, [(page, body), (page + 1000, evil)], stream_xref={page: evil_at})
    report = verify_pdf(data, trust=trust)
    assert report.verdict is not Verdict.VALID
    assert any("table and stream disagree" in c for c in report.signatures[0].changes_after)


def test_a_consistent_hybrid_update_is_accepted(signed_once, trust):
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    data = raw_update(signed_once, [(page, body)])
    page_at = data.rindex(b"%d 0 obj" % page)
    data = raw_update(signed_once, [(page, body)], stream_xref={page: page_at})
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_a_new_field_showing_an_existing_signature_is_not_allowed(signed_once, trust):
    """A second widget that claims signer 1 signed somewhere else is a change, not a signature."""
    from pyhanko.pdf_utils import generic
    from verify_tamper import update

    def edit(writer):
        fields = writer.root["/AcroForm"]["/Fields"]
        signed = next(f.get_object() for f in fields if f.get_object().get("/T") == "Signer1")
        page_ref, _ = writer.find_page_for_modification(0)
        fake = writer.add_object(
            generic.DictionaryObject(
                {
                    generic.pdf_name("/FT"): generic.pdf_name("/Sig"),
                    generic.pdf_name("/T"): generic.TextStringObject("Fake"),
                    generic.pdf_name("/V"): signed.raw_get("/V"),
                    generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
                    generic.pdf_name("/Subtype"): generic.pdf_name("/Widget"),
                    generic.pdf_name("/Rect"): generic.ArrayObject(
                        [generic.NumberObject(n) for n in (10, 10, 100, 50)]
                    ),
                    generic.pdf_name("/P"): page_ref,
                }
            )
        )
        fields.append(fake)
        writer.update_container(fields)
        writer.register_annotation(page_ref, fake)

    report = verify_pdf(update(signed_once, edit), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert (
        "field 'Fake' was given a signature that is not new" in report.signatures[0].changes_after
    )


def test_a_page_whose_parent_link_leads_elsewhere_is_not_valid(signed_once, trust):
    """Readers that climb /Parent would inherit /Rotate 90; the /Kids path does not."""
    page = _page_object(signed_once)
    body = object_text(signed_once, page)
    parent = re.search(rb"/Parent (\d+) 0 R", body).group(1)
    moved = body.replace(b"/Parent " + parent + b" 0 R", b"/Parent 999 0 R")
    other = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 /Rotate 90 >>" % page
    report = verify_pdf(raw_update(signed_once, [(page, moved), (999, other)]), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert any("/Parent is not the node" in c for c in report.signatures[0].changes_after)


def test_deleting_an_object_that_is_still_shown_is_not_valid(signed_once, trust):
    """A strict reader shows an empty page; one that rebuilds the file shows the old text."""
    page = _page_object(signed_once)
    contents = int(re.search(rb"/Contents (\d+) 0 R", object_text(signed_once, page)).group(1))
    report = verify_pdf(raw_update(signed_once, [], free=(contents,)), trust=trust)
    assert report.verdict is Verdict.ERROR  # readers differ
    changes = report.signatures[0].changes_after
    assert "page 1 content changed" in changes
    assert any(f"a reference to object {contents}" in c for c in changes)
