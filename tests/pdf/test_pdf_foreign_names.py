"""Party names and annex titles in another language carry their own /Lang (issue 14, 2.6).

A Swedish-named party in a Finnish agreement (``Party.name_language``) and an annex written in
English are marked where they stand alone: the table cells that hold the name (clause 1's
parties, clause 6's resources, the contacts annex), the name in its signature box, and the item
of clause 18's list of annexes. The document's own language stays on everything else.
"""

from __future__ import annotations

import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from pdf_helpers import _tool
from pypdf import PdfReader

from agreement_studio.agreement import (
    AnnexContent,
    AnnexKind,
    Language,
    draft_json,
    example_agreement,
    parse_draft,
)
from agreement_studio.errors import ValidationFailed
from agreement_studio.pdf import render_agreement
from agreement_studio.pdf.render import foreign_texts

_SWEDISH = "Borgå stad"
_ENGLISH = "Rules of procedure"


def _agreement(name_language: str = "sv"):
    agreement = example_agreement(parties=3, language="fi")
    agreement.parties[1].name = _SWEDISH
    agreement.parties[1].name_language = name_language
    agreement.annexes.append(_ENGLISH)
    agreement.annex_content[_ENGLISH] = AnnexContent(
        kind=AnnexKind.TEXT, text="The chair opens the meeting.", language=Language.EN
    )
    return agreement


def _elements(data: bytes) -> list[tuple[str, str]]:
    """(type, /Lang) of every structure element, in tree order."""
    reader = PdfReader(BytesIO(data))
    found: list[tuple[str, str]] = []

    def walk(node) -> None:
        node = node.get_object()
        if not isinstance(node, dict):
            return
        if "/S" in node:
            found.append((str(node["/S"])[1:], str(node.get("/Lang", ""))))
        kids = node.get("/K")
        kids = kids.get_object() if kids is not None else None
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def _texts(data: bytes, kind: str) -> list[str]:
    """The text of each ``kind`` element, in tree order, from poppler's walk."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        out = subprocess.run(
            [_tool("pdfinfo"), "-struct-text", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    texts: list[str] = []
    current = ""
    for line in out.splitlines():
        stripped = line.strip()
        if stripped.startswith('"'):
            if current == kind:
                texts.append(stripped[1:-1])
                current = ""
        elif stripped and not stripped.startswith("/"):
            current = stripped.split()[0]
    return texts


@pytest.fixture(scope="module")
def tagged_pdf() -> bytes:
    return render_agreement(_agreement())


def test_the_swedish_name_is_marked_swedish_in_the_body_tables(tagged_pdf):
    elements = _elements(tagged_pdf)
    cells = [lang for kind, lang in elements if kind == "TD"]
    texts = _texts(tagged_pdf, "TD")
    assert len(cells) == len(texts)
    marked = [text for text, lang in zip(texts, cells, strict=True) if lang == "sv"]
    named = [text for text in texts if text == _SWEDISH]
    assert marked and set(marked) == {_SWEDISH}
    # every cell that is only the name is marked: clause 1's parties, clause 6's resources
    # and the contacts annex
    assert len(marked) == len(named) >= 3
    assert sorted(kind for kind, lang in elements if lang == "sv") == [
        "Span",  # the signature box's header (below)
        *["TD"] * len(marked),
    ]


def test_the_signature_box_marks_the_swedish_name_as_a_span(tagged_pdf):
    spans = [lang for kind, lang in _elements(tagged_pdf) if kind == "Span"]
    texts = _texts(tagged_pdf, "Span")
    swedish = [text for text, lang in zip(texts, spans, strict=True) if lang == "sv"]
    assert swedish == [_SWEDISH]  # one signatory for the party: one box


def test_the_english_annex_title_is_marked_in_clause_18(tagged_pdf):
    bodies = [lang for kind, lang in _elements(tagged_pdf) if kind == "LBody"]
    texts = _texts(tagged_pdf, "LBody")
    marked = [text for text, lang in zip(texts, bodies, strict=True) if lang == "en"]
    assert len(marked) == 1 and marked[0].endswith(_ENGLISH)


def test_without_a_name_language_nothing_is_marked():
    agreement = _agreement(name_language="")
    agreement.annex_content[_ENGLISH].language = None
    assert foreign_texts(agreement, "fi") == {}
    langs = {
        lang for kind, lang in _elements(render_agreement(agreement)) if kind in ("TD", "LBody")
    }
    assert langs == {""}


def test_a_name_in_the_documents_own_language_is_not_marked():
    agreement = _agreement(name_language="fi")
    assert _SWEDISH not in foreign_texts(agreement, "fi")


def test_the_name_language_is_a_language_tag_and_survives_a_round_trip():
    agreement = _agreement()
    assert parse_draft(draft_json(agreement)).parties[1].name_language == "sv"
    agreement.parties[1].name_language = " en-GB "
    assert agreement.parties[1].name_language == "en-GB"
    with pytest.raises((ValueError, ValidationFailed)):
        agreement.parties[1].name_language = "Swedish!"
