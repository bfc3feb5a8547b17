"""Certification (DocMDP) and field locks (FieldMDP): what they permit stays valid, the rest not.

ISO 32000-2 §12.8.2.2: P=1 permits no changes, P=2 form filling and signing, P=3 also
annotations. §12.8.2.4 / §12.7.5.5: a signature field's lock (/Action All, Include, Exclude with
/Fields) forbids changing the fields it covers once the field is signed. An approval signature
without a lock permits form filling and signing (decision recorded in verification/policy.py).
Files are made with pyHanko's signer (``certify``, ``docmdp_permissions``, ``FieldMDPSpec``).
"""

from __future__ import annotations

import io

import pytest
from verify_helpers import sign
from verify_tamper import add_annotation, update

from agreement_studio.verification import Verdict, verify_pdf


def fill(data: bytes, name: str = "note", value: str = "filled in later") -> bytes:
    """Form filling as a viewer does it: a new /V and a new appearance for the widget."""
    from pyhanko.pdf_utils import generic

    def edit(writer):
        for ref in writer.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            if field.get("/T") != name:
                continue
            field[generic.pdf_name("/V")] = generic.TextStringObject(value)
            appearance = writer.add_object(
                generic.StreamObject(
                    {
                        generic.pdf_name("/Type"): generic.pdf_name("/XObject"),
                        generic.pdf_name("/Subtype"): generic.pdf_name("/Form"),
                        generic.pdf_name("/BBox"): generic.ArrayObject(
                            [generic.NumberObject(n) for n in (0, 0, 200, 20)]
                        ),
                    },
                    stream_data=b"/Tx BMC BT /Helv 10 Tf 2 6 Td ("
                    + value.encode()
                    + b") Tj ET EMC",
                )
            )
            field[generic.pdf_name("/AP")] = generic.DictionaryObject(
                {generic.pdf_name("/N"): appearance}
            )
            writer.update_container(field)
            return
        raise KeyError(name)

    return update(data, edit)


