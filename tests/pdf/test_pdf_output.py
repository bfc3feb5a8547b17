"""The rendered file, as outside tools see it: structure, fonts, text, numbering, furniture."""

from __future__ import annotations

import re

from pdf_helpers import pdffonts_rows, pdftotext, pdftotext_pages, qpdf_check

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def test_qpdf_finds_no_errors(pdf10):
    result = qpdf_check(pdf10)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout


def test_every_font_is_embedded_and_none_is_a_standard_font(pdf10):
    rows = pdffonts_rows(pdf10)
    assert rows, "pdffonts lists no font at all"
    assert all(row["emb"] == "yes" for row in rows), rows
    assert all(row["uni"] == "yes" for row in rows), rows  # text can be extracted
    for row in rows:
        assert not any(std in row["name"] for std in STANDARD_14), row
    families = {row["name"].split("+")[-1] for row in rows}
    assert {"NotoSerif-Regular", "NotoSans-Bold"} <= families


def test_no_object_refers_to_a_standard_font(pdf10):
    # pdffonts lists the fonts pages use; a font named elsewhere (a form field's /DA, a spare
    # font dictionary) would not show there, so walk every object with pypdf.
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    reader = PdfReader(BytesIO(pdf10))
    fonts = []
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if not isinstance(obj, DictionaryObject):
            continue
        assert "/DA" not in obj and "/DR" not in obj, obj
        if obj.get("/Type") == "/Font":
            fonts.append(str(obj["/BaseFont"]))
    assert fonts
    for name in fonts:
        assert not any(std in name for std in STANDARD_14), name


def test_text_has_parties_business_ids_and_finnish_letters(pdf10, agreement10):
    text = pdftotext(pdf10)
    for party in agreement10.parties:
        assert party.name in text
        assert party.business_id in text
        assert party.signatories[0].name in text
    assert "åäö ÅÄÖ" in text
    assert "Päijät-Hämeen aikuisten ohjauspalveluverkosto" in text


def test_clauses_and_subclauses_are_numbered(pdf10):
    text = pdftotext(pdf10)
    assert re.search(r"^1\.\s+Sopijapuolet", text, re.M)
    assert re.search(r"^1\.1\s+Osapuolet tekevät", text, re.M)  # the table is not numbered
    assert re.search(r"^2\.\s+Tarkoitus", text, re.M)
    assert re.search(r"^2\.1\s+Ensimmäinen alakohta", text, re.M)
    assert re.search(r"^2\.2\s+Toinen alakohta", text, re.M)
    assert re.search(r"^2\.3\s+Alaotsikko", text, re.M)
    # paragraphs under a ### heading are not numbered separately
    assert not re.search(r"^2\.4\s", text, re.M)
    assert re.search(r"^3\.\s+Lauseke 3", text, re.M)
    assert re.search(r"^8\.\s+Lauseke 8", text, re.M)
    assert re.search(r"^8\.3\s+Ehto 8", text, re.M)


def test_unnumbered_heading_loses_its_marker_and_gets_no_number(pdf10):
    text = pdftotext(pdf10)
    assert "{-}" not in text
    assert re.search(r"^Liitteet$", text, re.M)
    assert not re.search(r"^9\.\s+Liitteet", text, re.M)


def test_inline_markup_is_rendered_not_printed(pdf10):
    text = pdftotext(pdf10)
    assert "lihavointia" in text
    assert "**" not in text
    assert "*kursiivia*" not in text


def test_every_page_has_title_document_id_and_page_n_of_total(pdf10, agreement10, composed10):
    pages = pdftotext_pages(pdf10)
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Sivu {number} / {total}" in page
        assert f"Asiakirjan tunniste: {agreement10.document_id}" in page
        assert composed10.title in page


def test_signature_page_starts_a_page_and_has_a_box_per_signatory(pdf10, agreement10):
    pages = pdftotext_pages(pdf10)
    first = next(i for i, page in enumerate(pages) if "Allekirjoitukset" in page)
    assert first > 0
    signature_text = "".join(pages[first:])
    assert signature_text.count("Paikka ja aika") == len(agreement10.signatures())
    for _, signatory, _ in agreement10.signatures():
        assert signatory.name in signature_text
        assert signatory.title in signature_text
    assert "Lahti" in signature_text  # the agreed place of signing


def test_a4_pages(pdf10):
    from io import BytesIO

    from pypdf import PdfReader

    for page in PdfReader(BytesIO(pdf10)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.28) < 0.5 and abs(height - 841.89) < 0.5
