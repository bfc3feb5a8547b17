"""Signing in the window with a key on a token (a real SoftHSM2 token over PKCS#11)."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtCore import Qt
from test_register_support import PASSWORD, open_sign_dialog, sign_and_wait, type_into

from required_tools import require_file, require_tools

pytest_plugins = ["test_register_support"]

MODULE = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "135790"


@pytest.fixture(scope="session")
def token(pki, tmp_path_factory):
    """A SoftHSM2 token holding Päivi's key and certificate (SoftHSM reads its configuration
    once per process, so the token is made once per session)."""
    require_tools("softhsm2-util", "pkcs11-tool")
    require_file(MODULE, "softhsm2")
    from cryptography.hazmat.primitives import serialization

    from agreement_studio.signing import load_pkcs12

    folder = tmp_path_factory.mktemp("gui-softhsm")
    (folder / "tokens").mkdir()
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {folder / 'tokens'}\n"
        "objectstore.backend = file\nlog.level = ERROR\n"
    )
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(config)
    identity = load_pkcs12(pki.holders[0].path, PASSWORD)
    key = folder / "key.pem"
    key.write_bytes(
        identity._key.private_bytes(  # a throw-away test key
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert = folder / "cert.der"
    cert.write_bytes(identity.certificate.public_bytes(serialization.Encoding.DER))

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True)

    run(
        "softhsm2-util",
        "--init-token",
        "--free",
        "--label",
        "kortti",
        "--pin",
        PIN,
        "--so-pin",
        "24680135",
    )
    run(
        "softhsm2-util",
        "--import",
        str(key),
        "--token",
        "kortti",
        "--label",
        "allekirjoitus",
        "--id",
        "01",
        "--pin",
        PIN,
    )
    run(
        "pkcs11-tool",
        "--module",
        MODULE,
        "--token-label",
        "kortti",
        "--login",
        "--pin",
        PIN,
        "--write-object",
        str(cert),
        "--type",
        "cert",
        "--label",
        "allekirjoitus",
        "--id",
        "01",
    )
    key.unlink()
    yield "kortti", "allekirjoitus"
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


def test_sign_with_a_token(window, token, registered, studio, qtbot):
    label, key = token
    dialog = open_sign_dialog(studio, qtbot)
    dialog.source.setCurrentIndex(2)
    source = dialog.token
    for line, text in (
        (source.module, MODULE),
        (source.token, label),
        (source.key, key),
        (source.secret, "000000"),
    ):
        type_into(line, text)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(source.secret_message.isVisible, timeout=30_000)
    assert source.secret_message.text() == "The PIN is not right."
    source.secret.clear()
    type_into(source.secret, PIN)
    result = sign_and_wait(dialog, qtbot)
    assert [a.signatory for a in result.added] == ["Päivi Mäkelä"]
    assert "Signed by: Päivi Mäkelä" in dialog.result_page.text.text()
