"""Revocation (issue 15, class 5): a revoked signer is never valid; unknown status is said plainly.

Revocation data comes from the file (DSS, CMS), from CRL files given, and from the network only
when asked. Every CRL and OCSP response is believed only with a good signature by the issuer (or
a responder it delegated to) and within its validity window. Built at test time: the attacks
(revoked signer with the CRL in the DSS, in the CMS, given, online; forged CRLs) and their
honest neighbours (the same data not listing the signer).
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from asn1crypto import core
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from trust_helpers import (
    Responder,
    add_dss,
    covered_bytes,
    issue,
    make_crl,
    make_ocsp,
    replace_contents,
    responder_for,
    sign_as,
    signed_data,
    signer_info,
)
from verify_helpers import NOW

from agreement_studio.cli import main
from agreement_studio.verification import TrustStore, Verdict, verify_pdf
from agreement_studio.verification.cms import ADOBE_REVOCATION_ARCHIVAL, RevocationInfoArchival

KEY_COMPROMISE = x509.ReasonFlags.key_compromise


@pytest.fixture(scope="module")
def signer(pki):
    return issue(pki.intermediate, "Revocable Signer")


@pytest.fixture(scope="module")
def other(pki):
    return issue(pki.intermediate, "Another Signer")


@pytest.fixture(scope="module")
def signed(base_pdf, pki, signer) -> bytes:
    """Signed by ``signer``, no timestamp, no validation data."""
    return sign_as(base_pdf, "Signer1", signer, pki)


@pytest.fixture(scope="module")
def root_crl(pki) -> bytes:
    """The root's CRL: the intermediate is not revoked."""
    return make_crl(pki.root)


def _with_crls(data: bytes, pki, *crls: bytes) -> bytes:
    return add_dss(data, certs=[pki.intermediate, pki.root], crls=list(crls))


# -- the file's DSS ---------------------------------------------------------------------------


def test_a_revoked_signer_with_the_crl_in_the_dss_is_invalid(signed, pki, trust, signer, root_crl):
    revoked_at = NOW - timedelta(minutes=30)
    crl = make_crl(pki.intermediate, [(signer, revoked_at, KEY_COMPROMISE)])
    report = verify_pdf(_with_crls(signed, pki, crl, root_crl), trust=trust)
    signature = report.signatures[0]
    assert report.verdict is Verdict.INVALID
    assert signature.revocation == "revoked"
    assert signature.revocation_source == "file (DSS)"
    assert signature.revocation_time == revoked_at
    assert signature.intact and not signature.trusted
    assert "revoked" in signature.message and "key compromise" in signature.message


def test_the_same_crl_not_listing_the_signer_keeps_it_valid(signed, pki, trust, other, root_crl):
    crl = make_crl(pki.intermediate, [(other, NOW - timedelta(minutes=30), KEY_COMPROMISE)])
    report = verify_pdf(_with_crls(signed, pki, crl, root_crl), trust=trust)
    signature = report.signatures[0]
    assert report.verdict is Verdict.VALID, report.message
    assert (signature.revocation, signature.revocation_source) == ("good", "file (DSS)")
    assert "not revoked" in signature.message


