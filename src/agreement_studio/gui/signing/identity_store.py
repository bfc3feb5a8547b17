"""Identities created or imported in the application, kept as files in the identities folder.

Each identity is a password-protected PKCS#12 file (``<name>.p12``, mode 0600) with its
certificate beside it (``<name>.pem``, public): the list shows names, organisations and expiry
without asking for any password. Only opening the ``.p12`` to sign needs it.
This module runs off the GUI thread (key generation, 600 000 KDF rounds) and imports no Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from agreement_studio.fileio import write_atomic
from agreement_studio.gui.signing.certificate_info import CertificateInfo, describe
from agreement_studio.paths import user_identities_dir

if TYPE_CHECKING:
    from agreement_studio.signing import FileIdentity

__all__ = ["StoredIdentity", "import_identity", "list_identities", "store_identity"]


@dataclass(frozen=True)
class StoredIdentity:
    """An identity in the identities folder."""

    path: Path
    """The PKCS#12 file."""
    certificate: CertificateInfo

    @property
    def name(self) -> str:
        """The holder's name."""
        return self.certificate.name

    @property
    def organisation(self) -> str:
        """The holder's organisation."""
        return self.certificate.organisation


def _folder(folder: Path | None) -> Path:
    return folder or user_identities_dir()


def list_identities(folder: Path | None = None) -> list[StoredIdentity]:
    """Every identity in the folder, by name (files without a readable certificate skipped)."""
    found = []
    directory = _folder(folder)
    if not directory.is_dir():
        return []
    for p12 in sorted(directory.glob("*.p12")):
        try:
            certificate = x509.load_pem_x509_certificate(p12.with_suffix(".pem").read_bytes())
        except (OSError, ValueError):
            continue
        found.append(StoredIdentity(p12, describe(certificate)))
    return sorted(found, key=lambda s: (s.name.casefold(), s.organisation.casefold()))


def _free_name(directory: Path, name: str, organisation: str) -> Path:
    from agreement_studio.signing import slugify

    base = "-".join(p for p in (slugify(name), slugify(organisation)) if p) or "identity"
    path, number = directory / f"{base}.p12", 2
    while path.exists() or path.with_suffix(".pem").exists():
        path, number = directory / f"{base}-{number}.p12", number + 1
    return path


def _write_pair(directory: Path, p12: bytes, certificate: x509.Certificate) -> StoredIdentity:
    directory.mkdir(parents=True, exist_ok=True)
    info = describe(certificate)
    path = _free_name(directory, info.name, info.organisation)
    # the certificate first: a .p12 without its .pem would not be listed
    write_atomic(
        path.with_suffix(".pem"), certificate.public_bytes(serialization.Encoding.PEM), mode=0o644
    )
    write_atomic(path, p12, mode=0o600)
    return StoredIdentity(path, info)


def store_identity(
    identity: FileIdentity, password: str, folder: Path | None = None
) -> StoredIdentity:
    """Keep a new identity in the folder, encrypted with ``password``."""
    return _write_pair(_folder(folder), identity.pkcs12_bytes(password), identity.certificate)


def import_identity(
    source: str | os.PathLike[str], password: str, folder: Path | None = None
) -> StoredIdentity:
    """Copy a PKCS#12 file into the folder after checking that ``password`` opens it.

    Raises WrongPassword or IdentityError (from the signing layer) when it does not.
    """
    from agreement_studio.signing import load_pkcs12

    identity = load_pkcs12(source, password, check=False)
    return _write_pair(_folder(folder), Path(source).read_bytes(), identity.certificate)
