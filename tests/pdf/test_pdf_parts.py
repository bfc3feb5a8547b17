"""The small parts: line breaking, labels and escaping."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from agreement_studio.errors import OutputError
from agreement_studio.pdf import write_pdf
from agreement_studio.pdf.fonts import SERIF
from agreement_studio.pdf.inline import clean, escape
from agreement_studio.pdf.labels import format_date, merged_labels, page_text
from agreement_studio.pdf.para import Para
from agreement_studio.pdf.styles import styles
from agreement_studio.pdf.textlines import wrap_lines

# Long runs of wide letters make words wider than the line.
_TEXT = st.lists(st.sampled_from([*"aäöÅ WwiI.-\u00a0€", "MMMMMMMMMMMM"]), max_size=120).map(
    "".join
)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.floats(min_value=20, max_value=400))
def test_wrapped_lines_fit_and_keep_every_word(text, width):
    styles()  # registers the fonts
    lines = wrap_lines(text, SERIF, 9, width)
    for line in lines:
        assert stringWidth(line, SERIF, 9) <= width + 1e-6 or len(line) == 1
    # nothing is lost or invented: the same characters apart from ordinary spaces
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_no_break_spaces_hold_words_together():
    styles()
    lines = wrap_lines("Raha 5\u00a0000\u00a0€ vuodessa", SERIF, 9, 40)
    assert "5\u00a0000\u00a0€" in lines


def test_page_label_and_fallbacks():
    assert page_text("Sivu {n} / {total}", 3, 12) == "Sivu 3 / 12"
    assert page_text("{total}: {n}", 1, 2) == "2: 1"
    assert page_text("broken", 1, 2) == "Page 1 / 2"
    labels = merged_labels({"page": "Sida {n} / {total}", "name": "", "title": 7})
    assert labels["page"] == "Sida {n} / {total}"
    assert labels["name"] == "Name" and labels["title"] == "Title"
    assert labels["signatures"] == "Signatures"


def test_dates_in_print():
    assert format_date(date(2027, 2, 1), "fi") == "1.2.2027"
    assert format_date(date(2027, 2, 1), "sv") == "1.2.2027"
    assert format_date(date(2027, 2, 1), "en") == "1 February 2027"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_escaped_text_is_read_by_reportlab_as_the_same_text(text):
    paragraph = Para(escape(text), styles().body)
    read = "".join(getattr(frag, "text", "") for frag in paragraph.frags)
    assert " ".join(read.split()) == " ".join(clean(text).split())


def test_clean_replaces_what_a_pdf_cannot_carry():
    assert clean("a\x00b\x1bc\ud800d\te\nf") == "a\ufffdb\ufffdc\ufffdd\te\nf"


def test_write_pdf_reports_a_missing_folder(tmp_path):
    with pytest.raises(OutputError):
        write_pdf(tmp_path / "missing" / "a.pdf", b"%PDF-")
