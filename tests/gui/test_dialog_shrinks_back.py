"""Dialogs grow for a message and shrink back once it is gone, without jumping while typing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit
from test_register_support import PASSWORD, open_sign_dialog, use_file

from agreement_studio.gui.signing.form_parts import FieldMessage, add_row
from agreement_studio.gui.window_fit import SHRINK_AFTER_MS, KeepInShape, _Fit

pytest_plugins = ["test_register_support"]

LONG = " ".join(["This message is long enough to wrap over several lines of the dialog."] * 6)


def _dialog(qtbot):
    dialog = QDialog()
    form = QFormLayout(dialog)
    fields = []
    for label in ("&Name:", "&Password:"):
        field = QLineEdit()
        message = FieldMessage(field)
        add_row(form, label, field, message)
        fields.append((field, message))
    qtbot.addWidget(dialog)
    dialog.resize(360, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog, fields


def _settled(qtbot, dialog) -> None:
    """Wait until the dialog's pending shrink (if any) has run: the pause has passed."""
    shrinking = _Fit.of(dialog).shrinking
    qtbot.waitUntil(lambda: not shrinking.isActive(), timeout=SHRINK_AFTER_MS + 3_000)
    QApplication.processEvents()


def test_a_message_grows_the_dialog_and_its_going_shrinks_it_back(qtbot):
    dialog, [(_name, message), _second] = _dialog(qtbot)
    opened = dialog.height()
    message.show_text(LONG)
    qtbot.waitUntil(lambda: dialog.height() > opened + 40)
    message.show_text("")
    qtbot.waitUntil(lambda: dialog.height() == opened, timeout=SHRINK_AFTER_MS + 2_000)


def test_no_jumping_while_a_message_comes_and_goes_with_each_key(qtbot):
    dialog, [(_name, message), _second] = _dialog(qtbot)
    opened = dialog.height()
    message.show_text(LONG)
    qtbot.waitUntil(lambda: dialog.height() > opened + 40)
    grown = dialog.height()
    shrinking = _Fit.of(dialog).shrinking
    for _ in range(6):  # keystrokes faster than the pause: the height holds still
        message.show_text("")
        QApplication.processEvents()
        assert dialog.height() == grown and shrinking.isActive()  # waits for the pause
        message.show_text(LONG)
        QApplication.processEvents()
        assert dialog.height() == grown


def test_a_height_the_person_chose_is_kept(qtbot):
    dialog, [(_name, message), _second] = _dialog(qtbot)
    dialog.resize(dialog.width(), dialog.height() + 120)  # the person made it taller
    QApplication.processEvents()
    chosen = dialog.height()
    message.show_text("Short.")
    message.show_text("")
    _settled(qtbot, dialog)
    assert dialog.height() == chosen


def test_keep_in_shape_dialogs_shrink_back_too(qtbot):
    dialog, [(_name, message), _second] = _dialog(qtbot)
    KeepInShape(dialog)
    opened = dialog.height()
    message.setText(LONG)
    message.setVisible(True)  # no show_text: only the layout's request tells
    qtbot.waitUntil(lambda: dialog.height() > opened + 40)
    message.setVisible(False)
    qtbot.waitUntil(lambda: dialog.height() == opened, timeout=SHRINK_AFTER_MS + 2_000)


def test_the_sign_dialog_leaves_no_gap_after_a_wrong_password(
    window, pki, registered, studio, qtbot
):
    dialog = open_sign_dialog(studio, qtbot)
    _settled(qtbot, dialog)  # the dialog settled
    use_file(dialog, qtbot, pki.holders[0].path, "not the password", opens=False)
    _settled(qtbot, dialog)
    settled = dialog.height()
    dialog.sign_button.click()
    message = dialog.file.secret_message
    qtbot.waitUntil(message.isVisible, timeout=20_000)
    dialog.file.identity_message.show_text(LONG)  # and a long one besides, as for a CA's file
    qtbot.waitUntil(lambda: dialog.height() > settled)
    qtbot.keyClicks(dialog.file.secret, "x")  # typing again clears the password's message
    dialog.file.identity_message.show_text("")
    assert not message.isVisible()
    qtbot.waitUntil(lambda: dialog.height() <= settled, timeout=SHRINK_AFTER_MS + 3_000)
    assert PASSWORD  # the fixture's identity is unchanged