def with_locks(docmdp: int | None = None, **locks) -> bytes:
    """A one-page form (field ``note`` and ``other``) with signature fields that carry locks.

    ``locks`` maps a signature field name to a ``FieldMDPSpec`` (or ``None`` for no lock);
    ``docmdp`` puts a PDF 2.0 ``/P`` into each lock dictionary.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import MDPPerm, SigFieldSpec, append_signature_field
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=0)
    pdf.drawString(72, 760, "Network continuation agreement")
    pdf.acroForm.textfield(name="note", value="original note", x=72, y=600, width=200, height=20)
    pdf.acroForm.textfield(name="other", value="other value", x=72, y=560, width=200, height=20)
    pdf.showPage()
    pdf.save()
    writer = IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue()))
    for index, (name, spec) in enumerate(locks.items()):
        append_signature_field(
            writer,
            SigFieldSpec(
                name,
                on_page=0,
                box=(72 + 160 * index, 100, 212 + 160 * index, 160),
                field_mdp_spec=spec,
                doc_mdp_update_value=MDPPerm(docmdp) if docmdp and spec else None,
            ),
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _lock(action: str, fields: list[str] | None = None):
    from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec

    return FieldMDPSpec(FieldMDPAction[action.upper()], fields)


# -- DocMDP -----------------------------------------------------------------------------------


def test_certified_form_filled_then_approved_twice_is_valid(base_pdf, pki, trust):
    """The honest file that read "modified" before: P=2 permits form filling and signing."""
    data = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=2)
    data = fill(data)
    data = sign(data, "Signer2", pki.signers[1], pki)
    data = sign(data, "Signer3", pki.signers[2], pki, timestamp=True)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    certification = report.signatures[0]
    assert certification.kind == "certification" and certification.docmdp == 2
    assert (
        "field 'note' value changed (from 'original note' to 'filled in later')"
        in certification.allowed_after
    )
    assert not any("signature dictionary" in text for text in certification.allowed_after)


def test_an_annotation_after_a_p2_certification_is_modified_naming_it(base_pdf, pki, trust):
    data = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=2)
    data = sign(add_annotation(data), "Signer2", pki.signers[1], pki)
    certification, approval = verify_pdf(data, trust=trust).signatures
    assert certification.verdict is Verdict.MODIFIED
    assert certification.changes_after == (
        "an annotation was added on page 1 "
        "(the certification permits only form filling and signing)",
    )
    assert "an annotation was added on page 1" in certification.message
    assert approval.verdict is Verdict.VALID


def test_an_annotation_after_a_p3_certification_is_allowed(base_pdf, pki, trust):
    data = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=3)
    report = verify_pdf(add_annotation(data), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert "an annotation was added on page 1" in report.signatures[0].allowed_after


def add_empty_field(data: bytes, name: str = "Late") -> bytes:
    """An empty invisible signature field (pyHanko refuses to sign after P=1, so no more)."""
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    return update(data, lambda writer: append_signature_field(writer, SigFieldSpec(name)))


@pytest.mark.parametrize("change", ["form filling", "signature field", "annotation"])
def test_anything_after_a_p1_certification_is_modified(base_pdf, pki, trust, change):
    data = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=1)
    if change == "form filling":
        data = fill(data)
    elif change == "signature field":
        data = add_empty_field(data)
    else:
        data = add_annotation(data)
    certification = verify_pdf(data, trust=trust).signatures[0]
    assert certification.verdict is Verdict.MODIFIED
    assert all("(the certification permits no changes)" in c for c in certification.changes_after)


def test_a_p1_certification_still_permits_validation_data_and_timestamps(base_pdf, pki, trust):
    from verify_helpers import add_document_timestamp

    data = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=1)
    report = verify_pdf(add_document_timestamp(data, pki), trust=trust)
    assert report.signatures[0].verdict is Verdict.VALID, report.signatures[0].changes_after


def test_form_filling_after_approval_signatures_is_allowed_and_shown(signed_three, trust):
    """Approval signatures restrict only through locks (ISO 32000-2 §12.8); shown all the same."""
    report = verify_pdf(fill(signed_three), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    for signature in report.signatures:
        assert (
            "field 'note' value changed (from 'original note' to 'filled in later')"
            in signature.allowed_after
        )


# -- FieldMDP ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lock", "locked"),
    [
        (("Include", ["note"]), True),
        (("All", None), True),
        (("Exclude", ["other"]), True),
        (("Include", ["other"]), False),
        (("Exclude", ["note"]), False),
    ],
)
def test_a_field_lock_forbids_exactly_the_fields_it_covers(pki, trust, lock, locked):
    base = with_locks(Sig1=_lock(*lock), Sig2=None)
    data = sign(base, "Sig1", pki.signers[0], pki)
    data = fill(data)
    report = verify_pdf(data, trust=trust)
    first = report.signatures[0]
    if locked:
        assert first.verdict is Verdict.MODIFIED
        assert first.changes_after == (
            "field 'note' value changed (from 'original note' to 'filled in later'), "
            "but field 'note' is locked by signature 'Sig1' (FieldMDP)",
        )
        assert "is locked by signature 'Sig1' (FieldMDP)" in report.message
    else:
        assert first.verdict is Verdict.VALID, first.changes_after
        assert any("field 'note' value changed" in text for text in first.allowed_after)
        assert not any("signature dictionary" in text for text in first.allowed_after)


def test_a_lock_broken_before_a_later_signature_is_named_only_for_the_locking_one(pki, trust):
    base = with_locks(Sig1=_lock("Include", ["note"]), Sig2=None)
    data = sign(base, "Sig1", pki.signers[0], pki)
    data = sign(fill(data), "Sig2", pki.signers[1], pki)
    first, second = verify_pdf(data, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED
    assert any("locked by signature 'Sig1'" in text for text in first.changes_after)
    assert second.verdict is Verdict.VALID


def test_the_lock_is_read_from_the_signed_revision(pki, trust):
    """Removing the /Lock afterwards unlocks nothing, and is itself a change."""
    from pyhanko.pdf_utils import generic

    data = sign(with_locks(Sig1=_lock("Include", ["note"])), "Sig1", pki.signers[0], pki)

    def unlock(writer):
        for ref in writer.root["/AcroForm"]["/Fields"]:
            field = ref.get_object()
            if field.get("/T") == "Sig1":
                del field[generic.pdf_name("/Lock")]
                writer.update_container(field)

    report = verify_pdf(fill(update(data, unlock)), trust=trust)
    changes = report.signatures[0].changes_after
    assert report.verdict is Verdict.MODIFIED
    assert any("locked by signature 'Sig1'" in text for text in changes), changes


def test_a_locked_signature_field_signed_later_is_not_allowed(pki, trust):
    """/Action /All covers the other signature fields too (as pyHanko reads it)."""
    data = sign(with_locks(Sig1=_lock("All"), Sig2=None), "Sig1", pki.signers[0], pki)
    data = sign(data, "Sig2", pki.signers[1], pki)
    first, second = verify_pdf(data, trust=trust).signatures
    assert first.verdict is Verdict.MODIFIED
    assert "field 'Sig2' is locked by signature 'Sig1' (FieldMDP)" in first.changes_after[0]
    assert second.verdict is Verdict.VALID


def test_prepared_fields_locking_only_the_content_sign_in_turn(pki, trust):
    """Each signatory locks the agreement's own fields; the next one still signs."""
    base = with_locks(
        Sig1=_lock("Include", ["note", "other"]), Sig2=_lock("Include", ["note", "other"])
    )
    data = sign(base, "Sig1", pki.signers[0], pki)
    data = sign(data, "Sig2", pki.signers[1], pki)
    assert verify_pdf(data, trust=trust).verdict is Verdict.VALID


