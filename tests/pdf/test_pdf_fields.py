"""Empty signature fields: one per signatory, named, on its box, and signable by pyHanko."""

from __future__ import annotations

from io import BytesIO

import pytest
from pdf_helpers import fake_composed, pdfsig_fields, qpdf_check, sign_field

from agreement_studio.agreement import Signatory, example_agreement
from agreement_studio.pdf import render_pdf
from agreement_studio.pdf.signature_page import SIGNATURE_HEIGHT


def _widgets(data: bytes):
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(data))
    found = []
    for index, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            found.append((index, page, annotation.idnum, widget))
    return reader, found


def test_pdfsig_lists_one_unsigned_field_per_signatory(pdf10, agreement10):
    fields = pdfsig_fields(pdf10)
    expected = [name for _, _, name in agreement10.signatures()]
    assert [name for name, _ in fields] == expected
    assert not any(signed for _, signed in fields)


def test_fields_are_signature_widgets_on_their_own_page(pdf10, agreement10):
    reader, widgets = _widgets(pdf10)
    assert len(widgets) == len(agreement10.signatures())
    form = reader.trailer["/Root"]["/AcroForm"]
    assert int(form.get("/SigFlags", 0)) == 0  # nothing signed yet
    listed = [ref.idnum for ref in form["/Fields"]]
    for _, page, number, widget in widgets:
        assert widget["/FT"] == "/Sig"
        assert widget["/Subtype"] == "/Widget"
        assert int(widget["/F"]) == 4
        assert "/V" not in widget  # empty
        assert widget.raw_get("/P").idnum == page.indirect_reference.idnum
        assert number in listed
        x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
        assert 0 < x0 < x1 < float(page.mediabox.width)
        assert 0 < y0 < y1 < float(page.mediabox.height)
        assert y1 - y0 == pytest.approx(SIGNATURE_HEIGHT, abs=0.02)


def test_each_field_lies_in_its_signatorys_box(pdf10, agreement10):
    # The signatory's name is printed just below the signature area, within its width:
    # find the text there on the field's page and expect the field's own signatory.
    _, widgets = _widgets(pdf10)
    for _, page, _, widget in widgets:
        x0, y0, x1, _ = (float(v) for v in widget["/Rect"])
        name = str(widget["/T"])
        signatory = next(s for _, s, n in agreement10.signatures() if n == name)
        below = []

        def visit(text, cm, tm, font, size, below=below, x0=x0, x1=x1, y0=y0):
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            if text.strip() and x0 - 1 <= x <= x1 and y0 - 30 < y < y0:
                below.append(text)

        page.extract_text(visitor_text=visit)
        assert signatory.name in "".join(below), (name, below)


def test_duplicate_signatory_names_get_distinct_fields():
    agreement = example_agreement(parties=2)
    party = agreement.parties[1]
    party.signatories = [party.signatories[0], Signatory(name=party.signatories[0].name)]
    data = render_pdf(fake_composed(agreement), agreement)
    names = [name for name, _ in pdfsig_fields(data)]
    assert len(names) == 3 and len(set(names)) == 3
    assert names[2] == names[1] + "-2"


def test_pyhanko_signs_into_a_prepared_field(pdf10, agreement10, signer):
    target = agreement10.signatures()[3][2]
    signed = sign_field(pdf10, target, signer)
    assert signed.startswith(pdf10)  # an incremental update
    check = qpdf_check(signed)
    assert check.returncode == 0, check.stdout + check.stderr
    fields = dict(pdfsig_fields(signed))
    assert fields.pop(target) is True
    assert fields and not any(fields.values())


def test_two_signatures_one_after_another(pdf10, agreement10, signer):
    first, second = agreement10.signatures()[0][2], agreement10.signatures()[-1][2]
    signed = sign_field(sign_field(pdf10, first, signer), second, signer)
    assert qpdf_check(signed).returncode == 0
    fields = dict(pdfsig_fields(signed))
    assert fields[first] and fields[second]
    assert sum(fields.values()) == 2


def test_validation_by_pyhanko_finds_the_signature_intact(pdf10, agreement10, signer):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    target = agreement10.signatures()[1][2]
    reader = PdfFileReader(BytesIO(sign_field(pdf10, target, signer)))
    (embedded,) = reader.embedded_signatures
    assert embedded.field_name == target
    context = ValidationContext(trust_roots=[signer.signing_cert])
    status = validate_pdf_signature(embedded, context)
    assert status.intact and status.valid and status.trusted
