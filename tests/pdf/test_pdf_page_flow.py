"""What stays together on paper: the signature boxes, lead-ins with their lists and tables, a
list's last item; and each signatory's own place and date line; the parties printed once."""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO

import pytest
from pdf_helpers import fake_composed, pdftotext_pages
from pypdf import PdfReader

from agreement_studio.agreement import Signatory, example_agreement
from agreement_studio.pdf import render_agreement, render_pdf
from agreement_studio.pdf.labels import format_date
from agreement_studio.pdf.signature_page import signing_place

HINT = {
    "fi": "päiväys sähköisen allekirjoituksen mukaan",
    "sv": "datum enligt den elektroniska underskriften",
    "en": "date of the electronic signature",
}


def _widgets_per_page(data: bytes) -> list[int]:
    counts = []
    for page in PdfReader(BytesIO(data)).pages:
        annots = page.get("/Annots") or []
        counts.append(sum(1 for a in annots if a.get_object().get("/Subtype") == "/Widget"))
    return counts


def _with_signatories(count: int, language: str = "fi"):
    """An example draft with ``count`` signatories in all (a second signatory where needed)."""
    parties = max(2, min(count, 32))
    agreement = example_agreement(parties=parties, language=language)
    extra = count - sum(len(p.signatories) for p in agreement.parties)
    for number in range(extra):
        party = agreement.parties[number % len(agreement.parties)]
        party.signatories.append(Signatory(name=f"Varahenkilö {number}", title="varajohtaja"))
    return agreement


@pytest.mark.parametrize("count", [2, 3, 5, 7, 9, 11, 13, 15])
def test_the_last_signature_page_never_holds_a_lone_box(count):
    data = render_agreement(_with_signatories(count))
    widgets = [n for n in _widgets_per_page(data) if n]
    assert sum(widgets) == count
    assert widgets[-1] >= 2, widgets


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_signatory_has_their_own_place_and_the_date_is_left_to_the_signature(language):
    agreement = example_agreement(parties=7, language=language)
    assert agreement.signing.date is None
    data = render_agreement(agreement)
    pages = pdftotext_pages(data)
    towns = {signing_place(party, agreement) for party in agreement.parties}
    assert len(towns) >= 4  # Lahti, Heinola, Hollola, Hämeenlinna...
    widgets = _widgets_per_page(data)
    signature_pages = [page for page, count in zip(pages, widgets, strict=True) if count]
    signature_text = " ".join(" ".join(signature_pages).split())
    for party in agreement.parties:
        town = signing_place(party, agreement)
        assert f"{town}, {HINT[language]}" in signature_text, town
    assert signature_text.count(HINT[language]) == len(agreement.signatures())


def test_an_agreed_date_of_signing_is_printed_in_every_box():
    agreement = example_agreement(parties=3, language="fi")
    agreement.signing.date = dt.date(2027, 1, 15)
    text = " ".join(" ".join(pdftotext_pages(render_agreement(agreement))).split())
    assert text.count(format_date(agreement.signing.date, "fi")) >= len(agreement.signatures())
    assert HINT["fi"] not in text


def test_the_place_comes_from_the_postal_address_else_the_agreed_place():
    agreement = example_agreement(parties=3, language="fi")
    party = agreement.parties[0]
    party.address = "Rauhankatu 3, 18100 Heinola"
    assert signing_place(party, agreement) == "Heinola"
    party.address = "Storgatan 1, Stockholm"
    agreement.signing.place = "Lahti"
    assert signing_place(party, agreement) == "Lahti"
    party.address = ""
    agreement.signing.place = ""
    assert signing_place(party, agreement) == ""


def _body_lines(page: str) -> list[str]:
    """A page's lines without the running header (first line) and footer (last two)."""
    lines = [line for line in page.splitlines() if line.strip()]
    return lines[1:-2]


@pytest.mark.parametrize("parties", range(2, 20))
def test_no_page_ends_with_a_lead_in(parties):
    data = render_agreement(example_agreement(parties=parties, language="fi"))
    for number, page in enumerate(pdftotext_pages(data), start=1):
        lines = _body_lines(page)
        assert lines, f"page {number} is empty"
        assert not lines[-1].rstrip().endswith(":"), (number, lines[-1])


@pytest.mark.parametrize("parties", range(2, 20))
def test_the_last_meeting_date_is_never_alone_on_a_page(parties):
    agreement = example_agreement(parties=parties, language="fi")
    dates = [format_date(day, "fi") for day in agreement.meetings.planned_dates]
    assert len(dates) >= 2
    for page in pdftotext_pages(render_agreement(agreement)):
        if re.search(rf"(?m)^\W*{re.escape(dates[-1])}\s*$", page):
            assert dates[-2] in page


def test_a_lead_in_stays_with_its_list_at_the_foot_of_a_page(agreement10):
    # Filler pushes the lead-in to the foot of the first page, whatever the fonts do.
    for filler in range(20, 60):
        body = "\n\n".join(["Täyteteksti, joka vie tilaa sivulta. " * 3] * filler)
        body += "\n\nKokoukset pidetään seuraavina päivinä:\n\n- 1.2.2027\n- 1.3.2027\n- 1.4.2027\n"
        data = render_pdf(fake_composed(agreement10, body), agreement10)
        for page in pdftotext_pages(data):
            lines = _body_lines(page)
            if lines:
                assert not lines[-1].rstrip().endswith(":")


def test_the_parties_are_printed_once_when_the_body_lists_them():
    agreement = example_agreement(parties=4, language="fi")
    first = pdftotext_pages(render_agreement(agreement))[0]
    assert "Osapuolet\n" not in first  # no brief parties block in the title block
    assert first.count(agreement.parties[1].name.split()[0]) >= 1


def test_the_title_block_names_the_parties_when_the_body_does_not(agreement10):
    body = "## Tarkoitus\n\nSopimus ilman osapuolten luetteloa."
    first = pdftotext_pages(render_pdf(fake_composed(agreement10, body), agreement10))[0]
    assert "Osapuolet" in first
    for party in agreement10.parties[:3]:
        assert party.name in " ".join(first.split())
