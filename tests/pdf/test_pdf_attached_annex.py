"""An attached PDF as an annex: appended to the agreement (so the signatures cover it), under
its number and title, the agreement still PDF/A-2 and tagged; a corrupt, encrypted or hostile
file is refused with a clear error. An annex in another language carries its /Lang."""

from __future__ import annotations

from io import BytesIO
from uuid import UUID

import pytest
from pdf_helpers import pdftotext_pages, qpdf_check, run_on
from pdfa_rules import pdfa_problems
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas

from agreement_studio.agreement import AnnexContent, AnnexKind, example_agreement
from agreement_studio.errors import PdfInputError
from agreement_studio.pdf import render_agreement
from agreement_studio.pdf.attached import read_attachment
from agreement_studio.pdf.fonts import SERIF, register_fonts

TITLE = "Budget 2027"
DOCUMENT_ID = UUID("5d1f4c0e-7a7b-4c61-9f0e-2b8c3e9a0d11")


def _attachment(*, font: str | None = None, cmyk: bool = False, field: bool = False) -> bytes:
    """A two-page PDF (portrait, then landscape) made with ReportLab, fonts embedded."""
    register_fonts()
    buffer = BytesIO()
    canvas = rl_canvas.Canvas(buffer, pagesize=A4, invariant=1, initialFontName=font or SERIF)
    canvas.setFont(font or SERIF, 18)
    if cmyk:
        canvas.setFillColorCMYK(0, 1, 1, 0)
    canvas.drawString(72, 700, "Budget line one: 12 500 euros")
    canvas.rect(60, 60, 470, 720)
    if field:
        canvas.acroForm.textfield(name="total", x=72, y=600, width=200, height=20)
    canvas.showPage()
    canvas.setPageSize(landscape(A4))
    canvas.setFont(font or SERIF, 18)
    canvas.drawString(72, 500, "Landscape page with the totals")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _agreement(pdf: bytes, language: str = "fi", annex_language: str | None = "en"):
    agreement = example_agreement(parties=3, language=language, document_id=DOCUMENT_ID)
    agreement.annexes.append(TITLE)
    agreement.annex_content[TITLE] = AnnexContent(
        kind=AnnexKind.ATTACHED_PDF, pdf=pdf, file_name="budget.pdf", language=annex_language
    )
    return agreement


@pytest.fixture(scope="module")
def with_attachment() -> bytes:
    return render_agreement(_agreement(_attachment()))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_attached_pages_follow_its_title_page_under_our_header_and_footer(with_attachment):
    pages = [_flat(page) for page in pdftotext_pages(with_attachment)]
    title_page = next(i for i, page in enumerate(pages) if f"Liite 3: {TITLE}" in page)
    assert "Liitteen sivut (2)" in pages[title_page] and "”budget.pdf”" in pages[title_page]
    assert "Budget line one: 12 500 euros" in pages[title_page + 1]
    assert "Landscape page with the totals" in pages[title_page + 2]
    assert len(pages) == title_page + 3
    total = len(pages)
    for number in (title_page + 1, title_page + 2):
        # Every appended page keeps the running footer: the document ID and its page number.
        assert f"Sivu {number + 1} / {total}" in pages[number]
        assert "Asiakirjan tunniste" in pages[number]


def test_the_agreement_with_an_attached_pdf_keeps_pdfa_and_its_tags(with_attachment):
    assert pdfa_problems(with_attachment) == []
    assert qpdf_check(with_attachment).returncode == 0
    info = run_on("pdfinfo", with_attachment).stdout
    assert "Tagged:          yes" in info


def test_the_attached_pages_are_artifacts_and_the_note_says_so(with_attachment):
    structure = run_on("pdfinfo", with_attachment, "-struct-text").stdout
    flat = _flat(structure)
    assert "Liitteen sivut (2)" in flat  # the note is in the structure
    assert "Budget line one" not in flat  # the appended pages are not
    pages = PdfReader(BytesIO(with_attachment)).pages
    last = pages[-1].get_contents().get_data()
    assert b"/Artifact" in last and b" Do" in last


def test_an_annex_in_another_language_carries_its_lang(with_attachment):
    reader = PdfReader(BytesIO(with_attachment))
    langs = {}

    def walk(node):
        node = node.get_object()
        kind = node.get("/S")
        if kind is not None and "/Lang" in node:
            langs.setdefault(str(kind), set()).add(str(node["/Lang"]))
        kids = node.get("/K")
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict) and "/S" in kid:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert langs["/Document"] == {"fi"}
    assert langs["/Sect"] == {"en"}  # the English annex
    assert langs["/H2"] == {"fi"} and langs["/Div"] == {"fi"}  # "Liite 3:" and the note
    assert langs["/Span"] == {"en"}  # the annex's title inside the heading


def test_a_text_annex_in_english_is_english_in_the_structure_from_its_title_on():
    agreement = example_agreement(parties=3, language="fi", document_id=DOCUMENT_ID)
    title = "Rules of procedure"
    agreement.annexes.append(title)
    agreement.annex_content[title] = AnnexContent(
        kind=AnnexKind.TEXT,
        text="The chair opens the meeting.\n\n- Minutes are kept.",
        language="en",
    )
    data = render_agreement(agreement)
    assert pdfa_problems(data) == []
    lines = run_on("pdfinfo", data, "-struct-text").stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if '"Liite 3: "' in line)
    section = []
    for line in lines[start - 2 :]:
        if section and line.startswith("  ") and not line.startswith("    "):
            break  # the next element of the document
        section.append(line.strip())
    # The heading's lead, then the title as a Span, then the text and its list: all one Sect.
    assert section[0] == "Sect" and section[1].startswith("H2")
    assert section[3].startswith("Span") and section[4] == f'"{title}"'
    assert '"The chair opens the meeting."' in section
    assert any("Minutes are kept." in line for line in section)
    reader = PdfReader(BytesIO(data))
    tree = reader.trailer["/Root"]["/StructTreeRoot"]["/K"][0].get_object()
    sect = tree["/K"][-1].get_object()
    assert sect["/S"] == "/Sect" and sect["/Lang"] == "en"
    assert [kid.get_object()["/S"] for kid in sect["/K"]] == ["/H2", "/P", "/L"]


