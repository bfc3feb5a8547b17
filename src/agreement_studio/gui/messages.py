"""The core's errors and rule problems in the person's language.

The sentences are the core's (gettext catalogs, :mod:`agreement_studio.i18n`): a broken rule's
message and an error's headline (:func:`agreement_studio.errors.headline`) and detail are
rendered here; this module adds only what belongs to the window: the fields' labels and where
a problem is ("Party 2 (Lahti) › Business ID").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from agreement_studio import errors as e
from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP
from agreement_studio.i18n import render

__all__ = ["error_message", "field_label", "location", "problem_text"]


translate = QCoreApplication.translate


_FIELDS = {
    "template_id": QT_TRANSLATE_NOOP("Fields", "Template"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "network.name": QT_TRANSLATE_NOOP("Fields", "Name of the network"),
    "network.region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "network.purpose": QT_TRANSLATE_NOOP("Fields", "Background and purpose"),
    "network.services": QT_TRANSLATE_NOOP("Fields", "Services"),
    "network.goals": QT_TRANSLATE_NOOP("Fields", "Goals"),
    "parties": QT_TRANSLATE_NOOP("Fields", "Parties"),
    "parties[].name": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "parties[].business_id": QT_TRANSLATE_NOOP("Fields", "Business ID"),
    "parties[].country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "parties[].foreign_id": QT_TRANSLATE_NOOP("Fields", "Foreign registration number"),
    "parties[].address": QT_TRANSLATE_NOOP("Fields", "Postal address"),
    "parties[].organisation_type": QT_TRANSLATE_NOOP("Fields", "Type of organisation"),
    "parties[].signatories": QT_TRANSLATE_NOOP("Fields", "Signatories"),
    "parties[].signatories[].name": QT_TRANSLATE_NOOP("Fields", "Signatory's name"),
    "parties[].signatories[].title": QT_TRANSLATE_NOOP("Fields", "Signatory's title"),
    "parties[].signatories[].email": QT_TRANSLATE_NOOP("Fields", "Signatory's email"),
    "parties[].contact.name": QT_TRANSLATE_NOOP("Fields", "Contact person"),
    "parties[].contact.title": QT_TRANSLATE_NOOP("Fields", "Contact person's title"),
    "parties[].contact.email": QT_TRANSLATE_NOOP("Fields", "Contact person's email"),
    "parties[].contact.phone": QT_TRANSLATE_NOOP("Fields", "Contact person's telephone"),
    "coordination.party": QT_TRANSLATE_NOOP("Fields", "Coordinating party"),
    "coordination.coordinator.name": QT_TRANSLATE_NOOP("Fields", "Coordinator"),
    "coordination.coordinator.title": QT_TRANSLATE_NOOP("Fields", "Coordinator's title"),
    "coordination.coordinator.email": QT_TRANSLATE_NOOP("Fields", "Coordinator's email"),
    "coordination.coordinator.phone": QT_TRANSLATE_NOOP("Fields", "Coordinator's telephone"),
    "coordination.parties": QT_TRANSLATE_NOOP("Fields", "Members of the coordinating group"),
    "coordination.chair": QT_TRANSLATE_NOOP("Fields", "Chair of the group"),
    "coordination.duties": QT_TRANSLATE_NOOP("Fields", "Duties of the coordination"),
    "meetings.frequency": QT_TRANSLATE_NOOP("Fields", "How often"),
    "meetings.planned_dates": QT_TRANSLATE_NOOP("Fields", "Planned meetings"),
    "meetings.fixed_months_ahead": QT_TRANSLATE_NOOP("Fields", "Schedule fixed ahead"),
    "meetings.convened_by": QT_TRANSLATE_NOOP("Fields", "Convened by"),
    "meetings.format": QT_TRANSLATE_NOOP("Fields", "Form of meetings"),
    "commitments": QT_TRANSLATE_NOOP("Fields", "Commitments"),
    "commitments[].party": QT_TRANSLATE_NOOP("Fields", "Party"),
    "commitments[].staff_hours_per_year": QT_TRANSLATE_NOOP("Fields", "Staff hours a year"),
    "commitments[].staff_mandate": QT_TRANSLATE_NOOP("Fields", "Mandate of the staff"),
    "commitments[].money_eur_per_year": QT_TRANSLATE_NOOP("Fields", "Euros a year"),
    "commitments[].premises": QT_TRANSLATE_NOOP("Fields", "Premises"),
    "commitments[].other": QT_TRANSLATE_NOOP("Fields", "Other"),
    "competence_development": QT_TRANSLATE_NOOP("Fields", "Keeping competence current"),
    "term.start": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "term.end": QT_TRANSLATE_NOOP("Fields", "End date"),
    "term.indefinite": QT_TRANSLATE_NOOP("Fields", "Until further notice"),
    "term.notice_months": QT_TRANSLATE_NOOP("Fields", "Notice period"),
    "term.review_date": QT_TRANSLATE_NOOP("Fields", "Review date"),
    "clauses.new_parties_by": QT_TRANSLATE_NOOP("Fields", "Admitting new parties"),
    "clauses.decisions_by": QT_TRANSLATE_NOOP("Fields", "Joint decisions"),
    "clauses.data_protection.personal_data": QT_TRANSLATE_NOOP("Fields", "Personal data"),
    "clauses.data_protection.roles": QT_TRANSLATE_NOOP("Fields", "Roles under the GDPR"),
    "clauses.data_protection.contact": QT_TRANSLATE_NOOP("Fields", "Data protection contact"),
    "clauses.communications": QT_TRANSLATE_NOOP("Fields", "Communications"),
    "clauses.materials_licence": QT_TRANSLATE_NOOP("Fields", "Use of materials"),
    "clauses.breach_remedy_days": QT_TRANSLATE_NOOP("Fields", "Time to remedy a breach"),
    "clauses.disputes_court": QT_TRANSLATE_NOOP("Fields", "Court for disputes"),
    "signing.place": QT_TRANSLATE_NOOP("Fields", "Place of signing"),
    "signing.date": QT_TRANSLATE_NOOP("Fields", "Date of signing"),
    "optional_clauses": QT_TRANSLATE_NOOP("Fields", "Optional clauses"),
    "annexes": QT_TRANSLATE_NOOP("Fields", "Annexes"),
}


def _generic(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def field_label(path: str) -> str:
    """The translated name of the field at ``path`` (``parties[2].business_id``)."""
    text = _FIELDS.get(_generic(path))
    return translate("Fields", text) if text else path


def problem_text(problem: e.Problem) -> str:
    """One broken rule as a sentence in the person's language (without where it is).

    The sentence is the core's (:func:`agreement_studio.agreement.rules.at_field`), rendered.
    """
    from agreement_studio.agreement.rules import at_field

    return _sentence(render(at_field(problem)))


def _sentence(text: str) -> str:
    """A core message as a sentence on its own: a capital first letter and a full stop."""
    text = text[:1].upper() + text[1:]
    return text if not text or text.endswith((".", "!", "?", "…")) else text + "."


def location(path: str, names: Callable[[int], str] | None = None) -> str:
    """Where a problem is, for a list of problems: ``Party 2 (Lahti) › Business ID``."""
    parts = []
    match = re.match(r"(parties|commitments)\[(\d+)\]", path)
    if match:
        index = int(match.group(2))
        name = names(index) if names else ""
        if match.group(1) == "parties":
            text = translate("Problems", "Party {number}").format(number=index + 1)
        else:
            text = translate("Problems", "Commitments {number}").format(number=index + 1)
        parts.append(f"{text} ({name})" if name else text)
        signatory = re.search(r"signatories\[(\d+)\]", path)
        if signatory:
            parts.append(
                translate("Problems", "signatory {number}").format(
                    number=int(signatory.group(1)) + 1
                )
            )
    rest = path[match.end() :] if match else path
    if rest.strip("."):
        parts.append(field_label(path))
    return " › ".join(parts)


def error_message(error: BaseException) -> str:
    """A readable, translated message for an error: what happened, then the core's detail."""
    if type(error).__name__ == "TaskCancelled":
        return translate("Errors", "Cancelled.")
    if isinstance(error, e.ValidationFailed):
        lines = [
            f"{location(p.path)}: {problem_text(p)}" if p.path else problem_text(p)
            for p in error.problems[:5]
        ]
        if len(error.problems) > 5:
            lines.append(
                translate("Errors", "… and {count} more.").format(count=len(error.problems) - 5)
            )
        return "\n".join([render(e.headline(error)), *lines])
    headline = e.headline(error)
    if isinstance(error, e.RegisterBusy) or headline is None:
        return render(headline if headline is not None else error)
    if isinstance(error, e.AgreementStudioError):
        detail = render(error)
    elif isinstance(error, OSError):
        detail = error.strerror or ""
    else:
        return render(headline)
    return f"{render(headline)}\n{detail}" if detail else render(headline)
