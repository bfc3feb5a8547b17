"""Fixtures for the verifier: a PKI, an agreement, and signed versions of it (made once)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from verify_helpers import Pki, add_document_timestamp, make_base_pdf, make_pki, sign

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> Pki:
    """Network CA, intermediate, three signers, a TSA and a stranger, with PEM files."""
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def trust(pki):
    """A trust store with the network CA as anchor."""
    from agreement_studio.verification import TrustStore

    return TrustStore.from_files([pki.files["root"]])


@pytest.fixture(scope="session")
def base_pdf() -> bytes:
    """A two-page agreement with a text field and three empty signature fields."""
    return make_base_pdf()


@pytest.fixture(scope="session")
def signed_once(base_pdf, pki) -> bytes:
    """Signed by the first signatory."""
    return sign(base_pdf, "Signer1", pki.signers[0], pki)


@pytest.fixture(scope="session")
def signed_three(signed_once, pki) -> bytes:
    """Signed by all three signatories, one after another; the last with a timestamp."""
    data = sign(signed_once, "Signer2", pki.signers[1], pki)
    return sign(data, "Signer3", pki.signers[2], pki, timestamp=True)


@pytest.fixture(scope="session")
def signed_lta(signed_three, pki) -> bytes:
    """The three signatures followed by a document timestamp."""
    return add_document_timestamp(signed_three, pki)


@pytest.fixture
def write(tmp_path):
    """Write bytes to a file in the test's folder; returns the path."""
    counter = iter(range(10**6))

    def _write(data: bytes, name: str | None = None) -> Path:
        path = tmp_path / (name or f"file{next(counter)}.pdf")
        path.write_bytes(data)
        return path

    return _write
