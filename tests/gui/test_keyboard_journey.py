"""A whole journey by keyboard alone, in Finnish and in Swedish: the wizard, signing, importing
a copy signed elsewhere and verifying it, with the focus checked after every Tab.

The language is chosen as a person chooses it (Preferences' ``ui_language``, read when the
application is configured). Once the window is open only key events drive it: the Alt keys are
those of the translated labels (each English Alt letter of ``wizard_typing`` is looked up by
its label's translation), and after every Tab the focus must be where reading order puts it —
the next editable cell in a table (or, after its last cell, the next control), otherwise the
next control to the right on the same line or else on the next line below. File dialogs (the
desktop's) are answered by monkeypatching them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

import pytest
from accessibility_support import inside_composite
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QWidget,
)
from test_register_support import PASSWORD, wait_idle
from wizard_typing import TYPED, K, type_agreement

from agreement_studio.agreement import load_draft
from agreement_studio.gui.i18n import install_translators, translations_dir
from agreement_studio.gui.wizard.tables import DraftTableView
from conftest import Keyboard, _no_button_down

pytest_plugins = ["test_register_support"]

CTRL = Qt.KeyboardModifier.ControlModifier


@cache
def english_of(language: str) -> dict[str, frozenset[str]]:
    """Each translated text of ``language``'s catalog and the English sources it renders."""
    found: dict[str, set[str]] = {}
    root = ET.parse(translations_dir() / f"agreement_studio_{language}.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text:
            found.setdefault(translation.text, set()).add(source)
    return {text: frozenset(sources) for text, sources in found.items()}


def _letter(text: str) -> str:
    key = QKeySequence.mnemonic(text)
    return key.toString().rsplit("+", 1)[-1].lower() if not key.isEmpty() else ""


# --- reading order -------------------------------------------------------------------------


def _rect(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _stops(container: QWidget) -> list[QWidget]:
    """The controls Tab should stop at in ``container``, in reading order (:func:`_reading`)."""
    found = [
        w
        for w in container.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not inside_composite(w)
        and not isinstance(w, QLabel)
    ]
    return _reading(found, container)


def _scroll_area(widget: QWidget, container: QWidget) -> QScrollArea | None:
    """The outermost scroll area between ``widget`` and ``container`` (None if none)."""
    outermost = None
    parent = widget.parentWidget()
    while parent is not None and parent is not container:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            outermost = parent
        parent = parent.parentWidget()
    return outermost


def _reading(widgets: list[QWidget], container: QWidget) -> list[QWidget]:
    """``widgets`` line by line from the top (a line: controls whose middles lie within the
    first one's height), left to right. A scroll area's controls are read as one block where
    the scroll area stands, in its content's own order: content scrolled out of view lies under
    whatever comes after the area (a wizard's buttons) and is still read before it."""
    blocks: dict[QScrollArea, list[QWidget]] = {}
    items: list[tuple[QRect, list[QWidget]]] = []
    for widget in widgets:
        area = _scroll_area(widget, container)
        if area is None:
            items.append((_rect(widget, container), [widget]))
        else:
            blocks.setdefault(area, []).append(widget)
    for area, inside in blocks.items():
        content = area.widget()
        assert content is not None
        items.append((_rect(area, container), _reading(inside, content)))
    items.sort(key=lambda item: (item[0].top(), item[0].left()))
    lines: list[list[tuple[QRect, list[QWidget]]]] = []
    for rect, group in items:
        line = lines[-1] if lines else None
        if line and line[0][0].top() <= rect.center().y() <= line[0][0].bottom():
            line.append((rect, group))
        else:
            lines.append([(rect, group)])
    return [
        w for line in lines for _r, group in sorted(line, key=lambda p: p[0].left()) for w in group
    ]


def _table_of(widget: QWidget | None) -> DraftTableView | None:
    while widget is not None:
        if isinstance(widget, DraftTableView):
            return widget
        widget = widget.parentWidget()
    return None


def _container(widget: QWidget) -> QWidget:
    """What reading order is judged within: the wizard (its page and buttons, not the preview
    beside it), else the window."""
    from agreement_studio.gui.wizard.dialog import AgreementWizard

    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, AgreementWizard):
            return parent
        parent = parent.parentWidget()
    return widget.window()


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    table = _table_of(widget)
    if table is not None:
        index = table.currentIndex()
        return f"{table.accessibleName()!r} cell ({index.row()}, {index.column()})"
    return f"{type(widget).__name__} {widget.accessibleName()!r}"


class JourneyKeys(Keyboard):
    """A keyboard in the window's language that checks where every Tab lands."""

    def __init__(self, qtbot, language: str) -> None:
        super().__init__(qtbot)
        self.language = language
        self.tabs: list[str] = []  # where each Tab went, for the failure message and the count

    def alt(self, letter: str) -> None:
        """The control whose English label has Alt+``letter``, by its translated label's key."""
        window = QApplication.activeWindow()
        assert window is not None
        sources = english_of(self.language)
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible() or inside_composite(widget):
                continue
            if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
                widget, QAbstractButton
            ):
                text = widget.text()
            else:
                continue
            english = sources.get(text, frozenset())
            if any(_letter(source) == letter for source in english):
                mnemonic = QKeySequence.mnemonic(text)
                assert not mnemonic.isEmpty(), f"{text!r} has no Alt key in {self.language}"
                key = mnemonic[0].key()  # a letter, or Ä and Ö as Finnish keyboards have them
                super().press(key, Qt.KeyboardModifier.AltModifier)
                self._qtbot.waitUntil(_no_button_down, timeout=5_000)
                return
        raise AssertionError(f"no control with the English Alt+{letter} in {self.language}")

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        """Press a key; after a plain Tab, the focus must be where reading order puts it."""
        for _ in range(times):
            if key != Qt.Key.Key_Tab or modifier != Qt.KeyboardModifier.NoModifier:
                super().press(key, modifier)
                continue
            expected, cell = self.expected_after_tab()
            super().press(key, modifier)
            focus = QApplication.focusWidget()
            self.tabs.append(describe(focus))
            if cell is not None:
                table, index = cell
                assert focus is table and table.currentIndex() == index, (
                    f"Tab in {table.accessibleName()!r} went to {describe(focus)}, "
                    f"not cell ({index.row()}, {index.column()})"
                )
            else:
                assert focus is expected, (
                    f"Tab went to {describe(focus)}, not {describe(expected)} "
                    f"(after: {self.tabs[-4:-1]})"
                )

    def expected_after_tab(self):
        """(the next control, None) or (None, (table, the next cell's index))."""
        focus = self.focused()
        table = _table_of(focus)
        if table is not None:
            target = table.neighbour(True)
            if target is not None:
                return None, (table, target)
            focus = table
        stops = _stops(_container(focus))
        assert focus in stops, f"{describe(focus)} is not a Tab stop of its view"
        # After the last control the window's first comes again (Qt's Tab order is a ring).
        return stops[(stops.index(focus) + 1) % len(stops)], None


