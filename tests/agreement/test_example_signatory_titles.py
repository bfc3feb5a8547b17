"""The example data's signatories have the titles their organisations use (issue 14, 5.6).

A kunta (municipality) is headed by a kunnanjohtaja (sv kommundirektör), a kaupunki (town) by
a kaupunginjohtaja (sv stadsdirektör); the outside test found Hollolan kunta's signatory
called kaupunginjohtaja.
"""

from __future__ import annotations

import pytest

from agreement_studio.agreement import MAX_PARTIES, example_agreement

EXPECTED = {
    "fi": ("kunnanjohtaja", "kaupunginjohtaja"),
    "sv": ("kommundirektör", "stadsdirektör"),
    "en": ("Municipal Manager", "Mayor"),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_kunta_has_a_kunnanjohtaja_and_a_kaupunki_a_kaupunginjohtaja(language):
    rural, town = EXPECTED[language]
    parties = example_agreement(parties=MAX_PARTIES, language=language).parties
    titles = {party.name: party.signatories[0].title for party in parties}
    assert titles["Hollolan kunta"] == rural
    assert titles["Asikkalan kunta"] == rural
    assert titles["Lahden kaupunki"] == town
    assert titles["Heinolan kaupunki"] == town
    assert titles["Wellamo-opisto"] not in (rural, town)
