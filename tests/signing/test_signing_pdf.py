"""Signing PDFs: three signatories in turn, checked by qpdf, poppler and pyHanko."""

from __future__ import annotations

import errno
import os
import stat

import pytest
from cryptography.hazmat.primitives import hashes
from pyhanko.sign.diff_analysis import ModificationLevel
from signing_pki import (
    PASSWORD,
    SIGNATORIES,
    assert_pdfsig_all_valid,
    pdftotext,
    prepared_pdf,
    pyhanko_statuses,
    qpdf_check,
    unusable_identity_file,
)

from agreement_studio.errors import (
    CertificateNotUsable,
    OutputError,
    PdfInputError,
    SignatureFieldError,
    WrongPassword,
)
from agreement_studio.signing import create_identity, load_pkcs12, sign_pdf
from required_tools import require_tools


@pytest.fixture(autouse=True)
def _tools() -> None:
    require_tools("qpdf", "pdfsig", "pdftotext", "certutil")


def test_three_signatories_sign_in_turn_and_every_signature_stays_valid(
    tmp_path, prepared_pdf_path, issued, network_ca, nss_db
):
    current = prepared_pdf_path
    for count, item in enumerate(issued, start=1):
        identity = load_pkcs12(item.path, item.password)
        signed = tmp_path / f"signed-{count}.pdf"
        before = current.read_bytes()
        result = sign_pdf(
            current, identity, output=signed, reason="Hyväksyn sopimuksen", location="Helsinki"
        )
        assert result.field_name == item.signatory.field and not result.created_field
        data = signed.read_bytes()
        assert data.startswith(before), "not an incremental update of the previous file"
        assert current.read_bytes() == before, "the input changed"
        qpdf_check(signed)
        assert_pdfsig_all_valid(signed, nss_db, count)
        statuses = pyhanko_statuses(signed, network_ca.certificate)
        assert len(statuses) == count
        for status in statuses:
            assert status.bottom_line, status.pretty_print_details()
            assert status.docmdp_ok
            # later signatures count as form filling, nothing more
            assert status.modification_level <= ModificationLevel.FORM_FILLING
        current = signed
    text = pdftotext(current)
    for signatory in SIGNATORIES:
        assert signatory.name in text and signatory.org in text


