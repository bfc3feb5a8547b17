"""Every control of the wizard can be named by a screen reader and reached with the keyboard."""

from __future__ import annotations

import pytest
from accessibility_support import inside_composite, interactive_widgets, mnemonic
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import STEPS, Step, WizardSession
from agreement_studio.gui.i18n import install_translators
from agreement_studio.gui.wizard.tables import DraftTableView

NO_KEY = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def wizard(window):
    window._start_drafting(lambda: WizardSession(example_agreement(), Step.REVIEW))
    return window.workspace.wizard


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def test_every_control_of_every_page_has_an_accessible_name(wizard):
    unnamed = []
    for step in STEPS:
        wizard.go_to(step)
        page = wizard.currentPage()
        for widget in interactive_widgets(page):
            if not widget.accessibleName().strip():
                unnamed.append(f"{step.value}: {_describe(widget)}")
    for which in (
        wizard.WizardButton.BackButton,
        wizard.WizardButton.NextButton,
        wizard.WizardButton.FinishButton,
        wizard.WizardButton.CancelButton,
    ):
        if not wizard.button(which).accessibleName():
            unnamed.append(f"wizard button {which}")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)


def test_start_page_controls_are_named(window):
    assert all(w.accessibleName() for w in interactive_widgets(window.start_page))


@pytest.mark.parametrize("step", STEPS, ids=[s.value for s in STEPS])
def test_tab_reaches_every_control_of_the_page(wizard, keys, step):
    wizard.go_to(step)
    page = wizard.currentPage()
    wanted = {
        w
        for w in interactive_widgets(page)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    }
    reached = set()
    first = QApplication.focusWidget()
    left = False
    for _ in range(300):
        # Tab walks a table's cells (which chooses other rows); Ctrl+Tab leaves it at once.
        in_table = isinstance(QApplication.focusWidget(), DraftTableView)
        keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier if in_table else NO_KEY)
        focus = QApplication.focusWidget()
        reached.add(focus)
        left = left or focus is not first
        if focus is first and left:
            break
    missing = [_describe(w) for w in wanted if w not in reached and w.focusProxy() not in reached]
    assert not missing, f"{step.value}: Tab never reaches " + ", ".join(missing)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_mnemonics_do_not_clash(qapp, window, language):
    """Alt+letter on a page never means two things (nor a menu, nor Back/Next/Finish)."""
    install_translators(qapp, language)
    try:
        from agreement_studio.gui.main_window import MainWindow

        fresh = MainWindow()
        fresh._start_drafting(lambda: WizardSession(example_agreement(), Step.REVIEW))
        wizard = fresh.workspace.wizard
        reserved = {
            mnemonic(wizard.button(b)): f"wizard {b}"
            for b in (
                wizard.WizardButton.BackButton,
                wizard.WizardButton.NextButton,
                wizard.WizardButton.FinishButton,
            )
        }
        for action in fresh.menuBar().actions():
            reserved[QKeySequence.mnemonic(action.text()).toString()] = action.text()
        reserved.pop("", None)
        clashes = []
        for step in STEPS:
            page = wizard.pages[step]
            seen: dict[str, str] = {}
            for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
                key = mnemonic(widget)
                if not key or inside_composite(widget):
                    continue
                if key in reserved:
                    clashes.append(f"{step.value}: {widget.text()!r} and {reserved[key]!r}")
                if key in seen:
                    clashes.append(f"{step.value}: {widget.text()!r} and {seen[key]!r}")
                seen[key] = widget.text()
        fresh.workspace.session.agreement = fresh.workspace.session.agreement  # nothing to save
        fresh._discard_workspace()
        fresh.deleteLater()
        assert not clashes, f"{language}:\n" + "\n".join(clashes)
    finally:
        install_translators(qapp, "en")
