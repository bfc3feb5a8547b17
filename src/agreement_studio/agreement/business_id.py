"""The Finnish Business ID (Y-tunnus / FO-nummer): ``NNNNNNN-C``.

The check digit: weights 7, 9, 10, 5, 8, 4, 2 over the seven digits; ``r = sum % 11``;
``r == 0`` gives check digit 0, ``r == 1`` is never issued, otherwise the check digit is ``11 - r``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreement_studio.i18n import translatable

_ = translatable(__name__)

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_SHAPE = re.compile(r"\d{7}-\d")


@dataclass(frozen=True)
class BusinessIdRule:
    """Which rule a Business ID breaks: ``code`` names it, ``message`` says it (a translatable
    :class:`~agreement_studio.i18n.Text` whose value is English)."""

    code: str
    message: str


def check_digit(digits: str) -> int | None:
    """The check digit for seven digits, or ``None`` when no Business ID can have them."""
    if len(digits) != 7 or not digits.isascii() or not digits.isdigit():
        raise ValueError("seven digits are needed")
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def business_id_problem(value: str) -> BusinessIdRule | None:
    """``None`` when ``value`` (surrounding whitespace allowed) is a valid Business ID."""
    text = value.strip()
    if not text:
        return BusinessIdRule("business-id.missing", _("a Business ID is needed (like 1234567-8)"))
    if not _SHAPE.fullmatch(text) or not text.isascii():
        if re.fullmatch(r"\d{6}-\d", text):
            return BusinessIdRule(
                "business-id.six-digits",
                _(
                    "'{value}' has six digits; Business IDs have seven: add a leading zero "
                    "(0{value})",
                    value=text,
                ),
            )
        if re.fullmatch(r"\d{8}", text):
            return BusinessIdRule(
                "business-id.no-hyphen",
                _(
                    "'{value}' lacks the hyphen before the check digit: write {fixed}",
                    value=text,
                    fixed=f"{text[:7]}-{text[7]}",
                ),
            )
        return BusinessIdRule(
            "business-id.format",
            _(
                "'{value}' is not of the form 1234567-8 (seven digits, a hyphen, a check digit)",
                value=text,
            ),
        )
    expected = check_digit(text[:7])
    if expected is None:
        return BusinessIdRule(
            "business-id.never-issued",
            _(
                "'{value}' cannot be a Business ID: its seven digits give remainder 1 in the "
                "check digit calculation, and such numbers are never issued",
                value=text,
            ),
        )
    if int(text[8]) != expected:
        return BusinessIdRule(
            "business-id.check-digit",
            _(
                "'{value}' has the wrong check digit: the digits {digits} need check digit "
                "{expected}, not {given}",
                value=text,
                digits=text[:7],
                expected=expected,
                given=text[8],
            ),
        )
    return None


def is_valid_business_id(value: str) -> bool:
    """True when ``value`` is a valid Finnish Business ID."""
    return business_id_problem(value) is None


def normalise_business_id(value: str) -> str:
    """The Business ID without surrounding whitespace; raises ``ValueError`` when invalid."""
    rule = business_id_problem(value)
    if rule is not None:
        raise ValueError(rule.message)
    return value.strip()


def make_business_id(seven_digits: str) -> str:
    """The full Business ID for seven digits; ``ValueError`` when none can exist."""
    digit = check_digit(seven_digits)
    if digit is None:
        raise ValueError(_("no Business ID has the digits {digits}", digits=seven_digits))
    return f"{seven_digits}-{digit}"
