"""The identities folder (core, no Qt): what goes in, what comes out, what removing touches;
and issuing one identity per signatory of an agreement with the network CA."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from signing_pki import PASSWORD, unusable_identity_file

from agreement_studio.agreement import example_agreement
from agreement_studio.errors import CertificateNotUsable, IdentityError
from agreement_studio.signing import create_identity, load_network_ca, load_pkcs12
from agreement_studio.signing.certificate_info import describe
from agreement_studio.signing.identity_store import (
    import_identity,
    list_identities,
    remove_identity,
    store_identity,
)
from agreement_studio.signing.issuing import (
    SignatoryIdentity,
    issue_to_signatories,
    new_password,
    signatories_of,
)


def test_a_certificate_authority_is_refused_as_a_signing_identity(ca_file, tmp_path):
    folder = tmp_path / "identities"
    with pytest.raises(CertificateNotUsable, match=r"certificate authority \(CA\)") as caught:
        import_identity(ca_file, PASSWORD, folder)
    assert ca_file.name in str(caught.value) and "use an identity it issued" in str(caught.value)
    assert not folder.exists() or not list(folder.iterdir())  # nothing written
    # signing with it directly says the same, before any date or key usage
    with pytest.raises(CertificateNotUsable, match="not a signing identity"):
        load_pkcs12(ca_file, PASSWORD)
    assert describe(load_pkcs12(ca_file, PASSWORD, check=False).certificate).is_ca


def test_a_certificate_not_for_signing_is_refused_on_import(tmp_path):
    path = unusable_identity_file(tmp_path, "no_signing")
    with pytest.raises(CertificateNotUsable, match="neither digitalSignature nor nonRepudiation"):
        import_identity(path, PASSWORD, tmp_path / "identities")
    assert list_identities(tmp_path / "identities") == []


def test_an_expired_identity_is_kept_and_marked(tmp_path):
    stored = import_identity(unusable_identity_file(tmp_path, "expired"), PASSWORD, tmp_path / "i")
    info = stored.certificate
    assert info.expired() and not info.valid_at()
    assert info.not_valid_before < info.not_valid_after < dt.datetime.now(dt.UTC)
    assert list_identities(tmp_path / "i") == [stored]


def test_an_issued_identity_is_imported_with_its_fingerprint(issued, tmp_path):
    first = issued[0]
    stored = import_identity(first.path, first.password, tmp_path / "identities")
    assert stored.certificate.fingerprint_sha256 == first.identity.fingerprint_sha256
    grouped = stored.certificate.grouped_fingerprint
    assert grouped.replace(":", "").lower() == first.identity.fingerprint_sha256
    assert not stored.certificate.is_ca and stored.certificate.signs_documents


def test_removing_an_identity_deletes_its_two_files_only(tmp_path):
    folder = tmp_path / "identities"
    keep = store_identity(create_identity(name="Aino Aalto", org="Lahti"), PASSWORD, folder)
    gone = store_identity(create_identity(name="Bertta Berg", org="Lahti"), PASSWORD, folder)
    signed_elsewhere = tmp_path / "agreement-signed.pdf"
    signed_elsewhere.write_bytes(b"%PDF-1.7 stands for a signed copy")
    remove_identity(gone, folder)
    assert list_identities(folder) == [keep]
    assert sorted(p.name for p in folder.iterdir()) == [keep.path.name, keep.certificate_path.name]
    assert signed_elsewhere.read_bytes().startswith(b"%PDF")
    assert load_pkcs12(keep.path, PASSWORD).subject_name == "Aino Aalto"
    with pytest.raises(IdentityError, match="no longer in"):
        remove_identity(gone, folder)


def test_removing_refuses_a_file_outside_the_identities_folder(tmp_path):
    folder = tmp_path / "identities"
    stored = store_identity(create_identity(name="Aino Aalto", org="Lahti"), PASSWORD, folder)
    elsewhere = tmp_path / "other"
    moved = store_identity(create_identity(name="Aino Aalto", org="Lahti"), PASSWORD, elsewhere)
    with pytest.raises(IdentityError, match="is not an identity kept in"):
        remove_identity(moved, folder)
    assert moved.path.is_file() and stored.path.is_file()


def test_identities_are_encrypted_apart_in_another_process(tmp_path):
    identity = create_identity(name="Päivi Mäkelä", org="Lahden kaupunki")
    stored = store_identity(identity, PASSWORD, tmp_path, apart=True)
    assert stat.S_IMODE(stored.path.stat().st_mode) == 0o600
    opened = load_pkcs12(stored.path, PASSWORD)
    assert opened.fingerprint_sha256 == identity.fingerprint_sha256
    assert opened.subject_name == "Päivi Mäkelä"


def test_signatories_of_an_agreement_name_their_party():
    agreement = example_agreement(parties=3, language="fi")
    found = signatories_of(agreement)
    expected = [(s.name, p.name, p.business_id) for p, s, _field in agreement.signatures()]
    assert [(s.name, s.organisation, s.business_id) for s in found] == expected
    assert all(s.email for s in found) == all(s.email for _p, s, _f in agreement.signatures())


def test_one_identity_per_signatory_each_with_its_own_password(network_ca, tmp_path):
    path = tmp_path / "ca.p12"
    network_ca.save_pkcs12(path, PASSWORD)
    ca = load_network_ca(path, PASSWORD)
    signatories = signatories_of(example_agreement(parties=3, language="fi"))
    signatories.append(signatories[0])  # the same person twice: a second file, not a replaced one
    issued = issue_to_signatories(ca, signatories, tmp_path / "out", apart=True)
    assert len({f.path for f in issued}) == len(signatories)
    assert len({f.password for f in issued}) == len(signatories)
    serials = set()
    for made, signatory in zip(issued, signatories, strict=True):
        identity = load_pkcs12(made.path, made.password)
        serials.add(identity.certificate.serial_number)
        assert identity.subject_name == signatory.name
        assert identity.organisation == signatory.organisation
        assert identity.fingerprint_sha256 == made.fingerprint_sha256
        assert ca.name in identity.issuer_name
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert made.password not in repr(made)
    assert len(serials) == len(signatories)
    assert serials <= {e.serial for e in load_network_ca(path, PASSWORD).issued}  # all recorded


def test_a_bad_signatory_stops_the_batch_before_anything_is_issued(network_ca, tmp_path):
    before = len(network_ca.issued)
    good = SignatoryIdentity("Aino Aalto", "Lahden kaupunki")
    bad = SignatoryIdentity("Bertta Berg", "Salpaus", business_id="1234567-8")
    with pytest.raises(IdentityError, match=r"Bertta Berg: .*check digit"):
        issue_to_signatories(network_ca, [good, bad], tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert len(network_ca.issued) == before


def test_new_passwords_are_long_and_differ():
    passwords = {new_password() for _ in range(50)}
    assert len(passwords) == 50
    assert all(len(p) == 23 and p.count("-") == 3 for p in passwords)
