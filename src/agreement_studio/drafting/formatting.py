"""Words and numbers as each language prints them, and Markdown escaping of user text.

Every formatter takes the value and a language code (``fi``, ``sv`` or ``en``); templates reach
them as Jinja2 filters that find the language themselves (``{{ term.start | date }}``). A value
that is not there yet (an unfinished draft) prints as :data:`MISSING`, so a preview shows a gap
instead of failing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

NBSP = "\u00a0"
"""Between the digits of a large number and before the euro sign, so a line never breaks there."""
MISSING = "…"
"""What a value that is not filled in yet prints as."""

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _lang(language: str) -> str:
    return language if language in ("fi", "sv", "en") else "en"


def format_date(value: dt.date | str | None, language: str) -> str:
    """``1.1.2027`` in Finnish and Swedish, ``1 January 2027`` in English."""
    if value is None or value == "":
        return MISSING
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if _lang(language) == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day}.{value.month}.{value.year}"


def format_number(value: int | float | None, language: str) -> str:
    """A whole number with the language's thousands separator: ``1 600`` or ``1,600``."""
    if value is None:
        return MISSING
    digits = f"{round(value):,}"
    return digits if _lang(language) == "en" else digits.replace(",", NBSP)


def format_money(value: int | float | None, language: str) -> str:
    """Euros: ``5 000 €`` in Finnish and Swedish, ``€5,000`` in English."""
    if value is None:
        return MISSING
    sign = "-" if value < 0 else ""
    number = format_number(abs(value), language)
    if _lang(language) == "en":
        return f"{sign}€{number}"
    return f"{sign}{number}{NBSP}€"


# (singular, plural) of a counted unit. Finnish takes the partitive singular after numbers
# above one ("6 kuukautta"), which is what every clause using these needs.
_UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "months": {
        "fi": ("kuukausi", "kuukautta"),
        "sv": ("månad", "månader"),
        "en": ("month", "months"),
    },
    "days": {"fi": ("päivä", "päivää"), "sv": ("dag", "dagar"), "en": ("day", "days")},
    "hours": {"fi": ("tunti", "tuntia"), "sv": ("timme", "timmar"), "en": ("hour", "hours")},
}


def format_count(value: int | None, unit: str, language: str) -> str:
    """``6 kuukautta`` / ``6 månader`` / ``6 months``; ``unit`` is months, days or hours."""
    if value is None:
        return MISSING
    singular, plural = _UNITS[unit][_lang(language)]
    return f"{format_number(value, language)} {singular if value == 1 else plural}"


_AND = {"fi": "ja", "sv": "och", "en": "and"}


def join_words(items: Iterable[object], language: str) -> str:
    """``A, B ja C`` / ``A, B och C`` / ``A, B and C``."""
    words = [str(item) for item in items]
    if not words:
        return MISSING
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {_AND[_lang(language)]} {words[-1]}"


# The words for the draft's enumerations. Where a value goes into a sentence, the comment names
# the slot it is worded for, so a template author knows how to use it.
WORDS: dict[str, dict[str, dict[str, str]]] = {
    "organisation_type": {
        "municipality": {"fi": "kunta", "sv": "kommun", "en": "municipality"},
        "state-authority": {
            "fi": "valtion viranomainen",
            "sv": "statlig myndighet",
            "en": "state authority",
        },
        "educational-institution": {
            "fi": "oppilaitos",
            "sv": "läroanstalt",
            "en": "educational institution",
        },
        "association": {
            "fi": "yhdistys tai säätiö",
            "sv": "förening eller stiftelse",
            "en": "association or foundation",
        },
        "company": {"fi": "yritys", "sv": "företag", "en": "company"},
        "other": {"fi": "muu organisaatio", "sv": "annan organisation", "en": "other organisation"},
    },
    # "The network meets ___."
    "frequency": {
        "monthly": {"fi": "kuukausittain", "sv": "en gång i månaden", "en": "monthly"},
        "every-two-months": {
            "fi": "joka toinen kuukausi",
            "sv": "varannan månad",
            "en": "every two months",
        },
        "quarterly": {"fi": "neljännesvuosittain", "sv": "en gång i kvartalet", "en": "quarterly"},
        "twice-a-year": {
            "fi": "kaksi kertaa vuodessa",
            "sv": "två gånger om året",
            "en": "twice a year",
        },
        "yearly": {"fi": "kerran vuodessa", "sv": "en gång om året", "en": "once a year"},
    },
    # "The meetings are held ___."
    "meeting_format": {
        "in-person": {"fi": "lähikokouksina", "sv": "som fysiska möten", "en": "in person"},
        "remote": {"fi": "etäkokouksina", "sv": "som distansmöten", "en": "remotely"},
        "hybrid": {
            "fi": "hybridikokouksina, joihin voi osallistua paikan päällä tai etäyhteydellä",
            "sv": "som hybridmöten, där man kan delta på plats eller på distans",
            "en": "as hybrid meetings, which may be attended in person or remotely",
        },
    },
    # fi "Kokousten koollekutsujana toimii ___." sv/en "The meetings are convened by ___."
    "convener": {
        "coordinator": {"fi": "koordinaattori", "sv": "koordinatorn", "en": "the coordinator"},
        "group": {
            "fi": "koordinaatioryhmä",
            "sv": "koordineringsgruppen",
            "en": "the coordinating group",
        },
        "rotating": {
            "fi": "kukin osapuoli vuorollaan",
            "sv": "parterna i tur och ordning",
            "en": "each party in turn",
        },
    },
    "gdpr_roles": {
        "independent-controllers": {
            "fi": "itsenäiset rekisterinpitäjät",
            "sv": "självständiga personuppgiftsansvariga",
            "en": "independent controllers",
        },
        "joint-controllers": {
            "fi": "yhteisrekisterinpitäjät",
            "sv": "gemensamt personuppgiftsansvariga",
            "en": "joint controllers",
        },
        "controller-processor": {
            "fi": "rekisterinpitäjä ja henkilötietojen käsittelijä",
            "sv": "personuppgiftsansvarig och personuppgiftsbiträde",
            "en": "controller and processor",
        },
    },
    "licence": {
        "cc-by-4.0": {
            "fi": "Creative Commons Nimeä 4.0 Kansainvälinen (CC BY 4.0)",
            "sv": "Creative Commons Erkännande 4.0 Internationell (CC BY 4.0)",
            "en": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        },
        "shared-use": {
            "fi": "osapuolten yhteiskäyttö",
            "sv": "parternas gemensamma användning",
            "en": "shared use by the parties",
        },
        "owner-keeps": {
            "fi": "oikeudet jäävät aineiston tuottaneelle osapuolelle",
            "sv": "rättigheterna stannar hos den part som tagit fram materialet",
            "en": "the producing party keeps the rights",
        },
    },
    # "Decisions are made ___."
    "decision": {
        "consensus": {"fi": "yksimielisesti", "sv": "i samförstånd", "en": "by consensus"},
        "unanimous": {"fi": "yksimielisesti", "sv": "enhälligt", "en": "unanimously"},
        "majority": {
            "fi": "yksinkertaisella enemmistöllä",
            "sv": "med enkel majoritet",
            "en": "by a simple majority",
        },
    },
}


