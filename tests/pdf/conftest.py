"""Rendered documents shared by the PDF tests (rendering is the slow part; do it once)."""

from __future__ import annotations

from uuid import UUID

import pytest
from pdf_helpers import fake_composed, make_signer

from agreement_studio.agreement import example_agreement
from agreement_studio.pdf import render_pdf

DOCUMENT_ID = UUID("0b5e8a9e-3c1d-4e7a-9a51-6f2d2f6c1a10")


@pytest.fixture(scope="session")
def agreement10():
    """A complete 10-party Finnish draft with a fixed document ID."""
    return example_agreement(parties=10, language="fi", document_id=DOCUMENT_ID)


@pytest.fixture(scope="session")
def composed10(agreement10):
    """A composition of it in the renderer's dialect (no drafting layer involved)."""
    return fake_composed(agreement10)


@pytest.fixture(scope="session")
def pdf10(composed10, agreement10) -> bytes:
    """The rendered 10-party agreement."""
    return render_pdf(composed10, agreement10)


@pytest.fixture(scope="session")
def signer():
    """A pyHanko signer with a throw-away key and self-signed certificate."""
    return make_signer()
