"""The whole wizard, from an empty window to a finished agreement, with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from agreement_studio.agreement import load_draft, make_business_id, problems
from agreement_studio.drafting.wizard import Step

K = Qt.Key
PARTIES = [
    ("Lahden kaupunki", make_business_id("0208201"), "Harjukatu 31, 15100 Lahti",
     "Päivi Mäkelä", "kaupunginjohtaja", "Sanna Virtanen"),
    ("Wellamo-opisto", make_business_id("1234567"), "Kirkkokatu 31, 15140 Lahti",
     "Mikko Korhonen", "rehtori", "Jussi Salo"),
]


def _step(window):
    return window.workspace.wizard.current_step()


def _next(window, keys, qtbot, expected: Step) -> None:
    wizard = window.workspace.wizard
    next_button = wizard.button(wizard.WizardButton.NextButton)
    qtbot.waitUntil(next_button.isEnabled, timeout=3000)  # as a person waits to see it
    keys.alt("n")
    qtbot.waitUntil(lambda: _step(window) is expected, timeout=3000)


def _add_party(keys, party) -> None:
    name, business_id, address, signer, title, contact = party
    keys.alt("a")  # Add party: the cursor goes to the new party's name
    keys.type(name)
    keys.press(K.Key_Tab)
    keys.type(business_id)
    keys.press(K.Key_Tab, times=2)  # past the country (FI)
    keys.type(address)
    keys.alt("y")  # Add signatory: typing goes into the name cell
    keys.type(signer)
    keys.press(K.Key_Tab)
    keys.type(title)
    keys.press(K.Key_Return)
    keys.alt("m")  # the contact person's name
    keys.type(contact)


def test_complete_the_wizard_with_the_keyboard(window, qtbot, keys, tmp_path, monkeypatch):
    target = tmp_path / "network.agreement.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    keys.ctrl("n")
    assert window.workspace is not None and _step(window) is Step.TEMPLATE

    _next(window, keys, qtbot, Step.NETWORK)
    keys.type("Päijät-Hämeen ohjausverkosto")
    keys.press(K.Key_Tab)
    keys.type("Päijät-Häme")
    keys.press(K.Key_Tab)
    keys.type("Hankkeessa rakennettu verkosto jatkaa.")
    keys.alt("s")
    keys.type("uraohjaus")
    _next(window, keys, qtbot, Step.PARTIES)

    for party in PARTIES:
        _add_party(keys, party)
    _next(window, keys, qtbot, Step.COORDINATION)

    keys.alt("p")  # the coordinating party: the first one
    keys.press(K.Key_Down)
    keys.alt("u")  # its contact person coordinates
    keys.alt("d")
    keys.type("kutsuu kokoukset koolle")
    _next(window, keys, qtbot, Step.MEETINGS)

    keys.alt("t")
    keys.type("2027-02-10")
    keys.press(K.Key_Return)  # adds the date; does not leave the page
    assert _step(window) is Step.MEETINGS
    _next(window, keys, qtbot, Step.COMMITMENTS)

    keys.alt("c")  # the table, at the first party's staff hours
    for row in range(len(PARTIES)):
        keys.type("80")
        keys.press(K.Key_Tab)
        keys.type("Saa edustaa organisaatiota verkostossa.")
        keys.press(K.Key_Return)
        if row + 1 < len(PARTIES):
            keys.press(K.Key_Down)
            keys.press(K.Key_Left)
    keys.alt("k")
    keys.type("Kaksi koulutuspäivää vuodessa.")
    _next(window, keys, qtbot, Step.TERM)

    keys.alt("s")
    keys.type("2027-01-01")
    keys.alt("d")
    keys.type("2029-12-31")
    keys.alt("o")
    keys.type("Lahden kaupungin tietosuojavastaava")
    keys.alt("l")  # use of materials, then on to the court and the place of signing
    keys.press(K.Key_Tab)
    keys.type("Päijät-Hämeen käräjäoikeus")
    keys.press(K.Key_Tab)
    keys.type("Lahti")
    _next(window, keys, qtbot, Step.REVIEW)

    wizard = window.workspace.wizard
    review = wizard.currentPage()
    assert review.isComplete(), [review.problems.item(i).text()
                                 for i in range(review.problems.count())]
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled)
    keys.press(K.Key_Return)  # Enter presses Finish
    qtbot.waitUntil(lambda: window.document_page is not None, timeout=3000)

    saved = load_draft(target)
    assert problems(saved) == []
    assert [p.name for p in saved.parties] == [p[0] for p in PARTIES]
    assert saved.coordination.party == saved.parties[0].key
    assert saved.coordination.coordinator.name == "Sanna Virtanen"
    assert [c.staff_hours_per_year for c in saved.commitments] == [80, 80]
    pane = window.document_page.pdf
    qtbot.waitUntil(lambda: pane.page_count() > 0, timeout=20_000)