@pytest.fixture(params=["fi", "sv"])
def language(request, qapp, isolated_home):
    """The window's language chosen in Preferences, as a person chooses it."""
    from agreement_studio.gui.app import configure_application
    from agreement_studio.preferences import load_preferences, save_preferences

    preferences = load_preferences()
    preferences.ui_language = request.param
    save_preferences(preferences)
    configure_application(qapp)  # reads the preference, as the program does at start
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def identities(tmp_path):
    """Both first signatories' identities: the first imported into the app, the second kept
    by the other party (a file)."""
    from agreement_studio.signing import create_identity
    from agreement_studio.signing.identity_store import import_identity

    files = []
    for party in TYPED.parties:
        identity = create_identity(name=party.signer, org=party.name)
        files.append(identity.save_pkcs12(tmp_path / f"{party.signer}.p12", PASSWORD))
    import_identity(files[0], PASSWORD)
    return files


@pytest.fixture
def studio_window(language, qtbot, monkeypatch):
    """The main window as the program opens it: register and verification installed."""
    from agreement_studio.gui import dialogs
    from agreement_studio.gui.main_window import MainWindow
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.verification import install_verification

    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
    window = MainWindow()
    qtbot.addWidget(window)
    install_register(window)
    install_verification(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    yield window
    window.close()


def _answer_file_dialogs(monkeypatch, *, save=None, open_=None) -> None:
    if save is not None:
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(save), ""))
        )
    if open_ is not None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(open_)], ""))
        )


