"""Tools > Identities and trust: identities made and imported, a network CA, trust, timestamps."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog
from test_register_support import PASSWORD, type_into, wait_idle

from agreement_studio.paths import user_identities_dir
from agreement_studio.preferences import load_preferences

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


def _store(name, organisation):
    from agreement_studio.signing import create_identity
    from agreement_studio.signing.identity_store import store_identity

    return store_identity(create_identity(name=name, org=organisation), PASSWORD)


def _message_box(parent, qtbot):
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)))
    return next(b for b in parent.findChildren(QMessageBox) if b.isVisible())


def test_remove_an_identity_only_after_confirming(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from agreement_studio.gui.signing.identities_dialog import MyIdentitiesTab

    kept = _store("Aino Aalto", "Lahden kaupunki")
    doomed = _store("Bertta Berg", "Salpaus")
    tab = MyIdentitiesTab()
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.remove_button.isEnabled()  # nothing chosen yet
    tab.list.setCurrentItem(tab.list.topLevelItem(1))
    assert tab.list.topLevelItem(1).text(0) == "Bertta Berg" and tab.remove_button.isEnabled()

    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    box = _message_box(tab, qtbot)
    assert "Bertta Berg" in box.text() and doomed.certificate.grouped_fingerprint in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter is Cancel
    qtbot.waitUntil(lambda: not box.isVisible())
    assert doomed.path.is_file() and tab.list.topLevelItemCount() == 2

    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    box = _message_box(tab, qtbot)
    remove = next(b for b in box.buttons() if b.text() == "&Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1)
    assert tab.list.topLevelItem(0).text(0) == "Aino Aalto"
    assert not doomed.path.exists() and not doomed.certificate_path.exists()
    assert kept.path.is_file() and tab.done.text() == "Removed the identity of Bertta Berg."


def test_the_list_shows_validity_fingerprints_and_marks_the_expired(qtbot, tmp_path):
    from test_register_support import expired_identity_file

    from agreement_studio.gui.signing.identities_dialog import MyIdentitiesTab
    from agreement_studio.signing.identity_store import import_identity

    fresh = _store("Aino Aalto", "Lahden kaupunki")
    import_identity(expired_identity_file(tmp_path, "Vanha Varmenne", "Lahti"), PASSWORD)
    tab = MyIdentitiesTab()
    qtbot.addWidget(tab)
    rows = [tab.list.topLevelItem(i) for i in range(tab.list.topLevelItemCount())]
    assert [row.text(0) for row in rows] == ["Aino Aalto", "Vanha Varmenne"]
    current, expired = rows
    assert current.text(5) == fresh.certificate.grouped_fingerprint
    assert current.text(5).count(":") == 31 and "expired" not in current.text(3)
    assert expired.text(3).endswith("(expired)")
    assert expired.foreground(0).color() != current.foreground(0).color()  # greyed
    tab.list.setCurrentItem(expired)  # but it can be chosen, to be removed
    assert tab.selected().name == "Vanha Varmenne" and tab.remove_button.isEnabled()
    assert current.text(2) and expired.text(2)  # valid from
    assert current.text(4) == "itself"


def test_a_network_ca_file_is_refused_as_an_identity(dialog, qtbot, tmp_path, monkeypatch):
    from agreement_studio.signing import create_network_ca

    path = create_network_ca(name="Verkoston CA", org="Verkosto").save_pkcs12(
        tmp_path / "ca.p12", PASSWORD
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (PASSWORD, True)))
    tab = dialog.mine
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.message.isVisible, timeout=20_000)
    assert tab.message.text().startswith("This file is not a signing identity")
    assert "Nothing was imported." in tab.message.text()
    assert tab.list.topLevelItemCount() == 0 and not list(user_identities_dir().glob("*"))


def test_issue_one_identity_per_signatory_of_an_agreement(registered, dialog, qtbot, tmp_path):
    from test_register_support import agreement_for_signing

    from agreement_studio.gui.signing.identity_batch import SignatoriesIssueDialog
    from agreement_studio.signing import create_network_ca, load_network_ca, load_pkcs12

    ca_path = create_network_ca(name="Verkoston CA", org="Verkosto").save_pkcs12(
        tmp_path / "ca.p12", PASSWORD
    )
    tab = dialog.ca
    dialog.tabs.setCurrentWidget(tab)
    assert not tab.signatories_button.isEnabled()  # until a CA is open
    tab._use(load_network_ca(ca_path, PASSWORD))
    assert tab.signatories_button.isEnabled()
    qtbot.mouseClick(tab.signatories_button, Qt.MouseButton.LeftButton)
    batch = tab.findChild(SignatoriesIssueDialog)
    qtbot.waitUntil(lambda: batch.table.rowCount() == 3, timeout=30_000)
    expected = [(s.name, p.name) for p, s, _f in agreement_for_signing().signatures()]
    shown = [(batch.table.item(r, 0).text(), batch.table.item(r, 1).text()) for r in range(3)]
    assert shown == expected
    assert "3 signatories" in batch.agreement.currentText()
    assert not batch.issue_button.isEnabled()  # no folder yet
    batch.table.item(2, 0).setCheckState(Qt.CheckState.Unchecked)  # already has one
    batch.table.item(0, 2).setText("paivi.makela@lahti.fi")  # the coordinator corrects
    out = tmp_path / "issued"
    out.mkdir()
    type_into(batch.folder, str(out))
    assert batch.issue_button.isEnabled() and "(2)" in batch.issue_button.text()
    qtbot.mouseClick(batch.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(batch.outcomes.isVisible, timeout=60_000)
    assert batch.outcomes.rowCount() == 2 and "Identities issued: 2" in batch.summary.text()
    for row, (name, organisation) in enumerate(expected[:2]):
        file_name, password = batch.outcomes.item(row, 1).text(), batch.outcomes.item(row, 2).text()
        identity = load_pkcs12(out / file_name, password)
        assert (identity.subject_name, identity.organisation) == (name, organisation)
        assert identity.fingerprint_sha256.upper() == batch.outcomes.item(row, 3).text().replace(
            ":", ""
        )
    assert load_pkcs12(
        out / batch.outcomes.item(0, 1).text(), batch.outcomes.item(0, 2).text()
    ).email == ("paivi.makela@lahti.fi")
    assert len(list(out.glob("*.p12"))) == 2
    batch.copy_all()  # kept: the dialog closes without asking
    batch.reject()
    wait_idle(qtbot)
    assert tab.issued.list.topLevelItemCount() == 2


def test_preferences_dialog_keeps_the_register_and_trust_anchors(qtbot, pki, tmp_path, monkeypatch):
    from agreement_studio.gui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.register, str(tmp_path / "missing-folder" / "r.sqlite"))
    dialog.accept()
    assert dialog.isVisible() and "does not exist" in dialog.register_message.text()
    dialog.register.clear()
    type_into(dialog.register, str(tmp_path / "team.sqlite"))
    chosen = iter([str(tmp_path), str(pki.ca_certificate)])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(chosen), ""))
    )
    qtbot.mouseClick(dialog.anchor_add, Qt.MouseButton.LeftButton)  # a folder: refused
    assert dialog.anchor_message.isVisible() and dialog.anchors.count() == 0
    qtbot.mouseClick(dialog.anchor_add, Qt.MouseButton.LeftButton)
    assert dialog.anchors.count() == 1 and "Ohjausverkoston CA" in dialog.anchors.item(0).text()
    type_into(dialog.timestamp, "http://timestamp.example.fi/tsa")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    saved = load_preferences()
    assert saved.register_location == str(tmp_path / "team.sqlite")
    assert saved.trust_anchors == [str(pki.ca_certificate.resolve())]
    assert saved.timestamp_url == "http://timestamp.example.fi/tsa"
    from agreement_studio.preferences import register_location

    assert register_location() == str(tmp_path / "team.sqlite")  # what the command line uses

    again = PreferencesDialog()
    qtbot.addWidget(again)
    again.anchors.setCurrentRow(0)
    qtbot.mouseClick(again.anchor_remove, Qt.MouseButton.LeftButton)
    again.accept()
    assert load_preferences().trust_anchors == []


def test_a_ca_kept_from_before_is_not_offered_for_signing(qtbot):
    from agreement_studio.gui.signing.identities_dialog import MyIdentitiesTab
    from agreement_studio.gui.signing.identity_sources import StoredSource
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.identity_store import _write_pair, list_identities

    own = _store("Aino Aalto", "Lahden kaupunki")
    ca = create_network_ca(name="Vanha CA", org="Verkosto")
    # as an older version kept it, before a CA's file was refused
    _write_pair(user_identities_dir(), b"not opened here", ca.certificate)
    assert [s.name for s in list_identities()] == ["Aino Aalto", "Vanha CA"]
    source = StoredSource(list_identities())
    qtbot.addWidget(source)
    assert source.combo.count() == 1 and source.current() == own
    tab = MyIdentitiesTab()
    qtbot.addWidget(tab)
    ca_row = tab.list.topLevelItem(1)
    assert ca_row.text(0) == "Vanha CA"
    assert ca_row.foreground(0).color() != tab.list.topLevelItem(0).foreground(0).color()
