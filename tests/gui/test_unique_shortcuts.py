"""No Alt letter or shortcut means two things in any window, dialog, view or wizard page.

The walk (``shortcut_walk.clashes``) looks at the window as it is shown at each stop: the
start page, every wizard page, the register with an agreement chosen, the verification view,
and the preferences, identities (each tab) and sign dialogs; in English, Finnish and Swedish.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget
from shortcut_walk import clashes
from test_register_support import open_sign_dialog

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import STEPS, Step, WizardSession
from agreement_studio.gui.i18n import install_translators

pytest_plugins = ["test_register_support"]

LANGUAGES = ["en", "fi", "sv"]


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    """The window's language for the test (English again afterwards)."""
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


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


def test_no_clash_in_the_wizard(language, window, qtbot):
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

    found = []
    choose_row(studio, qtbot)
    found += clashes(window, f"{language} register")
    from agreement_studio.gui.verification import install_verification

    verification = install_verification(window)
    verification.controller.show()
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
