"""A coordinator's first day: the wizard with the keyboard into a fresh register, the agreement
in the table with its PDF, then edited into a second version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_register_support import wait_idle

from agreement_studio.agreement import make_business_id
from agreement_studio.drafting.wizard import Step
from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]

K = Qt.Key
PARTIES = [
    ("Heinolan kaupunki", make_business_id("0208201"), "Rauhankatu 3, 18100 Heinola",
     "Aino Aaltonen", "kaupunginjohtaja", "Eero Lehto"),
    ("Heinolan kansalaisopisto", make_business_id("1234567"), "Kauppakatu 10, 18100 Heinola",
     "Ville Nieminen", "rehtori", "Liisa Koski"),
]


def _step(window):
    return window.workspace.wizard.current_step()


def _next(window, keys, qtbot, expected: Step) -> None:
    wizard = window.workspace.wizard
    qtbot.waitUntil(wizard.button(wizard.WizardButton.NextButton).isEnabled, timeout=3000)
    keys.alt("n")
    qtbot.waitUntil(lambda: _step(window) is expected, timeout=3000)


def _add_party(keys, party) -> None:
    name, business_id, address, signer, title, contact = party
    keys.alt("a")
    keys.type(name)
    keys.press(K.Key_Tab)
    keys.type(business_id)
    keys.press(K.Key_Tab, times=2)
    keys.type(address)
    keys.alt("y")
    keys.type(signer)
    keys.press(K.Key_Tab)
    keys.type(title)
    keys.press(K.Key_Return)
    keys.alt("m")
    keys.type(contact)


def _write_agreement(window, keys, qtbot) -> None:
    """Every page of the wizard, typed."""
    keys.ctrl("n")
    _next(window, keys, qtbot, Step.NETWORK)
    keys.type("Heinolan ohjausverkosto")
    keys.press(K.Key_Tab)
    keys.type("Päijät-Häme")
    keys.press(K.Key_Tab)
    keys.type("Verkosto jatkaa hankkeen jälkeen.")
    keys.alt("s")
    keys.type("uraohjaus")
    _next(window, keys, qtbot, Step.PARTIES)
    for party in PARTIES:
        _add_party(keys, party)
    _next(window, keys, qtbot, Step.COORDINATION)
    keys.alt("p")
    keys.press(K.Key_Down)
    keys.alt("u")
    keys.alt("d")
    keys.type("kutsuu kokoukset koolle")
    _next(window, keys, qtbot, Step.MEETINGS)
    keys.alt("t")
    keys.type("2027-02-10")
    keys.press(K.Key_Return)
    _next(window, keys, qtbot, Step.COMMITMENTS)
    keys.alt("c")
    for row in range(len(PARTIES)):
        keys.type("60")
        keys.press(K.Key_Tab)
        keys.type("Saa edustaa organisaatiota.")
        keys.press(K.Key_Return)
        if row + 1 < len(PARTIES):
            keys.press(K.Key_Down)
            keys.press(K.Key_Left)
    keys.alt("k")
    keys.type("Yksi koulutuspäivä vuodessa.")
    _next(window, keys, qtbot, Step.TERM)
    keys.alt("s")
    keys.type("2027-01-01")
    keys.alt("d")
    keys.type("2029-12-31")
    keys.alt("o")
    keys.type("Heinolan kaupungin tietosuojavastaava")
    keys.alt("l")
    keys.press(K.Key_Tab)
    keys.type("Päijät-Hämeen käräjäoikeus")
    keys.press(K.Key_Tab)
    keys.type("Heinola")
    _next(window, keys, qtbot, Step.REVIEW)


def test_from_the_wizard_into_a_fresh_register(window, studio, register_path, qtbot, keys,
                                               tmp_path, monkeypatch):
    draft = tmp_path / "heinola.agreement.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(draft), "")))
    assert window.stack.currentWidget() is window.start_page and not register_path.exists()
    _write_agreement(window, keys, qtbot)
    wizard = window.workspace.wizard
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled)
    keys.press(K.Key_Return)  # Finish
    model = studio.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=30_000)
    assert register_path.exists()
    assert window.stack.currentWidget() is studio.view
    assert model.index(0, RegisterModel.NETWORK).data() == "Heinolan ohjausverkosto"
    assert model.index(0, RegisterModel.STATUS).data() == "Ready for signing · 0/2"
    assert model.index(0, RegisterModel.PARTIES).data() == "2"
    detail = studio.detail
    qtbot.waitUntil(lambda: detail.pdf is not None and detail.pdf.page_count() > 0,
                    timeout=30_000)
    assert detail.tabs.currentIndex() == detail.pdf_tab
    qtbot.waitUntil(lambda: studio.view.current_document() == model.rows[0].document_id
                    and detail.document_id() == model.rows[0].document_id, timeout=10_000)
    names = [detail.signatories.topLevelItem(i).text(1) for i in range(2)]
    assert names == ["Aino Aaltonen", "Ville Nieminen"]

    # Edit: the wizard opens on the recorded draft; Finish records version 2.
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert not window.menuBar().actions()[-2].isEnabled()  # Tools is off while drafting
    wizard = window.workspace.wizard
    wizard.go_to(Step.NETWORK)
    keys.alt("s")
    keys.type(", työnhakijoiden ohjaus")
    wizard.go_to(Step.REVIEW)
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: detail.versions.topLevelItemCount() == 2, timeout=30_000)
    assert detail.versions.topLevelItem(1).text(3) == "current"
    assert "Version 2 is in the register." in window.statusBar().currentMessage()
    assert model.total == 1
    wait_idle(qtbot)