def test_the_same_draft_gives_the_same_bytes(with_attachment):
    assert render_agreement(_agreement(_attachment())) == with_attachment


def _encrypted() -> bytes:
    writer = PdfWriter(clone_from=BytesIO(_attachment()))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _with_javascript() -> bytes:
    writer = PdfWriter(clone_from=BytesIO(_attachment()))
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello');"),
        }
    )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


HOSTILE = {
    "empty": (lambda: b"", "no file is attached"),
    "not a pdf": (lambda: b"PK\x03\x04 a zip file", "not a readable PDF"),
    "truncated": (lambda: _attachment()[:600], "not a readable PDF"),
    "encrypted": (_encrypted, "encrypted"),
    "javascript": (_with_javascript, "scripts or actions"),
    "font not embedded": (lambda: _attachment(font="Helvetica"), "Helvetica is not embedded"),
    "cmyk": (lambda: _attachment(cmyk=True), "CMYK"),
    "form field": (lambda: _attachment(field=True), "form fields or comments"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_bad_attachment_is_refused_with_the_annex_and_the_reason(case):
    make, reason = HOSTILE[case]
    with pytest.raises(PdfInputError) as caught:
        render_agreement(_agreement(make()))
    assert f"Liite 3 ({TITLE})" in str(caught.value)
    assert reason in str(caught.value)


def test_a_good_attachment_reads_with_its_pages_and_boxes():
    attached = read_attachment(_attachment())
    assert [page.box for page in attached.pages] == [
        (0.0, 0.0, pytest.approx(595.2756, abs=0.01), pytest.approx(841.8898, abs=0.01)),
        (0.0, 0.0, pytest.approx(841.8898, abs=0.01), pytest.approx(595.2756, abs=0.01)),
    ]
    assert b"Tj" in attached.pages[0].content


@pytest.mark.parametrize(
    ("language", "annex", "note"),
    [("sv", "Bilaga", "Bilagans sidor (2)"), ("en", "Annex", "The annex's pages (2)")],
)
def test_the_title_page_speaks_the_agreement_s_language(language, annex, note):
    data = render_agreement(_agreement(_attachment(), language=language, annex_language="fi"))
    pages = [_flat(page) for page in pdftotext_pages(data)]
    title_page = next(i for i, page in enumerate(pages) if f"{annex} 3: {TITLE}" in page)
    assert note in pages[title_page]
    assert "Budget line one" in pages[title_page + 1]
    assert pdfa_problems(data) == []


def test_the_signatures_cover_the_attached_pages(tmp_path):
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.sign import sign_pdf
    from agreement_studio.verification import TrustStore, signed_revision, verify_pdf

    agreement = _agreement(_attachment())
    current = tmp_path / "prepared.pdf"
    current.write_bytes(render_agreement(agreement))
    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto")
    for number, (party, signatory, field) in enumerate(agreement.signatures()[:2]):
        current = sign_pdf(
            current,
            ca.issue(name=signatory.name, org=party.name),
            output=tmp_path / f"signed-{number}.pdf",
            field=field,
            certify=number == 0,
        ).output
    data = current.read_bytes()
    assert pdfa_problems(data) == []
    report = verify_pdf(data, trust=TrustStore([ca.certificate]))
    assert report.verdict.value == "valid", report
    # The first signature covers the prepared file whole, the attached pages with it.
    prepared = (tmp_path / "prepared.pdf").read_bytes()
    assert signed_revision(data, 0).startswith(prepared)
    assert b"/FormXob.annex3-page-2" in prepared  # the last attached page is drawn there


def _rewritten_by(tool: str, data: bytes, tmp_path) -> bytes:
    import subprocess

    from pdf_helpers import _tool

    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(data)
    command = {
        "qpdf": [_tool("qpdf"), "--object-streams=generate", str(source), str(target)],
        "pdftocairo": [_tool("pdftocairo"), "-pdf", str(source), str(target)],
    }[tool]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return target.read_bytes()


@pytest.mark.parametrize("tool", ["qpdf", "pdftocairo"])
def test_files_written_by_other_programs_are_appended(tool, tmp_path):
    # qpdf: objects in object streams, a cross-reference stream; cairo: its own fonts,
    # resources and content.
    data = render_agreement(_agreement(_rewritten_by(tool, _attachment(), tmp_path)))
    assert pdfa_problems(data) == []
    assert qpdf_check(data).returncode == 0
    pages = [_flat(page) for page in pdftotext_pages(data)]
    assert "Budget line one: 12 500 euros" in pages[-2]
    assert "Landscape page with the totals" in pages[-1]


def test_a_pdf_with_signature_fields_is_refused_naming_them():
    prepared = render_agreement(example_agreement(parties=2, language="en"))
    with pytest.raises(PdfInputError, match=r"page \d+ has form fields or comments \(Widget\)"):
        render_agreement(_agreement(prepared))
