"""Identities: self-issued, PKCS#12 files, the network CA and what it issues."""

from __future__ import annotations

import datetime as dt
import stat
import subprocess
import sys

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtensionOID, NameOID
from signing_pki import PASSWORD, SIGNATORIES, make_certificate, unusable_identity_file

from agreement_studio.errors import CertificateNotUsable, IdentityError, WrongPassword
from agreement_studio.signing import (
    NetworkCA,
    clear_identity_cache,
    create_identity,
    create_network_ca,
    issue_identity,
    load_network_ca,
    load_pkcs12,
)
from agreement_studio.signing.certificates import normalise_business_id

NOW = dt.datetime.now(dt.UTC)


def _extension(cert: x509.Certificate, oid):
    return cert.extensions.get_extension_for_oid(oid)


def test_self_issued_identity_says_who_and_may_only_sign(tmp_path):
    identity = create_identity(
        name="Matti Meikäläinen",
        org="Helsingin työväenopisto",
        email="matti@example.fi",
        business_id="1234567-1",
    )
    cert = identity.certificate
    subject = cert.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Matti Meikäläinen"
    assert (
        subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
        == "Helsingin työväenopisto"
    )
    assert (
        subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)[0].value
        == "NTRFI-1234567-1"
    )
    assert subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == "matti@example.fi"
    san = _extension(cert, ExtensionOID.SUBJECT_ALTERNATIVE_NAME).value
    assert san.get_values_for_type(x509.RFC822Name) == ["matti@example.fi"]
    usage = _extension(cert, ExtensionOID.KEY_USAGE)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 2.99 < years < 3.01
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    assert identity.chain == [cert] and identity.self_issued
    assert (identity.subject_name, identity.organisation, identity.email, identity.business_id) == (
        "Matti Meikäläinen",
        "Helsingin työväenopisto",
        "matti@example.fi",
        "1234567-1",
    )
    assert len(identity.fingerprint_sha256) == 64


def test_rsa_option_makes_a_3072_bit_key():
    identity = create_identity(name="Rsa Käyttäjä", org="Org", rsa=True)
    key = identity.certificate.public_key()
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 3072


def test_saved_identity_is_private_strongly_encrypted_and_loads_back(tmp_path):
    identity = create_identity(name="Liisa Laine", org="Kirjasto")
    path = identity.save_pkcs12(tmp_path / "liisa.p12", PASSWORD)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic write left nothing behind
    loaded = load_pkcs12(path, PASSWORD)
    assert loaded.fingerprint_sha256 == identity.fingerprint_sha256
    _assert_strong_pkcs12(path.read_bytes())


def _assert_strong_pkcs12(data: bytes) -> None:
    """PBES2 with PBKDF2-HMAC-SHA256 (≥ 600 000 rounds) and AES-256-CBC; SHA-256 MAC."""
    pfx = asn1_pkcs12.Pfx.load(data)
    assert pfx["mac_data"]["mac"]["digest_algorithm"]["algorithm"].native == "sha256"
    safe_contents = asn1_pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native)
    schemes = []
    for info in safe_contents:
        if info["content_type"].native == "encrypted_data":
            schemes.append(
                info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
            )
        else:
            bags = asn1_pkcs12.SafeContents.load(info["content"].native)
            schemes += [
                bag["bag_value"]["encryption_algorithm"]
                for bag in bags
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag"
            ]
    assert schemes, "nothing in the file is encrypted"
    for scheme in schemes:
        assert scheme["algorithm"].native == "pbes2"
        kdf = scheme["parameters"]["key_derivation_func"]
        assert kdf["algorithm"].native == "pbkdf2"
        assert kdf["parameters"]["prf"]["algorithm"].native == "sha256"
        assert kdf["parameters"]["iteration_count"].native >= 600_000
        assert scheme["parameters"]["encryption_scheme"]["algorithm"].native == "aes256_cbc"
    assert asn1_cms  # imported for the structures above


def test_wrong_password_is_refused_without_repeating_it(tmp_path):
    path = create_identity(name="A B", org="C").save_pkcs12(tmp_path / "a.p12", PASSWORD)
    with pytest.raises(WrongPassword) as caught:
        load_pkcs12(path, "väärä salasana")
    assert "väärä" not in str(caught.value) and PASSWORD not in str(caught.value)
    # a cached identity is not a way around the password either
    load_pkcs12(path, PASSWORD)
    with pytest.raises(WrongPassword):
        load_pkcs12(path, PASSWORD + "x")


