"""The tagged structure: walked by poppler and pypdf, compared with what pdftotext reads.

poppler's ``pdfinfo -struct-text`` walks the structure tree in its order and prints each
element's text; that walk, without spaces, must hold exactly the characters pdftotext finds
on the pages (less the running header and footer, which are artifacts), with the headings in
the same order. pypdf checks the plumbing: each marked-content ID is in the parent tree, each
widget is a Form element with alternate text, a split paragraph or table is one element.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections import Counter
from io import BytesIO
from pathlib import Path

import pytest
from pdf_helpers import _tool, fake_composed, pdftotext_pages, run_on
from pypdf import PdfReader

from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import render_agreement, render_pdf


def _pdfinfo(data: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        command = [_tool("pdfinfo"), *args, str(path)]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _struct_lines(data: bytes) -> list[tuple[str, str]]:
    """(element type, text) in tree order, from poppler's walk of the structure tree."""
    found: list[tuple[str, str]] = []
    kind = ""
    for line in _pdfinfo(data, "-struct-text").splitlines():
        stripped = line.strip()
        if stripped.startswith('"'):
            found.append((kind, stripped[1:-1]))
        elif stripped and not stripped.startswith("/"):  # "/Scope /Column" is an attribute
            kind = stripped.split()[0].rstrip(":")
            if kind == "Sect":
                found.append((kind, ""))
    return found


# The footer: "<label>: <document id>" and "<Page> n / N", on one line or two.
_FOOTER = re.compile(r"^(?:.*: [0-9a-f]{8}-[0-9a-f-]{27})?\s*(?:\w+ \d+ / \d+)?$")


