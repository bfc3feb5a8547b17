"""The rules a finished draft must keep, each broken rule reported at its field path.

Every check returns :class:`~agreement_studio.errors.Problem` values; nothing raises. The wizard
asks for one section at a time (``problems(agreement, section="parties")``), the command line for
all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from agreement_studio.agreement.business_id import business_id_problem
from agreement_studio.agreement.model import (
    Agreement,
    CoordinatingGroup,
    Party,
    Person,
    SingleCoordinator,
    signature_field_name,
)
from agreement_studio.errors import Problem
from agreement_studio.i18n import Text, translatable

_ = translatable(__name__)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

Check = Callable[[Agreement], Iterator[Problem]]


NEEDED = "{what} is needed"
"""The message ID of an empty required field's problem (``what`` names the field)."""


def _required(value: str, path: str, what: Text) -> Iterator[Problem]:
    if not value.strip():
        yield Problem(path, _("{what} is needed", what=what), "required", {"what": what})


def _email(value: str, path: str) -> Iterator[Problem]:
    if value and not _EMAIL.fullmatch(value):
        yield Problem(
            path, _("'{value}' is not an email address", value=value), "email", {"value": value}
        )


def at_field(problem: Problem) -> str:
    """A problem as a person reads it beside its field (whose name they see there).

    An empty required field says only "This is needed."; any other problem says its message.
    Both stay translatable (render them with :func:`agreement_studio.i18n.render`).
    """
    if isinstance(problem.message, Text) and problem.message.msgid == NEEDED:
        return _("This is needed.")
    return problem.message


def check_general(agreement: Agreement) -> Iterator[Problem]:
    """Template and language; title is optional."""
    yield from _required(agreement.template_id, "template_id", _("a template"))


def check_network(agreement: Agreement) -> Iterator[Problem]:
    """The network's name, region and purpose."""
    network = agreement.network
    yield from _required(network.name, "network.name", _("the network's name"))
    yield from _required(network.region, "network.region", _("the region"))
    yield from _required(network.purpose, "network.purpose", _("the background and purpose"))


def _check_party(party: Party, path: str) -> Iterator[Problem]:
    yield from _required(party.name, f"{path}.name", _("the organisation's name"))
    if party.is_finnish:
        rule = business_id_problem(party.business_id)
        if rule is not None:
            yield Problem(
                f"{path}.business_id", rule.message, rule.code, {"value": party.business_id}
            )
    else:
        if not re.fullmatch(r"[A-Z]{2}", party.country):
            yield Problem(
                f"{path}.country",
                _(
                    "'{value}' is not a two-letter country code (like SE or EE)",
                    value=party.country,
                ),
                "country",
                {"value": party.country},
            )
        yield from _required(
            party.foreign_id,
            f"{path}.foreign_id",
            _("the organisation's identifier in its own country"),
        )
        if party.business_id:
            yield Problem(
                f"{path}.business_id",
                _("a foreign organisation gives its own identifier, not a Finnish Business ID"),
                "business-id.foreign",
            )
    yield from _required(party.address, f"{path}.address", _("the postal address"))
    if not party.signatories:
        yield Problem(
            f"{path}.signatories",
            _(
                "{party} has no signatory: add the person who signs for it",
                party=party.name or _("this party"),
            ),
            "signatory.missing",
            {"party": party.name},
        )
    fields: dict[str, int] = {}
    for j, signatory in enumerate(party.signatories):
        spath = f"{path}.signatories[{j}]"
        yield from _required(signatory.name, f"{spath}.name", _("the signatory's name"))
        yield from _required(signatory.title, f"{spath}.title", _("the signatory's title"))
        yield from _email(signatory.email, f"{spath}.email")
        name = signature_field_name(party, signatory)
        if signatory.name and name in fields:
            yield Problem(
                f"{spath}.name",
                _("{name} is listed twice for this party", name=signatory.name),
                "signatory.duplicate",
                {"name": signatory.name},
            )
        fields.setdefault(name, j)
    yield from _check_contact(party.contact, f"{path}.contact")


def _check_contact(contact: Person, path: str) -> Iterator[Problem]:
    yield from _required(contact.name, f"{path}.name", _("the contact person's name"))
    yield from _email(contact.email, f"{path}.email")


