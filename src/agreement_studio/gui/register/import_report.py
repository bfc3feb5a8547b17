"""What importing returned PDFs did, in the person's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from agreement_studio.gui.messages import error_message
from agreement_studio.gui.register.display import status_text
from agreement_studio.i18n import render

if TYPE_CHECKING:
    from agreement_studio.gui.register.operations import ImportedFile
    from agreement_studio.register import ImportResult

__all__ = ["import_summary", "result_line"]

translate = QCoreApplication.translate


def result_line(result: ImportResult) -> str:
    """One accepted file: whose signatures it added and where the agreement stands now."""
    status = status_text(result.status.value, result.signed_count, result.signatory_count)
    if not result.changed:
        return translate(
            "Import", "{title}: this copy is already in the register; nothing changed."
        ).format(title=result.title)
    names = ", ".join(f"{a.signatory} ({a.party})" for a in result.added)
    lines = [
        translate("Import", "{title}: recorded the signature of {names}. Now: {status}.").format(
            title=result.title, names=names, status=status
        )
    ]
    for added in result.added:
        if added.verdict != "valid":
            lines.append(
                translate(
                    "Import",
                    "The certificate of {name} is not among the trusted "
                    "ones; its signature is intact.",
                ).format(name=added.signer_name)
            )
        if added.warning:
            lines.append(render(added.warning))
    if result.send_on:  # names the people and dates of the parallel copies
        lines.append(render(result.send_on))
    elif result.sign_again:
        lines.append(
            translate("Import", "Must sign the copy to send on again: {names}.").format(
                names=", ".join(result.sign_again)
            )
        )
    return "\n".join(lines)


def import_summary(outcomes: list[ImportedFile]) -> tuple[str, str, bool]:
    """``(title, text, everything accepted)`` for the message after an import."""
    parts = []
    for outcome in outcomes:
        if outcome.result is not None:
            parts.append(f"{outcome.path.name}\n{result_line(outcome.result)}")
        else:
            parts.append(f"{outcome.path.name}\n{error_message(outcome.error or Exception())}")
    accepted = all(o.result is not None for o in outcomes)
    title = (
        translate("Import", "Signed copies imported")
        if accepted
        else translate("Import", "Not every PDF was accepted")
    )
    return title, "\n\n".join(parts), accepted
