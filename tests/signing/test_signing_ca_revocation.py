"""The network CA's life cycle: what issued certificates say, its record, revocation, CRLs."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID, ExtensionOID
from signing_pki import PASSWORD, make_certificate, pem

from agreement_studio.errors import CertificateRevocationError, IdentityError, WrongPassword
from agreement_studio.signing import create_network_ca, load_network_ca
from agreement_studio.signing.certificates import DOCUMENT_SIGNING
from agreement_studio.signing.revocation_list import record_path_for

CRL_URL = "http://crl.verkosto.example/network.crl"
CA_PASSWORD = "verkoston salainen avain"


def _ca_on_disk(folder, crl_url=CRL_URL):
    ca = create_network_ca(name="Verkoston CA", org="Ohjausverkosto", crl_url=crl_url)
    ca.save_pkcs12(folder / "ca.p12", CA_PASSWORD)
    return ca


def test_issued_certificate_is_a_document_signing_certificate_with_a_crl_address(tmp_path):
    ca = _ca_on_disk(tmp_path)
    cert = ca.issue(name="Matti Meikäläinen", org="Työväenopisto").certificate
    usage = cert.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    eku = cert.extensions.get_extension_for_oid(ExtensionOID.EXTENDED_KEY_USAGE).value
    assert DOCUMENT_SIGNING in eku and ExtendedKeyUsageOID.EMAIL_PROTECTION in eku
    points = cert.extensions.get_extension_for_oid(ExtensionOID.CRL_DISTRIBUTION_POINTS).value
    assert [n.value for p in points for n in p.full_name] == [CRL_URL]
    # a CA without a CRL address issues certificates without a distribution point
    (tmp_path / "plain").mkdir()
    plain = _ca_on_disk(tmp_path / "plain", crl_url=None)
    bare = plain.issue(name="Anna Åberg", org="Kansalaisopisto").certificate
    with pytest.raises(x509.ExtensionNotFound):
        bare.extensions.get_extension_for_oid(ExtensionOID.CRL_DISTRIBUTION_POINTS)


def test_record_lists_issues_and_revocations_across_loads(tmp_path):
    ca = _ca_on_disk(tmp_path)
    first = ca.issue(name="Matti Meikäläinen", org="Työväenopisto").certificate
    second = ca.issue(name="Anna Åberg", org="Kansalaisopisto").certificate
    again = load_network_ca(tmp_path / "ca.p12", CA_PASSWORD)
    assert again.crl_url == CRL_URL
    assert [e.serial for e in again.issued] == [first.serial_number, second.serial_number]
    assert all(e.revoked_at is None for e in again.issued)
    when = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    again.revoke(second, reason="key-compromise", when=when)
    third = load_network_ca(tmp_path / "ca.p12", CA_PASSWORD)
    [revoked] = [e for e in third.issued if e.revoked_at is not None]
    assert revoked.serial == second.serial_number and revoked.reason == "key-compromise"
    assert revoked.revoked_at == when.replace(microsecond=0)
    record = json.loads(record_path_for(tmp_path / "ca.p12").read_text("utf-8"))
    assert record["issued"][1]["serial"] == str(second.serial_number)  # big numbers as text
    assert oct(record_path_for(tmp_path / "ca.p12").stat().st_mode & 0o777) == "0o600"


def test_two_holders_of_one_ca_file_keep_each_others_entries(tmp_path):
    _ca_on_disk(tmp_path)
    window = load_network_ca(tmp_path / "ca.p12", CA_PASSWORD)  # e.g. held open in the window
    script = load_network_ca(tmp_path / "ca.p12", CA_PASSWORD)
    first = window.issue(name="Matti Meikäläinen", org="Työväenopisto").certificate
    second = script.issue(name="Anna Åberg", org="Kansalaisopisto").certificate
    window.revoke(second, reason="superseded")
    on_disk = load_network_ca(tmp_path / "ca.p12", CA_PASSWORD).issued
    assert [e.serial for e in on_disk] == [first.serial_number, second.serial_number]
    assert on_disk[1].revoked_at is not None


def test_crl_is_signed_by_the_ca_lists_the_revoked_with_reason_and_grows_its_number(tmp_path):
    ca = _ca_on_disk(tmp_path)
    kept = ca.issue(name="Matti Meikäläinen", org="Työväenopisto").certificate
    gone = ca.issue(name="Anna Åberg", org="Kansalaisopisto").certificate
    empty = x509.load_der_x509_crl(ca.crl(days=3))
    assert len(list(empty)) == 0
    ca.revoke(gone.serial_number, reason="affiliation-changed")
    crl = x509.load_der_x509_crl(ca.crl(days=3))
    assert crl.is_signature_valid(ca.certificate.public_key())
    assert crl.issuer == ca.certificate.subject
    assert crl.next_update_utc - crl.last_update_utc == dt.timedelta(days=3)
    assert crl.get_revoked_certificate_by_serial_number(kept.serial_number) is None
    entry = crl.get_revoked_certificate_by_serial_number(gone.serial_number)
    assert entry is not None
    assert entry.extensions.get_extension_for_class(x509.CRLReason).value.reason is (
        x509.ReasonFlags.affiliation_changed
    )
    number = crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
    assert (
        number
        == x509.load_der_x509_crl(ca.crl())
        .extensions.get_extension_for_class(x509.CRLNumber)
        .value.crl_number
        - 1
    )


def test_revoking_twice_unknown_or_foreign_certificates_is_refused(tmp_path):
    ca = _ca_on_disk(tmp_path)
    cert = ca.issue(name="Matti Meikäläinen", org="Työväenopisto").certificate
    ca.revoke(cert, reason="superseded")
    with pytest.raises(CertificateRevocationError, match="already revoked"):
        ca.revoke(cert, reason="superseded")
    with pytest.raises(CertificateRevocationError, match="no record"):
        ca.revoke(12345, reason="superseded")
    stranger, _key = make_certificate(name="Vieras", usage={"digital_signature": True})
    with pytest.raises(CertificateRevocationError, match="not issued by"):
        ca.revoke(stranger, reason="superseded")
    with pytest.raises(CertificateRevocationError, match="not a revocation reason"):
        ca.revoke(cert.serial_number, reason="bored")


def test_a_record_beside_another_ca_is_refused(tmp_path):
    _ca_on_disk(tmp_path)
    other = create_network_ca(name="Toinen CA", org="Toinen verkosto")
    other.save_pkcs12(tmp_path / "other.p12", CA_PASSWORD)
    record_path_for(tmp_path / "other.p12").write_bytes(
        record_path_for(tmp_path / "ca.p12").read_bytes()
    )
    with pytest.raises(IdentityError, match="record of another CA"):
        load_network_ca(tmp_path / "other.p12", CA_PASSWORD)
    with pytest.raises(WrongPassword):
        load_network_ca(tmp_path / "ca.p12", CA_PASSWORD + "x")


def _run(*args: str, env_extra: dict[str, str] | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGREEMENT_STUDIO_")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "agreement_studio", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_command_line_revoke_crl_and_issued(tmp_path):
    ca_env = {"AGREEMENT_STUDIO_CA_PASSWORD": CA_PASSWORD}
    id_env = {**ca_env, "AGREEMENT_STUDIO_PASSWORD": PASSWORD}
    ca_p12 = str(tmp_path / "ca.p12")
    made = _run(
        "identity", "ca-new", "--name", "Verkoston CA", "--org", "Ohjausverkosto",
        "-o", ca_p12, "--crl-url", CRL_URL, env_extra=ca_env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    issued = _run(
        "identity", "issue", "--ca", ca_p12, "--name", "Anna Åberg", "--org", "Kansalaisopisto",
        "-o", str(tmp_path / "anna.p12"), env_extra=id_env,
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    exported = _run(
        "identity", "export-cert", str(tmp_path / "anna.p12"), "-o", str(tmp_path / "anna.pem"),
        env_extra=id_env,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    cert = x509.load_pem_x509_certificate((tmp_path / "anna.pem").read_bytes())

    wrong = _run(
        "identity", "issued", "--ca", ca_p12, env_extra={"AGREEMENT_STUDIO_CA_PASSWORD": "x"}
    )
    assert wrong.returncode == 2 and "password" in wrong.stderr and "Traceback" not in wrong.stderr

    revoke = ("identity", "revoke", "--ca", ca_p12, str(tmp_path / "anna.pem"))
    done = _run(*revoke, "--reason", "affiliation-changed", env_extra=ca_env)
    assert done.returncode == 0, done.stderr
    assert str(cert.serial_number) in done.stdout
    twice = _run(*revoke, "--reason", "affiliation-changed", env_extra=ca_env)
    assert twice.returncode == 1
    assert "already revoked" in twice.stderr and "Traceback" not in twice.stderr
    by_serial = _run(
        "identity", "revoke", "--ca", ca_p12, "--serial", "777", "--reason", "superseded",
        env_extra=ca_env,
    )  # fmt: skip
    assert by_serial.returncode == 1 and "no record" in by_serial.stderr

    crl_file = tmp_path / "network.crl"
    crl_made = _run(
        "identity", "crl", "--ca", ca_p12, "-o", str(crl_file), "--days", "2", env_extra=ca_env
    )
    assert crl_made.returncode == 0, crl_made.stderr
    crl = x509.load_der_x509_crl(crl_file.read_bytes())
    assert crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None
    assert crl.next_update_utc is not None

    listing = _run("identity", "issued", "--ca", ca_p12, "--json", env_extra=ca_env)
    assert listing.returncode == 0, listing.stderr
    [entry] = json.loads(listing.stdout)["issued"]
    assert entry["serial"] == str(cert.serial_number) and entry["reason"] == "affiliation-changed"
    text = _run("identity", "issued", "--ca", ca_p12, env_extra=ca_env)
    assert "revoked" in text.stdout and "Anna" in text.stdout
    assert pem(cert)  # the exported certificate is an ordinary PEM certificate
