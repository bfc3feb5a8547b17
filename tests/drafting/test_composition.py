"""Composing the built-in templates from example drafts, and the variants a draft can choose."""

from __future__ import annotations

import re

import pytest
from template_helpers import headings, table_rows, tokens, user_root, visible_text, write_template

from agreement_studio.agreement import (
    CoordinatingGroup,
    Party,
    Person,
    Signatory,
    example_agreement,
    validate_agreement,
)
from agreement_studio.drafting import REQUIRED_LABELS, compose, get_template, load_catalogue
from agreement_studio.errors import TemplateError

TEMPLATES = ("network-continuation", "letter-of-intent")
LANGUAGES = ("fi", "sv", "en")


def _draft(template_id="network-continuation", language="fi", parties=5):
    return example_agreement(parties=parties, language=language, template_id=template_id)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_template_and_language_composes_with_every_party(template_id, language):
    agreement = _draft(template_id, language)
    validate_agreement(agreement)
    composed = compose(agreement)
    text = composed.markdown
    for party in agreement.parties:
        assert party.name in text
        assert party.business_id in text
    assert table_rows(text)[: len(agreement.parties)] == [
        [p.name, p.business_id, table_rows(text)[i][2], p.contact.name]
        for i, p in enumerate(agreement.parties)
    ]
    clauses = headings(text, 2)
    assert len(clauses) >= 6
    assert not any(re.match(r"\s*\d", heading) for heading in clauses), "numbers are the renderer's"
    assert tokens(text)[0].type == "heading_open" and tokens(text)[0].tag == "h2"
    assert composed.title == get_template(template_id).titles[language]
    assert composed.language == language
    assert set(REQUIRED_LABELS) <= set(composed.labels)
    assert "{n}" in composed.labels["page"] and "{total}" in composed.labels["page"]
    assert str(agreement.document_id) in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_body_keeps_to_the_dialect(template_id, language):
    text = compose(_draft(template_id, language)).markdown
    kinds = {t.type for t in tokens(text)}
    assert kinds <= {
        "heading_open",
        "heading_close",
        "paragraph_open",
        "paragraph_close",
        "inline",
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
        "list_item_open",
        "list_item_close",
        "table_open",
        "table_close",
        "thead_open",
        "thead_close",
        "tbody_open",
        "tbody_close",
        "tr_open",
        "tr_close",
        "th_open",
        "th_close",
        "td_open",
        "td_close",
    }
    inline_kinds = {c.type for t in tokens(text) if t.type == "inline" for c in t.children}
    assert inline_kinds <= {
        "text",
        "strong_open",
        "strong_close",
        "em_open",
        "em_close",
        "softbreak",
    }
    assert not any(t.tag == "h1" for t in tokens(text) if t.type == "heading_open")
    assert "\n\n\n" not in text and text.endswith("\n") and not text.endswith("\n\n")


@pytest.mark.parametrize(
    ("language", "dates", "money"),
    [
        ("fi", ["10.2.2027", "31.12.2029"], "5\u00a0000\u00a0€"),
        ("sv", ["10.2.2027", "31.12.2029"], "5\u00a0000\u00a0€"),
        ("en", ["10 February 2027", "31 December 2029"], "€5,000"),
    ],
)
def test_dates_and_money_print_in_the_agreements_language(language, dates, money):
    text = compose(_draft(language=language)).markdown
    for day in dates:
        assert day in text
    assert money in text


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("fi", "koordinaatioryhmä"),
        ("sv", "koordineringsgrupp"),
        ("en", "coordinating group"),
    ],
)
def test_a_coordinating_group_replaces_the_single_coordinator(language, phrase):
    agreement = _draft(language=language)
    single = compose(agreement).markdown
    first, _, third = (p.key for p in agreement.parties[:3])
    agreement.coordination = CoordinatingGroup(
        parties=[first, third], chair=third, duties=["a duty of the group"]
    )
    agreement.meetings.convened_by = "group"
    validate_agreement(agreement)
    grouped = compose(agreement).markdown
    coordination = grouped.split("\n## ")[3]
    assert phrase in coordination.lower()
    assert agreement.parties[0].name in coordination and agreement.parties[2].name in coordination
    assert agreement.parties[1].name not in coordination
    assert "a duty of the group" in coordination
    coordinator = agreement.parties[0].contact.name
    assert coordinator in single.split("\n## ")[3]
    assert coordinator not in coordination


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("fi", "toistaiseksi"),
        ("sv", "tills vidare"),
        ("en", "until further notice"),
    ],
)
def test_an_indefinite_term_has_no_end_date(template_id, language, phrase):
    agreement = _draft(template_id, language)
    fixed = compose(agreement).markdown
    agreement.term.indefinite = True
    agreement.term.end = None
    validate_agreement(agreement)
    indefinite = compose(agreement).markdown
    end = {"en": "31 December 2029"}.get(language, "31.12.2029")
    assert end in fixed and phrase not in fixed
    assert phrase in indefinite and end not in indefinite


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_each_optional_clause_can_be_switched_off_and_on(template_id):
    template = get_template(template_id)
    assert template.optional_clauses
    for language in LANGUAGES:
        agreement = _draft(template_id, language)
        by_default = compose(agreement).markdown
        for name, clause in template.optional_clauses.items():
            agreement.optional_clauses = {name: not clause.default}
            switched = compose(agreement).markdown
            assert switched != by_default, (language, name)
            agreement.optional_clauses = {name: clause.default}
            assert compose(agreement).markdown == by_default


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fi", "Tietosuoja"),
        ("sv", "Dataskydd"),
        ("en", "Data protection"),
    ],
)
def test_switching_off_data_protection_removes_its_clause(language, heading):
    agreement = _draft(language=language)
    assert heading in headings(compose(agreement).markdown)
    agreement.optional_clauses = {"data_protection": False, "no_such_clause": True}
    assert heading not in headings(compose(agreement).markdown)


