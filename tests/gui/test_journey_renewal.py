"""A signed agreement renewed for the next term: Renew, the wizard on the renewal, Finish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_register_support import PASSWORD, agreement_for_signing, choose_row, wait_idle

from agreement_studio.drafting.wizard import Step
from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]


@pytest.fixture
def fully_signed(pki, registered, register_path, tmp_path):
    """The registered agreement signed by all three signatories (outside the window)."""
    from agreement_studio.register import open_register
    from agreement_studio.signing import load_pkcs12, sign_pdf

    with open_register(register_path) as register:
        for number, holder in enumerate(pki.holders):
            out = tmp_path / f"signed-{number}.pdf"
            sign_pdf(
                register.current_pdf(registered),
                load_pkcs12(holder.path, PASSWORD),
                output=out,
                field=holder.field,
            )
            register.import_file(out)
    return registered


def test_renew_a_signed_agreement(window, fully_signed, studio, qtbot, keys):
    model = studio.model
    # signed with identities of a CA nobody has configured as trusted: the list says so
    assert model.index(0, RegisterModel.STATUS).data() == "Signed · 3/3 — not trusted"
    choose_row(studio, qtbot)
    detail = studio.detail
    assert detail.renew_button.isEnabled() and not detail.edit_button.isEnabled()
    qtbot.mouseClick(detail.renew_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    session = window.workspace.session
    assert str(session.agreement.document_id) != fully_signed
    original_start = agreement_for_signing().term.start
    assert session.agreement.term.start > original_start  # the term moved on
    qtbot.waitUntil(lambda: model.total == 2, timeout=10_000)
    wizard = window.workspace.wizard
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled, timeout=10_000)
    wizard.button(wizard.WizardButton.FinishButton).setFocus()
    keys.press(Qt.Key.Key_Return)  # as it was: nothing new to record
    qtbot.waitUntil(lambda: "no new version" in window.statusBar().currentMessage(), timeout=30_000)
    choose_row(studio, qtbot, model.row_of(str(session.agreement.document_id)))
    qtbot.mouseClick(detail.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    session = window.workspace.session
    wizard = window.workspace.wizard
    wizard.go_to(Step.NETWORK)
    keys.alt("s")
    keys.type(", uraohjaus")
    wizard.go_to(Step.REVIEW)
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled, timeout=10_000)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: "Version 2 is in the register." in window.statusBar().currentMessage(),
        timeout=30_000,
    )
    renewal = str(session.agreement.document_id)
    qtbot.waitUntil(
        lambda: detail.document_id() == renewal and detail.versions.topLevelItemCount() == 2,
        timeout=10_000,
    )
    assert session.path.name == f"{renewal}.agreement.json" and session.path.is_file()
    wait_idle(qtbot)
    original = model.row_of(fully_signed)
    assert original is not None
    choose_row(studio, qtbot, original)
    events = [
        detail.history.topLevelItem(i).text(1) for i in range(detail.history.topLevelItemCount())
    ]
    assert "Renewed" in events
    assert not detail.renew_button.isEnabled()  # it has its renewal
