"""Alt keys by keyboard: a stray Alt+letter types nothing, a mnemonic reaches its field, AltGr
still types, and the menu bar's Alt keys take no page's key (``gui/alt_keys.py``, Tools menu).

Keys go through ``QTest``, which, like a keyboard, offers the key to the shortcuts first
(``ShortcutOverride``) and only then gives the key press to the focused widget.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from shortcut_walk import _claims

from agreement_studio.agreement import example_agreement
from agreement_studio.drafting.wizard import Step, WizardSession
from agreement_studio.gui.alt_keys import is_stray_alt_letter
from agreement_studio.gui.i18n import install_translators

pytest_plugins = ["test_register_support"]

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def finnish(qapp):
    install_translators(qapp, "fi")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def swedish(qapp):
    install_translators(qapp, "sv")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def form(qtbot):
    """A small form on screen: a name (Alt+N), a date (Alt+D), notes (Alt+O), a choice;
    nothing on Alt+V. (A QDateEdit's validator refuses "v" by itself; the wizard's date
    field is a line edit: ``test_finnish_start_date_survives_alt_v``.)"""
    top = QWidget()
    layout = QFormLayout(top)
    widgets = {
        "name": QLineEdit("Päijät-Hämeen verkosto"),
        "date": QDateEdit(),
        "notes": QPlainTextEdit("Muistiinpanot"),
        "choice": QComboBox(),
    }
    widgets["date"].setDisplayFormat("d.M.yyyy")
    widgets["date"].setDate(widgets["date"].date().fromString("1.1.2027", "d.M.yyyy"))
    widgets["choice"].addItems(["Alue", "Valtakunnallinen"])
    for text, key in (("&Name:", "name"), ("&Date:", "date"), ("N&otes:", "notes")):
        label = QLabel(text)
        label.setBuddy(widgets[key])
        layout.addRow(label, widgets[key])
    layout.addRow(QLabel("Choice:"), widgets["choice"])
    qtbot.addWidget(top)
    top.show()
    top.activateWindow()
    qtbot.waitActive(top)
    widgets["form"] = top  # keeps the form alive while the test runs
    return widgets


def focus(widget: QWidget, qtbot) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def send_text(widget: QWidget, key: Qt.Key, modifiers, text: str) -> None:
    """A key press and release carrying ``text``, as the platform would deliver it."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def test_a_stray_alt_key_is_text_to_an_unguarded_line_edit():
    """The check of the tests below: the key press QTest makes for Alt+V carries "v", and a
    line edit given it directly (no filter) types it over its selection."""
    edit = QLineEdit("Päijät-Hämeen verkosto")
    edit.selectAll()
    QLineEdit.event(edit, QKeyEvent(QEvent.Type.KeyPress, K.Key_V, ALT, "v"))
    assert edit.text() == "v"


