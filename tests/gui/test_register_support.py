"""Fixtures and helpers for the register, signing and identities tests of the window.

A network CA and one identity per signatory of the three-party example agreement, saved as
PKCS#12 files, are made once per session with agreement_studio.signing; registers are real
SQLite files in each test's home folder. (No tests here: the other test modules import these.)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from agreement_studio.agreement import Agreement, example_agreement

PASSWORD = "kuusi hevosta laukkaa ÅÄÖ"  # non-ASCII on purpose
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@dataclass(frozen=True)
class Holder:
    """A signatory's identity file."""

    name: str
    party: str
    field: str
    path: Path


@dataclass(frozen=True)
class Pki:
    """The network CA (its certificate file) and the signatories' identity files."""

    ca_certificate: Path
    holders: list[Holder]


def agreement_for_signing() -> Agreement:
    """The three-party Finnish example agreement whose signatories the PKI serves."""
    return example_agreement(parties=3, language="fi")


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> Pki:
    """A network CA and an identity per signatory of :func:`agreement_for_signing`."""
    from agreement_studio.signing import create_network_ca

    folder = tmp_path_factory.mktemp("gui-pki")
    ca = create_network_ca(name="Ohjausverkoston CA", org="Päijät-Hämeen ohjausverkosto")
    certificate = folder / "network-ca.pem"
    certificate.write_bytes(ca.certificate_pem())
    holders = []
    for party, signatory, field in agreement_for_signing().signatures():
        identity = ca.issue(name=signatory.name, org=party.name, business_id=party.business_id)
        path = identity.save_pkcs12(folder / f"{field}.p12", PASSWORD)
        holders.append(Holder(signatory.name, party.name, field, path))
    return Pki(certificate, holders)


@pytest.fixture
def register_path(isolated_home) -> Path:
    """Where the default register of this test's home folder lives."""
    return isolated_home / "data" / "register.sqlite"


@pytest.fixture
def registered(register_path) -> str:
    """A register holding the example agreement, prepared for signing; its document ID."""
    from agreement_studio.register import open_register

    with open_register(register_path) as register:
        return register.add_draft(agreement_for_signing())


def fill_register(path: Path, count: int) -> None:
    """Write ``count`` agreements into the register at ``path`` (as the benchmark does)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from register import fill  # benchmarks/register.py
    finally:
        sys.path.remove(str(BENCHMARKS))
    from agreement_studio.register import open_register

    with open_register(path) as register:
        fill(register, count)


@pytest.fixture
def studio(window, qtbot):
    """The main window with the register installed, once the register has been read."""
    from agreement_studio.gui.register import install_register

    controller = install_register(window)
    if not controller.access.missing():
        qtbot.waitUntil(
            lambda: controller.model.total > 0 or controller.access.count == 0, timeout=20_000
        )
        qtbot.waitUntil(lambda: not controller.model.is_loading(), timeout=20_000)
    return controller


def choose_row(controller, qtbot, row: int = 0) -> str:
    """Click a row of the register table; returns its document ID once its details show."""
    from PySide6.QtCore import Qt

    table = controller.view.table
    index = controller.model.index(row, 0)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    document_id = controller.model.rows[row].document_id
    qtbot.waitUntil(lambda: controller.detail.document_id() == document_id, timeout=10_000)
    return document_id


def wait_idle(qtbot) -> None:
    """Let background work finish and its results arrive."""
    from agreement_studio.gui.tasks import runner

    qtbot.waitUntil(lambda: runner().active() == 0, timeout=60_000)
    QApplication.processEvents()


def expired_identity_file(folder: Path, name: str, organisation: str) -> Path:
    """A PKCS#12 file (password PASSWORD) whose certificate for ``name`` expired yesterday."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    now, day = dt.datetime.now(dt.UTC), dt.timedelta(days=1)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - 400 * day)
        .not_valid_after(now - day)
        .sign(key, hashes.SHA256())
    )
    path = folder / "expired.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"expired", key, certificate, None, BestAvailableEncryption(PASSWORD.encode())
        )
    )
    return path


def open_sign_dialog(controller, qtbot):
    """Choose the first agreement and press Sign; the dialog once it is shown."""
    from PySide6.QtCore import Qt

    choose_row(controller, qtbot)
    qtbot.mouseClick(controller.detail.sign_button, Qt.MouseButton.LeftButton)
    dialog = controller.actions.sign_dialog
    qtbot.waitExposed(dialog)
    return dialog


def use_file(dialog, qtbot, path: Path, password: str, *, opens: bool = True) -> None:
    """Choose "a PKCS#12 file" and type its path and password, as a person would; when the
    password ``opens`` the file, wait until the dialog has read whose it is."""
    dialog.source.setCurrentIndex(1)
    dialog.file.path.clear()
    qtbot.keyClicks(dialog.file.path, str(path))
    dialog.file.secret.clear()
    type_into(dialog.file.secret, password)
    if opens:
        qtbot.waitUntil(lambda: dialog.file.known is not None, timeout=20_000)


def sign_and_wait(dialog, qtbot):
    """Press Sign and wait for the signature to be recorded; returns the ImportResult."""
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(dialog.signed, timeout=60_000) as signal:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    return signal.args[0]


def type_into(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (ä and ö as a keyboard sends them: QTest has no
    key code for them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )
