"""The PDF layer: an agreement laid out with ReportLab, with empty signature fields and metadata.

``render_pdf(composed, agreement)`` gives deterministic PDF bytes; ``render_agreement`` composes
first; ``write_pdf`` writes atomically; ``read_agreement_metadata`` reads the document ID,
template and language back from the newest revision of any PDF (signed ones too), with the
project's one PDF reader in :mod:`agreement_studio.verification`.

ReportLab is imported only when something here is first used, so importing this package is
cheap (the command line's help and the GUI's start do not wait for it).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agreement_studio.pdf.render import (
        Composed,
        TemplateRef,
        render_agreement,
        render_pdf,
        write_pdf,
    )
    from agreement_studio.verification.info import (
        DOCUMENT_ID_KEY,
        LANGUAGE_KEY,
        TEMPLATE_KEY,
        read_agreement_metadata,
    )

__all__ = [
    "DOCUMENT_ID_KEY",
    "LANGUAGE_KEY",
    "TEMPLATE_KEY",
    "Composed",
    "TemplateRef",
    "read_agreement_metadata",
    "render_agreement",
    "render_pdf",
    "write_pdf",
]

_HOMES = {
    "DOCUMENT_ID_KEY": "agreement_studio.verification.info",
    "LANGUAGE_KEY": "agreement_studio.verification.info",
    "TEMPLATE_KEY": "agreement_studio.verification.info",
    "read_agreement_metadata": "agreement_studio.verification.info",
    "Composed": "render",
    "TemplateRef": "render",
    "render_agreement": "render",
    "render_pdf": "render",
    "write_pdf": "render",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = home if "." in home else f"{__name__}.{home}"
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


# The verification report (report.py), appended by the verification work.
_HOMES.update({"render_report": "report", "write_report": "report"})
__all__ += ["render_report", "write_report"]
