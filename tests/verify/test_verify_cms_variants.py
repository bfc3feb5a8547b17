"""CMS forms honest signers write that must stay valid, beside their attacked neighbours.

Each honest form (BER lengths with padding, two SignerInfos, a repeated vendor attribute, EdDSA,
RSASSA-PSS) is built at test time next to a variant that must not be valid: garbage after the
CMS, a second signer over other bytes, a repeated message digest, and a CMS that carries its
own (empty) content instead of signing the document (RFC 5652 §5.2: the signature then covers
that content, not the PDF).
"""

from __future__ import annotations

import hashlib

import pytest
from asn1crypto import core
from cryptography.hazmat.primitives.asymmetric import ed448, ed25519, rsa
from trust_helpers import (
    VENDOR_OID,
    covered_bytes,
    issue,
    last_contents,
    replace_contents,
    sign_as,
    signed_data,
    signer_info,
    to_indefinite,
)

from agreement_studio.verification import Verdict, verify_pdf


@pytest.fixture(scope="module")
def roomy(base_pdf, pki) -> bytes:
    """Signed once, with room in ``/Contents`` for a CMS with two signers."""
    return sign_as(base_pdf, "Signer1", pki.signers[0], pki, reserve=16384)


def _rebuilt(data: bytes, pki, infos_for, **options) -> bytes:
    """``data`` with its last signature's CMS replaced by one built from ``infos_for(content)``."""
    content = covered_bytes(data)
    infos = infos_for(content)
    parties = [pki.signers[0], pki.signers[1], pki.intermediate]
    return replace_contents(data, signed_data(infos, parties, **options))


