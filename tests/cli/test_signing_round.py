"""The signing round of a network, through the command line, checked by poppler and qpdf.

A network CA issues identities to three signatories of the 5-party example; they sign the same
PDF in turn. After each signature the file passes ``qpdf --check``, poppler's ``pdfsig`` (with
the CA in an NSS database) calls every signature valid and trusted, and our ``verify`` says
``valid``.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from agreement_studio.agreement import load_draft
from required_tools import require_tools


@pytest.fixture(autouse=True)
def _tools() -> None:
    require_tools("qpdf", "pdfsig", "certutil")


def run(*args) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, timeout=120)


def test_three_signatories_sign_the_five_party_agreement_in_turn(cli, tmp_path):
    password = tmp_path / "password.txt"
    password.write_text("verkoston yhteinen salasana ÄÖ", "utf-8")
    draft, current = tmp_path / "draft.agreement.json", tmp_path / "prepared.pdf"
    assert cli("example", "--parties", "5", "-o", draft).returncode == 0
    assert cli("render", draft, "-o", current).returncode == 0

    ca = cli(
        "identity",
        "ca-new",
        "--name",
        "Päijät-Hämeen ohjausverkoston CA",
        "--org",
        "Päijät-Hämeen aikuisten ohjauspalveluverkosto",
        "--password-file",
        password,
        "-o",
        tmp_path / "ca.p12",
        "--pem",
        tmp_path / "ca.pem",
    )
    assert ca.returncode == 0, ca.stderr
    nss = tmp_path / "nss"
    nss.mkdir()
    assert run("certutil", "-N", "--empty-password", "-d", f"sql:{nss}").returncode == 0
    assert (
        run(
            "certutil",
            "-A",
            "-n",
            "network-ca",
            "-t",
            "CT,C,C",
            "-i",
            tmp_path / "ca.pem",
            "-d",
            f"sql:{nss}",
        ).returncode
        == 0
    )

    agreement = load_draft(draft)
    for number, (party, signatory, field) in enumerate(agreement.signatures()[:3], start=1):
        identity = tmp_path / f"signatory-{number}.p12"
        issued = cli(
            "identity",
            "issue",
            "--ca",
            tmp_path / "ca.p12",
            "--ca-password-file",
            password,
            "--name",
            signatory.name,
            "--org",
            party.name,
            "--business-id",
            party.business_id,
            "--password-file",
            password,
            "-o",
            identity,
        )
        assert issued.returncode == 0, issued.stderr
        signed = tmp_path / f"signed-{number}.pdf"
        # No --field: the field is found from the name in the certificate.
        result = cli(
            "sign",
            current,
            "--identity",
            identity,
            "--password-file",
            password,
            "--reason",
            "Hyväksytty",
            "--location",
            "Lahti",
            "-o",
            signed,
        )
        assert result.returncode == 0, result.stderr
        assert field in result.stdout
        current = signed

        check = run("qpdf", "--check", signed)
        assert check.returncode == 0, check.stdout + check.stderr
        sig = run("pdfsig", "-nssdir", f"sql:{nss}", signed).stdout
        assert sig.count("Signature is Valid.") == number, sig
        assert sig.count("Certificate is Trusted.") == number, sig
        assert sig.count("The signature form field is not signed.") == 5 - number, sig

        verify = cli("verify", "--trust", tmp_path / "ca.pem", "--json", signed)
        assert verify.returncode == 0, verify.stdout + verify.stderr
        [report] = json.loads(verify.stdout)["files"]
        assert report["verdict"] == "valid"
        assert [s["verdict"] for s in report["signatures"]] == ["valid"] * number
        assert report["signatures"][-1]["signer"] == signatory.name

    untrusted = cli("verify", current)
    assert untrusted.returncode == 1, "without the CA the signers are not trusted"
