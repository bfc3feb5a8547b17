"""PDF/A-2: the rendered agreement keeps the rules in pdfa_rules.py, before and after signing.

Each rule is also shown to catch its broken neighbour (a copy of our file with one thing
undone), so a rule that passes everything would fail here.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pdf_helpers import qpdf_check
from pdfa_rules import pdfa_problems, xmp_properties
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import render_agreement, render_pdf
from agreement_studio.pdf.archive import pdf_date, srgb_profile, xmp_date
from agreement_studio.pdf.fonts import subset_tag


def test_the_rendered_agreement_keeps_the_pdfa_rules(pdf10):
    assert pdfa_problems(pdf10) == []
    assert qpdf_check(pdf10).returncode == 0
    xmp = xmp_properties(PdfReader(BytesIO(pdf10)))
    assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "A")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_language_of_the_real_template_keeps_the_rules(language):
    agreement = example_agreement(parties=7, language=language)
    data = render_agreement(agreement)
    assert pdfa_problems(data) == []
    assert qpdf_check(data).returncode == 0


def test_without_pdfa_there_is_no_claim(composed10, agreement10):
    data = render_pdf(composed10, agreement10, pdfa=False)
    root = PdfReader(BytesIO(data)).trailer["/Root"]
    assert "/Metadata" not in root and "/OutputIntents" not in root
    assert any("pdfaid:part" in p for p in pdfa_problems(data))


def test_the_srgb_profile_is_the_same_bytes_every_time():
    first = srgb_profile()
    srgb_profile.cache_clear()
    assert srgb_profile() == first
    assert first[36:40] == b"acsp" and first[16:20] == b"RGB "


def test_pdf_and_xmp_dates_name_the_same_instant():
    import datetime as dt

    for offset in (0, 120, -330):
        moment = dt.datetime(2027, 3, 15, 9, 5, 7, tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
        sign = "-" if offset < 0 else "+"
        hours, minutes = divmod(abs(offset), 60)
        assert pdf_date(moment) == f"D:20270315090507{sign}{hours:02d}'{minutes:02d}'"
        assert dt.datetime.fromisoformat(xmp_date(moment)) == moment


def test_subset_tags_differ_between_fonts_and_subsets_and_stay_the_same():
    tags = {
        subset_tag(font, index, [32, 65, 66])
        for font in ("NotoSerif-Regular", "NotoSans-Regular", "NotoSerif-Bold")
        for index in range(4)
    }
    assert len(tags) == 12
    assert all(len(t) == 6 and t.isupper() and t.isalpha() for t in tags)
    assert subset_tag("NotoSerif-Regular", 0, [32]) == subset_tag("NotoSerif-Regular", 0, [32])


# -- through signing -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def signed_rounds(tmp_path_factory) -> list[bytes]:
    """The real 3-party agreement: rendered, signed three times (certified first), B-LT."""
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.long_term import extend_pdf
    from agreement_studio.signing.sign import sign_pdf

    folder: Path = tmp_path_factory.mktemp("pdfa-signing")
    agreement = example_agreement(parties=3, language="fi")
    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto")
    current = folder / "prepared.pdf"
    current.write_bytes(render_agreement(agreement))
    rounds = [current.read_bytes()]
    for number, (party, signatory, field) in enumerate(agreement.signatures()[:3]):
        current = sign_pdf(
            current,
            ca.issue(name=signatory.name, org=party.name),
            output=folder / f"signed-{number + 1}.pdf",
            field=field,
            certify=number == 0,
        ).output
        rounds.append(current.read_bytes())
    extended = extend_pdf(
        current, output=folder / "lt.pdf", level="B-LT", trust=[ca.certificate]
    ).output
    rounds.append(extended.read_bytes())
    return rounds


def test_signatures_and_an_ltv_update_keep_the_rules(signed_rounds):
    for number, data in enumerate(signed_rounds):
        assert pdfa_problems(data) == [], f"round {number}"
        assert qpdf_check(data).returncode == 0, f"round {number}"


def _plain(value: object) -> object:
    """A pypdf value as plain Python, references as (number, generation), for comparing."""
    from pypdf.generic import IndirectObject

    if isinstance(value, IndirectObject):
        return ("ref", value.idnum, value.generation)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return repr(value)


def test_signing_changes_only_what_a_signature_needs_in_the_catalog(signed_rounds):
    # PDF/A lets a signature add its form, permissions and validation data, and update the
    # metadata; /Version (1.7) and /Extensions (/ESIC) are PAdES's marks on a PDF 1.7 file.
    allowed = {"/AcroForm", "/Perms", "/DSS", "/Metadata", "/Version", "/Extensions"}
    first = _plain(dict(PdfReader(BytesIO(signed_rounds[0])).trailer["/Root"]))
    for data in signed_rounds[1:]:
        root = _plain(dict(PdfReader(BytesIO(data)).trailer["/Root"]))
        changed = {k for k in set(root) | set(first) if root.get(k) != first.get(k)}
        assert changed <= allowed, changed - allowed
        assert {"/OutputIntents", "/Lang", "/ViewerPreferences"} <= set(root)


def test_signing_keeps_a_pdfa_file_a_pdf_1_7_file(signed_rounds):
    # pyHanko marks an ECDSA P-256 signature (our keys) as an ISO 32002 extension of PDF 2.0
    # and raises /Version to 2.0; PDF/A-2 is a profile of PDF 1.7, so our signing does not.
    for number, data in enumerate(signed_rounds[1:], start=1):
        root = PdfReader(BytesIO(data)).trailer["/Root"]
        assert root.get("/Version") == "/1.7", f"round {number}"
        assert set(root["/Extensions"]) == {"/ESIC"}, f"round {number}"
        assert root["/Extensions"]["/ESIC"]["/BaseVersion"] == "/1.7"


def test_a_file_that_does_not_claim_pdfa_is_marked_as_pyhanko_marks_it(tmp_path):
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.sign import sign_pdf

    agreement = example_agreement(parties=2, language="en")
    source = tmp_path / "plain.pdf"
    source.write_bytes(render_agreement(agreement, pdfa=False))
    ca = create_network_ca(name="Network CA", org="Network")
    party, signatory, field = agreement.signatures()[0]
    signed = sign_pdf(
        source,
        ca.issue(name=signatory.name, org=party.name),
        output=tmp_path / "s.pdf",
        field=field,
    ).output
    root = PdfReader(signed).trailer["/Root"]
    assert root.get("/Version") == "/2.0" and "/ISO_" in root["/Extensions"]


def test_xmp_and_info_dates_agree_after_every_signature_and_the_update(signed_rounds):
    from pdfa_rules import _pdf_date, _xmp_date

    for number, data in enumerate(signed_rounds):
        reader = PdfReader(BytesIO(data))
        xmp = xmp_properties(reader)
        info = reader.metadata
        assert _pdf_date(info["/ModDate"]) == _xmp_date(xmp["xmp:ModifyDate"]), number
        assert _pdf_date(info["/CreationDate"]) == _xmp_date(xmp["xmp:CreateDate"]), number


def test_the_last_modification_date_follows_the_signatures(signed_rounds):
    dates = [PdfReader(BytesIO(data)).metadata["/ModDate"] for data in signed_rounds[:4]]
    assert dates[1] != dates[0]  # the first signature says when it changed the file
    for data in signed_rounds:
        xmp = xmp_properties(PdfReader(BytesIO(data)))
        assert xmp["pdfaid:part"] == "2"


# -- each rule catches its broken neighbour --------------------------------------------------


def _rewritten(data: bytes, change) -> bytes:
    writer = PdfWriter(clone_from=BytesIO(data))
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _first_widget(writer: PdfWriter) -> DictionaryObject:
    for page in writer.pages:
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Widget":
                return annot
    raise AssertionError("no widget")


def _drop_metadata(writer: PdfWriter) -> None:
    del writer._root_object["/Metadata"]


def _retitle(writer: PdfWriter) -> None:
    writer._info.get_object()[NameObject("/Title")] = TextStringObject("Toinen otsikko")


def _drop_intent(writer: PdfWriter) -> None:
    del writer._root_object["/OutputIntents"]


def _drop_appearance(writer: PdfWriter) -> None:
    del _first_widget(writer)["/AP"]


def _hide_widget(writer: PdfWriter) -> None:
    _first_widget(writer)[NameObject("/F")] = NumberObject(2)


def _add_javascript(writer: PdfWriter) -> None:
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hei');"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)


def _add_transparency(writer: PdfWriter) -> None:
    writer.pages[0][NameObject("/Group")] = DictionaryObject(
        {NameObject("/S"): NameObject("/Transparency"), NameObject("/CS"): NameObject("/DeviceRGB")}
    )


def _same_tag_twice(writer: PdfWriter) -> None:
    descriptors = []
    for font in writer.pages[0]["/Resources"]["/Font"].values():
        descriptors.append(font.get_object()["/FontDescriptor"].get_object())
    first, second = descriptors[:2]
    name = str(second["/FontName"]).split("+", 1)[1]
    second[NameObject("/FontName")] = NameObject(f"{str(first['/FontName'])[:7]}+{name}")


def _unembed_font(writer: PdfWriter) -> None:
    font = next(iter(writer.pages[0]["/Resources"]["/Font"].values())).get_object()
    del font["/FontDescriptor"].get_object()["/FontFile2"]


def _open_action_launch(writer: PdfWriter) -> None:
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("x.exe")}
    )


def _page_additional_action(writer: PdfWriter) -> None:
    writer.pages[0][NameObject("/AA")] = DictionaryObject()


def _version_4_5_profile(writer: PdfWriter) -> None:
    intents = writer._root_object["/OutputIntents"]
    profile = intents[0].get_object()["/DestOutputProfile"].get_object()
    data = bytearray(profile.get_data())
    data[8] = 5
    profile.set_data(bytes(data))


def _two_intents(writer: PdfWriter) -> None:
    intents = writer._root_object["/OutputIntents"]
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([intents[0], intents[0]])


BREAKAGES = {
    "no XMP": (_drop_metadata, "pdfaid:part"),
    "info differs from XMP": (_retitle, "/Title"),
    "no output intent": (_drop_intent, "output intents"),
    "two output intents": (_two_intents, "output intents"),
    "ICC version 5": (_version_4_5_profile, "ICC profile version"),
    "widget without appearance": (_drop_appearance, "no normal appearance"),
    "hidden widget": (_hide_widget, "must print"),
    "JavaScript": (_add_javascript, "JavaScript"),
    "launch action": (_open_action_launch, "forbidden action /Launch"),
    "additional actions": (_page_additional_action, "additional actions"),
    "transparency group": (_add_transparency, "transparency group"),
    "one subset tag on two fonts": (_same_tag_twice, "subset tag"),
    "font not embedded": (_unembed_font, "not embedded"),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_each_rule_catches_its_broken_neighbour(pdf10, name):
    change, expected = BREAKAGES[name]
    honest = _rewritten(pdf10, lambda writer: None)
    assert [p for p in pdfa_problems(honest) if "EOL" not in p] == []
    problems = pdfa_problems(_rewritten(pdf10, change))
    assert any(expected in problem for problem in problems), problems


def test_a_stream_without_an_eol_before_endstream_is_caught(pdf10):
    index = pdf10.index(b"\nendstream")
    broken = pdf10[:index] + b" endstream" + pdf10[index + len(b"\nendstream") :]
    assert "endstream without an EOL before it" in pdfa_problems(broken)
    assert pdfa_problems(pdf10) == []


def test_the_viewer_shows_the_title_and_knows_the_language(pdf10):
    root = PdfReader(BytesIO(pdf10)).trailer["/Root"]
    assert root["/Lang"] == "fi"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712  # pypdf's boolean


def test_the_render_command_claims_pdfa_unless_told_not_to(tmp_path):
    import subprocess
    import sys

    def cli(*args: object) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "agreement_studio", *map(str, args)]
        return subprocess.run(command, capture_output=True, text=True, timeout=300)

    draft = tmp_path / "a.agreement.json"
    assert cli("example", "--parties", "3", "-o", draft).returncode == 0
    default, plain = tmp_path / "a.pdf", tmp_path / "plain.pdf"
    assert cli("render", draft, "-o", default).returncode == 0
    assert cli("render", draft, "-o", plain, "--no-pdfa").returncode == 0
    assert pdfa_problems(default.read_bytes()) == []
    assert "/Metadata" not in PdfReader(plain).trailer["/Root"]


def test_the_claim_reads_back_as_pdfa_2a_and_tagged_in_every_round(signed_rounds):
    from agreement_studio.pdf.conformance import read_conformance

    for number, data in enumerate(signed_rounds):
        claim = read_conformance(data)
        assert claim is not None and claim.pdfa == "PDF/A-2a" and claim.tagged, number


def test_an_untagged_plain_pdf_claims_nothing(composed10, agreement10):
    from agreement_studio.pdf.conformance import read_conformance

    claim = read_conformance(render_pdf(composed10, agreement10, pdfa=False, tagged=False))
    assert claim is not None and (claim.pdfa, claim.tagged) == ("", False)
    basic = read_conformance(render_pdf(composed10, agreement10, tagged=False))
    assert basic is not None and (basic.pdfa, basic.tagged) == ("PDF/A-2b", False)
    assert read_conformance(b"%PDF-1.7 not really") is None


@pytest.fixture(scope="module")
def timestamp_server():
    """A loopback RFC 3161 server with a self-issued TSA certificate (made here)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    from signing_tsa import TimestampServer

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Aikaleimapalvelu (testi)")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    with TimestampServer(certificate, key) as server:
        yield server, certificate


