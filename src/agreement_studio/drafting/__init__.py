"""Drafting: the template catalogue, composing an agreement's text, and the wizard's flow."""

from agreement_studio.drafting.catalogue import (
    LANGUAGES,
    REQUIRED_LABELS,
    Catalogue,
    OptionalClause,
    Template,
    get_template,
    load_catalogue,
)
from agreement_studio.drafting.compose import ComposedAgreement, compose, template_context
from agreement_studio.drafting.formatting import (
    MISSING,
    escape_markdown,
    format_count,
    format_date,
    format_money,
    format_number,
    join_words,
    word,
)

__all__ = [
    "LANGUAGES",
    "MISSING",
    "REQUIRED_LABELS",
    "Catalogue",
    "ComposedAgreement",
    "OptionalClause",
    "Template",
    "compose",
    "escape_markdown",
    "format_count",
    "format_date",
    "format_money",
    "format_number",
    "get_template",
    "join_words",
    "load_catalogue",
    "template_context",
    "word",
]
