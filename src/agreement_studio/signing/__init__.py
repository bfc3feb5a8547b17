"""The signing layer: identities, the network CA, tokens and signing.

Names are loaded on first use, so ``import agreement_studio.signing`` costs nothing and never
imports pyHanko (about a second); only making or checking a signature does.

Signing::

    identity = load_pkcs12("me.p12", password)          # or open_pkcs11(...), create_identity(...)
    result = sign_pdf("agreement.pdf", identity, output="signed.pdf", certify=True)
    extend_pdf("signed.pdf", output="final.pdf", level="B-LTA", tsa_url=url, crls=[crl])

Verification lives in :mod:`agreement_studio.verification`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> module of this package that defines it
_EXPORTS: dict[str, str] = {}

# --- signing (identities.py, ca.py, pkcs11.py, sign.py, fields.py) ---
_EXPORTS.update(
    {
        "Identity": "identities",
        "FileIdentity": "identities",
        "create_identity": "identities",
        "load_pkcs12": "identities",
        "clear_identity_cache": "identities",
        "NetworkCA": "ca",
        "create_network_ca": "ca",
        "load_network_ca": "ca",
        "issue_identity": "ca",
        "TokenIdentity": "pkcs11",
        "open_pkcs11": "pkcs11",
        "SignResult": "sign",
        "DocumentSigner": "sign",
        "sign_pdf": "sign",
        "warm_up": "sign",
        "slugify": "fields",
    }
)

# --- long-term data and the CA's revocation (long_term.py, vocabulary.py, revocation_list.py) ---
_EXPORTS.update(
    {
        "Level": "vocabulary",
        "LEVELS_HELP": "vocabulary",
        "REASON_NAMES": "vocabulary",
        "DEFAULT_CRL_DAYS": "vocabulary",
        "ExtendResult": "long_term",
        "extend_pdf": "long_term",
        "read_certificates": "long_term",
        "read_crl": "long_term",
        "IssuedCertificate": "revocation_list",
    }
)

__all__ = [  # noqa: RUF022 - grouped by area, like _EXPORTS
    # signing
    "Identity",
    "FileIdentity",
    "TokenIdentity",
    "NetworkCA",
    "SignResult",
    "DocumentSigner",
    "create_identity",
    "load_pkcs12",
    "clear_identity_cache",
    "create_network_ca",
    "load_network_ca",
    "issue_identity",
    "open_pkcs11",
    "sign_pdf",
    "slugify",
    "warm_up",
    # long-term data, revocation
    "Level",
    "LEVELS_HELP",
    "REASON_NAMES",
    "DEFAULT_CRL_DAYS",
    "ExtendResult",
    "IssuedCertificate",
    "extend_pdf",
    "read_certificates",
    "read_crl",
]

if TYPE_CHECKING:
    from agreement_studio.signing.ca import (
        NetworkCA,
        create_network_ca,
        issue_identity,
        load_network_ca,
    )
    from agreement_studio.signing.fields import slugify
    from agreement_studio.signing.identities import (
        FileIdentity,
        Identity,
        clear_identity_cache,
        create_identity,
        load_pkcs12,
    )
    from agreement_studio.signing.long_term import (
        ExtendResult,
        extend_pdf,
        read_certificates,
        read_crl,
    )
    from agreement_studio.signing.pkcs11 import TokenIdentity, open_pkcs11
    from agreement_studio.signing.revocation_list import IssuedCertificate
    from agreement_studio.signing.sign import DocumentSigner, SignResult, sign_pdf, warm_up
    from agreement_studio.signing.vocabulary import (
        DEFAULT_CRL_DAYS,
        LEVELS_HELP,
        REASON_NAMES,
        Level,
    )


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
