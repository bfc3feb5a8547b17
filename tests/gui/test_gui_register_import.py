"""Returned copies, signed outside the window, imported through File > Import and by dropping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_register_support import PASSWORD, agreement_for_signing, wait_idle

from agreement_studio.gui.register.model import RegisterModel

pytest_plugins = ["test_register_support"]


@pytest.fixture
def signed_copy(pki, registered, register_path, tmp_path):
    """The prepared PDF signed by the first signatory with sign_pdf, as a returned file."""
    from agreement_studio.register import open_register
    from agreement_studio.signing import load_pkcs12, sign_pdf

    with open_register(register_path) as register:
        prepared = register.current_pdf(registered)
    holder = pki.holders[0]
    out = tmp_path / "returned-by-paivi.pdf"
    sign_pdf(prepared, load_pkcs12(holder.path, PASSWORD), output=out, field=holder.field)
    return out


@pytest.fixture
def messages(monkeypatch):
    """The information and warning boxes shown: ``[(kind, title, text)]``."""
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(
                lambda parent, title, text, *_a, kind=kind, **_k: shown.append((kind, title, text))
            ),
        )
    return shown


def _choose_files(monkeypatch, *paths):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in paths], ""))
    )


def test_import_a_returned_copy_with_ctrl_i(
    window, signed_copy, studio, qtbot, keys, monkeypatch, messages
):
    _choose_files(monkeypatch, signed_copy)
    keys.ctrl("i")
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    kind, title, text = messages[0]
    assert kind == "information" and title == "Signed copies imported"
    assert "recorded the signature of Päivi Mäkelä (Lahden kaupunki)" in text
    assert "Partially signed · 1/3" in text
    status = studio.model.index(0, RegisterModel.STATUS)
    qtbot.waitUntil(lambda: status.data() == "Partially signed · 1/3 — not trusted", timeout=10_000)
    qtbot.waitUntil(
        lambda: studio.detail.details is not None and studio.detail.details.row.signed_count == 1,
        timeout=10_000,
    )
    history = studio.detail.history
    assert history.topLevelItem(0).text(1) == "Signed copy imported"


def test_importing_the_same_copy_again_changes_nothing(
    window, signed_copy, studio, qtbot, monkeypatch, messages
):
    _choose_files(monkeypatch, signed_copy)
    window.actions.import_pdf.trigger()
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=60_000)
    window.actions.import_pdf.trigger()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=60_000)
    assert "already in the register; nothing changed" in messages[1][2]


def test_a_tampered_copy_is_refused(
    window, signed_copy, studio, qtbot, monkeypatch, messages, tmp_path, register_path, registered
):
    data = bytearray(signed_copy.read_bytes())
    where = data.index(b"/Contents <") + 40  # a byte of the signature itself
    data[where : where + 1] = b"0" if data[where : where + 1] != b"0" else b"1"
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    _choose_files(monkeypatch, tampered)
    window.actions.import_pdf.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    kind, title, text = messages[0]
    assert kind == "warning" and title == "Not every PDF was accepted"
    assert "tampered.pdf" in text and "The PDF was not accepted." in text
    wait_idle(qtbot)
    assert studio.model.index(0, RegisterModel.STATUS).data() == "Ready for signing · 0/3"


def test_a_pdf_of_another_register_is_refused(
    window, registered, studio, qtbot, monkeypatch, messages, tmp_path
):
    from agreement_studio.pdf import render_agreement

    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(render_agreement(agreement_for_signing()))  # a new document ID
    _choose_files(monkeypatch, stranger)
    window.actions.import_pdf.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert "no agreement with document ID" in messages[0][2]


def test_dropped_pdfs_are_imported(window, signed_copy, studio, qtbot, monkeypatch, messages):
    from agreement_studio.gui import dialogs

    monkeypatch.setattr(dialogs, "ask_import_or_verify", lambda parent, count: "import")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(signed_copy))])
    window.dropEvent(
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert messages[0][0] == "information"


def test_the_detail_pane_imports_too(window, signed_copy, studio, qtbot, monkeypatch, messages):
    from test_register_support import choose_row

    choose_row(studio, qtbot)
    _choose_files(monkeypatch, signed_copy)
    qtbot.mouseClick(studio.detail.import_copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert "Päivi Mäkelä" in messages[0][2]
