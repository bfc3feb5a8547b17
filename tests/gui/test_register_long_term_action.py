"""The register window's "Add long-term data": a signed agreement extended to B-LTA, recorded."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from test_register_support import PASSWORD, agreement_for_signing, choose_row, wait_idle

from long_term_tsa import local_tsa

pytest_plugins = ["test_register_support"]


@pytest.fixture
def signed_agreement(pki, register_path) -> str:
    """The example agreement, signed by all three signatories (through the register)."""
    from agreement_studio.register import open_register
    from agreement_studio.signing import load_pkcs12, sign_pdf

    with open_register(register_path) as register:
        document_id = register.add_draft(agreement_for_signing())
        for number, holder in enumerate(pki.holders):
            out = register_path.parent / f"signed-{number}.pdf"
            sign_pdf(
                register.current_pdf(document_id),
                load_pkcs12(holder.path, PASSWORD),
                output=out,
                field=holder.field,
            )
            register.import_file(out)
    return document_id


@pytest.fixture
def timestamp_server(pki, tmp_path):
    from agreement_studio.preferences import load_preferences, save_preferences

    with local_tsa() as tsa:
        root = tmp_path / "tsa-root.pem"
        root.write_bytes(tsa.root.public_bytes(serialization.Encoding.PEM))
        preferences = load_preferences()
        preferences.timestamp_url = tsa.url
        preferences.trust_anchors = [str(pki.ca_certificate), str(root)]
        save_preferences(preferences)
        yield tsa


def test_add_long_term_data_to_a_signed_agreement(
    timestamp_server, signed_agreement, window, qtbot, register_path
):
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.register.long_term_action import LongTermDialog
    from agreement_studio.register import open_register

    studio = install_register(window)
    qtbot.waitUntil(lambda: studio.model.total > 0, timeout=20_000)
    choose_row(studio, qtbot)
    button = studio.detail.long_term_button
    assert button.isEnabled() and not studio.detail.sign_button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(LongTermDialog) if d.isVisible()]
    assert dialog.chosen_level() == "B-LTA"  # a timestamp server is set
    assert "B-LTA adds a document timestamp" in dialog.explanation.text()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    status = window.statusBar()
    qtbot.waitUntil(lambda: "Added B-LTA" in status.currentMessage(), timeout=60_000)
    wait_idle(qtbot)
    assert timestamp_server.requests >= 1
    with open_register(register_path) as register:
        details = register.details(signed_agreement)
        assert details.events[-1].action == "extend"
        assert details.revisions[-1].kind == "extended"
        assert register.verify().ok
    history = studio.detail.history

    def shown() -> bool:
        rows = [history.topLevelItem(i) for i in range(history.topLevelItemCount())]
        return any(
            "Long-term validation data added" in row.text(c)
            for row in rows
            for c in range(history.columnCount())
        )

    qtbot.waitUntil(shown, timeout=10_000)


def test_without_a_timestamp_server_only_b_lt_is_offered(signed_agreement, window, qtbot):
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.register.long_term_action import LongTermDialog

    studio = install_register(window)
    qtbot.waitUntil(lambda: studio.model.total > 0, timeout=20_000)
    choose_row(studio, qtbot)
    qtbot.mouseClick(studio.detail.long_term_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(LongTermDialog) if d.isVisible()]
    assert dialog.chosen_level() == "B-LT"
    assert not dialog.level.model().item(1).isEnabled()
    assert "needs a timestamp server" in dialog.explanation.text()
    dialog.reject()


def test_a_timestamp_server_failure_is_said_and_records_nothing(
    signed_agreement, window, qtbot, register_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.register.long_term_action import LongTermDialog
    from agreement_studio.preferences import load_preferences, save_preferences
    from agreement_studio.register import open_register
    from long_term_tsa import dead_url

    preferences = load_preferences()
    preferences.timestamp_url = dead_url()
    save_preferences(preferences)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    with open_register(register_path) as register:
        before = [e.action for e in register.events(signed_agreement)]
    studio = install_register(window)
    qtbot.waitUntil(lambda: studio.model.total > 0, timeout=20_000)
    choose_row(studio, qtbot)
    qtbot.mouseClick(studio.detail.long_term_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(LongTermDialog) if d.isVisible()]
    assert dialog.chosen_level() == "B-LTA"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
    assert "timestamp server" in warnings[0] and "nothing was written" in warnings[0]
    wait_idle(qtbot)
    with open_register(register_path) as register:
        assert [e.action for e in register.events(signed_agreement)] == before
        assert register.verify().ok