def test_a_revoked_intermediate_revokes_the_chain(signed, pki, trust):
    crl = make_crl(pki.intermediate)
    revoked_root_crl = make_crl(
        pki.root, [(pki.intermediate, NOW - timedelta(minutes=10), KEY_COMPROMISE)]
    )
    report = verify_pdf(_with_crls(signed, pki, crl, revoked_root_crl), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert "Network Signing CA" in report.signatures[0].trust_problem


def test_without_revocation_data_the_status_is_unknown_and_the_default_policy_trusts(
    signed, pki, trust
):
    signature = verify_pdf(signed, trust=trust).signatures[0]
    assert signature.verdict is Verdict.VALID
    assert signature.revocation == "unknown" and signature.revocation_source is None
    assert "revocation status unknown" in signature.message
    assert signature.to_dict()["revocation"] == "unknown"


def test_the_strict_policy_requires_a_known_status(signed, pki, root_crl):
    strict = TrustStore.from_files([pki.files["root"]], require_revocation=True)
    signature = verify_pdf(signed, trust=strict).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert "revocation status is unknown" in signature.trust_problem
    known = _with_crls(signed, pki, make_crl(pki.intermediate), root_crl)
    assert verify_pdf(known, trust=strict).verdict is Verdict.VALID


def test_a_pinned_signer_is_checked_against_its_issuers_crl(signed, pki, signer, root_crl):
    pinned = TrustStore(pinned=[signer.fingerprint])
    unknown = verify_pdf(signed, trust=pinned).signatures[0]
    assert (unknown.verdict, unknown.revocation) == (Verdict.VALID, "unknown")
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=30), KEY_COMPROMISE)])
    report = verify_pdf(_with_crls(signed, pki, crl, root_crl), trust=pinned)
    assert report.verdict is Verdict.INVALID
    clean = verify_pdf(_with_crls(signed, pki, make_crl(pki.intermediate), root_crl), trust=pinned)
    assert (clean.verdict, clean.signatures[0].revocation) == (Verdict.VALID, "good")


def test_revocation_is_not_applicable_to_an_untrusted_signer(signed, pki, signer, root_crl):
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=30), None)])
    signature = verify_pdf(_with_crls(signed, pki, crl, root_crl)).signatures[0]
    assert signature.verdict is Verdict.UNTRUSTED
    assert signature.revocation == "not-applicable"


def test_a_forged_crl_is_not_believed(signed, pki, trust, signer, root_crl):
    # a CRL with the intermediate's name, signed by another key: neither its "revoked" nor
    # its "good" counts
    forger = ec.generate_private_key(ec.SECP256R1())
    revoking = make_crl(
        pki.intermediate, [(signer, NOW - timedelta(minutes=5), None)], signing_key=forger
    )
    report = verify_pdf(_with_crls(signed, pki, revoking, root_crl), trust=trust)
    assert report.verdict is Verdict.VALID
    assert report.signatures[0].revocation == "unknown"
    clearing = make_crl(pki.intermediate, signing_key=forger)
    strict = TrustStore.from_files([pki.files["root"]], require_revocation=True)
    report = verify_pdf(_with_crls(signed, pki, clearing, root_crl), trust=strict)
    assert report.verdict is Verdict.UNTRUSTED


def test_a_stale_crl_says_nothing_about_now_but_still_proves_a_revocation(
    signed, pki, trust, signer, root_crl
):
    long_ago = NOW - timedelta(days=30)
    stale = make_crl(pki.intermediate, this_update=long_ago, next_update=long_ago + timedelta(1))
    signature = verify_pdf(_with_crls(signed, pki, stale, root_crl), trust=trust).signatures[0]
    assert signature.revocation == "unknown"
    stale_revoked = make_crl(
        pki.intermediate,
        [(signer, long_ago, KEY_COMPROMISE)],
        this_update=long_ago,
        next_update=long_ago + timedelta(1),
    )
    data = _with_crls(signed, pki, stale_revoked, root_crl)
    assert verify_pdf(data, trust=trust).verdict is Verdict.INVALID


def _idp(**scope) -> x509.IssuingDistributionPoint:
    flags = dict(
        full_name=None,
        relative_name=None,
        only_contains_user_certs=False,
        only_contains_ca_certs=False,
        only_some_reasons=None,
        indirect_crl=False,
        only_contains_attribute_certs=False,
    )
    return x509.IssuingDistributionPoint(**(flags | scope))


