"""Fixtures for the signing tests: a network CA with issued identities, prepared PDFs, an NSS
database for pdfsig, a SoftHSM2 token and a loopback RFC 3161 timestamp server.

Everything is generated per test session; no key or certificate is committed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from signing_pki import (
    PASSWORD,
    SIGNATORIES,
    Signatory,
    business_id,
    make_certificate,
    nss_database,
    prepared_pdf,
    rsa_key,
)

from agreement_studio.signing import FileIdentity, NetworkCA, create_network_ca
from required_tools import require_file, require_tools
from signing_tsa import TimestampServer

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


@dataclass(frozen=True)
class IssuedIdentity:
    """An identity issued by the network CA, saved as a PKCS#12 file."""

    signatory: Signatory
    path: Path
    password: str
    identity: FileIdentity


@pytest.fixture(scope="session")
def pki_dir(tmp_path_factory) -> Path:
    """A folder for the session's keys and certificates."""
    return tmp_path_factory.mktemp("pki")


@pytest.fixture(scope="session")
def network_ca() -> NetworkCA:
    """The network's root CA."""
    return create_network_ca(name="Ohjausverkoston CA", org="Uudenmaan ohjausverkosto")


@pytest.fixture(scope="session")
def ca_file(network_ca, pki_dir) -> Path:
    """The network CA saved as a PKCS#12 file (password: PASSWORD)."""
    return network_ca.save_pkcs12(pki_dir / "network-ca.p12", PASSWORD)


@pytest.fixture(scope="session")
def issued(network_ca, pki_dir) -> list[IssuedIdentity]:
    """Three identities issued by the network CA, one per signatory, saved as .p12 files."""
    result = []
    for signatory in SIGNATORIES:
        identity = network_ca.issue(
            name=signatory.name,
            org=signatory.org,
            email=signatory.email,
            business_id=signatory.business_id,
        )
        path = identity.save_pkcs12(pki_dir / f"{signatory.field}.p12", PASSWORD)
        result.append(IssuedIdentity(signatory, path, PASSWORD, identity))
    return result


@pytest.fixture(scope="session")
def nss_db(network_ca, pki_dir) -> str:
    """An NSS database (``sql:`` spec for ``pdfsig -nssdir``) that trusts the network CA."""
    require_tools("certutil", "pdfsig")
    return nss_database(pki_dir / "nss", network_ca.certificate)


@pytest.fixture(scope="session")
def prepared_pdf_bytes() -> bytes:
    """A PDF with an empty signature field for each of the three signatories."""
    return prepared_pdf([s.field for s in SIGNATORIES])


@pytest.fixture
def prepared_pdf_path(tmp_path, prepared_pdf_bytes) -> Path:
    """The prepared PDF as a file of this test's own."""
    path = tmp_path / "agreement.pdf"
    path.write_bytes(prepared_pdf_bytes)
    return path


@pytest.fixture(scope="session")
def tsa_root():
    """Root certificate and key of the test timestamp authority (RSA)."""
    return make_certificate(name="Test TSA Root", org="Aikaleimat", key=rsa_key(), ca=True)


@pytest.fixture(scope="session")
def tsa(tsa_root):
    """A running RFC 3161 server on loopback: ``tsa.url``, ``tsa.requests``."""
    root_cert, root_key = tsa_root
    cert, key = make_certificate(
        name="Test TSA",
        org="Aikaleimat",
        key=rsa_key(),
        issuer=root_cert,
        issuer_key=root_key,
        usage={"digital_signature": True},
        time_stamping=True,
    )
    with TimestampServer(cert, key, chain=[root_cert]) as server:
        yield server


@dataclass(frozen=True)
class Token:
    """A SoftHSM2 token holding a signing key and its certificate."""

    module: str
    label: str
    key_label: str
    pin: str
    certificate: x509.Certificate


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory, network_ca) -> Token:
    """A real SoftHSM2 token with a P-256 key and a certificate issued by the network CA.

    SoftHSM reads its configuration once per process, so the token is per session.
    """
    require_tools("softhsm2-util", "pkcs11-tool")
    require_file(SOFTHSM_MODULE, "softhsm2")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {folder / 'tokens'}\n"
        "objectstore.backend = file\nlog.level = ERROR\n"
    )
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(config)
    label, key_label, pin = "agreement-test", "signing-key", "246810"
    identity = network_ca.issue(
        name="Kaisa Kortinhaltija", org="Kirjastopalvelut", business_id=business_id("4567890")
    )
    key_file = folder / "key.pem"
    key_file.write_bytes(
        identity._key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file = folder / "cert.der"
    cert_file.write_bytes(identity.certificate.public_bytes(serialization.Encoding.DER))
    ca_file = folder / "ca.der"
    ca_file.write_bytes(network_ca.certificate.public_bytes(serialization.Encoding.DER))

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True)

    # a throw-away test token: its PINs on these tools' command lines are harmless
    run(
        "softhsm2-util",
        "--init-token",
        "--free",
        "--label",
        label,
        "--pin",
        pin,
        "--so-pin",
        "13579246",
    )
    run(
        "softhsm2-util",
        "--import",
        str(key_file),
        "--token",
        label,
        "--label",
        key_label,
        "--id",
        "01",
        "--pin",
        pin,
    )
    tool = shutil.which("pkcs11-tool") or "pkcs11-tool"
    for path, cert_label, cert_id in ((cert_file, key_label, "01"), (ca_file, "network-ca", "02")):
        run(
            tool,
            "--module",
            SOFTHSM_MODULE,
            "--token-label",
            label,
            "--login",
            "--pin",
            pin,
            "--write-object",
            str(path),
            "--type",
            "cert",
            "--label",
            cert_label,
            "--id",
            cert_id,
        )
    key_file.unlink()
    yield Token(SOFTHSM_MODULE, label, key_label, pin, identity.certificate)
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous
