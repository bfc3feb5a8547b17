"""Which field a signature goes into: the naming contract and the choice rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agreement_studio.agreement import slug as agreement_slug
from agreement_studio.errors import SignatureFieldError
from agreement_studio.signing import slugify
from agreement_studio.signing.fields import FieldState, choose_field

names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@given(names)
def test_slug_is_the_same_rule_as_the_one_that_names_prepared_fields(text):
    assert slugify(text) == agreement_slug(text)


def test_slug_examples():
    assert slugify("Matti Meikäläinen") == "matti-meikalainen"
    assert slugify("  Anna-Liisa  Åberg ") == "anna-liisa-aberg"
    assert slugify("Öhman, Pekka (TE)") == "ohman-pekka-te"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["sig-a-", "sig-b-", "x-"]),
            st.sampled_from(["matti-meikalainen", "maija", "hanna", "anna"]),
            st.booleans(),
        ),
        max_size=6,
        unique_by=lambda t: t[0] + t[1],
    ),
    st.sampled_from(["Matti Meikäläinen", "Anna", "Maija"]),
)
def test_choice_is_an_empty_field_for_the_signer_or_a_clear_refusal(fields, signer):
    states = [FieldState(prefix + who, signed) for prefix, who, signed in fields]
    empty = [s.name for s in states if not s.signed]
    try:
        choice = choose_field(states, signer, None)
    except SignatureFieldError as refusal:
        assert len(empty) > 1  # only ever refused when there is a real choice to make
        assert all(name in str(refusal) for name in empty)
        return
    if choice.create:
        assert not empty and choice.name not in {s.name for s in states}
    else:
        assert choice.name in empty
        own = slugify(signer)
        assert len(empty) == 1 or choice.name.endswith("-" + own)


def test_hanna_is_not_anna():
    states = [FieldState("sig-a-hanna", False), FieldState("sig-b-anna", False)]
    assert choose_field(states, "Anna", None).name == "sig-b-anna"


@pytest.mark.parametrize("requested", ["sig-a-anna", "sig-zzz"])
def test_named_field_must_exist_and_be_empty(requested):
    states = [FieldState("sig-a-anna", True), FieldState("sig-b-matti", False)]
    with pytest.raises(SignatureFieldError, match="sig-b-matti"):
        choose_field(states, "Anna", requested)
