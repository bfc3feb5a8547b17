"""The register view and the signing dialogs: every control named, Alt keys that never clash
(in English, Finnish and Swedish), the Tools menu off while its Alt key is the wizard's."""

from __future__ import annotations

import pytest
from accessibility_support import inside_composite, interactive_widgets, mnemonic
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QWidget,
)
from test_register_support import wait_idle

from agreement_studio.gui.i18n import install_translators

pytest_plugins = ["test_register_support"]


def clashes(root: QWidget, reserved: dict[str, str]) -> list[str]:
    """Alt keys used twice among the controls ``root`` shows together, or taken by
    ``reserved`` (the menu bar). A hidden page's keys do not fire, so they do not count."""
    seen: dict[str, str] = {}
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        key = mnemonic(widget)
        if not key or inside_composite(widget) or not widget.isVisibleTo(root):
            continue
        for other in (reserved.get(key), seen.get(key)):
            if other:
                found.append(f"{widget.text()!r} and {other!r}")
        seen[key] = widget.text()
    return found


def menu_keys(window) -> dict[str, str]:
    """The menu bar's Alt keys (of the menus that are on)."""
    keys = {
        QKeySequence.mnemonic(a.text()).toString(): a.text()
        for a in window.menuBar().actions()
        if a.isEnabled()
    }
    keys.pop("", None)
    return keys


def _dialogs(window, details):
    """Every dialog of this part, made (not shown) for inspection."""
    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog
    from agreement_studio.gui.signing.identity_form import IdentityDialog, Purpose
    from agreement_studio.gui.signing.sign_dialog import SignDialog

    made = {"identities": IdentitiesDialog(window)}
    for purpose in Purpose:
        made[f"identity {purpose.value}"] = IdentityDialog(purpose, lambda values: None, window)
    if details is not None:
        made["sign"] = SignDialog(None, details, window)  # type: ignore[arg-type]
    return made


def _details(studio, qtbot, registered):
    from test_register_support import choose_row

    choose_row(studio, qtbot)
    return studio.detail.details


def test_every_control_is_named(window, registered, studio, qtbot):
    details = _details(studio, qtbot, registered)
    roots = {"register view": studio.view, **_dialogs(window, details)}
    unnamed = [
        f"{name}: {type(w).__name__} {w.objectName()!r}"
        for name, root in roots.items()
        for w in interactive_widgets(root)
        if not w.accessibleName().strip()
    ]
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_alt_keys_do_not_clash(qapp, window, registered, studio, qtbot, language):
    details = _details(studio, qtbot, registered)
    install_translators(qapp, language)
    try:
        from agreement_studio.gui.main_window import MainWindow
        from agreement_studio.gui.register import install_register

        fresh = MainWindow()
        qtbot.addWidget(fresh)
        controller = install_register(fresh)
        controller.detail.show_details(details)  # its buttons shown, as with a row chosen
        found = [f"register: {c}" for c in clashes(controller.view, menu_keys(fresh))]
        for name, dialog in _dialogs(fresh, details).items():
            if name == "identities":
                for index in range(dialog.tabs.count()):
                    found += [
                        f"{name} tab {index}: {c}" for c in clashes(dialog.tabs.widget(index), {})
                    ]
            elif name == "sign":
                for index in range(dialog.source.count()):  # each identity's form in turn
                    dialog.source.setCurrentIndex(index)
                    found += [f"{name} {index}: {c}" for c in clashes(dialog, {})]
            else:
                found += [f"{name}: {c}" for c in clashes(dialog, {})]
        wait_idle(qtbot)
        assert not found, f"{language}:\n" + "\n".join(found)
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_the_wizards_alt_keys_are_its_own_while_it_is_shown(qapp, qtbot, language):
    from agreement_studio.agreement import example_agreement
    from agreement_studio.drafting.wizard import STEPS, Step, WizardSession
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.register import install_register

    install_translators(qapp, language)
    try:
        fresh = MainWindow()
        qtbot.addWidget(fresh)
        install_register(fresh)
        tools = fresh.menuBar().actions()[-2]
        assert tools.isEnabled()
        fresh.start_drafting(WizardSession(example_agreement(), Step.REVIEW))
        assert not tools.isEnabled()
        reserved = menu_keys(fresh)
        wizard = fresh.workspace.wizard
        found = []
        for step in STEPS:
            found += [f"{step.value}: {c}" for c in clashes(wizard.pages[step], reserved)]
        fresh._discard_workspace()
        fresh.show_home()
        assert tools.isEnabled()
        wait_idle(qtbot)
        assert not found, f"{language}:\n" + "\n".join(found)
    finally:
        install_translators(qapp, "en")
