"""The document timestamp's widget stays out of the structure tree, by decision (issue 14).

``extend --level B-LTA`` adds a ``doc-timestamp-N`` signature field in an incremental update
after the signatures. Its widget has no area (Rect [0 0 0 0]): nothing is drawn, so nothing is
hidden from a reader. It is not tagged because the alternatives are worse
(docs/pdf-accessibility.md):

- tagging it would rewrite the StructTreeRoot and its ParentTree after the signatures, which our
  verifier and others report as a change after signing;
- marking it Hidden (the PDF/UA-1 §7.18.1 exemption) is forbidden by PDF/A-2 §6.3.2 (the
  Hidden, Invisible and NoView flags must be 0 and Print 1).

This test pins that decision: the widget is zero-size, printable, not hidden, untagged, and
the update leaves the structure tree exactly as the signers signed it.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pdfa_rules import pdfa_problems
from pypdf import PdfReader

from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import render_agreement
from long_term_tsa import local_tsa

_PRINT, _HIDDEN, _INVISIBLE, _NOVIEW = 4, 2, 1, 32


@pytest.fixture(scope="module")
def extended(tmp_path_factory) -> tuple[bytes, bytes]:
    """(the signed agreement, the same after a B-LTA extension)."""
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.long_term import extend_pdf
    from agreement_studio.signing.sign import sign_pdf

    folder: Path = tmp_path_factory.mktemp("doc-timestamp")
    agreement = example_agreement(parties=2, language="fi")
    (folder / "prepared.pdf").write_bytes(render_agreement(agreement))
    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto")
    current = folder / "prepared.pdf"
    for number, (party, signatory, field) in enumerate(agreement.signatures()):
        current = sign_pdf(
            current,
            ca.issue(name=signatory.name, org=party.name),
            output=folder / f"signed-{number}.pdf",
            field=field,
        ).output
    with local_tsa() as tsa:
        result = extend_pdf(
            current,
            output=folder / "lta.pdf",
            level="B-LTA",
            tsa_url=tsa.url,
            trust=[ca.certificate, tsa.root],
            crls=[ca.crl()],
        )
    return current.read_bytes(), result.output.read_bytes()


def _widgets(reader: PdfReader) -> dict[str, dict]:
    found = {}
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Widget":
                found[str(annotation.get("/T"))] = annotation
    return found


def test_the_document_timestamp_widget_is_zero_size_printable_not_hidden_and_untagged(extended):
    _, lta = extended
    widgets = _widgets(PdfReader(BytesIO(lta)))
    stamps = {name: w for name, w in widgets.items() if name.startswith("doc-timestamp-")}
    assert list(stamps) == ["doc-timestamp-1"]
    stamp = stamps["doc-timestamp-1"]
    x0, y0, x1, y1 = (float(v) for v in stamp["/Rect"])
    assert (x1 - x0) * (y1 - y0) == 0  # nothing drawn: nothing a reader misses
    flags = int(stamp["/F"])
    assert flags & _PRINT and not flags & (_HIDDEN | _INVISIBLE | _NOVIEW)  # PDF/A-2 §6.3.2
    assert "/StructParent" not in stamp
    # the signatories' own widgets are in the structure, as they were before
    signers = [w for name, w in widgets.items() if not name.startswith("doc-timestamp-")]
    assert signers and all("/StructParent" in w for w in signers)


def test_the_extension_leaves_the_structure_tree_as_it_was_signed(extended):
    signed, lta = extended
    before = PdfReader(BytesIO(signed)).trailer["/Root"].raw_get("/StructTreeRoot")
    after = PdfReader(BytesIO(lta)).trailer["/Root"].raw_get("/StructTreeRoot")
    assert (before.idnum, before.generation) == (after.idnum, after.generation)
    # the updates appended after the signed bytes do not rewrite the root (which holds the
    # parent tree): the objects they write are all in plain sight (no object streams)
    assert lta.startswith(signed)
    update = lta[len(signed) :]
    assert b"/ObjStm" not in update and b" 0 obj" in update
    assert f"\n{before.idnum} 0 obj".encode() not in update


def test_the_extended_file_keeps_the_pdfa_rules(extended):
    _, lta = extended
    assert pdfa_problems(lta) == []
