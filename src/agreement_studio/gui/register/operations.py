"""What the window asks of the register, as functions that run off the GUI thread.

Each takes the open register first (see :meth:`RegisterAccess.run`) and only calls the
register's verbs; none imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agreement_studio.errors import ImportRejected, InputError, RegisterError
from agreement_studio.fileio import write_atomic
from agreement_studio.paths import user_data_dir

if TYPE_CHECKING:
    from agreement_studio.agreement import Agreement
    from agreement_studio.register import ImportResult, Register

__all__ = [
    "ImportedFile",
    "Recorded",
    "drafts_dir",
    "export_archive",
    "import_pdfs",
    "open_for_editing",
    "record_agreement",
    "renew",
    "save_current_pdf",
    "trust_store",
]


def drafts_dir() -> Path:
    """Where the drafts of agreements taken from the register for editing are kept."""
    return user_data_dir() / "drafts"


def trust_store() -> Any:
    """The trust anchors chosen in Preferences, as the signing layer's TrustStore."""
    from agreement_studio.preferences import load_preferences
    from agreement_studio.verification import TrustStore
    from agreement_studio.verification.trust import configured_anchor_files

    # The same anchors as the verification view: Preferences, and the settings folder's own.
    files = [Path(a) for a in load_preferences().trust_anchors] + configured_anchor_files()
    return TrustStore.from_files(anchors=[p for p in files if p.is_file()])


@dataclass(frozen=True)
class Recorded:
    """What recording a finished draft did."""

    document_id: str
    version: int | None
    """1 for a new agreement, the new version's number for an edited one, None when the
    draft was the same as the recorded one (nothing was recorded)."""


def record_agreement(register: Register, agreement: Agreement) -> Recorded:
    """Add a finished draft: a new agreement, or the next version of one already recorded."""
    from agreement_studio.errors import UnknownAgreement

    document_id = str(agreement.document_id)
    try:
        register.resolve(document_id)
    except UnknownAgreement:
        return Recorded(register.add_draft(agreement), 1)
    # An unchanged draft would render the same PDF again, which is not a new version.
    if register.draft(document_id).model_dump_json() == agreement.model_dump_json():
        return Recorded(document_id, None)
    return Recorded(document_id, register.add_version(document_id, agreement))


def _draft_session(agreement: Agreement) -> Any:
    """A wizard session on a draft taken from the register, saved beside the others."""
    from agreement_studio.drafting import Step, WizardSession

    folder = drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{agreement.document_id}.agreement.json"
    return WizardSession(agreement, Step.REVIEW, path)


def open_for_editing(register: Register, document_id: str) -> Any:
    """A wizard session on the agreement's current draft (Finish records the next version)."""
    return _draft_session(register.draft(document_id))


def renew(register: Register, document_id: str) -> tuple[str, Any]:
    """Record a renewal (the terms moved on) and open its draft in the wizard."""
    new_id = register.renew(document_id)
    return new_id, _draft_session(register.draft(new_id))


def save_current_pdf(register: Register, document_id: str, path: Path) -> Path:
    """Write the PDF to send to the next signatory to ``path`` (atomically)."""
    return write_atomic(path, register.current_pdf(document_id))


def export_archive(register: Register, document_id: str, path: Path) -> Path:
    """Write the agreement's archive package (ZIP)."""
    return register.archive(document_id, path, trust=trust_store())


@dataclass(frozen=True)
class ImportedFile:
    """The outcome of importing one returned PDF."""

    path: Path
    result: ImportResult | None = None
    error: Exception | None = None
    """Why it was not accepted (ImportRejected) or could not be read."""


def import_pdfs(register: Register, paths: list[Path]) -> list[ImportedFile]:
    """Import each PDF on its own; a refused file does not stop the others."""
    trust = trust_store()
    outcomes = []
    for path in paths:
        try:
            outcomes.append(
                ImportedFile(path, register.import_file(path, name=Path(path).name, trust=trust))
            )
        except (ImportRejected, InputError, RegisterError) as error:
            outcomes.append(ImportedFile(path, error=error))
    return outcomes