def word(value: object, kind: str, language: str) -> str:
    """The word for an enumeration value, e.g. ``word("quarterly", "frequency", "sv")``."""
    table = WORDS[kind]
    key = str(getattr(value, "value", value))
    if key not in table:
        known = ", ".join(table)
        raise ValueError(f"{key!r} is not a {kind.replace('_', ' ')} (known: {known})")
    return table[key][_lang(language)]


# Characters that start emphasis, code, links, raw HTML, a table cell or strike-through anywhere
# on a line. Each is ASCII punctuation, so a backslash before it makes it plain text.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# "&amp;" and "&#35;" would be decoded into other characters; "AT&T" is left alone.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# At the start of a line these open a heading, a list, a setext underline or an ordered list.
_LINE_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def escape_markdown(text: object, empty: str = MISSING) -> str:
    """User text made safe to put anywhere in a line of Markdown, table cells included.

    Whitespace (line breaks too) collapses to single spaces, so user text can never end a
    paragraph, a list item or a table row; characters that would change the structure get a
    backslash. ``empty`` is returned for blank text.
    """
    plain = " ".join(_CONTROL.sub(" ", "" if text is None else str(text)).split())
    if not plain:
        return empty
    escaped = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", plain))
    return _LINE_START.sub(_escape_line_start, escaped, count=1)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


# A Finnish court name ends in its head noun; in the sentence it takes the inessive ("in").
_FI_COURT_INESSIVE = (("oikeus", "oikeudessa"), ("tuomioistuin", "tuomioistuimessa"))


def court_phrase(name: object, language: str) -> str:
    """A court as the object of "settled in the first instance ___", escaped for Markdown.

    Finnish inflects the name ("Päijät-Hämeen käräjäoikeus" → "Päijät-Hämeen
    käräjäoikeudessa"); a name that does not end in a known head noun is quoted after
    "seuraavassa tuomioistuimessa:" instead, which is right whatever it says. English puts
    "the" before a name that lacks it; Swedish uses the name as it is.
    """
    text = " ".join(str(name or "").split())
    if not text:
        return MISSING
    lang = _lang(language)
    if lang == "fi":
        for ending, inessive in _FI_COURT_INESSIVE:
            if text.lower().endswith(ending):
                return escape_markdown(text[: -len(ending)] + inessive)
        return "seuraavassa tuomioistuimessa: " + escape_markdown(text)
    if lang == "en" and not text.lower().startswith("the "):
        return "the " + escape_markdown(text)
    return escape_markdown(text)


def _enum_formatter(kind: str) -> Callable[[object, str], str]:
    def format_enum(value: object, language: str) -> str:
        return word(value, kind, language)

    format_enum.__doc__ = f"The {kind.replace('_', ' ')} in words."
    return format_enum


def _count_formatter(unit: str) -> Callable[[Any, str], str]:
    def format_unit(value: Any, language: str) -> str:
        return format_count(value, unit, language)

    format_unit.__doc__ = f"A number of {unit} in words."
    return format_unit


LANGUAGE_FILTERS: dict[str, Callable[..., str]] = {
    "date": format_date,
    "number": format_number,
    "money": format_money,
    "and_list": join_words,
    "court": court_phrase,
    **{name: _count_formatter(name) for name in _UNITS},
    **{kind: _enum_formatter(kind) for kind in WORDS},
}
"""Filters whose wording depends on the language: each is called as ``f(value, language)``."""

PLAIN_FILTERS: dict[str, Callable[..., str]] = {"md": escape_markdown}
"""Filters that are the same in every language."""
