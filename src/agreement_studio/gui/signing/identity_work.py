"""Making identities and network CAs: the work the identities dialog runs off the GUI thread.

Key generation and the encrypted PKCS#12 files (600 000 key-derivation rounds) take a
noticeable moment, so none of this runs on the GUI thread. No Qt here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.fileio import write_atomic
from agreement_studio.gui.signing.identity_store import StoredIdentity, store_identity

if TYPE_CHECKING:
    from agreement_studio.gui.signing.identity_form import SubjectValues
    from agreement_studio.signing import NetworkCA

__all__ = ["create_ca", "create_own", "issue_to_partner", "open_ca"]


def _optional(text: str) -> str | None:
    return text or None


def create_own(values: SubjectValues) -> StoredIdentity:
    """A new self-issued identity, kept in the app's identities folder."""
    from agreement_studio.signing import create_identity

    identity = create_identity(
        name=values.name,
        org=values.organisation,
        email=_optional(values.email),
        business_id=_optional(values.business_id),
    )
    return store_identity(identity, values.password)


def create_ca(values: SubjectValues, path: Path) -> tuple[NetworkCA, Path]:
    """A new network CA saved to ``path`` (encrypted) with its certificate beside it (.pem).

    Returns the CA and the certificate file, which auditors add to their trust anchors.
    """
    from agreement_studio.signing import create_network_ca

    ca = create_network_ca(
        name=values.name, org=values.organisation, business_id=_optional(values.business_id)
    )
    certificate = write_atomic(path.with_suffix(".pem"), ca.certificate_pem(), mode=0o644)
    ca.save_pkcs12(path, values.password)
    return ca, certificate


def open_ca(path: Path, password: str) -> NetworkCA:
    """Open a network CA's file (WrongPassword when the password does not open it)."""
    from agreement_studio.signing import load_network_ca

    return load_network_ca(path, password)


def issue_to_partner(ca: Any, values: SubjectValues, path: Path) -> Path:
    """Issue an identity with the CA and save it, encrypted, to hand over."""
    identity = ca.issue(
        name=values.name,
        org=values.organisation,
        email=_optional(values.email),
        business_id=_optional(values.business_id),
    )
    return identity.save_pkcs12(path, values.password)
