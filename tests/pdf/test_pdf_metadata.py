"""Document metadata: written into the information dictionary, read from the newest revision."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from io import BytesIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_helpers import qpdf_check, sign_field

from agreement_studio import __version__
from agreement_studio.pdf import read_agreement_metadata, render_pdf
from agreement_studio.verification.info import read_document_info
from required_tools import require_tools


def _pypdf_info(data: bytes) -> dict[str, str]:
    from pypdf import PdfReader

    return {key[1:]: str(value) for key, value in PdfReader(BytesIO(data)).metadata.items()}


def test_metadata_is_written_and_read_back(pdf10, composed10, agreement10):
    meta = read_agreement_metadata(pdf10)
    assert meta == {
        "document_id": str(agreement10.document_id),
        "template_id": "test-template",
        "template_version": "2.1",
        "language": "fi",
        "title": composed10.title,
        "subject": agreement10.network.name,
        "author": agreement10.network.name,
        "creator": f"Agreement Studio {__version__}",
        "keywords": meta["keywords"],
    }
    assert "test-template" in meta["keywords"]


def test_pypdf_reads_the_same_information(pdf10):
    info = _pypdf_info(pdf10)
    assert info["AgreementDocumentId"] == "0b5e8a9e-3c1d-4e7a-9a51-6f2d2f6c1a10"
    assert info["AgreementTemplate"] == "test-template 2.1"
    assert info["AgreementLanguage"] == "fi"
    mine = read_document_info(pdf10)
    assert {k: v for k, v in mine.items() if k != "Trapped"} == {
        k: v for k, v in info.items() if k != "Trapped"
    }


def test_text_outside_latin_1_survives(composed10, agreement10):
    # PDFDocEncoding for what fits (en dash, euro sign), UTF-16 for the rest.
    title = "Sopimus – 5 000 € – Ελληνικά ja 日本語 – “lainaus”"
    data = render_pdf(replace(composed10, title=title), agreement10)
    assert read_agreement_metadata(data)["title"] == title
    assert _pypdf_info(data)["Title"] == title


def test_metadata_after_a_pyhanko_signature(pdf10, agreement10, signer):
    signed = sign_field(pdf10, agreement10.signatures()[0][2], signer)
    assert read_agreement_metadata(signed) == read_agreement_metadata(pdf10)


def test_metadata_after_rewriting_with_object_and_xref_streams(pdf10, tmp_path):
    require_tools("qpdf")
    qpdf = shutil.which("qpdf") or "qpdf"
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(pdf10)
    for options in (
        ["--object-streams=generate"],
        ["--linearize"],
        ["--object-streams=generate", "--linearize"],
    ):
        subprocess.run([qpdf, *options, str(source), str(target)], check=True, timeout=60)
        rewritten = target.read_bytes()
        assert b"/ObjStm" in rewritten or "--linearize" in options
        assert rewritten != pdf10
        assert read_agreement_metadata(rewritten) == read_agreement_metadata(pdf10), options


def _append_info_revision(data: bytes, document_id: str) -> bytes:
    """An incremental update with a new /Info object, written by hand as the spec says."""
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    body = f"{size} 0 obj\n<< /AgreementDocumentId ({document_id}) /Title (Uusi) >>\nendobj\n"
    start = data + b"\n"
    offset = len(start)
    xref_at = offset + len(body)
    tail = (
        f"xref\n{size} 1\n{offset:010d} 00000 n \ntrailer\n<< /Size {size + 1} "
        f"/Root {root.decode()} /Info {size} 0 R /Prev {startxref} >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    )
    return start + body.encode() + tail.encode()


def test_the_newest_revision_wins(pdf10):
    updated = _append_info_revision(pdf10, "11111111-2222-3333-4444-555555555555")
    assert qpdf_check(updated).returncode == 0  # the hand-made update is a valid PDF
    assert _pypdf_info(updated)["AgreementDocumentId"].startswith("11111111")
    meta = read_agreement_metadata(updated)
    assert meta["document_id"] == "11111111-2222-3333-4444-555555555555"
    assert meta["title"] == "Uusi"
    assert meta["template_id"] == ""  # the new /Info has no template: nothing is mixed in


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a pdf at all",
        b"%PDF-1.7\n",
        b"%PDF-1.4\nstartxref\n999999\n%%EOF",
        b"%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF",
    ],
)
def test_unreadable_or_foreign_files_give_none(data):
    assert read_agreement_metadata(data) is None


@pytest.mark.timeout(20)
@pytest.mark.parametrize("widths", [b"[0 0 0]", b"[1 2 1]"])
def test_a_cross_reference_stream_claiming_endless_entries_is_refused(widths):
    import zlib

    content = zlib.compress(b"\x01\x00\x00\x00")
    xref = (
        b"1 0 obj\n<< /Type /XRef /W " + widths + b" /Index [0 9223372036854775807] "
        b"/Size 9223372036854775807 /Filter /FlateDecode /Length "
        + str(len(content)).encode()
        + b" >>\nstream\n"
        + content
        + b"\nendstream\nendobj\n"
    )
    data = b"%PDF-1.5\n" + xref + b"startxref\n9\n%%EOF\n"
    assert read_agreement_metadata(data) is None


def test_a_pdf_without_agreement_keys_gives_none(pdf10):
    foreign = pdf10.replace(b"/AgreementDocumentId", b"/SomethingElseEntire")
    assert len(foreign) == len(pdf10)
    assert read_agreement_metadata(foreign) is None


def test_a_truncated_file_gives_none(pdf10):
    assert read_agreement_metadata(pdf10[: len(pdf10) // 2]) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_files_never_raise(pdf10, data):
    damaged = bytearray(pdf10)
    for _ in range(data.draw(st.integers(1, 8))):
        # damage the tail, where the cross-reference and trailer are
        at = data.draw(st.integers(max(0, len(damaged) - 2500), len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    result = read_agreement_metadata(bytes(damaged))
    assert result is None or isinstance(result["document_id"], str)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_never_raise(blob):
    for data in (blob, b"%PDF-1.4\n" + blob + b"\nstartxref\n9\n%%EOF"):
        result = read_agreement_metadata(data)
        assert result is None or isinstance(result["document_id"], str)
