"""Tools › Identities and trust › Network CA: the issued certificates, revoking one, the CRL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from test_register_support import PASSWORD, type_into, wait_idle

pytest_plugins = ["test_register_support"]

CA_PASSWORD = "verkoston avain"


@pytest.fixture
def dialog(window, qtbot):
    """The dialog, opened from the Tools menu as a person would."""
    from agreement_studio.gui.register import install_register
    from agreement_studio.gui.signing.identities_dialog import IdentitiesDialog

    install_register(window)  # the Tools menu comes with the register
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    tools.actions()[0].trigger()
    [found] = window.findChildren(IdentitiesDialog)
    qtbot.waitExposed(found)
    yield found
    found.reject()
    wait_idle(qtbot)


def _visible(parent, kind, qtbot):
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    qtbot.waitExposed(found[0])
    return found[0]


def _open_ca(dialog, qtbot, tmp_path, monkeypatch):
    """A network CA made beforehand (with a CRL address), opened with the Open button."""
    from agreement_studio.signing import create_network_ca

    ca = create_network_ca(name="Verkoston CA", org="Verkosto", crl_url="http://127.0.0.1:9/n.crl")
    path = ca.save_pkcs12(tmp_path / "ca.p12", CA_PASSWORD)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (CA_PASSWORD, True)))
    tab = dialog.ca
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.issue_button.isEnabled, timeout=20_000)
    return tab, ca


def _issue(tab, qtbot, name, organisation, target):
    from agreement_studio.gui.signing.identity_form import IdentityDialog

    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    form = _visible(tab, IdentityDialog, qtbot)
    type_into(form.name, name)
    type_into(form.organisation, organisation)
    type_into(form.password.first, PASSWORD)
    type_into(form.password.second, PASSWORD)
    with qtbot.waitSignal(form.accepted, timeout=30_000):
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert f"Saved {target.name}" in tab.done.text()


def _click_row(tree, qtbot, row: int) -> None:
    item = tree.topLevelItem(row)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def _signed(tmp_path, p12, number: int):
    """A small prepared PDF signed with the identity in ``p12``."""
    from agreement_studio.agreement import example_agreement
    from agreement_studio.pdf import render_agreement
    from agreement_studio.signing import load_pkcs12, sign_pdf

    identity = load_pkcs12(p12, PASSWORD)
    agreement = example_agreement(parties=2)
    _party, _signatory, field = agreement.signatures()[0]
    out = tmp_path / f"signed-{number}.pdf"
    sign_pdf(render_agreement(agreement), identity, output=out, field=field)
    return out


def test_issue_two_revoke_one_and_export_a_crl(dialog, qtbot, tmp_path, monkeypatch):
    from agreement_studio.gui.signing.issued_panel import RevokeDialog
    from agreement_studio.verification import TrustStore, verify_pdf

    targets = iter([tmp_path / "paivi.p12", tmp_path / "mikko.p12", tmp_path / "network.crl"])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(next(targets)), ""))
    )
    tab, ca = _open_ca(dialog, qtbot, tmp_path, monkeypatch)
    panel = tab.issued
    assert panel.isVisible() and panel.list.topLevelItemCount() == 0
    assert not panel.revoke_button.isEnabled() and panel.export_button.isEnabled()
    _issue(tab, qtbot, "Päivi Mäkelä", "Lahden kaupunki", tmp_path / "paivi.p12")
    _issue(tab, qtbot, "Mikko Korhonen", "Salpaus", tmp_path / "mikko.p12")
    tree = panel.list
    assert tree.topLevelItemCount() == 2
    rows = {tree.topLevelItem(i).text(1): i for i in range(2)}
    assert set(rows) == {"Päivi Mäkelä", "Mikko Korhonen"}
    mikko = tree.topLevelItem(rows["Mikko Korhonen"])
    assert mikko.text(2) == "Salpaus" and mikko.text(4) == "Valid"
    signed = {
        name: _signed(tmp_path, tmp_path / f"{name}.p12", n)
        for n, name in enumerate(("paivi", "mikko"))
    }

    _click_row(tree, qtbot, rows["Mikko Korhonen"])
    assert panel.revoke_button.isEnabled()
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    confirm = _visible(panel, RevokeDialog, qtbot)
    assert "Mikko Korhonen" in confirm.findChildren(type(tab.done))[0].text()
    confirm.reason.setFocus()
    qtbot.keyClick(confirm.reason, Qt.Key.Key_Down)  # "Left the organisation"
    assert confirm.chosen_reason() == "affiliation-changed"
    qtbot.mouseClick(confirm.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tree.topLevelItem(rows["Mikko Korhonen"]).text(4).startswith("Revoked"),
        timeout=20_000,
    )
    assert tree.topLevelItem(rows["Päivi Mäkelä"]).text(4) == "Valid"
    assert "Revoked the certificate of Mikko Korhonen" in panel.done.text()
    _click_row(tree, qtbot, rows["Mikko Korhonen"])
    assert not panel.revoke_button.isEnabled()  # revoking twice is not offered

    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved network.crl" in panel.done.text(), timeout=20_000)
    assert "1 revoked" in panel.done.text()
    crl = tmp_path / "network.crl"
    trust = TrustStore.from_files(anchors=[_pem(tmp_path, ca)], crls=[crl])
    revoked = verify_pdf(signed["mikko"].read_bytes(), trust=trust).signatures[0]
    kept = verify_pdf(signed["paivi"].read_bytes(), trust=trust).signatures[0]
    assert revoked.revocation == "revoked", revoked
    assert revoked.verdict.value != "valid"
    assert kept.revocation == "good" and kept.verdict.value == "valid", kept


def test_cancelling_the_confirmation_revokes_nothing(dialog, qtbot, tmp_path, monkeypatch):
    from agreement_studio.gui.signing.issued_panel import RevokeDialog

    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "sanna.p12"), "")),
    )
    tab, _ca = _open_ca(dialog, qtbot, tmp_path, monkeypatch)
    _issue(tab, qtbot, "Sanna Lähteenmäki", "Verkosto", tmp_path / "sanna.p12")
    panel = tab.issued
    _click_row(panel.list, qtbot, 0)
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    confirm = _visible(panel, RevokeDialog, qtbot)
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    wait_idle(qtbot)
    assert panel.list.topLevelItem(0).text(4) == "Valid"
    from agreement_studio.signing import load_network_ca

    assert [e.revoked_at for e in load_network_ca(tmp_path / "ca.p12", CA_PASSWORD).issued] == [
        None
    ]


def _pem(folder, ca):
    path = folder / "ca.pem"
    path.write_bytes(ca.certificate_pem())
    return path
