"""The built-in template composed by the drafting layer, rendered in every language."""

from __future__ import annotations

import re

import pytest
from pdf_helpers import pdffonts_rows, pdfsig_fields, pdftotext, pdftotext_pages, qpdf_check

import agreement_studio.drafting as drafting
from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import read_agreement_metadata, render_agreement, write_pdf

PAGE_WORD = {"fi": "Sivu", "sv": "Sida", "en": "Page"}


@pytest.fixture(scope="module", params=["fi", "sv", "en"])
def rendered(request):
    agreement = example_agreement(parties=6, language=request.param)
    return request.param, agreement, render_agreement(agreement)


def test_the_file_is_sound_and_fully_embedded(rendered):
    _, _, data = rendered
    assert qpdf_check(data).returncode == 0
    assert all(row["emb"] == "yes" for row in pdffonts_rows(data))


def test_parties_clauses_and_furniture(rendered):
    language, agreement, data = rendered
    text = pdftotext(data)
    for party in agreement.parties:
        assert party.name in text and party.business_id in text
    assert re.search(r"^1\.\s+\S", text, re.M) and re.search(r"^2\.1\s+\S", text, re.M)
    pages = pdftotext_pages(data)
    for number, page in enumerate(pages, start=1):
        assert f"{PAGE_WORD[language]} {number} / {len(pages)}" in page
        assert str(agreement.document_id) in page
    assert "{-}" not in text and "**" not in text


def test_one_unsigned_field_per_signatory(rendered):
    _, agreement, data = rendered
    assert pdfsig_fields(data) == [(name, False) for _, _, name in agreement.signatures()]


def test_metadata_names_the_template_and_language(rendered):
    language, agreement, data = rendered
    composed = drafting.compose(agreement)
    meta = read_agreement_metadata(data)
    assert meta["document_id"] == str(agreement.document_id)
    assert (meta["template_id"], meta["template_version"]) == (
        composed.template.id,
        str(composed.template.version),
    )
    assert meta["language"] == language
    assert meta["title"] == composed.title


def test_render_agreement_is_deterministic_and_writes_atomically(rendered, tmp_path):
    _, agreement, data = rendered
    assert render_agreement(agreement) == data
    target = write_pdf(tmp_path / "agreement.pdf", data)
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.pdf"]  # no temporary left


def test_swedish_and_finnish_letters_survive():
    agreement = example_agreement(parties=3, language="sv")
    text = pdftotext(render_agreement(agreement))
    assert "Päijänne-Tavastland" in text
    assert re.search("[åÅ]", text) and re.search("[öÖ]", text)
