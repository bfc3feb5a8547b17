"""Trust attacks (issue 15, classes 4, 6 and 7) and their honest neighbours, built at test time.

* Class 4, trust judged at the claimed time: an expired signer back-dates its signing time. The
  signer is judged at the best signature time (ETSI EN 319 102-1): its own trusted timestamp,
  else the earliest trusted document timestamp over it, else now; a claim is believed only
  under the lenient ``trust_claimed_time`` policy.
* Class 6, weak keys and digests (ETSI TS 119 312): untrusted with the reason, never invalid.
* Class 7, a CA certificate or a certificate not for signing as signer: untrusted.

Also the report's facts: PAdES level, long-term data, validation time and anchors.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509 import ObjectIdentifier
from cryptography.x509.oid import ExtendedKeyUsageOID
from trust_helpers import (
    SIGNING_USAGE,
    add_dss,
    clock,
    document_timestamp,
    dss_with_document_timestamp,
    issue,
    make_crl,
    sign_as,
    tsa_party,
    with_sha1_signature,
)
from verify_helpers import NOW

from agreement_studio.verification import TrustStore, Verdict, verify_pdf

# -- class 4: the time trust is judged at ---------------------------------------------------------

# The test PKI is a day old: a signer valid from 20 to 2 hours ago signs "10 hours ago".
SIGNED_AT = NOW - timedelta(hours=10)
EXPIRED = dict(start=NOW - timedelta(hours=20), days=0.75)


@pytest.fixture(scope="module")
def expired_signer(pki):
    """A signer whose certificate was valid from 20 to 2 hours ago."""
    return issue(pki.intermediate, "Expired Signer", **EXPIRED)


@pytest.fixture(scope="module")
def backdated(base_pdf, pki, expired_signer) -> bytes:
    """Signed now by the expired signer, claiming (in /M and the CMS) 10 hours ago."""
    with clock(SIGNED_AT):
        return sign_as(base_pdf, "Signer1", expired_signer, pki)


def test_an_expired_signer_claiming_an_earlier_time_is_not_trusted(backdated, trust):
    report = verify_pdf(backdated, trust=trust)
    signature = report.signatures[0]
    assert abs(signature.claimed_time - SIGNED_AT) < timedelta(seconds=5)
    assert signature.verdict is Verdict.UNTRUSTED, signature.message
    assert signature.trust_time_basis == "time of verification"
    assert signature.intact
    assert "already expired" in (signature.certificate_note or "")


def test_the_claimed_time_is_believed_only_under_the_lenient_policy(backdated, pki):
    lenient = TrustStore.from_files([pki.files["root"]], trust_claimed_time=True)
    signature = verify_pdf(backdated, trust=lenient).signatures[0]
    assert signature.verdict is Verdict.VALID
    assert signature.trust_time_basis == "time the signer claims"


def test_a_signature_timestamp_made_while_the_certificate_was_valid_keeps_it_valid(
    base_pdf, pki, trust, expired_signer
):
    with clock(SIGNED_AT):
        data = sign_as(base_pdf, "Signer1", expired_signer, pki, tsa_time=SIGNED_AT)
    signature = verify_pdf(data, trust=trust).signatures[0]
    assert signature.verdict is Verdict.VALID, signature.message
    assert signature.trust_time_basis == "trusted timestamp"
    assert "expired since" in signature.certificate_note


def test_a_document_timestamp_made_while_the_certificate_was_valid_keeps_it_valid(
    backdated, pki, trust
):
    data = document_timestamp(backdated, pki, SIGNED_AT + timedelta(hours=1))
    report = verify_pdf(data, trust=trust)
    signature, stamp = report.signatures
    assert signature.verdict is Verdict.VALID, signature.message
    assert signature.trust_time_basis == "trusted document timestamp"
    assert signature.trust_time == SIGNED_AT + timedelta(hours=1)
    assert stamp.verdict is Verdict.VALID and stamp.trust_time_basis == "time of verification"


def test_a_document_timestamp_from_an_untrusted_authority_proves_nothing(backdated, pki, trust):
    stranger_tsa = tsa_party(pki, issuer=pki.stranger)
    data = document_timestamp(backdated, pki, SIGNED_AT, tsa=stranger_tsa)
    signature = verify_pdf(data, trust=trust).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert signature.trust_time_basis == "time of verification"


def test_a_document_timestamp_after_the_certificate_expired_does_not_help(backdated, pki, trust):
    data = document_timestamp(backdated, pki, NOW - timedelta(hours=1))
    assert verify_pdf(data, trust=trust).signatures[0].verdict is Verdict.UNTRUSTED


def test_a_timestamp_authority_expired_by_now_needs_a_later_document_timestamp(
    base_pdf, pki, trust, expired_signer
):
    # B-LTA renewal: the TSA's own certificate has expired, a later document timestamp by a
    # current TSA proves the earlier one existed while it was valid
    old_tsa = tsa_party(pki, **EXPIRED)
    with clock(SIGNED_AT):
        data = sign_as(base_pdf, "Signer1", expired_signer, pki, tsa_time=SIGNED_AT, tsa=old_tsa)
    alone = verify_pdf(data, trust=trust).signatures[0]
    assert alone.verdict is Verdict.UNTRUSTED
    assert "timestamp authority is not trusted" in alone.timestamp_problem
    renewed = document_timestamp(data, pki, SIGNED_AT + timedelta(hours=1), tsa=old_tsa)
    # renewed while the old TSA was still valid (it expired 2 hours ago)
    renewed = document_timestamp(renewed, pki, NOW - timedelta(hours=3), field_name="DocTS2")
    report = verify_pdf(renewed, trust=trust)
    assert [s.verdict for s in report.signatures] == [Verdict.VALID] * 3, report.message
    # renewed too late: the old TSA had expired by then, and nothing proves the earlier time
    late = document_timestamp(data, pki, SIGNED_AT + timedelta(hours=1), tsa=old_tsa)
    late = document_timestamp(late, pki, NOW - timedelta(minutes=1), field_name="DocTS2")
    verdicts = [s.verdict for s in verify_pdf(late, trust=trust).signatures]
    assert verdicts == [Verdict.UNTRUSTED, Verdict.UNTRUSTED, Verdict.VALID]


# -- class 6: weak keys and digests --------------------------------------------------------------

WEAK = [
    ("rsa-1024", lambda: rsa.generate_private_key(65537, 1024), None, "RSA key of 1024 bits"),
    ("p-192", lambda: ec.generate_private_key(ec.SECP192R1()), None, "192 bits"),
    ("sha1-digest", lambda: ec.generate_private_key(ec.SECP256R1()), "sha1", "SHA1"),
    ("md5-digest", lambda: rsa.generate_private_key(65537, 2048), "md5", "MD5"),
]
STRONG = [
    ("rsa-2048-sha256", lambda: rsa.generate_private_key(65537, 2048), "sha256"),
    ("rsa-3072-sha512", lambda: rsa.generate_private_key(65537, 3072), "sha512"),
    ("p-256-sha256", lambda: ec.generate_private_key(ec.SECP256R1()), "sha256"),
    ("p-384-sha384", lambda: ec.generate_private_key(ec.SECP384R1()), "sha384"),
    ("p-521-sha3", lambda: ec.generate_private_key(ec.SECP521R1()), "sha3_512"),
]


@pytest.mark.parametrize(("label", "make_key", "md", "reason"), WEAK, ids=[w[0] for w in WEAK])
def test_weak_keys_and_digests_are_untrusted_not_invalid(
    base_pdf, pki, trust, label, make_key, md, reason
):
    party = issue(pki.intermediate, f"Weak {label}", make_key())
    signature = verify_pdf(sign_as(base_pdf, "Signer1", party, pki, md=md), trust=trust)
    signature = signature.signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED, signature.message
    assert signature.intact and signature.digest_ok and signature.signature_ok
    assert reason in (signature.weak or "")
    assert "too weak" in signature.trust_problem


@pytest.mark.parametrize(("label", "make_key", "md"), STRONG, ids=[s[0] for s in STRONG])
def test_strong_keys_and_digests_stay_valid(base_pdf, pki, trust, label, make_key, md):
    party = issue(pki.intermediate, f"Strong {label}", make_key())
    report = verify_pdf(sign_as(base_pdf, "Signer1", party, pki, md=md), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert report.signatures[0].weak is None


def test_a_certificate_signed_with_sha1_by_its_ca_is_weak(base_pdf, pki, trust):
    party = with_sha1_signature(issue(pki.intermediate, "SHA-1 Certified"), pki.intermediate)
    signature = verify_pdf(sign_as(base_pdf, "Signer1", party, pki), trust=trust).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert "SHA1" in signature.weak and "certificate" in signature.weak


def test_a_weak_signer_that_is_not_trusted_anyway_is_still_named_weak(base_pdf, pki):
    party = issue(pki.intermediate, "Weak", rsa.generate_private_key(65537, 1024))
    signature = verify_pdf(sign_as(base_pdf, "Signer1", party, pki)).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED and "1024" in signature.weak


# -- class 7: a CA certificate, or one not meant for signing, as signer ---------------------------

NOT_FOR_SIGNING = {
    "ca-true": dict(ca=True),
    "key-cert-sign-only": dict(
        usage={**SIGNING_USAGE, "digital_signature": False, "content_commitment": False}
        | {"key_cert_sign": True, "crl_sign": True}
    ),
    "key-encipherment-only": dict(
        usage={**SIGNING_USAGE, "digital_signature": False, "content_commitment": False}
        | {"key_encipherment": True}
    ),
    "server-auth-eku": dict(eku=[ExtendedKeyUsageOID.SERVER_AUTH]),
    "time-stamping-eku": dict(eku=[ExtendedKeyUsageOID.TIME_STAMPING]),
}
FOR_SIGNING = {
    "no-eku": {},
    "email-protection": dict(eku=[ExtendedKeyUsageOID.EMAIL_PROTECTION]),
    "document-signing": dict(eku=[ObjectIdentifier("1.3.6.1.5.5.7.3.36")]),
    "adobe-authentic-documents": dict(eku=[ObjectIdentifier("1.2.840.113583.1.1.5")]),
    "any-eku": dict(eku=[ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE]),
    "non-repudiation-only": dict(usage={**SIGNING_USAGE, "digital_signature": False}),
    "digital-signature-only": dict(usage={**SIGNING_USAGE, "content_commitment": False}),
}


@pytest.mark.parametrize("label", sorted(NOT_FOR_SIGNING))
def test_a_certificate_not_for_signing_documents_is_not_trusted(base_pdf, pki, trust, label):
    party = issue(pki.intermediate, f"Not a signer {label}", **NOT_FOR_SIGNING[label])
    signature = verify_pdf(sign_as(base_pdf, "Signer1", party, pki), trust=trust).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED, signature.message
    assert signature.intact
    assert "not a signing certificate" in signature.trust_problem


@pytest.mark.parametrize("label", sorted(FOR_SIGNING))
def test_signing_certificates_in_their_usual_forms_stay_valid(base_pdf, pki, trust, label):
    party = issue(pki.intermediate, f"Signer {label}", **FOR_SIGNING[label])
    report = verify_pdf(sign_as(base_pdf, "Signer1", party, pki), trust=trust)
    assert report.verdict is Verdict.VALID, report.message


# -- the report's facts: PAdES level, long-term data, validation time, anchors ---------------------


def test_pades_levels_from_b_b_to_b_lta(base_pdf, pki, trust):
    signer, inter = pki.signers[0], pki.intermediate
    crls = [make_crl(inter), make_crl(pki.root)]
    b_b = sign_as(base_pdf, "Signer1", signer, pki)
    b_t = sign_as(base_pdf, "Signer1", signer, pki, tsa_time=NOW - timedelta(minutes=1))
    b_lt = add_dss(b_t, certs=[signer, inter, pki.root], crls=crls)
    b_lta = document_timestamp(b_lt, pki, NOW)
    levels = {}
    for name, data in (("B-B", b_b), ("B-T", b_t), ("B-LT", b_lt), ("B-LTA", b_lta)):
        report = verify_pdf(data, trust=trust)
        assert report.signatures[0].verdict is Verdict.VALID, report.message
        levels[name] = report.signatures[0]
    assert {name: s.pades_level for name, s in levels.items()} == {
        "B-B": "B-B",
        "B-T": "B-T",
        "B-LT": "B-LT",
        "B-LTA": "B-LTA",
    }
    assert levels["B-LT"].long_term == ("DSS in revision 4: 3 certificates, 2 CRLs",)
    assert levels["B-LTA"].long_term[1].startswith("document timestamp in revision 5 (")
    assert levels["B-LTA"].long_term[1].endswith(", trusted)")
    assert levels["B-LT"].revocation == "good"


def test_a_dss_and_a_document_timestamp_in_one_revision_are_b_lta(base_pdf, pki, trust):
    signer, inter = pki.signers[0], pki.intermediate
    b_t = sign_as(base_pdf, "Signer1", signer, pki, tsa_time=NOW - timedelta(minutes=1))
    crls = [make_crl(inter), make_crl(pki.root)]
    data = dss_with_document_timestamp(b_t, pki, NOW, certs=[signer, inter, pki.root], crls=crls)
    report = verify_pdf(data, trust=trust)
    signature, stamp = report.signatures
    assert stamp.revision == 4 and signature.revision == 3
    assert signature.pades_level == "B-LTA", signature.long_term
    assert signature.long_term[0] == "DSS in revision 4: 3 certificates, 2 CRLs"


def test_a_dss_without_revocation_data_for_the_chain_is_not_b_lt(base_pdf, pki, trust):
    signer = pki.signers[0]
    data = sign_as(base_pdf, "Signer1", signer, pki, tsa_time=NOW - timedelta(minutes=1))
    only_certs = add_dss(data, certs=[signer, pki.intermediate])
    assert verify_pdf(only_certs, trust=trust).signatures[0].pades_level == "B-T"
    stamped = document_timestamp(only_certs, pki, NOW)
    assert verify_pdf(stamped, trust=trust).signatures[0].pades_level == "B-T"


def test_a_document_timestamp_alone_makes_b_t(signed_once, pki, trust):
    data = document_timestamp(signed_once, pki, NOW)
    signature, stamp = verify_pdf(data, trust=trust).signatures
    assert signature.pades_level == "B-T" and stamp.pades_level is None


def test_the_file_report_names_the_validation_time_and_the_anchors_used(signed_lta, pki, trust):
    when = NOW + timedelta(minutes=3)
    report = verify_pdf(signed_lta, trust=trust, now=when)
    assert report.validation_time == when
    root = pki.root.fingerprint
    assert report.trust_anchors == (f"Network CA ({root})",)
    assert report.to_dict()["trust_anchors"] == [f"Network CA ({root})"]
    assert verify_pdf(signed_lta).trust_anchors == ()


# -- the certification path itself (built without pyHanko's path validator) ----------------------


def test_a_certificate_issued_by_a_signer_is_not_trusted(base_pdf, pki, trust):
    # an end-entity certificate cannot issue certificates, whatever its names say
    issuer = pki.signers[0]
    child = issue(issuer, "Child of a Signer")
    data = sign_as(base_pdf, "Signer1", child, pki, chain=(issuer,))
    signature = verify_pdf(data, trust=trust).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert "not a certification authority" in signature.trust_problem


def test_a_certificate_with_the_right_names_but_another_signature_is_not_trusted(
    base_pdf, pki, trust
):
    from verify_helpers import Party

    impostor = Party(ec.generate_private_key(ec.SECP256R1()), pki.intermediate.cert, "CA")
    # no authority key identifier, so only the signature tells it from a real one
    forged = issue(impostor, "Forged Signer", authority_key_id=False)
    signature = verify_pdf(sign_as(base_pdf, "Signer1", forged, pki), trust=trust).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert "not validly signed" in signature.trust_problem


def test_an_intermediate_given_to_the_store_completes_the_path(base_pdf, pki):
    sub_ca = issue(
        pki.intermediate,
        "Sub CA",
        ca=True,
        usage={**SIGNING_USAGE, "digital_signature": False, "content_commitment": False}
        | {"key_cert_sign": True, "crl_sign": True},
    )
    party = issue(sub_ca, "Deep Signer")
    data = sign_as(base_pdf, "Signer1", party, pki)  # the CMS lacks the sub-CA
    alone = TrustStore([pki.root.cert])
    assert verify_pdf(data, trust=alone).verdict is Verdict.UNTRUSTED
    given = TrustStore([pki.root.cert], intermediates=[sub_ca.cert])
    assert verify_pdf(data, trust=given).verdict is Verdict.VALID


def test_verifying_imports_neither_pyhanko_nor_its_path_validator(signed_once, tmp_path):
    import subprocess
    import sys

    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(signed_once)
    code = (
        "import sys\n"
        "from agreement_studio.verification import verify_pdf\n"
        f"verify_pdf({str(pdf)!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith('pyhanko')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
