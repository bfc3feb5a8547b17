"""The window's name for the core identity store, :mod:`agreement_studio.signing.identity_store`.

The store moved out of ``gui/`` (it imports no Qt); this module only re-exports it for the
window's modules that import it from here.
"""

from agreement_studio.signing.identity_store import (
    StoredIdentity,
    import_identity,
    list_identities,
    remove_identity,
    store_identity,
)

__all__ = [
    "StoredIdentity",
    "import_identity",
    "list_identities",
    "remove_identity",
    "store_identity",
]
