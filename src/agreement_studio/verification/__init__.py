"""The verifier: one PDF reader for the whole project, and the judgement of signatures.

Names are loaded on first use, so ``import agreement_studio.verification`` costs nothing; the
verifier itself never imports pyHanko.

::

    trust = TrustStore.from_files(anchors=["network-ca.pem"])
    report = verify_pdf("signed.pdf", trust=trust)      # FileReport; report.verdict is a Verdict
    for report in verify_files(paths, trust=trust, jobs=4): ...

Modules: ``syntax`` (objects), ``xref`` (cross-reference data, streams), ``document`` (revisions
and the reconstructing reader's view), ``info`` (document information), ``view`` (what one
revision shows), ``diff`` (what changed between revisions), ``fields`` (signature fields and
coverage), ``cms`` and ``check`` (CMS and certificates), ``trust`` (anchors and chains),
``report`` and ``words`` (verdicts and their sentences), ``pool`` (many files at once).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# public name -> module of this package that defines it
_EXPORTS: dict[str, str] = {
    "verify_pdf": "verify",
    "verify_files": "verify",
    "updates_after": "verify",
    "Change": "diff",
    "ADDITIONS": "diff",
    "signed_revision": "document",
    "TrustStore": "trust",
    "FileReport": "report",
    "SignatureReport": "report",
    "Verdict": "report",
    "read_agreement_metadata": "info",
    "read_document_info": "info",
}

__all__ = [
    "ADDITIONS",
    "Change",
    "FileReport",
    "SignatureReport",
    "TrustStore",
    "Verdict",
    "read_agreement_metadata",
    "read_document_info",
    "signed_revision",
    "updates_after",
    "verify_files",
    "verify_pdf",
]

if TYPE_CHECKING:
    from agreement_studio.verification.diff import ADDITIONS, Change
    from agreement_studio.verification.document import signed_revision
    from agreement_studio.verification.info import read_agreement_metadata, read_document_info
    from agreement_studio.verification.report import FileReport, SignatureReport, Verdict
    from agreement_studio.verification.trust import TrustStore
    from agreement_studio.verification.verify import updates_after, verify_files, verify_pdf


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
