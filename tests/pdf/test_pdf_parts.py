"""The small parts: line breaking, labels, escaping, and the bounded PDF syntax reader."""

from __future__ import annotations

import zlib
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from agreement_studio.errors import OutputError
from agreement_studio.pdf import write_pdf
from agreement_studio.pdf.fonts import SERIF
from agreement_studio.pdf.info_reader import decode_text
from agreement_studio.pdf.inline import clean, escape
from agreement_studio.pdf.labels import format_date, merged_labels, page_text
from agreement_studio.pdf.para import Para
from agreement_studio.pdf.pdf_syntax import Name, Parser, PdfSyntaxError, Ref, decode_stream
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


def test_parser_reads_the_object_syntax():
    source = (
        b"<< /Title (a\\(b\\)c \\101\\n (nested) \\\n end) /Hex <48 65 6C6C 6F7>"
        b" /N#20ame 12 /R 12 0 R /A [1 -2.5 true null /X] /D << /K (v) >> >>"
    )
    value = Parser(source).object()
    assert value["Title"] == b"a(b)c A\n (nested)  end"
    assert value["Hex"] == b"Hellop"  # an odd last digit is followed by 0
    assert value["N ame"] == 12
    assert value["R"] == Ref(12, 0)
    assert value["A"] == [1, -2.5, True, None, "X"] and isinstance(value["A"][4], Name)
    assert value["D"] == {"K": b"v"}


@pytest.mark.parametrize(
    "source",
    [
        b"[" * 100 + b"]" * 100,
        b"(unterminated",
        b"<< /K >>",
        b"<< 1 2 >>",
        b"<4G>",
        b"",
    ],
)
def test_parser_rejects_malformed_or_too_deep_input(source):
    with pytest.raises(PdfSyntaxError):
        Parser(source).object()


def test_text_strings_decode_as_pypdf_decodes_them():
    from pypdf._codecs import _pdfdoc_encoding

    every_byte = bytes(range(256))
    expected = "".join(
        ch if ch != "\u0000" or i == 0 else "\ufffd" for i, ch in enumerate(_pdfdoc_encoding)
    )
    mine = decode_text(every_byte)
    for i, (a, b) in enumerate(zip(mine, expected, strict=True)):
        if b != "\ufffd":  # bytes PDFDocEncoding leaves undefined
            assert a == b, hex(i)
    assert decode_text("\ufeffÄÖ €".encode("utf-16-be")) == "ÄÖ €"
    assert decode_text(b"\xef\xbb\xbf" + "Å".encode()) == "Å"


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 12),
    st.lists(st.tuples(st.integers(0, 4), st.binary(min_size=12, max_size=12)), max_size=20),
)
def test_png_predictors_decode_as_pypdf_decodes_them(columns, rows):
    from pypdf.filters import FlateDecode
    from pypdf.generic import DictionaryObject, NameObject, NumberObject

    raw = b"".join(bytes([kind]) + data[:columns] for kind, data in rows)
    params = DictionaryObject(
        {NameObject("/Predictor"): NumberObject(12), NameObject("/Columns"): NumberObject(columns)}
    )
    expected = FlateDecode.decode(zlib.compress(raw), params)
    mine = decode_stream(
        {"Filter": "FlateDecode", "DecodeParms": {"Predictor": 12, "Columns": columns}},
        zlib.compress(raw),
    )
    assert mine == expected


def test_oversized_streams_are_refused():
    bomb = zlib.compress(b"\0" * (20 * 1024 * 1024))
    with pytest.raises(PdfSyntaxError):
        decode_stream({"Filter": "FlateDecode"}, bomb)
