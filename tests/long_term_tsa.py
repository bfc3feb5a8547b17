"""A local RFC 3161 timestamp server for the register's and the window's long-term tests.

The server of ``tests/signing_tsa.py`` with certificates of its own: a TSA certificate issued by
a throw-away root, so a test needs no PKI fixture to have a timestamp server.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
from collections.abc import Iterator

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import signing_tsa


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Aikaleimat"),
        ]
    )


def tsa_certificates() -> tuple[x509.Certificate, x509.Certificate, object]:
    """A root, a timestamping certificate it issued, and that certificate's key."""
    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Test TSA Root"))
        .issuer_name(_name("Test TSA Root"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False
        )
        .sign(root_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's is RSA-only
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Test TSA"))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    return root, cert, key


class TimestampServer(signing_tsa.TimestampServer):
    """``with TimestampServer() as tsa: tsa.url, tsa.root, tsa.requests``, its own certificates."""

    def __init__(self) -> None:
        self.root, cert, key = tsa_certificates()
        super().__init__(cert, key, [self.root])


@contextlib.contextmanager
def local_tsa() -> Iterator[TimestampServer]:
    """A running local timestamp server."""
    with TimestampServer() as server:
        yield server


def dead_url() -> str:
    """A loopback address on which nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"
