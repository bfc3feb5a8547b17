"""Complete, valid example drafts: realistic Finnish organisations, one signatory each.

The organisations are named like real ones of the Päijät-Häme region, but their Business IDs are
computed for the example (valid check digits, not their registered numbers).
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import TypedDict
from uuid import UUID, uuid4

from agreement_studio.agreement.business_id import check_digit
from agreement_studio.agreement.model import (
    Agreement,
    AnnexContent,
    AnnexKind,
    Clauses,
    Commitment,
    DataProtection,
    Language,
    MeetingFrequency,
    Meetings,
    Network,
    OrganisationType,
    Party,
    Person,
    Signatory,
    Signing,
    SingleCoordinator,
    Term,
)

_T = OrganisationType

EXAMPLE_PREPARED = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
"""When the example drafts say they were made ready (a fixed moment: the same bytes every run)."""
_ORGANISATIONS: list[tuple[str, OrganisationType, str]] = [
    ("Lahden kaupunki", _T.MUNICIPALITY, "Harjukatu 31, 15100 Lahti"),
    (
        "Koulutuskeskus Salpaus -kuntayhtymä",
        _T.EDUCATIONAL_INSTITUTION,
        "Svinhufvudinkatu 4, 15110 Lahti",
    ),
    ("Päijät-Hämeen Setlementti ry", _T.ASSOCIATION, "Vesijärvenkatu 11, 15140 Lahti"),
    ("Heinolan kaupunki", _T.MUNICIPALITY, "Rauhankatu 3, 18100 Heinola"),
    ("Wellamo-opisto", _T.EDUCATIONAL_INSTITUTION, "Kirkkokatu 31, 15140 Lahti"),
    ("Hollolan kunta", _T.MUNICIPALITY, "Virastotie 3, 15870 Hollola"),
    (
        "Hämeen elinkeino-, liikenne- ja ympäristökeskus",
        _T.STATE_AUTHORITY,
        "Raatihuoneenkatu 1, 13100 Hämeenlinna",
    ),
    ("Orimattilan kaupunki", _T.MUNICIPALITY, "Erkontie 16, 16300 Orimattila"),
    ("Lahden kansanopiston säätiö sr", _T.EDUCATIONAL_INSTITUTION, "Harjukatu 46, 15100 Lahti"),
    ("Päijät-Hämeen Yrittäjät ry", _T.ASSOCIATION, "Aleksanterinkatu 18, 15140 Lahti"),
    ("Asikkalan kunta", _T.MUNICIPALITY, "Asikkalantie 21, 17200 Vääksy"),
    ("Uraohjaus Mäkelä Oy", _T.COMPANY, "Rautatienkatu 19, 15110 Lahti"),
    ("Heinolan kansalaisopisto", _T.EDUCATIONAL_INSTITUTION, "Kauppakatu 14, 18100 Heinola"),
    ("Sysmän kunta", _T.MUNICIPALITY, "Sysmäntie 20, 19700 Sysmä"),
    ("Lahden Työttömät ry", _T.ASSOCIATION, "Kauppakatu 8, 15140 Lahti"),
    ("Kärkölän kunta", _T.MUNICIPALITY, "Hämeentie 4, 16600 Järvelä"),
    ("Päijät-Hämeen kesäyliopisto", _T.EDUCATIONAL_INSTITUTION, "Kirkkokatu 16, 15140 Lahti"),
    ("Padasjoen kunta", _T.MUNICIPALITY, "Kellosalmentie 2, 17500 Padasjoki"),
    ("Iitin kunta", _T.MUNICIPALITY, "Kauppatie 10, 47400 Kausala"),
    ("Hartolan kunta", _T.MUNICIPALITY, "Kuntatie 2, 19600 Hartola"),
    ("Lahden seudun kehitys LADEC Oy", _T.COMPANY, "Niemenkatu 73, 15140 Lahti"),
    ("Nuorten Ystävät ry, Lahden yksikkö", _T.ASSOCIATION, "Saimaankatu 9, 15140 Lahti"),
    (
        "Hämeen ammattikorkeakoulu Oy",
        _T.EDUCATIONAL_INSTITUTION,
        "Visamäentie 35, 13100 Hämeenlinna",
    ),
    ("Päijät-Hämeen hyvinvointialue", _T.OTHER, "Keskussairaalankatu 7, 15850 Lahti"),
    ("Hollolan Setlementti ry", _T.ASSOCIATION, "Pappilantie 4, 15870 Hollola"),
    ("Orimattilan kansalaisopisto", _T.EDUCATIONAL_INSTITUTION, "Virtasentie 2, 16300 Orimattila"),
    ("Kansaneläkelaitos, Lahden palvelupiste", _T.STATE_AUTHORITY, "Hämeenkatu 10, 15110 Lahti"),
    ("Heinolan Nuorisoasuntoyhdistys ry", _T.ASSOCIATION, "Savontie 8, 18100 Heinola"),
    ("Osaamiskeskus Päijänne Oy", _T.COMPANY, "Mukkulankatu 19, 15210 Lahti"),
    ("Asikkalan kansalaisopisto", _T.EDUCATIONAL_INSTITUTION, "Kalmarintie 2, 17200 Vääksy"),
    ("Sysmän Kylät ry", _T.ASSOCIATION, "Sysmäntie 30, 19700 Sysmä"),
    ("Lahden Diakoniasäätiö sr", _T.ASSOCIATION, "Onnelantie 4, 15210 Lahti"),
]
MAX_PARTIES = len(_ORGANISATIONS)

_FIRST = [
    "Päivi",
    "Mikko",
    "Sanna",
    "Jyrki",
    "Anneli",
    "Tuomas",
    "Riikka",
    "Heikki",
    "Elina",
    "Jussi",
    "Hanna",
    "Markku",
    "Satu",
    "Olli",
    "Kaisa",
    "Ville",
]
_LAST = [
    "Mäkelä",
    "Virtanen",
    "Hämäläinen",
    "Korhonen",
    "Järvinen",
    "Nieminen",
    "Lähteenmäki",
    "Heikkilä",
    "Kärkkäinen",
    "Salo",
    "Räsänen",
    "Öhman",
    "Laaksonen",
    "Väisänen",
]

_TITLES = {
    _T.MUNICIPALITY: {"fi": "kaupunginjohtaja", "sv": "stadsdirektör", "en": "Mayor"},
    _T.EDUCATIONAL_INSTITUTION: {"fi": "rehtori", "sv": "rektor", "en": "Principal"},
    _T.ASSOCIATION: {
        "fi": "toiminnanjohtaja",
        "sv": "verksamhetsledare",
        "en": "Executive Director",
    },
    _T.STATE_AUTHORITY: {"fi": "ylijohtaja", "sv": "överdirektör", "en": "Director General"},
    _T.COMPANY: {"fi": "toimitusjohtaja", "sv": "verkställande direktör", "en": "CEO"},
    _T.OTHER: {"fi": "johtaja", "sv": "direktör", "en": "Director"},
}
_RURAL_MUNICIPALITY_TITLE = {
    "fi": "kunnanjohtaja",
    "sv": "kommundirektör",
    "en": "Municipal Manager",
}
"""A kunta (not a kaupunki, a town) is headed by a kunnanjohtaja."""


def _signatory_title(name: str, kind: OrganisationType, language: str) -> str:
    if kind is _T.MUNICIPALITY and name.endswith(" kunta"):
        return _RURAL_MUNICIPALITY_TITLE[language]
    return _TITLES[kind][language]


_CONTACT_TITLE = {
    "fi": "ohjauksen asiantuntija",
    "sv": "sakkunnig inom vägledning",
    "en": "Guidance Specialist",
}


class _ExampleText(TypedDict):
    """The words of the example agreement in one language."""

    network: str
    region: str
    purpose: str
    services: list[str]
    goals: list[str]
    duties: list[str]
    mandate: str
    premises: str
    competence: str
    dp_contact: str
    communications: str
    court: str
    place: str
    annexes: list[str]


_TEXT: dict[str, _ExampleText] = {
    "fi": {
        "network": "Päijät-Hämeen aikuisten ohjauspalveluverkosto",
        "region": "Päijät-Häme",
        "purpose": "Verkosto rakennettiin vuosina 2024–2026 rahoitetussa hankkeessa, jossa "
        "alueen toimijat kokosivat aikuisten maksuttomat tieto-, neuvonta- ja ohjauspalvelut "
        "yhteen. Hankerahoitus päättyy, ja osapuolet jatkavat yhteistyötä tasavertaisina "
        "kumppaneina omin resurssein.",
        "services": [
            "koulutus- ja uraneuvonta aikuisille",
            "osaamisen tunnistaminen",
            "työnhaun ja työllistymisen ohjaus",
            "ohjaus maahan muuttaneille",
        ],
        "goals": [
            "aikuinen saa ohjausta yhdestä paikasta oikeaan aikaan",
            "palvelut eivät päällekkäisty ja asiakas ohjataan oikealle toimijalle",
            "ohjaajien osaaminen pysyy ajan tasalla",
        ],
        "duties": [
            "kutsuu kokoukset koolle ja valmistelee ne",
            "pitää yhteystiedot ajan tasalla",
            "kokoaa vuosittaisen toimintasuunnitelman ja -kertomuksen",
            "huolehtii verkoston viestinnästä",
        ],
        "mandate": "Osallistuva työntekijä saa käyttää sovitun työajan verkoston työhön ja "
        "sopia organisaationsa puolesta käytännön yhteistyöstä tämän sopimuksen rajoissa.",
        "premises": "Kokous- ja ohjaustila kerran kuukaudessa",
        "competence": "Verkosto järjestää vähintään kaksi yhteistä koulutuspäivää vuodessa ja "
        "vertaisoppimisen tapaamisia; osapuolet tarjoavat omia koulutuksiaan toistensa "
        "ohjaajille maksutta.",
        "communications": "Koordinaattori vastaa yhteisestä viestinnästä ja verkkosivuista; "
        "kukin osapuoli viestii omissa kanavissaan.",
        "court": "Päijät-Hämeen käräjäoikeus",
        "dp_contact": "Koordinoivan organisaation tietosuojavastaava",
        "place": "Lahti",
        "annexes": ["Kokousaikataulu 2027", "Osapuolten yhteyshenkilöt"],
    },
    "sv": {
        "network": "Vägledningsnätverket för vuxna i Päijänne-Tavastland",
        "region": "Päijänne-Tavastland",
        "purpose": "Nätverket byggdes upp i ett finansierat projekt 2024–2026, där regionens "
        "aktörer samlade den avgiftsfria informationen, rådgivningen och vägledningen för "
        "vuxna. Projektfinansieringen upphör, och parterna fortsätter samarbetet som "
        "jämbördiga partner med egna resurser.",
        "services": [
            "utbildnings- och karriärvägledning för vuxna",
            "validering av kunnande",
            "vägledning i arbetssökande",
            "vägledning för invandrare",
        ],
        "goals": [
            "en vuxen får vägledning på ett ställe vid rätt tidpunkt",
            "tjänsterna överlappar inte och klienten hänvisas till rätt aktör",
            "vägledarnas kompetens hålls aktuell",
        ],
        "duties": [
            "sammankallar och förbereder mötena",
            "håller kontaktuppgifterna aktuella",
            "sammanställer den årliga verksamhetsplanen och -berättelsen",
            "sköter nätverkets kommunikation",
        ],
        "mandate": "Den deltagande anställda får använda den avtalade arbetstiden för "
        "nätverkets arbete och avtala om det praktiska samarbetet för sin organisation inom "
        "ramen för detta avtal.",
        "premises": "Mötes- och vägledningslokal en gång i månaden",
        "competence": "Nätverket ordnar minst två gemensamma utbildningsdagar om året och "
        "kollegiala träffar; parterna erbjuder sina egna utbildningar till varandras "
        "vägledare avgiftsfritt.",
        "communications": "Koordinatorn ansvarar för den gemensamma kommunikationen och "
        "webbplatsen; varje part kommunicerar i sina egna kanaler.",
        "court": "Päijänne-Tavastlands tingsrätt",
        "dp_contact": "Dataskyddsombudet i den koordinerande organisationen",
        "place": "Lahtis",
        "annexes": ["Mötesschema 2027", "Parternas kontaktpersoner"],
    },
    "en": {
        "network": "Päijät-Häme Adult Guidance Network",
        "region": "Päijät-Häme",
        "purpose": "The network was built in a funded project in 2024–2026, in which the "
        "region's organisations brought together free information, advice and guidance "
        "services for adults. The project funding ends, and the parties continue their "
        "cooperation as equal partners with their own resources.",
        "services": [
            "education and career guidance for adults",
            "recognition of prior learning",
            "job-search guidance",
            "guidance for immigrants",
        ],
        "goals": [
            "an adult gets guidance from one place at the right time",
            "services do not overlap and clients are referred to the right organisation",
            "the guidance staff's competence stays current",
        ],
        "duties": [
            "convenes and prepares the meetings",
            "keeps the contact details current",
            "compiles the annual plan and report",
            "runs the network's communications",
        ],
        "mandate": "The participating staff member may use the agreed working time for the "
        "network and agree on practical cooperation on the organisation's behalf within "
        "this agreement.",
        "premises": "A meeting and guidance room once a month",
        "competence": "The network holds at least two joint training days a year and peer "
        "learning meetings; the parties offer their own training to each other's guidance "
        "staff free of charge.",
        "communications": "The coordinator is responsible for joint communications and the "
        "website; each party communicates in its own channels.",
        "court": "Päijät-Häme District Court",
        "dp_contact": "The data protection officer of the coordinating organisation",
        "place": "Lahti",
        "annexes": ["Meeting schedule 2027", "Contact persons of the parties"],
    },
}


def example_business_id(index: int) -> str:
    """A valid, made-up Business ID for the ``index``-th example organisation."""
    number = 2_071_234 + index * 104_729
    while True:
        digits = f"{number % 10_000_000:07d}"
        digit = check_digit(digits)
        if digit is not None:
            return f"{digits}-{digit}"
        number += 1


def _person(index: int, offset: int = 0) -> str:
    return f"{_FIRST[(index + offset) % len(_FIRST)]} {_LAST[(index * 3 + offset) % len(_LAST)]}"


def example_parties(count: int, language: str = "fi") -> list[Party]:
    """``count`` example parties, each with one signatory and a contact person."""
    if not 2 <= count <= MAX_PARTIES:
        raise ValueError(f"an example has 2 to {MAX_PARTIES} parties, not {count}")
    parties = []
    for i in range(count):
        name, kind, address = _ORGANISATIONS[i]
        signer = _person(i)
        contact = _person(i, 7)
        email_domain = f"org{i + 1}.example.fi"
        parties.append(
            Party(
                name=name,
                business_id=example_business_id(i),
                address=address,
                organisation_type=kind,
                signatories=[
                    Signatory(
                        name=signer,
                        title=_signatory_title(name, kind, language),
                        email=f"signatory@{email_domain}",
                    )
                ],
                contact=Person(
                    name=contact,
                    title=_CONTACT_TITLE[language],
                    email=f"guidance@{email_domain}",
                    phone=f"+358 40 555 {1000 + i}",
                ),
            )
        )
    return parties


def example_agreement(
    *,
    parties: int = 4,
    language: str = "fi",
    template_id: str = "network-continuation",
    document_id: UUID | None = None,
    prepared: dt.datetime | None = EXAMPLE_PREPARED,
) -> Agreement:
    """A complete draft that keeps every rule, ready to render.

    It says when it was made ready (``prepared``: :data:`EXAMPLE_PREPARED`), so rendering it
    and adding it to a register give the same PDF; a draft meant as a starting point for a new
    agreement (the ``example`` command, the window's example) passes ``prepared=None``, so its
    own finishing records the moment.
    """
    text = _TEXT[Language(language).value]
    members = example_parties(parties, language)
    coordinator = members[0]
    commitments = [
        Commitment(
            party=p.key,
            staff_hours_per_year=160 if i == 0 else 80,
            staff_mandate=text["mandate"],
            money_eur_per_year=(5000 if i == 0 else 1500)
            if p.organisation_type in (_T.MUNICIPALITY, _T.OTHER)
            else 0,
            premises=text["premises"] if i % 2 == 0 else "",
        )
        for i, p in enumerate(members)
    ]
    return Agreement(
        prepared=prepared,
        document_id=document_id or uuid4(),
        template_id=template_id,
        language=Language(language),
        network=Network(
            name=text["network"],
            region=text["region"],
            purpose=text["purpose"],
            services=list(text["services"]),
            goals=list(text["goals"]),
        ),
        parties=members,
        coordination=SingleCoordinator(
            party=coordinator.key,
            coordinator=Person(
                name=coordinator.contact.name,
                title=coordinator.contact.title,
                email=coordinator.contact.email,
                phone=coordinator.contact.phone,
            ),
            duties=list(text["duties"]),
        ),
        meetings=Meetings(
            frequency=MeetingFrequency.QUARTERLY,
            planned_dates=[
                date(2027, 2, 10),
                date(2027, 5, 12),
                date(2027, 9, 15),
                date(2027, 11, 24),
            ],
            fixed_months_ahead=12,
            convened_by="coordinator",
            format="hybrid",
        ),
        commitments=commitments,
        competence_development=text["competence"],
        term=Term(
            start=date(2027, 1, 1),
            end=date(2029, 12, 31),
            notice_months=6,
            review_date=date(2028, 6, 30),
        ),
        clauses=Clauses(
            data_protection=DataProtection(
                personal_data=True, roles="independent-controllers", contact=text["dp_contact"]
            ),
            communications=text["communications"],
            disputes_court=text["court"],
        ),
        signing=Signing(place=text["place"]),
        annexes=list(text["annexes"]),
        annex_content={
            text["annexes"][0]: AnnexContent(kind=AnnexKind.MEETING_SCHEDULE),
            text["annexes"][1]: AnnexContent(kind=AnnexKind.CONTACTS),
        },
    )
