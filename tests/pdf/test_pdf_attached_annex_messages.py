"""An attached PDF's refusal reads in the reader's language (issue 14 outside test).

The refusals were English f-strings; they are now the core's sentences (``pdf`` catalog), so
the window and the command line show them in Finnish or Swedish. The annex's name (its number
and title, in the agreement's language) stays as given.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.pdfgen import canvas

from agreement_studio.errors import PdfInputError
from agreement_studio.i18n import render
from agreement_studio.pdf.attached import read_attachment


def _unembedded_helvetica() -> bytes:
    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("Helvetica", 12)  # one of the 14 standard fonts: never embedded
    page.drawString(72, 720, "Budget 2027")
    page.showPage()
    page.save()
    return buffer.getvalue()


CASES = {
    "empty": (b"", "no file is attached", "tiedostoa ei ole liitetty", "ingen fil är bifogad"),
    "not a pdf": (
        b"hello, not a PDF at all",
        "not a readable PDF",
        "ei luettava PDF-tiedosto",
        "inte en läsbar PDF-fil",
    ),
    "unembedded font": (
        _unembedded_helvetica(),
        "is not embedded in the PDF",
        "ei ole upotettu PDF-tiedostoon",
        "är inte inbäddat i PDF-filen",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_refusal_reads_in_english_finnish_and_swedish(case):
    data, english, finnish, swedish = CASES[case]
    with pytest.raises(PdfInputError) as caught:
        read_attachment(data, "Liite 3 (Talousarvio 2027)")
    error = caught.value
    assert render(error, "en").startswith("Liite 3 (Talousarvio 2027): ")
    assert english in render(error, "en")
    assert finnish in render(error, "fi"), render(error, "fi")
    assert swedish in render(error, "sv"), render(error, "sv")
    assert render(error, "fi").startswith("Liite 3 (Talousarvio 2027): ")


def test_without_a_name_the_attachment_is_named_in_the_language():
    with pytest.raises(PdfInputError) as caught:
        read_attachment(b"")
    assert render(caught.value, "fi") == "liitetty PDF-tiedosto: tiedostoa ei ole liitetty"
    assert render(caught.value, "sv") == "den bifogade PDF-filen: ingen fil är bifogad"
    assert str(caught.value) == "the attached PDF: no file is attached"
