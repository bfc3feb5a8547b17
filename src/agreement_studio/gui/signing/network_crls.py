"""The window's name for :mod:`agreement_studio.signing.network_crls` (moved out of ``gui/``:
it imports no Qt); re-exported for the window's modules that import it from here."""

from agreement_studio.signing.network_crls import (
    crl_folder,
    current_crls,
    keep_crl,
    with_network_crls,
)

__all__ = ["crl_folder", "current_crls", "keep_crl", "with_network_crls"]
