"""The window's tests: one QApplication, English, a fresh home folder per test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from agreement_studio.gui.app import configure_application
from agreement_studio.gui.i18n import install_translators
from agreement_studio.gui.tasks import runner


@pytest.fixture(scope="session", autouse=True)
def configured_app(qapp):
    """The application's names and icon, in English whatever the machine's language."""
    configure_application(qapp)
    install_translators(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def idle_tasks():
    """No background work outlives its test."""
    yield
    runner().wait(10_000)
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A dialog a test did not expect fails the test instead of waiting for a click."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def refuse(name):
        def dialog(*args, **kwargs):
            raise AssertionError(f"unexpected dialog {name}: {args[1:3]}")

        return staticmethod(dialog)

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))


@pytest.fixture
def window(qtbot, monkeypatch):
    """The main window on screen; unsaved drafts are discarded when the test ends."""
    from agreement_studio.gui import dialogs
    from agreement_studio.gui.main_window import MainWindow

    monkeypatch.setattr(dialogs, "ask_save_changes", lambda *_args: "discard")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    yield main
    main.close()


class Keyboard:
    """Keys pressed as a person would: into whatever has the focus at that moment."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot

    @staticmethod
    def focused() -> QWidget:
        """The widget with the keyboard focus."""
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """Type ``text`` key by key (an editor that opens on the first key gets the rest)."""
        for char in text:
            if char.isascii():
                QTest.keyClicks(self.focused(), char)
            else:  # QTest knows no key code for ä or ö: send the text as a keyboard would
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        self.focused(),
                        QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                    )
            QApplication.processEvents()  # between keystrokes, as when a person types

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        """Press a key, with a modifier, ``times`` times."""
        for _ in range(times):
            QTest.keyClick(self.focused(), key, modifier)
            QApplication.processEvents()

    def alt(self, letter: str) -> None:
        """Alt and a letter: a mnemonic (a label's buddy, a button)."""
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
        # A button's mnemonic clicks it at the end of a short press animation: wait until no
        # button is held down any more (at once when the mnemonic focused a field instead).
        self._qtbot.waitUntil(_no_button_down, timeout=5_000)

    def ctrl(self, letter: str) -> None:
        """Ctrl and a letter: a menu shortcut."""
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.ControlModifier)


def _no_button_down() -> bool:
    return not any(
        isinstance(widget, QAbstractButton) and widget.isDown()
        for widget in QApplication.allWidgets()
    )


@pytest.fixture
def keys(qtbot) -> Keyboard:
    """The keyboard."""
    return Keyboard(qtbot)