def _without_furniture(page: str) -> str:
    """A page's text without the running header (its first line) and the footer lines
    (the labelled document ID and "Sivu n / N"), wherever pdftotext put them."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return "\n".join(line for line in lines[1:] if not _FOOTER.match(line))


def _chars(text: str) -> Counter[str]:
    return Counter("".join(text.split()))


@pytest.fixture(scope="module", params=["fi", "sv", "en"])
def agreement_pdf(request) -> bytes:
    return render_agreement(example_agreement(parties=7, language=request.param))


def test_poppler_sees_a_tagged_file(agreement_pdf):
    assert re.search(r"^Tagged:\s+yes$", _pdfinfo(agreement_pdf), re.M)


def test_the_structure_holds_exactly_the_text_on_the_pages_in_reading_order(agreement_pdf):
    structure = _struct_lines(agreement_pdf)
    # -layout: poppler's default mode joins a word hyphenated at a line end, dropping the "-".
    pages = run_on("pdftotext", agreement_pdf, "-layout", "-enc", "UTF-8").stdout.split("\f")
    page_text = "\n".join(_without_furniture(page) for page in pages)
    tagged_text = "".join(text for _, text in structure)
    assert _chars(tagged_text) == _chars(page_text)
    # Headings and paragraphs come in the order the reader meets them on the pages (poppler's
    # default mode reads the two columns of signature boxes one after the other).
    reading = "\n".join(_without_furniture(page) for page in pdftotext_pages(agreement_pdf))
    flat_pages = "".join(reading.split())
    position = 0
    for kind, text in structure:
        if kind == "Sect":
            break  # the signature boxes: two columns, which pdftotext reads across
        if kind in ("H1", "H2", "H3", "P") and len("".join(text.split())) >= 12:
            # The end of the text: pdftotext reads clause numbers and bullets as a column.
            probe = "".join(text.split())[-24:]
            found = flat_pages.find(probe, position)
            assert found >= 0, (kind, text)
            position = found


def test_every_kind_of_block_has_its_tag(agreement_pdf):
    kinds = {kind for kind, _ in _struct_lines(agreement_pdf)}
    tree = _pdfinfo(agreement_pdf, "-struct")
    for kind in ("Document", "H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH"):
        assert re.search(rf"^\s*{kind}\b", tree, re.M), kind
    assert {"TD", "TH"} <= kinds
    assert "/Scope /Column" in _pdfinfo(agreement_pdf, "-struct")


def _struct_elements(reader: PdfReader):
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    stack = [root]
    while stack:
        node = stack.pop()
        kids = node.get("/K")
        kids = kids if isinstance(kids, list) else [kids] if kids is not None else []
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict) and kid.get("/Type") == "/StructElem":
                yield kid
                stack.append(kid)


def _page_mcids(page) -> list[int]:
    contents = page["/Contents"].get_object()
    data = contents.get_data() if hasattr(contents, "get_data") else b""
    return [int(m) for m in re.findall(rb"/MCID (\d+)", data)]


def test_the_parent_tree_names_the_element_of_every_marked_content(agreement_pdf):
    reader = PdfReader(BytesIO(agreement_pdf))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    nums = root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for index, page in enumerate(reader.pages):
        mcids = _page_mcids(page)
        assert mcids == list(range(len(mcids))), f"page {index + 1}: MCIDs not 0..n-1"
        key = int(page["/StructParents"])
        assert len(tree[key]) == len(mcids)
        assert page["/Tabs"] == "/S"


def test_each_signature_widget_is_a_form_element_with_alternate_text(agreement_pdf):
    reader = PdfReader(BytesIO(agreement_pdf))
    nums = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    widgets = [
        annot.get_object()
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if annot.get_object().get("/Subtype") == "/Widget"
    ]
    assert widgets
    for widget in widgets:
        element = tree[int(widget["/StructParent"])].get_object()
        assert element["/S"] == "/Form"
        assert len(str(element["/Alt"])) > 10
        assert str(widget["/T"]) and str(widget["/TU"]) == str(element["/Alt"])


def test_the_content_of_a_page_is_either_tagged_or_an_artifact(agreement_pdf):
    reader = PdfReader(BytesIO(agreement_pdf))
    for page in reader.pages:
        data = page["/Contents"].get_object().get_data()
        depth = 0
        # Every text-showing operator is inside some marked-content sequence.
        for token in re.finditer(rb"BDC|BMC|EMC|\)\s*Tj|\]\s*TJ", data):
            word = token.group()
            if word in (b"BDC", b"BMC"):
                depth += 1
            elif word == b"EMC":
                depth -= 1
            else:
                assert depth > 0, "text drawn outside any marked content"
        assert depth == 0


def test_a_paragraph_split_over_two_pages_is_one_element(agreement10):
    body = "## Pitkä\n\n" + "Hyvin pitkä kappale, joka jatkuu sivulta toiselle. " * 400
    data = render_pdf(fake_composed(agreement10, body), agreement10)
    reader = PdfReader(BytesIO(data))
    pages_of = []
    for element in _struct_elements(reader):
        if element["/S"] != "/P":
            continue
        kids = [kid.get_object() for kid in element["/K"]]
        mcrs = [kid for kid in kids if isinstance(kid, dict) and "/MCID" in kid]
        pages = {mcr.raw_get("/Pg").idnum for mcr in mcrs}
        pages_of.append(len(pages))
    assert max(pages_of) >= 2


def test_a_table_over_two_pages_has_each_row_once_and_one_header(agreement10):
    rows = "\n".join(f"| Osapuoli {n} | {n} |" for n in range(120))
    body = f"## Taulukko\n\n| Nimi | Numero |\n| --- | --- |\n{rows}\n"
    agreement = agreement10.model_copy(update={"annex_content": {}})  # no annex tables
    data = render_pdf(fake_composed(agreement, body), agreement)
    tree = _pdfinfo(data, "-struct")
    assert len(pdftotext_pages(data)) >= 3
    assert len(re.findall(r"^\s*TR\b", tree, re.M)) == 121
    assert len(re.findall(r"^\s*TH\b", tree, re.M)) == 2
    # The header repeated on later pages is an artifact, not a second row of TH.