def test_a_hand_built_detached_cms_is_valid(signed_once, pki, trust):
    # the honest base of the variants below: our own builder makes a valid signature
    data = _rebuilt(signed_once, pki, lambda c: [signer_info(pki.signers[0], c)])
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_indefinite_length_cms_followed_by_zero_padding_is_valid(signed_once, pki, trust):
    ber = to_indefinite(last_contents(signed_once))
    assert ber[1] == 0x80 and ber.endswith(b"\0\0")
    report = verify_pdf(replace_contents(signed_once, ber), trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_indefinite_length_cms_followed_by_other_bytes_is_refused(signed_once, pki, trust):
    ber = to_indefinite(last_contents(signed_once)) + b"\0\0\x05garbage"
    report = verify_pdf(replace_contents(signed_once, ber), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "unexpected bytes after the CMS" in report.signatures[0].problems[0]


def test_truncated_indefinite_length_cms_is_broken_not_a_crash(signed_once, trust):
    ber = to_indefinite(last_contents(signed_once))[:-40]
    report = verify_pdf(replace_contents(signed_once, ber), trust=trust)
    assert report.verdict is Verdict.INVALID, report.message


def test_two_signer_infos_both_intact_are_valid_and_the_first_is_reported(roomy, pki, trust):
    data = _rebuilt(
        roomy,
        pki,
        lambda c: [signer_info(pki.signers[0], c), signer_info(pki.signers[1], c)],
    )
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert report.signatures[0].signer == pki.signers[0].name


def test_a_second_signer_info_over_other_bytes_breaks_the_signature(roomy, pki, trust):
    data = _rebuilt(
        roomy,
        pki,
        lambda c: [signer_info(pki.signers[0], c), signer_info(pki.signers[1], c + b"x")],
    )
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "further signer" in report.signatures[0].problems[0]


def test_a_vendor_attribute_given_twice_is_harmless(signed_once, pki, trust):
    vendor = core.UTF8String("vendor data")
    data = _rebuilt(
        signed_once,
        pki,
        lambda c: [
            signer_info(pki.signers[0], c, extra=[(VENDOR_OID, vendor), (VENDOR_OID, vendor)])
        ],
    )
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def test_a_message_digest_given_twice_is_refused(signed_once, pki, trust):
    def infos(content: bytes):
        other = core.OctetString(hashlib.sha256(b"other").digest())
        return [signer_info(pki.signers[0], content, extra=[("message_digest", other)])]

    report = verify_pdf(_rebuilt(signed_once, pki, infos), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "appears twice" in report.signatures[0].problems[0]


@pytest.mark.parametrize("econtent", [b"", b"some other content"])
def test_a_cms_with_its_own_content_does_not_sign_the_document(signed_once, pki, trust, econtent):
    # the message digest is the document's, but a CMS with an eContent signs that content
    data = _rebuilt(signed_once, pki, lambda c: [signer_info(pki.signers[0], c)], econtent=econtent)
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "not detached" in report.signatures[0].problems[0]
    assert not report.signatures[0].intact


@pytest.mark.parametrize(
    "make_key", [ed25519.Ed25519PrivateKey.generate, ed448.Ed448PrivateKey.generate]
)
def test_eddsa_signatures_are_supported(base_pdf, pki, trust, make_key):
    # Ed25519 with SHA-512 and Ed448 with SHAKE256 (RFC 8419, ISO/TS 32002)
    party = issue(pki.intermediate, "Edwards Signer", make_key())
    report = verify_pdf(sign_as(base_pdf, "Signer1", party, pki), trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    assert report.signatures[0].pades_level == "B-B"


def test_a_hand_built_ed448_cms_with_shake256_is_valid(signed_once, pki, trust):
    party = issue(pki.intermediate, "Edwards Signer", ed448.Ed448PrivateKey.generate())

    def infos(content: bytes):
        info = signer_info(party, content, message_digest=hashlib.shake_256(content).digest(64))
        info["digest_algorithm"] = {"algorithm": "shake256"}
        return [info]

    content = covered_bytes(signed_once)
    data = replace_contents(
        signed_once, signed_data(infos(content), [party, pki.intermediate], digests=("shake256",))
    )
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message
    # and a changed byte is seen: SHAKE256 is really computed over the document
    broken = replace_contents(
        signed_once,
        signed_data(infos(content + b"!"), [party, pki.intermediate], digests=("shake256",)),
    )
    assert verify_pdf(broken, trust=trust).verdict is Verdict.INVALID


def test_rsassa_pss_signatures_are_supported(base_pdf, pki, trust):
    party = issue(pki.intermediate, "PSS Signer", rsa.generate_private_key(65537, 2048))
    data = sign_as(base_pdf, "Signer1", party, pki, pss=True)
    assert b"rsassa" not in data  # the algorithm is in the CMS, not the PDF's words
    report = verify_pdf(data, trust=trust)
    assert report.verdict is Verdict.VALID, report.message


def _as_adbe_sha1(data: bytes, pki, covered_digest=None) -> bytes:
    """``data`` re-signed in the old ``adbe.pkcs7.sha1`` form: the CMS carries the SHA-1 digest
    of the covered bytes as its content and signs that."""
    old = b"/SubFilter /ETSI.CAdES.detached"
    new = b"/SubFilter /adbe.pkcs7.sha1"
    assert data.count(old) == 1
    data = data.replace(old, new + b" " * (len(old) - len(new)))  # same length: offsets stay
    digest = covered_digest or hashlib.sha1(covered_bytes(data)).digest()
    info = signer_info(pki.signers[0], digest)
    return replace_contents(
        data, signed_data([info], [pki.signers[0], pki.intermediate], econtent=digest)
    )


def test_an_old_adbe_pkcs7_sha1_signature_is_intact_but_weak(signed_once, pki, trust):
    signature = verify_pdf(_as_adbe_sha1(signed_once, pki), trust=trust).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED, signature.message
    assert signature.intact and "SHA1" in signature.weak


def test_an_adbe_pkcs7_sha1_signature_over_other_bytes_is_broken(signed_once, pki, trust):
    other = hashlib.sha1(b"another document").digest()
    report = verify_pdf(_as_adbe_sha1(signed_once, pki, other), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "digest mismatch" in report.signatures[0].problems[0]
