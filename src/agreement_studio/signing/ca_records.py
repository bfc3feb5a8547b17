"""The network CA's life cycle: what it issued (as rows for a list), revoking one, exporting a CRL.

Revoking and exporting sign with the CA's key and rewrite its record beside the CA file (under
a lock, from what is on disk); the window runs them off its GUI thread. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from agreement_studio.fileio import write_atomic
from agreement_studio.signing.network_crls import keep_crl

__all__ = ["ExportedCrl", "IssuedRow", "export_crl", "issued_rows", "revoke_issued"]


@dataclass(frozen=True)
class IssuedRow:
    """One issued certificate as the CA tab lists it."""

    serial: int
    name: str
    organisation: str
    not_before: Any
    not_after: Any
    revoked_at: Any
    reason: str | None


@dataclass(frozen=True)
class ExportedCrl:
    """A CRL written: where, how many certificates it revokes, and its next update."""

    path: Path
    revoked: int
    next_update: Any


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    found = name.get_attributes_for_oid(oid)
    return str(found[0].value) if found else ""


def issued_rows(ca: Any) -> list[IssuedRow]:
    """What the CA issued, newest first."""
    rows = []
    for entry in ca.issued:
        try:
            subject = x509.Name.from_rfc4514_string(entry.subject)
            name = _attribute(subject, NameOID.COMMON_NAME)
            organisation = _attribute(subject, NameOID.ORGANIZATION_NAME)
        except ValueError:  # a subject the record spells in a way we cannot read back
            name, organisation = entry.subject, ""
        rows.append(
            IssuedRow(
                entry.serial,
                name,
                organisation,
                entry.not_before,
                entry.not_after,
                entry.revoked_at,
                entry.reason,
            )
        )
    return rows[::-1]


def revoke_issued(ca: Any, serial: int, reason: str) -> list[IssuedRow]:
    """Revoke the certificate with ``serial`` as of now; the list afterwards.

    CertificateRevocationError when it is revoked already or the CA did not issue it.
    """
    ca.revoke(serial, reason=reason)
    return issued_rows(ca)


def export_crl(ca: Any, path: Path) -> ExportedCrl:
    """Sign a new CRL, write it to ``path`` and keep a copy for signing in this window."""
    der = ca.crl()
    target = write_atomic(path, der, mode=0o644)
    keep_crl(der, ca.fingerprint_sha256)
    crl = x509.load_der_x509_crl(der)
    return ExportedCrl(target, len(crl), crl.next_update_utc)
