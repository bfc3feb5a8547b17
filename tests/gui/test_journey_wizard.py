"""A coordinator's first day: the wizard with the keyboard into a fresh register, the agreement
in the table with its PDF, then edited into a second version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_register_support import wait_idle
from wizard_typing import K, TypedAgreement, TypedParty, type_agreement

from agreement_studio.agreement import make_business_id
from agreement_studio.drafting.wizard import Step
from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]

TYPED = TypedAgreement(
    network="Heinolan ohjausverkosto",
    region="Päijät-Häme",
    purpose="Verkosto jatkaa hankkeen jälkeen.",
    parties=(
        TypedParty(
            "Heinolan kaupunki",
            make_business_id("0208201"),
            "Rauhankatu 3, 18100 Heinola",
            "Aino Aaltonen",
            "kaupunginjohtaja",
            "Eero Lehto",
        ),
        TypedParty(
            "Heinolan kansalaisopisto",
            make_business_id("1234567"),
            "Kauppakatu 10, 18100 Heinola",
            "Ville Nieminen",
            "rehtori",
            "Liisa Koski",
        ),
    ),
    staff_hours=60,
    competence="Yksi koulutuspäivä vuodessa.",
    data_protection_contact="Heinolan kaupungin tietosuojavastaava",
    place="Heinola",
)


def test_from_the_wizard_into_a_fresh_register(
    window, studio, register_path, qtbot, keys, tmp_path, monkeypatch
):
    draft = tmp_path / "heinola.agreement.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(draft), ""))
    )
    assert window.stack.currentWidget() is window.start_page and not register_path.exists()
    keys.ctrl("n")
    type_agreement(window, keys, qtbot, TYPED)
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
    qtbot.waitUntil(lambda: detail.pdf is not None and detail.pdf.page_count() > 0, timeout=30_000)
    assert detail.tabs.currentIndex() == detail.pdf_tab
    qtbot.waitUntil(
        lambda: (
            studio.view.current_document() == model.rows[0].document_id
            and detail.document_id() == model.rows[0].document_id
        ),
        timeout=10_000,
    )
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
