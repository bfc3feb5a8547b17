"""Signing in the window: the sign dialog, its messages at the right field, and the register."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_register_support import (
    PASSWORD,
    expired_identity_file,
    open_sign_dialog,
    sign_and_wait,
    use_file,
    wait_idle,
)

from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]


def _events(register_path, document_id):
    from agreement_studio.register import open_register

    with open_register(register_path) as register:
        return [e.action for e in register.events(document_id)]


def test_sign_with_an_identity_file(window, pki, registered, studio, qtbot):
    dialog = open_sign_dialog(studio, qtbot)
    holder = pki.holders[1]  # Mikko Korhonen: not the first field
    use_file(dialog, qtbot, holder.path, PASSWORD)
    assert dialog.field.count() == 3
    result = sign_and_wait(dialog, qtbot)
    assert result.signed_count == 1 and [a.field_name for a in result.added] == [holder.field]
    assert dialog.pages.currentWidget() is dialog.result_page
    text = dialog.result_page.text.text()
    assert "Signed by: Mikko Korhonen, Koulutuskeskus Salpaus -kuntayhtymä" in text
    assert "Partially signed · 1/3" in text
    assert "not among the trusted" in dialog.result_page.verdict.text()  # no anchors yet
    assert not dialog.file.secret.text()  # the password is forgotten
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)  # Done
    qtbot.waitUntil(lambda: not dialog.isVisible())
    model = studio.model
    qtbot.waitUntil(
        lambda: (
            model.index(0, RegisterModel.STATUS).data() == "Partially signed · 1/3 — not trusted"
        ),
        timeout=10_000,
    )
    signatories = studio.detail.signatories
    qtbot.waitUntil(
        lambda: signatories.topLevelItem(1).text(2).startswith("Signed"), timeout=10_000
    )
    assert "Mikko Korhonen" in signatories.topLevelItem(1).text(3)


def test_three_signatories_sign_in_turn(window, pki, registered, studio, qtbot, isolated_home):
    from agreement_studio.preferences import load_preferences, save_preferences

    preferences = load_preferences()
    preferences.trust_anchors = [str(pki.ca_certificate)]  # now the signatures are trusted
    save_preferences(preferences)
    for number, holder in enumerate(pki.holders, start=1):
        dialog = open_sign_dialog(studio, qtbot)
        assert dialog.field.count() == 4 - number  # only the fields still unsigned
        use_file(dialog, qtbot, holder.path, PASSWORD)
        assert dialog.field.currentData() == holder.field
        result = sign_and_wait(dialog, qtbot)
        assert result.signed_count == number
        assert dialog.result_page.verdict.text() == "Signed, verified and recorded."
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot)
    status = studio.model.index(0, RegisterModel.STATUS)
    qtbot.waitUntil(lambda: status.data() == "Signed · 3/3", timeout=10_000)
    assert not studio.detail.sign_button.isEnabled()
    assert studio.detail.renew_button.isEnabled()


def test_a_wrong_password_is_said_at_the_field_and_nothing_is_written(
    window, pki, registered, studio, qtbot, register_path
):
    before = _events(register_path, registered)
    dialog = open_sign_dialog(studio, qtbot)
    use_file(dialog, qtbot, pki.holders[0].path, "not the password", opens=False)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    message = dialog.file.secret_message
    qtbot.waitUntil(message.isVisible, timeout=20_000)
    assert message.text() == "The password is not right."
    assert dialog.file.secret.accessibleDescription() == message.text()
    assert dialog.pages.currentIndex() == 0 and dialog.isVisible()
    assert _events(register_path, registered) == before
    qtbot.keyClicks(dialog.file.secret, "x")
    assert not message.isVisible()  # typing again clears it


def test_another_signatorys_field_is_refused_before_signing(
    window, pki, registered, studio, qtbot, register_path
):
    before = _events(register_path, registered)
    dialog = open_sign_dialog(studio, qtbot)
    use_file(dialog, qtbot, pki.holders[2].path, PASSWORD)
    assert dialog.field.currentIndex() == 2  # Sanna's own field was chosen for her
    dialog.field.setCurrentIndex(0)  # Päivi's field, with Sanna's certificate
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.field_message.isVisible, timeout=30_000)
    assert "This field is for Päivi Mäkelä" in dialog.field_message.text()
    assert "Sanna Lähteenmäki" in dialog.field_message.text()
    assert _events(register_path, registered) == before


def test_an_expired_certificate_is_said_at_the_identity(
    window, pki, registered, studio, qtbot, tmp_path, register_path
):
    before = _events(register_path, registered)
    path = expired_identity_file(tmp_path, "Päivi Mäkelä", "Lahden kaupunki")
    dialog = open_sign_dialog(studio, qtbot)
    use_file(dialog, qtbot, path, PASSWORD, opens=False)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    message = dialog.file.identity_message
    qtbot.waitUntil(message.isVisible, timeout=20_000)
    assert "cannot be used for signing" in message.text() and "expired" in message.text()
    assert _events(register_path, registered) == before


def test_missing_password_is_asked_for_without_signing(window, pki, registered, studio, qtbot):
    dialog = open_sign_dialog(studio, qtbot)
    use_file(dialog, qtbot, pki.holders[0].path, "", opens=False)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.file.secret_message.text() == "Type the file's password."
    assert dialog.task is None


def test_the_preview_shows_the_signature_as_it_will_appear(window, pki, registered, studio, qtbot):
    dialog = open_sign_dialog(studio, qtbot)
    lines = dialog.preview.lines()
    # the window speaks English here; the stamp speaks the (Finnish) agreement's language
    assert dialog.details.language == "fi"
    assert lines[:3] == ["Sähköisesti allekirjoitettu", "Päivi Mäkelä", "Lahden kaupunki"]
    dialog.field.setCurrentIndex(2)
    assert dialog.preview.lines()[1] == "Sanna Lähteenmäki"
    pixmap = dialog.preview.grab()
    assert not pixmap.isNull() and pixmap.width() > 100
    dialog.reject()
    wait_idle(qtbot)