@pytest.mark.parametrize(
    "extension",
    [
        x509.DeltaCRLIndicator(1),
        _idp(only_contains_ca_certs=True),
        _idp(only_some_reasons=frozenset({x509.ReasonFlags.superseded})),
        _idp(full_name=[x509.UniformResourceIdentifier("http://ca.example/part2.crl")]),
    ],
    ids=["delta", "ca-certs-only", "some-reasons", "other-partition"],
)
def test_a_crl_that_does_not_cover_the_signer_says_nothing(signed, pki, trust, root_crl, extension):
    partial = make_crl(pki.intermediate, extensions=(extension,))
    signature = verify_pdf(_with_crls(signed, pki, partial, root_crl), trust=trust).signatures[0]
    assert signature.revocation == "unknown"


def test_a_crl_for_end_entities_covers_the_signer(signed, pki, trust, root_crl):
    users = make_crl(pki.intermediate, extensions=(_idp(only_contains_user_certs=True),))
    signature = verify_pdf(_with_crls(signed, pki, users, root_crl), trust=trust).signatures[0]
    assert signature.revocation == "good"


# -- revoked after a proven signing time ---------------------------------------------------------


def test_revoked_after_a_trusted_timestamp_stays_valid_with_a_note(
    base_pdf, pki, trust, signer, root_crl
):
    stamped = sign_as(base_pdf, "Signer1", signer, pki, tsa_time=NOW - timedelta(hours=2))
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(hours=1), KEY_COMPROMISE)])
    signature = verify_pdf(_with_crls(stamped, pki, crl, root_crl), trust=trust).signatures[0]
    assert signature.verdict is Verdict.VALID, signature.message
    assert signature.revocation == "good"
    assert "revoked since" in signature.certificate_note


def test_revoked_before_the_trusted_timestamp_is_invalid(base_pdf, pki, trust, signer, root_crl):
    stamped = sign_as(base_pdf, "Signer1", signer, pki, tsa_time=NOW - timedelta(hours=2))
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(hours=3), KEY_COMPROMISE)])
    report = verify_pdf(_with_crls(stamped, pki, crl, root_crl), trust=trust)
    assert report.verdict is Verdict.INVALID


def test_revoked_after_a_claimed_time_without_a_timestamp_is_invalid(
    base_pdf, pki, signer, root_crl
):
    # even the lenient policy, which believes the claimed time, does not let a claim
    # outrun a revocation: only a trusted timestamp proves the signature came first
    from trust_helpers import clock

    with clock(NOW - timedelta(hours=2)):
        data = sign_as(base_pdf, "Signer1", signer, pki)
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(hours=1), KEY_COMPROMISE)])
    lenient = TrustStore.from_files([pki.files["root"]], trust_claimed_time=True)
    report = verify_pdf(_with_crls(data, pki, crl, root_crl), trust=lenient)
    assert report.verdict is Verdict.INVALID


def test_a_revoked_timestamp_authority_proves_no_time(base_pdf, pki, trust, signer, root_crl):
    from trust_helpers import tsa_party

    tsa = tsa_party(pki)
    stamped = sign_as(base_pdf, "Signer1", signer, pki, tsa_time=NOW - timedelta(hours=2), tsa=tsa)
    crl = make_crl(pki.intermediate, [(tsa, NOW - timedelta(hours=3), KEY_COMPROMISE)])
    signature = verify_pdf(_with_crls(stamped, pki, crl, root_crl), trust=trust).signatures[0]
    assert not signature.timestamp_trusted
    assert "revoked" in signature.timestamp_problem
    assert signature.trust_time_basis == "time of verification"


# -- OCSP ------------------------------------------------------------------------------------------


def _with_ocsp(data: bytes, pki, response: bytes, root_crl: bytes) -> bytes:
    return add_dss(data, certs=[pki.intermediate, pki.root], crls=[root_crl], ocsps=[response])


def test_a_good_ocsp_response_from_the_issuer(signed, pki, trust, signer, root_crl):
    data = _with_ocsp(signed, pki, make_ocsp(signer, pki.intermediate), root_crl)
    signature = verify_pdf(data, trust=trust).signatures[0]
    assert signature.verdict is Verdict.VALID and signature.revocation == "good"


