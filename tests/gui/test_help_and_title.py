"""F1 shows the help of the view in front (in the window's language); the title names the view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid
from test_register_support import choose_row

from agreement_studio.drafting.wizard import STEPS
from agreement_studio.gui.help import TOPICS, help_text
from agreement_studio.gui.i18n import install_translators

pytest_plugins = ["test_register_support"]


def press_f1(qtbot, keys) -> QMessageBox:
    """F1 into whatever has the focus; the help box once it shows (closed with Escape)."""
    keys.press(Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.objectName() == "help" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=3000,
    )
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "help" and w.isVisible()
    )
    return box


def close_help(box: QMessageBox, qtbot, keys) -> None:
    qtbot.waitUntil(box.isActiveWindow, timeout=3000)
    parent = box.parentWidget().window()
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(box) or not box.isVisible(), timeout=3000)
    if QApplication.activeWindow() is None:  # a window manager gives the window back its focus
        parent.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)


def test_every_topic_is_its_own_and_translated(qapp):
    english = {topic: help_text(topic) for topic in TOPICS}
    assert len({text for _title, text in english.values()}) == len(TOPICS)
    for language in ("fi", "sv"):
        install_translators(qapp, language)
        try:
            for topic in TOPICS:
                title, text = help_text(topic)
                assert title != english[topic][0] or (topic == "register" and language == "sv")
                assert text != english[topic][1], f"{language} {topic} is in English"
        finally:
            install_translators(qapp, "en")


def test_f1_follows_the_view_and_the_title_names_it(window, qtbot, keys):
    assert window.windowTitle() == "Agreement Studio"
    box = press_f1(qtbot, keys)
    assert box.property("topic") == "start"
    close_help(box, qtbot, keys)

    keys.ctrl("n")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=5000)
    assert window.windowTitle() == "New agreement[*] — Agreement Studio"
    wizard = window.workspace.wizard
    seen = set()
    for step in STEPS[:2]:  # the template and network pages of an empty draft
        wizard.go_to(step)
        box = press_f1(qtbot, keys)
        assert box.property("topic") == f"wizard:{step.value}"
        seen.add(box.text())
        close_help(box, qtbot, keys)
    assert len(seen) == 2
    keys.alt("n")  # the template page is complete: on to the network page
    keys.type("Verkosto")
    qtbot.waitUntil(window.isWindowModified, timeout=3000)


def test_register_verification_and_dialog_help(window, registered, studio, qtbot, keys):
    choose_row(studio, qtbot)
    assert window.windowTitle() == "Register — Agreement Studio"
    studio.view.table.setFocus()
    box = press_f1(qtbot, keys)
    assert box.property("topic") == "register"
    close_help(box, qtbot, keys)

    from agreement_studio.gui.verification import install_verification

    verification = install_verification(window)
    verification.controller.show()
    assert window.windowTitle() == "Verify signatures — Agreement Studio"
    box = press_f1(qtbot, keys)
    assert box.property("topic") == "verification"
    close_help(box, qtbot, keys)

    from agreement_studio.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window)
    dialog.open()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    box = press_f1(qtbot, keys)
    assert box.property("topic") == "preferences"
    close_help(box, qtbot, keys)
    dialog.reject()
