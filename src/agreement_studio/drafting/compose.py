"""Composition: an agreement's data put through its template's body, giving Markdown text.

The body sees plain data only (dicts, lists, strings, numbers, dates), never the pydantic
objects, plus a few values derived here so that templates stay simple; templates/README.md
lists every name. The whole text is rendered before anything is returned, so a failure never
leaves half a document behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any
from uuid import UUID

from agreement_studio.agreement import Agreement, Commitment, CoordinatingGroup
from agreement_studio.drafting.catalogue import Template, get_template
from agreement_studio.drafting.sandbox import render_body
from agreement_studio.errors import TemplateError
from agreement_studio.i18n import translatable

_ = translatable(__name__)


@dataclass(frozen=True)
class ComposedAgreement:
    """An agreement's text, ready for the PDF renderer."""

    title: str
    """The agreement's title: the draft's own, else the template's in the language."""
    markdown: str
    """The body, in the Markdown dialect the renderer reads (clauses from ``##``)."""
    template: Template
    """The template it was composed from."""
    language: str
    """The language it is written in."""
    labels: dict[str, str]
    """The template's words for this language (signature page, page numbers, ...)."""


def compose(agreement: Agreement, template: Template | str | None = None) -> ComposedAgreement:
    """Compose ``agreement`` with ``template`` (default: the draft's own ``template_id``)."""
    if template is None:
        template = agreement.template_id
    if isinstance(template, str):
        template = get_template(template)
    language = agreement.language.value
    if language not in template.languages:
        raise TemplateError(
            _(
                "the template {id} has no {language} text; it is available in {languages}",
                id=repr(template.id),
                language=repr(language),
                languages=", ".join(template.languages),
            ),
            file=str(template.manifest_path),
        )
    context = template_context(agreement, template)
    text = render_body(template.folder, f"{language}.md", context)
    return ComposedAgreement(
        title=context["title"],
        markdown=_tidy(text),
        template=template,
        language=language,
        labels=dict(template.labels[language]),
    )


def template_context(agreement: Agreement, template: Template) -> dict[str, Any]:
    """The variables a template body sees, for ``agreement`` written with ``template``."""
    language = agreement.language.value
    data: dict[str, Any] = _plain(agreement.model_dump(mode="python"))
    parties = _parties(agreement, data["parties"])
    names: dict[str, str] = {}
    for party in parties:
        names.setdefault(party["key"], party["name"])
    commitments = [_commitment(agreement.commitment_of(p["key"]), p) for p in parties]
    data.update(
        language=language,
        title=agreement.title or template.titles.get(language, ""),
        template={
            "id": template.id,
            "version": template.version,
            "title": template.titles.get(language, ""),
        },
        labels=dict(template.labels.get(language, {})),
        parties=parties,
        coordination=_coordination(agreement, data["coordination"], names),
        commitments=commitments,
        totals={
            "staff_hours_per_year": sum(c["staff_hours_per_year"] for c in commitments),
            "money_eur_per_year": sum(c["money_eur_per_year"] for c in commitments),
        },
        optional=template.clause_switches(agreement.optional_clauses),
    )
    data["coordinator_name"] = data["coordination"].get("party_name", "")
    return data


def _parties(agreement: Agreement, dumped: list[dict[str, Any]]) -> list[dict[str, Any]]:
    parties = []
    for number, (party, data) in enumerate(zip(agreement.parties, dumped, strict=True), 1):
        data.update(
            number=number,
            key=party.key,
            identifier=party.identifier_label,
            is_finnish=party.is_finnish,
        )
        parties.append(data)
    return parties


def _commitment(commitment: Commitment | None, party: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = _plain(
        (commitment or Commitment(party=party["key"])).model_dump(mode="python")
    )
    data["party_name"] = party["name"]
    data["party_number"] = party["number"]
    return data


def _coordination(
    agreement: Agreement, data: dict[str, Any], names: dict[str, str]
) -> dict[str, Any]:
    coordination = agreement.coordination
    if isinstance(coordination, CoordinatingGroup):
        # A key that is not a party's (an unfinished draft) still shows, as the key itself.
        data["members"] = [names.get(key, key) for key in coordination.parties]
        data["chair_name"] = names.get(coordination.chair, coordination.chair)
        data["party_name"] = ""
    else:
        data["party_name"] = names.get(coordination.party, coordination.party)
    return data


def _plain(value: Any) -> Any:
    """Enumerations and UUIDs turned into strings, recursively; dates stay dates."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, UUID):
        return str(value)
    return value


_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """One blank line between blocks, no trailing spaces, one final newline."""
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n") + "\n"