def test_wizard_sign_import_verify_by_keyboard(
    language, identities, studio_window, qtbot, tmp_path, monkeypatch
):
    window = studio_window
    keys = JourneyKeys(qtbot, language)
    draft = tmp_path / "journey.agreement.json"
    _answer_file_dialogs(monkeypatch, save=draft)

    # The start page: the first Tab stop is "Create your first agreement", Enter presses it.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page, timeout=10_000)
    assert QApplication.focusWidget() is window.start_page.create_button
    keys.press(Qt.Key.Key_Tab)  # reading order: on to "Open an example"
    keys.press(K.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.start_page.create_button
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=5000)

    type_agreement(window, keys, qtbot, TYPED)
    wizard = window.workspace.wizard
    qtbot.waitUntil(wizard.button(wizard.WizardButton.FinishButton).isEnabled, timeout=5000)
    keys.press(K.Key_Return)  # Finish: saved and recorded in the register
    studio = window.register
    qtbot.waitUntil(lambda: studio.model.rowCount() == 1, timeout=30_000)
    wait_idle(qtbot)
    assert len(keys.tabs) >= 8, keys.tabs
    saved = load_draft(draft)
    assert [p.name for p in saved.parties] == [p.name for p in TYPED.parties]

    # Signing: Ctrl+F, Tab into the list of agreements, the sign dialog by its Alt key.
    keys.ctrl("f")
    keys.press(Qt.Key.Key_Tab)  # from the search field on to the status filter …
    for _ in range(5):  # … and on, as reading order goes, to the list
        if QApplication.focusWidget() is studio.view.table:
            break
        keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is studio.view.table
    keys.press(Qt.Key.Key_Home)
    document_id = studio.model.rows[0].document_id
    qtbot.waitUntil(lambda: studio.detail.document_id() == document_id, timeout=10_000)
    keys.alt("i")  # S&ign…
    qtbot.waitUntil(
        lambda: studio.actions.sign_dialog is not None and studio.actions.sign_dialog.isVisible(),
        timeout=5000,
    )
    dialog = studio.actions.sign_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    keys.alt("w")  # the password
    keys.type(PASSWORD)
    keys.alt("r")
    keys.type("Hallituksen päätös 12.1.2027")
    keys.alt("l")
    keys.type(TYPED.place)
    with qtbot.waitSignal(dialog.signed, timeout=60_000) as signed:
        keys.press(Qt.Key.Key_Return)
    assert signed.args[0].signed_count == 1
    keys.press(Qt.Key.Key_Return)  # Done
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot)

    # The other party signs its copy elsewhere; it comes back by File > Import (Ctrl+I).
    from agreement_studio.register import open_register
    from agreement_studio.signing import load_pkcs12, sign_pdf

    with open_register(None) as register:
        signed_once = register.current_pdf(document_id)
    _party, _signatory, field = saved.signatures()[1]
    returned = tmp_path / "returned.pdf"
    sign_pdf(signed_once, load_pkcs12(identities[1], PASSWORD), output=returned, field=field)
    _answer_file_dialogs(monkeypatch, open_=returned)
    reports: list[str] = []  # the import's report box, read rather than shown
    monkeypatch.setattr(
        QMessageBox,
        "information",
        staticmethod(lambda _parent, _title, text, *_a: reports.append(text)),
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    keys.ctrl("i")
    qtbot.waitUntil(lambda: bool(reports), timeout=60_000)
    assert "2/2" in reports[0] and TYPED.parties[1].signer in reports[0], reports
    wait_idle(qtbot)

    # Verifying the returned copy (Ctrl+Shift+V): both signatures intact.
    keys.press(
        Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    controller = window.verification.controller
    qtbot.waitUntil(lambda: window.stack.currentWidget() is controller.view, timeout=10_000)
    qtbot.waitUntil(lambda: controller.view.model.file_count() == 1, timeout=60_000)
    wait_idle(qtbot)
    assert QApplication.focusWidget() is controller.view.tree
    tree = controller.view.tree
    keys.press(Qt.Key.Key_Home)  # the file: its verdict
    qtbot.waitUntil(lambda: tree.currentIndex().isValid(), timeout=5000)
    shown = [
        str(tree.currentIndex().siblingAtColumn(c).data())
        for c in range(tree.model().columnCount())
    ]
    assert any("returned.pdf" in text for text in shown), shown
    before = len(keys.tabs)
    keys.press(Qt.Key.Key_Tab, times=3)  # on through the view, in reading order
    assert len(keys.tabs) == before + 3
