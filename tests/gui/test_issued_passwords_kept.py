"""Batch-issued identity passwords are not lost to one Escape: ask, copy all, save to a file."""

from __future__ import annotations

import os
import stat
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from agreement_studio.gui.signing.identity_batch import SignatoriesIssueDialog
from agreement_studio.signing.issuing import IssuedFile, SignatoryIdentity


@pytest.fixture
def shown(qtbot, tmp_path):
    """The dialog showing two freshly issued identities and their passwords."""
    access = SimpleNamespace(run=lambda *args, **kwargs: None)
    dialog = SignatoriesIssueDialog(SimpleNamespace(name="Verkoston CA"), access)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    issued = [
        IssuedFile(
            SignatoryIdentity(name, "Lahden kaupunki"),
            tmp_path / f"{name.split()[0].lower()}.p12",
            password,
            "ab" * 32,
        )
        for name, password in (("Päivi Mäkelä", "kivi-sakset-1"), ("Mikko Virtanen", "paperi-2"))
    ]
    dialog._issued(issued)
    return dialog


def _box(dialog, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox)))
    return next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())


def test_escape_asks_and_a_second_escape_keeps_the_dialog(shown, qtbot):
    assert shown.copy_button.isVisible() and shown.save_button.isVisible()
    qtbot.keyClick(shown.outcomes, Qt.Key.Key_Escape)
    box = _box(shown, qtbot)
    assert "only here" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert shown.isVisible() and shown.outcomes.rowCount() == 2


def test_copy_all_puts_every_password_on_the_clipboard_and_then_closing_is_quiet(shown, qtbot):
    qtbot.mouseClick(shown.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "kivi-sakset-1" in copied and "paperi-2" in copied and "Mikko Virtanen" in copied
    qtbot.keyClick(shown.outcomes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible())
    assert not any(b.isVisible() for b in shown.findChildren(QMessageBox))


def test_saving_from_the_question_writes_a_private_file(shown, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "salasanat.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shown.reject()
    box = _box(shown, qtbot)
    assert box.defaultButton().text().replace("&", "").startswith("Save")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not shown.isVisible())
    text = target.read_text("utf-8")
    assert text.startswith("#") and "secrets" in text.splitlines()[0]
    assert "kivi-sakset-1" in text and "paperi-2" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*"))


def test_closing_without_them_is_a_deliberate_choice(shown, qtbot):
    shown.reject()
    box = _box(shown, qtbot)
    drop = next(b for b in box.buttons() if "without" in b.text())
    qtbot.mouseClick(drop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown.isVisible())
