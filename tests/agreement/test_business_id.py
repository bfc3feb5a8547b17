"""The Finnish Business ID check digit, against hand-computed and generated cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agreement_studio.agreement import (
    business_id_problem,
    check_digit,
    is_valid_business_id,
    make_business_id,
    normalise_business_id,
)

WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("0737546-2", True),  # 0*7+7*9+3*10+7*5+5*8+4*4+6*2 = 196; 196 % 11 = 9; 11-9 = 2
        ("1572860-0", True),  # 7+45+70+10+64+24+0 = 220; 220 % 11 = 0 -> check digit 0
        ("0737546-3", False),
        ("  0737546-2\n", True),  # surrounding whitespace is accepted
        ("0737546 -2", False),
        ("07375462", False),
        ("737546-2", False),
        ("0737546-22", False),
        ("O737546-2", False),
        ("０７３７５４６-２", False),  # full-width digits are not ASCII digits
        ("", False),
    ],
)
def test_known_values(value, valid):
    assert is_valid_business_id(value) is valid


def test_remainder_one_is_never_issued():
    # Find seven digits whose weighted sum leaves remainder 1; no check digit can fit.
    digits = next(
        f"{n:07d}"
        for n in range(10**6, 10**7)
        if sum(int(d) * w for d, w in zip(f"{n:07d}", WEIGHTS, strict=True)) % 11 == 1
    )
    assert check_digit(digits) is None
    for last in range(10):
        rule = business_id_problem(f"{digits}-{last}")
        assert rule is not None and rule.code == "business-id.never-issued"
    with pytest.raises(ValueError):
        make_business_id(digits)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("0737546-3", "business-id.check-digit"),
        ("737546-2", "business-id.six-digits"),
        ("07375462", "business-id.no-hyphen"),
        ("07375-462", "business-id.format"),
        ("   ", "business-id.missing"),
    ],
)
def test_each_rule_says_which(value, code):
    rule = business_id_problem(value)
    assert rule is not None
    assert rule.code == code
    assert rule.message


def test_wrong_check_digit_message_names_the_right_one():
    rule = business_id_problem("0737546-3")
    assert "need check digit 2" in rule.message


@given(st.integers(min_value=0, max_value=9_999_999))
def test_generated_ids_follow_the_rule(number):
    digits = f"{number:07d}"
    remainder = sum(int(d) * w for d, w in zip(digits, WEIGHTS, strict=True)) % 11
    expected = None if remainder == 1 else (0 if remainder == 0 else 11 - remainder)
    assert check_digit(digits) == expected
    if expected is not None:
        full = make_business_id(digits)
        assert normalise_business_id(f" {full} ") == full
        for wrong in set(range(10)) - {expected}:
            assert not is_valid_business_id(f"{digits}-{wrong}")
