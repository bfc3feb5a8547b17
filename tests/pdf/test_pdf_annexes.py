"""Annex pages: each annex with content on its own page after the signatures, in each language,
made from the draft (meeting schedule, contacts) or its free text."""

from __future__ import annotations

import pytest
from pdf_helpers import pdftotext_pages, qpdf_check

from agreement_studio.agreement import AnnexContent, AnnexKind, example_agreement
from agreement_studio.pdf import render_agreement
from agreement_studio.pdf.labels import format_date

ANNEX = {"fi": "Liite", "sv": "Bilaga", "en": "Annex"}


def _pages_with_widgets(data: bytes) -> list[int]:
    from io import BytesIO

    from pypdf import PdfReader

    return [
        index
        for index, page in enumerate(PdfReader(BytesIO(data)).pages)
        if any(a.get_object().get("/Subtype") == "/Widget" for a in page.get("/Annots", []))
    ]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_annex_starts_its_own_page_after_the_signatures(language):
    agreement = example_agreement(parties=7, language=language)
    data = render_agreement(agreement)
    pages = pdftotext_pages(data)
    titles = agreement.annexes
    starts = []
    for number, title in enumerate(titles, start=1):
        heading = f"{ANNEX[language]} {number}: {title}"
        found = [i for i, page in enumerate(pages) if heading in _flat(page)]
        assert len(found) == 1, heading
        starts.append(found[0])
    assert starts == sorted(set(starts))  # one page each, in order
    assert min(starts) > max(_pages_with_widgets(data))
    schedule, contacts = (_flat(pages[i]) for i in starts)
    for day in agreement.meetings.planned_dates:
        assert format_date(day, language) in schedule
    for party in agreement.parties:
        assert party.contact.name in contacts
        assert party.contact.email in contacts.replace(" ", "")
        for signatory in party.signatories:
            assert signatory.name in contacts


def test_a_free_text_annex_prints_its_text_and_a_title_only_one_no_page():
    agreement = example_agreement(parties=3, language="fi")
    agreement.annexes += ["Työjärjestys", "Talousarvio 2027"]
    agreement.annex_content["Työjärjestys"] = AnnexContent(
        kind=AnnexKind.TEXT, text="Puheenjohtaja avaa kokouksen.\n\n- Muistio laaditaan aina."
    )
    agreement.annex_content["Talousarvio 2027"] = AnnexContent(kind=AnnexKind.TITLE_ONLY)
    data = render_agreement(agreement)
    assert qpdf_check(data).returncode == 0
    pages = [_flat(page) for page in pdftotext_pages(data)]
    annex = next(page for page in pages if "Liite 3: Työjärjestys" in page)
    assert "Puheenjohtaja avaa kokouksen." in annex and "Muistio laaditaan aina." in annex
    assert not any("Liite 4:" in page for page in pages)
    assert any("Talousarvio 2027" in page for page in pages)  # still in the annex list


def test_without_annex_content_the_agreement_ends_with_the_signatures():
    agreement = example_agreement(parties=3, language="en")
    agreement.annex_content = {}
    pages = pdftotext_pages(render_agreement(agreement))
    assert agreement.signatures()[-1][1].name in pages[-1]