def test_alt_v_with_no_target_keeps_a_selected_line_edit(form, qtbot):
    focus(form["name"], qtbot)
    form["name"].selectAll()
    QTest.keyClick(form["name"], K.Key_V, ALT)
    QTest.keyClick(form["name"], K.Key_7, ALT)
    QTest.keyClick(form["name"], K.Key_V, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert form["name"].text() == "Päijät-Hämeen verkosto"
    assert form["name"].hasSelectedText()


def test_alt_v_with_no_target_keeps_notes(form, qtbot):
    focus(form["notes"], qtbot)
    form["notes"].selectAll()
    QTest.keyClick(form["notes"], K.Key_V, ALT)
    assert form["notes"].toPlainText() == "Muistiinpanot"


def test_alt_v_with_no_target_keeps_a_choice(form, qtbot):
    focus(form["choice"], qtbot)
    QTest.keyClick(form["choice"], K.Key_V, ALT)  # would search for "V…" without the guard
    assert form["choice"].currentText() == "Alue"


def test_plain_letters_still_type(form, qtbot):
    focus(form["name"], qtbot)
    form["name"].selectAll()
    QTest.keyClicks(form["name"], "Verkko")
    assert form["name"].text() == "Verkko"


def test_a_mnemonic_still_reaches_its_buddy_from_a_guarded_field(form, qtbot):
    focus(form["name"], qtbot)
    QTest.keyClick(form["name"], K.Key_V, ALT)  # the name field has its guard now
    QTest.keyClick(form["name"], K.Key_O, ALT)
    assert QApplication.focusWidget() is form["notes"]
    QTest.keyClick(form["notes"], K.Key_D, ALT)
    assert QApplication.focusWidget() is form["date"]
    QTest.keyClick(form["date"], K.Key_N, ALT)
    assert QApplication.focusWidget() is form["name"]
    assert form["name"].text() == "Päijät-Hämeen verkosto"


def test_the_guard_leaves_shortcut_override_to_the_shortcuts(form, qtbot):
    """A guarded field does not claim Alt+O from the shortcuts: the override stays ignored."""
    focus(form["name"], qtbot)
    override = QKeyEvent(QEvent.Type.ShortcutOverride, K.Key_O, ALT, "o")
    override.ignore()
    QApplication.sendEvent(form["name"], override)
    assert not override.isAccepted()


def test_altgr_characters_still_type(form, qtbot):
    """X11 reports AltGr's characters with no Alt (AltGr is ISO_Level3_Shift, not Alt); other
    systems as Ctrl+Alt; an old X11 map as Mode_switch (GroupSwitchModifier)."""
    focus(form["name"], qtbot)
    form["name"].setText("")
    none = Qt.KeyboardModifier.NoModifier
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | ALT
    group = Qt.KeyboardModifier.GroupSwitchModifier
    for key, modifiers, text in (
        (K.Key_At, none, "@"),
        (K.Key_sterling, none, "£"),
        (K.Key_BraceLeft, none, "{"),
        (K.Key_Backslash, none, "\\"),
        (K.Key_Bar, none, "|"),
        (K.Key_At, ctrl_alt, "@"),
        (K.Key_Dollar, ctrl_alt, "$"),
        (K.Key_BracketLeft, group, "["),
        (K.Key_AsciiTilde, group, "~"),
    ):
        send_text(form["name"], key, modifiers, text)
    assert form["name"].text() == "@£{\\|@$[~"


def test_alt_with_a_character_that_is_no_ascii_letter_still_types(form, qtbot):
    """Alt and ä (or @) is left alone: only ASCII letters and digits are mnemonics here."""
    focus(form["name"], qtbot)
    form["name"].setText("")
    send_text(form["name"], K.Key_Adiaeresis, ALT, "ä")
    send_text(form["name"], K.Key_At, ALT, "@")
    assert form["name"].text() == "ä@"


def test_which_keys_are_stray():
    def event(key, modifiers, text):
        return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)

    shift = Qt.KeyboardModifier.ShiftModifier
    assert is_stray_alt_letter(event(K.Key_V, ALT, "v"))
    assert is_stray_alt_letter(event(K.Key_V, ALT | shift, "V"))
    assert is_stray_alt_letter(event(K.Key_1, ALT, "1"))
    assert not is_stray_alt_letter(event(K.Key_V, Qt.KeyboardModifier.NoModifier, "v"))
    assert not is_stray_alt_letter(event(K.Key_V, ALT | Qt.KeyboardModifier.ControlModifier, "v"))
    assert not is_stray_alt_letter(event(K.Key_V, ALT | Qt.KeyboardModifier.MetaModifier, "v"))
    assert not is_stray_alt_letter(event(K.Key_Left, ALT, ""))
    assert not is_stray_alt_letter(event(K.Key_Adiaeresis, ALT, "ä"))


# The tester's cases, in the window as the program makes it (register, Tools, verification).