def test_signed_file_gets_ordinary_permissions(tmp_path, prepared_pdf_path, issued):
    out = tmp_path / "signed.pdf"
    sign_pdf(prepared_pdf_path, issued[0].identity, output=out)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    out.chmod(0o640)  # a replaced file keeps the permissions it had
    sign_pdf(prepared_pdf_path, issued[0].identity, output=out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_signature_is_pades_with_the_whole_chain(tmp_path, prepared_pdf_path, issued, network_ca):
    from pyhanko.pdf_utils.reader import PdfFileReader

    out = tmp_path / "signed.pdf"
    sign_pdf(prepared_pdf_path, issued[0].identity, output=out)
    with open(out, "rb") as handle:
        signature = PdfFileReader(handle).embedded_signatures[0]
        assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
        signer_info = signature.signer_info
        assert signer_info["digest_algorithm"]["algorithm"].native == "sha256"
        attributes = {a["type"].native for a in signer_info["signed_attrs"]}
        assert {"content_type", "message_digest", "signing_certificate_v2"} <= attributes
        assert "signing_time" not in attributes  # PAdES forbids it
        embedded = {c.chosen.sha256 for c in signature.signed_data["certificates"]}
        assert network_ca.certificate.fingerprint(hashes.SHA256()) in embedded
        assert issued[0].identity.certificate.fingerprint(hashes.SHA256()) in embedded


def test_appearance_shows_name_organisation_and_time_in_the_embedded_font(
    tmp_path, prepared_pdf_path, issued
):
    import subprocess

    out = tmp_path / "signed.pdf"
    result = sign_pdf(prepared_pdf_path, issued[1].identity, output=out)
    text = pdftotext(out)
    assert "Anna-Liisa Åberg" in text and "Porvoon kansalaisopisto" in text
    offset = result.signing_time.strftime("%z")
    assert f"{result.signing_time:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:]}" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    noto = [line for line in fonts.splitlines() if "NotoSans-Regular" in line]
    assert noto and " yes yes yes " in noto[0]  # embedded, subset, with ToUnicode


def test_finnish_letters_survive_a_self_issued_identity(tmp_path):
    identity = create_identity(name="Åsa Ärrälä-Öljymäki", org="Ähtärin kansalaisopisto")
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(prepared_pdf(["sig-ahtari-asa-arrala-oljymaki"]))
    out = tmp_path / "out.pdf"
    sign_pdf(pdf, identity, output=out)
    assert "Åsa Ärrälä-Öljymäki" in pdftotext(out)
    statuses = pyhanko_statuses(out, identity.certificate)
    assert statuses[0].bottom_line


def test_rsa_identity_signs_too(tmp_path, prepared_pdf_path, network_ca):
    identity = network_ca.issue(name="Pekka Öhman", org="Uudenmaan TE-palvelut", rsa=True)
    out = tmp_path / "rsa.pdf"
    assert sign_pdf(prepared_pdf_path, identity, output=out).field_name == SIGNATORIES[2].field
    assert pyhanko_statuses(out, network_ca.certificate)[0].bottom_line


def test_field_is_found_by_name_or_given(tmp_path, prepared_pdf_path, issued):
    other = SIGNATORIES[2].field
    result = sign_pdf(prepared_pdf_path, issued[0].identity, output=tmp_path / "a.pdf", field=other)
    assert result.field_name == other


def test_unknown_or_ambiguous_fields_are_refused_with_the_list(tmp_path, prepared_pdf_path):
    stranger = create_identity(name="Ulla Ulkopuolinen", org="Muu")
    with pytest.raises(SignatureFieldError) as caught:
        sign_pdf(prepared_pdf_path, stranger, output=tmp_path / "x.pdf")
    for signatory in SIGNATORIES:
        assert signatory.field in str(caught.value)
    with pytest.raises(SignatureFieldError, match="no signature field 'sig-nope'"):
        sign_pdf(prepared_pdf_path, stranger, output=tmp_path / "x.pdf", field="sig-nope")
    twice = tmp_path / "twice.pdf"
    twice.write_bytes(
        prepared_pdf(["sig-a-ulla-ulkopuolinen", "sig-b-ulla-ulkopuolinen", "sig-c-other"])
    )
    with pytest.raises(SignatureFieldError, match="several"):
        sign_pdf(twice, stranger, output=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_only_empty_field_is_used_whoever_signs(tmp_path):
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(prepared_pdf(["sig-kunta-joku-muu"]))
    identity = create_identity(name="Ulla Ulkopuolinen", org="Muu")
    assert sign_pdf(pdf, identity, output=tmp_path / "o.pdf").field_name == "sig-kunta-joku-muu"


def test_signed_field_is_not_signed_again(tmp_path, prepared_pdf_path, issued):
    first = tmp_path / "first.pdf"
    sign_pdf(prepared_pdf_path, issued[0].identity, output=first)
    with pytest.raises(SignatureFieldError, match="already signed"):
        sign_pdf(
            first, issued[1].identity, output=tmp_path / "second.pdf", field=SIGNATORIES[0].field
        )
    # and the same signatory finds no field of their own left
    with pytest.raises(SignatureFieldError):
        sign_pdf(first, issued[0].identity, output=tmp_path / "again.pdf")


def test_pdf_without_fields_gets_a_new_visible_field_each_time(
    tmp_path, issued, network_ca, nss_db
):
    pdf = tmp_path / "bare.pdf"
    pdf.write_bytes(prepared_pdf([], pages=3))
    first = sign_pdf(pdf, issued[0].identity, output=tmp_path / "one.pdf")
    assert first.created_field and first.field_name.startswith("sig-")
    second = sign_pdf(first.output, issued[1].identity, output=tmp_path / "two.pdf")
    assert second.created_field and second.field_name != first.field_name
    qpdf_check(second.output)
    assert_pdfsig_all_valid(second.output, nss_db, 2)
    page_three = pdftotext_page(second.output, 3)
    assert "Matti Meikäläinen" in page_three and "Anna-Liisa Åberg" in page_three
    assert all(s.bottom_line for s in pyhanko_statuses(second.output, network_ca.certificate))


def pdftotext_page(path, page: int) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_bytes_in_and_signing_time_chosen(tmp_path, prepared_pdf_bytes, issued):
    import datetime as dt

    when = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    # (inside the certificate's validity only if it was issued before; use now otherwise)
    moment = max(when, issued[0].identity.not_valid_before)
    result = sign_pdf(
        prepared_pdf_bytes, issued[0].identity, output=tmp_path / "b.pdf", timestamp=moment
    )
    assert result.signing_time == moment.astimezone().replace(microsecond=0)
    assert result.output.read_bytes().startswith(prepared_pdf_bytes)


def test_input_is_not_overwritten_unless_asked(tmp_path, prepared_pdf_path, issued):
    before = prepared_pdf_path.read_bytes()
    with pytest.raises(OutputError, match="input file"):
        sign_pdf(prepared_pdf_path, issued[0].identity, output=prepared_pdf_path)
    assert prepared_pdf_path.read_bytes() == before
    sign_pdf(prepared_pdf_path, issued[0].identity, output=prepared_pdf_path, overwrite=True)
    assert prepared_pdf_path.read_bytes().startswith(before)
    assert len(prepared_pdf_path.read_bytes()) > len(before)


@pytest.mark.parametrize(
    "content", [b"", b"plain text, not a PDF", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"]
)
def test_unreadable_input_is_a_pdf_input_error(tmp_path, issued, content):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    with pytest.raises(PdfInputError) as caught:
        sign_pdf(bad, issued[0].identity, output=tmp_path / "out.pdf")
    assert str(bad) in str(caught.value)
    assert not (tmp_path / "out.pdf").exists()


def test_truncated_pdf_is_a_pdf_input_error(tmp_path, prepared_pdf_bytes, issued):
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(prepared_pdf_bytes[:-100])  # the last cross-reference section is cut
    with pytest.raises(PdfInputError):
        sign_pdf(bad, issued[0].identity, output=tmp_path / "out.pdf")
    with pytest.raises(PdfInputError, match="cannot read"):
        sign_pdf(tmp_path / "missing.pdf", issued[0].identity, output=tmp_path / "out.pdf")


@pytest.mark.parametrize("kind", ["expired", "not_yet_valid", "no_signing"])
def test_unusable_certificates_are_refused_before_anything_is_written(
    tmp_path, prepared_pdf_path, kind
):
    before = prepared_pdf_path.read_bytes()
    out = tmp_path / "out.pdf"
    path = unusable_identity_file(tmp_path, kind)
    with pytest.raises(CertificateNotUsable):
        identity = load_pkcs12(path, PASSWORD)
    # even an identity opened without the check cannot sign
    identity = load_pkcs12(path, PASSWORD, check=False)
    with pytest.raises(CertificateNotUsable):
        sign_pdf(prepared_pdf_path, identity, output=out)
    assert not out.exists()
    assert prepared_pdf_path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["agreement.pdf", path.name])


def test_wrong_password_refused_before_anything_is_written(tmp_path, prepared_pdf_path, issued):
    with pytest.raises(WrongPassword) as caught:
        load_pkcs12(issued[0].path, "Salasana123")
    assert "Salasana123" not in str(caught.value) and PASSWORD not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreement.pdf"]


def test_failed_write_leaves_the_existing_output_untouched(
    tmp_path, prepared_pdf_path, issued, monkeypatch
):
    out = tmp_path / "out.pdf"
    out.write_bytes(b"the previous output")

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputError, match="disk is full"):
        sign_pdf(prepared_pdf_path, issued[0].identity, output=out)
    assert out.read_bytes() == b"the previous output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agreement.pdf", "out.pdf"]


def test_missing_output_folder_is_an_output_error(tmp_path, prepared_pdf_path, issued):
    with pytest.raises(OutputError, match="folder does not exist"):
        sign_pdf(prepared_pdf_path, issued[0].identity, output=tmp_path / "no" / "out.pdf")
