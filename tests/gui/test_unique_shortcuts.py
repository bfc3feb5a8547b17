"""No Alt letter or shortcut means two things in any window, dialog, view or wizard page.

The walk (``shortcut_walk.clashes``) looks at the window as it is shown at each stop: the
start page, every wizard page, the register with an agreement chosen, the verification view,
and the preferences, identities (each tab) and sign dialogs; in English, Finnish and Swedish.
Every stop is checked with the window as the program makes it (register, Tools menu and
verification installed), so the menu bar's Alt keys are among the ones that must not repeat:
a disabled menu (Tools while the wizard is open) still takes its Alt key. A dialog is a
window of its own, whose Alt keys the main window's menu bar does not take (Qt's window
context; ``test_alt_keys.test_a_dialog_does_not_share_the_menu_bar_alt_keys``): the dialogs
are checked on their own.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget
from shortcut_walk import alt_key, clashes
from test_register_support import open_sign_dialog

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import STEPS, Step, WizardSession
from agreement_studio.gui.i18n import install_translators
from agreement_studio.gui.main_window import MainWindow

pytest_plugins = ["test_register_support"]

LANGUAGES = ["en", "fi", "sv"]


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    """The window's language for the test (English again afterwards)."""
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def menu_bar_keys(window: MainWindow) -> dict[str, str]:
    """The Alt key of every menu of the window's menu bar (disabled ones too), and its title."""
    keys = {}
    for action in window.menuBar().actions():
        if action.isVisible() and alt_key(action.text()):
            keys[alt_key(action.text())] = action.text()
    return keys


def installed(window, studio):
    """The window as ``agreement_studio.gui.app.run`` makes it: register, Tools, verification."""
    from agreement_studio.gui.verification import install_verification

    assert window.register is studio
    install_verification(window)
    assert len(menu_bar_keys(window)) == 4  # File, Edit, Tools, Help
    return window


def test_the_walk_finds_a_clash(window):
    """The walk is not blind: a second "&File" beside the menu's is found."""
    from PySide6.QtWidgets import QPushButton

    assert clashes(window, "start") == []
    extra = QPushButton("&File", window.start_page)
    extra.show()
    try:
        assert any("Alt+F" in line for line in clashes(window, "start"))
    finally:
        extra.deleteLater()


def test_the_walk_counts_a_disabled_menu(window, studio):
    """A disabled menu still takes its Alt key in Qt: the walk counts it."""
    from PySide6.QtWidgets import QPushButton

    installed(window, studio)
    tools = window.menuBar().actions()[2]
    assert tools.text() == "&Tools"
    tools.setEnabled(False)
    extra = QPushButton("&Tally", window.start_page)
    extra.show()
    try:
        assert any("Alt+T" in line and "Tools" in line for line in clashes(window, "start"))
    finally:
        extra.deleteLater()


def test_the_tools_menu_has_no_alt_key_while_drafting(window, studio, qtbot):
    """Off while the wizard is shown, and without its Alt key; both back on the start page."""
    installed(window, studio)
    tools = window.menuBar().actions()[2]
    window._start_drafting(lambda: WizardSession(example_agreement(), Step.REVIEW))
    qtbot.waitUntil(lambda: not tools.isEnabled(), timeout=3000)
    assert tools.text() == "Tools"
    assert "Alt+T" not in menu_bar_keys(window)
    window._discard_workspace()
    qtbot.waitUntil(tools.isEnabled, timeout=3000)
    assert tools.text() == "&Tools"


def test_no_clash_in_the_wizard(language, window, studio, qtbot):
    installed(window, studio)
    found = clashes(window, f"{language} start page")
    window._start_drafting(lambda: WizardSession(example_agreement(), Step.REVIEW))
    wizard = window.workspace.wizard
    for step in STEPS:
        wizard.go_to(step)
        qtbot.waitUntil(lambda s=step: wizard.current_step() is s, timeout=3000)
        found += clashes(window, f"{language} wizard {step.value}")
    assert not found, "\n".join(found)


def test_no_clash_in_the_register_and_verification(language, window, registered, studio, qtbot):
    from test_register_support import choose_row

    installed(window, studio)
    found = []
    choose_row(studio, qtbot)
    found += clashes(window, f"{language} register")
    window.verification.controller.show()
    found += clashes(window, f"{language} verification")
    assert not found, "\n".join(found)


def test_no_clash_in_the_dialogs(language, window, registered, studio, qtbot):
    from agreement_studio.gui.preferences_dialog import PreferencesDialog
    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog

    found = []
    preferences = PreferencesDialog(window)
    preferences.show()
    found += clashes(preferences, f"{language} preferences")
    preferences.reject()
    identities = IdentitiesDialog(window, studio.access)
    identities.show()
    tabs = identities.findChild(QTabWidget)
    for tab in range(tabs.count()):
        tabs.setCurrentIndex(tab)
        found += clashes(identities, f"{language} identities tab {tabs.tabText(tab)!r}")
    identities.reject()
    sign = open_sign_dialog(studio, qtbot)
    for source in range(sign.source.count()):
        sign.source.setCurrentIndex(source)
        found += clashes(sign, f"{language} sign dialog, source {source}")
    sign.reject()
    assert not found, "\n".join(found)