def test_a_lock_dictionary_with_p_restricts_like_a_certification(pki, trust):
    """PDF 2.0: /P in a field's lock dictionary applies once the field is signed."""
    base = with_locks(docmdp=1, Sig1=_lock("Include", ["other"]))
    data = fill(sign(base, "Sig1", pki.signers[0], pki))
    first = verify_pdf(data, trust=trust).signatures[0]
    assert first.verdict is Verdict.MODIFIED
    assert first.kind == "signature"  # an approval signature, restricted by its field's lock
    assert first.changes_after == (
        "field 'note' value changed (from 'original note' to 'filled in later') "
        "(the lock of field 'Sig1' permits no changes)",
    )


@pytest.mark.parametrize("level", [2, 3])
def test_a_certification_binds_the_approval_signatures_after_it(base_pdf, pki, trust, level):
    """In a P=3 document an approval signature permits comments too; in a P=2 one it does not."""
    data = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=level)
    data = add_annotation(sign(data, "Signer2", pki.signers[1], pki))
    certification, approval = verify_pdf(data, trust=trust).signatures
    if level == 3:
        assert (certification.verdict, approval.verdict) == (Verdict.VALID, Verdict.VALID)
        assert "an annotation was added on page 1" in approval.allowed_after
    else:
        assert (certification.verdict, approval.verdict) == (Verdict.MODIFIED, Verdict.MODIFIED)
        assert approval.changes_after == (
            "an annotation was added on page 1 "
            "(the certification permits only form filling and signing)",
        )


def test_a_locking_signature_is_not_changed_by_later_catalog_updates(pki, trust):
    """Its /Reference /Data points at the catalog: a DSS added there changes no signature."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    data = sign(with_locks(Sig1=_lock("Include", ["note"])), "Sig1", pki.signers[0], pki)
    stream = io.BytesIO(data)
    DocumentSecurityStore.add_dss(stream, None, certs=[pki.root.asn1_cert], force_write=True)
    report = verify_pdf(stream.getvalue(), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    allowed = report.signatures[0].allowed_after
    assert "validation data (DSS) was added or updated" in allowed
    assert not any("signature dictionary" in text for text in allowed)


def test_a_certification_adds_only_a_signature_to_the_prepared_pdf(base_pdf, pki):
    # The register accepts a returned copy when what follows the registered PDF only adds
    # signatures: a certification's /Perms /DocMDP belongs to the signature made with it.
    from agreement_studio.verification import ADDITIONS, updates_after

    certified = sign(base_pdf, "Signer1", pki.signers[0], pki, certify=True, docmdp=2)
    changes = updates_after(certified, len(base_pdf))
    assert changes and all(c.kind in ADDITIONS for c in changes), [c.text for c in changes]
    assert any("/Perms /DocMDP" in c.text for c in changes)
    # a /Perms that names something other than the new signature is a change
    from pyhanko.pdf_utils import generic

    def declare_other(writer) -> None:
        other = writer.add_object(generic.DictionaryObject({}))
        writer.root["/Perms"] = generic.DictionaryObject({generic.pdf_name("/DocMDP"): other})
        writer.update_root()

    forged = update(base_pdf, declare_other)
    assert any(
        c.kind not in ADDITIONS and "/Perms" in c.text for c in updates_after(forged, len(base_pdf))
    )
