"""The network's current CRLs, kept where signing finds them: ``<settings>/revocation-lists``.

When the coordinator exports a CRL from the network CA tab, a copy is kept here too (one per
CA, the newest replacing the older), so that signing at B-LT or B-LTA in this window embeds the
network's current CRL, and the register's "add long-term validation data" stores it. Other
CRL files (DER or PEM) put in the folder by hand are used as well. No Qt here.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from agreement_studio.fileio import write_atomic

__all__ = ["crl_folder", "current_crls", "keep_crl", "with_network_crls"]


def crl_folder() -> Path:
    """Where the window keeps the network's CRLs."""
    from agreement_studio.paths import user_config_dir

    return user_config_dir() / "revocation-lists"


def keep_crl(der: bytes, issuer_sha256: str) -> Path:
    """Keep ``der`` as the current CRL of the CA whose certificate hashes to ``issuer_sha256``."""
    folder = crl_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return write_atomic(folder / f"network-{issuer_sha256[:16]}.crl", der, mode=0o644)


def current_crls() -> list[bytes]:
    """Every CRL kept (DER); a file that is not a CRL is left out."""
    from agreement_studio.errors import InputError
    from agreement_studio.signing import read_crl

    folder = crl_folder()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in (".crl", ".pem", ".der"):
            with contextlib.suppress(InputError):
                found.append(read_crl(path))
    return found


def with_network_crls(trust: Any) -> Any:
    """``trust`` (a TrustStore) with the kept CRLs added."""
    from agreement_studio.verification import TrustStore

    crls = current_crls()
    if not crls:
        return trust
    return TrustStore(
        trust.anchors,
        trust.intermediates,
        trust.pinned,
        crls=[*trust.crls, *crls],
        online=trust.online,
        require_revocation=trust.require_revocation,
        trust_claimed_time=trust.trust_claimed_time,
    )
