"""The strict reader underneath: syntax limits, revisions, and the cross-checks between views."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from agreement_studio.errors import InputError
from agreement_studio.verification import TrustStore
from agreement_studio.verification.document import PdfDocument, StructureError
from agreement_studio.verification.syntax import (
    AmbiguousDict,
    Name,
    Parser,
    PdfSyntaxError,
    Ref,
    find_key_value_span,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "pdf"


def test_objects_parse_to_plain_python_values():
    value, _ = Parser(b"<< /A [1 -2 3.5 .5 true null (a\\(b\\)\\101) <414> /N#20x 7 0 R] >>").parse(
        0
    )
    assert value == {"A": [1, -2, 3.5, 0.5, True, None, b"a(b)A", b"A@", Name("N x"), Ref(7, 0)]}
    assert isinstance(value["A"][8], Name)


@pytest.mark.parametrize(
    "text",
    [
        b"[" * 5000,
        b"<< /A " * 5000,
        b"123456789012345678901234",
        b"(unterminated",
        b"<< 1 2 >>",
        b"]",
    ],
)
def test_bad_or_hostile_syntax_is_a_syntax_error(text):
    with pytest.raises(PdfSyntaxError):
        Parser(text).parse(0)


@pytest.mark.parametrize("space", [b"\x00", b"\t", b"\n", b"\x0c", b"\r", b" "])
def test_every_pdf_whitespace_separates_numbers_and_tokens(space):
    text = b"<<" + space + b"/W" + space + b"[1" + space + b"2.5" + space + b"-3" + space + b"]"
    text += space + b"/R" + space + b"[7" + space + b"0" + space + b"R" + space + b"]>>"
    value, _ = Parser(text).parse(0)
    assert value == {"W": [1, 2.5, -3], "R": [Ref(7, 0)]}


def test_a_key_repeated_with_the_same_value_is_no_ambiguity():
    parser = Parser(b"<< /A 1 /B (x) /A 1.0 >>")
    value, _ = parser.parse(0)
    assert value == {"A": 1, "B": b"x"} and not isinstance(value, AmbiguousDict)
    assert not parser.conflicts


def test_a_key_repeated_with_another_value_is_recorded():
    parser = Parser(b"<< /Contents <00> /Type /Sig /Contents <01> >>")
    value, _ = parser.parse(0)
    assert isinstance(value, AmbiguousDict)
    assert value.duplicates == {"Contents": [b"\x00", b"\x01"]}
    assert parser.conflicts == ["a dictionary gives /Contents two different values"]


def test_the_contents_value_is_located_in_the_raw_bytes():
    data = b"4 0 obj\n<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00ff> /M (x) >>\nendobj"
    start, end = find_key_value_span(data, 0, "Contents")
    assert data[start:end] == b"<00ff>"
    assert find_key_value_span(data, 0, "Missing") is None


@pytest.mark.parametrize(
    "name", ["pyhanko_minimal-two-fields-signed-twice.pdf", "dss_dss-2236_replace.pdf"]
)
def test_linearized_files_have_one_first_revision(name):
    document = PdfDocument((CORPUS / name).read_bytes())
    assert document.linearized
    assert len(document.revisions[0].sections) == 2
    assert not document.anomalies


def test_hybrid_reference_files_are_read_without_complaint():
    document = PdfDocument((CORPUS / "dss_PAdES-LT.pdf").read_bytes())
    assert len(document.revisions) == 8
    assert document.revisions[1].sections[0].hybrid is not None
    assert not document.anomalies


def test_revisions_end_at_their_eof_markers(signed_three):
    document = PdfDocument(signed_three)
    assert document.revisions[-1].end == len(signed_three)
    for revision in document.revisions:
        assert signed_three[revision.eof - 5 : revision.eof] == b"%%EOF"
        assert revision.start < revision.eof <= revision.end


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "not a PDF"),
        (b"%PDF-1.7\nno end", "startxref"),
        (b"%PDF-1.7\nstartxref\n9\n%%EOF\n", "cross-reference"),
    ],
)
def test_unreadable_files_say_why(data, reason):
    with pytest.raises(StructureError, match=reason):
        PdfDocument(data)


def test_the_pdf_header_must_come_first(signed_once):
    with pytest.raises(StructureError, match="PDF"):
        PdfDocument(b"junk" + signed_once)


def test_trust_stores_travel_to_worker_processes(pki):
    store = TrustStore.from_files(
        [pki.files["root"]], [pki.files["intermediate"]], [pki.signers[0].fingerprint]
    )
    copy = pickle.loads(pickle.dumps(store))
    assert copy.identity == store.identity
    assert [c.dump() for c in copy.anchors] == [c.dump() for c in store.anchors]
    assert copy.pinned == store.pinned


def test_a_pem_file_may_hold_several_certificates(pki, tmp_path):
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(pki.root.pem + pki.intermediate.pem)
    assert len(TrustStore.from_files([bundle]).anchors) == 2


def test_bad_pins_are_input_errors():
    with pytest.raises(InputError):
        TrustStore(pinned=["12:34"])


def test_the_fast_dictionary_path_reads_as_the_general_parser(monkeypatch):
    """A seeded loop of dictionaries: one-match entries must equal the token-by-token reading."""
    import random
    import re as regex

    from agreement_studio.verification import syntax

    pieces = [
        b"/A", b"/B#20C", b"/F1", b"/", b" ", b"\x00", b"\r\n", b"%c\n", b"1", b"-2", b"+.5",
        b"3.", b"12 0 R", b"7 3 R", b"0", b"R", b"/N", b"(s)", b"<0a>", b"[1 2]", b"<< /K 1 >>",
        b"true", b"null", b"12345678901", b"1.5e3",
    ]  # fmt: skip
    rng = random.Random(15)
    general = regex.compile(rb"(?!)")  # never matches: every entry takes the general path

    def read(text: bytes, fast: bool):
        monkeypatch.setattr(syntax, "_SIMPLE_ENTRY_RE", fast_re if fast else general)
        try:
            return Parser(text).parse(0)
        except PdfSyntaxError:
            return "error"

    fast_re = syntax._SIMPLE_ENTRY_RE
    for _ in range(3000):
        text = b"<<" + b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) + b">>"
        assert read(text, True) == read(text, False), text
