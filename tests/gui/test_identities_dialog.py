"""Tools > Identities and trust: identities made and imported, a network CA, trust, timestamps."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from test_register_support import PASSWORD, type_into, wait_idle

from agreement_studio.gui.preferences import load_preferences
from agreement_studio.paths import user_identities_dir

pytest_plugins = ["test_register_support"]


@pytest.fixture
def dialog(window, qtbot):
    """The dialog, opened from the Tools menu as a person would."""
    from agreement_studio.gui.register import install_register

    install_register(window)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    tools.actions()[0].trigger()
    opened = window.findChild(QFileDialog)  # none expected
    assert opened is None
    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog

    found = window.findChildren(IdentitiesDialog)
    assert len(found) == 1
    qtbot.waitExposed(found[0])
    yield found[0]
    found[0].reject()
    wait_idle(qtbot)


def _identity_dialog(parent, qtbot):
    from agreement_studio.gui.signing.identity_form import IdentityDialog

    found = [d for d in parent.findChildren(IdentityDialog) if d.isVisible()]
    assert len(found) == 1
    qtbot.waitExposed(found[0])
    return found[0]


def _fill(form, qtbot, name, organisation, business_id, password=PASSWORD, email=""):
    type_into(form.name, name)
    type_into(form.organisation, organisation)
    if email:
        type_into(form.email, email)
    type_into(form.business_id, business_id)
    type_into(form.password.first, password)
    type_into(form.password.second, password)


def test_create_a_self_issued_identity(dialog, qtbot):
    tab = dialog.mine
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    form = _identity_dialog(tab, qtbot)
    qtbot.keyClicks(form.business_id, "2071234-8")  # wrong check digit
    assert "wrong check digit" in form.business_message.text()
    assert form.business_id.accessibleDescription() == form.business_message.text()
    form.business_id.clear()
    qtbot.keyClicks(form.business_id, "20712")
    assert not form.business_message.isVisible()  # still being typed
    form.business_id.clear()
    _fill(form, qtbot, "Päivi Mäkelä", "Lahden kaupunki", "2071234-7", email="paivi@example.fi")
    assert not form.business_message.isVisible() and form.ok.isEnabled()
    form.password.second.backspace()
    assert form.password.message.text() == "The passwords are not the same."
    assert not form.ok.isEnabled()
    type_into(form.password.second, PASSWORD[-1])
    with qtbot.waitSignal(form.accepted, timeout=30_000):
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert tab.list.topLevelItemCount() == 1
    row = tab.list.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(4)] == ["Päivi Mäkelä", "Lahden kaupunki", "itself"]
    p12 = next(user_identities_dir().glob("*.p12"))
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    assert p12.with_suffix(".pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    from agreement_studio.signing import load_pkcs12

    assert load_pkcs12(p12, PASSWORD).business_id == "2071234-7"


def test_import_an_identity_file_asks_its_password(dialog, qtbot, pki, monkeypatch):
    holder = pki.holders[0]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(holder.path), ""))
    )
    answers = iter([("wrong", True), (PASSWORD, True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    tab = dialog.mine
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.message.isVisible, timeout=20_000)
    assert tab.message.text() == "The password does not open the file. Nothing was imported."
    assert not list(user_identities_dir().glob("*.p12"))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=20_000)
    assert tab.list.topLevelItem(0).text(4) == "Ohjausverkoston CA"


def test_create_a_network_ca_and_issue_an_identity(dialog, qtbot, tmp_path, monkeypatch):
    targets = iter([tmp_path / "verkoston-ca.p12", tmp_path / "mikko.p12"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(next(targets)), ""))
    )
    tab = dialog.ca
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    form = _identity_dialog(tab, qtbot)
    assert not form.email.isVisible() and form.trust.isChecked()
    _fill(form, qtbot, "Verkoston CA", "Päijät-Hämeen ohjausverkosto", "")
    with qtbot.waitSignal(form.accepted, timeout=30_000):
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert (tmp_path / "verkoston-ca.p12").is_file()
    certificate = tmp_path / "verkoston-ca.pem"
    assert str(certificate.resolve()) in load_preferences().trust_anchors
    assert dialog.trust.list.topLevelItem(0).text(0) == "Verkoston CA"
    assert tab.issue_button.isEnabled() and "Verkoston CA" in tab.state.text()

    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    form = _identity_dialog(tab, qtbot)
    _fill(form, qtbot, "Mikko Korhonen", "Salpaus", "2175963-0")
    with qtbot.waitSignal(form.accepted, timeout=30_000):
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert "Saved mikko.p12" in tab.done.text()
    from agreement_studio.signing import load_pkcs12

    issued = load_pkcs12(tmp_path / "mikko.p12", PASSWORD)
    assert issued.subject_name == "Mikko Korhonen" and "Verkoston CA" in issued.issuer_name


def test_open_a_network_ca_with_a_wrong_then_right_password(dialog, qtbot, tmp_path, monkeypatch):
    from agreement_studio.signing import create_network_ca

    path = create_network_ca(name="Vanha CA", org="Verkosto").save_pkcs12(
        tmp_path / "old-ca.p12", PASSWORD
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    answers = iter([("nope", True), (PASSWORD, True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    tab = dialog.ca
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.message.isVisible, timeout=20_000)
    assert tab.message.text() == "The password does not open the CA file."
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.issue_button.isEnabled, timeout=20_000)
    assert "Vanha CA" in tab.state.text()


def test_trusted_certificates_and_the_timestamp_server(dialog, qtbot, pki, tmp_path, monkeypatch):
    tab = dialog.trust
    dialog.tabs.setCurrentWidget(tab)
    not_a_certificate = tmp_path / "notes.pem"
    not_a_certificate.write_text("hello")
    chosen = iter([str(not_a_certificate), str(pki.ca_certificate)])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(chosen), ""))
    )
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert "not a certificate file" in tab.message.text()
    assert load_preferences().trust_anchors == []
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert load_preferences().trust_anchors == [str(pki.ca_certificate.resolve())]
    row = tab.list.topLevelItem(0)
    assert row.text(0) == "Ohjausverkoston CA" and row.text(3).count(":") == 31
    tab.list.setCurrentItem(row)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert load_preferences().trust_anchors == [] and tab.list.topLevelItemCount() == 0

    qtbot.keyClicks(tab.timestamp, "timestamp.example.fi")
    tab.save_timestamp()
    assert "http://" in tab.timestamp_message.text()
    tab.timestamp.clear()
    qtbot.keyClicks(tab.timestamp, "http://timestamp.example.fi/tsa")
    qtbot.keyClick(tab.timestamp, Qt.Key.Key_Return)
    assert load_preferences().timestamp_url == "http://timestamp.example.fi/tsa"
