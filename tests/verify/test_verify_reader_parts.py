"""The one PDF reader's small parts: object syntax, text strings and stream filters."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agreement_studio.verification.info import decode_text
from agreement_studio.verification.syntax import Name, Parser, PdfSyntaxError, Ref, Stream
from agreement_studio.verification.xref import MAX_DECODED, decode_stream


def test_parser_reads_the_object_syntax():
    source = (
        b"<< /Title (a\\(b\\)c \\101\\n (nested) \\\n end) /Hex <48 65 6C6C 6F7>"
        b" /N#20ame 12 /R 12 0 R /A [1 -2.5 true null /X] /D << /K (v) >> >>"
    )
    value = Parser(source).parse(0)[0]
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
        Parser(source).parse(0)[0]


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
    data = zlib.compress(raw)
    mine = decode_stream(
        Stream(
            {"Filter": Name("FlateDecode"), "DecodeParms": {"Predictor": 12, "Columns": columns}},
            data,
            0,
            len(data),
        )
    )
    assert mine == expected


def test_oversized_streams_are_refused():
    bomb = zlib.compress(b"\0" * (MAX_DECODED + 1))
    with pytest.raises(PdfSyntaxError):
        decode_stream(Stream({"Filter": Name("FlateDecode")}, bomb, 0, len(bomb)))
