"""A person typing a whole agreement into the wizard, with the keyboard only.

Shared by the keyboard journey and the coordinator's journey into a fresh register: the same
key presses (Alt letters, Tab, Enter) a person would use, page by page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from agreement_studio.agreement import make_business_id
from agreement_studio.drafting.wizard import Step

K = Qt.Key


@dataclass(frozen=True)
class TypedParty:
    """One party as typed: organisation, Business ID, address, signatory, title, contact."""

    name: str
    business_id: str
    address: str
    signer: str
    title: str
    contact: str


@dataclass(frozen=True)
class TypedAgreement:
    """What the person types on the pages that are not about the parties."""

    network: str
    region: str
    purpose: str
    parties: tuple[TypedParty, ...]
    staff_hours: int
    competence: str
    data_protection_contact: str
    place: str


def step(window) -> Step:
    return window.workspace.wizard.current_step()


def next_page(window, keys, qtbot, expected: Step) -> None:
    """Alt+N once Next is enabled (as a person waits to see it), then on the expected page."""
    wizard = window.workspace.wizard
    qtbot.waitUntil(wizard.button(wizard.WizardButton.NextButton).isEnabled, timeout=3000)
    keys.alt("n")
    qtbot.waitUntil(lambda: step(window) is expected, timeout=3000)


def add_party(keys, party: TypedParty) -> None:
    keys.alt("a")  # Add party: the cursor goes to the new party's name
    keys.type(party.name)
    keys.press(K.Key_Tab)
    keys.type(party.business_id)
    keys.press(K.Key_Tab, times=2)  # past the country (FI)
    keys.type(party.address)
    keys.alt("y")  # Add signatory: typing goes into the name cell
    keys.type(party.signer)
    keys.press(K.Key_Tab)
    keys.type(party.title)
    keys.press(K.Key_Return)
    keys.alt("m")  # the contact person's name
    keys.type(party.contact)


def type_agreement(window, keys, qtbot, typed: TypedAgreement) -> None:
    """From the template page to the review page, every page typed."""
    assert window.workspace is not None and step(window) is Step.TEMPLATE
    next_page(window, keys, qtbot, Step.NETWORK)
    keys.type(typed.network)
    keys.press(K.Key_Tab)
    keys.type(typed.region)
    keys.press(K.Key_Tab)
    keys.type(typed.purpose)
    keys.alt("s")
    keys.type("uraohjaus")
    next_page(window, keys, qtbot, Step.PARTIES)

    for party in typed.parties:
        add_party(keys, party)
    next_page(window, keys, qtbot, Step.COORDINATION)

    keys.alt("p")  # the coordinating party: the first one
    keys.press(K.Key_Down)
    keys.alt("u")  # its contact person coordinates
    keys.alt("d")
    keys.type("kutsuu kokoukset koolle")
    next_page(window, keys, qtbot, Step.MEETINGS)

    keys.alt("t")
    keys.type("2027-02-10")
    keys.press(K.Key_Return)  # adds the date; does not leave the page
    assert step(window) is Step.MEETINGS
    next_page(window, keys, qtbot, Step.COMMITMENTS)

    keys.alt("c")  # the table, at the first party's staff hours
    for row in range(len(typed.parties)):
        keys.type(str(typed.staff_hours))
        keys.press(K.Key_Tab)
        keys.type("Saa edustaa organisaatiota verkostossa.")
        keys.press(K.Key_Return)
        if row + 1 < len(typed.parties):
            keys.press(K.Key_Down)
            keys.press(K.Key_Left)
    keys.alt("k")
    keys.type(typed.competence)
    next_page(window, keys, qtbot, Step.TERM)

    keys.alt("s")
    keys.type("2027-01-01")
    keys.alt("d")
    keys.type("2029-12-31")
    keys.alt("o")
    keys.type(typed.data_protection_contact)
    keys.alt("l")  # use of materials, then on to the court and the place of signing
    keys.press(K.Key_Tab)
    keys.type("Päijät-Hämeen käräjäoikeus")
    keys.press(K.Key_Tab)
    keys.type(typed.place)
    next_page(window, keys, qtbot, Step.REVIEW)


# The two-party Finnish agreement the keyboard tests type into the wizard.
TYPED = TypedAgreement(
    network="Päijät-Hämeen ohjausverkosto",
    region="Päijät-Häme",
    purpose="Hankkeessa rakennettu verkosto jatkaa.",
    parties=(
        TypedParty(
            "Lahden kaupunki",
            make_business_id("0208201"),
            "Harjukatu 31, 15100 Lahti",
            "Päivi Mäkelä",
            "kaupunginjohtaja",
            "Sanna Virtanen",
        ),
        TypedParty(
            "Wellamo-opisto",
            make_business_id("1234567"),
            "Kirkkokatu 31, 15140 Lahti",
            "Mikko Korhonen",
            "rehtori",
            "Jussi Salo",
        ),
    ),
    staff_hours=80,
    competence="Kaksi koulutuspäivää vuodessa.",
    data_protection_contact="Lahden kaupungin tietosuojavastaava",
    place="Lahti",
)
