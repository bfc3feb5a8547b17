"""Encrypted files: an empty user password opens them, so their signatures are verified.

Files are encrypted with pypdf (RC4 40 and 128 bits, AES-128, AES-256 R5 and R6) and signed
with pyHanko at test time. A change after signing is still seen through the encryption; a file
that needs a password, or whose revisions are encrypted differently, is an error that says so.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from verify_helpers import make_signer
from verify_tamper import OVERLAY, raw_update

from agreement_studio.verification import Verdict, verify_pdf

SIGNABLE = ["RC4-40", "RC4-128", "AES-128", "AES-256"]


def _encrypted(data: bytes, algorithm: str, user: str = "") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password="owner secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _writer(data: bytes):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    writer.encrypt("")  # the empty user password opens it
    return writer


def _signed(data: bytes, pki) -> bytes:
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name="Signer1", subfilter=fields.SigSeedSubFilter.PADES
    )
    return signers.sign_pdf(_writer(data), meta, signer=make_signer(pki.signers[0], pki)).getvalue()


def _page_text_changed(data: bytes) -> bytes:
    from pyhanko.pdf_utils import generic

    writer = _writer(data)
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    page[generic.pdf_name("/Contents")] = writer.add_object(
        generic.StreamObject(stream_data=OVERLAY)
    )
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module", params=SIGNABLE)
def encrypted_signed(request, base_pdf, pki) -> bytes:
    return _signed(_encrypted(base_pdf, request.param), pki)


def test_a_signed_file_with_an_empty_user_password_is_verified(encrypted_signed, trust):
    assert b"/Encrypt" in encrypted_signed
    report = verify_pdf(encrypted_signed, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    # strings are decrypted: the field's name reads as written
    assert [s.field for s in report.signatures] == ["Signer1"]


def test_a_change_after_signing_is_seen_through_the_encryption(encrypted_signed, trust):
    report = verify_pdf(_page_text_changed(encrypted_signed), trust=trust)
    assert report.verdict is Verdict.MODIFIED
    assert "page 1 content changed" in report.signatures[0].changes_after


def test_an_aes_256_r5_file_is_read(base_pdf):
    assert verify_pdf(_encrypted(base_pdf, "AES-256-R5")).verdict is Verdict.UNSIGNED


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_file_that_needs_a_password_says_so(base_pdf, algorithm):
    report = verify_pdf(_encrypted(base_pdf, algorithm, user="secret"))
    assert report.verdict is Verdict.ERROR
    assert "encrypted with a password" in report.message


def test_an_update_that_adds_encryption_to_a_signed_file_is_an_error(signed_once, trust):
    data = raw_update(signed_once, [], extra_trailer=b"")
    at = data.rindex(b"/Prev")
    data = data[:at] + b"/Encrypt << /Filter /Standard /V 1 /R 2 >> " + data[at:]
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.ERROR and "encrypted differently" in report.message


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="needs qpdf")
@pytest.mark.parametrize("key", [["256"], ["128", "--use-aes=y"]])
def test_encrypted_object_streams_are_read(base_pdf, pki, trust, tmp_path, key):
    """qpdf packs objects into encrypted object streams: their data is decrypted as a stream."""
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(base_pdf)
    command = ["qpdf", "--allow-weak-crypto", "--object-streams=generate", "--encrypt", "", "o"]
    subprocess.run([*command, *key, "--", str(source), str(target)], check=True, timeout=60)
    encrypted = target.read_bytes()
    assert b"/ObjStm" in encrypted
    report = verify_pdf(_signed(encrypted, pki), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert [s.field for s in report.signatures] == ["Signer1"]
