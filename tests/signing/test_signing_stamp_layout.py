"""The stamp's text laid out from the cached pair tables is the layout HarfBuzz gives.

Text in the base repertoire (Latin letters of Europe, digits, punctuation) is kerned from
tables measured with HarfBuzz when the font subset was made, so a signature needs no HarfBuzz;
any other text goes to HarfBuzz itself. These tests compare the two on generated text.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreement_studio.signing import appearance
from agreement_studio.signing.appearance import (
    font_program_for,
    laid_out,
    laid_out_by_harfbuzz,
    laid_out_by_pairs,
)

BASE = sorted(appearance._BASE_REPERTOIRE)
# Characters with no script of their own (digits, punctuation): a run of only these is
# kerned as HarfBuzz kerns common text, not Latin.
COMMON = [c for c in BASE if c < 0x41 or (0x7B <= c < 0xC0 and c not in (0xAA, 0xBA))]
# the program fixture is the same object for every example (the process keeps it)
FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@pytest.fixture
def program():
    """The base program, made in this test's home folder (or this process's copy of it)."""
    return font_program_for("")


def _text(codes: list[int]) -> str:
    return unicodedata.normalize("NFC", "".join(map(chr, codes)))


@settings(max_examples=400, deadline=None, suppress_health_check=FIXTURE_OK)
@given(codes=st.lists(st.sampled_from(BASE), min_size=1, max_size=40))
def test_pair_tables_lay_out_base_text_as_harfbuzz_does(program, codes):
    text = _text(codes)
    by_pairs = laid_out_by_pairs(program, text)
    if by_pairs is not None:
        assert by_pairs == laid_out_by_harfbuzz(program, text)


@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURE_OK)
@given(codes=st.lists(st.sampled_from(COMMON), min_size=1, max_size=30))
def test_common_text_alone_is_laid_out_as_harfbuzz_does(program, codes):
    text = _text(codes)
    by_pairs = laid_out_by_pairs(program, text)
    assert not any(ord(c) in program.latin for c in text)
    if "\u00ad" not in text:  # the soft hyphen is HarfBuzz's
        assert by_pairs is not None
    if by_pairs is not None:
        assert by_pairs == laid_out_by_harfbuzz(program, text)


def test_every_pair_of_base_glyphs_is_kerned_as_harfbuzz_kerns_it(program):
    chars = [chr(c) for c in program.glyphs]
    for first in chars[::7]:  # every pair would take long; a seventh of the first letters
        for second in chars:
            text = first + second
            assert laid_out_by_pairs(program, text) == laid_out_by_harfbuzz(program, text)


def test_what_a_stamp_says_is_laid_out_without_harfbuzz(program):
    for text in (
        "Digitally signed",
        "Päivi Mäkelä",
        "Åsa Öberg-Ståhl",
        "Lahden kaupunki / Lahtis stad",
        "2026-05-04 14:03:05 +03:00",
        "Šárka Novák, Łódź (Żółć) “quoted” – 100 €",
    ):
        assert laid_out_by_pairs(program, text) is not None, text
        assert laid_out(program, text) == laid_out_by_harfbuzz(program, text)


def test_text_the_tables_do_not_cover_goes_to_harfbuzz(program):
    # a soft hyphen (HarfBuzz hides it), a combining mark, Cyrillic, Greek
    for text in ("Mäke\u00adlä", "Ma\u0308kela\u0308\u0323", "Иван Петров", "Ωμέγα"):
        assert laid_out_by_pairs(program, text) is None, text
    wider = font_program_for("Иван Петров")
    assert laid_out(wider, "Иван Петров") == laid_out_by_harfbuzz(wider, "Иван Петров")