def test_a_revoked_ocsp_response_makes_it_invalid(signed, pki, trust, signer, root_crl):
    response = make_ocsp(
        signer, pki.intermediate, "revoked", revoked_at=NOW - timedelta(minutes=20)
    )
    report = verify_pdf(_with_ocsp(signed, pki, response, root_crl), trust=trust)
    assert report.verdict is Verdict.INVALID
    assert report.signatures[0].revocation_time == NOW - timedelta(minutes=20)


def test_a_delegated_ocsp_responder_is_believed_only_with_ocsp_signing(
    signed, pki, trust, signer, root_crl
):
    delegated = responder_for(pki.intermediate)
    good = make_ocsp(signer, pki.intermediate, responder=delegated)
    assert verify_pdf(_with_ocsp(signed, pki, good, root_crl), trust=trust).signatures[
        0
    ].revocation == ("good")
    impostor = responder_for(pki.intermediate, ocsp_signing=False)
    claimed = make_ocsp(signer, pki.intermediate, responder=impostor)
    signature = verify_pdf(_with_ocsp(signed, pki, claimed, root_crl), trust=trust).signatures[0]
    assert signature.revocation == "unknown"


def test_an_ocsp_response_about_another_certificate_says_nothing(
    signed, pki, trust, other, root_crl
):
    data = _with_ocsp(signed, pki, make_ocsp(other, pki.intermediate), root_crl)
    assert verify_pdf(data, trust=trust).signatures[0].revocation == "unknown"


# -- data in the CMS, given files, the network ----------------------------------------------------


def test_revocation_data_in_the_cms_archival_attribute(pki, trust, signer, root_crl, base_pdf):
    roomy = sign_as(base_pdf, "Signer1", signer, pki, reserve=16384)
    content = covered_bytes(roomy)

    def rebuilt(crl: bytes) -> bytes:
        archival = RevocationInfoArchival({"crl": [core.Any.load(crl), core.Any.load(root_crl)]})
        value = core.Any.load(archival.dump())
        info = signer_info(signer, content, extra=[(ADOBE_REVOCATION_ARCHIVAL, value)])
        return replace_contents(roomy, signed_data([info], [signer, pki.intermediate]))

    revoked = make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=9), KEY_COMPROMISE)])
    signature = verify_pdf(rebuilt(revoked), trust=trust).signatures[0]
    assert signature.verdict is Verdict.INVALID
    assert signature.revocation_source == "file (CMS)"
    signature = verify_pdf(rebuilt(make_crl(pki.intermediate)), trust=trust).signatures[0]
    assert signature.verdict is Verdict.VALID and signature.revocation == "good"


def test_a_given_crl_file_is_used(signed, pki, signer, root_crl, tmp_path):
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=30), KEY_COMPROMISE)])
    (tmp_path / "signing-ca.crl").write_bytes(crl)
    (tmp_path / "root.crl").write_bytes(root_crl)
    given = TrustStore.from_files(
        [pki.files["root"]], crls=[tmp_path / "signing-ca.crl", tmp_path / "root.crl"]
    )
    signature = verify_pdf(signed, trust=given).signatures[0]
    assert signature.verdict is Verdict.INVALID
    assert signature.revocation_source == "given CRL"


def test_the_revocation_policy_travels_to_worker_processes(signed, pki, signer, root_crl):
    import pickle

    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=30), KEY_COMPROMISE)])
    store = TrustStore([pki.root.cert], crls=[crl, root_crl], online=True, require_revocation=True)
    copy = pickle.loads(pickle.dumps(store))
    assert (copy.crls, copy.online, copy.require_revocation) == (store.crls, True, True)
    assert verify_pdf(signed, trust=copy).verdict is Verdict.INVALID