def check_parties(agreement: Agreement) -> Iterator[Problem]:
    """At least two parties, each complete, no identifier twice."""
    parties = agreement.parties
    if len(parties) < 2:
        yield Problem(
            "parties",
            _.plural(
                "an agreement needs at least two parties; it has {count}",
                "an agreement needs at least two parties; it has {count}",
                len(parties),
            ),
            "parties.too-few",
            {"count": len(parties)},
        )
    seen: dict[str, int] = {}
    for i, party in enumerate(parties):
        path = f"parties[{i}]"
        yield from _check_party(party, path)
        key = party.key.strip()
        if not key or key.endswith("-"):
            continue
        if key in seen:
            other = seen[key]
            field = "business_id" if party.is_finnish else "foreign_id"
            yield Problem(
                f"{path}.{field}",
                _(
                    "{identifier} is already the identifier of parties[{other}] ({name}); "
                    "each party is listed once",
                    identifier=party.identifier_label,
                    other=other,
                    name=parties[other].name,
                ),
                "party.duplicate",
                {"other": other},
            )
        else:
            seen[key] = i


def check_coordination(agreement: Agreement) -> Iterator[Problem]:
    """The coordinator or every member of the coordinating group is a party."""
    coordination = agreement.coordination
    keys = {p.key for p in agreement.parties}
    if isinstance(coordination, SingleCoordinator):
        if not coordination.party:
            yield Problem(
                "coordination.party",
                _("choose the coordinating party"),
                "required",
                {"what": _("the coordinating party")},
            )
        elif coordination.party not in keys:
            yield Problem(
                "coordination.party",
                _(
                    "the coordinator {value} is not one of the parties",
                    value=coordination.party,
                ),
                "coordination.not-a-party",
                {"value": coordination.party},
            )
        yield from _required(
            coordination.coordinator.name,
            "coordination.coordinator.name",
            _("the coordinator's name"),
        )
        yield from _email(coordination.coordinator.email, "coordination.coordinator.email")
    elif isinstance(coordination, CoordinatingGroup):
        members = coordination.parties
        if len(set(members)) < 2:
            yield Problem(
                "coordination.parties",
                _("a coordinating group needs at least two parties"),
                "coordination.group-too-small",
                {"count": len(set(members))},
            )
        for i, key in enumerate(members):
            if key not in keys:
                yield Problem(
                    f"coordination.parties[{i}]",
                    _("{value} is not one of the parties", value=key),
                    "coordination.not-a-party",
                    {"value": key},
                )
            elif key in members[:i]:
                yield Problem(
                    f"coordination.parties[{i}]",
                    _("{value} is in the group twice", value=key),
                    "coordination.duplicate",
                    {"value": key},
                )
        if coordination.chair and coordination.chair not in members:
            yield Problem(
                "coordination.chair",
                _("the chair must be one of the group's parties"),
                "coordination.chair",
                {"value": coordination.chair},
            )
    if not coordination.duties:
        yield Problem(
            "coordination.duties",
            _("list at least one duty of the coordination"),
            "required",
            {"what": _("a duty")},
        )


def check_meetings(agreement: Agreement) -> Iterator[Problem]:
    """Planned meetings fall inside the term, in order, without repeats."""
    term = agreement.term
    dates = agreement.meetings.planned_dates
    for i, day in enumerate(dates):
        path = f"meetings.planned_dates[{i}]"
        if term.start and day < term.start:
            yield Problem(
                path,
                _(
                    "the meeting on {day} is before the agreement starts ({start})",
                    day=day,
                    start=term.start,
                ),
                "meeting.before-start",
                {"date": str(day)},
            )
        elif term.end and not term.indefinite and day > term.end:
            yield Problem(
                path,
                _(
                    "the meeting on {day} is after the agreement ends ({end})",
                    day=day,
                    end=term.end,
                ),
                "meeting.after-end",
                {"date": str(day)},
            )
        if day in dates[:i]:
            yield Problem(
                path, _("{day} is planned twice", day=day), "meeting.duplicate", {"date": str(day)}
            )
    if agreement.meetings.convened_by == "group" and not isinstance(
        agreement.coordination, CoordinatingGroup
    ):
        yield Problem(
            "meetings.convened_by",
            _("meetings can be convened by the coordinating group only when a group coordinates"),
            "meeting.convener",
        )