def test_a_b_lta_update_keeps_the_rules_and_pdf_1_7(signed_rounds, timestamp_server, tmp_path):
    from agreement_studio.signing.long_term import extend_pdf

    server, tsa_certificate = timestamp_server
    source = tmp_path / "signed.pdf"
    source.write_bytes(signed_rounds[3])
    extended = extend_pdf(
        source,
        output=tmp_path / "lta.pdf",
        level="B-LTA",
        tsa_url=server.url,
        trust=[tsa_certificate],
    ).output.read_bytes()
    assert server.requests >= 1
    assert qpdf_check(extended).returncode == 0
    root = PdfReader(BytesIO(extended)).trailer["/Root"]
    assert root.get("/Version") == "/1.7" and set(root["/Extensions"]) == {"/ESIC"}
    # The document timestamp's field is an invisible widget: a rectangle without size, which
    # PDF/A-2 lets go without an appearance (veraPDF rules 6.3.2-1, 6.3.3-1).
    widget = next(
        a.get_object()
        for page in PdfReader(BytesIO(extended)).pages
        for a in page.get("/Annots", [])
        if a.get_object().get("/T") == "doc-timestamp-1"
    )
    assert [float(v) for v in widget["/Rect"]] == [0.0, 0.0, 0.0, 0.0]
    assert pdfa_problems(extended) == []