def test_the_command_line_takes_crl_files(signed, pki, signer, root_crl, tmp_path, capsys):
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(signed)
    revoked = tmp_path / "revoked.crl"
    revoked.write_bytes(
        make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=30), KEY_COMPROMISE)])
    )
    root = tmp_path / "root.crl"
    root.write_bytes(root_crl)
    base = ["verify", "--json", "--no-configured-trust", "--jobs", "1"]
    base += ["--trust", str(pki.files["root"]), str(pdf)]
    assert main([*base, "--crl", str(revoked), "--crl", str(root)]) == 1
    found = json.loads(capsys.readouterr().out)["files"][0]["signatures"][0]
    assert (found["verdict"], found["revocation"]) == ("invalid", "revoked")
    assert main([*base, "--require-revocation"]) == 1
    found = json.loads(capsys.readouterr().out)["files"][0]["signatures"][0]
    assert (found["verdict"], found["revocation"]) == ("untrusted", "unknown")


def test_the_network_is_asked_only_when_online(base_pdf, pki, trust, root_crl):
    server = Responder()
    try:
        signer = issue(
            pki.intermediate,
            "Online Signer",
            crl_url=f"{server.url}/ca.crl",
            ocsp_url=f"{server.url}/ocsp",
        )
        server.bodies["/ca.crl"] = make_crl(
            pki.intermediate, [(signer, NOW - timedelta(minutes=30), KEY_COMPROMISE)]
        )
        data = add_dss(
            sign_as(base_pdf, "Signer1", signer, pki), certs=[pki.intermediate], crls=[root_crl]
        )
        offline = verify_pdf(data, trust=trust).signatures[0]
        assert offline.revocation == "unknown" and server.requests == []
        online = TrustStore.from_files([pki.files["root"]], online=True)
        signature = verify_pdf(data, trust=online).signatures[0]
        assert signature.verdict is Verdict.INVALID
        assert signature.revocation_source == "online"
        assert "/ca.crl" in server.requests
        # the OCSP responder is asked first; its good answer is enough
        server.bodies["/ocsp"] = make_ocsp(signer, pki.intermediate)
        del server.bodies["/ca.crl"]
        signature = verify_pdf(data, trust=online).signatures[0]
        assert (signature.verdict, signature.revocation) == (Verdict.VALID, "good")
    finally:
        server.close()


def test_an_unreachable_responder_leaves_the_status_unknown(base_pdf, pki, root_crl):
    server = Responder()
    signer = issue(pki.intermediate, "Offline Signer", crl_url=f"{server.url}/gone.crl")
    server.close()
    data = add_dss(
        sign_as(base_pdf, "Signer1", signer, pki), certs=[pki.intermediate], crls=[root_crl]
    )
    online = TrustStore.from_files([pki.files["root"]], online=True)
    signature = verify_pdf(data, trust=online).signatures[0]
    assert (signature.verdict, signature.revocation) == (Verdict.VALID, "unknown")


def test_damaged_validation_data_is_no_evidence_and_no_crash(signed, pki, trust, signer, root_crl):
    # flip bytes all over the DSS update: whatever the verdict, never an internal error, and
    # never "revoked" from data that no longer carries the CA's signature
    crl = make_crl(pki.intermediate, [(signer, NOW - timedelta(minutes=30), KEY_COMPROMISE)])
    good = _with_crls(signed, pki, make_crl(pki.intermediate), root_crl)
    start = len(signed)
    step = max(1, (len(good) - start) // 40)
    for offset in range(start, len(good), step):
        damaged = bytearray(good)
        damaged[offset] ^= 0x5A
        report = verify_pdf(bytes(damaged), trust=trust)
        assert "internal error" not in report.message, offset
        assert all(s.revocation != "revoked" for s in report.signatures), offset
    assert verify_pdf(_with_crls(signed, pki, crl, root_crl), trust=trust).verdict is (
        Verdict.INVALID
    )
