"""What a certificate says, for lists a person reads: name, organisation, validity, fingerprint.

Plain ``cryptography`` (no pyHanko, no Qt), so the window's lists and the command line fill
quickly.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from agreement_studio.errors import InputError
from agreement_studio.i18n import translatable

_ = translatable(__name__)

__all__ = ["CertificateInfo", "describe", "read_certificate_file"]


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


@dataclass(frozen=True)
class CertificateInfo:
    """One certificate, as shown in a list."""

    name: str
    """commonName (else the whole subject)."""
    organisation: str
    email: str
    issuer: str
    """The issuer's commonName (else its organisation)."""
    not_valid_before: dt.datetime
    not_valid_after: dt.datetime
    fingerprint_sha256: str
    """Lowercase hex, as the register records it."""
    self_issued: bool
    is_ca: bool = False
    """basicConstraints says CA: the certificate issues others and signs no agreement."""
    signs_documents: bool = True
    """Its key usage allows digitalSignature or nonRepudiation (or it has no key usage)."""

    def valid_at(self, moment: dt.datetime | None = None) -> bool:
        """Whether the certificate is within its validity now (or at ``moment``)."""
        now = moment or dt.datetime.now(dt.UTC)
        return self.not_valid_before <= now <= self.not_valid_after

    def expired(self, moment: dt.datetime | None = None) -> bool:
        """Whether its validity has ended by now (or by ``moment``)."""
        return (moment or dt.datetime.now(dt.UTC)) > self.not_valid_after

    @property
    def grouped_fingerprint(self) -> str:
        """The fingerprint as people compare it over the phone: ``AB:CD:…``."""
        text = self.fingerprint_sha256.upper()
        return ":".join(text[i : i + 2] for i in range(0, len(text), 2))


def describe(certificate: x509.Certificate) -> CertificateInfo:
    """A certificate's :class:`CertificateInfo`."""
    subject, issuer = certificate.subject, certificate.issuer
    return CertificateInfo(
        name=_first(subject, NameOID.COMMON_NAME) or subject.rfc4514_string(),
        organisation=_first(subject, NameOID.ORGANIZATION_NAME),
        email=_first(subject, NameOID.EMAIL_ADDRESS),
        issuer=(
            _first(issuer, NameOID.COMMON_NAME)
            or _first(issuer, NameOID.ORGANIZATION_NAME)
            or issuer.rfc4514_string()
        ),
        not_valid_before=certificate.not_valid_before_utc,
        not_valid_after=certificate.not_valid_after_utc,
        fingerprint_sha256=certificate.fingerprint(hashes.SHA256()).hex(),
        self_issued=subject == issuer,
        is_ca=_is_ca(certificate),
        signs_documents=_signs_documents(certificate),
    )


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _signs_documents(certificate: x509.Certificate) -> bool:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.digital_signature or usage.content_commitment)


def read_certificate_file(path: str | os.PathLike[str]) -> list[CertificateInfo]:
    """The certificates in a PEM or DER file; :class:`InputError` when it holds none."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(
            _("cannot read {path}: {why}", path=path, why=error.strerror or str(error))
        ) from None
    try:
        if b"-----BEGIN" in data:
            certificates = x509.load_pem_x509_certificates(data)
        else:
            certificates = [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InputError(_("{path} is not a certificate file (PEM or DER)", path=path)) from None
    return [describe(c) for c in certificates]
