"""The sign dialog's certification and PAdES level: offered to the first signer, made as chosen."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from test_register_support import PASSWORD, open_sign_dialog, sign_and_wait, use_file, wait_idle

from long_term_tsa import local_tsa

pytest_plugins = ["test_register_support"]


def _current_report(register_path, document_id, anchors=()):
    from agreement_studio.register import open_register
    from agreement_studio.verification import TrustStore, verify_pdf

    with open_register(register_path) as register:
        data = register.current_pdf(document_id)
    return verify_pdf(data, trust=TrustStore.from_files(anchors=list(anchors)))


def _done(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)  # Done
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot)


def test_the_first_signer_certifies_by_default_and_the_next_cannot(
    window, pki, registered, studio, qtbot, register_path
):
    dialog = open_sign_dialog(studio, qtbot)
    certify = dialog.options.certify_box
    assert certify.isEnabled() and certify.isChecked()  # nobody has signed this agreement
    assert "only signatures and the prepared fields" in certify.text()
    assert dialog.options.level() == "B-B"  # no timestamp server set
    assert not dialog.options.level_box.model().item(1).isEnabled()  # B-T needs one
    use_file(dialog, qtbot, pki.holders[0].path, PASSWORD)
    result = sign_and_wait(dialog, qtbot)
    assert result.signed_count == 1
    said = dialog.result_page.text.text()
    assert "A certification signature" in said and "Level: PAdES B-B" in said
    _done(dialog, qtbot)
    report = _current_report(register_path, registered, [pki.ca_certificate])
    assert [s.kind for s in report.signatures] == ["certification"]
    assert report.signatures[0].pades_level == "B-B"

    dialog = open_sign_dialog(studio, qtbot)
    certify = dialog.options.certify_box
    assert not certify.isEnabled() and not certify.isChecked()  # signed already
    use_file(dialog, qtbot, pki.holders[1].path, PASSWORD)
    assert sign_and_wait(dialog, qtbot).signed_count == 2
    _done(dialog, qtbot)
    report = _current_report(register_path, registered, [pki.ca_certificate])
    assert [s.kind for s in report.signatures] == ["certification", "signature"]
    assert report.verdict.value == "valid", report.message


def test_a_person_can_leave_certification_off(
    window, pki, registered, studio, qtbot, register_path
):
    dialog = open_sign_dialog(studio, qtbot)
    qtbot.mouseClick(dialog.options.certify_box, Qt.MouseButton.LeftButton)
    assert not dialog.options.certify()
    use_file(dialog, qtbot, pki.holders[0].path, PASSWORD)
    sign_and_wait(dialog, qtbot)
    _done(dialog, qtbot)
    report = _current_report(register_path, registered, [pki.ca_certificate])
    assert [s.kind for s in report.signatures] == ["signature"]


@pytest.fixture
def long_term_setup(tmp_path):
    """A local timestamp server set in Preferences; a network CA with a CRL address whose
    current CRL the window keeps; the first signatory's identity issued by it; both roots
    trusted. Yields ``(tsa, identity file, anchors)``."""
    from test_register_support import agreement_for_signing

    from agreement_studio.preferences import load_preferences, save_preferences
    from agreement_studio.signing import create_network_ca
    from agreement_studio.signing.network_crls import keep_crl

    ca = create_network_ca(name="Verkoston CA", org="Verkosto", crl_url="http://127.0.0.1:9/n.crl")
    party, signatory, field = agreement_for_signing().signatures()[0]
    identity = ca.issue(name=signatory.name, org=party.name, business_id=party.business_id)
    p12 = identity.save_pkcs12(tmp_path / f"{field}.p12", PASSWORD)
    keep_crl(ca.crl(), ca.fingerprint_sha256)
    with local_tsa() as tsa:
        anchors = [tmp_path / "ca.pem", tmp_path / "tsa-root.pem"]
        anchors[0].write_bytes(ca.certificate_pem())
        anchors[1].write_bytes(tsa.root.public_bytes(serialization.Encoding.PEM))
        preferences = load_preferences()
        preferences.timestamp_url = tsa.url
        preferences.trust_anchors = [str(a) for a in anchors]
        save_preferences(preferences)
        yield tsa, p12, anchors


def test_choosing_b_lt_with_a_timestamp_server_makes_a_b_lt_signature(
    long_term_setup, window, registered, studio, qtbot, register_path
):
    tsa, p12, anchors = long_term_setup
    dialog = open_sign_dialog(studio, qtbot)
    levels = dialog.options.level_box
    assert dialog.options.level() == "B-T"  # with a timestamp server, B-T by default
    assert all(levels.model().item(row).isEnabled() for row in range(levels.count()))
    assert "B-LTA adds a document timestamp" in dialog.options.explanation.text()
    levels.setFocus()
    qtbot.keyClick(levels, Qt.Key.Key_Down)  # B-T -> B-LT
    assert dialog.options.level() == "B-LT"
    use_file(dialog, qtbot, p12, PASSWORD)
    result = sign_and_wait(dialog, qtbot)
    assert result.added[0].verdict == "valid"
    assert tsa.requests >= 1
    _done(dialog, qtbot)
    report = _current_report(register_path, registered, anchors)
    first = report.signatures[0]
    assert first.kind == "certification" and first.verdict.value == "valid"
    assert first.pades_level == "B-LT", first
