"""A network's own certificate authority: one root that every auditor trusts.

The coordinator makes the root once (:func:`create_network_ca`, kept as a password-protected
PKCS#12 file) and issues each signatory an identity with it (:func:`issue_identity`). Issued
identities carry the root in their PKCS#12 chain, so signatures embed the whole path.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import ExtensionOID

from agreement_studio.errors import CertificateNotUsable, IdentityError
from agreement_studio.fileio import write_atomic
from agreement_studio.signing import certificates as certs
from agreement_studio.signing.identities import FileIdentity, read_pkcs12

__all__ = ["NetworkCA", "create_network_ca", "issue_identity", "load_network_ca"]


class NetworkCA:
    """A network root: its certificate and private key."""

    def __init__(self, key: certs.PrivateKey, certificate: x509.Certificate) -> None:
        if not certs.key_matches(key, certificate):
            raise IdentityError("the CA's private key does not belong to its certificate")
        self._key = key
        self.certificate = certificate
        self._subject = certs.subject_of(certificate)

    @property
    def name(self) -> str:
        """The CA's name (commonName)."""
        return self._subject.name

    @property
    def organisation(self) -> str:
        """The organisation that runs the CA."""
        return self._subject.org

    @property
    def not_valid_after(self) -> dt.datetime:
        """End of the root's validity (UTC)."""
        return self.certificate.not_valid_after_utc

    def certificate_pem(self) -> bytes:
        """The root certificate in PEM form, for auditors' trust stores."""
        return certs.certificate_pem(self.certificate)

    def save_pkcs12(self, path: str | os.PathLike[str], password: str) -> Path:
        """Write the CA (key and certificate) to ``path``, encrypted, mode 0600."""
        data = certs.pkcs12_bytes(
            self._key, self.certificate, [], password, friendly_name=self.name
        )
        return write_atomic(path, data, mode=0o600)

    def issue(
        self,
        *,
        name: str,
        org: str,
        email: str | None = None,
        business_id: str | None = None,
        rsa: bool = False,
    ) -> FileIdentity:
        """A new identity (new key) certified by this CA; see :func:`issue_identity`."""
        now = dt.datetime.now(dt.UTC)
        if not (self.certificate.not_valid_before_utc <= now <= self.not_valid_after):
            raise CertificateNotUsable(
                f"the network CA {self.name!r} is not valid now "
                f"(valid until {self.not_valid_after:%Y-%m-%d})"
            )
        subject = certs.Subject.checked(name=name, org=org, email=email, business_id=business_id)
        key = certs.new_key(rsa_key=rsa)
        cert = certs.build_end_entity(
            subject, key, issuer_cert=self.certificate, issuer_key=self._key
        )
        return FileIdentity(key, cert, [self.certificate])

    def __repr__(self) -> str:
        return f"<NetworkCA {self.name!r} ({self.organisation})>"


def create_network_ca(
    *, name: str, org: str, business_id: str | None = None, rsa: bool = False
) -> NetworkCA:
    """A new network root CA (new key; ECDSA P-256, or RSA 3072), valid for ten years."""
    subject = certs.Subject.checked(name=name, org=org, business_id=business_id)
    key = certs.new_key(rsa_key=rsa)
    return NetworkCA(key, certs.build_ca(subject, key))


def load_network_ca(path: str | os.PathLike[str], password: str) -> NetworkCA:
    """Open a network CA's PKCS#12 file (WrongPassword, IdentityError when it cannot)."""
    key, cert, _others = read_pkcs12(path, password, what="CA file")
    try:
        constraints = cert.extensions.get_extension_for_oid(ExtensionOID.BASIC_CONSTRAINTS).value
        is_ca = constraints.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise IdentityError(f"{path} holds a signing identity, not a certificate authority")
    return NetworkCA(key, cert)


def issue_identity(
    ca: NetworkCA,
    *,
    name: str,
    org: str,
    email: str | None = None,
    business_id: str | None = None,
    rsa: bool = False,
) -> FileIdentity:
    """Issue a signatory an identity under ``ca``: three years, never beyond the CA's own end."""
    return ca.issue(name=name, org=org, email=email, business_id=business_id, rsa=rsa)
