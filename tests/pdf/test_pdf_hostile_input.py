"""Whatever the text, rendering ends in a valid PDF that shows the text as text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_helpers import (
    fake_composed,
    pdffonts_rows,
    pdfsig_fields,
    pdftotext,
    qpdf_check,
    text_positions,
)

from agreement_studio.agreement import Signatory, example_agreement
from agreement_studio.pdf import read_agreement_metadata, render_pdf
from agreement_studio.pdf.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
)

MARKUP = '<b>bold?</b> & &amp; ]]> <para> <font name="Helvetica">x</font> <br/> <!-- c -->'
LONG_WORD = "Ylitarkastaja" * 40  # 520 letters, no space to break at


def _valid(data: bytes) -> None:
    check = qpdf_check(data)
    assert check.returncode == 0, check.stdout + check.stderr
    assert all(row["emb"] == "yes" for row in pdffonts_rows(data))


@pytest.fixture(scope="module")
def hostile():
    """A draft whose every printed value is markup, a long word or a control character."""
    agreement = example_agreement(parties=3)
    agreement.title = MARKUP
    agreement.network.name = f"Verkosto {MARKUP}"
    agreement.network.region = LONG_WORD
    agreement.parties[0].name = f"Kunta {MARKUP}"
    agreement.parties[1].name = LONG_WORD
    agreement.parties[1].signatories[0].name = f"Nimi\x00\x07 {MARKUP}"
    agreement.parties[2].signatories[0].title = " ".join([LONG_WORD] * 3)
    agreement.signing.place = "Lahti\ud800"  # a lone surrogate cannot be encoded at all
    return agreement


def test_markup_in_data_and_text_is_shown_literally(hostile):
    body = (
        f"## Otsikko {MARKUP}\n\nKappale {MARKUP}\n\n| A {MARKUP} | B |\n| --- | --- |\n"
        f"| {MARKUP} | {LONG_WORD} |\n\n- {MARKUP}\n"
    )
    data = render_pdf(fake_composed(hostile, body, title=MARKUP), hostile)
    _valid(data)
    text = pdftotext(data)
    assert "<b>bold?</b> & &amp; ]]> <para>" in text.replace("\n", " ")
    assert "Helvetica" not in "".join(row["name"] for row in pdffonts_rows(data))
    assert LONG_WORD[:40] in text
    assert len(pdfsig_fields(data)) == 3
    assert read_agreement_metadata(data)["title"] == MARKUP


def _assert_text_inside_the_frame(data: bytes) -> None:
    """Nothing but the furniture is printed outside the text frame, at any side."""
    width, height = PAGE_SIZE
    for page, x, y, text in text_positions(data):
        furniture = y > height - MARGIN_TOP or y < MARGIN_BOTTOM - 20
        if furniture:
            continue
        assert MARGIN_LEFT - 1 <= x < width - MARGIN_RIGHT, (page, x, y, text)
        assert y > MARGIN_BOTTOM - 3, (page, x, y, text)  # below: run into the footer


@pytest.mark.parametrize(
    "body",
    [
        f"## A\n\n{LONG_WORD}\n\n- {LONG_WORD}",
        "## A\n\n" + " ".join(["sana"] * 2000),
        "## T\n\n| A | B |\n| --- | --- |\n| " + " ".join(["solu"] * 2000) + " | x |",
        "## T\n\n| A | B |\n| --- | --- |\n| **b** " + " ".join(["solu"] * 2000) + " | x |",
        f"## T\n\n| A | B |\n| --- | --- |\n| {LONG_WORD} | {LONG_WORD} |",
    ],
)
def test_text_stays_inside_the_frame(hostile, body):
    data = render_pdf(fake_composed(hostile, body), hostile)
    _assert_text_inside_the_frame(data)


@pytest.mark.parametrize(
    "body",
    [
        "",
        "   \n\n  ",
        "## A\n\n## B\n\n## C {-}\n\n### D\n\n###\n\n##",
        "Text before any clause.\n\n## First\n\nSub-clause.",
        "# H1\n\n#### H4\n\n###### H6\n\nSetext\n======\n\nOther\n-----",
        "<div>html <b>block</b></div>\n\n<!-- comment -->\n\nInline <span>html</span>.",
        "![an image](picture.png) and [a link](https://example.org) <https://example.org>",
        "```python\nprint('<code>')\n```\n\n    indented code\n\n> quote\n>> nested\n\n---\n",
        "[ref]: https://example.org\n\nSee [ref].",
        "1. a\n" + "".join("  " * i + "- level\n" for i in range(1, 60)),
        "99999999999999999999. huge start\n2. next",
        "| " + " | ".join(f"c{i}" for i in range(30)) + " |\n|" + "---|" * 30 + "\n| x |",
        "| only header |\n| --- |",
        "## Clause\n\n" + " ".join(["sana"] * 2000),
        "## Table\n\n| A | B |\n| --- | --- |\n| " + " ".join(["solu"] * 2000) + " | x |",
        "\x00\x01\x02\x1b[31m\ud800\udfff\ufffe\U0001f600 — end",
        "\\*not emphasis\\* &lt;tag&gt; &amp; &#x41; &unknown;",
        # headings longer than a page (ReportLab loops on a kept-with-next one before a page break)
        "## " + "otsikko " * 3000,
        "## a\n\n### " + "otsikko " * 3000,
        "\n\n".join(f"## C{i}" for i in range(100)),
        # more columns than fit on the page: rows become paragraphs
        "| " + " | ".join(f"c{i}" for i in range(200)) + " |\n|" + "---|" * 200 + "\n| **x** |",
    ],
)
@pytest.mark.timeout(120)
def test_unusual_markdown_renders(body):
    agreement = example_agreement(parties=2)
    data = render_pdf(fake_composed(agreement, body), agreement)
    _valid(data)
    assert len(pdfsig_fields(data)) == 2


def test_a_table_too_wide_for_the_page_keeps_every_cell():
    agreement = example_agreement(parties=2)
    header = " | ".join(f"sarake{i}" for i in range(40))
    row = " | ".join(f"arvo{i}" for i in range(40))
    data = render_pdf(
        fake_composed(agreement, f"| {header} |\n|{'---|' * 40}\n| {row} |"), agreement
    )
    text = " ".join(pdftotext(data).split())
    assert all(f"sarake{i}: arvo{i}" in text for i in range(40))


def test_thirty_parties_and_many_signatories():
    agreement = example_agreement(parties=30)
    agreement.parties[4].signatories = [
        Signatory(name=f"Allekirjoittaja {i}", title="jäsen") for i in range(25)
    ]
    data = render_pdf(fake_composed(agreement), agreement)
    _valid(data)
    names = [name for name, _ in pdfsig_fields(data)]
    assert names == [name for _, _, name in agreement.signatures()]
    assert len(names) == 29 + 25


def test_no_parties_and_no_signatories_still_render():
    agreement = example_agreement(parties=2)
    agreement.parties = []
    data = render_pdf(fake_composed(agreement, "## Ainoa\n\nTeksti."), agreement)
    _valid(data)
    assert pdfsig_fields(data) == []


@pytest.mark.parametrize(
    "labels",
    [
        {},
        {"page": "no placeholders", "signatures": "", "name": None},
        {"page": "{total}{n}{0}{n.__class__}", "document_id": "<b>&"},
    ],
)
def test_odd_labels_fall_back_or_print_literally(labels):
    agreement = example_agreement(parties=2)
    composed = replace(fake_composed(agreement, "## A\n\nB"), labels=labels)
    data = render_pdf(composed, agreement)
    _valid(data)
    text = pdftotext(data)
    total = text.count("\f")
    assert "Signatures" in text or "Allekirjoitukset" in text
    if labels.get("page", "").startswith("{total}"):
        assert f"{total}1{{0}}{{n.__class__}}" in text
    else:
        assert f"Page 1 / {total}" in text


_MARKDOWN_ALPHABET = st.sampled_from(
    [
        *"#*_-+|`>[]()!<>&\\{}:.1 \n\tåäöÅ",
        "\n\n",
        "## ",
        "### ",
        "- ",
        "1. ",
        "| a | b |\n| --- | --- |\n",
        "{-}",
    ]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKDOWN_ALPHABET, max_size=200).map("".join))
def test_any_markdown_renders_to_a_pdf(body):
    agreement = example_agreement(parties=2)
    data = render_pdf(fake_composed(agreement, body), agreement)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert read_agreement_metadata(data)["document_id"] == str(agreement.document_id)


LONG_NUMBER = str(3**163)[:78]  # 78 digits that do not repeat a pattern
LONG_URL = (
    "https://www.example.org/"
    + "/".join(f"osa{n}" for n in range(20))
    + "/liite.pdf?id="
    + "x7" * 9
)


def _drawn_text(data: bytes) -> str:
    """All text in the order it is drawn, without spaces: a wrapped word reads whole again."""
    return "".join("".join(text.split()) for _, _, _, text in text_positions(data))


@pytest.mark.parametrize("composition", ["dialect", "template"])
def test_an_unbreakable_word_wraps_and_keeps_every_character(composition):
    from agreement_studio.drafting import compose

    agreement = example_agreement(parties=3)
    agreement.network.name = f"Verkosto {LONG_NUMBER}"
    agreement.parties[0].name = LONG_URL
    agreement.parties[1].signatories[0].title = LONG_NUMBER
    agreement.signing.place = LONG_URL
    if composition == "dialect":
        body = (
            f"## Otsikko {LONG_NUMBER}\n\nKappale {LONG_URL} ja {LONG_NUMBER}.\n\n"
            f"| A | B |\n| --- | --- |\n| {LONG_NUMBER} | {LONG_URL} |\n\n"
            f"- {LONG_URL}\n- {LONG_NUMBER}\n"
        )
        composed = fake_composed(agreement, body, title=f"Sopimus {LONG_NUMBER}")
    else:
        composed = compose(agreement)
    data = render_pdf(composed, agreement)
    _valid(data)
    _assert_text_inside_the_frame(data)
    drawn = _drawn_text(data)
    for word in (LONG_NUMBER, LONG_URL):
        # Every start of the word is followed by the whole word: nothing cut at the edge.
        assert drawn.count(word[:16]) == drawn.count(word) > 0, word
        assert drawn.count(word[-12:]) >= drawn.count(word)