def wizard_at(window, studio, qtbot, step: Step):
    from agreement_studio.gui.verification import install_verification

    assert window.register is studio
    install_verification(window)
    window._start_drafting(lambda: WizardSession(example_agreement(), Step.REVIEW))
    wizard = window.workspace.wizard
    wizard.go_to(step)
    qtbot.waitUntil(lambda: wizard.current_step() is step, timeout=3000)
    return wizard.currentPage()


def buddy(page: QWidget, text: str) -> QWidget:
    labels = [label for label in page.findChildren(QLabel) if label.text() == text]
    assert len(labels) == 1, text
    widget = labels[0].buddy()
    assert widget is not None
    return widget


def line_of(widget: QWidget) -> QLineEdit:
    return widget if isinstance(widget, QLineEdit) else widget.line


def alt_keys_in_view(window) -> list[str]:
    return [key for key, _what, _owner in _claims(window)]


def test_finnish_network_name_survives_alt_v(finnish, window, studio, qtbot):
    page = wizard_at(window, studio, qtbot, Step.NETWORK)
    assert "Alt+V" not in alt_keys_in_view(window)  # nothing takes Alt+V here
    name = line_of(buddy(page, "Verkoston &nimi:"))
    before = name.text()
    assert before
    focus(name, qtbot)
    name.selectAll()
    QTest.keyClick(name, K.Key_V, ALT)
    assert name.text() == before
    assert QApplication.focusWidget() is name
    assert window.menuBar().activeAction() is None


def test_finnish_start_date_survives_alt_v(finnish, window, studio, qtbot):
    page = wizard_at(window, studio, qtbot, Step.TERM)
    assert "Alt+V" not in alt_keys_in_view(window)
    start = line_of(buddy(page, "&Alkamispäivä:"))
    start.setText("1.1.2027")
    focus(start, qtbot)
    start.end(False)
    QTest.keyClick(start, K.Key_V, ALT)
    assert start.text() == "1.1.2027"


def test_finnish_alt_y_chooses_one_coordinating_party(finnish, window, studio, qtbot):
    """Alt+Y was the disabled Tools menu's ("T&yökalut"): now it is the page's."""
    page = wizard_at(window, studio, qtbot, Step.COORDINATION)
    single = page.single
    assert single.text() == "&Yksi koordinoiva osapuoli"
    field = next(e for e in page.findChildren(QLineEdit) if e.isVisibleTo(page))
    for _ in range(3):  # Qt gives an ambiguous Alt key to its owners in turn: press it again
        focus(field, qtbot)
        with qtbot.waitSignal(single.clicked, timeout=3000):  # at its click animation's end
            QTest.keyClick(field, K.Key_Y, ALT)
        assert QApplication.focusWidget() is single
        assert window.menuBar().activeAction() is None


def test_swedish_alt_v_goes_to_the_network_name(swedish, window, studio, qtbot):
    """Alt+V was the disabled Tools menu's ("&Verktyg"): now it is "Nät&verkets namn"."""
    page = wizard_at(window, studio, qtbot, Step.NETWORK)
    name = line_of(buddy(page, "Nät&verkets namn:"))
    region = line_of(buddy(page, "Re&gion:"))
    for _ in range(3):  # Qt gives an ambiguous Alt key to its owners in turn: press it again
        focus(region, qtbot)
        QTest.keyClick(region, K.Key_V, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=3000)
        assert window.menuBar().activeAction() is None


def test_a_dialog_does_not_share_the_menu_bar_alt_keys(window, studio, qtbot):
    """A dialog is a window of its own: the main window's "&Tools" does not take Alt+T in
    the preferences, whose "&Trust anchors:" does (so dialogs need not avoid the menus'
    letters)."""
    from agreement_studio.gui.preferences_dialog import PreferencesDialog

    assert "&Tools" in [a.text() for a in window.menuBar().actions()]
    dialog = PreferencesDialog(window)
    dialog.open()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    anchors = buddy(dialog, "&Trust anchors:")
    QTest.keyClick(QApplication.focusWidget() or dialog, K.Key_T, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is anchors, timeout=3000)
    assert window.menuBar().activeAction() is None
    dialog.reject()