def check_commitments(agreement: Agreement) -> Iterator[Problem]:
    """Every party commits something, and staff time comes with a mandate."""
    keys = [p.key for p in agreement.parties]
    for i, commitment in enumerate(agreement.commitments):
        path = f"commitments[{i}]"
        if commitment.party not in keys:
            yield Problem(
                f"{path}.party",
                _(
                    "{value} is not one of the parties",
                    value=commitment.party or _("the party"),
                ),
                "commitment.not-a-party",
                {"value": commitment.party},
            )
        elif commitment.party in [c.party for c in agreement.commitments[:i]]:
            yield Problem(
                f"{path}.party",
                _("this party's commitments are given twice"),
                "commitment.duplicate",
                {"value": commitment.party},
            )
        if commitment.staff_hours_per_year > 0 and not commitment.staff_mandate:
            yield Problem(
                f"{path}.staff_mandate",
                _("say what mandate the staff have to take part (staff time alone is not enough)"),
                "commitment.mandate",
            )
        if not (
            commitment.staff_hours_per_year
            or commitment.money_eur_per_year
            or commitment.premises
            or commitment.other
        ):
            yield Problem(
                path,
                _("a party must commit something: staff time, money, premises or other"),
                "commitment.empty",
            )
    given = {c.party for c in agreement.commitments}
    for i, party in enumerate(agreement.parties):
        if party.key and party.key not in given:
            yield Problem(
                f"parties[{i}]",
                _("no commitments are given for {party}", party=party.name),
                "commitment.missing",
                {"party": party.name},
            )
    yield from _required(
        agreement.competence_development,
        "competence_development",
        _("how the network keeps its competence current"),
    )


def check_term(agreement: Agreement) -> Iterator[Problem]:
    """Start, end (unless indefinite), review date, notice."""
    term = agreement.term
    if term.start is None:
        yield Problem(
            "term.start",
            _("{what} is needed", what=_("the start date")),
            "required",
            {"what": _("the start date")},
        )
    if term.indefinite:
        if term.end is not None:
            yield Problem(
                "term.end",
                _("an agreement in force until further notice has no end date"),
                "term.end-indefinite",
            )
    elif term.end is None:
        yield Problem(
            "term.end",
            _("give the end date, or make the agreement indefinite"),
            "required",
            {"what": _("the end date")},
        )
    elif term.start is not None and term.end <= term.start:
        yield Problem(
            "term.end",
            _(
                "the end date {end} must be after the start date {start}",
                end=term.end,
                start=term.start,
            ),
            "term.end-before-start",
            {"start": str(term.start), "end": str(term.end)},
        )
    if term.review_date is not None and term.start is not None:
        if term.review_date <= term.start:
            yield Problem(
                "term.review_date",
                _("the review date must be after the start date"),
                "term.review-before-start",
            )
        elif term.end is not None and not term.indefinite and term.review_date > term.end:
            yield Problem(
                "term.review_date",
                _("the review date must be before the end date"),
                "term.review-after-end",
            )


def check_clauses(agreement: Agreement) -> Iterator[Problem]:
    """Disputes, data protection and the place of signing."""
    clauses = agreement.clauses
    yield from _required(
        clauses.disputes_court, "clauses.disputes_court", _("the court for disputes")
    )
    if clauses.data_protection.personal_data:
        yield from _required(
            clauses.data_protection.contact,
            "clauses.data_protection.contact",
            _("a data protection contact"),
        )
    yield from _required(agreement.signing.place, "signing.place", _("the place of signing"))
    day = agreement.signing.date
    if day is not None and day > date(2100, 1, 1):
        yield Problem("signing.date", _("the date of signing is too far ahead"), "signing.date")


SECTIONS: dict[str, Check] = {
    "general": check_general,
    "network": check_network,
    "parties": check_parties,
    "coordination": check_coordination,
    "meetings": check_meetings,
    "commitments": check_commitments,
    "term": check_term,
    "clauses": check_clauses,
}
"""Each section of a draft with its check, in the wizard's order."""


def problems(agreement: Agreement, section: str | None = None) -> list[Problem]:
    """Every rule the draft breaks (in one ``section``, or in all of them)."""
    checks = [SECTIONS[section]] if section else list(SECTIONS.values())
    return [problem for check in checks for problem in check(agreement)]