@pytest.mark.parametrize(
    ("roles", "article"),
    [
        ("joint-controllers", "26"),
        ("controller-processor", "28"),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_gdpr_roles_bring_their_article(roles, article, language):
    agreement = _draft(language=language)
    agreement.clauses.data_protection.roles = roles
    clause = compose(agreement).markdown.split("\n## ")
    data_protection = next(c for c in clause if "2016/679" in c)
    assert re.search(rf"\b{article}\b", data_protection)


def test_majority_decisions_and_zero_notice_change_the_wording():
    agreement = _draft(language="en")
    before = compose(agreement).markdown
    agreement.clauses.decisions_by = "majority"
    agreement.clauses.new_parties_by = "majority"
    agreement.term.notice_months = 0
    after = compose(agreement).markdown
    assert "by consensus" in before and "simple majority of the votes cast" in after
    assert "The notice period is 6 months" in before
    assert "notice period is" not in after.split("## Withdrawal")[1].split("## ")[0]


def test_the_drafts_own_title_wins_and_the_output_is_deterministic():
    agreement = _draft(language="sv")
    agreement.title = "Vårt eget avtal"
    first, second = compose(agreement), compose(agreement)
    assert first.title == "Vårt eget avtal"
    assert first.markdown == second.markdown


def test_hostile_party_names_stay_inside_their_cells():
    agreement = _draft(language="en", parties=4)
    hostile = ["Pipe | Org | Ltd", "# Heading Town", "*Starred* **Org**", "<b>Html</b> & &amp;"]
    for party, name in zip(agreement.parties, hostile, strict=True):
        party.name = name
    text = compose(agreement).markdown
    parties_table = table_rows(text, 0)
    assert [row[0] for row in parties_table] == hostile
    assert all(len(row) == 4 for row in parties_table)
    assert [row[0] for row in table_rows(text, 1)][:4] == hostile
    assert not any(h.startswith("Heading Town") for h in headings(text, 1) + headings(text, 2))
    assert not any(t.type.startswith("html") for t in tokens(text))
    seen = visible_text(text)
    for name in hostile:
        assert name in seen


def test_a_foreign_party_shows_its_own_identifier():
    agreement = _draft(language="en", parties=3)
    agreement.parties.append(
        Party(
            name="Vägledning Stockholm AB",
            country="SE",
            foreign_id="556677-8899",
            address="Sveavägen 1, Stockholm",
            organisation_type="company",
            signatories=[Signatory(name="Anna Berg", title="VD")],
            contact=Person(name="Per Berg"),
        )
    )
    rows = table_rows(compose(agreement).markdown)
    assert rows[-1][:2] == ["Vägledning Stockholm AB", "SE 556677-8899"]


def test_a_language_the_template_lacks_is_named_with_the_ones_it_has():
    write_template(user_root(), "english-only")
    agreement = _draft(language="fi")
    agreement.template_id = "english-only"
    with pytest.raises(TemplateError, match=r"'fi'.*available in en") as caught:
        compose(agreement)
    assert caught.value.file.endswith("template.toml")


def test_an_unknown_template_lists_the_known_ones():
    with pytest.raises(TemplateError, match=r"no-such-template.*letter-of-intent.*network"):
        get_template("no-such-template")
    with pytest.raises(TemplateError, match="there is no template"):
        get_template("../network-continuation")
    agreement = _draft()
    agreement.template_id = "no-such-template"
    with pytest.raises(TemplateError):
        compose(agreement)


def test_compose_accepts_a_template_object_or_an_id():
    agreement = _draft(template_id="letter-of-intent")
    template = load_catalogue().get("network-continuation")
    assert compose(agreement, template).template.id == "network-continuation"
    assert compose(agreement, "network-continuation").template is template
    assert compose(agreement).template.id == "letter-of-intent"


def test_composition_reuses_the_compiled_template(monkeypatch):
    # Speed lives in benchmarks/; what makes composing cheap is that a template is read and
    # compiled once, which is what this checks.
    from agreement_studio.drafting import catalogue

    agreement = _draft(parties=10)
    compose(agreement)
    reads = []
    real_read = catalogue.read_template
    monkeypatch.setattr(
        catalogue, "read_template", lambda *a, **k: reads.append(a) or real_read(*a, **k)
    )
    for _ in range(20):
        compose(agreement)
    assert reads == []
