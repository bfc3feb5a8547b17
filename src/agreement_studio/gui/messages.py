"""The core's errors and rule problems in the person's language.

The core raises typed errors with English details and reports broken rules as
:class:`~agreement_studio.errors.Problem` values with a ``code`` and ``params``; this module
turns both into translated sentences: a rule by its code (falling back to the English message
for a code it does not know), an error by its type with the core's detail after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from agreement_studio import errors as e
from agreement_studio.gui.i18n import QT_TRANSLATE_NOOP

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

_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("Problems", "This is needed."),
    "email": QT_TRANSLATE_NOOP("Problems", "“{value}” is not an email address."),
    "country": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not a two-letter country code (like SE or EE)."
    ),
    "business-id.missing": QT_TRANSLATE_NOOP(
        "Problems", "A Business ID is needed (like 1234567-8)."
    ),
    "business-id.six-digits": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” has six digits; a Business ID has seven. Add a leading zero: 0{value}.",
    ),
    "business-id.no-hyphen": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” lacks the hyphen before the check digit: write {fixed}."
    ),
    "business-id.format": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not of the form 1234567-8 (seven digits, a hyphen and a check digit).",
    ),
    "business-id.never-issued": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” cannot be a Business ID: no Business ID is issued with these seven digits.",
    ),
    "business-id.check-digit": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” has the wrong check digit: with these seven digits it is "
        "{expected}. Check the number.",
    ),
    "business-id.foreign": QT_TRANSLATE_NOOP(
        "Problems",
        "A foreign organisation gives its own registration number, not a Finnish Business ID.",
    ),
    "signatory.missing": QT_TRANSLATE_NOOP("Problems", "Add the person who signs for this party."),
    "signatory.duplicate": QT_TRANSLATE_NOOP("Problems", "{name} is listed twice for this party."),
    "parties.too-few": QT_TRANSLATE_NOOP("Problems", "An agreement needs at least two parties."),
    "party.duplicate": QT_TRANSLATE_NOOP(
        "Problems", "Party {other} already has this identifier; list each party once."
    ),
    "coordination.not-a-party": QT_TRANSLATE_NOOP(
        "Problems", "“{value}” is not one of the parties."
    ),
    "coordination.group-too-small": QT_TRANSLATE_NOOP(
        "Problems", "A coordinating group needs at least two parties."
    ),
    "coordination.duplicate": QT_TRANSLATE_NOOP("Problems", "“{value}” is in the group twice."),
    "coordination.chair": QT_TRANSLATE_NOOP(
        "Problems", "The chair must be one of the group's members."
    ),
    "meeting.before-start": QT_TRANSLATE_NOOP(
        "Problems", "The meeting on {date} is before the agreement starts."
    ),
    "meeting.after-end": QT_TRANSLATE_NOOP(
        "Problems", "The meeting on {date} is after the agreement ends."
    ),
    "meeting.duplicate": QT_TRANSLATE_NOOP("Problems", "{date} is planned twice."),
    "meeting.convener": QT_TRANSLATE_NOOP(
        "Problems", "The coordinating group can convene the meetings only when a group coordinates."
    ),
    "commitment.not-a-party": QT_TRANSLATE_NOOP("Problems", "“{value}” is not one of the parties."),
    "commitment.duplicate": QT_TRANSLATE_NOOP(
        "Problems", "This party's commitments are given twice."
    ),
    "commitment.mandate": QT_TRANSLATE_NOOP(
        "Problems", "Say what mandate the staff have to take part: staff time alone is not enough."
    ),
    "commitment.empty": QT_TRANSLATE_NOOP(
        "Problems", "Each party commits something: staff time, money, premises or other."
    ),
    "commitment.missing": QT_TRANSLATE_NOOP("Problems", "No commitments are given for {party}."),
    "term.end-indefinite": QT_TRANSLATE_NOOP(
        "Problems", "An agreement in force until further notice has no end date."
    ),
    "term.end-before-start": QT_TRANSLATE_NOOP(
        "Problems", "The end date must be after the start date."
    ),
    "term.review-before-start": QT_TRANSLATE_NOOP(
        "Problems", "The review date must be after the start date."
    ),
    "term.review-after-end": QT_TRANSLATE_NOOP(
        "Problems", "The review date must be before the end date."
    ),
    "signing.date": QT_TRANSLATE_NOOP("Problems", "The date of signing is too far ahead."),
}

# A "required" problem at these fields says more than "This is needed."
_REQUIRED = {
    "coordination.party": QT_TRANSLATE_NOOP("Problems", "Choose the coordinating party."),
    "coordination.duties": QT_TRANSLATE_NOOP("Problems", "List at least one duty, one a line."),
    "term.start": QT_TRANSLATE_NOOP("Problems", "Give the start date."),
    "term.end": QT_TRANSLATE_NOOP(
        "Problems", "Give the end date, or make the agreement run until further notice."
    ),
    "competence_development": QT_TRANSLATE_NOOP(
        "Problems", "Say how the network keeps its members' competence current."
    ),
}


def _generic(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


def field_label(path: str) -> str:
    """The translated name of the field at ``path`` (``parties[2].business_id``)."""
    text = _FIELDS.get(_generic(path))
    return translate("Fields", text) if text else path


def _date(value: object) -> str:
    day = QDate.fromString(str(value), Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else str(value)


def _params(problem: e.Problem) -> dict[str, object]:
    params = dict(problem.params)
    value = str(params.get("value", ""))
    if problem.code == "business-id.no-hyphen":
        params["fixed"] = f"{value[:7]}-{value[7:]}"
    elif problem.code == "business-id.check-digit":
        from agreement_studio.agreement import check_digit

        params["expected"] = check_digit(value.strip()[:7])
    elif problem.code == "party.duplicate":
        params["other"] = int(str(params.get("other", 0))) + 1
    if "date" in params:
        params["date"] = _date(params["date"])
    return params


def problem_text(problem: e.Problem) -> str:
    """One broken rule as a translated sentence (without where it is)."""
    if problem.code == "required" and problem.path in _REQUIRED:
        return translate("Problems", _REQUIRED[problem.path])
    source = _PROBLEMS.get(problem.code)
    if source is None:
        return problem.message[:1].upper() + problem.message[1:]
    try:
        return translate("Problems", source).format(**_params(problem))
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        return problem.message


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


_ERRORS: list[tuple[type[BaseException], str]] = [
    (e.WrongPassword, QT_TRANSLATE_NOOP("Errors", "The password or PIN is not right.")),
    (
        e.CertificateNotUsable,
        QT_TRANSLATE_NOOP("Errors", "The certificate cannot be used for signing."),
    ),
    (e.TokenError, QT_TRANSLATE_NOOP("Errors", "The smart card or token cannot be used.")),
    (e.IdentityError, QT_TRANSLATE_NOOP("Errors", "The signing identity cannot be used.")),
    (e.DraftError, QT_TRANSLATE_NOOP("Errors", "The draft cannot be opened.")),
    (e.ValidationFailed, QT_TRANSLATE_NOOP("Errors", "The draft is not complete yet.")),
    (e.TemplateError, QT_TRANSLATE_NOOP("Errors", "The template cannot be used.")),
    (e.PdfInputError, QT_TRANSLATE_NOOP("Errors", "The PDF cannot be used.")),
    (e.SignatureFieldError, QT_TRANSLATE_NOOP("Errors", "The signature field cannot be used.")),
    (e.OutputError, QT_TRANSLATE_NOOP("Errors", "The file could not be written.")),
    (
        e.TimestampError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The timestamp server did not give a timestamp. Check its address in "
            "Preferences, or try again later.",
        ),
    ),
    (e.SigningError, QT_TRANSLATE_NOOP("Errors", "Signing did not succeed.")),
    (
        e.RegisterBusy,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The register is busy: another program is writing to it. Try again in a moment.",
        ),
    ),
    (e.UnknownAgreement, QT_TRANSLATE_NOOP("Errors", "The register has no such agreement.")),
    (e.ImportRejected, QT_TRANSLATE_NOOP("Errors", "The PDF was not accepted.")),
    (
        e.RegisterCorrupt,
        QT_TRANSLATE_NOOP("Errors", "The register does not pass its integrity checks."),
    ),
    (e.RegisterError, QT_TRANSLATE_NOOP("Errors", "The register cannot do this.")),
    (OSError, QT_TRANSLATE_NOOP("Errors", "A file could not be read or written.")),
]


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
        return "\n".join([translate("Errors", "The draft is not complete yet."), *lines])
    if isinstance(error, e.RegisterBusy):
        return translate("Errors", dict(_ERRORS)[e.RegisterBusy])
    for kind, text in _ERRORS:
        if isinstance(error, kind):
            detail = error.strerror if isinstance(error, OSError) else str(error)
            return f"{translate('Errors', text)}\n{detail}" if detail else translate("Errors", text)
    if isinstance(error, e.AgreementStudioError):
        return str(error)
    return translate(
        "Errors",
        "Something unexpected went wrong ({kind}). The details are in the log; please report this.",
    ).format(kind=type(error).__name__)
