"""The built-in agreement says what the network asked for, in each language.

The coordinator (or the coordinating group) leads actively and seeks a common line; each
party's management makes the network's work visible; a mandate shared by every party is said
once; the Finnish court name is inflected; the Swedish confidentiality clause says
"sekretessbelagda" once.
"""

from __future__ import annotations

import pytest

from agreement_studio.agreement import CoordinatingGroup, example_agreement
from agreement_studio.drafting import compose
from agreement_studio.drafting.formatting import court_phrase

LANGUAGES = ["fi", "sv", "en"]
ACTIVE_LEAD = {
    "fi": "johtaa verkoston toimintaa aktiivisesti",
    "sv": "leder nätverkets verksamhet aktivt",
    "en": "leads the Network's work actively",
}
GROUP_PLANS = {
    "fi": "suunnittelee verkoston toiminnan ja osallistavat kokoukset yhdessä ja hyvissä ajoin",
    "sv": "planerar tillsammans och i god tid nätverkets verksamhet",
    "en": "plans the Network's activities and its participatory meetings together",
}
VISIBLE = {
    "fi": "tekemään verkoston työn näkyväksi omassa organisaatiossaan",
    "sv": "synliggöra nätverkets arbete i den egna organisationen",
    "en": "make the Network's work visible in its own organisation",
}
SAME_MANDATE = {
    "fi": "Kaikkien osapuolten henkilöstöllä on samat valtuudet:",
    "sv": "Alla parters personal har samma befogenheter:",
    "en": "The staff of every party have the same mandate:",
}


def _markdown(agreement) -> str:
    return " ".join(compose(agreement).markdown.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_single_coordinator_leads_actively(language):
    text = _markdown(example_agreement(parties=4, language=language))
    assert ACTIVE_LEAD[language] in text
    assert GROUP_PLANS[language] not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_coordinating_group_plans_together_and_ahead(language):
    agreement = example_agreement(parties=4, language=language)
    keys = [party.key for party in agreement.parties[:2]]
    agreement.coordination = CoordinatingGroup(parties=keys, duties=["x"])
    text = _markdown(agreement)
    assert GROUP_PLANS[language] in text
    assert ACTIVE_LEAD[language] not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_management_makes_the_work_visible(language):
    assert VISIBLE[language] in _markdown(example_agreement(parties=3, language=language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mandate_every_party_shares_is_said_once(language):
    agreement = example_agreement(parties=5, language=language)
    mandate = agreement.commitments[0].staff_mandate
    assert all(c.staff_mandate == mandate for c in agreement.commitments)
    text = _markdown(agreement)
    assert SAME_MANDATE[language] in text
    assert text.count(" ".join(mandate.split())) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_different_mandates_are_listed_per_party(language):
    agreement = example_agreement(parties=3, language=language)
    agreement.commitments[1].staff_mandate = "Oma valtuus."
    text = _markdown(agreement)
    assert SAME_MANDATE[language] not in text
    assert "Oma valtuus." in text
    for party in agreement.parties:
        assert f"**{party.name}:**" in text


def test_the_finnish_court_is_inflected():
    text = _markdown(example_agreement(parties=3, language="fi"))
    assert "ensimmäisenä oikeusasteena Päijät-Hämeen käräjäoikeudessa." in text
    assert "tuomioistuimessa: Päijät-Hämeen käräjäoikeus" not in text


@pytest.mark.parametrize(
    ("name", "language", "phrase"),
    [
        ("Päijät-Hämeen käräjäoikeus", "fi", "Päijät-Hämeen käräjäoikeudessa"),
        ("Helsingin hovioikeus", "fi", "Helsingin hovioikeudessa"),
        ("Hämeenlinnan hallinto-oikeus", "fi", "Hämeenlinnan hallinto-oikeudessa"),
        ("Markkinaoikeus", "fi", "Markkinaoikeudessa"),
        ("Välimiesmenettely (Keskuskauppakamari)", "fi", "seuraavassa tuomioistuimessa: "),
        ("Päijänne-Tavastlands tingsrätt", "sv", "Päijänne-Tavastlands tingsrätt"),
        ("Päijät-Häme District Court", "en", "the Päijät-Häme District Court"),
        ("the Helsinki District Court", "en", "the Helsinki District Court"),
        ("", "fi", "…"),
    ],
)
def test_court_phrases(name, language, phrase):
    assert court_phrase(name, language).startswith(phrase)


def test_the_swedish_confidentiality_clause_says_it_once():
    agreement = example_agreement(parties=3, language="sv")
    agreement.optional_clauses = {**agreement.optional_clauses, "confidentiality": True}
    text = _markdown(agreement)
    assert "sekretessbelagda," in text
    assert "sekretessbelagda hemliga" not in text