def test_loading_again_reuses_the_identity_until_the_file_changes(tmp_path):
    path = tmp_path / "id.p12"
    create_identity(name="A B", org="C").save_pkcs12(path, PASSWORD)
    first = load_pkcs12(path, PASSWORD)
    assert load_pkcs12(path, PASSWORD) is first
    create_identity(name="D E", org="F").save_pkcs12(path, PASSWORD)
    assert load_pkcs12(path, PASSWORD).subject_name == "D E"
    clear_identity_cache()
    assert load_pkcs12(path, PASSWORD) is not first


def test_not_a_pkcs12_file_is_an_identity_error(tmp_path):
    path = tmp_path / "nonsense.p12"
    path.write_bytes(b"this is not a key store")
    with pytest.raises(IdentityError, match="not a PKCS#12"):
        load_pkcs12(path, PASSWORD)
    with pytest.raises(IdentityError, match="cannot read"):
        load_pkcs12(tmp_path / "missing.p12", PASSWORD)


@pytest.mark.parametrize(
    ("kind", "message"),
    [("expired", "expired"), ("not_yet_valid", "not valid yet"), ("no_signing", "not for signing")],
)
def test_unusable_certificates_are_refused(tmp_path, kind, message):
    path = unusable_identity_file(tmp_path, kind)
    with pytest.raises(CertificateNotUsable, match=message):
        load_pkcs12(path, PASSWORD)
    # ``check=False`` still opens it, to show the user what is wrong
    assert load_pkcs12(path, PASSWORD, check=False).subject_name == "Outo Allekirjoittaja"


def test_business_ids_are_checked_and_normalised():
    assert normalise_business_id("1234567-1") == "1234567-1"
    assert normalise_business_id("NTRFI-1234567-1") == "1234567-1"
    for bad in ("1234567-8", "12345678", "123456-2", "FI1234567", "abc"):
        with pytest.raises(IdentityError):
            normalise_business_id(bad)
    with pytest.raises(IdentityError, match="check digit"):
        create_identity(name="A", org="B", business_id="1234567-8")


def test_network_ca_is_a_ten_year_root_for_certificates_only(network_ca, ca_file):
    cert = network_ca.certificate
    constraints = _extension(cert, ExtensionOID.BASIC_CONSTRAINTS)
    assert constraints.critical and constraints.value.ca and constraints.value.path_length == 0
    usage = _extension(cert, ExtensionOID.KEY_USAGE)
    assert usage.critical and usage.value.key_cert_sign and usage.value.crl_sign
    assert not usage.value.digital_signature
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 9.99 < years < 10.01
    assert stat.S_IMODE(ca_file.stat().st_mode) == 0o600
    _assert_strong_pkcs12(ca_file.read_bytes())
    reloaded = load_network_ca(ca_file, PASSWORD)
    assert reloaded.certificate == cert
    with pytest.raises(WrongPassword):
        load_network_ca(ca_file, "wrong")


def test_issued_identities_chain_to_the_root(issued, network_ca):
    ca_cert = network_ca.certificate
    ca_ski = _extension(ca_cert, ExtensionOID.SUBJECT_KEY_IDENTIFIER).value.digest
    for item, signatory in zip(issued, SIGNATORIES, strict=True):
        loaded = load_pkcs12(item.path, item.password)
        cert = loaded.certificate
        assert loaded.chain == [cert, ca_cert]
        assert cert.issuer == ca_cert.subject
        cert.verify_directly_issued_by(ca_cert)
        aki = _extension(cert, ExtensionOID.AUTHORITY_KEY_IDENTIFIER).value.key_identifier
        assert aki == ca_ski
        assert _extension(cert, ExtensionOID.SUBJECT_KEY_IDENTIFIER)
        assert not _extension(cert, ExtensionOID.BASIC_CONSTRAINTS).value.ca
        assert (loaded.subject_name, loaded.business_id) == (signatory.name, signatory.business_id)
        years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
        assert 2.99 < years < 3.01


def test_issued_identity_never_outlives_its_ca():
    cert, key = make_certificate(name="Lyhyt CA", ca=True, not_after=NOW + dt.timedelta(days=100))
    short_ca = NetworkCA(key, cert)
    identity = issue_identity(short_ca, name="Maija Mehiläinen", org="Org")
    assert identity.not_valid_after == cert.not_valid_after_utc


def test_an_identity_file_is_not_a_ca(issued):
    with pytest.raises(IdentityError, match="not a certificate authority"):
        load_network_ca(issued[0].path, PASSWORD)


def test_new_ca_refuses_bad_input():
    with pytest.raises(IdentityError):
        create_network_ca(name="", org="Org")
    with pytest.raises(IdentityError):
        create_identity(name="A", org="B", email="not-an-address")


def test_importing_the_layer_does_not_import_pyhanko():
    code = (
        "import sys, agreement_studio.signing as s; s.load_pkcs12; s.create_network_ca; "
        "print('pyhanko' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
