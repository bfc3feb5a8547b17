"""The sign dialog with the keyboard alone, every control reached by Tab and named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_register_support import PASSWORD, open_sign_dialog, wait_idle

from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]


@pytest.fixture
def stored(pki):
    """Päivi's identity imported into the app's identities."""
    from agreement_studio.signing.identity_store import import_identity

    return import_identity(pki.holders[0].path, PASSWORD)


def _focus_table(studio, keys):
    for _ in range(20):  # Tab along from the search field, as a person would
        if QApplication.focusWidget() is studio.view.table:
            return
        keys.press(Qt.Key.Key_Tab)
    raise AssertionError("Tab never reaches the register table")


def test_sign_with_the_keyboard_only(window, stored, registered, studio, qtbot, keys):
    keys.ctrl("f")
    _focus_table(studio, keys)
    keys.press(Qt.Key.Key_Home)  # the first agreement
    qtbot.waitUntil(lambda: studio.detail.document_id() == registered, timeout=10_000)
    keys.alt("i")  # S&ign…
    qtbot.waitUntil(
        lambda: studio.actions.sign_dialog is not None and studio.actions.sign_dialog.isVisible(),
        timeout=5000,
    )
    dialog = studio.actions.sign_dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow(), timeout=5000)
    assert dialog.source.currentIndex() == 0  # the app's own identities come first
    assert dialog.preview.lines()[1:3] == [stored.name, stored.organisation]
    keys.alt("w")  # Pass&word
    assert QApplication.focusWidget() is dialog.stored.secret
    keys.type(PASSWORD)
    keys.alt("r")
    keys.type("Hyväksytty hallituksen päätöksellä")
    keys.alt("l")
    keys.type("Lahti")
    with qtbot.waitSignal(dialog.signed, timeout=60_000) as signed:
        keys.press(Qt.Key.Key_Return)  # Sign is the default button
    assert signed.args[0].signed_count == 1
    assert QApplication.focusWidget() is dialog.sign_button  # now "Done"
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    status = studio.model.index(0, RegisterModel.STATUS)
    qtbot.waitUntil(lambda: status.data() == "Partially signed · 1/3 — not trusted", timeout=10_000)
    wait_idle(qtbot)


def test_escape_cancels_and_forgets_the_password(window, stored, registered, studio, qtbot, keys):
    dialog = open_sign_dialog(studio, qtbot)
    dialog.activateWindow()
    keys.alt("w")
    keys.type("secret")
    keys.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.stored.secret.text() == ""


def _interactive(root):
    from accessibility_support import interactive_widgets

    return interactive_widgets(root)


@pytest.mark.parametrize("source", [0, 1, 2], ids=["stored", "file", "token"])
def test_tab_reaches_every_control_of_the_sign_dialog(
    window, stored, registered, studio, qtbot, keys, source
):
    dialog = open_sign_dialog(studio, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    dialog.source.setCurrentIndex(source)
    dialog.field.setFocus()
    wanted = {
        w
        for w in _interactive(dialog)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    reached = set()
    for _ in range(60):
        keys.press(Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
        if QApplication.focusWidget() is dialog.field:
            break
    missing = [f"{type(w).__name__} {w.accessibleName()!r}" for w in wanted - reached]
    assert not missing, "Tab never reaches " + ", ".join(missing)
    unnamed = [type(w).__name__ for w in _interactive(dialog) if not w.accessibleName()]
    assert not unnamed, f"without an accessible name: {unnamed}"
    dialog.reject()
