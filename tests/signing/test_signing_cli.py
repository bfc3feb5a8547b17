"""The ``identity`` and ``sign`` commands, run as a user would (a separate process)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from signing_pki import (
    PASSWORD,
    SIGNATORIES,
    assert_pdfsig_all_valid,
    nss_database,
    prepared_pdf,
    pyhanko_statuses,
    qpdf_check,
)

from agreement_studio.signing import load_pkcs12
from required_tools import require_tools

CA_PASSWORD = "verkoston salainen avain"


def run(*args: str, env_extra: dict[str, str] | None = None, cwd=None):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("AGREEMENT_STUDIO_PASSWORD", "AGREEMENT_STUDIO_CA_PASSWORD")
    }
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_ca_issue_show_export_and_sign_round_trip(tmp_path):
    require_tools("qpdf", "pdfsig", "certutil")
    ca_password_file = tmp_path / "ca-password.txt"
    ca_password_file.write_text(CA_PASSWORD + "\n")
    ca_env = {"AGREEMENT_STUDIO_CA_PASSWORD": CA_PASSWORD}

    made = run(
        "identity",
        "ca-new",
        "--name",
        "Verkoston CA",
        "--org",
        "Ohjausverkosto",
        "-o",
        str(tmp_path / "ca.p12"),
        "--pem",
        str(tmp_path / "ca.pem"),
        "--password-file",
        str(ca_password_file),
    )
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE((tmp_path / "ca.p12").stat().st_mode) == 0o600

    # the first identity's password from a file, the second's from the environment
    first, second = SIGNATORIES[0], SIGNATORIES[1]
    password_file = tmp_path / "password.txt"
    password_file.write_text(PASSWORD + "\n")
    issued = run(
        "identity",
        "issue",
        "--ca",
        str(tmp_path / "ca.p12"),
        "--name",
        first.name,
        "--org",
        first.org,
        "--email",
        first.email,
        "--business-id",
        first.business_id,
        "-o",
        str(tmp_path / "first.p12"),
        "--password-file",
        str(password_file),
        env_extra=ca_env,
    )
    assert issued.returncode == 0, issued.stderr
    issued = run(
        "identity",
        "issue",
        "--ca",
        str(tmp_path / "ca.p12"),
        "--name",
        second.name,
        "--org",
        second.org,
        "-o",
        str(tmp_path / "second.p12"),
        "--ca-password-file",
        str(ca_password_file),
        env_extra={"AGREEMENT_STUDIO_PASSWORD": PASSWORD},
    )
    assert issued.returncode == 0, issued.stderr
    for name in ("first.p12", "second.p12"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600

    shown = run(
        "identity",
        "show",
        str(tmp_path / "first.p12"),
        "--json",
        env_extra={"AGREEMENT_STUDIO_PASSWORD": PASSWORD},
    )
    assert shown.returncode == 0, shown.stderr
    summary = json.loads(shown.stdout)
    assert summary["name"] == first.name and summary["business_id"] == first.business_id
    assert summary["usable"] and summary["issuer"].endswith("CN=Verkoston CA")
    exported = run(
        "identity",
        "export-cert",
        str(tmp_path / "first.p12"),
        "-o",
        str(tmp_path / "first.pem"),
        "--password-file",
        str(password_file),
    )
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "first.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")

    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(prepared_pdf([s.field for s in SIGNATORIES]))
    signed1 = run(
        "sign",
        str(pdf),
        "--identity",
        str(tmp_path / "first.p12"),
        "--reason",
        "Hyväksytty",
        "-o",
        str(tmp_path / "signed1.pdf"),
        "--json",
        "--password-file",
        str(password_file),
    )
    assert signed1.returncode == 0, signed1.stderr
    assert json.loads(signed1.stdout)["field"] == first.field
    signed2 = run(
        "sign",
        str(tmp_path / "signed1.pdf"),
        "--identity",
        str(tmp_path / "second.p12"),
        "-o",
        str(tmp_path / "signed2.pdf"),
        env_extra={"AGREEMENT_STUDIO_PASSWORD": PASSWORD},
    )
    assert signed2.returncode == 0, signed2.stderr
    assert second.field in signed2.stdout

    out = tmp_path / "signed2.pdf"
    qpdf_check(out)
    ca_cert = read_pem_certificate(tmp_path / "ca.pem")
    assert_pdfsig_all_valid(out, nss_database(tmp_path / "nss", ca_cert), 2)
    assert all(s.bottom_line for s in pyhanko_statuses(out, ca_cert))
    assert load_pkcs12(tmp_path / "first.p12", PASSWORD).subject_name == first.name


def read_pem_certificate(pem_path):
    from cryptography import x509

    return x509.load_pem_x509_certificate(pem_path.read_bytes())


def test_self_issued_identity_and_its_refusals(tmp_path):
    env = {"AGREEMENT_STUDIO_PASSWORD": PASSWORD}
    target = str(tmp_path / "me.p12")
    made = run(
        "identity",
        "new",
        "--name",
        "Matti Meikäläinen",
        "--org",
        "Työväenopisto",
        "--business-id",
        "1234567-1",
        "--rsa",
        "-o",
        target,
        env_extra=env,
    )
    assert made.returncode == 0, made.stderr
    again = run("identity", "new", "--name", "X", "--org", "Y", "-o", target, env_extra=env)
    assert again.returncode == 2 and "exists" in again.stderr
    shown = run("identity", "show", target, env_extra=env)
    assert "RSA 3072" in shown.stdout and "Matti Meikäläinen" in shown.stdout

    wrong = run("identity", "show", target, env_extra={"AGREEMENT_STUDIO_PASSWORD": "Väärä1"})
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("agreement-studio: ") and "password" in wrong.stderr
    assert "Väärä1" not in wrong.stderr + wrong.stdout and "Traceback" not in wrong.stderr

    bad_id = run(
        "identity",
        "new",
        "--name",
        "A",
        "--org",
        "B",
        "--business-id",
        "1234567-8",
        "-o",
        str(tmp_path / "bad.p12"),
        env_extra=env,
    )
    assert bad_id.returncode == 2 and "check digit" in bad_id.stderr
    assert not (tmp_path / "bad.p12").exists()


def test_sign_refusals_are_one_line_with_exit_status_2(tmp_path):
    env = {"AGREEMENT_STUDIO_PASSWORD": PASSWORD}
    identity = str(tmp_path / "me.p12")
    assert (
        run(
            "identity", "new", "--name", "Ulla", "--org", "Org", "-o", identity, env_extra=env
        ).returncode
        == 0
    )
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("not a pdf")
    result = run(
        "sign", str(not_pdf), "--identity", identity, "-o", str(tmp_path / "o.pdf"), env_extra=env
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "not a PDF" in result.stderr
    no_password = run("sign", str(not_pdf), "--identity", identity, "-o", "o.pdf")
    assert no_password.returncode == 2 and "password" in no_password.stderr
    token = run("sign", str(not_pdf), "--pkcs11-module", "/nonexistent.so", "-o", "o.pdf")
    assert token.returncode == 2 and "--token-label" in token.stderr
    assert not (tmp_path / "o.pdf").exists()
