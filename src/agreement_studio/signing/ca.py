"""A network's own certificate authority: one root that every auditor trusts.

The coordinator makes the root once (:func:`create_network_ca`, kept as a password-protected
PKCS#12 file) and issues each signatory an identity with it (:func:`issue_identity`). Issued
identities carry the root in their PKCS#12 chain, so signatures embed the whole path.

The CA keeps a record of what it issued beside its key (``revocation_list.py``); it can revoke
an issued certificate and publish a CRL. When the network names a CRL address (``crl_url``),
every certificate issued afterwards points at it (CRL distribution point).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes

from agreement_studio.errors import (
    CertificateNotUsable,
    CertificateRevocationError,
    IdentityError,
)
from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.signing import certificates as certs
from agreement_studio.signing.identities import FileIdentity, read_pkcs12
from agreement_studio.signing.revocation_list import (
    IssuedCertificate,
    IssuedRecord,
    build_crl,
    crl_der,
    record_lock,
    record_path_for,
)
from agreement_studio.signing.vocabulary import DEFAULT_CRL_DAYS

_ = translatable(__name__)

__all__ = ["NetworkCA", "create_network_ca", "issue_identity", "load_network_ca"]


class NetworkCA:
    """A network root: its certificate and private key."""

    def __init__(
        self,
        key: certs.PrivateKey,
        certificate: x509.Certificate,
        *,
        path: Path | None = None,
        record: IssuedRecord | None = None,
    ) -> None:
        if not certs.key_matches(key, certificate):
            raise IdentityError(_("the CA's private key does not belong to its certificate"))
        self._key = key
        self.certificate = certificate
        self._subject = certs.subject_of(certificate)
        self.path = path
        """The CA's PKCS#12 file, once saved or loaded (its record lives beside it)."""
        self.record = record or IssuedRecord(ca_sha256=self.fingerprint_sha256)

    @property
    def fingerprint_sha256(self) -> str:
        """SHA-256 of the CA certificate (hex)."""
        return self.certificate.fingerprint(hashes.SHA256()).hex()

    @property
    def crl_url(self) -> str | None:
        """The CRL address put into issued certificates, if the network has one."""
        return self.record.crl_url

    @property
    def issued(self) -> list[IssuedCertificate]:
        """What this CA issued (as far as its record knows), oldest first."""
        return list(self.record.entries)

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

    def save_pkcs12(
        self, path: str | os.PathLike[str], password: str, *, apart: bool = False
    ) -> Path:
        """Write the CA (key and certificate) to ``path``, encrypted, mode 0600.

        ``apart`` encrypts in another process (``identities.pkcs12_apart``), for a window.
        """
        if apart:
            from agreement_studio.signing.identities import pkcs12_apart

            data = pkcs12_apart([(FileIdentity(self._key, self.certificate, []), password)])[0]
        else:
            data = certs.pkcs12_bytes(
                self._key, self.certificate, [], password, friendly_name=self.name
            )
        target = write_atomic(path, data, mode=0o600)
        self.path = target
        self._save_record()
        return target

    def _save_record(self) -> None:
        if self.path is not None:
            self.record.save(record_path_for(self.path))

    @contextlib.contextmanager
    def _changing_record(self) -> Iterator[IssuedRecord]:
        """The record, fresh from disk and locked against other processes while it changes.

        A window may hold the CA open while a script issues or revokes with the same file:
        each change starts from what is on disk, so neither loses the other's entries.
        """
        if self.path is None:
            yield self.record
            return
        with record_lock(record_path_for(self.path)):
            self.record = IssuedRecord.load(record_path_for(self.path), self.fingerprint_sha256)
            yield self.record
            self._save_record()

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
                _(
                    "the network CA {name} is not valid now (valid until {date})",
                    name=repr(self.name),
                    date=f"{self.not_valid_after:%Y-%m-%d}",
                )
            )
        subject = certs.Subject.checked(name=name, org=org, email=email, business_id=business_id)
        key = certs.new_key(rsa_key=rsa)
        cert = certs.build_end_entity(
            subject,
            key,
            issuer_cert=self.certificate,
            issuer_key=self._key,
            crl_url=self.crl_url,
        )
        with self._changing_record() as record:  # before anyone holds the identity
            record.add(cert)
        return FileIdentity(key, cert, [self.certificate])

    def revoke(
        self,
        which: x509.Certificate | int,
        *,
        reason: str = "unspecified",
        when: dt.datetime | None = None,
    ) -> IssuedCertificate:
        """Revoke an issued certificate (given itself or its serial) as of ``when`` (now).

        CertificateRevocationError when this CA did not issue it or it is revoked already.
        """
        if isinstance(which, x509.Certificate):
            self._check_issued_here(which)
            serial = which.serial_number
        else:
            serial = which
        with self._changing_record() as record:
            if isinstance(which, x509.Certificate):
                record.add(which)  # issued before the CA kept a record: known from now on
            return record.revoke(serial, reason, when or dt.datetime.now(dt.UTC))

    def _check_issued_here(self, cert: x509.Certificate) -> None:
        try:
            cert.verify_directly_issued_by(self.certificate)
        except (ValueError, TypeError, InvalidSignature):
            raise CertificateRevocationError(
                _(
                    "{subject} was not issued by the network CA {name}; it cannot revoke it",
                    subject=cert.subject.rfc4514_string(),
                    name=repr(self.name),
                )
            ) from None

    def crl(self, *, days: int = DEFAULT_CRL_DAYS, now: dt.datetime | None = None) -> bytes:
        """A new CRL (DER) signed by this CA, valid for ``days``; the record keeps its number."""
        with self._changing_record() as record:
            crl = build_crl(record, self.certificate, self._key, days=days, now=now)
        return crl_der(crl)

    def __repr__(self) -> str:
        return f"<NetworkCA {self.name!r} ({self.organisation})>"


def create_network_ca(
    *,
    name: str,
    org: str,
    business_id: str | None = None,
    rsa: bool = False,
    crl_url: str | None = None,
) -> NetworkCA:
    """A new network root CA (new key; ECDSA P-256, or RSA 3072), valid for ten years.

    ``crl_url`` is where the network publishes its CRL; certificates it issues point there.
    """
    subject = certs.Subject.checked(name=name, org=org, business_id=business_id)
    key = certs.new_key(rsa_key=rsa)
    ca = NetworkCA(key, certs.build_ca(subject, key))
    ca.record.crl_url = _checked_url(crl_url)
    return ca


def _checked_url(url: str | None) -> str | None:
    url = (url or "").strip() or None
    if url is not None and not url.lower().startswith(("http://", "https://", "ldap://")):
        raise IdentityError(
            _("{url} is not a CRL address (http://, https:// or ldap://)", url=repr(url))
        )
    return url


def load_network_ca(path: str | os.PathLike[str], password: str) -> NetworkCA:
    """Open a network CA's PKCS#12 file (WrongPassword, IdentityError when it cannot)."""
    key, cert, _others = read_pkcs12(path, password, what="CA file")
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        is_ca = constraints.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca:
        raise IdentityError(
            _("{path} holds a signing identity, not a certificate authority", path=path)
        )
    ca = NetworkCA(key, cert, path=Path(path))
    ca.record = IssuedRecord.load(record_path_for(path), ca.fingerprint_sha256)
    return ca


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
