"""Identities created or imported in the application, kept as files in the identities folder.

Each identity is a password-protected PKCS#12 file (``<name>.p12``, mode 0600) with its
certificate beside it (``<name>.pem``, public): the list shows names, organisations, validity and
fingerprints without asking for any password. Only opening the ``.p12`` to sign needs it.
A certificate authority's file, or a certificate not allowed to sign, is refused on the way in.
Removing an identity deletes its two files only: the register and the PDFs it signed keep their
copies of the certificate and stay verifiable.

The window runs this off its GUI thread (key generation, 600 000 KDF rounds); the command line
uses it as it is. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from agreement_studio.errors import IdentityError, OutputError
from agreement_studio.fileio import write_atomic
from agreement_studio.i18n import translatable
from agreement_studio.paths import user_identities_dir
from agreement_studio.signing.certificate_info import CertificateInfo, describe

_ = translatable(__name__)

if TYPE_CHECKING:
    from agreement_studio.signing import FileIdentity

__all__ = [
    "StoredIdentity",
    "import_identity",
    "list_identities",
    "remove_identity",
    "store_identity",
]


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

    @property
    def certificate_path(self) -> Path:
        """The public certificate beside the PKCS#12 file."""
        return self.path.with_suffix(".pem")


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
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            _(
                "cannot create the identities folder {directory}: {error}",
                directory=directory,
                error=error,
            )
        ) from None
    info = describe(certificate)
    path = _free_name(directory, info.name, info.organisation)
    # the certificate first: a .p12 without its .pem would not be listed
    write_atomic(
        path.with_suffix(".pem"), certificate.public_bytes(serialization.Encoding.PEM), mode=0o644
    )
    write_atomic(path, p12, mode=0o600)
    return StoredIdentity(path, info)


def store_identity(
    identity: FileIdentity, password: str, folder: Path | None = None, *, apart: bool = False
) -> StoredIdentity:
    """Keep a new identity in the folder, encrypted with ``password``.

    ``apart`` encrypts in another process (``identities.pkcs12_apart``): a window's worker
    thread then leaves its event loop running.
    """
    from agreement_studio.signing.identities import check_signing_purpose, pkcs12_apart

    check_signing_purpose(identity.certificate)
    data = pkcs12_apart([(identity, password)])[0] if apart else identity.pkcs12_bytes(password)
    return _write_pair(_folder(folder), data, identity.certificate)


def import_identity(
    source: str | os.PathLike[str], password: str, folder: Path | None = None
) -> StoredIdentity:
    """Copy a PKCS#12 file into the folder after checking that ``password`` opens it.

    Raises WrongPassword or IdentityError (from the signing layer) when it does not, and
    CertificateNotUsable when the file is a certificate authority's or its certificate may not
    sign (an expired identity is taken: the list marks it).
    """
    from agreement_studio.signing import load_pkcs12
    from agreement_studio.signing.identities import check_signing_purpose

    identity = load_pkcs12(source, password, check=False)
    check_signing_purpose(identity.certificate, Path(source).name)
    return _write_pair(_folder(folder), Path(source).read_bytes(), identity.certificate)


def remove_identity(stored: StoredIdentity, folder: Path | None = None) -> None:
    """Delete an identity's key file and certificate from the identities folder.

    The PKCS#12 file is first renamed aside (atomically: the identity is gone from the list at
    once, and a half-deleted pair never shows up), overwritten with zeros, then deleted; then
    the certificate. Only files inside the identities folder are touched: the register and the
    PDFs signed with the identity keep their own copies of its certificate.
    IdentityError when the file is not an identity of the folder; OutputError when it cannot
    be removed.
    """
    directory = _folder(folder).resolve()
    path = stored.path.resolve()
    if path.parent != directory or path.suffix != ".p12":
        raise IdentityError(
            _(
                "{path} is not an identity kept in {directory}",
                path=stored.path,
                directory=directory,
            )
        )
    if not path.exists():
        raise IdentityError(
            _(
                "the identity {name} is no longer in {directory}",
                name=path.name,
                directory=directory,
            )
        )
    doomed = path.with_name(f".{path.name}.removing")
    try:
        os.replace(path, doomed)
    except OSError as error:
        raise OutputError(
            _(
                "cannot remove the identity {name}: {why}",
                name=path.name,
                why=error.strerror or str(error),
            )
        ) from None
    try:
        _overwrite(doomed)
        doomed.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            os.replace(doomed, path)  # back in the list, whole: nothing half-done is left
        raise OutputError(
            _(
                "cannot remove the identity {name}: {why}",
                name=path.name,
                why=error.strerror or str(error),
            )
        ) from None
    with contextlib.suppress(FileNotFoundError):
        path.with_suffix(".pem").unlink()
    _sync(directory)


def _overwrite(path: Path) -> None:
    """Zeros over the encrypted key before it is unlinked (as far as the file system allows)."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.write(b"\0" * size)
        handle.flush()
        os.fsync(handle.fileno())


def _sync(directory: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
