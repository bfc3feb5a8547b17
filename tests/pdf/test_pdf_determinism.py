"""The same draft and template give the same bytes; anything else gives other bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

from pdf_helpers import fake_composed

from agreement_studio.pdf import render_pdf

_RENDER_IN_CHILD = """
import sys
sys.path[:0] = [{helpers!r}, {tests!r}]
from uuid import UUID
from pdf_helpers import fake_composed
from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import render_pdf
agreement = example_agreement(parties=10, language="fi", document_id=UUID({doc_id!r}))
sys.stdout.buffer.write(render_pdf(fake_composed(agreement), agreement))
"""


def test_rendering_twice_gives_identical_bytes(pdf10, composed10, agreement10):
    assert render_pdf(composed10, agreement10) == pdf10


def test_another_process_with_another_hash_seed_gives_identical_bytes(pdf10, agreement10):
    code = _RENDER_IN_CHILD.format(
        helpers=str(Path(__file__).parent),
        tests=str(Path(__file__).parents[1]),
        doc_id=str(agreement10.document_id),
    )
    environment = dict(os.environ, PYTHONHASHSEED="12345")
    child = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, env=environment, timeout=120
    )
    assert child.stdout == pdf10


def test_the_file_claims_no_clock_time(pdf10, agreement10):
    from pypdf import PdfReader

    info = PdfReader(BytesIO(pdf10)).metadata
    # the moment the draft was made ready (recorded in it); a draft without one: the term's start
    prepared = agreement10.prepared
    expected = (prepared or agreement10.term.start).strftime("D:%Y%m%d")
    assert info["/CreationDate"].startswith(expected)
    assert info["/ModDate"] == info["/CreationDate"]


def test_the_signing_date_is_the_creation_date_of_a_draft_not_yet_made_ready(
    composed10, agreement10
):
    from pypdf import PdfReader

    agreement = agreement10.model_copy(deep=True)
    agreement.signing.date = date(2027, 3, 15)
    agreement.prepared = None  # a draft not yet made ready (one of format 3)
    data = render_pdf(composed10, agreement)
    assert PdfReader(BytesIO(data)).metadata["/CreationDate"].startswith("D:20270315")


def test_file_identifier_is_fixed_and_follows_the_content(pdf10, composed10, agreement10):
    from pypdf import PdfReader

    first, second = PdfReader(BytesIO(pdf10)).trailer["/ID"]
    assert first == second and len(first.original_bytes) == 16
    changed = render_pdf(replace(composed10, title="Toinen otsikko"), agreement10)
    assert PdfReader(BytesIO(changed)).trailer["/ID"][0] != first


def test_a_different_draft_gives_different_bytes(pdf10, composed10, agreement10):
    agreement = agreement10.model_copy(deep=True)
    agreement.parties[2].signatories[0].title = "apulaisrehtori"
    assert render_pdf(composed10, agreement) != pdf10
    other_id = agreement10.model_copy(update={"document_id": agreement.document_id})
    assert render_pdf(composed10, other_id) == pdf10  # the same ID: the same file
    assert (
        render_pdf(replace(composed10, markdown=composed10.markdown + "\n\nLisäys."), agreement10)
        != pdf10
    )


def test_a_different_template_version_gives_different_bytes(pdf10, composed10, agreement10):
    from pdf_helpers import FakeTemplate

    other = replace(composed10, template=FakeTemplate(version="2.2"))
    assert render_pdf(other, agreement10) != pdf10


def test_each_document_id_gives_its_own_file(agreement10):
    from uuid import UUID

    first = agreement10.model_copy(update={"document_id": UUID(int=1)})
    second = agreement10.model_copy(update={"document_id": UUID(int=2)})
    composed = fake_composed(first)
    assert render_pdf(composed, first) != render_pdf(composed, second)
